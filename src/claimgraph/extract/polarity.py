"""A claim's evaluation of the entities it really evaluates.

The words are data: the classed evaluative lexicon (``data/evaluative.toml``, read by
:mod:`.evaluation`) and the function words (``data/polarity.toml``: negators, hedges,
foils, connectives …), both read by :func:`load_lexicon` once per pipeline. The rules here
decide, clause by clause, *what* each evaluative word is about, by its role:

- subject: the entity at the head of the clause (``亚马逊……成果并不突出``), or the topic
  carried over from an earlier clause of the claim (``星河科技虽然入局较迟,但其握有充足……``);
  never a foil, an agent or an object named in passing (``相比苹果……``, ``被美团……``),
  nor a source before a speech verb, nor a concept unless it opens the clause. References
  (这家公司, 它, 其) reach this rule as the mentions the extract stage resolved them to;
- object: the entity after an evaluative verb (``看好英伟达``, ``反对关税政策``, policies and
  groups included), else the one 对/对于 introduces (``对实体AI抱持期待``), else the subject;
  in the passive the subject (``X被看好``, ``X遭到投资者抛售``); an object verb whose subject
  is someone else reports that someone's view, not the speaker's (``腾讯支持该政策`` in the
  article's voice), and silences the rest of its clause; ``无法支持X`` judges the subject;
- comparative and parity: the subject (``A优于B``, ``A与B相当``); the compared term only
  where the clause has no subject of its own (``不如三星`` favours Samsung);
- the speaker's cue: an evaluative cue verb carries its polarity to the clause it governs
  (``软银依然看好|英伟达股价在明年上涨三成`` favours NVIDIA);
- advocacy: ``应该……使用AI`` favours what is to be used.

What someone else says is nobody's evaluation here: words after a speech verb (``形容张三
状态很好``, ``X主打更丰富的……``, ``X被指造假``) unless the verb states an attitude
(``表示失望``), and a clause that judges a claim (``X存在隐患的说法纯属捏造``).

Composition: negation, reversers and degree words act inside :func:`.evaluation.units`;
here a conceded clause (``虽然……``, a clause before an evaluating ``但``-clause) counts
little and a target evaluated only in conceded clauses is neutral; a contrast clause counts
more; hedges count less; a clause that states a condition counts nothing; a question counts
nothing unless it is rhetorical (``难道……吗?``), which says the opposite.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

from ..models import Polarity, Span, Speaker, TargetPolarity
from .evaluation import Tokens, Unit, units
from .polarity_words import Lexicon, load_lexicon, word_lists

__all__ = ["CONCEDED_RULE", "CONDITIONAL_RULES", "COUNTERFACTUAL_RULE", "Lexicon", "claim_score", "claim_units", "cue_region", "load_lexicon",
           "negated_mentions", "target_polarities", "word_lists"]

_CLAUSE = re.compile(r"[^,;:。!?\n]+")
_SENTENCE_END = frozenset("。!?\n")
_QUOTES = "“”\"'‘’「」『』《》()（） "
_QUOTE_MARKS = frozenset("“”\"‘’「」『』")
_A_NOT_A = re.compile(r"(.)不\1|有没有")  # 能不能, 是不是, 有没有: a question, not a negation
_CONCEDED, _CONTRAST, _HEDGED = 0.4, 1.5, 0.75
_WEAK = 0.5  # a target's summed evaluation below this is too weak to lean either way
_REPORTED = 0.5  # an outcome (增长, 下滑, 风险) the article's own voice reports counts this much
_OUTCOMES = frozenset({"success", "failure", "risk", "forecast_up", "forecast_down"})
# a date or period opening a clause: 2007年, 2023第四季度, 上半年, 10月15日
_LEADING_TIME = re.compile(r"(?:[0-9]{2,4}年?|今年|去年|明年)?"
                           r"(?:第?[一二三四1-4]季度|[上下]半年|[0-9]{1,2}月(?:[0-9]{1,2}日)?)?(?:(?<=[年月度])[初中底末])?")
_RULES = MappingProxyType({"subject": "polarity.clause_subject.v3", "object": "polarity.object.v1",
                           "comparative": "polarity.comparison.v1", "parity": "polarity.comparison.v1",
                           "cue": "polarity.evaluative_cue.v1", "advocacy": "polarity.advocacy.v1",
                           "prohibition": "polarity.prohibition.v1", "ultimatum": "polarity.ultimatum.v1",
                           "admonition": "polarity.admonition.v1", "challenge": "polarity.rhetorical_challenge.v1",
                           "demand": "polarity.demand.v1", "counterfactual": "polarity.counterfactual.v1",
                           "inaction": "polarity.inaction.v1", "reported": "polarity.reported_attitude.v1",
                           "rating": "polarity.rating_action.v1"})
# rules that read a condition as a threat or a reproach: they hold in a conditional claim too
CONDITIONAL_RULES = frozenset({_RULES["ultimatum"], _RULES["admonition"]})
# a doubted condition on X whose obligation the claim does not hold (X若有心……, | 更该……): a
# reproach only where the speaker's next claim in the sentence says what X should do
COUNTERFACTUAL_RULE = _RULES["counterfactual"]
_MODERATE = 0.7  # the weight of a construction that evaluates without an evaluative word
CONCEDED_RULE = "polarity.conceded.v1"
# an attitude the article's voice reports (陈思雨反对X): the stance is the actor's, not the article's
REPORTED_RULE = _RULES["reported"]


@dataclass(frozen=True)
class _Reading:
    """What the clauses of one claim share: the lexicon, the concepts, who speaks (an entity
    key, else None) and in which voice, and the entities the claim reaches only through an
    omitted subject or a reference the extract stage filled in (they are topics, never the
    actor whose attitude an evaluative verb reports)."""

    lex: Lexicon
    concepts: frozenset[str]
    speaker: str | None
    voice: float
    inferred: frozenset[str]
    words: frozenset[str]  # the text of every unit of the claim: a rule none of whose words it holds is passed by
    author: bool = False  # the article's own voice: an actor's attitude it reports is the actor's
    opening: frozenset[str] = frozenset()  # the entities of the claim's first clause: its actor, if any


@dataclass
class _Scores:
    """Evaluations collected per target: (value, conceded, rule); evaluations of clauses
    before the claim names its subject wait for it (依靠……无法……,Sora……)."""

    parts: dict[str, list[tuple[float, bool, str]]] = field(default_factory=dict)
    pending: list[tuple[float, bool, str]] = field(default_factory=list)

    def add(self, keys: Sequence[str], value: float, conceded: bool, rule: str, wait: bool = False) -> None:
        if not keys and wait:
            self.pending.append((value, conceded, rule))
        for key in dict.fromkeys(keys):
            self.parts.setdefault(key, []).append((value, conceded, rule))

    def resolve(self, keys: Sequence[str]) -> None:
        for part in self.pending:
            self.add(keys, *part)
        self.pending.clear()


def target_polarities(view: str, span: Span, about: Sequence[tuple[str, Span]],
                      lexicon: Lexicon | None = None, concepts: frozenset[str] = frozenset(),
                      tokens: Tokens | None = None, speaker: Speaker | None = None,
                      cue_polarity: Callable[[str], Polarity | None] | None = None,
                      ) -> tuple[TargetPolarity, ...]:
    """Polarity toward each entity the claim evaluates (see the module docstring).

    ``about`` holds (entity key, mention span) pairs inside ``span``; ``concepts`` the keys of
    entities that are concepts (AI, 关税政策); ``tokens`` the article's token boundaries;
    ``speaker`` who makes the claim (its cue may evaluate; the article's own voice reports
    outcomes rather than judging them); ``cue_polarity`` the claim stage's polarity of an
    evaluative cue (``ClaimLexicon.cue_polarity``), read where the evaluative lexicon has no
    word for the cue.
    """
    lex = lexicon or load_lexicon()
    tokens = tokens or Tokens(view, ())
    mentions = _mentions(span, about)
    clauses = [(span.start + m.start(), span.start + m.end()) for m in _CLAUSE.finditer(view[span.start:span.end])]
    parsed = [units(view, tokens, s, e, mentions, lex.evaluative, lex.fw) for s, e in clauses]
    asked = _question(view, span, parsed, lex)
    if asked == 0.0:
        return ()
    claim = view[span.start:span.end]
    rated = _rating_action(parsed, speaker, concepts, lex) if any(n in claim for n in lex.rating_nouns) else None
    if rated is not None:  # 某券商将X的评级下调至中性: the broker's view of X, whatever the labels say
        scores = _Scores()
        scores.add(*rated)
        return _aggregate(scores, [k for k, _ in about])
    inferred = frozenset(u.entity for us in parsed for u in us if u.kind == "entity" and u.start == u.end)
    inferred -= {u.entity for us in parsed for u in us if u.kind == "entity" and u.start < u.end}
    words = frozenset(u.text for us in parsed for u in us)
    admonished, should = _admonition(parsed, inferred, view, concepts, lex) if not lex.counterfactuals.isdisjoint(words) \
        else ((), False)
    if admonished:  # 政府若真关心……,就应该……: what should be done says what is not
        scores = _Scores()
        scores.add(admonished, -_MODERATE, False, _RULES["admonition" if should else "counterfactual"])
        return _aggregate(scores, [k for k, _ in about])
    contrast_at = {i for i, us in enumerate(parsed) if _marked(us, lex.contrastives)} \
        if not lex.contrastives.isdisjoint(words) else set()
    turning = [i for i in contrast_at if any(u.value for u in parsed[i])]
    hedged = _HEDGED if not lex.hedges.isdisjoint(words) else 1.0
    scores = _Scores()
    commented = bool(parsed) and (_opens(parsed[0], lex.comment_openers) or _opens(parsed[0], lex.opener_conclusion))  # 这让X终于看到曙光: the article reads the news
    voice = _REPORTED if speaker is not None and speaker.kind == "author" and not commented else 1.0
    who = speaker.key if speaker is not None and speaker.kind == "entity" else None
    reading = _Reading(lex, concepts, who, voice, inferred, words, speaker is not None and speaker.kind == "author",
                       frozenset(u.entity for u in parsed[0] if u.kind == "entity") if parsed else frozenset())
    demanded, demand_ends = _demand(reading, parsed)
    if demanded:  # 要求X停止违规: the demand, not the wrong it asks to stop, is the evaluation
        scores.add(demanded, -_MODERATE * hedged, False, _RULES["demand"])
    topic: tuple[str, ...] = ()
    first_subjects: tuple[str, ...] | None = None
    heads = [_head(us, view, lex) for us in parsed]
    # a list the clauses are read against is read only where a word of it is in the claim at all
    named_claims, conceding = not lex.claim_nouns.isdisjoint(words), not lex.concessives.isdisjoint(words)
    threatening = not lex.ultimatums.isdisjoint(words)
    framed = _framed(parsed, heads, lex)
    for i, us in enumerate(parsed):
        subjects = _subjects(us, heads[i], concepts, lex)
        if first_subjects is None:
            first_subjects = subjects
        if i <= demand_ends:
            topic = subjects or topic
            continue
        if i in framed:
            continue  # 随着……, 如果……, 当……时: a circumstance or a condition holds no stance
        if (not lex.claim_nouns.isdisjoint(words) or not lex.rumours.isdisjoint(words)) and _judges_a_claim(us, lex):
            continue  # X存在隐患的说法纯属捏造: what is judged is what someone said, not X
        if named_claims and _names_a_claim(us, view, lex):
            topic = subjects or topic  # 驳斥外界对X的批评: someone else's words; what follows is of whose they are
            continue
        if subjects:
            topic = subjects
            scores.resolve(subjects)
        conceded = conceding and _marked(us, lex.concessives) or any(j > i for j in turning)
        weight = (_CONCEDED if conceded else _CONTRAST if i in contrast_at else 1.0) * hedged * asked
        threat = _RULES["ultimatum"] if threatening and _opens(us, lex.ultimatums) else None  # ……,否则下架
        _evaluate_clause(reading, us, topic, subjects, weight, conceded, scores, threat)
        if who is not None and subjects and who not in subjects and _inaction(us, lex):
            scores.add(subjects, -_MODERATE * weight, conceded, _RULES["inaction"])  # X迟迟未公布……
        if view[clauses[i][1]:clauses[i][1] + 1] in _SENTENCE_END:
            scores.pending.clear()  # a subject named after a sentence's end is another sentence's
    if asked < 0 and not scores.parts and not scores.pending:  # 凭什么X……? with no evaluative word
        scores.add(first_subjects or tuple(inferred), -_MODERATE * hedged, False, _RULES["challenge"])
    region = cue_region(view, speaker.cue, span) if speaker is not None and speaker.cue is not None else None
    if region is not None and not (named_claims and any(_names_a_claim(us, view, lex) for us in parsed)):  # 驳斥……的批评: a claim
        _evaluative_cue(view, tokens, region, parsed, first_subjects or (), who, hedged, lex, scores, cue_polarity,
                        judged=not view[speaker.cue.end:span.start].strip())
    return _aggregate(scores, [k for k, _ in about])


def _framed(parsed: list[list[Unit]], heads: list[int], lex: Lexicon) -> set[int]:
    """The clauses that state a circumstance or a condition: those that open with a frame or a
    conditional (随着……, 如果……), and the clauses up to the one that closes such a frame
    (当X……,要……时); ``heads``: each clause's head (see ``_head``)."""
    out: set[int] = set()
    proposed = False  # whether a clause before proposes or sets a condition (应加快……, 只有……)
    for i, us in enumerate(parsed):
        head = heads[i]
        if proposed and head < len(us) and us[head].text in lex.only_then:
            out.add(i)  # ……,才能稳定电价: what the proposal would bring about
        proposed = proposed or _proposal(us, lex) < len(us)
        if head < len(us) and (us[head].text in lex.frames or us[head].text in lex.conditionals):
            out.add(i)
            closing = next((j for j in range(i, len(parsed)) if _closes_frame(parsed[j], lex)), None)
            if closing is not None and us[head].text in lex.framed_until:
                out.update(range(i, closing + 1))
    return out


