"""One article's extraction as the stance and relation rules read it: its folded view and
token boundaries, the sentence and paragraph of every claim, what each claim opens with,
each claim's evaluative score. Built once per article; every look-up is O(log n) or O(1),
so rules that look at a claim's neighbours stay linear in the number of claims.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property

from ..models import ArticleExtraction, Claim, EntityType, Polarity, Span, Speaker, holder_key
from ..nlp.sentences import ASCII_STOP
from .evaluation import ClauseMemo, Tokens
from .polarity import Lexicon, claim_score, cue_region, negated_mentions

_SENTENCE_END = re.compile(rf"(?:[。!?]+|{ASCII_STOP})[”」』\"']*|\n+")
_PARAGRAPH = re.compile(r"\n+")
_SKIP = "“”\"'‘’「」『』《》()（） *"
_CUE_CLAUSE = re.compile(r"[^,;:。!?\n]*")
_NAMED_TYPES = frozenset({EntityType.ORGANIZATION, EntityType.PERSON, EntityType.PRODUCT, EntityType.CREATIVE_WORK})
OPENERS = ("opener_contrast", "opener_conclusion", "opener_therefore", "opener_reason", "opener_evidence",
           "opener_shift")


@dataclass(frozen=True)
class ArticleView:
    """An article's extraction with what the linking rules read."""

    x: ArticleExtraction
    view: str
    lex: Lexicon
    memo: ClauseMemo | None = field(default=None, compare=False, repr=False)  # shared with the claim stage
    tokens: Tokens = field(init=False)
    _openers: dict[int, str | None] = field(init=False, default_factory=dict, compare=False, repr=False)
    # claim span -> evaluative score, and (start, end, list) -> whether a word of the list is there:
    # each worked out once, when a rule first asks (the rules ask again of a claim's neighbours)
    _scores: dict[tuple[int, int], float] = field(init=False, default_factory=dict, compare=False, repr=False)
    _found: dict[tuple[int, int, str], bool] = field(init=False, default_factory=dict, compare=False, repr=False)
    # claim span -> the cue's region (``cue_region``), asked for list after list
    _cue_regions: dict[tuple[int, int], Span | None] = field(init=False, default_factory=dict, compare=False, repr=False)
    # (start, end) -> the tokens inside and the characters they start with, read once for all
    # the lists asked of one span
    _between: dict[tuple[int, int], tuple[list[tuple[int, int]], frozenset[str]]] = field(
        init=False, default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "tokens", Tokens(self.view, self.x.tokens, self.memo))

    @property
    def claims(self) -> tuple[Claim, ...]:
        return self.x.claims

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [0] + [m.end() for m in _SENTENCE_END.finditer(self.view)]

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [0] + [m.end() for m in _PARAGRAPH.finditer(self.view)]

    @cached_property
    def _mentions(self) -> list[tuple[int, int, str]]:
        return sorted((m.span.start, m.span.end, m.entity) for m in self.x.mentions)

    @cached_property
    def _in_names(self) -> frozenset[int]:
        """Where a name of a company, person or product runs: a word of a list starting there
        is part of the name (汀岚|数据在广告中宣称: no source of data), not a word of the text."""
        types = {e.key: e.type for e in self.x.entities}
        return frozenset(i for m in self.x.mentions if types.get(m.entity) in _NAMED_TYPES
                         for i in range(m.span.start, m.span.end))

    @cached_property
    def turn_starts(self) -> list[int]:
        """For each claim, the index of the first claim of its speaker's turn (the run of
        claims by one speaker it belongs to)."""
        out: list[int] = []
        for i, claim in enumerate(self.claims):
            same = i > 0 and holder_key(self.claims[i - 1].speaker) == holder_key(claim.speaker)
            out.append(out[-1] if same else i)
        return out

    def text(self, claim: Claim) -> str:
        return self.view[claim.span.start:claim.span.end]

    def sentence(self, claim: Claim) -> int:
        return bisect_right(self._sentence_starts, claim.span.start) - 1

    def paragraph(self, claim: Claim) -> int:
        return bisect_right(self._paragraph_starts, claim.span.start) - 1

    def same_sentence(self, a: Claim, b: Claim) -> bool:
        return self.sentence(a) == self.sentence(b)

    def named(self, claim: Claim) -> list[tuple[str, Span]]:
        """(entity, span) of the mentions inside the claim."""
        i = bisect_right(self._mentions, (claim.span.start, -1, ""))
        out = []
        while i < len(self._mentions) and self._mentions[i][0] < claim.span.end:
            s, e, key = self._mentions[i]
            if e <= claim.span.end:
                out.append((key, Span(start=s, end=e)))
            i += 1
        return out

    def score(self, claim: Claim) -> float:
        """The claim's evaluative score, whatever it is about."""
        key = (claim.span.start, claim.span.end)
        if key not in self._scores:
            self._scores[key] = claim_score(self.view, claim.span, self.lex, self.tokens, self.named(claim))
        return self._scores[key]

    def polarity(self, claim: Claim, target: str) -> Polarity:
        return next((tp.polarity for tp in claim.polarities if tp.entity == target), Polarity.NEUTRAL)

    def negated(self, claim: Claim) -> frozenset[str]:
        return negated_mentions(self.view, claim.span, self.named(claim), self.lex, self.tokens)

    def has(self, claim: Claim, name: str) -> bool:
        """Whether a word of the list ``name`` (``denials``) is in the claim, on token boundaries."""
        return self._found_in(claim.span.start, claim.span.end, name)

    def cue_has(self, claim: Claim, name: str) -> bool:
        """Whether the speaker's cue holds a word of the list ``name`` (公司否认, 张三回应)."""
        if claim.speaker.cue is None:
            return False
        key = (claim.span.start, claim.span.end)
        if key not in self._cue_regions:
            self._cue_regions[key] = cue_region(self.view, claim.speaker.cue, claim.span)
        region = self._cue_regions[key]
        return region is not None and self._found_in(region.start, region.end, name)

    def _found_in(self, start: int, end: int, name: str) -> bool:
        """Whether a word of the list ``name`` is in [start, end), on token boundaries (asked once per span and list)."""
        key = (start, end, name)
        if key not in self._found:
            self._found[key] = self._find(start, end, name) is not None
        return self._found[key]

    def _find(self, start: int, end: int, name: str) -> str | None:
        vocabulary = self.lex.vocabulary(name)
        stops = self.tokens.stops if self.x.tokens else None
        firsts = None if "" in vocabulary else vocabulary.firsts  # an empty word would start anywhere
        known = self._between.get((start, end))
        if known is None:
            inside = self.tokens.between(start, end)
            known = self._between[start, end] = inside, frozenset(self.view[s] for s, _ in inside)
        inside, heads = known
        if firsts is not None and firsts.isdisjoint(heads):
            return None  # no token of the span starts as a word of the list does: most lists, most claims
        names = self._in_names
        for s, _ in inside:
            if firsts is not None and self.view[s] not in firsts or s in names:
                continue  # no word of the list starts with this character, or it is inside a name
            word = vocabulary.longest(self.view, s, stops if stops is not None else _every(s, end), end)
            if word is not None:
                return word
        return None

    def conditional(self, i: int) -> bool:
        """A conditional claim, or the consequent of one in its sentence (如果X降价,|其优势就会……)."""
        claim = self.claims[i]
        if claim.conditional:
            return True
        before = self.claims[i - 1] if i > 0 else None
        return (before is not None and before.conditional and self.same_sentence(before, claim)
                and self._found_in(before.span.start, min(before.span.start + 4, before.span.end), "conditionals"))

    def opens_with(self, claim: Claim, name: str) -> bool:
        """Whether the claim's first words (quotes aside) are a word of the list ``name``."""
        start = claim.span.start
        while start < claim.span.end and self.view[start] in _SKIP:
            start += 1
        stops = self.tokens.stops if self.x.tokens else _every(start, claim.span.end)
        return self.lex.vocabulary(name).longest(self.view, start, stops, claim.span.end) is not None

    def opener(self, i: int) -> str | None:
        """What claim ``i`` opens with (``opener_contrast``, ``opener_conclusion`` …, the
        longest opener of any list): its first words, or those of its sentence before the
        speaker's cue (然而,张三表示,……)."""
        if i not in self._openers:
            self._openers[i] = self._opener(i)
        return self._openers[i]

    def _opener(self, i: int) -> str | None:
        claim = self.claims[i]
        starts = [claim.span.start]
        if i == 0 or not self.same_sentence(self.claims[i - 1], claim):
            starts.append(self._sentence_starts[self.sentence(claim)])
        for start in starts:
            while start < claim.span.end and self.view[start] in _SKIP:
                start += 1
            stops = self.tokens.stops if self.x.tokens else _every(start, claim.span.end)
            found = [(len(w), name) for name in (*OPENERS, "opener_none")
                     if (w := self.lex.vocabulary(name).longest(self.view, start, stops, claim.span.end))]
            if found:
                name = max(found)[1]
                return None if name == "opener_none" else name
        return None

    def is_data_source(self, claim: Claim) -> bool:
        """A claim of a source that reports data (Wind数据显示, 资料显示) holds no attitude: the
        speaker's rule says so, or its cue's clause (never the claim itself) names data."""
        speaker = claim.speaker
        if "data" in speaker.rule:
            return True
        if speaker.cue is None:
            return False
        clause = _CUE_CLAUSE.match(self.view, speaker.cue.start)
        end = max(clause.end(), speaker.cue.end)
        if speaker.cue.start < claim.span.start:
            end = min(end, max(claim.span.start, speaker.cue.end))
        return self._found_in(speaker.cue.start, end, "data_cues")


def _every(start: int, end: int) -> set[int]:
    return set(range(start, end + 1))
