"""Gephi files checked by the real consumers: the official GraphML XSD and GEXF 1.3
RelaxNG, networkx, python-igraph and graphology (what Gephi Lite reads with) reading them
back, with positions and colours."""

from __future__ import annotations

import io
import json
import math
import shutil
import subprocess
from enum import Enum
from pathlib import Path

import igraph
import networkx as nx
import pytest
from lxml import etree

from claimgraph import api
from claimgraph.export.gephi import generate_gexf, generate_graphml
from claimgraph.export.views import EDGE_COLOURS, NODE_COLOURS

ROOT = Path(__file__).parent.parent
SCHEMAS = Path(__file__).parent / "data" / "schemas"
OWN_CORPUS = Path(__file__).parent / "data" / "report_corpus"
READBACK = Path(__file__).parent / "js" / "readback.js"
GEXF_NS = {"g": "http://gexf.net/1.3", "viz": "http://gexf.net/1.3/viz"}
VIEWS = ("graph", "entities")


@pytest.fixture(scope="module")
def kg(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("gephi") / "kg"
    api.build(ROOT / "corpus", out)
    return out


@pytest.fixture(scope="module")
def own(tmp_path_factory) -> Path:
    """Two articles written for the tests: entities that only an unnamed source, only the
    voice of an article without a publisher, or only themselves speak about."""
    out = tmp_path_factory.mktemp("own") / "kg"
    api.build(OWN_CORPUS, out)
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
    assert all(str(n).startswith(("entity:", "article:")) for n in g.nodes)
    stances = [d for *_, d in g.edges(data=True) if d["relation"] == "stance"]
    assert stances
    for d in stances:
        assert d["sign"] == {"favor": 1, "against": -1}.get(d["polarity"], 0)
        assert -1 <= d["score"] <= 1 and d["weight"] >= 1


def test_no_entity_a_claim_is_about_stands_alone(own):
    full = nx.read_graphml(own / "graph.graphml")
    about = {v for _, v, d in full.edges(data=True) if d["relation"] == "about"}
    network = nx.read_graphml(own / "entities.graphml")
    assert about and all(network.degree(e) > 0 for e in about), [e for e in about if network.degree(e) == 0]
    # an unnamed source's claim, a claim in the voice of an article without a publisher, and
    # a claim about its own speaker link the article to what they are about
    assert network.has_edge("article:a_chips", "entity:meituan")  # 业内人士认为
    assert network.has_edge("article:b_cloud", "entity:huawei")  # no publisher
    assert network.has_edge("article:a_chips", "entity:xiaomi")  # 小米宣布, 小米……
    assert network.has_edge("entity:周晓峰", "entity:alibaba_cloud")  # a named speaker keeps its edge


@pytest.mark.parametrize("view", VIEWS)
def test_every_node_has_the_same_position_in_both_formats(own, view):
    graphml = nx.read_graphml(own / f"{view}.graphml")
    gexf = nx.read_gexf(own / f"{view}.gexf")
    for node, data in graphml.nodes(data=True):
        assert isinstance(data["x"], float) and isinstance(data["y"], float)
        position = gexf.nodes[node]["viz"]["position"]
        assert (position["x"], position["y"]) == (data["x"], data["y"])
    assert len({(d["x"], d["y"]) for _, d in graphml.nodes(data=True)}) == graphml.number_of_nodes()


def test_nodes_do_not_cover_one_another(own):
    g = nx.read_graphml(own / "entities.graphml")
    nodes = [(n, d["x"], d["y"], d["size"]) for n, d in g.nodes(data=True)]
    assert all(2 <= size <= 16 for *_, size in nodes)
    for i, (a, ax, ay, asize) in enumerate(nodes):
        for b, bx, by, bsize in nodes[i + 1:]:
            assert math.hypot(ax - bx, ay - by) > asize + bsize, (a, b)


def test_entity_network_edges_are_coloured_by_polarity(own):
    graphml = nx.read_graphml(own / "entities.graphml")
    gexf = {(e.get("source"), e.get("target")): e.find("viz:color", GEXF_NS)
            for e in etree.parse(str(own / "entities.gexf")).getroot().iterfind(".//g:edge", GEXF_NS)}
    seen = set()
    for u, v, d in graphml.edges(data=True):
        colour = EDGE_COLOURS[d["polarity"]]
        assert (d["r"], d["g"], d["b"]) == colour
        assert tuple(int(gexf[u, v].get(c)) for c in "rgb") == colour
        seen.add(d["polarity"])
    assert seen == {"favor", "against", "neutral", "none"}
    assert len({EDGE_COLOURS[p] for p in seen}) == 4


def test_the_readme_names_every_colour_gephi_shows():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    legend = text[text.index("## Opening `kg/` in Gephi"):text.index("## Loading `kg/`")]
    for name, rgb in [*NODE_COLOURS.items(), *EDGE_COLOURS.items()]:
        assert "`#{:02x}{:02x}{:02x}`".format(*rgb) in legend, name


def _graphology(path: Path) -> dict:
    modules = READBACK.parent / "node_modules"
    if shutil.which("node") is None or not (modules / "graphology-gexf").is_dir():
        pytest.skip(f"graphology is not installed: run `npm ci --prefix {READBACK.parent}` (.ci/run does)")
    done = subprocess.run(["node", str(READBACK), str(path)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.mark.parametrize("name", ["entities.gexf", "entities.graphml", "graph.gexf", "graph.graphml"])
def test_graphology_reads_positions_colours_and_sizes(own, name):
    read = _graphology(own / name)
    expected = nx.read_graphml(own / name.replace(".gexf", ".graphml"))
    assert (read["order"], read["size"]) == (expected.number_of_nodes(), expected.number_of_edges())
    for node, data in expected.nodes(data=True):
        drawn = read["nodes"][node]
        assert (drawn["x"], drawn["y"], drawn["size"]) == (data["x"], data["y"], data["size"])
        assert drawn["color"] in (f"rgb({data['r']},{data['g']},{data['b']})",
                                  "#{:02x}{:02x}{:02x}".format(data["r"], data["g"], data["b"]))
    if name.startswith("entities"):
        assert {e["color"] for e in read["edges"]} >= {f"rgb({r},{g},{b})" if name.endswith("gexf")
                                                      else "#{:02x}{:02x}{:02x}".format(r, g, b)
                                                      for r, g, b in (EDGE_COLOURS["favor"], EDGE_COLOURS["against"])}


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
