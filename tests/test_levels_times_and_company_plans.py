"""Names read by the words around them, from the probe set pq:

- a level of government alone before a body's fields and head, opening its clause or after a
  function word (市发展和改革委员会表示, 据省教育委员会公布), is that level's own body;
- 兼 (concurrently) between two offices opens no body's name (局长兼市抗旱指挥部副总指挥);
- a day and a part of it right after a title (发言人昨午发表声明, 今晨) is a time, no name;
- 生技 and 生医 are trades: 生技公司 before a name is the company's kind (国内生技公司翔宇生医);
- 公司 with a verb of expecting in the words of a person who speaks for the company (某某表示，公司预计……)
  leaves the words that person's;
- a title chain may be long: a name that starts within reach of the sentence's start is its
  subject, even where it ends beyond (平台联合创始人兼首席执行官罗伯特·温斯顿于……发布声明，称……), and a
  preposition after a transliterated name is no part of it;
- 值得注意的是 frames the clause after it.

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases, speaker_at, types_written, written
from claimgraph.models import EntityType


@pytest.mark.parametrize("i, level, body, lead", cases(("市", "省", "县"), ("发展和改革委员会", "教育委员会", "交通运输委员会", "住房和城乡建设委员会"),
                                                       ("", "据")))
def test_a_level_of_government_names_its_own_body(extract, i, level, body, lead):
    text = f"{lead}{level}{body}公布的信息显示，全年用水缺口约3亿立方米。" if lead else f"{level}{body}表示，全年用水缺口约3亿立方米。"
    x = extract(article(text, i))
    assert types_written(x, i, level + body) == {EntityType.ORGANIZATION}, [(m.text, m.rule) for m in x.mentions]


@pytest.mark.parametrize("i, office, body", cases(("局长", "主任", "书记"), ("市抗旱指挥部", "区防汛办公室")))
def test_concurrently_opens_no_body(extract, i, office, body):
    x = extract(article(f"市水务局{office}兼{body}副总指挥司马永年介绍，今年降雨偏少六成。", i))
    assert not any(m.text.startswith(written(i, "兼")) for m in x.mentions), [m.text for m in x.mentions]
    assert_said_by(x, i, "今年降雨偏少六成", "司马永年")


@pytest.mark.parametrize("i, when, cue", cases(("昨午", "今晨", "昨晚"), ("指", "称")))
def test_a_time_after_a_title_is_no_name(extract, i, when, cue):
    x = extract(article(f"星海物流有限公司发言人{when}发表声明，{cue}公司已提出加薪百分之六的方案。", i))
    assert not any(m.text == written(i, when) for m in x.mentions), [m.text for m in x.mentions]
    assert speaker_at(x, i, "公司已提出加薪百分之六的方案").kind == "entity"


@pytest.mark.parametrize("i, trade, name", cases(("生技", "生医"), ("翔宇生医", "澄川生技", "禾丰生医")))
def test_biotech_is_a_trade(extract, i, trade, name):
    x = extract(article(f"国内{trade}公司{name}今天公布二期临床试验结果。", i))
    assert not types_written(x, i, f"{trade}公司"), [(m.text, m.rule) for m in x.mentions]


@pytest.mark.parametrize("i, verb, title", cases(("预计", "预估", "预期"), ("董事长暨执行长", "董事长兼总经理")))
def test_the_companys_plans_in_its_officers_words(extract, i, verb, title):
    body = f"国内生技公司翔宇生医今天公布试验结果。\n\n翔宇生医{title}魏淑芬表示，公司{verb}明年第二季申请三期试验。"
    x = extract(article(body, i))
    assert_said_by(x, i, f"公司{verb}明年第二季申请三期试验", "魏淑芬")


@pytest.mark.parametrize("i, name, cue", cases(("罗伯特·温斯顿", "伊莎贝拉·诺瓦克"), ("称", "表示", "指出")))
def test_a_long_title_chain_names_the_subject(extract, i, name, cue):
    body = f"平台联合创始人兼首席执行官{name}于13日凌晨在社交媒体发布简短声明，{cue}平台因托管机构出现流动性问题暂停提现。"
    x = extract(article(body, i))
    assert_said_by(x, i, "平台因托管机构出现流动性问题暂停提现", name)


@pytest.mark.parametrize("i, lead, _", cases(("值得注意的是", "值得一提的是", "需要指出的是"), range(2)))
def test_a_pointer_frames_the_clause_after_it(extract, i, lead, _):
    x = extract(article(f"{lead}，这也是球场整修后的第一个系列赛。", i))
    assert not any(c.text == written(i, lead) for c in x.claims), [c.text for c in x.claims]
