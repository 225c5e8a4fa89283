"""A unit of a place's public body, and an adverb the segmenter glued to the cue:

- a unit named after a place's body (湖阳市公安局交警支队, 清河县公安局治安支队) is one
  organisation whose name holds the place, the body and the unit, and it speaks in the cues after
  it (通报称, 表示);
- 却 glued to 说 (却|说 cut as 却说) leaves 说 a cue and the name before it the speaker;
- a place's first character glued to 据 (据云|泽市|市场监管局) is the body's name's first;
- a quoted name that ends in a body's head (团体「基层住屋联盟」) names that body whole, not a firm's
  scare quote (「皮包公司」);
- a title's last character glued to the name after it (理事|長江|美華) is the title's;
- owning to a counted thing (承认一项盗窃罪, 否认两项指控) is an act the article tells, no words.

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases, types_written
from claimgraph.models import EntityType


@pytest.mark.parametrize("i, place, body, unit, cue", cases(
    ("湖阳市", "清河县", "江州市"), ("公安局",), ("交警支队", "治安支队"), ("通报称", "表示", "指出")))
def test_a_unit_of_a_places_body_is_one_organisation_that_speaks(extract, i, place, body, unit, cue):
    name = place + body + unit
    x = extract(article(f"{name}{cue}，货车驾驶员黄某已被控制，事故原因正在调查中。", i))
    assert_said_by(x, i, "货车驾驶员黄某已被控制", name)
    assert types_written(x, i, name) == {EntityType.ORGANIZATION}


@pytest.mark.parametrize("i, kind, name", cases(("大学生", "店主", "村民"), ("包子健", "罗秀英", "欧阳志远")))
def test_que_glued_to_shuo_leaves_the_speaker(extract, i, kind, name):
    x = extract(article(f"骑车路过的{kind}{name}却说，自己没看清是哪边的灯。", i))
    assert_said_by(x, i, "自己没看清是哪边的灯", name)


@pytest.mark.parametrize("i, place, body", cases(("云泽市", "岚江市", "清溪县"), ("市场监管局", "统计局", "教育局")))
def test_a_places_first_character_glued_to_ju_is_the_bodys(extract, i, place, body):
    x = extract(article(f"据{place}{body}通报，今年上半年全市共抽检食品样品1326批次，合格率为98.7%。", i))
    assert_said_by(x, i, "合格率为98.7%", place + body)


@pytest.mark.parametrize("i, name", cases(("基层住屋联盟", "照顾者权益促进会", "东湾居民关注协会")))
def test_a_quoted_name_that_ends_in_a_bodys_head_is_the_body(extract, i, name):
    o, c = ("“", "”") if i % 2 else ("「", "」")
    x = extract(article(f"关注居民权益的团体{o}{name}{c}批评，当局对消防安全的巡查不足。", i))
    assert types_written(x, i, name) == {EntityType.ORGANIZATION}


@pytest.mark.parametrize("i, phrase", cases(("皮包公司", "空壳公司")))
def test_a_firm_in_scare_quotes_is_no_name(extract, i, phrase):
    x = extract(article(f"调查发现，这家所谓的科技企业不过是一家“{phrase}”，没有任何员工。", i))
    assert types_written(x, i, phrase) == set()


@pytest.mark.parametrize("i, title, name", cases(("理事长", "董事长", "秘书长"), ("江美华", "邝立群", "欧阳振邦")))
def test_a_titles_last_character_glued_to_the_name_is_the_titles(extract, i, title, name):
    x = extract(article(f"台湾照顾者联盟{title}{name}直言，一般家庭“三万多块不是小数目”。", i))
    assert_said_by(x, i, "一般家庭“三万多块不是小数目”", name)


@pytest.mark.parametrize("i, cue, count", cases(("承认", "否认"), ("一项盗窃罪", "两项控罪", "七宗欺诈罪")))
def test_owning_to_a_counted_charge_is_no_claim_of_words(extract, i, cue, count):
    x = extract(article(f"被告上官永昌早前在区域法院{cue}{count}，昨日被判监禁30个月。", i))
    assert all(cl.speaker.kind == "author" for cl in x.claims), [(cl.text, cl.speaker) for cl in x.claims]
