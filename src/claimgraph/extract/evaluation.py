"""Evaluative words in a span of text, found on jieba tokens and composed with the words
around them.

The lexicon is data (``data/evaluative.toml``): every entry has a class (praise,
criticism, success, failure, risk, support, opposition, forecast_up, forecast_down), whose
sign it takes, a strength, and a role that says what it evaluates (the clause's subject,
its object, a compared term). :func:`load_evaluative` reads it once per pipeline and folds
every entry the way the text is folded, so a traditional entry matches traditional text.

Matching is on token boundaries: an entry (一个词, or a run of tokens such as 值得/期待)
matches where it starts and ends on a boundary of the segmenter's tokens, longest first, so
会 never matches inside 机会. A token no entry covers is read once more as a negator and
an entry (不稳定 -> 不 + 稳定) where jieba keeps the two in one word.

Composition (:func:`units`): a negator flips the evaluative word it governs, reaching
through transparent words (并不十分突出, 没有那么大的优势); a negator with a scalar after an
evaluative noun flips the noun (优势并不明显); a reverser flips the next evaluative word of
its clause (失去优势, 摆脱困境); degree words strengthen or weaken (非常, 略); a number right
after a word makes it a description, not an evaluation (大增265%).
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import InitVar, dataclass, field
from importlib import resources
from itertools import chain, count
from types import MappingProxyType
from typing import NamedTuple

from ..errors import ClaimgraphError
from ..nlp.normalize import Folder

ROLES = ("subject", "predicate", "object", "comparative", "parity")
JUDGES_SUBJECT = ("subject", "predicate")
_QUOTES = "“”\"'‘’「」『』《》"
_NUMBER = re.compile(r"[0-9一二三四五六七八九十百千万亿两几数]")
_INTENSIFIED, _MODERATED, _DIMINISHED, _DOUBLE_NEGATIVE = 1.3, 0.85, 0.6, 0.8
_DEGREE_OF = (("intensifiers", _INTENSIFIED), ("moderators", _MODERATED), ("diminishers", _DIMINISHED))
_AGAINST_CLASSES = ("failure", "criticism", "risk")
_LIMITED = 0.7  # a merit limited after it (效果没那么大) weighs at least a moderate word
_EXCESS = 0.55  # too much of something no word judges (过分依赖, 过于谨慎): a moderate fault


@dataclass(frozen=True)
class Entry:
    """One evaluative word: its class, sign (+1/-1), strength and role."""

    word: str
    cls: str
    sign: int
    strength: float
    role: str

    @property
    def value(self) -> float:
        return self.sign * self.strength


@dataclass(frozen=True)
class Vocabulary:
    """Words matched on token boundaries, longest first."""

    words: frozenset[str]
    lengths: tuple[int, ...] = field(init=False)
    firsts: frozenset[str] = field(init=False, compare=False, repr=False)  # the characters a word starts with
    # first character -> the lengths of the words that start with it, longest first: a position is
    # tried only at the few lengths a word from its character can have, not at every length
    starting: Mapping[str, tuple[int, ...]] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "lengths", tuple(sorted({len(w) for w in self.words}, reverse=True)))
        object.__setattr__(self, "firsts", frozenset(w[:1] for w in self.words))
        starting: dict[str, set[int]] = {}
        for w in self.words:
            if w:
                starting.setdefault(w[0], set()).add(len(w))
        object.__setattr__(self, "starting", MappingProxyType({c: tuple(sorted(ns, reverse=True))
                                                               for c, ns in starting.items()}))

    def __contains__(self, word: str) -> bool:
        return word in self.words

    def longest(self, text: str, at: int, stops: frozenset[int] | set[int], end: int) -> str | None:
        """The longest word of ``text`` starting at ``at`` and ending on a stop (<= ``end``)."""
        for n in self.starting.get(text[at:at + 1], ()):
            stop = at + n
            if stop <= end and stop in stops and text[at:stop] in self.words:
                return text[at:stop]
        if "" in self.words and at <= end and at in stops:
            return ""  # an empty word, which a list may hold, starts (and ends) anywhere
        return None


@dataclass(frozen=True)
class EvaluativeLexicon:
    """Folded word -> :class:`Entry`; built by :func:`load_evaluative`."""

    entries: Mapping[str, Entry]
    vocabulary: Vocabulary

    def sizes(self) -> dict[str, int]:
        """Number of entries by class."""
        out: dict[str, int] = {}
        for e in self.entries.values():
            out[e.cls] = out.get(e.cls, 0) + 1
        return dict(sorted(out.items()))


def load_evaluative(text: str | None = None, folder: Folder | None = None) -> EvaluativeLexicon:
    """The evaluative lexicon from ``text`` (TOML) or the packaged ``data/evaluative.toml``;
    raises ClaimgraphError naming the entry and the fix where the data is inconsistent."""
    if text is None:
        text = resources.files("claimgraph").joinpath("data/evaluative.toml").read_text(encoding="utf-8")
    folder = folder or Folder()
    try:
        data = tomllib.loads(text)
        strengths, classes = data["strengths"], data["classes"]
    except (tomllib.TOMLDecodeError, KeyError) as err:
        raise ClaimgraphError(f"evaluative lexicon: {err}; it needs [strengths], [classes] and one table "
                              "per class, e.g. [praise.subject] moderate = [\"出色\"]") from err
    written: list[tuple[str, str, int, float, str]] = []
    for cls, sign in classes.items():
        if sign not in (1, -1):
            raise ClaimgraphError(f"evaluative lexicon: class {cls} has sign {sign!r}; write 1 or -1")
        for role, by_strength in data.get(cls, {}).items():
            if role not in ROLES:
                raise ClaimgraphError(f"evaluative lexicon: [{cls}.{role}] is no role; use one of {', '.join(ROLES)}")
            for strength, words in by_strength.items():
                if strength not in strengths:
                    raise ClaimgraphError(f"evaluative lexicon: [{cls}.{role}] {strength} is no strength; "
                                          f"use one of {', '.join(strengths)}")
                written += [(word, cls, sign, float(strengths[strength]), role) for word in words]
    entries: dict[str, Entry] = {}
    for (word, cls, sign, strength, role), folded in zip(written, fold_all(folder, [w[0] for w in written])):
        _add(entries, Entry(folded, cls, sign, strength, role), word)
    for cls in data:
        if cls not in ("strengths", "classes") and cls not in classes:
            raise ClaimgraphError(f"evaluative lexicon: [{cls}] is not declared in [classes]; add {cls} = 1 or -1 there")
    return EvaluativeLexicon(MappingProxyType(dict(sorted(entries.items()))), Vocabulary(frozenset(entries)))


def fold_all(folder: Folder, words: Sequence[str]) -> list[str]:
    """Every word folded, in one pass of the converter (a word never spans a line)."""
    if any("\n" in w for w in words):
        raise ClaimgraphError("a lexicon entry holds a line break; write each entry on its own")
    return folder.view("\n".join(words)).split("\n") if words else []


def _add(entries: dict[str, Entry], entry: Entry, written: str) -> None:
    known = entries.get(entry.word)
    if known is not None and known != entry:
        raise ClaimgraphError(f"evaluative lexicon: {written} is listed as {known.cls}.{known.role} and as "
                              f"{entry.cls}.{entry.role}; keep it in one place")
    if not entry.word.strip():
        raise ClaimgraphError(f"evaluative lexicon: an empty entry in {entry.cls}.{entry.role}; remove it")
    entries[entry.word] = entry


def boundaries(view: str, starts: Sequence[int], known: Callable[[str], bool]) -> tuple[int, ...]:
    """Token starts, refined: every character inside a word the segmenter made up rather
    than found in its dictionary (jieba's HMM glues unknown characters to their neighbours:
    这不佳, 这凛冬), and the seam of a dictionary word made of two dictionary words of two
    characters or more (表现|出色, 摆脱|困境). Any other dictionary word keeps its inside
    (会 stays inside 机会)."""
    out: list[int] = []
    ends = [*starts[1:], len(view)]
    for start, end in zip(starts, ends):
        out.append(start)
        if end - start < 2:
            continue  # one character: no inside to refine
        word = view[start:end].strip()
        if len(word) < 2 or word.isascii():
            continue
        if not known(word):
            out.extend(range(start + 1, start + len(word)))
        elif len(word) >= 4:
            out.extend(start + i for i in range(2, len(word) - 1) if known(word[:i]) and known(word[i:]))
    return tuple(out)


class ClauseMemo:
    """units() of one article's clauses, kept for the article's life and shared by every
    ``Tokens`` of it that is given this memo (the claim stage's and the linking stage's):
    the claim, stance and relation rules read the same clauses several times. It belongs to
    the first view and token starts it is used with; a ``Tokens`` of another text (a part
    of a long article) gets a memo of its own instead."""

    __slots__ = ("view", "starts", "units", "layout")

    def __init__(self) -> None:
        self.view: str | None = None
        self.starts: tuple[int, ...] | None = None
        self.units: dict = {}
        self.layout: _Layout | None = None  # the token layout the first ``Tokens`` worked out

    def of(self, view: str, starts: tuple[int, ...]) -> dict:
        """The memo's entries when it belongs to ``view`` and ``starts`` (or to nothing yet), else a new dict."""
        if self.view is None:
            self.view, self.starts = view, starts
        elif self.view != view or self.starts != starts:
            return {}
        return self.units


