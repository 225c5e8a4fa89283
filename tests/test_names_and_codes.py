"""Two name edges: a source's name before 的 and its data (奥维云网的数据显示) ends before 的;
a product named with a model code (星辰X9, 「远航V7」) is named again by the code alone (X9的续航……).
Names, codes and sentences are invented; simplified and traditional."""

from __future__ import annotations

import itertools

import pytest

from capabilities.cases import traditional

SOURCES = ("奥维云网", "群智咨询", "远星资讯", "汀兰资讯")
SOURCE_FRAMES = ("{name}的数据显示，", "{name}的數據顯示，")


@pytest.mark.parametrize("i", range(len(SOURCES) * len(SOURCE_FRAMES)))
def test_a_source_before_its_data_ends_before_de(extract, i):
    name, frame = list(itertools.product(SOURCES, SOURCE_FRAMES))[i]
    text = "行业数据\n\n" + frame.format(name=name) + "上半年扫地机器人销量同比下滑6.3%。\n"
    if i % 2:
        text, name = traditional(text), traditional(name)
    x = extract(text)
    assert not [m.text for m in x.mentions if m.text.endswith("的")], [(m.text, m.rule) for m in x.mentions]
    (claim,) = x.claims
    assert claim.speaker.kind == "entity" and claim.speaker.key in {m.entity for m in x.mentions if m.text == name}


CODES = ("X9", "V7", "Z30", "GT5")
MAKERS = ("星辰智能", "远航汽车")


@pytest.mark.parametrize("code", CODES)
@pytest.mark.parametrize("maker", MAKERS)
@pytest.mark.parametrize("quote", ("“”", "「」"))
def test_a_products_model_code_alone_names_the_product(extract, code, maker, quote):
    brand = maker[:2]
    text = (f"新品\n\n{maker}今天宣布，公司推出新一代产品{quote[0]}{brand}{code}{quote[1]}。\n\n"
            f"{code}的续航比上一代提升了40%。\n")
    x = extract(text)
    product = {m.entity for m in x.mentions if m.text == brand + code}
    assert len(product) == 1, [(m.text, m.rule) for m in x.mentions]
    assert {m.entity for m in x.mentions if m.text == code} == product, [(m.text, m.entity, m.rule) for m in x.mentions]
    claim = next(c for c in x.claims if c.text.startswith(code))
    assert set(claim.about) & product, claim.about
