"""How a speaker says their words, between their name and the cue:

- the manner and what qualifies it (有些无奈地说, 一脸茫然地表示, 略带哽咽地说): the name before it
  is a person the article names, and the words are theirs;
- an act with its object written as one word (摇着头说, 皱着眉头说) or in pieces (指着照片说,
  叹了口气说, 拿着话筒对大家说): what the speaker did as they spoke;
- a name the segmenter glued to the verb of that act (张晓梅笑|着|说, 龔秀蘭紅著|眼眶|說) is the
  speaker's;
- a surname and a title (陈老板, 李教授), however the words are said, is the person named before
  with that surname and that title's holder, one node; the manner (笑著, 擦了擦汗) is no one.

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, assert_unnamed, cases, quotes, types_written, written
from claimgraph.models import EntityType

_NAMES = ("龚秀兰", "欧阳振邦", "谭立勤")
_WORDS = ("这批货原本下个月才到", "排队的人比去年多了一倍", "工钱已经拖了三个月")


@pytest.mark.parametrize("i, name, manner, words", cases(
    _NAMES, ("有些无奈地", "有点激动地", "一脸茫然地", "略带哽咽地", "满脸笑容地"), _WORDS))
def test_a_manner_of_saying_and_what_qualifies_it_leave_the_name_the_speaker(extract, i, name, manner, words):
    x = extract(article(f"{name}{manner}说，{words}。", i))
    assert_said_by(x, i, words, name)
    assert types_written(x, i, name) == {EntityType.PERSON}


@pytest.mark.parametrize("i, name, act, words", cases(
    _NAMES, ("摇着头", "皱着眉头", "指着照片", "叹了口气", "拿着话筒对大家", "红着眼眶"), _WORDS))
def test_an_act_with_its_object_before_the_cue_leaves_the_name_the_speaker(extract, i, name, act, words):
    o, c = quotes(i)
    sentence = f"{name}{act}说：{o}{words}。{c}" if i % 2 else f"{name}{act}说，{words}。"
    x = extract(article(sentence, i))
    assert_said_by(x, i, words, name)


@pytest.mark.parametrize("i, act, words", cases(("摇着头", "皱着眉头", "叹了口气"), _WORDS))
def test_a_pronoun_that_acts_as_it_speaks_is_a_source(extract, i, act, words):
    x = extract(article(f"他{act}说，{words}。", i))
    assert_unnamed(x, i, words, "他")


@pytest.mark.parametrize("i, name, act, words", cases(
    ("张晓梅", "龚秀兰", "欧阳振邦"), ("笑着", "红着眼眶"), _WORDS))
def test_a_name_the_segmenter_glued_to_the_act_is_the_speakers(extract, i, name, act, words):
    o, c = quotes(i)
    sentence = f"{o}{words}，{c}{name}{act}说。" if i % 2 else f"{name}{act}说，{words}。"
    x = extract(article(sentence, i))
    assert_said_by(x, i, words, name)


@pytest.mark.parametrize("i, full, manner", cases(
    (("陈水木", "老板"), ("上官丽萍", "主任"), ("葛文清", "教授")), ("笑着", "擦了擦汗", "有些无奈地")))
def test_a_surname_and_title_after_a_manner_of_saying_is_the_person_named_before(extract, i, full, manner):
    name, title = full
    surname = name[:2] if name.startswith("上官") else name[:1]
    o, c = quotes(i)
    x = extract(article(f"第三代{title}{name}今年五十八岁。{surname}{title}{manner}说：{o}只要还有人来，我就继续做。{c}", i))
    assert_said_by(x, i, "只要还有人来，我就继续做", name)
    assert not any(m.text in (written(i, manner), written(i, manner.rstrip("地"))) for m in x.mentions)
    assert len({m.entity for m in x.mentions if m.text in (written(i, name), written(i, surname + title))}) == 1
