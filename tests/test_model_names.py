"""Products named with their model: a catalog product's model written after it (iPhone 17 Pro
Max) is one product named whole, not the catalog's product and a stray name; a Latin product
name before 系列 (Mate 80系列) is a product, where a funding round's letter before it (A系列,
Pre-A轮) is none; a catalog word after a product (TPU AI) stays apart. Models are invented."""

from __future__ import annotations

import pytest

def _found(extract, sentence: str) -> list[tuple[str, str]]:
    """(text, rule) of every mention in a one-sentence article."""
    return [(m.text, m.rule) for m in extract(f"新品\n\n{sentence}\n").mentions]


MODELS = ("17 Pro Max", "16", "15 Plus", "18 Pro", "17e")
NAMED_MODELS = (("Claude", "Opus 5"), ("Gemini", "3 Pro"), ("Claude", "Sonnet 4.5"))


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("frame", ["苹果发布了{name}，售价9999元。", "{name}的销量同比下滑。"])
def test_a_catalog_products_model_is_one_product(extract, model, frame):
    name = f"iPhone {model}"
    x = extract("新品\n\n" + frame.format(name=name) + "\n")
    assert name in [m.text for m in x.mentions], [(m.text, m.rule) for m in x.mentions]
    assert not [m for m in x.mentions if m.text == model], [(m.text, m.rule) for m in x.mentions]


@pytest.mark.parametrize("series", ["Mate 90", "Nova 20", "Pura 90"])
def test_a_latin_name_before_a_series_is_a_product(extract, series):
    found = _found(extract, f"华为{series}系列搭载新一代芯片。")
    assert series in [text for text, _ in found], found


@pytest.mark.parametrize("text", ["公司完成Pre-A轮融资。", "公司获得A系列融资。", "公司完成B+轮融资。"])
def test_a_funding_round_is_no_name(extract, text):
    found = _found(extract, text)
    assert "discover.latin_name.v1" not in [rule for _, rule in found], found


def test_a_catalog_word_after_a_product_stays_apart(extract):
    x = extract("芯片\n\n谷歌的TPU AI芯片性能出色。\n")
    assert {"TPU", "AI"} <= {m.text for m in x.mentions} and "TPU AI" not in {m.text for m in x.mentions}


@pytest.mark.parametrize("firm", ["宏达资产管理", "星海财富管理", "汀兰资本管理"])
@pytest.mark.parametrize("title", ["投资总监", "投资经理"])
def test_a_head_that_opens_a_title_ends_no_name(extract, firm, title):
    """宏达资产管理投资总监某某: 投资 opens the title 投资总监; no organisation is named 宏达资产管理投资."""
    x = extract(f"市场\n\n{firm}{title}梁家乐表示，港股或会出现调整。\n")
    assert not [m.text for m in x.mentions if m.text.endswith("投资")], [(m.text, m.rule) for m in x.mentions]
    assert x.claims[0].speaker.key in {m.entity for m in x.mentions if m.text == "梁家乐"}


@pytest.mark.parametrize("product, model", NAMED_MODELS)
def test_a_named_model_of_a_catalog_product_is_one_product(extract, product, model):
    """Claude Opus 5: a catalog product, then a model's name and number, is one product named whole."""
    name = f"{product} {model}"
    x = extract(f"新品\n\n人工智能公司今天发布了新一代大模型{name}。\n")
    assert name in [m.text for m in x.mentions], [(m.text, m.rule) for m in x.mentions]


@pytest.mark.parametrize("title, inside", [("王者荣耀世界", "王者荣耀"), ("原神的秘密", "原神"), ("微信之父", "微信")])
@pytest.mark.parametrize("marks", [("《", "》")])
def test_a_title_names_one_work_over_a_catalog_name_inside_it(extract, title, inside, marks):
    """《王者荣耀世界》 is a work of its own, not the catalog's 王者荣耀."""
    x = extract(f"游戏\n\n腾讯的{marks[0]}{title}{marks[1]}今日获批。\n")
    names = [m.text for m in x.mentions]
    assert title in names and inside not in names, [(m.text, m.rule) for m in x.mentions]


def test_a_title_that_is_a_catalog_name_stays_the_catalogs(extract):
    x = extract("游戏\n\n《王者荣耀》的流水下滑。\n")
    assert [(m.text, m.rule) for m in x.mentions] == [("王者荣耀", "catalog.v1")]


@pytest.mark.parametrize("joined", ["科沃斯", "追觅", "云鲸"])
@pytest.mark.parametrize("conjunction", ["和", "与", "及"])
def test_a_name_joined_to_a_company_by_a_conjunction_is_a_company(extract, joined, conjunction):
    """石头科技和科沃斯也将……: the pieces after 和 that no dictionary knows name a company too."""
    found = _found(extract, f"扫地机器人厂商石头科技{conjunction}{joined}也将于本月发布新品。")
    assert joined in [text for text, _ in found], found


@pytest.mark.parametrize("text", ["小米和其他厂商都在降价。", "小米和伙伴们一起努力。", "小米和华为都在降价。"])
def test_common_words_after_a_conjunction_name_no_company(extract, text):
    found = _found(extract, text)
    assert "discover.coordinated.v1" not in [rule for _, rule in found], found
