"""Sources read by the structure around them, whatever words fill it:

- 据, a name and the data it gives before a comma (据某某信息,……; 据某某数据,……) names the
  organisation that gives it; a way of reckoning (据不完全统计), an unnamed source (据官方数据) or
  a determiner (据相关数据) names none;
- a number and a classifier before a kind (30家银行, 近20位经销商) count a group the article does
  not name: an unnamed source when it speaks, and never an organisation's name (120家公司).

Names and numbers are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases, claim_of, speaker_at, written
from claimgraph.models import EntityType

CONTENT = "星途科技成立于2019年"


@pytest.mark.parametrize("i, name, data", cases(("天眼查", "企查查", "启信宝", "鹰眼通"), ("信息", "统计", "资料", "的数据")))
def test_data_cited_after_ju_names_its_organisation(extract, i, name, data):
    x = extract(article(f"据{name}{data}，{CONTENT}。", i))
    assert_said_by(x, i, CONTENT, name)
    found = {m.text: m.entity for m in x.mentions}
    assert next(e for e in x.entities if e.key == found[written(i, name)]).type is EntityType.ORGANIZATION


@pytest.mark.parametrize("i, words", list(enumerate(("不完全统计", "官方数据", "相关数据", "公开资料", "初步统计"))))
def test_a_way_of_reckoning_or_an_unnamed_source_names_none(extract, i, words):
    x = extract(article(f"据{words}，{CONTENT}。", i))
    assert claim_of(x, written(i, CONTENT)).speaker.kind == "unnamed"


@pytest.mark.parametrize("i, count, kind", cases(("30家", "约30余家", "近20位", "12家"), ("银行", "经销商", "车企")))
def test_a_counted_group_is_an_unnamed_source(extract, i, count, kind):
    content = "将下调贷款利率"
    x = extract(article(f"{count}{kind}表示，{content}。", i))
    speaker = speaker_at(x, i, content)
    assert (speaker.kind, speaker.key) == ("unnamed", count + kind)  # keys are folded to simplified


@pytest.mark.parametrize("i, count, kind", cases(("120家", "30余家", "两家"), ("公司", "银行", "证券公司")))
def test_a_count_before_a_kind_is_no_organisation(extract, i, count, kind):
    x = extract(article(f"今年以来共有{count}{kind}完成上市，募资总额超过500亿元。", i))
    assert not [m.text for m in x.mentions if m.text.startswith(written(i, count))]
