"""Who speaks in four more shapes, whatever words fill them:

- an authority's notice (通报称, 通報指出, 情况通报显示) is a document: its words are its
  issuer's where the article named one just before, else an unnamed source's;
- a promise (某某承诺……, 某某許諾, 某某保证:“……”) is words said, by the one who promised;
  保证 in a purpose (为保证安全) and a promise kept (兑现了承诺) are no one's words;
- a preposition and a kind of person (向员工表示, 向股民透露) name no person: the one before
  them speaks;
- the chief officers as Taiwan names them (財務長, 營運長, 技術長) are titles: the name after
  one is a person, in a Q&A's label too.

Names, companies and numbers are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases, claim_of, speaker_at, written
from claimgraph.models import EntityType

NOTICES = ("通报", "情况通报", "通告")
TOLD = ("称", "指出", "显示")
FINDING = "涉事司机已被依法刑事拘留"


@pytest.mark.parametrize("i, notice, told", cases(NOTICES, TOLD))
def test_a_notice_with_no_issuer_named_is_an_unnamed_source(extract, i, notice, told):
    x = extract(article(f"{notice}{told}，{FINDING}。", i))
    speaker = speaker_at(x, i, FINDING)
    assert speaker.kind == "unnamed"
    assert not [c for c in x.claims if c.text.startswith(written(i, notice))]


@pytest.mark.parametrize("i, company, notice, told", cases(("星辰科技", "启明电子", "晨曦集团"), ("通报", "通告"), ("称", "指出")))
def test_a_notice_speaks_for_its_issuer_named_before(extract, i, company, notice, told):
    x = extract(article(f"{company}昨日发布{notice}。{notice}{told}，{FINDING}。", i))
    assert_said_by(x, i, FINDING, company)


PEOPLE = ("市长韦嘉禾", "董事长芮东来", "校长郑宛如")
PROMISES = ("承诺", "许诺", "允诺")
PROMISED = "明年将新建十所学校"


@pytest.mark.parametrize("i, person, promise, comma", cases(PEOPLE, PROMISES, ("，", "")))
def test_a_promise_is_the_promiser_s_words_after_a_comma_or_straight_after_its_verb(extract, i, person, promise, comma):
    x = extract(article(f"{person}{promise}{comma}{PROMISED}。", i))
    assert_said_by(x, i, PROMISED, person[-3:])


@pytest.mark.parametrize("i, person, vow, quotes", cases(PEOPLE, ("保证", "发誓"), ("“”", "「」", '""')))
def test_a_vow_before_a_quotation_is_the_vower_s_words(extract, i, person, vow, quotes):
    x = extract(article(f"{person}{vow}：{quotes[0]}绝不会再涨价。{quotes[1]}", i))
    assert_said_by(x, i, "绝不会再涨价", person[-3:])


@pytest.mark.parametrize("i, text", cases(("为保证安全，地铁站将实施限流。", "星辰科技兑现了承诺，全额退还了定金。",
                                          "这一承诺能否兑现，仍有待观察。")))
def test_a_purpose_or_a_kept_promise_is_no_one_s_words(extract, i, text):
    x = extract(article(text, i))
    assert all(c.speaker.kind == "author" for c in x.claims)


@pytest.mark.parametrize("i, company, kind, cue", cases(("星辰科技", "蓝海科技"), ("员工", "股民", "学生", "村民"), ("表示", "透露")))
def test_a_preposition_and_a_kind_of_person_name_no_one(extract, i, company, kind, cue):
    words = "公司目前经营正常"
    x = extract(article(f"{company}向{kind}{cue}，{words}。", i))
    assert_said_by(x, i, words, company)
    assert not [e for e in x.entities if e.type is EntityType.PERSON]


TITLES = ("财务长", "营运长", "技术长", "策略长")
NAMES = ("简淑惠", "芮东来", "韦嘉禾")


@pytest.mark.parametrize("i, title, name", cases(TITLES, NAMES))
def test_a_taiwan_chief_officer_s_title_before_a_name(extract, i, title, name):
    words = "毛利率将在下半年回升"
    x = extract(article(f"蓬莱电子{title}{name}表示，{words}。", i))
    assert_said_by(x, i, words, name)


@pytest.mark.parametrize("i, title, name", cases(TITLES, NAMES))
def test_a_taiwan_chief_officer_s_label_in_a_q_and_a(extract, i, title, name):
    answer = "短期内会有一些压力"
    x = extract(article(f"问：毛利率会不会下滑？\n\n{title}{name}：{answer}。", i))
    assert_said_by(x, i, answer, name)
    assert not [c for c in x.claims if c.text.startswith(written(i, title))]
    assert claim_of(x, written(i, answer)).speaker.kind == "entity"
