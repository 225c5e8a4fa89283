"""The article's words as the claim rules see them: the segmenter's tokens over the
folded view, with every entity mention one token of its own (a name jieba cut in two is
one word; a word that runs into a name is cut at the name's edges)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from copy import copy
from itertools import chain
from collections.abc import Iterable, Iterator, Sequence

from ..models import Mention

_BLANK = re.compile(r"\s")  # the characters str.isspace calls blank


class Tokens:
    """Token spans of a text (offsets into the folded view), sorted and non-overlapping."""

    def __init__(self, view: str, spans: Iterable[tuple[int, int]], mentions: Sequence[Mention] = ()):
        cuts = set(chain.from_iterable(spans))
        cuts.update((0, len(view)))
        cuts.intersection_update(range(len(view) + 1))
        self.view = view
        self._segmenter_cuts = frozenset(cuts)
        self._blanks = frozenset([m.start() for m in _BLANK.finditer(view)])
        self._cut(_edges(mentions))

    def with_mentions(self, mentions: Sequence[Mention]) -> Tokens:
        """The same segmenter's tokens with these mentions each one token instead (the
        segmenter's cuts are read once; where the mentions lie where these tokens' do,
        these tokens)."""
        edges = _edges(mentions)
        if edges == self._mentions:
            return self
        tokens = copy(self)
        tokens._cut(edges)
        return tokens

    def _cut(self, edges: frozenset[tuple[int, int]]) -> None:
        """The tokens with the mentions whose (start, end) are ``edges`` each one token."""
        view = self.view
        self._mentions = edges
        cuts = set(self._segmenter_cuts)
        inside = set()
        for start, end in edges:
            cuts.update(e for e in (start, end) if 0 <= e <= len(view))
            inside.update(range(start + 1, end))
        cuts -= inside
        points = sorted(cuts)
        starts, ends = points[:-1], points[1:]
        # a blank is no token: only a stretch that starts on a blank character may be one, so
        # only those are looked at (from the last, that the indices of the others hold)
        for i in sorted([bisect_left(points, a) for a in self._blanks.intersection(starts)], reverse=True):
            if view[starts[i]:ends[i]].isspace():
                del starts[i], ends[i]
        self._spans = tuple(zip(starts, ends))
        self._starts, self._ends = tuple(starts), tuple(ends)
        self.boundaries = frozenset(points)

    def __len__(self) -> int:
        return len(self._spans)

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return iter(self._spans)

    def between(self, start: int, end: int) -> Sequence[tuple[int, int]]:
        """The tokens that lie wholly inside ``[start, end)``."""
        i = bisect_left(self._starts, start)
        j = bisect_right(self._ends, end)
        return self._spans[i:max(i, j)]

    def holding(self, points: Sequence[int], start: int, end: int) -> list[tuple[int, int]]:
        """The tokens that lie wholly inside ``[start, end)`` and hold one of the sorted
        ``points``, in order: ``between`` without the tokens none of them lies in."""
        out: list[tuple[int, int]] = []
        for pos in points:
            i = bisect_right(self._starts, pos) - 1
            if i >= 0 and pos < self._ends[i] and start <= self._starts[i] and self._ends[i] <= end \
                    and (not out or out[-1][0] != self._starts[i]):
                out.append(self._spans[i])
        return out

    def clipped(self, start: int, end: int) -> list[tuple[int, int]]:
        """The tokens that overlap ``[start, end)``, cut to it (她续|指: the 她 of 她续)."""
        i = max(0, bisect_right(self._starts, start) - 1)
        out = []
        for a, b in self._spans[i:]:
            if a >= end:
                break
            if b > start:
                out.append((max(a, start), min(b, end)))
        return out

    def words(self, start: int, end: int) -> list[str]:
        return [self.view[a:b] for a, b in self.between(start, end)]

    def index(self, pos: int) -> int:
        """The index of the first token that starts at or after ``pos``."""
        return bisect_left(self._starts, pos)

    def at(self, pos: int) -> tuple[int, int] | None:
        """The token that starts at ``pos``."""
        i = bisect_left(self._starts, pos)
        return self._spans[i] if i < len(self._spans) and self._starts[i] == pos else None

    def covering(self, pos: int) -> tuple[int, int] | None:
        """The token that holds the character at ``pos``."""
        i = bisect_right(self._starts, pos) - 1
        return self._spans[i] if i >= 0 and self._spans[i][0] <= pos < self._spans[i][1] else None

    def next_start(self, pos: int, limit: int) -> int:
        """Where the first token at or after ``pos`` starts (``limit`` if none before it)."""
        i = bisect_left(self._starts, pos)
        return min(self._starts[i], limit) if i < len(self._starts) else limit

    def previous(self, pos: int) -> tuple[int, int] | None:
        """The last token that ends at or before ``pos``."""
        i = bisect_right(self._ends, pos) - 1
        return self._spans[i] if i >= 0 else None


def _edges(mentions: Sequence[Mention]) -> frozenset[tuple[int, int]]:
    """The (start, end) of each mention: all the tokens depend on."""
    return frozenset([(m.span.start, m.span.end) for m in mentions])
