"""Claim relations within one article, as named sieves run most precise first.

Each sieve looks at one claim and its neighbours (the claim before, the turn it answers, at
most eight earlier claims), so the pass is linear in the number of claims. A claim
is the source of at most one relation: the first sieve that links it wins. The rule's name
goes on the relation.

disputes
- ``statement_denied``: a claim naming a statement (这个说法, 有关报道, ……的指控, 这一预测) that
  denies it or finds it unfulfilled: the claim of another speaker it quotes, else the latest;
- ``reply_*``: an answer (对此, a reply cue such as 回应/否认/澄清, or a named speaker right
  after an unnamed source) that negates what the claim answered names, denies it (不实,
  并非如此, a denying cue: 否认, 反驳), or evaluates its target the other way;
- ``denial``: a named or unnamed speaker's claim that calls what another (not the article's
  voice) said just before on the same thing untrue (不实, 笑谈);
- ``disagreement``: a speaker's words right after the article reports that speaker's
  disagreement (钟某对此并不认同。他认为,……) dispute what another speaker said just before;
- ``contrary_evaluation``: a named speaker's rebuttal (但……, a negation) that evaluates the
  same entity the other way from another speaker's claim in the same or the previous paragraph.
qualifies
- ``contrast``: a claim opening with 但/不过/然而/只是 limits the claim before it, in its
  sentence, or in the sentence before on a shared topic or by the same speaker;
- ``quoted_term_reversed``: a later claim of the speaker that takes up a quoted term
  (“护城河效应”) and turns it around.
supports
- ``conclusion``: 这表明/可见/这就是 draws on the claim before, 因此 on data before it; ``reason``: 因为/由于
  gives the reason for its neighbour; ``evidence``: 事实上/例如/数据显示 backs the claim
  before; ``confirmation``: 此乃业内共识, 这已获证实, or a second source that confirms;
  ``evidence_then_verdict``: a statement, then the same speaker's verdict on a claim
  (……清晰可查,所谓……的说法是误导);
- ``data_for_voice``: data (数据显示) or a field report (透露) right after a statement of
  the article's own voice; ``data_then_voice``: such a statement right after the data;
  ``data_then_verdict``: a source's figure, then its own verdict in the same sentence;
  ``figure_for_view``: a speaker's view, then that speaker's figure in the next sentence
  (……还会继续下跌。他指出,……回落了八成);
  ``problem_then_remedy``: a problem, then the same speaker's call for action (有必要……).
Nothing links across a topic shift (另外, 此外).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from ..models import Claim, ClaimRelation, Polarity, RelationType, holder_key
from .claims import JUDGED_STATEMENT
from .reading import ArticleView

_QUOTED = re.compile(r"[“「『\"]([^”」』\"]{2,12})(?:[”」』\"]|$)")
_CLAUSE_BREAK = re.compile(r"[,;:，；：]")
_LOOKBACK = 8  # claims a rule may reach back over: each claim costs O(1), the pass O(claims)
_ANSWER_TURN = 2  # claims into a speaker's turn that still answer the turn before
Link = tuple[int, int, RelationType, str]  # source index, target index, type, rule
Sieve = Callable[[ArticleView, int], Iterator[Link]]


def article_relations(a: ArticleView) -> list[ClaimRelation]:
    """The relations of one article's claims, sieve by sieve: a claim is the source of the
    links of the first sieve that links it (one or several targets)."""
    linked: dict[int, list[ClaimRelation]] = {}
    for sieve, across in SIEVES:
        for i in range(len(a.claims)):
            if i in linked or not across and a.opener(i) == "opener_shift":
                continue  # a claim that turns to another topic (另外, 此外) supports nothing before it
            found: dict[int, list[ClaimRelation]] = {}
            for source, target, kind, rule in sieve(a, i):
                if source not in linked and source != target:
                    found.setdefault(source, []).append(ClaimRelation(
                        source=a.claims[source].id, target=a.claims[target].id, type=kind, rule=f"relation.{rule}.v1"))
            if found:
                linked.update(found)
    return sorted((r for rs in linked.values() for r in rs), key=lambda r: (r.source, r.target))


# ------------------------------------------------------------------ disputes


def _reply(a: ArticleView, i: int) -> Iterator[Link]:
    if _statement_owner(a, a.claims[i]) is not None and _denies(a, a.claims[i]):
        return  # 甲的指控毫无根据: the statement it names is what it disputes (_statement_denied)
    answered = _answered(a, i)
    if answered is None:
        return
    j, how = answered
    if how == "reply":
        j = _answered_claim(a, i, j)
    claim, target = a.claims[i], a.claims[j]
    shared = set(claim.about) & set(target.about)
    if how == "reply" and shared & a.negated(claim):
        yield i, j, RelationType.DISPUTES, "reply_negates"
    elif how == "reply" and (a.cue_has(claim, "denials") or _denies(a, claim)):
        yield i, j, RelationType.DISPUTES, "reply_denies"
    elif how == "implicit" and _rebuts(a, i) and _contrary(a, claim, target, shared):
        yield i, j, RelationType.DISPUTES, "contrary_answer"


def _answered(a: ArticleView, i: int) -> tuple[int, str] | None:
    """The claim that claim ``i`` answers, and how: 对此 / a reply cue (a reply), or an implicit
    answer to an unnamed source (外界认为) by the next named speaker."""
    start = a.turn_starts[i]  # the first claim of this speaker's turn
    if start == 0:
        return None
    opener, previous = a.claims[start], a.claims[start - 1]
    if opener.responds or a.cue_has(opener, "reply_cues"):
        return start - 1, "reply"
    if previous.speaker.kind == "unnamed" and a.claims[i].speaker.kind == "entity" and i - start <= _ANSWER_TURN:
        return start - 1, "implicit"
    return None


def _answered_claim(a: ArticleView, i: int, j: int) -> int:
    """Of the turn that ends with claim ``j``, the claim that claim ``i`` replies to: the one
    that shares the most words with it (……不存在所谓的入股谈判 answers ……讨论入股事宜, not
    the turn's last words), then one about the one who replies (甲指控乙……; 乙回应称,甲的指控
    毫无依据: what 甲 said of 乙), the latest on a tie."""
    words = _bigrams(a.text(a.claims[i]))
    replier = a.claims[i].speaker.key
    turn = range(max(a.turn_starts[j], j - _LOOKBACK), j + 1)
    return max(turn, key=lambda k: (len(words & _bigrams(a.text(a.claims[k]))), replier in a.claims[k].about, k))


def _rebuts(a: ArticleView, i: int) -> bool:
    """A rebuttal is marked: it opens with 但/然而, or it negates (不会, 没有那么大, 无法)."""
    claim = a.claims[i]
    return claim.contrast or a.opener(i) == "opener_contrast" or bool(a.negated(claim))


def _contrary(a: ArticleView, claim: Claim, other: Claim, shared: set[str]) -> bool:
    return any({a.polarity(claim, k), a.polarity(other, k)} == {Polarity.FAVOR, Polarity.AGAINST} for k in shared)


def _contrary_evaluation(a: ArticleView, i: int) -> Iterator[Link]:
    claim = a.claims[i]
    if claim.conditional or a.is_data_source(claim) or claim.speaker.kind != "entity":
        return
    evaluated = {tp.entity for tp in claim.polarities if tp.polarity is not Polarity.NEUTRAL}
    if not evaluated or not _rebuts(a, i):
        return
    speaker = holder_key(claim.speaker)
    for j in range(i - 1, max(i - 1 - _LOOKBACK, -1), -1):
        other = a.claims[j]
        if a.paragraph(claim) - a.paragraph(other) > 1:
            return
        if holder_key(other.speaker) == speaker:
            if evaluated & {tp.entity for tp in other.polarities}:
                return  # the speaker said it before: no answer to someone else
            continue
        if not other.conditional and _contrary(a, claim, other, evaluated & set(other.about)):
            yield i, j, RelationType.DISPUTES, "contrary_evaluation"
            return


def _denial(a: ArticleView, i: int) -> Iterator[Link]:
    """A claim that calls what another speaker just said untrue (不实, 笑谈, 并非如此)."""
    claim = a.claims[i]
    if i == 0 or not _denies(a, claim) or claim.speaker.kind == "author" and not a.has(claim, "reply_cues"):
        return  # the article's voice disputes only in reporting a denial (X否认了这一说法)
    speaker = holder_key(claim.speaker)
    for j in range(i - 1, max(i - 1 - _LOOKBACK, -1), -1):
        other = a.claims[j]
        if a.sentence(claim) - a.sentence(other) > 1 or a.paragraph(claim) != a.paragraph(other):
            return
        if (holder_key(other.speaker) != speaker and other.speaker.kind != "author"
                and not a.is_data_source(other) and set(other.about) & set(claim.about)):
            yield i, j, RelationType.DISPUTES, "denial"
            return


def _denies(a: ArticleView, claim: Claim) -> bool:
    """A denial word in the claim that is not itself denied (没有否认, 不可否认: no denial)."""
    return a.has(claim, "denials") and not a.has(claim, "undenied")


def _statement_denied(a: ArticleView, i: int) -> Iterator[Link]:
    """A claim that names a statement (这个说法, 有关报道, 这一预测, ……的指控) and denies it (不实,
    并不准确, 毫无根据), finds it unfulfilled (并未兑现) or overstated (太乐观了) disputes that statement: the earlier
    claim of another speaker that shares most of the words it quotes (排挤预算的说法 -> the
    claim on 排挤预算), else the latest claim of another speaker just before."""
    claim = a.claims[i]
    if i == 0 or not a.has(claim, "statement_nouns") or not (
            _denies(a, claim) or a.has(claim, "unfulfilled") or a.has(claim, "overstated")):
        return
    if claim.speaker.kind == "author" and (a.has(claim, "reply_cues") or a.cue_has(claim, "reply_cues")):
        return  # X否认了这一说法: the article reports X's denial
    words, speaker = _bigrams(_named_statement(a, claim)), holder_key(claim.speaker)
    # a verdict the reporter of the words adds in their sentence (……宣称“……”,这种说法言过其实) judges them there
    judging = claim.speaker.rule == JUDGED_STATEMENT
    earlier = [j for j in range(i - 1, max(i - 1 - _LOOKBACK, -1), -1)
               if (judging or not a.same_sentence(a.claims[j], claim)) and not a.is_data_source(a.claims[j])
               and (holder_key(a.claims[j].speaker) != speaker or claim.speaker.kind == "author")]
    if words:  # the statement is quoted: only the claim that says it (the article's voice denies no report of its own)
        best = max(earlier, key=lambda j: (len(words & _bigrams(a.text(a.claims[j]))), j), default=None)
        if best is not None and len(words & _bigrams(a.text(a.claims[best]))) >= 2:
            yield i, best, RelationType.DISPUTES, "statement_denied"
        return
    owner = _statement_owner(a, claim)
    owned = [j for j in earlier if a.claims[j].speaker.key == owner] if owner is not None else []
    if owned:  # 甲的指控毫无依据, said by 乙: what 甲 said of 乙, else 甲's latest words
        latest = next((j for j in owned if claim.speaker.key in a.claims[j].about), owned[0])
    else:
        latest = next((j for j in earlier if holder_key(a.claims[j].speaker) != speaker
                       and a.claims[j].speaker.kind != "author"), None)  # the article's frame is no statement
    if latest is not None and a.paragraph(claim) - a.paragraph(a.claims[latest]) <= 1 and not a.claims[latest].conditional:
        yield i, latest, RelationType.DISPUTES, "statement_denied"


def _statement_owner(a: ArticleView, claim: Claim) -> str | None:
    """Whose statement the claim names: the entity right before 的 and a statement noun
    (恒锂能源的指控, 某某方面的说法), if one is."""
    text = a.text(claim)
    for key, span in a.named(claim):
        rest = text[span.end - claim.span.start:]
        if rest.startswith("的") and rest[1:].startswith(tuple(a.lex.statement_nouns)):
            return key
    return None


def _named_statement(a: ArticleView, claim: Claim) -> str:
    """What the claim says was said, in the clause before ……的说法 (排挤预算的说法 -> 排挤预算),
    names blanked out; empty for a bare reference (这个说法)."""
    text = list(a.text(claim))
    for _, span in a.named(claim):  # names say who and what, not what was said about them
        text[span.start - claim.span.start:span.end - claim.span.start] = " " * (span.end - span.start)
    text = "".join(text)
    for noun in a.lex.statement_nouns:
        at = text.find("的" + noun)
        if at > 0:
            return _CLAUSE_BREAK.split(text[:at])[-1]
    return ""


def _bigrams(text: str) -> set[str]:
    """Pairs of adjacent CJK characters: what two clauses share when they say the same thing."""
    return {text[k:k + 2] for k in range(len(text) - 1) if "\u4e00" <= text[k] <= "\u9fff" and "\u4e00" <= text[k + 1] <= "\u9fff"}


def _disagreement(a: ArticleView, i: int) -> Iterator[Link]:
    """A speaker's words right after the article reports that speaker's disagreement (然而,
    钟某对此并不认同。他认为,……): they dispute what the other speaker said just before."""
    claim = a.claims[i]
    if i < 2 or claim.speaker.kind == "author" or a.turn_starts[i] != i:
        return
    frame = a.claims[i - 1]
    if frame.speaker.kind != "author" or not a.has(frame, "disagreements"):
        return
    speaker = holder_key(claim.speaker)
    for j in range(i - 2, max(i - 2 - _LOOKBACK, -1), -1):
        other = a.claims[j]
        if a.paragraph(frame) - a.paragraph(other) > 1 or holder_key(other.speaker) == speaker:
            return
        if other.speaker.kind != "author" and not other.conditional:  # a condition (一旦……) is no view to dispute
            # the frame names the one who disagrees (钟某对此并不认同), or no one but the one disagreed
            # with (并非所有人都同意这一判断): then the next speaker is the one who disagrees
            if claim.speaker.key in frame.about or not set(frame.about) - {other.speaker.key}:
                yield i, _answered_claim(a, i, j), RelationType.DISPUTES, "disagreement"
            return


def _answer_denies(a: ArticleView, i: int) -> Iterator[Link]:
    """A speaker's turn that opens by denying what the speaker before said (问: ……会再次发生吗 /
    答: 其实不太可能; ……。林晓峰: 未必): it disputes the last claim of the turn before."""
    claim = a.claims[i]
    if i == 0 or a.turn_starts[i] != i or claim.speaker.kind == "author" or not a.opens_with(claim, "denying_answers"):
        return
    before = a.claims[i - 1]
    if not before.conditional and a.paragraph(claim) - a.paragraph(before) <= 1:
        yield i, i - 1, RelationType.DISPUTES, "answer_denies"


def _contrary_view(a: ArticleView, i: int) -> Iterator[Link]:
    """Another source's view set against what other sources just said on the same thing
    (A称……。B却认为,……选错了): marked by a contrast in the claim or its cue, evaluative, it
    disputes the latest claim of each of those sources in the paragraph."""
    claim = a.claims[i]
    if claim.speaker.kind == "author" or claim.conditional:
        return
    if not (claim.contrast or a.opener(i) == "opener_contrast" or a.cue_has(claim, "contrastives")):
        return
    if not a.score(claim):  # asked last: a claim's score reads all its clauses
        return
    speaker, seen = holder_key(claim.speaker), set()
    for j in range(i - 1, max(i - 1 - _LOOKBACK, -1), -1):
        other = a.claims[j]
        if a.paragraph(other) != a.paragraph(claim):
            return
        key = holder_key(other.speaker)
        if key == speaker:
            return  # the speaker carries on: no answer to the others
        if (other.speaker.kind != "author" and key not in seen and not a.is_data_source(other)
                and set(other.about) & set(claim.about)):
            seen.add(key)
            yield i, j, RelationType.DISPUTES, "contrary_view"


# ------------------------------------------------------------------ qualifies


def _contrast(a: ArticleView, i: int) -> Iterator[Link]:
    claim = a.claims[i]
    if i == 0 or not (claim.contrast or a.opener(i) == "opener_contrast"):
        return
    before = a.claims[i - 1]
    if before.conditional or _asks(a, before):
        return
    if a.paragraph(claim) != a.paragraph(before):
        # 不过他强调,…… opening the next paragraph: the same speaker limits what they said last
        if a.paragraph(claim) - a.paragraph(before) == 1 and a.opener(i) == "opener_contrast" \
                and claim.speaker.kind == "entity" and holder_key(before.speaker) == holder_key(claim.speaker):
            yield i, i - 1, RelationType.QUALIFIES, "contrast_next_paragraph"
        return
    if a.same_sentence(before, claim):
        yield i, i - 1, RelationType.QUALIFIES, "contrast_same_sentence"
    elif a.sentence(claim) - a.sentence(before) == 1 and (
            set(before.about) & set(claim.about) or holder_key(before.speaker) == holder_key(claim.speaker)
            # 不过也有某某提醒,……: a source set against the last, on no topic of its own
            or not claim.contrast and claim.speaker.kind != "author" and set(claim.about) <= set(before.about)):
        yield i, i - 1, RelationType.QUALIFIES, "contrast_next_sentence"


def _correction(a: ArticleView, i: int) -> Iterator[Link]:
    """不是……,而是…… right after a claim of the same speaker: it limits what the claim before
    might be taken to mean (……融资容易。X并不是背书,而是……)."""
    claim = a.claims[i]
    if i == 0 or not a.has(claim, "corrections_after"):
        return
    before = a.claims[i - 1]
    if (holder_key(before.speaker) == holder_key(claim.speaker) and a.paragraph(before) == a.paragraph(claim)
            and not a.same_sentence(before, claim) and not before.conditional):
        yield i, i - 1, RelationType.QUALIFIES, "correction"


def _quoted_term_reversed(a: ArticleView, i: int) -> Iterator[Link]:
    claim = a.claims[i]
    terms = set(_QUOTED.findall(a.text(claim)))
    if not terms or a.score(claim) >= 0:
        return
    speaker = holder_key(claim.speaker)
    for j in range(i - 1, max(i - 1 - _LOOKBACK, -1), -1):
        before = a.claims[j]
        if (holder_key(before.speaker) == speaker and terms & set(_QUOTED.findall(a.text(before)))
                and a.score(before) > 0):
            yield i, j, RelationType.QUALIFIES, "quoted_term_reversed"
            return


# ------------------------------------------------------------------ supports


def _near(a: ArticleView, earlier: Claim, later: Claim) -> bool:
    """In one paragraph, or the later opens the paragraph after."""
    return 0 <= a.paragraph(later) - a.paragraph(earlier) <= 1 and not earlier.conditional and not _asks(a, earlier)


def _conclusion(a: ArticleView, i: int) -> Iterator[Link]:
    """这表明/换句话说 after data or a plain statement (not after an evaluation: that is an
    argument going on, not evidence), and after the claims of the same source in that
    statement's sentence; 因此/所以 after data, or after the speaker's own reason in the
    sentence (……拉到了顶,所以才能……)."""
    opener = a.opener(i)
    claim = a.claims[i]
    if i == 0 or opener not in ("opener_conclusion", "opener_therefore") or claim.conditional:
        return
    before = a.claims[i - 1]
    plain = opener == "opener_conclusion" and a.score(before) == 0
    reasoned = (opener == "opener_therefore" and a.same_sentence(before, claim)
                and holder_key(before.speaker) == holder_key(claim.speaker))
    if _near(a, before, claim) and (before.quantities or plain or reasoned):
        yield i - 1, i, RelationType.SUPPORTS, "conclusion"
        for j in range(i - 2, max(i - 2 - _LOOKBACK, -1), -1):  # the rest of that source's statement
            other = a.claims[j]
            if (not plain or not a.same_sentence(other, before) or holder_key(other.speaker) != holder_key(before.speaker)
                    or a.score(other) or other.conditional):
                return
            yield j, i, RelationType.SUPPORTS, "conclusion"


def _reason(a: ArticleView, i: int) -> Iterator[Link]:
    """因为/由于 gives the reason for the claim it leads to (因为……,所以……) or, without a
    consequence after it, for the claim before it (……难以实现。因为……)."""
    if a.opener(i) != "opener_reason":
        return
    claim = a.claims[i]
    first = i == 0 or not a.same_sentence(a.claims[i - 1], claim)
    after = a.claims[i + 1] if i + 1 < len(a.claims) else None
    if first and after is not None and a.same_sentence(claim, after) and (
            i == 0 or a.opener(i + 1) == "opener_therefore" or holder_key(a.claims[i - 1].speaker) != holder_key(claim.speaker)
            or not _near(a, a.claims[i - 1], claim)):
        yield i, i + 1, RelationType.SUPPORTS, "reason"  # 因为……,所以……
    elif i > 0 and _near(a, a.claims[i - 1], claim):
        yield i, i - 1, RelationType.SUPPORTS, "reason"  # ……,因为……


def _evidence(a: ArticleView, i: int) -> Iterator[Link]:
    if i > 0 and a.opener(i) == "opener_evidence" and _near(a, a.claims[i - 1], a.claims[i]):
        yield i, i - 1, RelationType.SUPPORTS, "evidence"


def _confirmation(a: ArticleView, i: int) -> Iterator[Link]:
    if i == 0:
        return
    claim, before = a.claims[i], a.claims[i - 1]
    if not _near(a, before, claim):
        return
    comment = a.opens_with(claim, "comment_openers")
    other = holder_key(claim.speaker) != holder_key(before.speaker) and bool(set(claim.about) & set(before.about))
    if comment and a.has(claim, "confirmations"):
        yield i, i - 1, RelationType.SUPPORTS, "confirmation"
    elif other and (a.cue_has(claim, "confirming_cues")
                    or before.speaker.kind == "unnamed" and a.cue_has(claim, "confirming_reports")):
        yield i, i - 1, RelationType.SUPPORTS, "second_source"


def _evidence_then_verdict(a: ArticleView, i: int) -> Iterator[Link]:
    if i == 0:
        return
    claim, before = a.claims[i], a.claims[i - 1]
    if (holder_key(claim.speaker) == holder_key(before.speaker) and a.same_sentence(before, claim)
            and _denies(a, claim) and a.score(before) >= 0 and not before.conditional
            and not a.has(before, "denials")):
        yield i - 1, i, RelationType.SUPPORTS, "evidence_then_verdict"


def _data_for_voice(a: ArticleView, i: int) -> Iterator[Link]:
    claim = a.claims[i]
    data = a.is_data_source(claim) and claim.quantities
    report = claim.speaker.kind == "unnamed" and a.cue_has(claim, "report_cues")
    if not (data or report):
        return
    for j in range(i - 1, max(i - 1 - _LOOKBACK, -1), -1):
        before = a.claims[j]
        if before.speaker.kind != "author":
            continue
        if a.same_sentence(before, claim) or before.quantities or before.conditional:
            return  # 春节刚过,……传出消息: a frame of the report, not a statement
        if j > 0 and a.opens_with(before, "comment_openers") and a.same_sentence(a.claims[j - 1], before):
            j, before = j - 1, a.claims[j - 1]  # 这是……: a comment on the clause before it
        if a.paragraph(claim) - a.paragraph(before) <= 1:
            yield i, j, RelationType.SUPPORTS, "evidence_for_voice"
        return


def _data_then_voice(a: ArticleView, i: int) -> Iterator[Link]:
    """A statement of the article's own voice right after data on the same thing (……下载量达
    41.3万次。……其装机量增幅高于……): the data backs it."""
    claim = a.claims[i]
    if i == 0 or claim.speaker.kind != "author" or claim.quantities or claim.conditional:
        return
    before = a.claims[i - 1]
    if (a.is_data_source(before) and before.quantities and a.paragraph(before) == a.paragraph(claim)
            and not a.same_sentence(before, claim) and set(before.about) & set(claim.about) and a.score(claim)):
        yield i - 1, i, RelationType.SUPPORTS, "data_then_voice"


def _verdict_on_data(a: ArticleView, i: int) -> Iterator[Link]:
    """A verdict that points back at the data before it (……登顶销量榜;……人数最高。能达到这样
    的反响,是前所未有的): each data claim of the paragraph since the last evaluation backs it."""
    claim = a.claims[i]
    if claim.conditional or not a.has(claim, "back_references") or not a.score(claim) or a.is_data_source(claim):
        return
    for j in range(i - 1, max(i - 1 - _LOOKBACK, -1), -1):
        other = a.claims[j]
        if a.paragraph(other) != a.paragraph(claim) or a.score(other) and not a.is_data_source(other):
            return
        if (a.is_data_source(other) or other.quantities) and not other.conditional and not _asks(a, other):
            yield j, i, RelationType.SUPPORTS, "verdict_on_data"


def _data_then_verdict(a: ArticleView, i: int) -> Iterator[Link]:
    """A source's plain figure, then its verdict in the same sentence on nothing the figure is
    not about (……负债率已达62%,再举债势将拖累其评级; ……订单只有约60万片,目标恐怕要打折扣):
    the figure backs the verdict."""
    if i == 0:
        return
    claim, before = a.claims[i], a.claims[i - 1]
    if (before.quantities and not a.score(before) and not claim.quantities and a.score(claim) and a.same_sentence(before, claim)
            and holder_key(before.speaker) == holder_key(claim.speaker) and not before.conditional
            and not claim.conditional and not _asks(a, before) and set(claim.about) <= set(before.about)):
        yield i - 1, i, RelationType.SUPPORTS, "data_then_verdict"  # a verdict on a new subject is a new point


def _figure_for_view(a: ArticleView, i: int) -> Iterator[Link]:
    """A speaker's view (还会继续下跌), then in the next sentence the same speaker's figure
    told with a cue of its own (他指出,碳酸锂价格已回落了八成): the figure backs the view."""
    if i == 0:
        return
    claim, before = a.claims[i], a.claims[i - 1]
    if (claim.type.value == "statistic" and before.type.value in ("opinion", "prediction") and not before.quantities
            and claim.speaker.kind != "author" and holder_key(before.speaker) == holder_key(claim.speaker)
            and a.sentence(claim) - a.sentence(before) == 1 and claim.speaker.rule == "attribution.pronoun.v1"
            and not claim.conditional and not before.conditional and not _asks(a, before)):
        yield i, i - 1, RelationType.SUPPORTS, "figure_for_view"


def _problem_then_remedy(a: ArticleView, i: int) -> Iterator[Link]:
    """A speaker's call for action (有必要……, 亟需……) right after the same speaker states a problem
    (……埋下了安全隐患。有必要……): the problem is the reason for the call."""
    if i == 0 or not a.opens_with(a.claims[i], "remedies"):
        return
    claim, before = a.claims[i], a.claims[i - 1]
    if (holder_key(before.speaker) == holder_key(claim.speaker) and a.score(before) < 0 and _near(a, before, claim)
            and a.paragraph(before) == a.paragraph(claim) and not claim.conditional):
        yield i - 1, i, RelationType.SUPPORTS, "problem_then_remedy"


def _asks(a: ArticleView, claim: Claim) -> bool:
    end = claim.span.end
    while end < len(a.view) and a.view[end] in "”」』\"' ":
        end += 1
    return end < len(a.view) and a.view[end] == "?"


# each sieve, and whether it links a claim that turns to another topic (the disputes and
# qualifications do; the supports do not)
SIEVES: tuple[tuple[Sieve, bool], ...] = (
    *((s, True) for s in (_statement_denied, _reply, _denial, _disagreement, _answer_denies, _contrary_evaluation, _contrary_view,
                          _contrast, _correction, _quoted_term_reversed)),
    *((s, False) for s in (_conclusion, _reason, _evidence, _confirmation, _evidence_then_verdict, _data_for_voice,
                           _data_then_voice, _verdict_on_data, _data_then_verdict, _figure_for_view, _problem_then_remedy)),
)