def _proposal(us: list[Unit], lex: Lexicon) -> int:
    """Where the clause's first modal of a proposal stands (X应加快……, 只有……), not one of a
    guess (应该可以追平, 应该是); ``len(us)`` if none does."""
    return next((k for k, u in enumerate(us) if u.kind == "word" and u.text in lex.proposals
                 and not (k + 1 < len(us) and us[k + 1].text in lex.guessed)), len(us))


def _closes_frame(us: list[Unit], lex: Lexicon) -> bool:
    last = next((u for u in reversed(us) if u.text.strip(_QUOTES)), None)
    return last is not None and last.text in lex.frame_closers


def _evaluate_clause(r: _Reading, us: list[Unit], targets: tuple[str, ...], subjects: tuple[str, ...], weight: float,
                     conceded: bool, scores: _Scores, rule: str | None = None) -> None:
    """Add the clause's evaluations to ``scores`` (under ``rule`` where given); none after a
    verb that reports someone else's evaluation (陈思雨批评新规缺乏……: what follows 批评 is
    hers, not the speaker's)."""
    lex, concepts, speaker, voice = r.lex, r.concepts, r.speaker, r.voice
    rules = _RULES if rule is None else dict.fromkeys(_RULES, rule)
    _prohibition(r, us, targets, weight, conceded, scores)
    speech = len(us) if lex.speech_verbs.isdisjoint(r.words) else next(
        (k for k, u in enumerate(us) if u.kind == "word" and u.text in lex.speech_verbs
         and not (k == 0 and u.text in lex.opener_conclusion)), len(us))  # 这说明X……: no one speaks
    purpose = len(us) if lex.purposes.isdisjoint(r.words) else next(
        (k for k, u in enumerate(us) if u.kind == "word" and u.text in lex.purposes), len(us))
    proposal = len(us) if lex.proposals.isdisjoint(r.words) else _proposal(us, lex)
    governed: tuple[str, ...] = ()  # the object of an evaluative verb: what follows in its clause describes it
    for k, u in enumerate(us):
        if not u.value or u.entry is None or (speech < k and not _attitude(us, speech, k, lex)) or purpose < k \
                or proposal < k and u.value > 0:
            continue  # 形容张三状态很好 reports someone else's evaluation; 用于技术创新 states a goal, and
            # X必须改善服务 one X is asked to reach, no merit of X's
        role = u.entry.role
        value = u.value * weight * (voice if u.entry.cls in _OUTCOMES else 1.0)
        if role == "object" and _passive(us, k, lex):
            scores.add(targets, value, conceded, rules["subject"], wait=True)  # X被看好: X is evaluated
        elif role == "object":
            found = _objects(us, k, lex, concepts) or _topic_marked(us, k, lex)
            actor = () if rule else _actor(us, k, lex) or tuple(e for e in subjects or targets if e not in r.inferred)
            if r.author and found and not rule and not set(actor) & set(found) and _named_before(us, k, found, concepts):
                scores.add(found, value, conceded, _RULES["reported"])  # 陈思雨反对X: her stance, reported
                return
            if actor and speaker not in actor and not set(actor) & set(found) or not actor and _group_before(us, k, lex):
                return  # 腾讯支持该政策, 投资者普遍担忧……: the actor's view, not the speaker's
            scores.add(found or targets, value, conceded, rules["object" if found else "subject"])
            governed = found or governed
        elif role == "parity" and u.text in lex.parity_after_term and not _compared_before(us, k, lex):
            continue  # 相当 without 与X: an adverb (相当低调), not a comparison
        elif role in ("comparative", "parity"):
            if targets:
                scores.add(targets, value, conceded, rules[role])
            elif role == "comparative":
                scores.add(_objects(us, k, lex, concepts), -value, conceded, rules[role])
        else:  # 对远航物流的做法表示失望: with no subject, what 对 introduces
            scores.add(governed or targets or _topic_marked(us, k, lex), value, conceded, rules["subject"], wait=True)
    advocated = _advocated(us, concepts, lex) if not lex.advocacy_modals.isdisjoint(r.words) else ()
    if advocated:
        scores.add(advocated, 1.0 * weight, conceded, rules["advocacy"])


