"""Exporters: they translate extractions into files, never link or extract.

``render_article`` turns one article (its extraction, stances and claim relations) into
its blocks of every file; ``KgSink`` (sink.py) writes the blocks of many articles, article
by article, and what spans them at the end; ``render`` does both in memory for a
``KnowledgeGraph`` (one article's ``inspect``, tests). A build writes the same bytes as
``render`` of the same articles.
"""

from __future__ import annotations

import gc
import io
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from ..graph import KnowledgeGraph, article_network
from ..models import ArticleExtraction, ClaimRelation, Entity, Stance
from .rdf import PREFIXES, VOCABULARY_TERMS, article_blocks
from .selectors import mention_texts, selector_texts
from .sink import FILES, KgSink
from .spill import edge_rows, node_rows
from .views import entity_pairs
from .writers import TermTexts, group_blocks, jsonld_nodes, ntriples_lines, terminated, turtle_block

__all__ = ["FILES", "KgSink", "RenderedArticle", "render", "render_article"]


@dataclass(slots=True)
class RenderedArticle:
    """One article's share of every file of ``kg/``."""

    # encoded here, in the worker: text crossing to the build's process would be encoded to
    # cross, decoded there, and encoded again to be written
    nt: bytes  # UTF-8 N-Triples lines of the article's named graph
    nq: bytes  # the same lines as N-Quads
    ttl: bytes
    jsonld: bytes
    nodes: list  # its part of the full Gephi graph, as the sink stores it (spill.node_rows: marshalled
    edges: list  # here, where they were made) and spill.edge_rows
    pair_claims: dict  # its share of the entity network
    pair_stances: dict
    pair_articles: dict  # labels of the article nodes its pairs use
    entities: tuple[Entity, ...]
    names: dict  # entity key -> the names it was found under
    date: str | None
    lines: list[str] = field(default_factory=list, repr=False)  # the N-Triples lines without " ."


def render_article(x: ArticleExtraction, stances: tuple[Stance, ...],
                   relations: tuple[ClaimRelation, ...]) -> RenderedArticle:
    """The blocks of every file for one article; raises ExportError when a text or IRI
    cannot be written."""
    with _collector_paused():
        return _render_article(x, stances, relations)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector held off while an article is rendered. Rendering
    makes some ten tuples, lists and strings a triple (hundreds of thousands an article)
    that reference counting frees; every 700 of them would set off a collection, and the
    occasional full one walks the worker's whole heap (the spaCy pipeline and lexicons):
    a fifth of rendering's CPU, to free nothing. The few cycles made (networkx's views)
    are collected by the first collection after it."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _render_article(x: ArticleExtraction, stances: tuple[Stance, ...],
                    relations: tuple[ClaimRelation, ...]) -> RenderedArticle:
    selected: dict = {}  # the quoted spans, whose selector nodes are written from templates
    mentions: list = []  # the mention nodes, written from templates too
    triples = group_blocks(article_blocks(x, stances, relations, selected, mentions))
    terms = TermTexts(PREFIXES, VOCABULARY_TERMS)  # each term written once for the three syntaxes
    fixed = selector_texts(selected, x.article.text, x.article.iri, terms)
    mention_texts(mentions, x.article.iri, terms, fixed)
    lines = ntriples_lines(triples, terms, fixed.nt)
    nt = terminated(lines, " .\n").encode()
    nodes, edges = article_network(x, stances, relations)
    pair_claims, pair_stances, pair_articles = entity_pairs(x, stances)
    names: dict[str, set[str]] = defaultdict(set)
    for m in x.mentions:
        names[m.entity].add(m.text)
    return RenderedArticle(
        # the N-Quads lines are the N-Triples lines with the graph before " .": a line's one
        # line break is its end (N-Triples escapes any other in a literal)
        nt=nt, nq=nt.replace(b" .\n", f" <{x.article.iri}> .\n".encode()),
        ttl=turtle_block(triples, PREFIXES, terms, fixed.turtle).encode(),
        jsonld=jsonld_nodes(triples, PREFIXES, terms, fixed.jsonld).encode(),
        nodes=node_rows(nodes), edges=edge_rows(edges),
        pair_claims=pair_claims, pair_stances=pair_stances, pair_articles=pair_articles, entities=x.entities,
        names={k: tuple(sorted(v)) for k, v in sorted(names.items())},
        date=x.article.date_published.isoformat() if x.article.date_published else None, lines=lines)


def render(kg: KnowledgeGraph) -> dict[str, bytes]:
    """File name -> bytes of everything a build of ``kg``'s articles writes into ``kg/``."""
    stances: dict[str, list[Stance]] = defaultdict(list)
    for s in kg.stances:
        stances[s.article].append(s)
    claim_article = {c.id: c.article for c in kg.claims}
    relations: dict[str, list[ClaimRelation]] = defaultdict(list)
    for r in kg.relations:
        relations[claim_article.get(r.source, "")].append(r)
    texts: dict[str, io.StringIO | io.BytesIO] = {}

    def open_file(name: str, binary: bool) -> io.StringIO | io.BytesIO:
        texts[name] = io.BytesIO() if binary else io.StringIO()
        return texts[name]

    sink = KgSink(open_file)
    for x in kg.extractions:
        aid = x.article.id
        sink.add(render_article(x, tuple(stances[aid]), tuple(relations[aid])))
    sink.close()
    return {name: _encoded(texts[name].getvalue()) for name in FILES}


def _encoded(content: str | bytes) -> bytes:
    return content if isinstance(content, bytes) else content.encode("utf-8")