class _Layout(NamedTuple):
    """What ``Tokens`` reads of its token starts: the stops, each token's end with white space
    dropped, and the tokens that are not all white space (their indices and their spans)."""

    stops: frozenset[int]
    ends: tuple[int, ...]
    solid: tuple[int, ...]
    pairs: tuple[tuple[int, int], ...]
    bounds: tuple[int, ...]  # where a token that is not all white space starts or ends, in order

    @classmethod
    def of(cls, view: str, starts: Sequence[int]) -> _Layout:
        nexts = [*starts[1:], len(view)]
        # a token rarely ends in white space: only then is it stripped
        # (lists, not generators, built into the tuples: a generator resumes once per token)
        ends = tuple([e if e == s or not view[e - 1].isspace() else s + len(view[s:e].rstrip())
                      for s, e in zip(starts, nexts)])
        solid = tuple([k for k, s, e in zip(count(), starts, ends) if e > s])
        pairs = tuple([(s, e) for s, e in zip(starts, ends) if e > s])
        # the tokens follow one another: their bounds are in order, a token's end often the next one's start
        bounds = tuple(dict.fromkeys(chain.from_iterable(pairs)))
        return cls(frozenset(starts) | {len(view)}, ends, solid, pairs, bounds)


@dataclass(frozen=True)
class Tokens:
    """Token boundaries of an article's folded view (where the segmenter's tokens start);
    without boundaries every character is one. ``shared``: the article's ``ClauseMemo``."""

    view: str
    starts: tuple[int, ...]
    shared: InitVar[ClauseMemo | None] = None
    stops: frozenset[int] = field(init=False)
    # units() of a clause, kept for the article's life (see ClauseMemo)
    memo: dict = field(init=False, default_factory=dict, compare=False, repr=False)
    ends: tuple[int, ...] = field(init=False, compare=False, repr=False)  # each token's end, white space dropped
    # the tokens that are not all white space: their indices, and their (start, end) for ``between`` to slice
    _solid: tuple[int, ...] = field(init=False, compare=False, repr=False)
    _pairs: tuple[tuple[int, int], ...] = field(init=False, compare=False, repr=False)
    _bounds: tuple[int, ...] = field(init=False, compare=False, repr=False)  # see ``edges``
    _bound_set: frozenset[int] = field(init=False, compare=False, repr=False)

    def __post_init__(self, shared: ClauseMemo | None) -> None:
        layout = None
        if shared is not None:
            memo = shared.of(self.view, tuple(self.starts))
            object.__setattr__(self, "memo", memo)
            if memo is shared.units:  # the article the memo belongs to: its layout is worked out once
                layout = shared.layout = shared.layout or _Layout.of(self.view, self.starts)
        stops, ends, solid, pairs, bounds = layout or _Layout.of(self.view, self.starts)
        object.__setattr__(self, "stops", stops)
        object.__setattr__(self, "ends", ends)
        object.__setattr__(self, "_solid", solid)
        object.__setattr__(self, "_pairs", pairs)
        object.__setattr__(self, "_bounds", bounds)
        object.__setattr__(self, "_bound_set", frozenset(bounds))

    def edges(self, start: int, end: int) -> Sequence[int]:
        """``start``, ``end`` and where the tokens ``between`` them start and end, in order.
        Where ``start`` and ``end`` are themselves where tokens start or end (a clause between
        two punctuation marks), that is the article's token bounds between the two, sliced."""
        if self.starts and start < end and start in self._bound_set and end in self._bound_set:
            return self._bounds[bisect_left(self._bounds, start):bisect_right(self._bounds, end)]
        return sorted({start, end}.union(*self.between(start, end)))

    def between(self, start: int, end: int) -> list[tuple[int, int]]:
        """The tokens inside [start, end), clipped to it; white space dropped."""
        if not self.starts:
            return [(i, i + 1) for i in range(start, end) if not self.view[i].isspace()]
        i = max(bisect_left(self.starts, start) - 1, 0)
        j = bisect_left(self.starts, end)  # tokens i..j-1 start before the end
        out: list[tuple[int, int]] = []
        if i >= j:
            return out
        first, last = i, j
        if self.starts[i] < start:  # the first token begins before the start: clipped
            self._clipped(i, start, end, out)
            first = i + 1
        if last > first and self._next(last - 1) > end:  # the last one runs past the end
            last -= 1
        out.extend(self._pairs[bisect_left(self._solid, first):bisect_left(self._solid, last)])
        if last < j and last >= first:
            self._clipped(last, start, end, out)
        return out

    def _next(self, i: int) -> int:
        return self.starts[i + 1] if i + 1 < len(self.starts) else len(self.view)

    def _clipped(self, i: int, start: int, end: int, out: list[tuple[int, int]]) -> None:
        s, e = max(self.starts[i], start), min(self._next(i), end)
        while e > s and self.view[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))


