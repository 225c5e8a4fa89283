"""Foreign names with a dot between their words, however the dot is written (·, Taiwan's ‧, a bullet
•, the katakana ・) and however the segmenter cut the words after it (萨尔|门托, 范|德堡): the whole name
is one person, who speaks, and so does the surname alone later. A title right before the name
bounds it, so a first character that is also a function word (若昂) stays in it. A dot at a line's
start is a list's bullet, no name's. 经纪人 (an agent) is a title before a name.

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases, written

DOTS = ("·", "‧", "•", "・")
NAMES = (("若昂", "萨尔门托"), ("彼得", "范德堡"), ("卢卡斯", "门托萨"))


@pytest.mark.parametrize("i, dot, name", cases(DOTS, NAMES))
def test_a_dotted_foreign_name_is_one_speaker(extract, i, dot, name):
    first, last = name
    x = extract(article(f"俱乐部随后回应。体育总监{first}{dot}{last}指出，俱乐部没有收到正式报价。"
                        f"{last}表示，球员仍然是球队的重要成员。", i))
    whole = written(i, f"{first}{dot}{last}")
    assert any(m.text == whole for m in x.mentions), [m.text for m in x.mentions]
    said = {c.speaker.key for c in x.claims if c.text in (written(i, "俱乐部没有收到正式报价"),
                                                           written(i, "球员仍然是球队的重要成员"))}
    assert len(said) == 1 and {m.entity for m in x.mentions if m.text == whole} == said, said


@pytest.mark.parametrize("i, dot", cases(DOTS[1:]))
def test_a_bullet_at_a_lines_start_names_no_one(extract, i, dot):
    x = extract(article(f"各部门回应如下：\n{dot}水务署：已安排抢修。\n{dot}运输署：巴士改道。", i))
    assert not any(dot in m.text for m in x.mentions), [m.text for m in x.mentions]


@pytest.mark.parametrize("i, name", cases(("费尔南德斯", "王志明")))
def test_an_agent_is_a_title(extract, i, name):
    x = extract(article(f"费雷拉的经纪人{name}在接受采访时表示，球员已经签约。", i))
    assert_said_by(x, i, "球员已经签约", name)
