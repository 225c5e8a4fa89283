"""Shared fixtures: one pipeline for the whole session, and helpers that run the
per-article function on a short text written for the tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.catalog import load_catalog
from claimgraph.extract import process_article
from claimgraph.extract.lexicons import load_claim_lexicon
from claimgraph.extract.polarity import load_lexicon
from claimgraph.ingest import parse_article
from claimgraph.models import ArticleExtraction
from claimgraph.nlp import build_nlp

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).parent.parent


@pytest.fixture(scope="session")
def nlp():
    return build_nlp(load_catalog())


@pytest.fixture(scope="session")
def claim_lexicon(nlp):
    return load_claim_lexicon(nlp.get_pipe("claimgraph_entity_matcher_v1").folder)


@pytest.fixture(scope="session")
def extract(nlp, claim_lexicon):
    """extract(text) -> ArticleExtraction of ``text`` as an article file."""
    lexicon = load_lexicon()

    def run(text: str, name: str = "t.txt") -> ArticleExtraction:
        return process_article(parse_article(text.encode("utf-8"), name), nlp, lexicon, claim_lexicon)

    return run
