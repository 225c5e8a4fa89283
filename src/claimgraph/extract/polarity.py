"""A claim's evaluation of the entities it really evaluates.

The lexicon (evaluative words, negators, hedges, foils …) is data in
``data/polarity.toml``, read by :func:`load_lexicon`. The rules here decide, clause by
clause, *what* an evaluative word is about:

- the subject at the head of the clause (``亚马逊……成果并不突出``), or the topic carried
  over from an earlier clause of the claim (``谷歌虽然起步稍晚,但其拥有雄厚……``);
- never a foil or an object named in passing (``相比苹果……``, ``追平Open AI``), nor a
  source before a speech verb, nor a concept unless it opens the clause;
- the object of an attitude verb (``看好X``, ``动摇X……地位``) or of advocacy
  (``应该……使用AI``).

Negation flips a word it closely precedes (``并不突出``) or a scalar after a noun
(``推动作用没有那么大``); a downtoner turns a favourable noun against its owner
(``护城河效应就会弱化``); a conceded clause (``虽然……``, a clause before ``但``) counts
little, and a target evaluated only in conceded clauses is neutral; hedges count less.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields
from importlib import resources
from types import MappingProxyType

from ..models import Polarity, Span, TargetPolarity

_CLAUSE = re.compile(r"[^,，;；:：。!！?？\n]+")
_QUOTES = "“”\"'‘’「」『』《》() （）"
_A_NOT_A = re.compile(r"(.)不\1|有没有")  # 能不能, 是不是, 有没有: a question, not a negation
_CONCEDED, _CONTRAST, _HEDGED = 0.4, 1.5, 0.6
_HEAD_GAP = 3  # how far into a clause (after connectives and a date) its subject may start
# a date or period opening a clause: 2007年, 2023第四季度, 上半年, 10月15日
_LEADING_TIME = re.compile(r"^(?:[0-9０-９]{2,4}年?|今年|去年|明年)?"
                           r"(?:第?[一二三四1-4]季度|[上下]半年|[0-9]{1,2}月(?:[0-9]{1,2}日)?)?")
_NUMBER_AFTER = re.compile(r"[0-9０-９一二三四五六七八九十百千万亿两]")


@dataclass(frozen=True)
class Lexicon:
    """The evaluative lexicon, as immutable tuples; built by :func:`load_lexicon`."""

    positive: tuple[str, ...]
    negative: tuple[str, ...]
    negators: tuple[str, ...]
    negated_scalars: tuple[str, ...]
    downtoners: tuple[str, ...]
    hedges: tuple[str, ...]
    concessives: tuple[str, ...]
    contrastives: tuple[str, ...]
    frames: tuple[str, ...]
    foil_before: tuple[str, ...]
    object_positive: tuple[str, ...]
    object_negative: tuple[str, ...]
    advocacy_modals: tuple[str, ...]
    advocacy_verbs: tuple[str, ...]
    connectives: tuple[str, ...]
    data_cues: tuple[str, ...]
    speech_verbs: tuple[str, ...]
    false_negators: tuple[str, ...]
    reply_cues: tuple[str, ...]
    report_cues: tuple[str, ...]
    comment_openers: tuple[str, ...]
    denials: tuple[str, ...]
    _patterns: Mapping[str, re.Pattern[str]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # each word list compiled once, longest word first, for the rules' many searches
        lists = {f.name: getattr(self, f.name) for f in fields(self) if f.init}
        lists["evaluative"] = self.positive + self.negative
        object.__setattr__(self, "_patterns", MappingProxyType({name: _alternation(words)
                                                                for name, words in lists.items()}))

    def pattern(self, name: str) -> re.Pattern[str]:
        """The alternation of one word list (``speech_verbs``) or of ``evaluative`` words."""
        return self._patterns[name]

    def evaluative(self) -> re.Pattern[str]:
        return self._patterns["evaluative"]

    def startswith(self, text: str, words: Sequence[str]) -> str | None:
        return next((w for w in sorted(words, key=len, reverse=True) if text.startswith(w)), None)


def load_lexicon(text: str | None = None) -> Lexicon:
    """The lexicon from ``text`` (TOML), or from the packaged ``data/polarity.toml``."""
    if text is None:
        text = resources.files("claimgraph").joinpath("data/polarity.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)
    return Lexicon(**{f.name: tuple(data[f.name]) for f in fields(Lexicon) if f.init})


def _alternation(words: Sequence[str]) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, sorted(set(words), key=len, reverse=True))))


@dataclass(frozen=True)
class _Hit:
    start: int  # offset in the claim
    end: int
    sign: float


def _hits(clause: str, offset: int, lex: Lexicon) -> list[_Hit]:
    """Evaluative words of one clause (entity names masked), with negation and downtoners applied."""
    positive = set(lex.positive)
    found = [(m.start(), m.end(), m.group()) for m in lex.evaluative().finditer(clause)]
    clause = _unnegated(clause, lex)
    downtoner = any(w in lex.downtoners for _, _, w in found) or any(d in clause for d in lex.downtoners)
    out = []
    for start, end, word in found:
        if word in lex.downtoners and any(w in positive for _, _, w in found):
            continue  # 动摇……霸主: counted once, on the favourable noun
        sign = 1.0 if word in positive else -1.0
        if sign > 0 and downtoner and word not in lex.downtoners:
            sign = -1.0
        before = clause[max(0, start - 4):start]
        if any(before.endswith(n) or n in before[-3:] for n in lex.negators if n not in word):
            sign = -sign
        if any(s in clause[end:end + 8] for s in lex.negated_scalars):
            sign = -sign
        if _NUMBER_AFTER.match(clause[end:end + 1]):
            continue  # 突破百万次, 大增265%: describes a number, the number is the news
        out.append(_Hit(start + offset, end + offset, sign))
    return out


def _unnegated(clause: str, lex: Lexicon) -> str:
    """The clause with words that only look negative (非常, 不断, 能不能) blanked out."""
    clause = _A_NOT_A.sub(lambda m: "□" * len(m.group()), clause)
    for word in lex.false_negators:
        clause = clause.replace(word, "□" * len(word))
    return clause


def _mask(text: str, span: Span, about: Sequence[tuple[str, Span]]) -> str:
    chars = list(text)
    for _, m in about:
        for i in range(max(0, m.start - span.start), min(len(chars), m.end - span.start)):
            chars[i] = "□"
    return "".join(chars)


def target_polarities(view: str, span: Span, about: Sequence[tuple[str, Span]],
                      lexicon: Lexicon | None = None, concepts: frozenset[str] = frozenset(),
                      ) -> tuple[TargetPolarity, ...]:
    """Polarity toward each entity the claim evaluates (see the module docstring).

    ``about`` holds (entity key, mention span) pairs inside ``span``; ``concepts`` the keys of
    entities that are concepts (AI, GPU), targets only where they open a clause.
    """
    lex = lexicon or load_lexicon()
    text = view[span.start:span.end]
    masked = _mask(text, span, about)
    mentions = sorted(((m.start - span.start, m.end - span.start, key) for key, m in about
                       if span.start <= m.start and m.end <= span.end), key=lambda t: t[0])
    clauses = [(m.start(), m.end()) for m in _CLAUSE.finditer(text)]
    contrast_at = [i for i, (s, e) in enumerate(clauses)
                   if lex.startswith(_head(text[s:e], lex, keep=True), lex.contrastives)]
    # a clause is conceded by a later 但-clause only where that clause evaluates something
    turning = [i for i in contrast_at if _hits(masked[clauses[i][0]:clauses[i][1]], 0, lex)]
    scores: dict[str, list[tuple[float, bool]]] = {}
    topic: tuple[str, ...] = ()
    hedged = any(h in text for h in lex.hedges)
    for i, (s, e) in enumerate(clauses):
        clause, head_off = text[s:e], s + _head_offset(text[s:e], lex)
        inside = [(ms, me, k) for ms, me, k in mentions if s <= ms and me <= e]
        hits = _hits(masked[s:e], s, lex)
        conceded = any(c in clause[:8] for c in lex.concessives) or any(j > i for j in turning)
        weight = _CONCEDED if conceded else _CONTRAST if i in contrast_at else 1.0
        if hedged:
            weight *= _HEDGED
        speech = lex.pattern("speech_verbs").search(masked, s, e)
        if speech and hits and speech.start() < hits[0].start:
            continue  # 形容张三状态很好: an evaluation reported from someone else
        objects = _objects(masked, s, e, inside, concepts, lex)
        if objects:
            for key, sign in objects:
                scores.setdefault(key, []).append((sign * weight, conceded))
            continue
        subjects = _subjects(text, clause, s, head_off, inside, hits, concepts, lex)
        framed = lex.startswith(_head(clause, lex), lex.frames) is not None
        if subjects and not framed:
            topic = subjects
        targets = subjects if subjects and not framed else topic
        if not hits:
            continue
        total = sum(h.sign for h in hits) * weight
        for key in targets:
            scores.setdefault(key, []).append((total, conceded))
    out = []
    for key in dict.fromkeys(k for k, _ in about):
        parts = scores.get(key)
        if not parts:
            continue
        raw = sum(v for v, _ in parts)
        only_conceded = all(c for _, c in parts)
        if only_conceded or abs(raw) < 0.5:
            polarity, rule = Polarity.NEUTRAL, "polarity.conceded.v1" if only_conceded else "polarity.weak.v1"
        else:
            polarity, rule = (Polarity.FAVOR if raw > 0 else Polarity.AGAINST), "polarity.clause_subject.v2"
        out.append(TargetPolarity(entity=key, polarity=polarity, score=round(max(-1.0, min(1.0, raw / 2)), 4),
                                  rule=rule))
    return tuple(out)


def _head(clause: str, lex: Lexicon, keep: bool = False) -> str:
    """The clause without leading quotes and (unless ``keep``) connectives."""
    return clause[_head_offset(clause, lex, keep):]


def _head_offset(clause: str, lex: Lexicon, keep: bool = False) -> int:
    i = len(_LEADING_TIME.match(clause).group()) if not keep else 0
    while True:
        while i < len(clause) and (clause[i] in _QUOTES or clause[i].isspace()):
            i += 1
        word = None if keep else lex.startswith(clause[i:], lex.connectives)
        if not word:
            return i
        i += len(word)


def _is_foil(text: str, start: int, lex: Lexicon) -> bool:
    before = text[max(0, start - 4):start].rstrip(_QUOTES)
    return any(before.endswith(w) for w in lex.foil_before)


def _subjects(text: str, clause: str, s: int, head: int, inside, hits: list[_Hit], concepts: frozenset[str],
              lex: Lexicon) -> tuple[str, ...]:
    """Entities at the head of the clause (a list joined by 、 counts as one head)."""
    first_hit = min((h.start for h in hits), default=len(text))
    out: list[str] = []
    end_of_last = None
    for ms, me, key in inside:
        if ms >= first_hit or _is_foil(text, ms, lex):
            continue
        if any(v in clause[me - s:] and clause.find(v, me - s) < first_hit - s for v in lex.speech_verbs):
            continue  # a source: 应用分析机构X数据显示, 张三表示
        gap = ms - head
        listed = end_of_last is not None and text[end_of_last:ms] in ("、", "和", "及", "与", "以及")
        if listed or (gap <= (1 if key in concepts else _HEAD_GAP) and not out):
            out.append(key)
            end_of_last = me
    return tuple(dict.fromkeys(out))


def _objects(masked: str, s: int, e: int, inside, concepts: frozenset[str], lex: Lexicon) -> list[tuple[str, float]]:
    """Objects of an attitude verb (看好X, 动摇X) or of advocacy (应该……使用X) in the clause;
    a concept only as the object of advocacy."""
    clause = masked[s:e]
    verbs = [(m.start() + s, 1.0) for m in lex.pattern("object_positive").finditer(clause)]
    verbs += [(m.start() + s, -1.0) for m in lex.pattern("object_negative").finditer(clause)]
    modal = lex.pattern("advocacy_modals").search(clause)
    if modal:
        verb = lex.pattern("advocacy_verbs").search(clause, modal.end())
        if verb:
            verbs.append((verb.start() + s, 2.0))
    out = []
    for at, sign in sorted(verbs):
        allowed = inside if sign > 1 else [t for t in inside if t[2] not in concepts]
        sign = min(sign, 1.0)
        before = _unnegated(masked[max(s, at - 3):at], lex)
        if any(n in before for n in lex.negators):
            sign = -sign
        out += [(key, sign) for ms, _, key in allowed if ms > at]
    return list(dict.fromkeys(out))


def claim_score(view_text: str, lexicon: Lexicon) -> float:
    """Signed evaluative score of a whole claim's text, whatever it is about."""
    return sum(h.sign for m in _CLAUSE.finditer(view_text) for h in _hits(m.group(), m.start(), lexicon))


def negated_mentions(view: str, span: Span, about: Sequence[tuple[str, Span]], lexicon: Lexicon) -> frozenset[str]:
    """Entities named in a clause of the claim that a negator denies (不会……推动AGI,
    Sora……没有那么大); 能不能-style questions do not count."""
    text = view[span.start:span.end]
    masked = _mask(text, span, about)
    out = set()
    for m in _CLAUSE.finditer(masked):
        clause = _unnegated(m.group(), lexicon)
        if not any(n in clause for n in lexicon.negators + lexicon.negated_scalars):
            continue
        out |= {key for key, ms in about if m.start() <= ms.start - span.start < m.end()}
    return frozenset(out)
