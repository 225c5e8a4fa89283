"""The quotation model: one reading for “……”, 「……」, 『……』 and ASCII "……" (in the
folded view full-width ＂ is already "). Quotations nest (「……『……』……」); a straight
quote opens where none of its kind is open and closes the one that is. A quotation may
hold several sentences; the ones that ask a question are no claims, the others are.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from ..models import Span
from ..nlp.tokens import QUOTE_PAIRS

OPENERS = QUOTE_PAIRS
CLOSERS = frozenset(OPENERS.values())
TERMINATORS = frozenset("。!?;…")
_MARKS = re.compile("[" + re.escape("".join(sorted(set(OPENERS) | CLOSERS))) + "]")


def quotations(view: str, start: int, end: int) -> list[Span]:
    """The outermost quotations in ``view[start:end]``, marks included; one left open at
    the end runs to ``end``."""
    found: list[Span] = []
    stack: list[str] = []
    opened = start
    for mark in _MARKS.finditer(view, start, end):  # only the marks can open or close
        i, ch = mark.start(), mark.group()
        if stack and ch == stack[-1]:
            stack.pop()
            if not stack:
                found.append(Span(start=opened, end=i + 1))
        elif ch in OPENERS:
            if not stack:
                opened = i
            stack.append(OPENERS[ch])
    if stack:
        found.append(Span(start=opened, end=end))
    return found


def inside(quotes: list[Span], pos: int) -> bool:
    """Whether ``pos`` lies within a quotation (its marks excluded); ``quotes`` as
    :func:`quotations` returns them, in order and apart."""
    i = bisect_right(quotes, pos, key=lambda q: q.start) - 1
    return i >= 0 and quotes[i].start < pos < quotes[i].end


def is_whole(view: str, span: Span) -> bool:
    """Whether ``view[span]`` is one quotation from its opening to its closing mark."""
    text = view[span.start:span.end]
    if len(text) < 2 or text[0] not in OPENERS:
        return False
    quotes = quotations(view, span.start, span.end)
    return len(quotes) == 1 and quotes[0].start == span.start and quotes[0].end == span.end


def sentences_inside(view: str, quote: Span) -> Iterator[tuple[Span, bool]]:
    """The sentences of a quotation (marks left out), each with whether it is a question."""
    inner_start, inner_end = quote.start + 1, quote.end - (1 if view[quote.end - 1:quote.end] in CLOSERS else 0)
    depth, begin = 0, inner_start
    i = inner_start
    while i < inner_end:
        ch = view[i]
        if ch in OPENERS and not (ch == '"' and depth):
            depth += 1
        elif ch in CLOSERS and depth:
            depth -= 1
        elif ch in TERMINATORS and depth == 0:
            stop = i + 1
            while stop < inner_end and view[stop] in TERMINATORS:
                stop += 1
            yield Span(start=begin, end=stop), "?" in view[i:stop]
            begin = i = stop
            continue
        i += 1
    if begin < inner_end and view[begin:inner_end].strip():
        yield Span(start=begin, end=inner_end), False


def closed_quotation(view: str, start: int, end: int, anywhere: bool = False) -> int | None:
    """Where a quotation that opens at ``start`` (``anywhere``: the first in ``[start, end)``
    that does) closes after a full stop of its own (“……。”) with more words after it in the
    sentence, else None."""
    if not anywhere and view[start:start + 1] not in OPENERS:
        return None  # (asked of every sentence: most open with no quotation mark)
    quotes = quotations(view, start, end)
    if not anywhere:
        quotes = quotes[:1] if quotes and quotes[0].start == start else []
    for q in quotes:
        if q.end < end and view[q.end - 2:q.end - 1] in ("。", "!", "?", "…") and view[q.end:end].strip(" ,:。!?;…"):
            return q.end
    return None


def quotation_runs(view: str, span: Span) -> Iterator[Span]:
    """``span`` cut between quotations that follow each other when it holds nothing but
    them (强调“……”“……”“……”)."""
    quotes = quotations(view, span.start, span.end)
    only = quotes and not view[span.start:quotes[0].start].strip() and not view[quotes[-1].end:span.end].strip(" 。!?;…,")
    if not only or any(view[q.end:nxt.start].strip() for q, nxt in zip(quotes, quotes[1:])):
        yield span  # a quoted term inside words (主打“快送”“次日达”两种服务) stays in them
        return
    for q in quotes[:-1]:
        yield Span(start=q.start, end=q.end)
    yield Span(start=quotes[-1].start, end=span.end)


def without_end(view: str, span: Span) -> Span:
    """``span`` without the sentence punctuation and space after its last word."""
    end = span.end
    while end > span.start and (view[end - 1] in "。!?;…, " or view[end - 1].isspace()):
        end -= 1
    return Span(start=span.start, end=end)


def asks(view: str, sentence: Span) -> bool:
    """A sentence that ends in a question mark outside any quotation."""
    text = view[sentence.start:sentence.end].rstrip()
    if not text.endswith("?"):
        return False
    quotes = quotations(view, sentence.start, sentence.end)
    return not any(q.start < sentence.start + len(text) - 1 < q.end for q in quotes)
