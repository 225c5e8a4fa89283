"""A foreign name glossed in brackets (莫拉莱斯（Diego Morales）说) is read whole however the
segmenter cut it, with or without a title before it, and never takes in the end of the title
(贸易部长莫拉莱斯: not 长莫拉莱斯)."""

from __future__ import annotations

import pytest

from capabilities.cases import traditional

NAMES = [("莫拉莱斯", "Diego Morales"), ("桑切斯", "Ana Sanchez"), ("贡萨尔维斯", "Rui Goncalves"),
         ("彼得罗夫", "Ivan Petrov")]
TITLES = ["", "贸易部长", "财政部长", "首席执行官"]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("title", TITLES)
@pytest.mark.parametrize("name,gloss", NAMES)
def test_glossed_name_is_one_person(extract, name, gloss, title, script):
    text = f"{title}{name}（{gloss}）说，关税问题可以在对话中解决。\n"
    if script == "traditional":
        text, name = traditional(text), traditional(name)
    x = extract(text)
    people = [e for e in x.entities if e.type.value == "Person"]
    assert [traditional(e.label_zh) for e in people] == [traditional(name)], (text, [e.label for e in people])
    assert [c.speaker.key for c in x.claims] == [people[0].key]
