"""A foreign name after a title that the segmenter cut into pieces it does not know, or knows only
as a name's or a place's (主教练费尔南|迪斯, 贝纳维|德斯), is read whole: every piece is made of the
characters foreign names are written with (data/transliteration.toml). A Chinese word after the name
(赛后, 昨日) ends it.

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases

NAMES = ("费尔南迪斯", "贝纳维德斯", "奥利维拉", "阿尔瓦雷斯")
TITLES = ("主教练", "外籍教练", "总经理")


@pytest.mark.parametrize("i, title, name", cases(TITLES, NAMES))
def test_a_foreign_name_in_pieces_is_read_whole(extract, i, title, name):
    x = extract(article(f"{title}{name}赛后难掩激动，他在记者会上表示，球队没有放弃。", i))
    assert_said_by(x, i, "球队没有放弃", name)
