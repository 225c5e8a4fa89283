"""The capabilities unseen articles ask for (``cases_unseen.py``), each passing at least
95% of its generated variants; those not there yet are strict xfails."""

from __future__ import annotations

import pytest

from .cases import HEAD, check
from .cases_unseen import UNSEEN

PASS_RATE = 0.95
NOT_YET: frozenset[str] = frozenset({"whips of known parties"})


@pytest.mark.parametrize("name", [pytest.param(n, marks=pytest.mark.xfail(strict=True, reason="not built yet"))
                                  if n in NOT_YET else n for n in sorted(UNSEEN)])
def test_unseen_capability(name, nlp, extract):
    fold = nlp.get_pipe("claimgraph_entity_matcher_v1").folder.key
    cases = UNSEEN[name]()
    assert len(cases) >= 20
    failures = []
    for case in cases:
        reason = check(extract(HEAD + case.text), case, fold)
        if reason is not None:
            failures.append(f"{case.text}\n    {reason}")
    rate = 1 - len(failures) / len(cases)
    assert rate >= PASS_RATE, f"{name}: {rate:.0%} of {len(cases)} variants pass; failing:\n" + "\n".join(failures)
