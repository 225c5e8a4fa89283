"""A clause that opens with a time told by what was done (中场休息时, 赛前开会时, 训练结束时) and then
its subject (我跟他们说：‘……’) is that subject's: inside someone's quotation, 我 is the one quoted,
and the words 我 tells are theirs, not those of a group the time's first word may name (中场, a
midfielder, too).

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases, quotes

COACHES = ("马丁", "王志明", "欧阳振宇")
TIMES = ("中场休息时", "赛前开会时", "训练结束时")


@pytest.mark.parametrize("i, coach, when", cases(COACHES, TIMES))
def test_the_words_after_a_time_told_by_doing_are_the_quoted_ones(extract, i, coach, when):
    o, c = quotes(i)
    x = extract(article(f"主教练{coach}赛后难掩激动。{o}{when}我跟他们说：‘无论发生什么事，都要打足九十分钟。’{c}"
                        f"他说，{o}今晚他们做到了。{c}", i))
    assert_said_by(x, i, "无论发生什么事，都要打足九十分钟", coach)
