"""A one-character given name the segmenter's HMM glued to a preposition and the next word's
first character (端木|晴在庭|后) is cut there, so the name is read whole (主审法官端木晴在庭后
……指出 is the judge's words). Names are invented."""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases

NAMES = ("端木晴", "欧阳岚", "司马澄")
TITLES = ("主审法官", "审判长", "发言人")
PLACES = ("在庭后接受采访时指出", "在现场向记者表示", "在会后对记者说")


@pytest.mark.parametrize("i, name, title, place", cases(NAMES, TITLES, PLACES))
def test_a_given_name_glued_to_a_preposition_is_read_whole(extract, i, name, title, place):
    words = "经营者明知产品成分与宣传不符仍进行销售"
    x = extract(article(f"{title}{name}{place}，{words}。", i))
    assert_said_by(x, i, words, name)
