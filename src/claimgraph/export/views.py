"""The two graphs Gephi users open, derived from the knowledge graph (never linked here):

- ``full_view``: articles, claims, entities and unnamed sources with every relation of
  ``kg.graph``; nodes coloured by type and sized by degree, edges labelled and weighted.
- ``entity_network``: entity -> entity, one edge per ordered pair, through the claims a
  speaker makes about an entity and the stances it takes; weighted by the number of
  claims, signed by the stance. A claim whose speaker is no entity (an unnamed source,
  the voice of an article that names no publisher), or that is about its own speaker,
  links its article instead, so no entity a claim is about stands alone.

Node attributes the writers read: ``label`` (shown by Gephi), ``r``/``g``/``b`` (colour),
``size``, ``x``/``y`` (a deterministic force-directed position, see layout.py); every
other scalar attribute becomes a typed column. Edge attributes: ``label``, ``weight``
(always > 0: Gephi drops edges of weight 0), ``r``/``g``/``b`` (colour by polarity on
stance edges), the rest columns.
"""

from __future__ import annotations

import math
from collections import defaultdict
from types import MappingProxyType

import networkx as nx

from ..graph import KnowledgeGraph
from .layout import force_layout

__all__ = ["EDGE_COLOURS", "NODE_COLOURS", "EntityPairs", "entity_network", "entity_node", "entity_pairs", "full_view",
           "node_style", "style_edge", "style_node", "styled"]

# (r, g, b) by node type, from Tableau 10; no red or green, which edges use for polarity.
NODE_COLOURS = MappingProxyType({
    "person": (78, 121, 167), "organization": (242, 142, 43), "product": (176, 122, 161),
    "creativework": (255, 157, 167), "concept": (118, 183, 178), "place": (156, 117, 95),
    "newsarticle": (121, 112, 108), "unnamedsource": (186, 176, 172),
    "fact": (157, 196, 226), "statistic": (237, 201, 72), "opinion": (250, 200, 215),
    "prediction": (190, 186, 218),
})
# (r, g, b) of an edge by the polarity of the stance it carries; "none": no stance
EDGE_COLOURS = MappingProxyType({
    "favor": (44, 160, 44), "against": (214, 39, 40), "neutral": (127, 127, 127), "none": (199, 199, 199),
})
_GREY = (160, 160, 160)
# (smallest, largest) node size by kind, by degree; small beside the layout's spacing
_SIZES = MappingProxyType({"article": (8.0, 16.0), "entity": (4.0, 16.0), "unnamed": (3.0, 8.0),
                           "claim": (2.0, 6.0)})
_MIN_WEIGHT = 0.05  # Gephi drops an edge of weight 0


def full_view(kg: KnowledgeGraph) -> nx.MultiDiGraph:
    """A copy of ``kg.graph`` with Gephi's label, colour, size, weight and position on every element."""
    return styled(kg.graph)


def styled(source: nx.MultiDiGraph, in_place: bool = False) -> nx.MultiDiGraph:
    """A knowledge graph's networkx graph with Gephi's label, colour, size, weight and
    position on every element: a copy, or ``source`` itself when ``in_place`` (half the memory)."""
    g = source if in_place else source.copy()
    top = max((d for _, d in g.degree()), default=0)
    for node, attrs in g.nodes(data=True):
        style_node(attrs, node, g.degree(node), top)
    for _, _, attrs in g.edges(data=True):
        style_edge(attrs)
    return _placed(g)


def style_node(attrs: dict, node, degree: int, top: int, styles: dict | None = None) -> None:
    """A node's label, colour, size and degree, set in ``attrs`` (``top``: the graph's largest
    degree); ``styles``: the node styles of one graph (one ``top``) by kind, type and degree, kept there."""
    attrs["label"] = _label(attrs, node)
    kind, type_ = str(attrs.get("kind", "")), str(attrs.get("type", ""))
    if styles is None:
        attrs.update(node_style(kind, type_, degree, top))
    else:
        style = styles.get((kind, type_, degree))
        if style is None:
            style = styles[(kind, type_, degree)] = node_style(kind, type_, degree, top)
        attrs.update(style)
    attrs["degree"] = int(degree)


def style_edge(attrs: dict) -> None:
    """An edge's relation, label, weight (and for a stance its score, polarity and colour), set in ``attrs``."""
    relation = str(attrs.get("relation", "related"))
    attrs["relation"] = relation
    if relation == "stance":
        score = _number(attrs.get("score", attrs.get("weight")))
        attrs["score"] = score
        attrs["polarity"] = str(attrs.get("polarity") or _polarity(score))
        attrs["weight"] = max(abs(score), _MIN_WEIGHT)
        attrs.setdefault("label", f"stance: {attrs['polarity']}")
        attrs.update(zip("rgb", EDGE_COLOURS.get(attrs["polarity"], EDGE_COLOURS["none"]), strict=True))
    else:
        attrs["weight"] = max(_number(attrs.get("weight", 1.0)), _MIN_WEIGHT)
        attrs.setdefault("label", relation)


def entity_network(kg: KnowledgeGraph) -> nx.DiGraph:
    """Entity -> entity: who speaks about whom (``claims``) and where they stand (``score``)."""
    pairs = EntityPairs()
    by_article: dict[str, list] = defaultdict(list)
    for s in kg.stances:
        by_article[s.article].append(s)
    for x in kg.extractions:
        pairs.add(*entity_pairs(x, by_article.get(x.article.id, ())))
    return pairs.network(kg.entities)