class Unit(NamedTuple):
    """A piece of a clause: an entity mention, an evaluative word, or another token (a
    named tuple: a clause's units are many, and a tuple is built several times faster
    than a frozen dataclass).

    ``value`` is an evaluative word's signed strength after composition (0 for others);
    ``governs`` marks a negator or reverser that flipped a word after it (its own value
    then no longer counts)."""

    start: int
    end: int
    text: str
    kind: str  # "entity" | "eval" | "word"
    entity: str | None = None
    entry: Entry | None = None
    value: float = 0.0
    negated: bool = False


@dataclass(frozen=True)
class FunctionWords:
    """The word lists composition reads (a view of the polarity lexicon)."""

    negators: Vocabulary
    inabilities: frozenset[str]
    transparent: frozenset[str]
    scalars: frozenset[str]
    limiters: frozenset[str]
    reversers: frozenset[str]
    restorers: frozenset[str]
    intensifiers: frozenset[str]
    moderators: frozenset[str]
    diminishers: frozenset[str]
    false_negators: frozenset[str]
    particles: frozenset[str]
    records: frozenset[str]
    excess: frozenset[str]  # 过于, 过度: too much of what follows
    all: Vocabulary  # every function word, to segment runs of tokens


def units(view: str, tokens: Tokens, start: int, end: int, mentions: Sequence[tuple[int, int, str]],
          lex: EvaluativeLexicon, fw: FunctionWords) -> list[Unit]:
    """The clause [start, end) as units, evaluative words composed (see the module docstring).
    ``mentions``: (start, end, entity key) of entity mentions, which are never words."""
    # only the mentions that reach into the clause count: two readings of one clause with
    # different mentions elsewhere in their claims share one entry
    inside = tuple(m for m in mentions if start <= m[0] < end and m[1] >= m[0] or m[0] < start < m[1])
    if view is not tokens.view and view != tokens.view:
        return _units(view, tokens, start, end, inside, lex, fw)
    key = (start, end, inside, id(lex), id(fw))
    known = tokens.memo.get(key)
    if known is None:
        known = tokens.memo[key] = (_units(view, tokens, start, end, inside, lex, fw), lex, fw)
    return list(known[0])