def _prohibition(r: _Reading, us: list[Unit], targets: tuple[str, ...], weight: float, conceded: bool,
                 scores: _Scores) -> None:
    """不会让X……, 决不允许X……, 严禁X……: the speaker stands against X, the entity after the
    permission denied, else what the claim refers to, else its topic."""
    lex = r.lex
    if lex.prohibitions.isdisjoint(r.words) and lex.permissives.isdisjoint(r.words):
        return  # no word of either list: nothing is denied
    for k, u in enumerate(us):
        denied = u.text in lex.prohibitions
        if u.text in lex.permissives and k > 0:
            j = k - 1
            while j >= 0 and us[j].kind == "word" and us[j].text in lex.adverbials and not _negates(us[j], lex):
                j -= 1
            denied = j >= 0 and _negates(us[j], lex)
        if denied:
            after = next((i for i in range(k + 1, len(us)) if us[i].kind == "entity"), None)
            found = _entity_run(us, after, lex, len(us), r.concepts)[0] if after is not None else ()
            # the one who forbids (某部严禁……, 某部印发通知,……严禁……) is no target of the prohibition
            forbidding = {u.entity for u in us[:k] if u.kind == "entity"} | r.opening
            fallback = tuple(t for t in (tuple(r.inferred) or targets) if t not in forbidding)
            if found or fallback:
                scores.add(found or fallback, -_MODERATE * weight, conceded, _RULES["prohibition"])
            return


