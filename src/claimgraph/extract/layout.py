"""The layout of an article's body: paragraphs (a line that breaks off after a comma or a
colon joined to the next), the lines of a paragraph (broken at line ends and at runs of
spaces, the layout break of text that lost its line ends), and heading lines."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from ..models import Span
from .segment import is_heading


def paragraphs(view: str, body: Sequence[Span],
               opens_turn: Callable[[Span], bool] = lambda region: False) -> Iterator[Span]:
    """Body regions, a line that breaks off after a comma or colon joined to the next
    (unless the next opens a speaker's turn: 以下为问答实录: / 问:……)."""
    pending: Span | None = None
    for region in body:
        if pending is not None and opens_turn(region):
            yield pending
            pending = None
        if pending is not None:
            region = Span(start=pending.start, end=region.end)
        text = view[region.start:region.end].rstrip()
        if text.endswith((",", ":", "、")):
            pending = region
            continue
        pending = None
        yield region
    if pending is not None:
        yield pending


def lines(view: str, region: Span) -> Iterator[Span]:
    """The lines of a region: broken at line ends and at runs of spaces (a layout break),
    except where a line breaks off after a comma or colon."""
    start = region.start
    for m in re.finditer(r"\n|[ \u3000\t]{2,}", view[region.start:region.end]):
        at = region.start + m.start()
        if view[start:at].strip() and not view[start:at].rstrip().endswith((",", ":", "、")):
            yield Span(start=start, end=at)
            start = region.start + m.end()
    if view[start:region.end].strip():
        yield Span(start=start, end=region.end)


def heading_line(view: str, line: Span) -> bool:
    text = view[line.start:line.end].strip()
    return bool(text) and is_heading(view, Span(start=line.start, end=line.end)) and not text.endswith((",", ":"))
