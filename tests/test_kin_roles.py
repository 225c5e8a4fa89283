"""A person named by their tie to someone (她的丈夫陈某某, 其同事王某某) is a person, and a
他 after them is them, not the one named before. Names and sentences are invented."""

from __future__ import annotations

import pytest

from capabilities.cases import traditional


@pytest.mark.parametrize("tie", ["丈夫", "儿子", "同事", "合伙人", "邻居", "父亲"])
@pytest.mark.parametrize("trad", [False, True])
def test_a_person_named_by_a_tie_speaks(extract, tie, trad):
    text = (f"特写\n\n刘芳在县城开奶茶店已经三年了。她说，连锁店的价格比她便宜一半。\n\n"
            f"她的{tie}陈建国则有不同看法。他认为，问题不在价格，而在口味。\n")
    person = "陈建国"
    if trad:
        text, person = traditional(text), traditional(person)
    x = extract(text)
    keys = {m.entity for m in x.mentions if m.text == person}
    assert len(keys) == 1, [(m.text, m.rule) for m in x.mentions]
    last = x.claims[-1]
    assert last.speaker.key in keys, (last.text, last.speaker)
