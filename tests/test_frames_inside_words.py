"""Frames of a quotation inside someone's words, and paragraphs that end in a nested quotation:

- inside an answer or a quotation, a first clause that ends in a verb of saying (我常跟客户讲:「……」,
  我老伴常说:‘……’), or in one and its hearer (爸妈一直劝他:“……”; 劝, 叮嘱, 念叨 are verbs of saying),
  only frames the quotation after its colon: no claim of its own; the quotation is one;
- a frame after a clause of its own (总教练对我点头,好像在说:『……』) stays where it is;
- being asked (被问到, 问到, 被问起 …, as 被问及) frames the answer after it: no claim;
- a one-line paragraph whose last marks close a nested quotation (……住院。’”) ends a sentence:
  it is no heading.

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, cases, quotes, written

_INNER = {"“": ("‘", "’"), "「": ("『", "』"), '"': ("‘", "’")}


@pytest.mark.parametrize("i, who, frame", cases(("司马文杰", "林佩珊"), (
    "我常跟客户讲", "我跟年轻同事说过", "我老伴常念叨", "爸妈一直劝他", "我妈总是叮嘱我", "儿子劝我")))
def test_a_frame_inside_an_answer_is_no_claim(extract, i, who, frame):
    o, c = quotes(i)
    body = f"记者：你怎么看现在的楼市？\n\n{who}：{frame}：{o}便宜的东西还可以更便宜。{c}估值只是其中一个因素。"
    x = extract(article(body, i, "专访"))
    assert not any(c_.text.startswith(written(i, frame)) for c_ in x.claims), [c_.text for c_ in x.claims]
    assert any(written(i, "便宜的东西还可以更便宜") in c_.text for c_ in x.claims), [c_.text for c_ in x.claims]


@pytest.mark.parametrize("i, name, frame", cases(
    ("王建平", "欧阳秀英", "村民李大海"), ("我老伴常说", "我女儿总念叨", "邻居劝我", "医生叮嘱我")))
def test_a_quotation_that_ends_in_a_nested_one_is_read(extract, i, name, frame):
    o, c = quotes(i)
    io, ic = _INNER[o]
    x = extract(article(f"{name}说：{o}{frame}：{io}你这血压要是早点管着，也不至于住院。{ic}{c}", i))
    said = [c_ for c_ in x.claims if written(i, "你这血压要是早点管着") in c_.text]
    assert said and not said[0].text.startswith(written(i, frame)), [c_.text for c_ in x.claims]
    assert said[0].speaker.kind != "author", said[0].speaker


@pytest.mark.parametrize("i, coach", cases(("总教练对我点头", "队长拍了拍我的肩膀")))
def test_a_frame_after_a_clause_of_its_own_keeps_that_clause(extract, i, coach):
    o, c = quotes(i)
    io, ic = _INNER[o]
    x = extract(article(f"马丁内斯透过翻译表示：{o}{coach}，好像在说：{io}相信你自己。{ic}我就告诉自己，这一球一定要打出去。{c}", i))
    assert any(written(i, coach) in c_.text for c_ in x.claims), [c_.text for c_ in x.claims]


@pytest.mark.parametrize("i, asked, topic", cases(("被问到", "问到", "被问起"), ("医生流失问题", "补贴是否反而推升租金", "对未来有什么期望")))
def test_being_asked_frames_the_answer_and_is_no_claim(extract, i, asked, topic):
    x = extract(article(f"{asked}{topic}，卫振邦透露，过去一年公立医院医生流失率为6.8%。", i))
    assert not any(written(i, asked) in c.text for c in x.claims), [c.text for c in x.claims]
    assert any(c.text == written(i, "过去一年公立医院医生流失率为6.8%") and c.speaker.kind == "entity" for c in x.claims)