def _demand(r: _Reading, parsed: list[list[Unit]]) -> tuple[tuple[str, ...], int]:
    """要求X停止……, 敦促X召回……, 警告X,不要再……, X必须公开道歉: a demand that X correct
    itself is a stance against X (the addressee after the demand verb, else the subject
    before the modal). X, and the index of the clause the demand ends in (-1 for none)."""
    lex = r.lex
    if lex.corrections.isdisjoint(r.words):
        return (), -1  # nothing to correct: no demand
    us = [u for clause in parsed for u in clause]
    ends = [i for i, clause in enumerate(parsed) for _ in clause]
    correct = next((k for k, u in enumerate(us) if u.text in lex.corrections), None)
    if correct is None:
        return (), -1
    for k in range(correct - 1, -1, -1):
        u = us[k]
        if u.kind == "word" and u.text in lex.demands:
            after = next((i for i in range(k + 1, correct) if us[i].kind == "entity"), None)
            found = _entity_run(us, after, lex, correct, r.concepts)[0] if after is not None else ()
        elif u.kind == "word" and u.text in lex.obligations:
            found = _run_before(us, k, lex, r.concepts) or tuple(r.inferred)
        else:
            continue
        return (found, ends[correct]) if found and r.speaker not in found else ((), -1)
    return (), -1


