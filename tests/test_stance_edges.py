"""Stance edges in the Gephi files keep the claims they rest on and a signed weight: read
back with networkx and lxml from a build of an invented corpus."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from lxml import etree

from claimgraph import api

DATA = Path(__file__).parent / "data"
ARTICLES = {
    "a.txt": "芯片观察\n\n分析师林晓峰表示，星河科技的芯片性能非常出色。他还指出，星河科技的前景值得期待。\n\n"
             "分析师周明远认为，蓝鲸汽车的定价策略令人失望。\n",
    "b.txt": "車市觀察\n\n分析師周明遠表示，藍鯨汽車的品牌影響力有限。\n\n有觀點認為，華辰半導體的財報存在隱患。\n",
}
GEXF = {"g": "http://gexf.net/1.3"}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("stance_edges")
    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    api.build(corpus, root / "kg", catalogs=[DATA / "stance_catalog.toml"])
    return root / "kg"


def _stance_edges(g: nx.MultiDiGraph) -> list[dict]:
    return [d for *_, d in g.edges(data=True) if d.get("relation") == "stance"]


@pytest.mark.parametrize("name", ["graph.gexf", "graph.graphml"])
def test_stance_edges_keep_evidence_and_signed_weight(built, name):
    g = nx.read_gexf(built / name) if name.endswith("gexf") else nx.read_graphml(built / name)
    claims = {str(d.get("key")) for _, d in g.nodes(data=True) if d.get("kind") == "claim"}
    edges = _stance_edges(g)
    assert {(d["polarity"]) for d in edges} == {"favor", "against"}
    for d in edges:
        evidence = d["evidence"].split("; ")
        assert evidence and set(evidence) <= claims and d["evidence_claims"] == len(evidence)
        sign = {"favor": 1, "against": -1}.get(d["polarity"], 0)
        assert d["signed_weight"] * sign > 0 or (sign == 0 and d["signed_weight"] > 0)
        assert d["weight"] > 0 and d["score"] * sign >= 0


def test_a_stance_resting_on_two_claims_lists_both(built):
    g = nx.read_gexf(built / "graph.gexf")
    (edge,) = [d for u, v, d in g.edges(data=True)
               if d.get("relation") == "stance" and v == "entity:xinghe" and u == "entity:linxiaofeng"]
    assert len(edge["evidence"].split("; ")) == 2 and edge["polarity"] == "favor" and edge["signed_weight"] > 0


def test_entity_network_stances_keep_their_evidence(built):
    g = nx.read_graphml(built / "entities.graphml")
    (edge,) = [d for u, v, d in g.edges(data=True) if (u, v) == ("entity:zhoumingyuan", "entity:lanjing")]
    assert edge["relation"] == "stance" and edge["sign"] == -1 and len(edge["evidence"].split("; ")) == 2


def test_gexf_declares_the_stance_columns(built):
    root = etree.parse(str(built / "graph.gexf")).getroot()
    declared = {(a.get("title"), a.get("type")) for a in root.findall(".//g:attributes[@class='edge']/g:attribute", GEXF)}
    assert {("evidence", "string"), ("signed_weight", "double"), ("evidence_claims", "long")} <= declared
