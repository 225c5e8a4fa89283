"""The two graphs Gephi users open, derived from the knowledge graph (never linked here):

- ``full_view``: articles, claims, entities and unnamed sources with every relation of
  ``kg.graph``; nodes coloured by type and sized by degree, edges labelled and weighted.
- ``entity_network``: entity -> entity, one edge per ordered pair, through the claims a
  speaker makes about an entity and the stances it takes; weighted by the number of
  claims, signed by the stance.

Node attributes the writers read: ``label`` (shown by Gephi), ``r``/``g``/``b`` (colour),
``size``; every other scalar attribute becomes a typed column. Edge attributes: ``label``,
``weight`` (always > 0: Gephi drops edges of weight 0), the rest columns.
"""

from __future__ import annotations

import math
from collections import defaultdict
from types import MappingProxyType

import networkx as nx

from ..graph import KnowledgeGraph

__all__ = ["EntityPairs", "entity_network", "entity_node", "entity_pairs", "full_view", "styled"]

# (r, g, b) by node type; colour-blind-friendly Tableau 10 where it reaches.
_COLOURS = MappingProxyType({
    "person": (225, 87, 89), "organization": (78, 121, 167), "product": (242, 142, 43),
    "creativework": (176, 122, 161), "concept": (89, 161, 79), "place": (118, 183, 178),
    "newsarticle": (121, 112, 108), "unnamedsource": (186, 176, 172),
    "fact": (156, 117, 95), "statistic": (237, 201, 72), "opinion": (255, 157, 167),
    "prediction": (148, 103, 189),
})
_GREY = (160, 160, 160)
_BASE_SIZE = MappingProxyType({"article": 24.0, "entity": 12.0, "unnamed": 8.0, "claim": 5.0})
_MIN_WEIGHT = 0.05  # Gephi drops an edge of weight 0


def full_view(kg: KnowledgeGraph) -> nx.MultiDiGraph:
    """A copy of ``kg.graph`` with Gephi's label, colour, size and weight on every element."""
    return styled(kg.graph)


def styled(source: nx.MultiDiGraph, in_place: bool = False) -> nx.MultiDiGraph:
    """A knowledge graph's networkx graph with Gephi's label, colour, size and weight on
    every element: a copy, or ``source`` itself when ``in_place`` (half the memory)."""
    g = source if in_place else source.copy()
    for node, attrs in g.nodes(data=True):
        attrs["label"] = _label(attrs, node)
        attrs.update(_style(str(attrs.get("kind", "")), str(attrs.get("type", "")), g.degree(node)))
        attrs["degree"] = int(g.degree(node))
    for _, _, attrs in g.edges(data=True):
        relation = str(attrs.get("relation", "related"))
        attrs["relation"] = relation
        if relation == "stance":
            score = _number(attrs.get("score", attrs.get("weight")))
            attrs["score"] = score
            attrs["polarity"] = str(attrs.get("polarity") or _polarity(score))
            attrs["weight"] = max(abs(score), _MIN_WEIGHT)
            attrs.setdefault("label", f"stance: {attrs['polarity']}")
        else:
            attrs["weight"] = max(_number(attrs.get("weight", 1.0)), _MIN_WEIGHT)
            attrs.setdefault("label", relation)
    return g


def entity_network(kg: KnowledgeGraph) -> nx.DiGraph:
    """Entity -> entity: who speaks about whom (``claims``) and where they stand (``score``)."""
    pairs = EntityPairs()
    by_article: dict[str, list] = defaultdict(list)
    for s in kg.stances:
        by_article[s.article].append(s)
    for x in kg.extractions:
        pairs.add(*entity_pairs(x, by_article.get(x.article.id, ())))
    return pairs.network(kg.entities)


def entity_pairs(x, stances) -> tuple[dict[tuple[str, str], int], dict[tuple[str, str], list[tuple[float, int, str]]]]:
    """One article's share of the entity network: claims per (speaker, target) and the
    stances (score, evidence count, polarity) per (holder, target)."""
    claims: dict[tuple[str, str], int] = defaultdict(int)
    for claim in x.claims:
        speaker = _speaking_entity(claim.speaker, x)
        for target in sorted(set(claim.about)):
            if speaker and target != speaker:
                claims[(speaker, target)] += 1
    held: dict[tuple[str, str], list[tuple[float, int, str]]] = defaultdict(list)
    for s in stances:
        holder = _speaking_entity(getattr(s, "holder", None), x)
        target = getattr(s, "target", None)
        if holder and target and holder != target:
            polarity = getattr(getattr(s, "polarity", None), "value", "neutral")
            held[(holder, target)].append(
                (_number(getattr(s, "score", 0.0)), max(len(getattr(s, "evidence", ()) or ()), 1), polarity))
    return dict(claims), dict(held)


class EntityPairs:
    """The entity network summed over articles, added one article at a time (its size
    grows with the pairs of entities, not with the corpus)."""

    def __init__(self) -> None:
        self.claims: dict[tuple[str, str], int] = defaultdict(int)
        self.stances: dict[tuple[str, str], list[tuple[float, int, str]]] = defaultdict(list)

    def add(self, claims: dict, stances: dict) -> None:
        for pair, n in claims.items():
            self.claims[tuple(pair)] += n
        for pair, held in stances.items():
            self.stances[tuple(pair)].extend(tuple(h) for h in held)

    def network(self, entities) -> nx.DiGraph:
        claims, stances = self.claims, self.stances
        g = nx.DiGraph()
        for key, e in entities.items():
            g.add_node(f"entity:{key}", **entity_node(e))
        for pair in sorted(set(claims) | set(stances)):
            if any(f"entity:{k}" not in g for k in pair):
                continue
            attrs = {"relation": "about", "claims": claims.get(pair, 0), "score": 0.0,
                     "polarity": "none", "sign": 0, "stances": 0}
            if pair in stances:
                held = stances[pair]
                evidence = sum(n for _, n, _ in held)
                score = round(sum(sc * n for sc, n, _ in held) / evidence, 4)
                kinds = {p for _, _, p in held}
                polarity = kinds.pop() if len(kinds) == 1 else _polarity(score)
                attrs.update(relation="stance", score=score, polarity=polarity, stances=len(held),
                             sign={"favor": 1, "against": -1}.get(polarity, 0))
            attrs["weight"] = float(max(attrs["claims"], 1))
            attrs["label"] = attrs["polarity"] if attrs["relation"] == "stance" else "about"
            g.add_edge(f"entity:{pair[0]}", f"entity:{pair[1]}", **attrs)
        for node in g.nodes:
            data = g.nodes[node]
            data.update(_style("entity", data["type"], g.degree(node)))
            data["degree"] = int(g.degree(node))
        return g


def entity_node(e) -> dict:
    """An entity node's attributes, as ``graph.KnowledgeGraph.graph`` gives them."""
    return {"kind": "entity", "key": e.key, "type": e.type.value, "label": e.label, "label_zh": e.label_zh or "",
            "label_en": e.label_en or "", "confirmed": e.confirmed, "iri": e.iri}


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


def _style(kind: str, type_: str, degree: int) -> dict:
    r, g, b = _COLOURS.get(type_.lower(), _COLOURS.get(kind.lower(), _GREY))
    size = _BASE_SIZE.get(kind, 6.0) + 3.0 * math.sqrt(max(degree, 0))
    return {"r": r, "g": g, "b": b, "size": round(size, 2)}


def _number(value) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return 0.0
    return number if math.isfinite(number) else 0.0


def _polarity(score: float) -> str:
    return "favor" if score > 0 else "against" if score < 0 else "neutral"