def _run_before(us: list[Unit], k: int, lex: Lexicon, concepts: frozenset[str]) -> tuple[str, ...]:
    """The entities of the last noun phrase before ``us[k]`` in its clause."""
    last = next((j for j in range(k - 1, -1, -1) if us[j].kind == "entity"), None)
    if last is None:
        return ()
    first = last
    while first > 0 and (us[first - 1].kind == "entity" or us[first - 1].text in lex.coordinators and first > 1
                         and us[first - 2].kind == "entity"):
        first -= 1 if us[first - 1].kind == "entity" else 2
    return _entity_run(us, first, lex, last + 1, concepts)[0]


def _inaction(us: list[Unit], lex: Lexicon) -> bool:
    """X迟迟未公布, X至今从未提出, X始终没有回应: a delay word, a negator right after it, a
    verb after that, and no evaluative word the negator flips (X至今未发生事故 is composition's)."""
    if any(u.negated for u in us):
        return False
    for k, u in enumerate(us[:-2]):
        if u.kind == "word" and u.text in lex.inaction_delays:
            nxt = next((v for v in us[k + 1:] if v.text not in lex.inaction_delays), None)
            if nxt is not None and nxt.kind == "word" and (
                    nxt.text in lex.inaction_negators and nxt is not us[-1] or nxt.text in lex.unfulfilled):
                return True  # 迟迟未|公布, 至今仍|未兑现
    return False


def _negates(u: Unit, lex: Lexicon) -> bool:
    return u.kind == "word" and u.text in lex.negators and u.text not in lex.false_negators


def _admonition(parsed: list[list[Unit]], inferred: frozenset[str], view: str, concepts: frozenset[str],
                lex: Lexicon) -> tuple[tuple[str, ...], bool]:
    """A counterfactual condition on a subject and what it then should do (X若真关心……,重点
    应该……; X若有心……,更该……), or what it should have done (X本该……): the subject, whom the
    speaker reproaches for not doing it, and whether the claim says what X should do (where it
    does not, the speaker's next claim may)."""
    for i, us in enumerate(parsed):
        marker = next((k for k, u in enumerate(us) if u.kind == "word" and u.text in lex.counterfactuals), None)
        if marker is None:
            continue
        should = any(u.kind == "word" and u.text in lex.obligations for later in parsed[i:] for u in later)
        before = next((k for k in range(marker - 1, -1, -1) if us[k].kind == "entity"), None)
        if us[marker].text in lex.obligations:  # X本该……: only where X is named before it
            return (_entity_run(us, before, lex, len(us), concepts)[0] if before is not None else ()), True
        after = next((k for k in range(marker + 1, len(us)) if us[k].kind == "entity"), None)
        at = before if before is not None else after
        return (_entity_run(us, at, lex, len(us), concepts)[0] if at is not None else tuple(inferred)), should
    return (), False


def cue_region(view: str, cue: Span, span: Span) -> Span | None:
    """The attribution that governs the claim: the cue's clause up to the claim it introduces
    (软银依然看好|……), or, right after a quotation (“……”他批评道), the cue's clause. None
    where the cue governs another sentence (the claim carries a speaker on)."""
    m = _CLAUSE.match(view, cue.start)
    clause_end = max(m.end() if m else cue.end, cue.end)
    if cue.end <= span.start:
        another = not _SENTENCE_END.isdisjoint(view[cue.end:span.start])  # a sentence ends between
        return None if another else Span(start=cue.start, end=min(span.start, clause_end))
    if cue.start >= span.end and not view[span.end:cue.start].strip(_QUOTES + ",;:。!?"):
        return Span(start=cue.start, end=clause_end)
    return None


def _evaluative_cue(view: str, tokens: Tokens, cue: Span, parsed: list[list[Unit]], subjects: tuple[str, ...],
                    speaker: str | None, hedged: float, lex: Lexicon, scores: _Scores,
                    cue_polarity: Callable[[str], Polarity | None] | None, judged: bool = False) -> None:
    """看好|英伟达股价……: the cue verb's polarity toward what the clause it governs is about. Where
    the claim is the clause an evaluating cue judges, right after it (批评|平台反应太慢), only that
    clause's subject is the target, not any name in it (斥某某所指「甲公司仅在北京运营」等关于甲公司的表述)."""
    cue_units = units(view, tokens, cue.start, cue.end, (), lex.evaluative, lex.fw)
    verb = next((u for u in reversed(cue_units) if u.value and u.entry and u.entry.role in ("object", "subject")), None)
    # the cue is an evaluating verb (批评, 看好): read where no evaluative word of the cue gives the
    # value, or where the claim is the clause it judges
    evaluating = _cue_value(view, tokens, cue, cue_polarity) if verb is None or judged else 0.0
    value = verb.value if verb is not None else evaluating
    if not value:
        return
    named = [u.entity for us in parsed for u in us if u.kind == "entity" and u.entity != speaker]
    target = [s for s in subjects if s != speaker] or ([] if judged and evaluating else named[:1])
    scores.add(target, value * hedged, False, _RULES["cue"])


