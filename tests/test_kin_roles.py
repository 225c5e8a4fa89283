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


# ties of a school, a team or a master, in both scripts: 师兄 and 學長 name a person as 同事 does
_TIES = ["师兄", "师姐", "学长", "学妹", "队友", "校友", "战友", "闺蜜", "徒弟"]
_SPEAKING = [
    ("他的{tie}{name}也认为，{claim}。", False),
    ("{tie}{name}则表示：{claim}。", False),
    ("她的{tie}{name}说：“{claim}。”", True),
    ("「{claim}。」她的{tie}{name}補充道。", True),
]


@pytest.mark.parametrize("tie", _TIES)
@pytest.mark.parametrize("k", range(len(_SPEAKING)))
@pytest.mark.parametrize("trad", [False, True])
def test_a_person_named_by_a_school_or_team_tie_speaks(extract, tie, k, trad):
    pattern, quoted = _SPEAKING[k]
    name, claim = ("欧阳明轩", "今年的岗位比去年少了不少") if k % 2 else ("郭宁", "训练强度明显上升")
    sentence = pattern.format(tie=tie, name=name, claim=claim)
    text = f"求职观察\n\n应届毕业生何静说，今年找工作并不轻松。\n\n{sentence}\n"
    if trad:
        text, name, claim = traditional(text), traditional(name), traditional(claim)
    x = extract(text)
    keys = {m.entity for m in x.mentions if m.text == name}
    assert len(keys) == 1, [(m.text, m.rule) for m in x.mentions]
    said = [c for c in x.claims if claim in c.text]
    assert said and all(c.speaker.key in keys for c in said), [(c.text, c.speaker.key) for c in x.claims]
    assert all(tie not in c.text and traditional(tie) not in c.text for c in said)
