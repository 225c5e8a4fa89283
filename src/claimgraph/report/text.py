"""An article's text cut into what an article page draws: runs of text that belong to
one claim (or to none), each made of pieces that are one mention (or none). Runs never
cross a claim's edge and pieces never cross a run's, so the markup nests; offsets are
the RDF's (code points into the article as decoded)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from .data import Claim, Fragment, Mention

__all__ = ["Piece", "Run", "runs"]


class Piece(NamedTuple):
    text: str
    entity: str | None  # the IRI of the entity this piece mentions


class Run(NamedTuple):
    claim: int | None  # index into the claims given
    pieces: tuple[Piece, ...]


def runs(fragment: Fragment, claims: Sequence[Claim], mentions: Sequence[Mention]) -> list[Run]:
    """The fragment as runs; where claims overlap, the one that starts first holds the text."""
    start, end = fragment.start, fragment.start + len(fragment.text)
    cuts = {start, end}
    for item in (*claims, *mentions):
        cuts.update(x for x in (item.start, item.end) if start < x < end)
    order = sorted(range(len(claims)), key=lambda i: (claims[i].start, claims[i].end))
    out: list[Run] = []
    bounds = sorted(cuts)
    for a, b in zip(bounds, bounds[1:], strict=False):
        claim = next((i for i in order if claims[i].start <= a and b <= claims[i].end), None)
        entity = next((m.entity for m in mentions if m.start <= a and b <= m.end), None)
        text = fragment.text[a - start:b - start]
        if out and out[-1].claim == claim:
            pieces = list(out[-1].pieces)
            if pieces[-1].entity == entity and entity is None:
                pieces[-1] = Piece(pieces[-1].text + text, None)
            elif pieces[-1].entity == entity and _adjacent_same_mention(mentions, entity, a):
                pieces[-1] = Piece(pieces[-1].text + text, entity)
            else:
                pieces.append(Piece(text, entity))
            out[-1] = Run(claim, tuple(pieces))
        else:
            out.append(Run(claim, (Piece(text, entity),)))
    return out


def _adjacent_same_mention(mentions: Sequence[Mention], entity: str | None, at: int) -> bool:
    """The cut at ``at`` lies inside one mention of ``entity`` (not between two mentions)."""
    return any(m.entity == entity and m.start < at < m.end for m in mentions)
