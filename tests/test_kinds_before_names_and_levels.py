"""Kinds of person before a name, and a body's level before its name, whatever words fill them:

- a noun the dictionary holds for a kind of person, ending in 工, 手, 客, 民, 友 or 生 (职工, 退休职工,
  村民, 乘客), or a set phrase of one, before a name is apposition: the name speaks;
- the level of a body before its name (记者从市医保局获悉) leaves the body the one who told.

Names and numbers are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases, speaker_at


@pytest.mark.parametrize("i, kind, name, q", cases(("退休职工", "职工", "村民", "乘客"), ("房大爷", "邝思远"),
                                                  (("“", "”"), ("「", "」"))))
def test_a_kind_of_person_before_a_name_is_apposition(extract, i, kind, name, q):
    content = "我每个月都要去社区医院开药"
    x = extract(article(f"{kind}{name}说：{q[0]}{content}。{q[1]}", i))
    assert_said_by(x, i, content, name)


@pytest.mark.parametrize("i, level, body, cue", cases(("市", "省"), ("医保局", "教育厅", "统计局"), ("获悉", "了解到")))
def test_the_level_before_a_body_leaves_it_the_one_who_told(extract, i, level, body, cue):
    content = "报销比例将由60%提高到70%"
    x = extract(article(f"记者从{level}{body}{cue}，{content}。", i))
    speaker = speaker_at(x, i, content)
    assert speaker.kind == "entity" and speaker.rule == "attribution.learned_from.v1", speaker