def _units(view: str, tokens: Tokens, start: int, end: int, mentions: Sequence[tuple[int, int, str]],
           lex: EvaluativeLexicon, fw: FunctionWords) -> list[Unit]:
    raw = _segment(view, tokens, start, end, mentions, lex, fw)
    if not fw.excess.isdisjoint(u.text for u in raw):
        raw = _excess(raw, fw)
    if all(u.entry is None for u in raw):
        return raw  # no evaluative word: nothing to compose
    values = [u.entry.value if u.entry else 0.0 for u in raw]
    negated = [False] * len(raw)
    consumed = [False] * len(raw)
    for i, u in enumerate(raw):
        if u.entry is None:
            continue
        j, degree = i - 1, 1.0
        excess = u.text.startswith(tuple(fw.excess))  # 过于保守 as one entry
        while j >= 0 and raw[j].kind == "word" and (raw[j].text in fw.transparent or raw[j].text in fw.excess
                                                    or _degree(raw[j].text, fw) != 1.0):
            degree *= _degree(raw[j].text, fw)
            excess = excess or raw[j].text in fw.excess
            j -= 1
        if j >= 1 and u.entry.role in JUDGES_SUBJECT and _clause_final(raw, i, fw):
            k = j  # 不存在|资金|链|风险, 没有|质量|问题: a clause-final noun the negation reaches through its modifier
            while k >= 0 and j - k < 2 and _noun_piece(raw[k], fw) and (k == j or len(raw[j].text) == 1):
                k -= 1  # one word, or a word and a character the segmenter cut off it (not 不|改变|长期|价值)
            modified = k < j
            while modified and k >= 0 and raw[k].kind == "word" and raw[k].text in fw.transparent:
                k -= 1  # 不|存在|资金|链|风险
            if modified and k >= 0 and _is_negator(raw[k], fw):
                j = k
        values[i] *= degree
        if excess and u.entry.role in JUDGES_SUBJECT:
            values[i] = -max(abs(values[i]), _LIMITED)  # 过于保守, 过度乐观: too much of anything is a fault
        if j >= 0 and _is_negator(raw[j], fw) and u.entry.role == "object" and raw[j].text in fw.inabilities:
            values[i] = 0.0  # 无法支持X: the subject fails (无法 counts for it); X is not judged
        elif j >= 0 and _is_negator(raw[j], fw):
            negated[i] = True
            consumed[j] = raw[j].entry is not None and u.entry.role in JUDGES_SUBJECT  # 无法盈利 counts once
        elif (u.entry.role in JUDGES_SUBJECT and u.text not in fw.records
              and (_after_reverser(raw, i, fw, values[i] > 0)
                   or not _is_negator(u, fw) and _reversed_after(raw, i, fw, values[i] > 0))):  # 无法|解决: a verb follows
            negated[i] = True
        if _limited_after(raw, i, fw):
            negated[i] = not negated[i]
            values[i] = max(abs(values[i]), _LIMITED) * (1 if values[i] > 0 else -1)
        if negated[i]:
            values[i] = -values[i] * (_DOUBLE_NEGATIVE if values[i] < 0 else 1.0)
        if end > u.end and _NUMBER.match(view[u.end]) and u.entry.role in JUDGES_SUBJECT:
            values[i] = 0.0  # 大增265%: the number is the news
        if u.entry.role == "predicate" and not _clause_final(raw, i, fw):
            values[i] = 0.0  # 容易 before a verb is a tendency (容易出错), at the clause's end an ease
    for i, u in enumerate(raw):
        if values[i] > 0 and u.entry is not None and u.entry.role == "subject" and _undone_after(raw, i, values, fw):
            values[i] = 0.0  # 口碑崩盘: the merit is what the predicate after it undoes
    # a unit with no entry is never composed: it stays as _segment made it
    return [u if u.entry is None else Unit(u.start, u.end, u.text, u.kind, u.entity, u.entry,
                                           0.0 if consumed[i] else values[i], negated[i])
            for i, u in enumerate(raw)]


