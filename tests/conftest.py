"""Shared fixtures: one pipeline for the whole session, and helpers that run the
per-article function on a short text written for the tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.catalog import load_catalog
from claimgraph.extract import process_article
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
def extract(nlp):
    """extract(text) -> ArticleExtraction of ``text`` as an article file."""

    def run(text: str, name: str = "t.txt") -> ArticleExtraction:
        return process_article(parse_article(text.encode("utf-8"), name), nlp)

    return run
