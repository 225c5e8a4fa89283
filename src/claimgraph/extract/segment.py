"""Clause segmentation: pure functions over the folded view that say where a claim may
start and end (clause starts, the splits where a clause has its own subject and point,
trimming of separators and quotation marks, headings)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ..models import Span
from ..nlp.sentences import CLOSING_QUOTES, OPENING_QUOTES
from .lexicons import (
    CLAUSE_BREAKERS, CONCESSIVES, CONTRAST_OPENERS, NEW_SUBJECT_OPENERS, QI_NOT_SUBJECT, TIME_OPENERS,
)


def alternatives(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first (so 分析称 wins over 称)."""
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


_OPENER_TIME = re.compile(rf"(?:{alternatives(TIME_OPENERS)}|\d{{1,2}}日|\d{{1,2}}月\d{{1,2}}日)(?![,:])")
_FIRST_STEP = re.compile(r"(?<![首率优领事原早抢])先(?![进生锋驱后天前])|先前往")
QUANTIFIED_SUBJECT = re.compile(r"(?:[两二三四五六七八九十几多数]|\d+)[位名家个]")


def ends_sentence(view: str, pos: int, end: int) -> bool:
    return not view[pos:end].strip(" 。!?;…”」』")


def cue_positions(view: str, start: int, end: int) -> Iterator[int]:
    """Where a cue may open: each clause start, and right after a closing quotation mark that
    runs on into words (……说:“……。”他表示,……)."""
    return clause_starts(view, start, end, after_quotes=True)


def clause_starts(view: str, start: int, end: int, after_quotes: bool = False) -> Iterator[int]:
    """Where clauses begin inside a sentence: after each comma outside quotations (and, with
    ``after_quotes``, after a quotation that runs on into words)."""
    depth = 0
    for i in range(start, end):
        ch = view[i]
        if ch in OPENING_QUOTES:
            depth += 1
        elif ch in CLOSING_QUOTES:
            depth = max(0, depth - 1)
            if after_quotes and depth == 0 and i + 1 < end and view[i + 1] not in ",:;。!?…)”」』 \n":
                yield i + 1
        elif ch in ",:" and depth == 0 and i + 1 < end:
            j = i + 1
            while j < end and view[j].isspace():
                j += 1
            yield j


def split_terminators(view: str, span: Span) -> Iterator[Span]:
    start = span.start
    for i in range(span.start, span.end):
        if view[i] in "。!?;":
            yield Span(start=start, end=i + 1)
            start = i + 1
    if start < span.end:
        yield Span(start=start, end=span.end)


def pieces(view: str, span: Span) -> Iterator[Span]:
    """Split where a clause has its own subject and point: an illustration (比如), a quotation
    standing as a clause, a contrast (但是) after a clause that did not concede (虽然), a new
    subject or step (其, 而且, 这是, 随后, 下午……)."""
    start = span.start
    for boundary in clause_starts(view, span.start, span.end):
        head = view[boundary:span.end]
        before = view[start:boundary].strip(" ,:")
        breaks = head.startswith(CLAUSE_BREAKERS) or view[start:start + 2] in CLAUSE_BREAKERS
        breaks |= head[:1] in "“「" and not before.endswith(tuple("是说道:"))
        breaks |= before[:1] in "“「『" and before[-1:] in "”」』"
        if len(before) >= 6:
            breaks |= _opens_clause(head) or head.startswith("再") and _sequence(view, span.start, boundary)
            breaks |= head.startswith(CONTRAST_OPENERS) and not any(c in view[span.start:boundary] for c in CONCESSIVES)
        if breaks and boundary - start > 1:
            yield Span(start=start, end=boundary)
            start = boundary
    yield Span(start=start, end=span.end)


def _sequence(view: str, start: int, at: int) -> bool:
    """先……,再……: 先 'first' earlier in the same stretch makes 再 a next step."""
    return _FIRST_STEP.search(view, start, at) is not None


def _opens_clause(head: str) -> bool:
    """Whether a clause after a comma opens with a new subject or step of its own."""
    if head.startswith(("先进", "先生", "先锋", "先驱", "先后", "先天", "即使", "即便", "即将", "即可", "被称")):
        return False
    if head.startswith("其"):
        return not head.startswith(QI_NOT_SUBJECT)
    return bool(head.startswith(NEW_SUBJECT_OPENERS) or _OPENER_TIME.match(head) or QUANTIFIED_SUBJECT.match(head))


def trim(view: str, span: Span) -> Span | None:
    """Leave out separators, final punctuation, and the marks of a quotation that is the whole claim."""
    start, end = span.start, span.end
    while end > start and (view[end - 1] in ",:;。!?…—- \t\r\n" or view[end - 1] in "”」』"
                           and not _opened(view, start, end - 1)):
        end -= 1
    while start < end and (view[start] in ",:;、 \t\r\n" or view[start] in "“「『"
                           and not any(q in view[start:end] for q in "”」』")):
        start += 1
    inner = view[start + 1:end - 1]
    if end - start > 2 and view[start] in "“「『" and view[end - 1] in "”」』" and not any(
            q in inner for q in "“”「」『』"):
        return trim(view, Span(start=start + 1, end=end - 1))
    if end - start < 4:
        return None
    return Span(start=start, end=end)


def _opened(view: str, start: int, close: int) -> bool:
    """Whether the closing quotation mark at ``close`` closes one opened within the span."""
    depth = 0
    for ch in view[start:close]:
        if ch in "“「『":
            depth += 1
        elif ch in "”」』":
            depth = max(0, depth - 1)
    return depth > 0


def is_heading(view: str, sentence: Span) -> bool:
    """A short line that does not end a sentence: a section heading."""
    text = view[sentence.start:sentence.end]
    return len(text) <= 40 and not text.rstrip("”」』").endswith(tuple("。!?;…"))
