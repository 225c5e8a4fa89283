"""Stances: one per holder, target and article, out of the holder's own claims.

A stance takes the side most of the claims by which a holder evaluates a target take
(``Claim.polarities``, see :mod:`.polarity`), the mean of their signed scores on a tie;
its score is that mean. Conditional claims (and the
consequent of one: 如果X降价,|其优势就会更突出), data sources
(数据显示), what a speaker denies (X否认Y存在漏洞) and a holder's view of itself (or the
article's voice of its own publisher) do not count; a claim conceded by the next claim of its speaker in the same sentence
(……确实站稳了脚跟, 然而……) counts as neutral evidence. The stance is neutral where the
evidence is evenly mixed, weak or only conceded. One pass over the claims: linear in their number.
"""

from __future__ import annotations

from collections import defaultdict

from ..models import Claim, Polarity, Speaker, Stance, holder_key
from .polarity import CONCEDED_RULE, CONDITIONAL_RULES, COUNTERFACTUAL_RULE, REPORTED_RULE
from .reading import ArticleView

THRESHOLD = 0.05  # mean signed score a stance needs to lean one way (mixed evidence follows its sum)
_CONCEDED_WEIGHT = 0.4  # a claim the speaker concedes before a 但 counts this much


def article_stances(a: ArticleView) -> list[Stance]:
    """The stances of one article, in (holder, target) order."""
    groups: dict[tuple[str, str], list[tuple[Claim, float, Polarity]]] = defaultdict(list)
    holders: dict[str, Speaker] = {}
    own = {a.x.publisher_entity, *a.x.author_entities}
    for i, claim in enumerate(a.claims):
        if a.is_data_source(claim) or a.cue_has(claim, "denying_cues"):
            continue  # 数据显示……: a source; X否认……: what X denies is not what X holds
        conceded = _conceded_by_next(a, i)
        conditional = a.conditional(i)
        for tp in claim.polarities:
            if tp.entity == claim.speaker.key or (claim.speaker.kind == "author" and tp.entity in own):
                continue
            if tp.rule == COUNTERFACTUAL_RULE and not _obliged_next(a, i):
                continue  # X若真……: a reproach only with what X then should do
            if conditional and tp.rule not in CONDITIONAL_RULES | {COUNTERFACTUAL_RULE}:
                continue  # 如果X降价,其优势就会……: a condition, unless it threatens or reproaches
            if tp.polarity is Polarity.NEUTRAL and tp.rule != CONCEDED_RULE:
                continue  # too weak to count either way, conceded or not
            holder = _reported_actor(a, claim, tp.entity) if tp.rule == REPORTED_RULE else claim.speaker
            if holder is None:
                continue
            hk_tp = holder_key(holder)
            holders.setdefault(hk_tp, holder)
            neutral = conceded or tp.polarity is Polarity.NEUTRAL
            groups[(hk_tp, tp.entity)].append((claim, tp.score * (_CONCEDED_WEIGHT if conceded else 1.0),
                                            Polarity.NEUTRAL if neutral else tp.polarity))
    out = []
    for (hk, target), evidence in sorted(groups.items()):
        mean = sum(score for _, score, _ in evidence) / len(evidence)
        out.append(Stance(article=a.x.article.id, holder=holders[hk], target=target,
                          polarity=_verdict([p for _, _, p in evidence], mean),
                          score=round(max(-1.0, min(1.0, mean)), 4),
                          evidence=tuple(c.id for c, _, _ in evidence)))
    return out


def _verdict(polarities: list[Polarity], mean: float) -> Polarity:
    """The side more of the claims take; on a tie, the side of the mean score (neutral where
    it is near zero or only neutral evidence was given)."""
    votes = polarities.count(Polarity.FAVOR) - polarities.count(Polarity.AGAINST)
    if votes:
        return Polarity.FAVOR if votes > 0 else Polarity.AGAINST
    signs = set(polarities)
    return (Polarity.FAVOR if mean > THRESHOLD and Polarity.FAVOR in signs
            else Polarity.AGAINST if mean < -THRESHOLD and Polarity.AGAINST in signs
            else Polarity.NEUTRAL)


def _obliged_next(a: ArticleView, i: int) -> bool:
    """The next claim, same speaker and sentence, says what should be done (……,更该……)."""
    if i + 1 >= len(a.claims):
        return False
    claim, nxt = a.claims[i], a.claims[i + 1]
    return (holder_key(nxt.speaker) == holder_key(claim.speaker) and a.same_sentence(claim, nxt)
            and a.opens_with(nxt, "obligations"))


def _conceded_by_next(a: ArticleView, i: int) -> bool:
    """The next claim, same speaker and sentence, opens with 但/然而 and evaluates something."""
    if i + 1 >= len(a.claims):
        return False
    claim, nxt = a.claims[i], a.claims[i + 1]
    return (nxt.contrast and holder_key(nxt.speaker) == holder_key(claim.speaker)
            and a.same_sentence(claim, nxt) and a.score(nxt) != 0)


def _reported_actor(a: ArticleView, claim: Claim, target: str) -> Speaker | None:
    """Whose attitude an article-voice claim reports (陈思雨反对X, 北辰资本对X表示欢迎): the person
    or organisation named last before the target (某党籍议员陈思雨力挺X: the head of the
    phrase, not the party that qualifies it), else the first one named, never the target or
    the article's own publisher."""
    kinds = {e.key: e.type.value for e in a.x.entities}
    own = {a.x.publisher_entity, *a.x.author_entities, target}
    named = a.named(claim)
    at = next((span.start for key, span in named if key == target), claim.span.end)
    actors = [(key, span) for key, span in named
              if key not in own and kinds.get(key) in ("Person", "Organization") and span.end > span.start + 1]
    before = [(key, span) for key, span in actors if span.end <= at]
    if not actors:
        return None
    key, span = before[-1] if before else actors[0]
    return Speaker(kind="entity", key=key, rule="stance.reported_attitude.v1", cue=span)
