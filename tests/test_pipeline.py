"""End to end over one article: offsets are exact everywhere, ids are unique and stable."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.extract import process_article
from claimgraph.graph import build_graph
from claimgraph.ingest import read_article

ROOT = Path(__file__).parent.parent
ARTICLES = [ROOT / "tests" / "data" / "sample_article.txt", *sorted((ROOT / "corpus").glob("*.txt"))]


@pytest.fixture(scope="module", params=ARTICLES, ids=lambda p: p.name)
def extraction(request, nlp):
    return process_article(read_article(request.param), nlp)


def test_every_claim_and_mention_quotes_its_span(extraction):
    text = extraction.article.text
    assert extraction.claims and extraction.mentions
    for claim in extraction.claims:
        assert text[claim.span.start:claim.span.end] == claim.text
        assert not claim.text.endswith(("。", "，", ",", ";", "；"))
        for q in claim.quantities:
            assert text[q.span.start:q.span.end] == q.text
    for m in extraction.mentions:
        assert text[m.span.start:m.span.end] == m.text


def test_claims_do_not_overlap_and_have_unique_ids(extraction):
    spans = sorted((c.span.start, c.span.end) for c in extraction.claims)
    for (_, end), (start, _) in zip(spans, spans[1:]):
        assert end <= start
    assert len({c.iri for c in extraction.claims}) == len(extraction.claims)


def test_every_claim_names_the_rule_behind_its_speaker(extraction):
    for claim in extraction.claims:
        assert claim.speaker.rule.startswith("attribution.")
        assert claim.type_rule.startswith("type.")


def test_no_claim_comes_from_boilerplate_or_byline(extraction):
    excluded = extraction.article.metadata_spans
    for claim in extraction.claims:
        assert not any(r.start <= claim.span.start < r.end for r in excluded)


def test_graph_is_the_same_whatever_the_article_order(nlp):
    xs = [process_article(read_article(p), nlp) for p in ARTICLES]
    one, two = build_graph(xs), build_graph(list(reversed(xs)))
    assert [x.article.id for x in one.extractions] == [x.article.id for x in two.extractions]
    assert one.stances == two.stances and one.relations == two.relations
    assert sorted(one.graph.edges(keys=True)) == sorted(two.graph.edges(keys=True))
