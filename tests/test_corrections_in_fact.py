"""After what an unnamed group is said to think (很多人觉得……), a clause that opens with a word
of fact and a copula (其实是……, 事实上是……) corrects it: it is the words of the one who tells
it, not the group's. Names and sentences are invented."""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases, quotes

GROUPS = ("很多人", "不少朋友", "有人")
FACTS = ("其实是", "事实上是", "实际上是")


@pytest.mark.parametrize("i, group, fact", cases(GROUPS, FACTS))
def test_a_correction_in_fact_is_the_tellers(extract, i, group, fact):
    opening, closing = quotes(i)
    x = extract(article(f"{opening}{group}觉得我是被裁员了才来摆摊，{fact}我自己想换种活法，{closing}刘海峰说。", i))
    assert_said_by(x, i, f"{fact}我自己想换种活法", "刘海峰")
