"""Plain-text tables for a terminal: columns aligned by display width (a CJK character
takes two columns, a combining mark none), and, given a width, long cells wrapped so that
no line is wider than the terminal."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Collection, Sequence

__all__ = ["display_width", "text_table", "wrap_cell"]

_GAP = "  "
_MIN_WRAPPED = 8  # columns a wrapped cell keeps however narrow the terminal
_WORDS = re.compile(r"(\s*)(\S+)")


def display_width(text: str) -> int:
    """Columns a terminal gives ``text``: two for wide (CJK) characters, none for
    combining marks and format characters."""
    return sum(_char_width(ch) for ch in text)


def text_table(names: Sequence[str], rows: Sequence[Sequence[str]], *, width: int | None = None,
               wrap: Collection[str] = ()) -> str:
    """Rows under a header, columns aligned. With ``width``, the columns named in ``wrap``
    are narrowed (the widest first) until a line fits, and their cells wrapped onto as
    many lines as they need; without it every row is one line."""
    natural = [max(display_width(r[i]) for r in [names, *rows]) for i in range(len(names))]
    widths = _fit(names, natural, width, wrap) if width is not None else natural
    lines = [list(names), ["-" * w for w in widths]]
    out = ["".join(_line(line, widths)) for line in lines]
    for row in rows:
        cells = [wrap_cell(cell, w) if w < natural[i] else [cell] for i, (cell, w) in enumerate(zip(row, widths))]
        for parts in itertools.zip_longest(*cells, fillvalue=""):
            out.append(_line(parts, widths))
    return "".join(out)


def wrap_cell(text: str, width: int) -> list[str]:
    """``text`` on lines no wider than ``width``: Latin words kept whole where they fit,
    CJK text broken between any two characters, white space runs made one space."""
    lines: list[str] = []
    current, used = "", 0
    for unit, spaced in _units(text):
        size = display_width(unit) + (1 if spaced and current else 0)
        if used + size <= width:
            current += (" " if spaced and current else "") + unit
            used += size
            continue
        if current:
            lines.append(current)
        current, used = "", 0
        for ch in unit:  # a unit wider than the column is cut between characters
            if used + _char_width(ch) > width and current:
                lines.append(current)
                current, used = "", 0
            current += ch
            used += _char_width(ch)
    return [*lines, current] if current or not lines else lines


def _fit(names: Sequence[str], natural: list[int], width: int, wrap: Collection[str]) -> list[int]:
    widths = list(natural)
    excess = sum(widths) + len(_GAP) * (len(widths) - 1) - width
    floors = {i: max(_MIN_WRAPPED, display_width(name)) for i, name in enumerate(names) if name in wrap}
    while excess > 0:
        shrinkable = [i for i, floor in floors.items() if widths[i] > floor]
        if not shrinkable:
            break
        i = max(shrinkable, key=lambda k: (widths[k], -k))
        others = [widths[k] for k in shrinkable if k != i]
        step = min(excess, widths[i] - floors[i], max(1, widths[i] - max(others, default=0)))
        widths[i] -= step
        excess -= step
    return widths


def _line(cells: Sequence[str], widths: Sequence[int]) -> str:
    return _GAP.join(c + " " * (w - display_width(c)) for c, w in zip(cells, widths)).rstrip() + "\n"


def _units(text: str):
    """(unit, preceded by white space): a run of narrow characters, or one wide character."""
    for m in _WORDS.finditer(text):
        spaced = bool(m[1])
        for wide, run in itertools.groupby(m[2], key=lambda ch: _char_width(ch) == 2):
            for unit in (run if wide else ["".join(run)]):
                yield unit, spaced
                spaced = False


def _char_width(ch: str) -> int:
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1
