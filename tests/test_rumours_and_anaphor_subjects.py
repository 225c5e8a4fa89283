"""Rumours as unnamed sources, and an organisation's anaphor as a sentence's subject:

- a rumour told before a comma (市场传言，……; 外界传闻，……; 有传言称，……) is an unnamed
  source's, and a rumour that is the subject (这一传言不实) is none;
- a sentence that opens with an organisation's anaphor (公司则予以否认，称……) has that
  organisation as its subject, which a cue with no subject of its own after it speaks for;
- an age after a modifier's 的 (……的三十二岁妈妈某某说) leaves the name the speaker;
- a bare subject of four characters that opens with a surname of two (欧阳立新说) is a person;
- a relative of someone the article does not name (老翁的侄子, 死者的外甥) is an unnamed source.

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, assert_unnamed, cases, claim_of, types_written, written
from claimgraph.models import EntityType


@pytest.mark.parametrize("i, source, rumour", cases(("市场", "外界"), ("传言", "传闻")))
def test_a_rumour_told_before_a_comma_is_an_unnamed_sources(extract, i, source, rumour):
    x = extract(article(f"晶宇科技今年营收增长三成。{source}{rumour}，晶宇科技将收购远航电子。", i))
    assert_unnamed(x, i, "晶宇科技将收购远航电子", source)


@pytest.mark.parametrize("i, pointer", cases(("这一", "该")))
def test_a_rumour_that_is_the_subject_is_no_source(extract, i, pointer):
    x = extract(article(f"晶宇科技今年营收增长三成。{pointer}传言不实。", i))
    assert claim_of(x, written(i, f"{pointer}传言不实")).speaker.kind == "author"


@pytest.mark.parametrize("i, company, anaphor, act", cases(
    ("晶宇科技", "澄川物流集团"), ("公司", "该公司"), ("则予以否认", "随即作出回应")))
def test_an_organisations_anaphor_opening_the_sentence_speaks_after_it(extract, i, company, anaphor, act):
    x = extract(article(f"{company}今天发布新品。有媒体报道称{company}将裁员。{anaphor}{act}，称目前业务一切正常。", i))
    assert_said_by(x, i, "目前业务一切正常", company)


@pytest.mark.parametrize("i, age, kind, name", cases(("三十二岁", "68岁"), ("妈妈", "渔民"), ("伍若琳", "岑晓梅")))
def test_an_age_after_a_modifier_and_before_a_kind_of_person_keeps_the_name_the_speaker(extract, i, age, kind, name):
    x = extract(article(f"{name}是一名会计。家住青潭市北区的{age}{kind}{name}说，她的儿子几乎每天吃一包这款米饼。", i))
    assert_said_by(x, i, "她的儿子几乎每天吃一包这款米饼", name)


@pytest.mark.parametrize("i, name", cases(("欧阳立新", "司徒振华", "上官文博")))
def test_a_bare_subject_of_a_two_character_surname_and_a_given_name_is_a_person(extract, i, name):
    x = extract(article(f"研究所{name}教授团队近日发表论文。{name}说，早发现的意义就在于早干预。", i))
    assert_said_by(x, i, "早发现的意义就在于早干预", name)
    assert types_written(x, i, name) == {EntityType.PERSON}


@pytest.mark.parametrize("i, kin", cases(("侄子", "外甥", "舅舅", "孙女", "女婿")))
def test_a_relative_of_someone_unnamed_is_an_unnamed_source(extract, i, kin):
    x = extract(article(f"一名老翁在山区遇难。老翁的{kin}哽咽说：“叫他不要出去，他就是放不下那片柑橘。”", i))
    assert_unnamed(x, i, "他就是放不下那片柑橘", f"老翁的{kin}")
