"""A transliterated name ends where its last word the dictionary knows as a name is followed
by a word the dictionary lacks (若泽·费雷拉|连换|两人): that word is the verb after the name,
and a later mention of the surname alone (费雷拉说) is the same person. Names are invented."""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases, written
from claimgraph.models import EntityType

FIRST = ("安德烈", "马可")
LAST = ("费雷拉", "史密斯", "门德斯")
ACTS = ("连换两人", "连换三人")


@pytest.mark.parametrize("i, first, last, act", cases(FIRST, LAST, ACTS))
def test_a_transliterated_name_ends_before_the_verb_after_it(extract, i, first, last, act):
    name = f"{first}·{last}"
    words = "今晚的胜利属于替补球员"
    x = extract(article(f"下半场开始后，主帅{name}{act}。\n\n“{words}。”{last}在赛后说。", i))
    people = {m.text for m in x.mentions if next(e for e in x.entities if e.key == m.entity).type is EntityType.PERSON}
    assert not any(written(i, act) in p for p in people), people
    assert written(i, name) in people, people
    assert_said_by(x, i, words, name)
