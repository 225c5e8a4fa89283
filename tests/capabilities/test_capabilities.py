"""Every capability of the claim stage passes at least 95% of its generated variants
(``cases.py``: invented names and sentences, simplified and traditional, full- and
half-width punctuation, each quotation style)."""

from __future__ import annotations

import pytest

from claimgraph.ingest import parse_article

from .cases import CAPABILITIES, HEAD, failures_of



@pytest.mark.parametrize("name", sorted(CAPABILITIES))
def test_capability(name, nlp, extract):
    fold = nlp.get_pipe("claimgraph_entity_matcher_v1").folder.key
    failed = failures_of(name, CAPABILITIES[name](), extract, fold)
    assert failed is None, failed


def test_cases_are_articles_with_a_body():
    text = HEAD + CAPABILITIES["cue verbs"]()[0].text
    assert parse_article(text.encode("utf-8"), "t.txt").body