def _segment(view: str, tokens: Tokens, start: int, end: int, mentions: Sequence[tuple[int, int, str]],
             lex: EvaluativeLexicon, fw: FunctionWords) -> list[Unit]:
    """Entities, then evaluative words (longest match on boundaries), then function words."""
    inside: dict[int, list[tuple[int, int, str]]] = {}
    for ms, me, k in mentions:
        if start <= ms < end and me >= ms or ms < start < me:
            inside.setdefault(max(ms, start), []).append((max(ms, start), min(me, end), k))
    ordered = tokens.edges(start, end)
    cuts = {b for group in inside.values() for ms, me, _ in group for b in (ms, me)}.difference(ordered) if inside else ()
    if cuts:  # a mention that starts or ends inside a token
        ordered = sorted(cuts.union(ordered))
    stops = set(ordered)
    starts = [*sorted(inside), end]  # where mentions start, and the clause's end: what limits a word
    entries = lex.entries
    evaluatives, function_words = lex.vocabulary.words, fw.all.words
    # the lengths a word starting with a character can have, of either list (see ``Vocabulary.starting``)
    evaluative_lengths, function_lengths = lex.vocabulary.starting, fw.all.starting
    out: list[Unit] = []
    pos, placed = start, set()
    # pos only moves forward: the next mention's start and the first stop after pos are found by
    # moving on from the last ones, not by a search from the clause's start
    k = first = 0
    while pos < end:
        if pos in inside and pos not in placed:
            placed.add(pos)
            for ms, me, key in inside[pos]:
                if me - ms <= 1:
                    me = ms  # a zero subject (or 其, 它) put on one character: it stands before it
                out.append(Unit(ms, me, view[ms:me], "entity", entity=key))
            pos = me
            continue
        char = view[pos]
        if char.isspace():
            pos += 1
            continue
        while starts[k] <= pos:  # pos < end: the last entry stops the search
            k += 1
        limit = starts[k]  # the next mention's start, or the clause's end
        # the longest evaluative word from pos that ends on a stop before the limit wins over any
        # function word; else the longest function word; else the token (up to the limit)
        for n in evaluative_lengths.get(char, ()):
            stop = pos + n
            if stop <= limit and stop in stops and (word := view[pos:stop]) in evaluatives:
                out.append(Unit(pos, stop, word, "eval", entry=entries[word]))
                pos = stop
                break
        else:
            for n in function_lengths.get(char, ()):
                stop = pos + n
                if stop <= limit and stop in stops and (word := view[pos:stop]) in function_words:
                    break
            else:
                while ordered[first] <= pos:
                    first += 1
                word = view[pos:min(ordered[first], limit)]
                split = _negated_compound(word, lex, fw) if len(word) >= 3 else None
                if split is not None:
                    out.extend(split(pos))
                    pos += len(word)
                    continue
            if word.strip(_QUOTES):
                out.append(Unit(pos, pos + len(word), word, "word"))
            pos += len(word)
    return out


