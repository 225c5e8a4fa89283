"""The entity network the report draws, made from the report's data (the RDF) the way
``export/views.py`` makes ``entities.gexf`` from the knowledge graph: an edge from the
speaking entity of a claim to each entity it is about, or from its article when no
entity speaks (an unnamed source, the voice of an article that names no publisher) or
the claim is about its own speaker; an edge per stance an entity holds, coloured by its
polarity; nodes coloured by type, sized by degree, placed by the deterministic layout.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

import networkx as nx

from ..export.layout import force_layout
from ..export.views import EDGE_COLOURS, NODE_COLOURS, node_style
from .data import ReportData

__all__ = ["legend", "network", "network_json"]


def network(data: ReportData) -> nx.DiGraph:
    """Entity (and article) IRIs as nodes, with ``kind``, ``entity_type``, ``label``,
    ``search``, colour, size and position; edges with ``claims``, ``polarity``, ``score``."""
    entities = {e.iri: e for e in data.entities}
    articles = {a.iri: a for a in data.articles}
    claims: dict[tuple[str, str], int] = defaultdict(int)
    for c in data.claims:
        speaker = c.speaker if c.speaker in entities else None
        for target in c.about:
            source = speaker if speaker and speaker != target else c.article
            claims[(source, target)] += 1
    held: dict[tuple[str, str], list[tuple[float, int, str]]] = defaultdict(list)
    for s in data.stances:
        if s.holder in entities and s.target in entities and s.holder != s.target:
            held[(s.holder, s.target)].append((s.score, max(len(s.evidence), 1), s.polarity.lower()))
    g = nx.DiGraph()
    for iri, e in entities.items():
        g.add_node(iri, kind="entity", entity_type=e.type, label=e.label,
                   search=" ".join(dict.fromkeys(x for x in (e.label_zh, e.label_en, *e.aliases) if x)))
    for pair in sorted(set(claims) | set(held)):
        for node in pair:
            if node not in g and node in articles:
                g.add_node(node, kind="article", entity_type="NewsArticle", label=articles[node].title,
                           search=articles[node].title)
        if not all(node in g for node in pair):
            continue
        score, polarity = _stance(held.get(pair, []))
        g.add_edge(*pair, claims=claims.get(pair, 0), score=score, polarity=polarity)
    top = max((d for _, d in g.degree()), default=0)
    positions = force_layout(g)
    for node, attrs in g.nodes(data=True):
        style = node_style(attrs["kind"], attrs["entity_type"], g.degree(node), top)
        attrs.update(size=style["size"], color=_hex((style["r"], style["g"], style["b"])),
                     x=positions[node][0], y=positions[node][1])
    return g


def network_json(g: nx.DiGraph, url: Callable[[str], str]) -> dict:
    """graphology's serialised form, which ``Graph.import`` reads; ``url(iri)`` is the page
    a click on the node opens."""
    nodes = [{"key": node, "attributes": {
        "label": a["label"], "x": a["x"], "y": a["y"], "size": a["size"], "color": a["color"],
        "kind": a["kind"], "entityType": a["entity_type"], "search": a["search"], "url": url(node)}}
        for node, a in sorted(g.nodes(data=True))]
    edges = [{"source": u, "target": v, "attributes": {
        "color": _hex(EDGE_COLOURS[a["polarity"]]), "size": 1.5 if a["polarity"] != "none" else 1.0,
        "polarity": a["polarity"], "claims": a["claims"], "score": a["score"]}}
        for u, v, a in sorted(g.edges(data=True))]
    return {"attributes": {}, "options": {"type": "directed", "multi": False, "allowSelfLoops": False},
            "nodes": nodes, "edges": edges}


def legend() -> dict[str, list[tuple[str, str]]]:
    """(name, colour) of every node type and edge polarity the network draws."""
    types = ["Person", "Organization", "Product", "CreativeWork", "Concept", "Place", "NewsArticle"]
    return {"nodes": [(t, _hex(NODE_COLOURS[t.lower()])) for t in types],
            "edges": [(p, _hex(c)) for p, c in EDGE_COLOURS.items()]}


def _stance(held: list[tuple[float, int, str]]) -> tuple[float, str]:
    """One pair's stances across articles: their mean score weighted by evidence, and
    their polarity when they agree, else the mean's sign; "none" without a stance."""
    if not held:
        return 0.0, "none"
    evidence = sum(n for _, n, _ in held)
    score = round(sum(s * n for s, n, _ in held) / evidence, 4)
    kinds = {p for _, _, p in held}
    polarity = kinds.pop() if len(kinds) == 1 else "favor" if score > 0 else "against" if score < 0 else "neutral"
    return score, polarity


def _hex(rgb: tuple[int, int, int]) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb)
