"""Gephi files checked by the real consumers: the official GraphML XSD and GEXF 1.3
RelaxNG, networkx and python-igraph reading them back."""

from __future__ import annotations

import io
from enum import Enum
from pathlib import Path

import igraph
import networkx as nx
import pytest
from lxml import etree

from claimgraph import api
from claimgraph.export.gephi import generate_gexf, generate_graphml

ROOT = Path(__file__).parent.parent
SCHEMAS = Path(__file__).parent / "data" / "schemas"
GEXF_NS = {"g": "http://gexf.net/1.3", "viz": "http://gexf.net/1.3/viz"}
VIEWS = ("graph", "entities")


@pytest.fixture(scope="module")
def kg(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("gephi") / "kg"
    api.build(ROOT / "corpus", out)
    return out


@pytest.fixture(scope="module")
def graphml_schema():
    return etree.XMLSchema(etree.parse(str(SCHEMAS / "graphml" / "graphml.xsd")))


@pytest.fixture(scope="module")
def gexf_schema():
    return etree.RelaxNG(etree.parse(str(SCHEMAS / "gexf" / "1.3" / "gexf.rng")))


def _valid(schema, data: bytes) -> None:
    doc = etree.fromstring(data, etree.XMLParser(resolve_entities=False)).getroottree()
    assert schema.validate(doc), schema.error_log


@pytest.mark.parametrize("view", VIEWS)
def test_graphml_validates_against_the_official_xsd(kg, graphml_schema, view):
    _valid(graphml_schema, (kg / f"{view}.graphml").read_bytes())


@pytest.mark.parametrize("view", VIEWS)
def test_gexf_validates_against_the_official_relaxng(kg, gexf_schema, view):
    _valid(gexf_schema, (kg / f"{view}.gexf").read_bytes())


@pytest.mark.parametrize("view", VIEWS)
def test_networkx_and_igraph_read_the_same_graph(kg, view):
    graphml = nx.read_graphml(kg / f"{view}.graphml")
    gexf = nx.read_gexf(kg / f"{view}.gexf")
    ig = igraph.Graph.Read_GraphML(str(kg / f"{view}.graphml"))
    root = etree.parse(str(kg / f"{view}.gexf")).getroot()
    declared = (int(root.find(".//g:nodes", GEXF_NS).get("count")), int(root.find(".//g:edges", GEXF_NS).get("count")))
    counts = {(g.number_of_nodes(), g.number_of_edges()) for g in (graphml, gexf)} | {(ig.vcount(), ig.ecount()), declared}
    assert len(counts) == 1, counts
    assert declared[0] > 10 and declared[1] > 10


def test_labels_are_chinese_with_english_beside(kg):
    g = nx.read_gexf(kg / "graph.gexf")
    nvidia = g.nodes["entity:nvidia"]
    assert (nvidia["label"], nvidia["label_zh"], nvidia["label_en"]) == ("英伟达", "英伟达", "NVIDIA")
    assert nx.read_graphml(kg / "entities.graphml").nodes["entity:nvidia"]["label"] == "英伟达"


def test_numbers_are_typed_columns(kg):
    node = nx.read_graphml(kg / "graph.graphml").nodes["entity:nvidia"]
    assert isinstance(node["degree"], int) and isinstance(node["size"], float)
    assert isinstance(node["confirmed"], bool) and isinstance(node["r"], int)
    claim = next(d for _, d in nx.read_gexf(kg / "graph.gexf").nodes(data=True) if d.get("kind") == "claim")
    assert isinstance(claim["start"], int) and isinstance(claim["hedged"], bool)


@pytest.mark.parametrize("view", VIEWS)
def test_every_node_has_a_colour_and_a_size_by_degree(kg, view):
    root = etree.parse(str(kg / f"{view}.gexf")).getroot()
    nodes = root.findall(".//g:node", GEXF_NS)
    assert all(n.find("viz:color", GEXF_NS) is not None and n.find("viz:size", GEXF_NS) is not None for n in nodes)
    g = nx.read_graphml(kg / f"{view}.graphml")
    entities = [d for _, d in g.nodes(data=True) if d["kind"] == "entity"]
    busiest = max(entities, key=lambda d: d["degree"])
    quietest = min(entities, key=lambda d: d["degree"])
    assert busiest["size"] > quietest["size"]


@pytest.mark.parametrize("view", VIEWS)
def test_edges_are_labelled_and_weighted_above_zero(kg, view):
    g = nx.read_gexf(kg / f"{view}.gexf")
    assert all(d["label"] and d["weight"] > 0 for *_, d in g.edges(data=True))


def test_entity_network_edges_are_signed_by_stance(kg):
    g = nx.read_graphml(kg / "entities.graphml")
    assert all(str(n).startswith("entity:") for n in g.nodes)
    stances = [d for *_, d in g.edges(data=True) if d["relation"] == "stance"]
    assert stances
    for d in stances:
        assert d["sign"] == {"favor": 1, "against": -1}.get(d["polarity"], 0)
        assert -1 <= d["score"] <= 1 and d["weight"] >= 1


class _Mood(str, Enum):
    CALM = "calm"


def _hostile_graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.add_node("a b/c#d", label="张三\x0b说", kind="entity", r=1, g=2, b=3, size=4.0, score=float("nan"),
               aliases=["甲", "乙"], missing=None, mood=_Mood.CALM)
    g.add_node("", label="", kind="entity", score=0.5)
    g.add_edge("a b/c#d", "", key=0, label="about", weight=1.0)
    g.add_edge("", "a b/c#d", key=0, label="about", weight=2.0)
    return g


def test_values_the_formats_cannot_hold_never_reach_a_file(graphml_schema, gexf_schema):
    graphml = "".join(generate_graphml(_hostile_graph())).encode()
    gexf = "".join(generate_gexf(_hostile_graph(), "2024-01-02")).encode()
    _valid(graphml_schema, graphml)
    _valid(gexf_schema, gexf)
    for data in (graphml, gexf):
        assert b"\x0b" not in data and b"nan" not in data and b"None" not in data
    for g in (nx.parse_graphml(graphml), nx.read_gexf(io.BytesIO(gexf))):
        assert (g.number_of_nodes(), g.number_of_edges()) == (2, 2)
        node = g.nodes["a_b_c_d"]
        assert node["label"] == "张三说" and node["aliases"] == "甲; 乙" and node["mood"] == "calm"
        assert "score" not in node and "missing" not in node