def _negated_compound(word: str, lex: EvaluativeLexicon, fw: FunctionWords):
    """不稳定 as one token: 不 + an entry of two or more characters."""
    if len(word) < 3 or word[0] not in fw.negators.firsts:
        return None  # no negator opens the word, or too little follows one
    for n in fw.negators.lengths:
        head, rest = word[:n], word[n:]
        if len(rest) >= 2 and rest in lex.entries and head in fw.negators and word not in fw.false_negators:
            return lambda pos: [Unit(pos, pos + n, head, "word"),
                                Unit(pos + n, pos + len(word), rest, "eval", entry=lex.entries[rest])]
    return None


def _is_negator(u: Unit, fw: FunctionWords) -> bool:
    return u.text in fw.negators and u.text not in fw.false_negators


def _degree(word: str, fw: FunctionWords) -> float:
    return next((factor for name, factor in _DEGREE_OF if word in getattr(fw, name)), 1.0)


def _noun_piece(u: Unit, fw: FunctionWords) -> bool:
    """Whether a unit may be (part of) a noun that modifies the evaluative noun after it (资金|链
    of 资金链风险): Chinese, no function word, no evaluative word."""
    return u.kind == "word" and u.entry is None and u.text not in fw.all.words \
        and all("\u4e00" <= c <= "\u9fff" for c in u.text)


def _clause_final(raw: list[Unit], i: int, fw: FunctionWords) -> bool:
    """Nothing but particles and degree words after the unit at ``i`` (融资比较容易, 不难了)."""
    return all(u.kind == "word" and (u.text in fw.particles or _degree(u.text, fw) != 1.0) for u in raw[i + 1:])


