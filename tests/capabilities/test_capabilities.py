"""Every capability of the claim stage passes at least 95% of its generated variants
(``cases.py``: invented names and sentences, simplified and traditional, full- and
half-width punctuation, each quotation style)."""

from __future__ import annotations

import pytest

from claimgraph.ingest import parse_article

from .cases import CAPABILITIES, HEAD, check

PASS_RATE = 0.95


@pytest.mark.parametrize("name", sorted(CAPABILITIES))
def test_capability(name, nlp, extract):
    fold = nlp.get_pipe("claimgraph_entity_matcher_v1").folder.key
    cases = CAPABILITIES[name]()
    assert len(cases) >= 20
    failures = []
    for case in cases:
        reason = check(extract(HEAD + case.text), case, fold)
        if reason is not None:
            failures.append(f"{case.text}\n    {reason}")
    rate = 1 - len(failures) / len(cases)
    assert rate >= PASS_RATE, f"{name}: {rate:.0%} of {len(cases)} variants pass; failing:\n" + "\n".join(failures)


def test_cases_are_articles_with_a_body():
    text = HEAD + CAPABILITIES["cue verbs"]()[0].text
    assert parse_article(text.encode("utf-8"), "t.txt").body
