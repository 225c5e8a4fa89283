"""A body or a matter pointed back at, and a cue that makes a noun, whatever words fill them:

- 该校, 该店, 该院 and the like stand for the school, shop or hospital named before, as 该公司
  does, alone or before an officer (该校校长表示); with none named, an unnamed source;
- an officer of a matter or a body pointed back at (该案主审法官, 该项目负责人, 该村村长) is an
  unnamed source under that phrase, whatever occasion follows the title (接受采访时表示);
- a verb of saying the character after it makes a noun (工伤认定|案, 判决|书) is no cue.

Names and numbers are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, assert_unnamed, cases, speaker_at

WORDS = "今年的招生规模将保持稳定"
BODIES = (("江城大学", "该校", "校长"), ("华仁医院", "该院", "院长"), ("青禾书店", "该店", "店长"))


@pytest.mark.parametrize("i, body, officer", cases(BODIES, ("", "officer")))
def test_a_body_pointed_back_at_is_the_one_named_before(extract, i, body, officer):
    name, pointer, title = body
    text = f"{name}昨日发布通知，调整了开放时间。{pointer}{title if officer else ''}表示，{WORDS}。"
    x = extract(article(text, i))
    assert_said_by(x, i, WORDS, name)


@pytest.mark.parametrize("i, pointer", cases(("该校", "该店", "该院")))
def test_a_body_pointed_back_at_with_none_named_is_unnamed(extract, i, pointer):
    x = extract(article(f"{pointer}表示，{WORDS}。", i))
    assert speaker_at(x, i, WORDS).kind == "unnamed"


OFFICERS = ("该案主审法官", "该项目负责人", "该村村长")


@pytest.mark.parametrize("i, officer, occasion", cases(OFFICERS, ("", "接受采访时", "在发布会上")))
def test_an_officer_of_a_matter_pointed_back_at_is_an_unnamed_source(extract, i, officer, occasion):
    x = extract(article(f"{officer}{occasion}表示，{WORDS}。", i))
    assert_unnamed(x, i, WORDS, officer)


@pytest.mark.parametrize("i, noun", cases(("工伤认定案", "离婚判决书", "事故认定书")))
def test_a_cue_that_makes_a_noun_is_no_cue(extract, i, noun):
    x = extract(article(f"滨江市中级人民法院对一起{noun}作出二审判决。", i))
    assert all(c.speaker.kind == "author" for c in x.claims)