def _undone_after(raw: list[Unit], i: int, values: list[float], fw: FunctionWords) -> bool:
    """A merit noun whose predicate right after it is a failure, a criticism or a risk (口碑崩盘,
    增长放缓, 创新不足): the predicate carries the evaluation."""
    j, heads = i + 1, 0
    while j < len(raw) and raw[j].kind == "word" and not _is_negator(raw[j], fw) and (
            raw[j].text in fw.transparent or heads == 0 and raw[j].text not in fw.all):
        heads += raw[j].text not in fw.transparent  # one noun the merit qualifies (创新能力不足)
        j += 1
    nxt = raw[j] if j < len(raw) else None
    return (nxt is not None and nxt.entry is not None and nxt.entry.cls in _AGAINST_CLASSES
            and nxt.entry.role in JUDGES_SUBJECT and values[j] < 0)


def _excess(raw: list[Unit], fw: FunctionWords) -> list[Unit]:
    """A word of excess before a word that is no evaluation (过分依赖, 过于谨慎) is the fault
    itself: a criticism of the subject; before an evaluative word it composes with it (``_units``)."""
    out = list(raw)
    for i, u in enumerate(raw[:-1]):
        after = raw[i + 1]
        if u.text in fw.excess and after.kind == "word" and after.entry is None and after.text not in fw.all:
            out[i] = u._replace(kind="eval", entry=Entry(u.text, "criticism", -1, _EXCESS, "subject"))
    return out


def _after_reverser(raw: list[Unit], i: int, fw: FunctionWords, merit: bool) -> bool:
    """A reverser earlier in the clause with no evaluative word between (动摇……霸主地位); one
    that only undoes what is bad (修复, 摆脱) leaves a merit as it is."""
    for j in range(i - 1, -1, -1):
        if raw[j].text in fw.reversers:
            if j > 0 and _is_negator(raw[j - 1], fw):
                return False  # 无法解决问题, 未能摆脱困境: what was not undone stands
            return not (merit and raw[j].text in fw.restorers)
        if raw[j].kind == "eval":
            return False
    return False


def _reversed_after(raw: list[Unit], i: int, fw: FunctionWords, merit: bool) -> bool:
    """A reverser as the predicate after an evaluative noun: 护城河效应就会弱化, 优势正被削弱 (not
    盈利修复: a merit restored)."""
    if raw[i].text.endswith("于"):
        return False  # 有利于|降低成本, 有助于|减少浪费: the word takes what follows as its object
    j = i + 1
    while j < len(raw) and raw[j].kind == "word" and raw[j].text in fw.transparent:
        j += 1
    return (j < len(raw) and raw[j].text in fw.reversers and raw[j].entry is None
            and not (merit and raw[j].text in fw.restorers))


def _limited_after(raw: list[Unit], i: int, fw: FunctionWords) -> bool:
    """An evaluative noun limited after it: 优势并不明显, 作用有限, 带动效果没那么大."""
    j = i + 1
    while j < len(raw) and raw[j].kind == "word" and raw[j].text in fw.transparent and not _is_negator(raw[j], fw):
        j += 1
    if j < len(raw) and raw[j].text in fw.limiters:
        return True
    if j >= len(raw) or not _is_negator(raw[j], fw):
        return False
    j += 1
    while j < len(raw) and raw[j].kind == "word" and raw[j].text in fw.transparent and raw[j].text not in fw.scalars:
        j += 1
    return j < len(raw) and raw[j].text in fw.scalars


_PHRASES_OF_WORDS = frozenset({"overstated"})


def function_words(lists: Mapping[str, Iterable[str]]) -> FunctionWords:
    """The composition word lists out of the polarity lexicon's lists; every word of every
    list becomes one unit where it stands (被指, 这让, 相对于 across jieba's tokens)."""
    sets = {name: frozenset(lists[name]) for name in ("negators", "inabilities", "transparent", "scalars", "limiters",
                                                      "reversers", "restorers", "intensifiers", "moderators", "diminishers",
                                                      "false_negators", "particles", "records", "excess")}
    sets["reversers"] |= sets["restorers"]  # a restorer is a reverser that turns only a failing
    # a list of phrases that hold evaluative words (太乐观) is read whole by the relations only: as a
    # unit here it would hide the evaluation inside it
    every = frozenset().union(*(frozenset(words) for name, words in lists.items() if name not in _PHRASES_OF_WORDS))
    return FunctionWords(negators=Vocabulary(sets.pop("negators")), all=Vocabulary(every), **sets)
