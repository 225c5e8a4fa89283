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