def _cue_value(view: str, tokens: Tokens, cue: Span, cue_polarity: Callable[[str], Polarity | None] | None) -> float:
    """The claim stage's polarity of the cue's verb (its last run of tokens that is an
    evaluative cue), as a moderate value; 0 where it has none."""
    if cue_polarity is None:
        return 0.0
    bounds = tokens.between(cue.start, cue.end)
    for i in range(len(bounds) - 1, -1, -1):
        for j in range(min(len(bounds), i + 4) - 1, i - 1, -1):
            polarity = cue_polarity(view[bounds[i][0]:bounds[j][1]])
            if polarity is Polarity.FAVOR or polarity is Polarity.AGAINST:
                return _MODERATE if polarity is Polarity.FAVOR else -_MODERATE
    return 0.0


def _rating_action(parsed: list[list[Unit]], speaker: Speaker | None, concepts: frozenset[str],
                   lex: Lexicon) -> tuple[tuple[str, ...], float, bool, str] | None:
    """A rating changed on a company (中金将X的评级下调至中性, 下调X目标价, X的目标价被上调):
    the one who rates takes that side on X, whatever the rating's own words (跑赢行业, 中性).
    The company is the name right before the rating's noun, the rater a name before it or
    the claim's speaker; (target, score, conceded, rule) for ``_Scores.add``, or None."""
    def move(text: str) -> float:
        """+1 for a rating raised, -1 cut, 0 for neither; a word may hold noun and verb (目标价上调)."""
        if text in lex.rating_up or text in lex.rating_down:
            return 1.0 if text in lex.rating_up else -1.0
        if not any(n in text for n in lex.rating_nouns):
            return 0.0
        return 1.0 if any(v in text for v in lex.rating_up) else -1.0 if any(v in text for v in lex.rating_down) else 0.0

    for us in parsed:
        verb = next((k for k, u in enumerate(us) if u.kind != "entity" and move(u.text)), None)
        noun = next((k for k, u in enumerate(us) if u.kind != "entity" and any(n in u.text for n in lex.rating_nouns)), None)
        if verb is None or noun is None:
            continue
        named = [k for k, u in enumerate(us) if u.kind == "entity" and u.start < u.end and u.entity not in concepts]
        rated = [k for k in named if k < noun]
        if not rated or any(u.text.strip() not in ("", "的", "之") for u in us[rated[-1] + 1:noun]):
            continue  # (某某证券分析师某某则将评级下调: the analyst who rates, no company rated)
        target = us[rated[-1]].entity
        actors = [us[k].entity for k in named if k < rated[-1] and us[k].entity != target]
        value = _MODERATE * move(us[verb].text)
        if actors:  # the article reports whose rating it is
            return (target,), value, False, REPORTED_RULE
        if speaker is not None and speaker.kind == "entity" and speaker.key != target:
            return (target,), value, False, _RULES["rating"]
    return None


def _aggregate(scores: _Scores, order: Sequence[str]) -> tuple[TargetPolarity, ...]:
    out = []
    for key in dict.fromkeys(order):
        parts = scores.parts.get(key)
        if not parts:
            continue
        raw = sum(v for v, _, _ in parts)
        if all(c for _, c, _ in parts):
            polarity, rule = Polarity.NEUTRAL, CONCEDED_RULE
        elif abs(raw) < _WEAK:
            polarity, rule = Polarity.NEUTRAL, "polarity.weak.v1"
        else:
            polarity = Polarity.FAVOR if raw > 0 else Polarity.AGAINST
            rule = max(parts, key=lambda p: abs(p[0]))[2]
        out.append(TargetPolarity(entity=key, polarity=polarity, score=round(max(-1.0, min(1.0, raw / 2)), 4), rule=rule))
    return tuple(out)


def _mentions(span: Span, about: Sequence[tuple[str, Span]]) -> list[tuple[int, int, str]]:
    """Mentions inside the span, without overlaps (the earlier, then the longer, wins); a
    reference that stands for several entities (两家公司, an omitted subject) keeps them all."""
    out: list[tuple[int, int, str]] = []
    for key, m in sorted(about, key=lambda a: (a[1].start, -(a[1].end - a[1].start))):
        if not (span.start <= m.start and m.end <= span.end):
            continue
        if not out or m.start >= out[-1][1] and m.start > out[-1][0]:
            out.append((m.start, m.end, key))
        elif (m.start, m.end) == out[-1][:2] and key not in {k for s, e, k in out if (s, e) == (m.start, m.end)}:
            out.append((m.start, m.end, key))
    return out


def _question(view: str, span: Span, parsed: list[list[Unit]], lex: Lexicon) -> float:
    """1 for a statement; for a question 0, or -1 where it is rhetorical (难道……吗?)."""
    i = span.end
    while i < len(view) and view[i] in _QUOTES:
        i += 1
    if i >= len(view) or view[i] not in "?？":
        return 1.0
    return -1.0 if any(u.text in lex.rhetorical for us in parsed for u in us) else 0.0


def _marked(us: list[Unit], words: Sequence[str]) -> bool:
    """One of ``words`` before the clause's first evaluative word (虽然X……, X尽管……, 利润却……)."""
    for u in us:
        if u.kind == "eval":
            return False
        if u.kind == "word" and u.text in words:
            return True
    return False


def _opens(us: list[Unit], words: Sequence[str]) -> bool:
    first = next((u for u in us if u.kind != "word" or u.text.strip(_QUOTES)), None)
    return first is not None and first.text in words


