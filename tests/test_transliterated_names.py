"""Foreign names in transliteration: the words before the dot are one given name even where
the segmenter cut them in pieces (希尔德|加德·穆勒), and the surname alone later in the
article (穆勒警告称, 穆勒表示) names the same person, never a new one (穆勒警告). Names,
titles and sentences are invented; simplified and traditional.
"""

from __future__ import annotations

import itertools

import pytest

from capabilities.cases import traditional

NAMES = ("罗斯玛丽娅·文德勒", "阿德里安诺·卡萨雷", "希尔德加德·穆勒", "玛格丽特·霍夫施密特")
TITLES = ("行业协会主席", "欧盟委员会发言人", "晨星分析师")
LATER = ("{surname}警告称，", "{surname}表示，", "{surname}在声明中说，", "{surname}认为，")
CASES = list(itertools.product(NAMES, TITLES, LATER))


@pytest.mark.parametrize("i", range(len(CASES)))
def test_the_surname_alone_names_the_person_named_in_full(extract, i):
    name, title, later = CASES[i]
    surname = name.rsplit("·", 1)[1]
    text = (f"快讯\n\n{title}{name}在一份声明中说，“这是一个错误的决定。”\n\n"
            + later.format(surname=surname) + "报复措施可能随之而来。\n")
    if i % 2:
        text, name = traditional(text), traditional(name)
    x = extract(text)
    people = {m.entity for m in x.mentions if m.text == name}
    assert len(people) == 1, (text, [(m.text, m.rule) for m in x.mentions])
    assert {m.entity for m in x.mentions if m.rule.startswith("discover.")} == people, \
        (text, [(m.text, m.entity, m.rule) for m in x.mentions])
    assert [c.speaker.key for c in x.claims] == [*people] * 2, [(c.text, c.speaker) for c in x.claims]


def test_a_surname_two_people_share_names_neither(extract):
    x = extract("快讯\n\n分析师罗斯玛丽娅·文德勒与律师卡尔·文德勒出席了会议。\n\n文德勒表示，报复措施可能随之而来。\n")
    assert not [m for m in x.mentions if m.rule == "discover.surname_reference.v1"]
