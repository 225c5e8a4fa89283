"""A Latin unit after a figure (280Ah, 5 GWh) or after the slash of a rate (0.4元/Wh,
120 km/h) is no name: no entity is discovered for it, while a Latin name elsewhere in the
same sentence still is."""

from __future__ import annotations

import itertools

import pytest

from capabilities.cases import traditional

FIGURES = ("0.38元/Wh", "280Ah", "5 GWh", "120 km/h", "65美元/MWh", "3.2GW", "900 TWh", "1.5元/kWh")
NAMES = ("Zentra", "Kolvex", "Brightmoor")
SENTENCES = ("储能电芯报价已跌至{f}，{n}公司的订单却在增加。", "据{n}统计，今年新增装机约{f}。",
             "{n}表示，明年产能将达到{f}。")
CASES = [(s.format(f=f, n=n), f, n) for (f, n), s in zip(itertools.product(FIGURES, NAMES), itertools.cycle(SENTENCES))]


@pytest.mark.parametrize("text,figure,name", [(traditional(t) if i % 2 else t, f, n) for i, (t, f, n) in enumerate(CASES)])
def test_unit_is_no_entity(extract, text, figure, name):
    x = extract(text + "\n")
    found = {m.text for m in x.mentions}
    unit = figure.split("/")[-1].lstrip("0123456789. 元美")
    assert unit not in found, (text, sorted(found))
    assert name in found, (text, sorted(found))
