"""The one place where things are linked: entities merged across articles, stances
aggregated per holder, target and article, claim relations; the result held as a
networkx MultiDiGraph whose nodes carry plain attributes for the exporters.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import networkx as nx

from .models import (
    ArticleExtraction, Claim, ClaimRelation, Entity, Polarity, RelationType, Speaker, Stance, holder_key,
)

_STANCE_THRESHOLD = 0.15  # mean signed score a stance needs to lean one way


@dataclass(frozen=True)
class KnowledgeGraph:
    """Everything the exporters write: the extractions, merged entities, stances, relations."""

    extractions: tuple[ArticleExtraction, ...]
    entities: dict[str, Entity]
    names_seen: dict[str, tuple[str, ...]]
    stances: tuple[Stance, ...]
    relations: tuple[ClaimRelation, ...]
    graph: nx.MultiDiGraph = field(repr=False)

    @property
    def claims(self) -> Iterable[Claim]:
        for x in self.extractions:
            yield from x.claims


def build_graph(extractions: Sequence[ArticleExtraction]) -> KnowledgeGraph:
    """Link the articles' extractions into one graph (order-independent: sorted by article id)."""
    extractions = tuple(sorted(extractions, key=lambda x: x.article.id))
    entities, names = _merge_entities(extractions)
    stances = tuple(s for x in extractions for s in _stances(x))
    relations = tuple(r for x in extractions for r in _relations(x))
    graph = _networkx(extractions, entities, stances, relations)
    return KnowledgeGraph(extractions, entities, names, stances, relations, graph)


def _merge_entities(extractions: Sequence[ArticleExtraction]) -> tuple[dict[str, Entity], dict[str, tuple[str, ...]]]:
    entities: dict[str, Entity] = {}
    seen: dict[str, set[str]] = defaultdict(set)
    for x in extractions:
        for e in x.entities:
            known = entities.get(e.key)
            if known is None or (e.confirmed and not known.confirmed):
                entities[e.key] = e
        for m in x.mentions:
            seen[m.entity].add(m.text)
    return dict(sorted(entities.items())), {k: tuple(sorted(v)) for k, v in sorted(seen.items())}


def _stances(x: ArticleExtraction) -> list[Stance]:
    """One stance per holder and target: the mean of the claims' signed scores, over the
    claims that evaluate the target at all; neutral where they cancel out."""
    groups: dict[tuple[str, str], list[tuple[Claim, float]]] = defaultdict(list)
    holders: dict[str, Speaker] = {}
    for claim in x.claims:
        hk = holder_key(claim.speaker)
        holders.setdefault(hk, claim.speaker)
        for tp in claim.polarities:
            if tp.polarity is not Polarity.NEUTRAL and tp.entity != claim.speaker.key:
                groups[(hk, tp.entity)].append((claim, tp.score))
    out = []
    for (hk, target), evidence in sorted(groups.items()):
        mean = sum(score for _, score in evidence) / len(evidence)
        polarity = Polarity.FAVOR if mean > _STANCE_THRESHOLD else Polarity.AGAINST if mean < -_STANCE_THRESHOLD else Polarity.NEUTRAL
        out.append(Stance(article=x.article.id, holder=holders[hk], target=target, polarity=polarity,
                          score=round(max(-1.0, min(1.0, mean)), 4), evidence=tuple(c.id for c, _ in evidence)))
    return out


def _relations(x: ArticleExtraction) -> list[ClaimRelation]:
    """Claim relations the text signals: 对此 + a contrary evaluation disputes the claim
    answered; a contrast (但, 然而) in the same sentence qualifies the clause before it."""
    out: list[ClaimRelation] = []
    claims = x.claims
    answered: Claim | None = None
    responder: str | None = None
    for i, claim in enumerate(claims):
        speaker = holder_key(claim.speaker)
        if claim.responds and i > 0:
            answered = next((c for c in reversed(claims[:i]) if holder_key(c.speaker) != speaker), None)
            responder = speaker
        elif speaker != responder:
            answered = responder = None
        if answered is not None and speaker == responder:
            shared = set(claim.about) & set(answered.about)
            if any(tp.entity in shared and tp.polarity is Polarity.AGAINST for tp in claim.polarities):
                out.append(ClaimRelation(source=claim.id, target=answered.id, type=RelationType.DISPUTES,
                                         rule="relation.response_contrary.v1"))
        if claim.contrast and i > 0 and holder_key(claims[i - 1].speaker) == speaker:
            out.append(ClaimRelation(source=claim.id, target=claims[i - 1].id, type=RelationType.QUALIFIES,
                                     rule="relation.contrast_same_sentence.v1"))
    return out


def _networkx(extractions, entities, stances, relations) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for key, e in entities.items():
        g.add_node(f"entity:{key}", kind="entity", key=key, type=e.type.value, label=e.label,
                   label_zh=e.label_zh or "", label_en=e.label_en or "", confirmed=e.confirmed, iri=e.iri)
    for x in extractions:
        a = x.article
        doc = f"article:{a.id}"
        g.add_node(doc, kind="article", key=a.id, type="NewsArticle", label=a.headline or a.path, iri=a.iri)
        for key in sorted({m.entity for m in x.mentions}):
            g.add_edge(doc, f"entity:{key}", key=f"mentions:{a.id}:{key}", relation="mentions")
        for claim in x.claims:
            cid = f"claim:{claim.id}"
            g.add_node(cid, kind="claim", key=claim.id, type=claim.type.value, label=claim.text,
                       hedged=claim.hedged, conditional=claim.conditional, start=claim.span.start,
                       end=claim.span.end, speaker_rule=claim.speaker.rule, iri=claim.iri)
            g.add_edge(cid, doc, key=f"appearance:{claim.id}", relation="appearance")
            g.add_edge(_speaker_node(claim.speaker, x), cid, key=f"author:{claim.id}", relation="author")
            for key in claim.about:
                g.add_edge(cid, f"entity:{key}", key=f"about:{claim.id}:{key}", relation="about")
    for s in stances:
        x = next(e for e in extractions if e.article.id == s.article)
        g.add_edge(_speaker_node(s.holder, x), f"entity:{s.target}", key=f"stance:{s.article}:{holder_key(s.holder)}:{s.target}",
                   relation="stance", polarity=s.polarity.value, weight=s.score)
    for r in relations:
        g.add_edge(f"claim:{r.source}", f"claim:{r.target}", key=f"{r.type.value}:{r.source}:{r.target}",
                   relation=r.type.value)
    for node, data in g.nodes(data=True):
        if node.startswith("unnamed:"):
            data.update(kind="unnamed", key=node, type="UnnamedSource", label=node.rsplit(":", 1)[1])
    return g


def _speaker_node(speaker: Speaker, x: ArticleExtraction) -> str:
    """The node a speaker is: an entity, an unnamed source of this article, or the article's voice."""
    if speaker.kind == "entity":
        return f"entity:{speaker.key}"
    if speaker.kind == "unnamed":
        return f"unnamed:{x.article.id}:{speaker.key}"
    if x.publisher_entity:
        return f"entity:{x.publisher_entity}"
    return f"article:{x.article.id}"
