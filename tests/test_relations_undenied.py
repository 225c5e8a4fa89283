"""A denial word that is itself negated (公司没有否认……, 并未否认, 不可否认) disputes nothing.
Cases are generated from templates with invented entities, in simplified and traditional,
full- and half-width punctuation."""

from __future__ import annotations

from itertools import product

import opencc
import pytest

from test_relations import relations_of  # noqa: F401 (the fixture: {(source, type, target)} of a body)

TRADITIONAL = opencc.OpenCC("s2t").convert
HALF = str.maketrans({"，": ",", "：": ":"})
PAIRS = (("星河科技", "远航物流"), ("蓝鲸汽车", "青禾电商"), ("华辰半导体", "远航物流"))
OUTLETS = ("路透社", "彭博社")
UNDENIED = ("没有否认", "并未否认", "并不否认")


@pytest.mark.parametrize("body", [
    b for (x, y), o, n in product(PAIRS, OUTLETS, UNDENIED)
    for t in (f"{o}援引消息人士称，{x}正洽谈收购{y}。{x}负责人回应称，相关报道并不准确，公司目前没有谈判计划。"
              f"不过，该负责人{n}两家公司有过接触。",)
    for b in (t, TRADITIONAL(t), t.translate(HALF))])
def test_a_negated_denial_disputes_nothing(relations_of, body):
    found = relations_of(body)
    assert not {r for r in found if "否认" in r[0] or "否認" in r[0] if r[1] == "disputes"}, (body, found)
    assert {r for r in found if r[1] == "disputes"}, (body, found)  # the real denial still disputes the report
