"""Local bodies, documents and counted nouns, whatever words fill them:

- a local body's short name no dictionary holds, a bound head after two characters, right after a
  place's level (凌云县文旅局表示, and 白石|县文|旅局 as the segmenter cuts it), is an organisation,
  never a person whose surname opens it;
- a place's public service written as one word (香港海关, 中央气象台) is an organisation, and a
  service alone (海关表示) an unnamed source;
- a body cited by 据 (据中国充电联盟统计) is an organisation, a verb of its field among its words;
- one word that ends in a source's head (死者家属认为) is an unnamed source;
- a document after words that say which (今年的政府工作报告提出，……) is an unnamed source, its
  words the source's, not the article's;
- a cue word right after a number and a classifier modifies what is counted (查获一批怀疑走私
  象牙, 抓获两名涉嫌诈骗的男子): no one speaks.

Names and numbers are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, assert_unnamed, cases, speaker_at, written
from claimgraph.models import EntityType

DONE = "已成立调查组"


@pytest.mark.parametrize("i, place, body, cue", cases(
    ("凌云县", "青岚县", "白石县", "江州市"), ("文旅局", "农业局", "商务局"), ("表示，", "回应称，")))
def test_a_local_body_s_short_name_after_its_level(extract, i, place, body, cue):
    x = extract(article(f"游客在景区不慎坠崖身亡。{place}{body}{cue}{DONE}。", i))
    assert_said_by(x, i, DONE, place + body)
    assert all(e.type is not EntityType.PERSON for e in x.entities)


@pytest.mark.parametrize("i, place, service", cases(("香港", "深圳", "拱北"), ("海关",)))
def test_a_place_s_service_in_one_word_is_an_organisation(extract, i, place, service):
    x = extract(article(f"{place}{service}表示，将加强对走私行为的检查。", i))
    assert_said_by(x, i, "将加强对走私行为的检查", place + service)


def test_a_service_alone_is_an_unnamed_source(extract):
    for i in range(3):
        x = extract(article("海关表示，将加强对走私行为的检查。", i))
        assert_unnamed(x, i, "将加强对走私行为的检查", "海关")


@pytest.mark.parametrize("i, place, field, head, method", cases(
    ("中国", "东岭"), ("充电", "回收"), ("联盟", "协会"), ("统计，", "调查显示，")))
def test_a_body_cited_by_according_to(extract, i, place, field, head, method):
    x = extract(article(f"县域充电设施仍然不足。据{place}{field}{head}{method}公共充电桩仅占总量的一成左右。", i))
    said = speaker_at(x, i, "公共充电桩仅占总量的一成左右")
    assert said.kind == "entity"
    assert next(m.text for m in x.mentions if m.entity == said.key) == written(i, place + field + head)


@pytest.mark.parametrize("i, who, cue", cases(("死者家属", "患者家属", "学生家长", "小区业主"), ("认为，", "表示，", "质疑，")))
def test_one_word_ending_in_a_source_s_head(extract, i, who, cue):
    x = extract(article(f"游客在景区不慎坠崖身亡。{who}{cue}景区应承担主要责任。", i))
    assert_unnamed(x, i, "景区应承担主要责任", who)


@pytest.mark.parametrize("i, which, document, cue", cases(
    ("今年的政府工作", "新一期的行业"), ("报告",), ("提出，", "指出，", "显示，")))
def test_a_document_said_which_speaks_unnamed(extract, i, which, document, cue):
    x = extract(article(f"{which}{document}{cue}城镇新增就业目标为1200万人以上。", i))
    assert_unnamed(x, i, "城镇新增就业目标为1200万人以上", which + document)


@pytest.mark.parametrize("i, count, cue, rest", cases(
    ("一批", "两名", "三件"), ("怀疑", "涉嫌"), ("走私的象牙", "诈骗的男子")))
def test_a_cue_after_a_count_modifies_what_is_counted(extract, i, count, cue, rest):
    x = extract(article(f"香港海关昨日在机场查获{count}{cue}{rest}，市值约300万元。", i))
    assert all(c.speaker.kind == "author" for c in x.claims), [(c.text, c.speaker) for c in x.claims]


@pytest.mark.parametrize("i, who", cases(("两家公司", "多家车企")))
def test_together_is_no_count(extract, i, who):
    x = extract(article(f"新车型备受期待。{who}一起宣布，将联合开发新车型。", i))
    said = speaker_at(x, i, "将联合开发新车型")
    assert said.kind == "unnamed"
