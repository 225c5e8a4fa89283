"""Claim type (fact, statistic, opinion, prediction) and the hedged / conditional flags."""

from __future__ import annotations

import re

from ..models import ClaimType, Quantity
from .quantities import DURATION_UNITS
from .lexicons import (
    CONDITIONALS, FACT_MARKERS, FUTURE_MARKERS, HABITUAL_MARKERS, HEDGES, OPINION_MARKERS, PREDICTIVE_HEDGES,
)

_CONDITIONAL = re.compile("|".join(re.escape(w) for w in CONDITIONALS if "…" not in w) + r"|当[^,。]{1,20}时")
_HEDGE = re.compile("|".join(re.escape(w) for w in sorted(HEDGES, key=len, reverse=True) if len(w) > 1))
# 将 and 会 mark the future only before a verb-like word; 将Sora…的细节 is a preposition
# 将这些资源汇聚起来 and 再次将AI技术推向…… use 将 as 把, not as 'will'
_FUTURE = re.compile(r"(?:将会|将要|即将|就要|会(?!议|员|长|计|谈|上|场|面|话|见|客)"
                     r"|(?<![次已经])将(?!这|那|其|它|他|她|此|之)(?![^,。]{0,12}(?:的|拿出|放在)))|"
                     + "|".join(re.escape(w) for w in FUTURE_MARKERS if w not in ("将", "会")))
_OPINION = re.compile("|".join(re.escape(w) for w in sorted(OPINION_MARKERS, key=len, reverse=True)))
# an event verb, not its noun (Sora2的发布, 这次发布)
_FACT = re.compile("(?<!的)(?<!次)(?:" + "|".join(re.escape(w) for w in FACT_MARKERS) + ")")
_PREDICTIVE = re.compile("(?:" + "|".join(re.escape(w) for w in PREDICTIVE_HEDGES) + r")(?!性|怕|惧|慌)")
_STATISTIC_UNITS = frozenset({"percent", "USD", "CNY", "HKD", "TWD", "EUR", "JPY", "GBP", "KRW"})


def is_conditional(text: str) -> bool:
    return bool(_CONDITIONAL.search(text))


def is_hedged(text: str) -> bool:
    return bool(_HEDGE.search(text))


def claim_type(text: str, quantities: tuple[Quantity, ...], person_speaks: bool) -> tuple[ClaimType, str]:
    """The claim's type and the rule that decided it: a future or a forecast first, then a
    figure, then an event, then an evaluation; else the speaker decides (a person's words
    are opinion, the article's are fact)."""
    if is_conditional(text) and not any(w in text for w in HABITUAL_MARKERS) or _FUTURE.search(text):
        return ClaimType.PREDICTION, "type.future_marker.v1"
    if _PREDICTIVE.search(text):
        return ClaimType.PREDICTION, "type.predictive_hedge.v1"
    if any(_is_statistic(q) for q in quantities):
        return ClaimType.STATISTIC, "type.quantity.v1"
    if _FACT.search(text):
        return ClaimType.FACT, "type.event_verb.v1"
    if _OPINION.search(text) or text.startswith("这是"):
        return ClaimType.OPINION, "type.evaluative.v1"
    if person_speaks:
        return ClaimType.OPINION, "type.speaker_default.v1"
    return ClaimType.FACT, "type.article_default.v1"


def _is_statistic(q: Quantity) -> bool:
    """A figure that measures something: a share, money, a large count, or a named measure."""
    return q.unit not in DURATION_UNITS and (q.unit in _STATISTIC_UNITS or q.value >= 1e4 or q.measure is not None)
