"""The one place where things are linked: entities merged across articles, stances
aggregated per holder, target and article, claim relations; the result held as a
networkx MultiDiGraph whose nodes carry plain attributes for the exporters.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import networkx as nx

from .extract.evaluation import ClauseMemo
from .extract.polarity import Lexicon, load_lexicon
from .extract.reading import ArticleView
from .extract.relations import article_relations
from .extract.stances import article_stances
from .nlp.normalize import Folder
from .models import ArticleExtraction, Claim, ClaimRelation, Entity, Polarity, Speaker, Stance, holder_key

_NEUTRAL_WEIGHT = 0.01  # a neutral stance's edge weight (Gephi drops weight-0 edges)


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


def build_graph(extractions: Sequence[ArticleExtraction], lexicon: Lexicon | None = None) -> KnowledgeGraph:
    """Link the articles' extractions into one graph (order-independent: sorted by article id).
    ``lexicon``: the one the extractions were made with (read from the package when not given)."""
    extractions = tuple(sorted(extractions, key=lambda x: x.article.id))
    entities, names = _merge_entities(extractions)
    lex, folder = lexicon or load_lexicon(), Folder()
    articles = [ArticleView(x, folder.view(x.article.text), lex) for x in extractions]
    stances = tuple(s for a in articles for s in article_stances(a))
    relations = tuple(r for a in articles for r in article_relations(a))
    graph = _networkx(extractions, entities, stances, relations)
    return KnowledgeGraph(extractions, entities, names, stances, relations, graph)


def link_article(x: ArticleExtraction, lexicon: Lexicon, folder: Folder, memo: ClauseMemo | None = None,
                 ) -> tuple[tuple[Stance, ...], tuple[ClaimRelation, ...]]:
    """One article's stances and claim relations: they read nothing but the article, so a
    worker links each article on its own (``build_graph`` gives the same, article by article).
    ``memo``: the clause readings the article's extraction made, when it was just extracted."""
    a = ArticleView(x, _view(x, folder, memo), lexicon, memo)
    return tuple(article_stances(a)), tuple(article_relations(a))


def _view(x: ArticleExtraction, folder: Folder, memo: ClauseMemo | None) -> str:
    """The article's folded view: the one its extraction folded, kept in ``memo``, else folded again
    (a memo filled by no extraction, or by a part of a long article, has none of the article's length)."""
    if memo is not None and memo.view is not None and len(memo.view) == len(x.article.text):
        return memo.view
    return folder.view(x.article.text)


def article_network(x: ArticleExtraction, stances: Sequence[Stance], relations: Sequence[ClaimRelation],
                    ) -> tuple[list[tuple[str, dict]], list[tuple[str, str, str, dict]]]:
    """One article's part of ``KnowledgeGraph.graph``: its (node, attributes) and its (source,
    target, key, attributes), each element once, as that graph holds them (its entity nodes
    carry no attributes: the caller describes the merged entities once); the edges in no
    particular order."""
    elements = _Elements()
    _fill(elements, [x], {}, stances, relations)
    return list(elements.node_data.items()), [(u, v, key, data) for (u, v, key), data in elements.edge_data.items()]


class _Elements:
    """The part of networkx's MultiDiGraph that ``_fill`` uses, held as two dicts: an
    article's elements for the sink, which holds the graph, without building one (its
    adjacency, views and caches: some tenth of rendering an article)."""

    def __init__(self) -> None:
        self.node_data: dict[str, dict] = {}
        self.edge_data: dict[tuple[str, str, str], dict] = {}

    def add_node(self, node: str, **attrs) -> None:
        known = self.node_data.get(node)
        if known is None:
            self.node_data[node] = attrs
        else:
            known.update(attrs)

    def add_edge(self, u: str, v: str, key: str, **attrs) -> None:
        self.node_data.setdefault(u, {})
        self.node_data.setdefault(v, {})
        known = self.edge_data.get((u, v, key))
        if known is None:
            self.edge_data[u, v, key] = attrs
        else:
            known.update(attrs)

    def nodes(self, data: bool) -> Iterable[tuple[str, dict]]:
        return self.node_data.items()


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


def _networkx(extractions, entities, stances, relations) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    _fill(g, extractions, entities, stances, relations)
    return g


def _fill(g: nx.MultiDiGraph | _Elements, extractions, entities, stances, relations) -> None:
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
            claim_id = claim.id  # made from the claim's fields at each reading
            cid = f"claim:{claim_id}"
            g.add_node(cid, kind="claim", key=claim_id, type=claim.type.value, label=claim.text,
                       hedged=claim.hedged, conditional=claim.conditional, start=claim.span.start,
                       end=claim.span.end, speaker_rule=claim.speaker.rule, iri=claim.iri)
            g.add_edge(cid, doc, key=f"appearance:{claim_id}", relation="appearance")
            g.add_edge(_speaker_node(claim.speaker, x), cid, key=f"author:{claim_id}", relation="author")
            for key in claim.about:
                g.add_edge(cid, f"entity:{key}", key=f"about:{claim_id}:{key}", relation="about")
    by_id = {e.article.id: e for e in extractions}
    for s in stances:
        x = by_id[s.article]
        g.add_edge(_speaker_node(s.holder, x), f"entity:{s.target}", key=f"stance:{s.article}:{holder_key(s.holder)}:{s.target}",
                   relation="stance", polarity=s.polarity.value, label=s.polarity.value, weight=_edge_weight(s),
                   score=s.score, signed_weight=_edge_weight(s), evidence=s.evidence, evidence_claims=len(s.evidence),
                   iri=s.iri)
    for r in relations:
        g.add_edge(f"claim:{r.source}", f"claim:{r.target}", key=f"{r.type.value}:{r.source}:{r.target}",
                   relation=r.type.value)
    for node, data in g.nodes(data=True):
        if node.startswith("unnamed:"):
            data.update(kind="unnamed", key=node, type="UnnamedSource", label=node.rsplit(":", 1)[1])


def _edge_weight(stance: Stance) -> float:
    """A stance's signed weight for Gephi: its sign is the polarity, never 0 (Gephi drops
    weight-0 edges), so a neutral stance weighs a small positive epsilon."""
    magnitude = max(abs(stance.score), _NEUTRAL_WEIGHT)
    if stance.polarity is Polarity.FAVOR:
        return round(magnitude, 4)
    if stance.polarity is Polarity.AGAINST:
        return -round(magnitude, 4)
    return _NEUTRAL_WEIGHT


def _speaker_node(speaker: Speaker, x: ArticleExtraction) -> str:
    """The node a speaker is: an entity, an unnamed source of this article, or the article's voice."""
    if speaker.kind == "entity":
        return f"entity:{speaker.key}"
    if speaker.kind == "unnamed":
        return f"unnamed:{x.article.id}:{speaker.key}"
    if x.publisher_entity:
        return f"entity:{x.publisher_entity}"
    return f"article:{x.article.id}"
