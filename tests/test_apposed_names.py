"""A name described by the clause after it (某某,某某证券新能源行业分析师,认为……): the name alone
as a clause, then a clause that ends in a title, then the verb of saying with no subject of its
own. The name is a person's, the words are theirs, a 他 or 她 after them stands for them, and
neither the name nor its title is a claim.

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases, written

_NAMES = ("邵景行", "贺兰雪", "司徒嘉伦", "伊莎贝拉·诺瓦克")
_TITLES = ("澄江证券新能源行业分析师", "北湾资本研究员", "市场研究机构鼎观顾问资深分析师", "省地质环境监测总站高级工程师",
           "星海物流公司首席执行官")
_CUES = ("认为", "表示", "指出", "说明")


@pytest.mark.parametrize("i, name, title, cue", cases(_NAMES, _TITLES, _CUES))
def test_the_name_a_title_describes_speaks(extract, i, name, title, cue):
    body = f"{name}，{title}，{cue}今年第三季度的订单量将回落一成。"
    x = extract(article(body, i))
    assert_said_by(x, i, "今年第三季度的订单量将回落一成", name)
    assert not any(c.text.startswith(written(i, name)) for c in x.claims), [c.text for c in x.claims]


@pytest.mark.parametrize("i, name, title", cases(_NAMES[:3], _TITLES[:3]))
def test_the_pronoun_after_it_stands_for_the_name(extract, i, name, title):
    body = f"工厂的扩建计划引起关注。{name}，{title}，表示扩建进度落后半年。他还说，原材料价格明显上涨。"
    x = extract(article(body, i))
    assert_said_by(x, i, "原材料价格明显上涨", name)


@pytest.mark.parametrize("i, names", cases(("石文博，卢振宇，葛怡然", "石文博，卢振宇")))
def test_a_list_of_names_is_no_apposition(extract, i, names):
    x = extract(article(f"会议由多人主持。{names}，都表示支持这项计划。", i))
    assert not any(c.text == written(i, "支持这项计划") and c.speaker.kind == "entity" for c in x.claims), \
        [(c.text, c.speaker) for c in x.claims]
