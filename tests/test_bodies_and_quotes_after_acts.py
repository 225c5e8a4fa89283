"""Bodies named before a function word, kinds before a name, and quotations after what
someone did:

- a body whose head the segmenter split off (农业农村|厅) is named before a preposition or an
  adverb that follows it too (省农业农村厅在书面答复中称, 省交通运输厅也表示);
- a common noun right before a company's name (承包商某某营造股份有限公司, 运营商某某电信) says what
  the company is: the company speaks;
- 妇人, 路人, 证人 and other nouns of a kind of person head an unnamed source, after a relative
  clause too (在站旁经营早餐店的妇人说);
- a frame of time before a source whose cue ends in a comma (截至发稿，某某表示，……) is when it
  was said, no part of the claim;
- a clause that leaves its subject out before a colon and a quotation (某某弯腰拍了拍西瓜，满意地
  点点头：“……”) is the person's the sentence opens with; a quotation that ends the sentence
  after a comma is the person's whom its first clause names (某某表示支持，“……”。), a person
  after a relative clause too (孩子在某小学读二年级的某某);
- a verb of saying after a pronoun and an adverb, glued by the segmenter to a word it did not
  know (他并|指绿能……), is a cue all the same.

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, assert_unnamed, cases, quotes, speaker_at, types_written, written
from claimgraph.models import EntityType


@pytest.mark.parametrize("i, body, then", cases(
    ("省农业农村厅", "省交通运输厅", "市住房保障局"), ("在书面答复中称，", "也表示，", "已回应称，")))
def test_a_body_split_from_its_head_is_named_before_a_function_word(extract, i, body, then):
    x = extract(article(f"{body}{then}首批试点将在十二个县启动。", i))
    assert types_written(x, i, body) == {EntityType.ORGANIZATION}
    assert_said_by(x, i, "首批试点将在十二个县启动", body)


@pytest.mark.parametrize("i, kind, company, cue", cases(
    ("承包商", "运营商", "供应商"), ("宏澄营造股份有限公司", "岚桥通信有限公司"), ("则在声明中表示，", "回应称，")))
def test_a_kind_before_a_company_says_what_it_is(extract, i, kind, company, cue):
    x = extract(article(f"{kind}{company}{cue}公司营运一切正常。", i))
    said = speaker_at(x, i, "公司营运一切正常")
    assert said.kind == "entity", said
    assert any(m.entity == said.key and m.text.endswith(written(i, company)) for m in x.mentions)


@pytest.mark.parametrize("i, who, noun", cases(
    ("在站旁经营早餐店的", "一名", "家住北渚里的"), ("妇人", "路人", "证人", "家庭主妇")))
def test_a_kind_of_person_heads_an_unnamed_source(extract, i, who, noun):
    x = extract(article(f"{who}{noun}说，路面围篱已经挡了四年。", i))
    said = speaker_at(x, i, "路面围篱已经挡了四年")
    assert said.kind == "unnamed" and said.key.endswith(noun), said


@pytest.mark.parametrize("i, frame, source", cases(
    ("截至发稿，", "截至记者发稿时，", "截至目前，"), ("被告方代理律师", "涉事企业负责人")))
def test_a_frame_of_time_before_a_source_is_no_part_of_its_claim(extract, i, frame, source):
    x = extract(article(f"{frame}{source}表示，仍在研究判决书。", i))
    assert_unnamed(x, i, "仍在研究判决书", source)


@pytest.mark.parametrize("i, name, act", cases(
    ("甄福田", "邝秋生"), ("弯腰拍了拍一个西瓜，满意地点点头", "放下手里的锄头，擦了擦汗")))
def test_a_clause_without_its_subject_before_a_colon_is_the_sentences_person(extract, i, name, act):
    o, c = quotes(i)
    x = extract(article(f"瓜农{name}说，今年雨水偏少。{name}{act}：{o}这个瓜熟了，今年收成不错。{c}", i))
    assert_said_by(x, i, "这个瓜熟了，今年收成不错", name)


@pytest.mark.parametrize("i, lead, name, act", cases(
    ("家长", "孩子在第三实验小学读二年级的"), ("甄大山", "邝海燕"), ("表示支持", "连连点头")))
def test_a_quotation_ending_the_sentence_after_a_persons_clause_is_theirs(extract, i, lead, name, act):
    o, c = quotes(i)
    x = extract(article(f"{name}说，接送孩子一直是难题。{lead}{name}{act}，{o}六点下班，终于不用再到处求人接孩子了{c}。", i))
    assert_said_by(x, i, "六点下班，终于不用再到处求人接孩子了", name)


@pytest.mark.parametrize("i, name, quoted", cases(("甄大山", "邝海燕"), ("“双减”", "“以旧换新”")))
def test_a_quoted_term_after_an_act_is_no_ones_words(extract, i, name, quoted):
    x = extract(article(f"{name}推出新品，{quoted}之后销量大增。", i))
    assert all(c.speaker.kind == "author" for c in x.claims), [(c.text, c.speaker) for c in x.claims]


@pytest.mark.parametrize("i, adverb, place", cases(("并", "还", "也"), ("绿能", "澄岚", "蓝湾")))
def test_a_verb_of_saying_glued_to_an_unknown_word_is_a_cue(extract, i, adverb, place):
    x = extract(article(f"市议员甄志强随即发文质疑，社宅太少。他{adverb}指{place}园区选址紧邻渔港，渔民没有被咨询过。", i))
    said = [c for c in x.claims if written(i, "渔民没有被咨询过") in c.text]
    assert said and said[0].speaker.kind == "entity", [(c.text, c.speaker) for c in x.claims]
    assert not said[0].text.startswith(written(i, "他")), said[0].text
