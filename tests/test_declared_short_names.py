"""A short name the text declares for what it just named (《……指导意见》(以下简称《意见》),
星澜电子有限公司(下称“星澜”)) names that entity wherever it is used: one node, not a new
one for the short name. Names and sentences are invented; every bracket and quotation style."""

from __future__ import annotations

import itertools

import pytest

from capabilities.cases import traditional

DECLARATIONS = ("以下简称", "下称", "简称", "以下簡稱")
WRAPS = (("《", "》"), ("“", "”"), ("「", "」"), ("", ""))
BRACKETS = (("（", "）"), ("(", ")"))


@pytest.mark.parametrize("i", range(len(DECLARATIONS) * len(WRAPS) * len(BRACKETS)))
def test_a_declared_short_name_names_the_document(extract, i):
    declare, (l, r), (lb, rb) = list(itertools.product(DECLARATIONS, WRAPS, BRACKETS))[i]
    text = (f"政策\n\n三部门联合印发《关于促进低空经济发展的指导意见》{lb}{declare}{l}意见{r}{rb}。\n\n"
            f"{l}意见{r}提出，到2027年低空经济规模力争突破1万亿元。\n")
    if i % 2:
        text = traditional(text)
    x = extract(text)
    keys = {m.entity for m in x.mentions if m.text.endswith(("意见", "意見"))}
    assert len(keys) == 1, (text, [(m.text, m.entity, m.rule) for m in x.mentions])


@pytest.mark.parametrize("l, r", [("“", "”"), ("「", "」")])
def test_a_declared_short_name_names_the_company(extract, l, r):
    x = extract(f"快讯\n\n汀兰电子有限公司（以下简称{l}汀兰{r}）今天宣布完成融资。汀兰表示，资金将用于研发。\n")
    keys = {m.entity for m in x.mentions if m.text.startswith("汀兰")}
    assert len(keys) == 1, [(m.text, m.entity, m.rule) for m in x.mentions]
    assert x.claims[-1].speaker.key in keys
