"""The claim-type capabilities (``cases_types.py``), each passing at least 95% of its
generated variants."""

from __future__ import annotations

import pytest

from .cases import failures_of
from .cases_types import TYPES


@pytest.mark.parametrize("name", sorted(TYPES))
def test_type_capability(name, nlp, extract):
    fold = nlp.get_pipe("claimgraph_entity_matcher_v1").folder.key
    failed = failures_of(name, TYPES[name](), extract, fold)
    assert failed is None, failed
