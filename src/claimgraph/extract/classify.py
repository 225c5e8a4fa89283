"""Claim type (fact, statistic, opinion, prediction) and the hedged / conditional flags."""

from __future__ import annotations

import re

from ..models import ClaimType, Quantity
from .lexicons import CONDITIONALS, FACT_MARKERS, FUTURE_MARKERS, HEDGES, OPINION_MARKERS

_CONDITIONAL = re.compile("|".join(re.escape(w) for w in CONDITIONALS if "…" not in w) + r"|当[^,。]{1,20}时")
_HEDGE = re.compile("|".join(re.escape(w) for w in sorted(HEDGES, key=len, reverse=True) if len(w) > 1))
# 将 and 会 mark the future only before a verb-like word; 将Sora…的细节 is a preposition
_FUTURE = re.compile(r"(?:将会|将要|即将|就要|会(?!议|员|长|计|谈|上|场|面|话|见)|将(?![^,。]{0,12}(?:的|拿出|放在)))|"
                     + "|".join(re.escape(w) for w in FUTURE_MARKERS if w not in ("将", "会")))
_OPINION = re.compile("|".join(re.escape(w) for w in sorted(OPINION_MARKERS, key=len, reverse=True)))
_FACT = re.compile("|".join(re.escape(w) for w in FACT_MARKERS))


def is_conditional(text: str) -> bool:
    return bool(_CONDITIONAL.search(text))


def is_hedged(text: str) -> bool:
    return bool(_HEDGE.search(text))


def claim_type(text: str, quantities: tuple[Quantity, ...], person_speaks: bool) -> tuple[ClaimType, str]:
    """The claim's type and the rule that decided it."""
    measured = [q for q in quantities if q.unit not in (None, "year")]
    if is_conditional(text) or _FUTURE.search(text):
        return ClaimType.PREDICTION, "type.future_marker.v1"
    if measured and not _OPINION.search(_strip_quantities(text, quantities)):
        return ClaimType.STATISTIC, "type.quantity.v1"
    if measured and len(measured) >= 2:
        return ClaimType.STATISTIC, "type.quantities.v1"
    if _FACT.search(text) and not _OPINION.search(text):
        return ClaimType.FACT, "type.event_verb.v1"
    if _OPINION.search(text):
        return ClaimType.OPINION, "type.evaluative.v1"
    if person_speaks:
        return ClaimType.OPINION, "type.speaker_default.v1"
    return ClaimType.FACT, "type.article_default.v1"


def _strip_quantities(text: str, quantities: tuple[Quantity, ...]) -> str:
    for q in quantities:
        text = text.replace(q.text, " ")
    return re.sub(r"高达|大增|暴增|上涨|下跌|超过?|约|近|达", " ", text)