def _head(us: list[Unit], view: str, lex: Lexicon) -> int:
    """Index of the first unit after quotes, a leading date and connectives."""
    i = 0
    while i < len(us):
        u = us[i]
        if u.kind == "word" and (not u.text.strip(_QUOTES) or u.text in lex.connectives or u.text in lex.rhetorical
                                 or u.text in lex.concessives or u.text in lex.contrastives
                                 or i == 0 and u.text in lex.opener_conclusion):  # 这说明X……: X is the head
            i += 1
            continue
        date = _LEADING_TIME.match(view, u.start)
        if u.kind == "word" and date and date.end() >= u.end:
            while i < len(us) and us[i].end <= date.end():
                i += 1
            continue
        return i  # a unit the date only begins (去年营收) is the head itself
    return i


def _subjects(us: list[Unit], head: int, concepts: frozenset[str], lex: Lexicon) -> tuple[str, ...]:
    """Entities at the head of the clause, a list joined by 、/和 counting as one head; not a
    foil or agent (相比X, 被X), not a source before a speech verb (X数据显示)."""
    if head >= len(us):
        return ()
    first_eval = next((k for k, u in enumerate(us) if u.kind == "eval"), len(us))
    out: list[str] = []
    k = head
    while k < first_eval:
        u = us[k]
        if u.kind == "entity":
            if k > 0 and us[k - 1].text in lex.foil_before:
                break
            if k > head and (u.entity in concepts or any(w.text not in lex.pre_subject and w.text not in lex.appositives
                                                         for w in us[head:k])):  # 另一家平台X: X in apposition
                break
            run, k = _entity_run(us, k, lex, first_eval, concepts)
            out.extend(run)
            break
        k += 1
    if out and any(u.kind == "word" and u.text in lex.speech_verbs and not any(_negates(w, lex) for w in us[k:j])
                   for j, u in enumerate(us[k:first_eval], k)):
        return ()  # 应用分析机构X数据显示, 张三表示: a source (not X迟迟没有回应: an actor)
    return tuple(dict.fromkeys(out))


def _judges_a_claim(us: list[Unit], lex: Lexicon) -> bool:
    """……的说法/传言, or 该说法/这种传言 (a claim pointed back at), or a noun of what is spread
    (网传内容, 网上流传的视频), followed by an evaluation of it."""
    # the noun may be a word or, once the about stage has read it as whoever said it
    # (这种|传言 -> the source), an entity unit: either way it is what the evaluation judges
    return any((u.text in lex.claim_nouns and (us[j - 1].text == "的" or us[j - 1].text in lex.claim_demonstratives)
                or u.kind == "word" and (us[j - 1].text in lex.rumours
                                         or j > 1 and us[j - 1].text == "的" and us[j - 2].text in lex.rumours))
               and any(v.kind == "eval" for v in us[j + 1:]) for j, u in enumerate(us) if j > 0)


def _names_a_claim(us: list[Unit], view: str, lex: Lexicon) -> bool:
    """A clause that ends in ……的批评/担忧 or 「……」的说法: it names what someone else said or feels
    (驳斥外界「X造假」的批评, 回应市场对X的担忧); the words before the noun are theirs."""
    k = len(us) - 1
    while k >= 0 and (not us[k].text.strip(_QUOTES) or us[k].text in lex.particles):
        k -= 1  # 的批评」, 的说法呢: quotes and particles after the noun
    if k < 1 or us[k].kind == "entity" or us[k].text not in lex.claim_nouns or us[k - 1].text != "的":
        return False
    # an attitude noun (批评, 担忧) or quoted words (「……」的说法); not 有诸多不实的表述, the speaker's own judgement
    return us[k].kind == "eval" or any(c in _QUOTE_MARKS for c in view[us[0].start:us[k - 1].start])


def _attitude(us: list[Unit], verb: int, k: int, lex: Lexicon) -> bool:
    """表示失望, 表示强烈支持: the word right after the verb is the attitude it states."""
    return us[verb].text in lex.attitude_verbs and all(u.kind == "word" and (u.text in lex.intensifiers or u.text in lex.transparent) for u in us[verb + 1:k])


def _passive(us: list[Unit], k: int, lex: Lexicon) -> bool:
    """被/遭到 (and the agent) before the verb at ``k``: 被寄望成为……, 遭到投资者抛售."""
    for j in range(k - 1, -1, -1):
        if us[j].kind == "eval":
            return False
        if us[j].kind == "word" and us[j].text in lex.passives:
            return True
    return False


def _group_before(us: list[Unit], k: int, lex: Lexicon) -> bool:
    """An unnamed group before the verb at ``k`` with no name between (大家普遍存在担忧,
    投资者看好……, 人们都看好……): the verb states that group's attitude."""
    for j in range(k - 1, -1, -1):
        if us[j].kind == "entity" and not (j > 0 and us[j - 1].text in lex.topic_markers):
            return False  # a name between (投资者对X的青睐: X is what the attitude is about)
        if us[j].text in lex.third_parties or _people(us[j], lex):
            return True
    return False


def _people(u: Unit, lex: Lexicon) -> bool:
    """A word that names a kind of people by its suffix (批评者, 旁观者, 消费者)."""
    return u.kind == "word" and len(u.text) >= 2 and u.text.endswith(lex.third_party_suffixes)


