"""Catalog names found in a folded view by one left-to-right scan: at each place, the text
is read on one character at a time while it still begins a name (a table of every name's
beginnings, one hash lookup each), and the longest name found there is tried first.
Linear in the length of the text, whatever the size of the catalog (a regular-expression
alternation of every name costs as much as segmentation).

Latin names match case-insensitively and with or without a space between their letters
(Open AI = OpenAI); a Latin name starts and ends at a word edge and does not stop before
a version (Veo3 is not in Veo3.1).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from types import MappingProxyType

_INNER_SPACE = re.compile(r"(?<=[a-z0-9.,&]) (?=[a-z0-9])")
_NO_STEM = object()  # what the table of names' beginnings gives for text that begins none
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


class NameIndex:
    """Longest-match lookup of folded names (lower-case, no spaces) to catalog keys."""

    def __init__(self, names: Mapping[str, str]):
        self._names: Mapping[str, str] = MappingProxyType(dict(names))
        # every beginning of a name, with the name's key where it is a whole name (None where
        # it is only the beginning of one): the scan reads on from a place while it is one
        stems: dict[str, str | None] = {}
        for name, key in names.items():
            for k in range(1, len(name)):
                stems.setdefault(name[:k], None)
        stems.update((name, key) for name, key in names.items() if name)
        self._stems: Mapping[str, str | None] = MappingProxyType(stems)
        # the characters a name starts with: the scan leaps from one to the next
        firsts = sorted({name[0] for name in names if name})
        self._first = re.compile("[" + "".join(map(re.escape, firsts)) + "]" if firsts else "(?!)")

    def get(self, folded: str) -> str | None:
        return self._names.get(folded)

    def __contains__(self, folded: object) -> bool:
        return folded in self._names

    def find(self, view: str, held: Callable[[int, int], bool] = lambda start, end: True,
             ) -> Iterator[tuple[int, int, str]]:
        """(start, end, key) of the longest name at each place, left to right, without overlap;
        offsets are into ``view``. ``held(start, end)`` says whether a name's place fits the
        text around it (on the segmenter's word edges): where the longest does not, a shorter
        name at the same place may (京东 where 京东方 would cut the word 方面)."""
        compact, where = _compact(view.translate(_ASCII_LOWER))
        n, resume, stems = len(compact), 0, self._stems
        # a name starts only where a name's first two characters do (or a one-character name is)
        places = [i for i in (m.start() for m in self._first.finditer(compact))
                  if compact[i:i + 2] in stems or stems[compact[i]] is not None]
        for i in places:
            if i < resume:
                continue  # inside the name found last
            found, j = [], i + 1  # the names that start at i: (end, key), shortest first
            while (key := stems.get(compact[i:j], _NO_STEM)) is not _NO_STEM:
                if key is not None:
                    found.append((j, key))
                if j == n:
                    break
                j += 1
            for j, key in reversed(found):  # the longest whose edges hold
                start, end = where[i], where[j - 1] + 1
                if _edges_hold(view, start, end, compact[i:j]) and held(start, end):
                    yield start, end, key
                    resume = j
                    break


def _compact(lowered: str) -> tuple[str, range | list[int]]:
    """The text without a single space between two Latin letters or digits (Open AI), with
    the offset in the text of each character kept."""
    gaps = [m.start() for m in _INNER_SPACE.finditer(lowered)]
    if not gaps:
        return lowered, range(len(lowered))
    where: list[int] = []
    for start, gap in zip([-1, *gaps], [*gaps, len(lowered)]):  # the stretches between two gaps
        where.extend(range(start + 1, gap))
    return _INNER_SPACE.sub("", lowered), where


def _edges_hold(view: str, start: int, end: int, name: str) -> bool:
    """A name that starts (ends) with a Latin letter or digit starts (ends) at a word edge."""
    if _alnum(name[0]) and start > 0 and _alnum(view[start - 1]):
        return False
    if _alnum(name[-1]) and end < len(view):
        after = view[end]
        if _alnum(after) or (after in ".-" and end + 1 < len(view) and _alnum(view[end + 1])):
            return False
    return True
