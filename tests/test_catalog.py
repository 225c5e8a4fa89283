"""The entity catalog: packaged data, user overrides, and the errors a bad file gets."""

from __future__ import annotations

import pytest

from claimgraph.catalog import load_catalog
from claimgraph.errors import CatalogError
from claimgraph.extract import process_article
from claimgraph.ingest import parse_article
from claimgraph.nlp import build_nlp


def test_packaged_catalog_names_are_unambiguous():
    catalog = load_catalog()
    seen: dict[str, str] = {}
    for name, key in catalog.names():
        folded = "".join(name.lower().split())
        assert seen.setdefault(folded, key) == key, f"{name} names both {seen[folded]} and {key}"


def test_packaged_catalog_labels_nvidia():
    nvidia = load_catalog().get("nvidia")
    assert (nvidia.label_zh, nvidia.label_en, nvidia.wikidata) == ("英伟达", "NVIDIA", "Q182477")
    assert {"輝達", "英伟达公司"} <= set(nvidia.aliases)


def test_user_file_extends_and_overrides(tmp_path):
    user = tmp_path / "entities.toml"
    user.write_text('[nvidia]\naliases = ["老黄家"]\n\n[xinghe]\ntype = "Organization"\nzh = "星河智能"\n',
                    encoding="utf-8")
    catalog = load_catalog([user])
    assert catalog.get("nvidia").aliases == ("老黄家",)
    assert catalog.get("nvidia").label_en == "NVIDIA"
    assert catalog.get("xinghe").label_zh == "星河智能"


@pytest.mark.parametrize("body, message", [
    ('[x]\ntype = "Company"\n', "type = one of"),
    ('[x]\ntype = "Organization"\nwikidata = "12"\n', "not a Wikidata id"),
    ('[x]\ntype = "Organization"\nlabel = "X"\n', "unknown field"),
    ("[x\n", "not valid TOML"),
])
def test_bad_user_file_is_reported(tmp_path, body, message):
    user = tmp_path / "entities.toml"
    user.write_text(body, encoding="utf-8")
    with pytest.raises(CatalogError, match=message):
        load_catalog([user])


def test_user_catalog_name_is_matched(tmp_path):
    user = tmp_path / "entities.toml"
    user.write_text('[xinghe]\ntype = "Organization"\nzh = "星河智能"\n', encoding="utf-8")
    nlp = build_nlp(load_catalog([user]))
    x = process_article(parse_article("动态\n星河智能发布了新芯片。".encode(), "t.txt"), nlp)
    assert [(m.entity, m.text, m.span.start) for m in x.mentions] == [("xinghe", "星河智能", 3)]
    assert x.entities[0].confirmed


@pytest.mark.parametrize("text, expected", [
    ("英伟达公司发布", [("英伟达公司", "nvidia")]),                       # the longest name at a place
    ("Open AI和OpenAI", [("Open AI", "openai"), ("OpenAI", "openai")]),  # a space between Latin letters
    ("Veo3.1发布", []),                                                   # Veo3 does not stop before a version
    ("XNVIDIA与NVIDIA", [("NVIDIA", "nvidia")]),                         # a Latin name starts at a word edge
    ("nvidia与NVIDIA", [("nvidia", "nvidia"), ("NVIDIA", "nvidia")]),    # Latin letters in any case
])
def test_name_index_finds_the_longest_name_at_word_edges(text, expected):
    from claimgraph.nlp.names import NameIndex
    index = NameIndex({"英伟达": "nvidia", "英伟达公司": "nvidia", "nvidia": "nvidia", "openai": "openai", "veo3": "veo_3"})
    assert [(text[s:e], key) for s, e, key in index.find(text)] == expected


def test_name_index_on_a_long_text_and_a_large_catalog():
    from claimgraph.nlp.names import NameIndex
    index = NameIndex({f"名{i:04d}": str(i) for i in range(3000)} | {"英伟达": "nvidia"})
    text = "这是一段很长的新闻。" * 2000 + "英伟达"
    assert [key for _, _, key in index.find(text)] == ["nvidia"]
