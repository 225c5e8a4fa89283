"""The relations of one extracted article as (source text, type, target text): what the
relation tests compare, the claims told by their words."""

from __future__ import annotations

from claimgraph.graph import build_graph


def relation_triples(x, lexicon) -> set[tuple[str, str, str]]:
    text = {c.id: c.text for c in x.claims}
    return {(text[r.source], r.type.value, text[r.target]) for r in build_graph([x], lexicon).relations}
