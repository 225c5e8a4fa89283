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


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory):
    """Builds in the tests cache into a folder of their own, never the user's."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CLAIMGRAPH_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
        yield


@pytest.fixture(scope="session")
def nlp():
    return build_nlp(load_catalog())


@pytest.fixture(scope="session")
def claim_lexicon(nlp):
    return load_claim_lexicon(nlp.get_pipe("claimgraph_entity_matcher_v1").folder)


@pytest.fixture(scope="session")
def lexicon():
    """The polarity lexicon, read once for the session."""
    return load_lexicon()


@pytest.fixture(scope="session")
def extract(nlp, lexicon, claim_lexicon):
    """extract(text) -> ArticleExtraction of ``text`` as an article file."""

    def run(text: str, name: str = "t.txt") -> ArticleExtraction:
        return process_article(parse_article(text.encode("utf-8"), name), nlp, lexicon, claim_lexicon)

    return run


@pytest.fixture(scope="session")
def stance_nlp():
    """A pipeline that also knows the invented entities of ``data/stance_catalog.toml``."""
    return build_nlp(load_catalog([DATA / "stance_catalog.toml"]))


@pytest.fixture(scope="session")
def stance_extract(stance_nlp, lexicon):
    """stance_extract(body) -> ArticleExtraction of a one-heading article around ``body``."""
    claim_lexicon = load_claim_lexicon(stance_nlp.get_pipe("claimgraph_entity_matcher_v1").folder)

    def run(body: str, name: str = "s.txt") -> ArticleExtraction:
        return process_article(parse_article(f"测试新闻\n\n{body}\n".encode("utf-8"), name), stance_nlp, lexicon,
                               claim_lexicon)

    return run
