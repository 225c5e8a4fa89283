"""Where one went and where a place lies: a verb of going (到, 赴, 往) before the unknown name of a
hospital, a school or a bureau is no part of its name (母亲到湾景医院急症室求诊, whatever the
segmenter glued), and 的 inside a word the segmenter's HMM made (新界|西的湾|景医院) joins the words
either side, inside none, so 位于新界西的湾景医院 names 湾景医院.

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, cases, organisations, written

PLACES = ("湾景医院", "澄湖大学", "枫桥医院", "梧岗医院")


@pytest.mark.parametrize("i, who, going, place", cases(("母亲", "父亲"), ("到", "赴"), PLACES))
def test_a_verb_of_going_is_no_part_of_the_name(extract, i, who, going, place):
    x = extract(article(f"据家属介绍，陈太昨晚陪同发烧的{who}{going}{place}求诊，一直等到今日凌晨。", i))
    found = organisations(x)
    assert written(i, place) in found and not any(n.startswith(written(i, going)) for n in found), found


@pytest.mark.parametrize("i, area, place", cases(("新界西", "城北", "江东"), PLACES))
def test_a_place_described_by_where_it_lies(extract, i, area, place):
    x = extract(article(f"医管局表示，其中位于{area}的{place}急症室轮候时间一度超过9小时。", i))
    found = organisations(x)
    assert written(i, place) in found and not any(written(i, "的") in n for n in found), found