def entity_pairs(x, stances) -> tuple[dict, dict, dict]:
    """One article's share of the entity network, keyed by node id: claims per (speaker,
    target), where a claim no entity speaks (or about its own speaker) links the article;
    the stances (score, evidence count, polarity, evidence claim ids) per (holder, target);
    and the labels of the article nodes it uses."""
    claims: dict[tuple[str, str], int] = defaultdict(int)
    articles: dict[str, str] = {}
    for claim in x.claims:
        speaker = _speaking_entity(claim.speaker, x)
        for target in sorted(set(claim.about)):
            source = f"entity:{speaker}" if speaker and target != speaker else f"article:{x.article.id}"
            claims[(source, f"entity:{target}")] += 1
            if source.startswith("article:"):
                articles[source] = x.article.headline or x.article.path
    held: dict[tuple[str, str], list[tuple[float, int, str, tuple[str, ...]]]] = defaultdict(list)
    for s in stances:
        holder = _speaking_entity(getattr(s, "holder", None), x)
        target = getattr(s, "target", None)
        if holder and target and holder != target:
            polarity = getattr(getattr(s, "polarity", None), "value", "neutral")
            evidence = tuple(getattr(s, "evidence", ()) or ())
            held[(f"entity:{holder}", f"entity:{target}")].append(
                (_number(getattr(s, "score", 0.0)), max(len(evidence), 1), polarity, evidence))
    return dict(claims), dict(held), articles


class EntityPairs:
    """The entity network summed over articles, added one article at a time (its size
    grows with the pairs of entities and the articles that link them, not with the text)."""

    def __init__(self) -> None:
        self.claims: dict[tuple[str, str], int] = defaultdict(int)
        self.stances: dict[tuple[str, str], list[tuple[float, int, str, tuple[str, ...]]]] = defaultdict(list)
        self.articles: dict[str, str] = {}

    def add(self, claims: dict, stances: dict, articles: dict) -> None:
        for pair, n in claims.items():
            self.claims[tuple(pair)] += n
        for pair, held in stances.items():
            self.stances[tuple(pair)].extend((s, n, p, tuple(ev)) for s, n, p, ev in held)
        self.articles.update(articles)

    def network(self, entities) -> nx.DiGraph:
        claims, stances = self.claims, self.stances
        g = nx.DiGraph()
        for key, e in entities.items():
            g.add_node(f"entity:{key}", **entity_node(e))
        used = {node for pair in claims for node in pair if node.startswith("article:")}
        for node in sorted(used):
            g.add_node(node, kind="article", key=node.removeprefix("article:"), type="NewsArticle",
                       label=self.articles.get(node, node))
        for pair in sorted(set(claims) | set(stances)):
            if any(k not in g for k in pair):
                continue
            attrs = {"relation": "about", "claims": claims.get(pair, 0), "score": 0.0,
                     "polarity": "none", "sign": 0, "stances": 0}
            if pair in stances:
                held = stances[pair]
                evidence = sum(n for _, n, _, _ in held)
                score = round(sum(sc * n for sc, n, _, _ in held) / evidence, 4)
                kinds = {p for _, _, p, _ in held}
                polarity = kinds.pop() if len(kinds) == 1 else _polarity(score)
                attrs.update(relation="stance", score=score, polarity=polarity, stances=len(held),
                             sign={"favor": 1, "against": -1}.get(polarity, 0),
                             evidence=tuple(c for *_, ev in held for c in ev))
            attrs["weight"] = float(max(attrs["claims"], 1))
            attrs["label"] = attrs["polarity"] if attrs["relation"] == "stance" else "about"
            attrs.update(zip("rgb", EDGE_COLOURS.get(attrs["polarity"], EDGE_COLOURS["none"]), strict=True))
            g.add_edge(*pair, **attrs)
        top = max((d for _, d in g.degree()), default=0)
        for node in g.nodes:
            data = g.nodes[node]
            data.update(node_style(data["kind"], data["type"], g.degree(node), top))
            data["degree"] = int(g.degree(node))
        return _placed(g)


def entity_node(e) -> dict:
    """An entity node's attributes, as ``graph.KnowledgeGraph.graph`` gives them."""
    return {"kind": "entity", "key": e.key, "type": e.type.value, "label": e.label, "label_zh": e.label_zh or "",
            "label_en": e.label_en or "", "confirmed": e.confirmed, "iri": e.iri}


def _placed(g: nx.Graph) -> nx.Graph:
    """The graph with ``x`` and ``y`` on every node from the force-directed layout."""
    for node, (x, y) in force_layout(g).items():
        g.nodes[node].update(x=x, y=y)
    return g


def _speaking_entity(speaker, x) -> str | None:
    """The entity key that speaks: a named entity, or for the article's voice its publisher."""
    kind = getattr(speaker, "kind", None)
    if kind == "entity":
        return getattr(speaker, "key", None)
    if kind == "author" and x is not None:
        return x.publisher_entity
    return None


def _label(attrs: dict, node: str) -> str:
    for name in ("label", "label_zh", "label_en", "key"):
        value = attrs.get(name)
        if isinstance(value, str) and value.strip():
            return value
    return str(node)


def node_style(kind: str, type_: str, degree: int, top: int) -> dict:
    """Colour by type; size from the kind's smallest to its largest by the square root of
    the degree's share of the graph's largest degree."""
    r, g, b = NODE_COLOURS.get(type_.lower(), NODE_COLOURS.get(kind.lower(), _GREY))
    low, high = _SIZES.get(kind, (3.0, 8.0))
    share = math.sqrt(max(degree, 0) / top) if top > 0 else 0.0
    return {"r": r, "g": g, "b": b, "size": round(low + (high - low) * share, 2)}


def _number(value) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return 0.0
    return number if math.isfinite(number) else 0.0


def _polarity(score: float) -> str:
    return "favor" if score > 0 else "against" if score < 0 else "neutral"
