"""Plain-text tables for a terminal: columns aligned by display width (a CJK character
takes two columns, a combining mark none), and, given a width, long cells wrapped so that
no line is wider than the terminal."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Mapping, Sequence

__all__ = ["display_width", "fit_fields", "text_table", "wrap_cell"]

_GAP = "  "
_NARROWEST = 4  # a wrapped column is never narrower (but for its header)
_WORDS = re.compile(r"(\s*)(\S+)")


def display_width(text: str) -> int:
    """Columns a terminal gives ``text``: two for wide (CJK) characters, none for
    combining marks and format characters."""
    return sum(_char_width(ch) for ch in text)


def text_table(names: Sequence[str], rows: Sequence[Sequence[str]], *, width: int | None = None,
               wrap: Mapping[str, int] | None = None) -> str:
    """Rows under a header, columns aligned. With ``width``, the columns named in ``wrap``
    (name -> the width it keeps at least) are narrowed, the one with the most to spare
    first, until a line fits, and their cells wrapped onto as many lines as they need;
    without it every row is one line."""
    natural = [max(display_width(r[i]) for r in [names, *rows]) for i in range(len(names))]
    widths = _fit(names, natural, width, wrap or {}) if width is not None else natural
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


def fit_fields(fields: Sequence[str], width: int) -> list[str]:
    """Fields two spaces apart on as few lines as fit ``width``; a field wider than a line
    wrapped on its own."""
    lines: list[str] = []
    for field in fields:
        if lines and display_width(lines[-1]) + len(_GAP) + display_width(field) <= width:
            lines[-1] += _GAP + field
        else:
            lines.extend(wrap_cell(field, width))
    return lines


def _fit(names: Sequence[str], natural: list[int], width: int, wrap: Mapping[str, int]) -> list[int]:
    """Column widths: the wrapped columns narrowed to the width each keeps, and past that,
    when the line is still too wide, to the width of their header."""
    widths = list(natural)
    excess = sum(widths) + len(_GAP) * (len(widths) - 1) - width
    wrapped = [i for i, name in enumerate(names) if name in wrap]
    for floors in ({i: max(wrap[names[i]], display_width(names[i])) for i in wrapped},
                   {i: max(_NARROWEST, display_width(names[i])) for i in wrapped}):
        while excess > 0:
            spare = {i: widths[i] - floor for i, floor in floors.items() if widths[i] > floor}
            if not spare:
                break
            i = max(spare, key=lambda k: (spare[k], -k))
            step = min(excess, max(1, spare[i] - max((v for k, v in spare.items() if k != i), default=0)))
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
