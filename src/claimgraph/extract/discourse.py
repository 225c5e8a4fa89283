"""Where a clause and a sentence start in the folded view, which name opens its clause,
and which organisation a person speaks for: what the about sieves (``about`` and
``about_nouns``) share."""

from __future__ import annotations

from collections.abc import Sequence

from ..models import EntityType, Mention

ORGLIKE = (EntityType.ORGANIZATION,)
_CLAUSE_ENDS = ",:;。!?\n"
# what may open a clause before its subject (但英特尔……, 今年英特尔……)
_SUBJECT_OPENERS = ("但是", "但", "不过", "然而", "而且", "而", "并且", "同时", "此外", "另外", "其中", "目前", "如今",
                    "今年", "去年", "明年", "此前", "随后", "最终", "事实上", "实际上", "据悉", "与此同时")
_NOT_SUBJECT_AFTER = ("的崛起", "的冲击", "的竞争", "的影响", "的压力")
# roles whose holder speaks for the organisation named before them (its 我们)
_SPEAKING_ROLES = ("执行长", "首席执行官", "行政总裁", "CEO", "总裁", "董事长", "发言人", "创始人", "创办人", "负责人",
                   "总经理", "主席", "董事总经理")


def clause_subject(view: str, m: Mention) -> bool:
    """Whether a name opens its clause, after connectives and time words at most."""
    start = max(view.rfind(c, 0, m.span.start) for c in _CLAUSE_ENDS) + 1
    gap = view[start:m.span.start].strip()
    while gap:
        opener = next((w for w in _SUBJECT_OPENERS if gap.startswith(w)), None)
        if opener is None:
            return False
        gap = gap[len(opener):].lstrip()
    return not view.startswith(_NOT_SUBJECT_AFTER, m.span.end)


def sentence_start(view: str, at: int) -> int:
    return max(view.rfind(c, 0, at) for c in "。!?;\n") + 1


def affiliation(view: str, person: str, mentions: list[Mention], types: dict[str, EntityType]) -> str | None:
    """The organisation a person speaks for: named right before a role that speaks for it,
    right before the person (某某执行长某某); of organisations joined by 及/和/、, the first;
    else, for a spokesperson introduced by role alone (某某部举行发布会,新闻发言人某某),
    the organisation that opens the sentence."""
    ordered = sorted(mentions, key=lambda m: m.span.start)
    found = _adjacent_affiliation(view, person, ordered, types)
    if found is not None:
        return found
    first = next((m for m in ordered if m.entity == person), None)
    if first is None or not view[:first.span.start].rstrip().endswith(("发言人", "新闻发言人")):
        return None
    start = sentence_start(view, first.span.start)
    orgs = [m for m in ordered if start <= m.span.start and m.span.end <= first.span.start
            and types.get(m.entity) in ORGLIKE]
    return orgs[0].entity if orgs and clause_subject(view, orgs[0]) else None


def _adjacent_affiliation(view: str, person: str, ordered: list[Mention], types: dict[str, EntityType]) -> str | None:
    for k in range(1, len(ordered)):
        before, m = ordered[k - 1], ordered[k]
        if m.entity != person or types.get(before.entity) not in ORGLIKE:
            continue
        gap = view[before.span.end:m.span.start].strip()
        if gap.endswith(_SPEAKING_ROLES) and not any(c in gap for c in ",:;。!?、\n"):
            while k >= 2 and types.get(ordered[k - 2].entity) in ORGLIKE \
                    and view[ordered[k - 2].span.end:before.span.start].strip() in ("及", "和", "与", "、"):
                k, before = k - 1, ordered[k - 2]
            return before.entity
    return None


_LONGEST_FIELD_AND_TITLE = 10  # characters of a field and an analyst's title after the firm (……半导体首席分析师)


def names_observers_firm(view: str, key: str, mentions: Sequence[Mention], observers: Sequence[str]) -> bool:
    """Whether one of ``mentions`` of ``key`` names an observer's firm (``observers_firm``): no
    company a 公司 in that observer's words stands for."""
    return any(m.entity == key and observers_firm(view, m, observers) for m in mentions)


def observers_firm(view: str, m: Mention, observers: Sequence[str]) -> bool:
    """Whether ``m`` names the firm of one who speaks of other companies, right before their
    title (恒远资本研究总监, 某某证券半导体分析师): no company a later 公司 stands for."""
    end = m.span.end
    limit = min(len(view), end + _LONGEST_FIELD_AND_TITLE)
    stop = next((k for k in range(end, limit) if not view[k].isalnum()), limit)
    return any(view.find(t, end, stop) >= 0 for t in observers)
