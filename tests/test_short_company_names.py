"""A company the article names in full (港铁公司, 星澜集团) and by its short name before a title
(港铁行政总裁某某) is one node: the short name's mentions name the full name's entity, in
whichever order the two appear. Names, people and sentences are invented."""

from __future__ import annotations

import itertools

import pytest

from capabilities.cases import traditional

SHORT = ("港铁", "星澜", "汀兰", "嘉禾")
HEADS = ("公司", "集团", "控股")
ORDERS = (
    "{full}昨日宣布，票价平均上调5.2%。\n\n{short}行政总裁程亦凡回应指，今次加价按机制计算。\n",
    "{short}行政总裁程亦凡表示，今次加价按机制计算。\n\n{full}昨日宣布，票价平均上调5.2%。\n",
)


@pytest.mark.parametrize("i", range(len(SHORT) * len(HEADS) * len(ORDERS)))
def test_a_short_name_before_a_title_is_the_company_named_in_full(extract, i):
    short, head, order = list(itertools.product(SHORT, HEADS, ORDERS))[i]
    text = "快讯\n\n" + order.format(full=short + head, short=short)
    if i % 2:
        text, short = traditional(text), traditional(short)
    x = extract(text)
    orgs = {m.entity for m in x.mentions if m.text.startswith(short)}
    assert len(orgs) == 1, (text, [(m.text, m.entity, m.rule) for m in x.mentions])
    assert len([e for e in x.entities if e.type.value == "Organization"]) == 1, x.entities
