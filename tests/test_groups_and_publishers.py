"""Who speaks in a speaker's phrase, read by its structure:
- a field glued to the head of an unnamed group (法律人士, 金融专家, 汽车从业者) is that group;
- a document's publisher may stand before time words and a verb of publishing or of method
  (某某周二盘后公布的财报显示, 某某汇编的数据显示), and speaks for it;
- time words of the market and of now (盘后, 目前) name no one, and a title followed by a
  time word (分析师此前平均预期) names no person;
- an officer named by function and title (某某集团法务总监, 某某商城公关负责人) speaks for the
  organisation, which a trade word (商城) names where an officer follows.
Names, people and sentences are invented; the catalog's companies are real.
"""

from __future__ import annotations

import pytest

from capabilities.cases import ORGS, half_width, in_script, nth_case

FIELDS = ("法律", "金融", "汽车", "能源", "医疗")
HEADS = ("人士", "专家", "从业者", "学者")
CUES = ("分析指出", "认为", "普遍担心", "表示")
WHAT = "平台可能面临高额罚款"


@pytest.mark.parametrize("i", range(len(FIELDS) * len(HEADS)))
def test_a_field_glued_to_the_head_of_a_group_is_the_group(extract, i):
    field, head = nth_case(i, FIELDS, HEADS)
    cue = CUES[i % len(CUES)]
    body = ("不过，" if i % 2 else "") + f"{field}{head}{cue}，{WHAT}。"
    text, what = in_script(i, "快讯\n\n" + (half_width(body) if i % 3 == 0 else body) + "\n", WHAT)
    group = field + head  # an unnamed source is keyed by its words in the folded (simplified) view
    x = extract(text)
    claim = next((c for c in x.claims if c.text == what), None)
    assert claim is not None and claim.speaker.kind == "unnamed", (text, [(c.text, c.speaker) for c in x.claims])
    assert claim.speaker.key == group


@pytest.mark.parametrize("i", range(16))
def test_a_documents_publisher_before_time_words_and_a_verb_speaks(extract, i):
    org, frame = nth_case(i, ORGS[:4], ("{org}周二盘后公布的财报显示", "{org}今日发布的公告显示", "{org}汇编的数据显示",
                                        "{org}最新公布的数据显示"))
    text, what, name = in_script(i, f"快讯\n\n{frame.format(org=org)}，第三季度营收同比增长6%。\n",
                                 "第三季度营收同比增长6%", org)
    x = extract(text)
    claim = next((c for c in x.claims if c.text == what), None)
    spoken = {m.entity for m in x.mentions if m.text == name}
    assert claim is not None and claim.speaker.key in spoken, (text, [(c.text, c.speaker) for c in x.claims])


@pytest.mark.parametrize("when", ("目前", "当前", "眼下", "如今"))
@pytest.mark.parametrize("who", ("分析师", "业内人士"))
def test_a_time_word_of_now_names_no_one(extract, when, who):
    x = extract(f"快讯\n\n{who}{when}预计，利率还会上升。\n")
    claim = next((c for c in x.claims if c.text == "利率还会上升"), None)
    assert claim is not None and claim.speaker.kind == "unnamed", [(c.text, c.speaker) for c in x.claims]


@pytest.mark.parametrize("when", ("此前", "目前", "今年", "近日"))
@pytest.mark.parametrize("title", ("分析师", "经济学家"))
def test_a_title_then_a_time_word_names_no_person(extract, when, title):
    x = extract(f"快讯\n\n公司营收低于{title}{when}平均预期的44.1亿美元。\n")
    assert not any(m.text.startswith(when) for m in x.mentions), [(m.text, m.rule) for m in x.mentions]


@pytest.mark.parametrize("i", range(12))
def test_an_officer_named_by_function_speaks_for_the_organisation(extract, i):
    org, function = nth_case(i, ("小米集团", "腾讯", "海贝商城", "星橙商城"), ("法务总监", "公关负责人", "财务总监"))
    text, what, name = in_script(i, f"快讯\n\n{org}{function}回应称，公司从未要求商家二选一。\n", "公司从未要求商家二选一", org)
    x = extract(text)
    claim = next((c for c in x.claims if c.text == what), None)
    spoken = {m.entity for m in x.mentions if m.text == name}
    assert claim is not None and claim.speaker.key in spoken, (text, [(c.text, c.speaker) for c in x.claims],
                                                              [(m.text, m.rule) for m in x.mentions])


@pytest.mark.parametrize("i", range(12))
def test_a_document_of_words_no_entity_names_is_not_the_last_speakers(extract, i):
    owner, cue = nth_case(i, ("苍松研究", "海川咨询观察", "晨帆观察"), ("警告", "指出", "认为", "显示"))
    text, what = in_script(i, f"快讯\n\n北港证券在报告中预计，明年指数将上涨一成。不过，{owner}的报告{cue}，"
                              f"外资回流的规模可能不及预期。\n", "外资回流的规模可能不及预期")
    x = extract(text)
    claim = next((c for c in x.claims if c.text == what), None)
    assert claim is not None, [(c.text, c.speaker) for c in x.claims]
    first = next(c for c in x.claims if c.speaker.kind == "entity")
    assert claim.speaker.key != first.speaker.key, (text, claim.speaker)