def _actor(us: list[Unit], k: int, lex: Lexicon) -> tuple[str, ...]:
    """The entity right before the verb at ``k``, adverbs aside (GPU只能支持……): its subject."""
    j = k - 1
    while j >= 0 and us[j].kind == "word" and (us[j].text in lex.adverbials or us[j].text in lex.transparent):
        j -= 1
    if j < 0 or us[j].kind != "entity" or us[j].start == us[j].end:
        return ()  # an omitted subject the extract stage filled in is a topic, not who holds the attitude
    return (us[j].entity,)


def _named_before(us: list[Unit], k: int, found: tuple[str, ...], concepts: frozenset[str]) -> bool:
    """An entity named (not inferred) before the verb at ``k`` that is not what it evaluates nor
    a concept: the actor whose attitude the article reports (陈思雨对X表示欢迎)."""
    return any(u.kind == "entity" and u.start < u.end and u.entity not in found and u.entity not in concepts
               for u in us[:k])


def _objects(us: list[Unit], k: int, lex: Lexicon, concepts: frozenset[str]) -> tuple[str, ...]:
    """The entity after the word at ``k`` in its clause, with those joined to it (看好A和B)."""
    for j in range(k + 1, len(us)):
        u = us[j]
        if u.kind == "eval" and u.entry is not None and u.entry.role == "object":
            return ()
        if u.kind == "entity":
            if us[j - 1].text in ("被", "遭", "由"):
                continue
            return _entity_run(us, j, lex, len(us), concepts)[0]
    return ()


def _entity_run(us: list[Unit], k: int, lex: Lexicon, end: int, concepts: frozenset[str]) -> tuple[tuple[str, ...], int]:
    """The entities of the noun phrase that starts at ``us[k]`` (before ``end``), and the
    index of its last: those joined by 、/和 (阿里、腾讯和百度), those a reference stands for
    together (两家公司, an omitted subject), and of two names side by side the later, the
    head (星河科技《银河》: the product), unless it is a concept (星河科技AI: the company)."""
    out, j = [us[k].entity], k
    while True:
        nxt = us[j + 1] if j + 1 < end else None  # units skip only quotes and spaces: a next entity is adjacent
        if nxt is not None and nxt.kind == "entity":
            if (nxt.start, nxt.end) == (us[j].start, us[j].end):
                out.append(nxt.entity)  # one reference, several entities
            elif us[j].start == us[j].end or nxt.entity not in concepts:
                out[-1] = nxt.entity  # a name after a filled-in subject, or the head of two names
            j += 1
        elif j + 2 < end and us[j + 1].text in lex.coordinators and us[j + 2].kind == "entity":
            out.append(us[j + 2].entity)
            j += 2
        else:
            return tuple(dict.fromkeys(out)), j


def _topic_marked(us: list[Unit], k: int, lex: Lexicon) -> tuple[str, ...]:
    """对/对于 (……) X before the word at ``k``: X (对实体AI抱持高度期待)."""
    for j in range(k - 1, -1, -1):
        if us[j].kind == "word" and us[j].text in lex.topic_markers:
            return next(((u.entity,) for u in us[j + 1:k] if u.kind == "entity"), ())
    return ()


def _compared_before(us: list[Unit], k: int, lex: Lexicon) -> bool:
    """与/和/跟 X before the word at ``k`` (与苹果相当)."""
    return any(us[j].text in lex.coordinators and us[j + 1].kind == "entity" for j in range(k - 1))


def _advocated(us: list[Unit], concepts: frozenset[str], lex: Lexicon) -> tuple[str, ...]:
    """应该……使用X: X, concepts included."""
    modal = next((k for k, u in enumerate(us) if u.text in lex.advocacy_modals), None)
    if modal is None:
        return ()
    verb = next((k for k in range(modal + 1, len(us)) if us[k].text in lex.advocacy_verbs), None)
    if verb is None:
        return ()
    return tuple(u.entity for u in us[verb + 1:] if u.kind == "entity")


def claim_units(view: str, span: Span, lexicon: Lexicon, tokens: Tokens | None = None,
                about: Sequence[tuple[str, Span]] = ()) -> list[list[Unit]]:
    """The claim's clauses as units (see :func:`.evaluation.units`)."""
    tokens = tokens or Tokens(view, ())
    mentions = _mentions(span, about)
    return [units(view, tokens, span.start + m.start(), span.start + m.end(), mentions, lexicon.evaluative, lexicon.fw)
            for m in _CLAUSE.finditer(view[span.start:span.end])]


def claim_score(view: str, span: Span, lexicon: Lexicon, tokens: Tokens | None = None,
                about: Sequence[tuple[str, Span]] = ()) -> float:
    """Signed evaluative score of a whole claim, whatever it is about."""
    return sum(u.value for us in claim_units(view, span, lexicon, tokens, about) for u in us)


def negated_mentions(view: str, span: Span, about: Sequence[tuple[str, Span]], lexicon: Lexicon,
                     tokens: Tokens | None = None) -> frozenset[str]:
    """Entities named in a clause of the claim that a negator denies (不会……推动AGI,
    Sora……没有那么大); 能不能-style questions do not count."""
    out: set[str] = set()
    for us in claim_units(view, span, lexicon, tokens, about):
        if _A_NOT_A.search("".join(u.text for u in us)):
            continue
        if any(u.text in lexicon.negators and u.text not in lexicon.false_negators or u.negated for u in us):
            out |= {u.entity for u in us if u.kind == "entity"}
    return frozenset(out)
