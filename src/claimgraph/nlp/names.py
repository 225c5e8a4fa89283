"""Catalog names found in a folded view by one left-to-right scan: a table from each
name's first character to the lengths of the names that start with it, tried longest
first, one hash lookup each. Linear in the length of the text, whatever the size of the
catalog (a regular-expression alternation of every name costs as much as segmentation).

Latin names match case-insensitively and with or without a space between their letters
(Open AI = OpenAI); a Latin name starts and ends at a word edge and does not stop before
a version (Veo3 is not in Veo3.1).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from types import MappingProxyType

_INNER_SPACE = re.compile(r"(?<=[a-z0-9.,&]) (?=[a-z0-9])")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


class NameIndex:
    """Longest-match lookup of folded names (lower-case, no spaces) to catalog keys."""

    def __init__(self, names: Mapping[str, str]):
        self._names: Mapping[str, str] = MappingProxyType(dict(names))
        lengths: dict[str, set[int]] = {}
        for name in names:
            if name:
                lengths.setdefault(name[0], set()).add(len(name))
        self._lengths: Mapping[str, tuple[int, ...]] = MappingProxyType(
            {c: tuple(sorted(ls, reverse=True)) for c, ls in lengths.items()})
        # the characters a name starts with: the scan leaps from one to the next
        self._first = re.compile("[" + "".join(map(re.escape, sorted(lengths))) + "]" if lengths else "(?!)")

    def get(self, folded: str) -> str | None:
        return self._names.get(folded)

    def __contains__(self, folded: object) -> bool:
        return folded in self._names

    def find(self, view: str) -> Iterator[tuple[int, int, str]]:
        """(start, end, key) of the longest name at each place, left to right, without overlap;
        offsets are into ``view``."""
        compact, where = _compact(view.translate(_ASCII_LOWER))
        n, i, first = len(compact), 0, self._first
        while i < n:
            leap = first.search(compact, i)
            if leap is None:
                return
            i = leap.start()
            hit = None
            for length in self._lengths.get(compact[i], ()):
                if i + length > n:
                    continue
                name = compact[i:i + length]
                key = self._names.get(name)
                if key is None:
                    continue
                start, end = where[i], where[i + length - 1] + 1
                if _edges_hold(view, start, end, name):
                    hit = (start, end, key, length)
                    break
            if hit is None:
                i += 1
                continue
            yield hit[:3]
            i += hit[3]


def _compact(lowered: str) -> tuple[str, range | list[int]]:
    """The text without a single space between two Latin letters or digits (Open AI), with
    the offset in the text of each character kept."""
    gaps = [m.start() for m in _INNER_SPACE.finditer(lowered)]
    if not gaps:
        return lowered, range(len(lowered))
    skipped = set(gaps)
    where = [i for i in range(len(lowered)) if i not in skipped]
    return "".join(lowered[i] for i in where), where


def _edges_hold(view: str, start: int, end: int, name: str) -> bool:
    """A name that starts (ends) with a Latin letter or digit starts (ends) at a word edge."""
    if _alnum(name[0]) and start > 0 and _alnum(view[start - 1]):
        return False
    if _alnum(name[-1]) and end < len(view):
        after = view[end]
        if _alnum(after) or (after in ".-" and end + 1 < len(view) and _alnum(view[end + 1])):
            return False
    return True
