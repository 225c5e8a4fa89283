"""The relations of one extracted article as (source text, type, target text): what the
relation tests compare, the claims told by their words."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import product

import opencc
import pytest

from claimgraph.graph import build_graph

_TRADITIONAL = opencc.OpenCC("s2t").convert


def relation_triples(x, lexicon) -> set[tuple[str, str, str]]:
    text = {c.id: c.text for c in x.claims}
    return {(text[r.source], r.type.value, text[r.target]) for r in build_graph([x], lexicon).relations}


def both_scripts(slots: Iterable[Iterable[str]], every: int,
                 case: Callable[..., tuple[str, ...]]) -> Iterator:
    """pytest params of one case in ``every`` of the product of ``slots`` (each slot's every
    value still appears where ``every`` divides none of their counts), each in simplified
    script and in traditional: ``case(*values)`` gives the texts of one."""
    for n, values in enumerate(product(*slots)):
        if n % every:
            continue
        texts = case(*values)
        yield pytest.param(*texts, id=f"{n}")
        yield pytest.param(*(_TRADITIONAL(t) for t in texts), id=f"{n}-t")
