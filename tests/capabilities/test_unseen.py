"""The capabilities unseen articles ask for (``cases_unseen.py``), each passing at least
95% of its generated variants; those not there yet are strict xfails."""

from __future__ import annotations

import pytest

from .cases import failures_of
from .cases_unseen import UNSEEN

NOT_YET: frozenset[str] = frozenset()


@pytest.mark.parametrize("name", [pytest.param(n, marks=pytest.mark.xfail(strict=True, reason="not built yet"))
                                  if n in NOT_YET else n for n in sorted(UNSEEN)])
def test_unseen_capability(name, nlp, extract):
    fold = nlp.get_pipe("claimgraph_entity_matcher_v1").folder.key
    failed = failures_of(name, UNSEEN[name](), extract, fold)
    assert failed is None, failed
