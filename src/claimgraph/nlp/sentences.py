"""Sentence boundaries for Chinese and mixed text: full-width and ASCII terminators,
line breaks, and quotation marks (a terminator inside a quotation does not end the
sentence that carries it, so “……。”他表示 stays together).

The splitting itself is a pure function over the folded view; the component marks the
sentence starts from it, in one pass, so that ``doc.sents`` agrees.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import numpy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from ..models import Span
from .tokens import CJK

TERMINATORS = frozenset("。!?;…")  # in the folded view ！？； are already ASCII
OPENING_QUOTES = frozenset("“「『‘《\"")
CLOSING_QUOTES = frozenset("”」』’》")
_LAYOUT_SPACES = frozenset(" \t\u3000")
_CLOSING_MARKS = CLOSING_QUOTES | {'"'}
_RUNS_ON = frozenset(",:、")  # a line that breaks off after one of these runs on
# the characters the splitter acts on: line breaks, runs of layout spaces, quotation marks, terminators
# an ASCII period right after a Chinese character or a quotation mark that closes Chinese words
# (……的事实".公告显示): a full stop where what follows allows (ascii_full_stop)
ASCII_STOP = rf"(?:(?<=[{CJK}])|(?<=[{CJK}][”」』’\"]))\."
_EVENTS = re.compile(f"\n|[ \t\u3000](?=[ \t\u3000])|{ASCII_STOP}|["
                     + re.escape("".join(sorted(TERMINATORS | OPENING_QUOTES | CLOSING_QUOTES))) + "]")


def split_sentences(view: str, start: int = 0, end: int | None = None) -> Iterator[Span]:
    """Sentence spans of ``view[start:end]``, white space trimmed, terminators included.

    A line break ends a sentence, and so does a run of two or more spaces (a layout
    break in text that lost its line ends), unless the line broke off after a comma or a
    colon (……表示:\n“……”): then the sentence runs on."""
    end = len(view) if end is None else end
    depth, begin, i, last = 0, start, start, ""
    while i < end:
        event = _EVENTS.search(view, i, end)
        plain = event.start() if event is not None else end
        if plain > i:  # words with no break, quotation mark or terminator: only the last one counts
            tail = view[i:plain].rstrip()
            if tail:
                last = tail[-1]
            i = plain
            continue
        ch = view[i]
        if ch == "\n" or ch in _LAYOUT_SPACES and i + 1 < end and view[i + 1] in _LAYOUT_SPACES:
            stop = i
            while stop < end and (view[stop] == "\n" or view[stop] in _LAYOUT_SPACES):
                stop += 1
            if last not in _RUNS_ON:
                yield from _trimmed(view, begin, i)
                begin = stop
                depth = 0
            i = stop
            continue
        if ch in OPENING_QUOTES and not (ch == '"' and depth):
            depth += 1
        elif ch in CLOSING_QUOTES or (ch == '"' and depth):
            depth = max(0, depth - 1)
        elif depth == 0 and (ch in TERMINATORS or ch == "." and ascii_full_stop(view, i, end)):
            stop = i + 1
            while stop < end and (view[stop] in TERMINATORS or view[stop] in CLOSING_QUOTES):
                stop += 1
            yield from _trimmed(view, begin, stop)
            begin = i = stop
            last = ""
            continue
        if not ch.isspace():
            last = ch
        i += 1
    yield from _trimmed(view, begin, end)


def ascii_full_stop(view: str, i: int, end: int) -> bool:
    """Whether the ASCII period at ``i`` ends a Chinese sentence (……涉及约400人.这是……): after a
    Chinese character, or a quotation mark closed after one (……的事实".公告显示), and before
    one, a quotation mark, a blank or the end; a decimal point, a domain or an abbreviation is
    none."""
    if i == 0 or not (is_chinese(view[i - 1]) or view[i - 1] in _CLOSING_MARKS and i > 1 and is_chinese(view[i - 2])):
        return False
    after = view[i + 1] if i + 1 < end else ""
    return not after or after.isspace() or is_chinese(after) or after in OPENING_QUOTES or after in CLOSING_QUOTES


def is_chinese(ch: str) -> bool:
    """Whether the character is a Chinese one (the range of ``tokens.CJK``)."""
    return "\u4e00" <= ch <= "\u9fff"


def _trimmed(view: str, start: int, end: int) -> Iterator[Span]:
    while start < end and view[start].isspace():
        start += 1
    while end > start and view[end - 1].isspace():
        end -= 1
    if end > start:
        yield Span(start=start, end=end)


@Language.factory("claimgraph_sentences_v1")
def make_sentence_splitter(nlp: Language, name: str) -> SentenceSplitter:
    return SentenceSplitter(name)


class SentenceSplitter:
    """Marks the first token of every sentence ``split_sentences`` finds in the folded view,
    all tokens in one ``Doc.from_array`` (setting ``token.is_sent_start`` one token at a
    time rescans the document each time: quadratic in its length)."""

    def __init__(self, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            return doc
        starts = numpy.fromiter((s.start for s in split_sentences(doc._.cg_view or doc.text)), dtype=numpy.int64)
        marks = numpy.where(numpy.isin(doc.to_array(IDX), starts), 1, -1)  # one array op, no Token objects
        marks[0] = 1
        doc.from_array([SENT_START], marks.astype(numpy.uint64).reshape(-1, 1))
        return doc
