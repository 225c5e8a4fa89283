"""What each claim is about: the names inside its span that it is about (not a place, not
a concept that only modifies a noun), and the entities it reaches by reference (该公司,
这家公司, 其, 它, 他, 两家公司, 这些公司, 我们), by an omitted subject (its topic), or by
an organisation speaking of itself; and names discovered once found again where they
stand alone. The sieves that read ``data/about.toml`` (subject-less words of an
organisation, 新机, 政府, 这份回应, 本轮, 他们) are in ``about_nouns``; this module drives
them all in ``claim_about``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence

from ..models import Claim, EntityType, Mention, Span, Speaker
from .about_nouns import (
    SOURCE_RULES, Reading, done_by, funded, government, named_as_no_company, other_party, product_noun, qualifies_noun,
    said_by, self_reference, unsaid_subject,
)
from .claims import Draft
from .discourse import ORGLIKE, affiliation, clause_subject, names_observers_firm, observers_firm, sentence_start
from .lexicons import MODIFIED_HEADS, ORG_ANAPHORS, QI_NOT_SUBJECT, Cue, WordTable

_CONNECTIVES = ("因此", "所以", "而", "但", "且", "并", "称", "认为", "目前")
_MEASURES = ("营收", "净利润", "利润", "毛利率", "净利率", "收入", "股价", "市值", "出货量", "销量", "销售额",
             "归母净利润", "扣非净利润", "营业收入", "营业利润", "毛利", "现金流", "经营性现金流", "市占率", "市场份额",
             "订单", "在手订单", "负债", "负债率", "估值", "月活", "日活", "活跃用户", "用户数", "产量", "交付量")
# the nouns a concept only qualifies (AI技术, GPU产能): those of MODIFIED_HEADS and more
_HEADS = MODIFIED_HEADS + ("产能", "需求", "产品", "服务器", "数据中心", "基础设施", "初创", "新创", "人才", "浪潮", "热潮",
                           "概念股")
_THINGS = (EntityType.ORGANIZATION, EntityType.PRODUCT, EntityType.CREATIVE_WORK)
_PAIR_WORDS = ("两家公司", "两家企业", "两家", "双方", "两者", "二者", "两大巨头", "两巨头")
_GROUP_WORDS = ("这些公司", "这些企业", "这几家公司", "上述公司", "上述企业", "各家公司", "这些巨头")
_DEAL_WORDS = ("这笔交易", "该交易", "此次交易", "这项交易", "这宗交易", "此次收购", "这笔收购", "该收购", "这项收购",
               "此次合并", "这次合并", "该笔投资", "这笔投资")
_DEAL_VERBS = ("收购", "并购", "合并", "交易", "入股", "投资", "协议", "买下", "出售", "洽购", "竞购", "购入", "入主", "要约",
               "注资", "控股权")
_WE = ("我们", "我司", "我方", "本公司")
_COUNTED_FIRM = re.compile(r"[一两几多某数]家")  # 家 counts firms and shops (一家连锁超市)
# in an unnamed source's label: where they work, unnamed (某头部房企内部人士, 一家连锁超市的店长); not
# a broker's or a bank's, whose analysts speak of other companies (一位券商分析师: 公司 is the one discussed)
_WORKPLACES = ("公司", "企", "厂", "集团", "门店", "商家")
_SHORT_CUES = ("指", "称", "说", "表示", "认为")


class MentionIndex:
    """An article's mentions by position, built once per article: the mentions inside a
    claim, and those that start or end at a position, are looked up rather than found by a
    scan of every mention per claim. Mentions come sorted by start (``repeated_names``);
    a list that is not is scanned, so the answers are the same either way."""

    def __init__(self, mentions: Sequence[Mention]) -> None:
        self.mentions = mentions
        self._starts = [m.span.start for m in mentions]
        self._sorted = all(a <= b for a, b in zip(self._starts, self._starts[1:]))
        self._by_start: dict[int, list[Mention]] = {}
        self._by_end: dict[int, list[Mention]] = {}
        self._others: dict[str | None, tuple[list[Mention], list[int]]] = {}
        for m in mentions:
            self._by_start.setdefault(m.span.start, []).append(m)
            self._by_end.setdefault(m.span.end, []).append(m)

    def inside(self, span: Span) -> list[Mention]:
        """The mentions within ``span``, in the list's order."""
        if not self._sorted:
            return [m for m in self.mentions if span.start <= m.span.start and m.span.end <= span.end]
        lo = bisect_left(self._starts, span.start)
        return [m for m in self.mentions[lo:bisect_right(self._starts, span.end, lo)] if m.span.end <= span.end]

    def without(self, key: str | None, cue: Span | None) -> list[Mention]:
        """The mentions of entities other than ``key``, less those that start inside ``cue``
        (the article's mentions of other entities kept once per ``key``); the list is shared
        (where the cue holds none of them, as most cues do, it is the kept list itself): read it only."""
        if not self._sorted:
            return [m for m in self.mentions if not (cue and cue.start <= m.span.start < cue.end) and m.entity != key]
        if key not in self._others:
            kept = [m for m in self.mentions if m.entity != key]
            self._others[key] = (kept, [m.span.start for m in kept])
        kept, starts = self._others[key]
        if cue is None:
            return kept
        lo = bisect_left(starts, cue.start)
        hi = bisect_left(starts, cue.end, lo)
        return kept if lo == hi else kept[:lo] + kept[hi:]

    def starting(self, at: int) -> list[Mention]:
        return self._by_start.get(at, [])

    def ending(self, at: int) -> list[Mention]:
        return self._by_end.get(at, [])


def repeated_names(view: str, text: str, mentions: list[Mention]) -> list[Mention]:
    """A name discovered once (负责人宋立言) found again where it stands alone (宋立言发现)."""
    names = {view[m.span.start:m.span.end]: m.entity for m in mentions if m.rule != "catalog.v1"}
    taken = {i for m in mentions for i in range(m.span.start, m.span.end)}
    added = []
    for name, key in sorted(names.items(), key=lambda kv: (-len(kv[0]), kv[0])):
        if len(name) < 2:
            continue
        for i in _occurrences(view, name):
            if not any(k in taken for k in range(i, i + len(name))):
                taken.update(range(i, i + len(name)))
                span = Span(start=i, end=i + len(name))
                added.append(Mention(entity=key, text=text[span.start:span.end], span=span, rule="discover.repeat.v1"))
    return sorted([*mentions, *added], key=lambda m: (m.span.start, m.span.end))


def _occurrences(view: str, name: str) -> list[int]:
    found, i = [], view.find(name)
    while i >= 0:
        found.append(i)
        i = view.find(name, i + len(name))
    return found


def _is_target(view: str, mention: Mention, mentions: MentionIndex, types: dict[str, EntityType],
               products: frozenset[int] = frozenset(), reading: Reading | None = None) -> bool:
    """Whether a mention names what a claim is about: not a place (在台北), not a maker's name
    right before its product's, not a concept that only qualifies a noun (AI芯片, AI行业,
    AI技术) or belongs to a company (英伟达的GPU)."""
    etype = types.get(mention.entity)
    if etype is EntityType.PLACE:
        return False
    if etype is EntityType.ORGANIZATION and (mention.span.end in products or (
            mention.span.end + 1 in products and view[mention.span.end] == " ")):
        return False  # 三星Galaxy Z Fold5: the maker's name only marks its product (``products``: their starts)
    if etype is EntityType.CONCEPT:
        after = mention.span.end + (view[mention.span.end:mention.span.end + 1] == "的")
        if view.startswith(_HEADS, after) or qualifies_noun(view, mention, mentions, reading):
            return False  # AI芯片, 面向AI的芯片, GPU产能, AI技术, 实体AI
        owner = mention.span.start - (1 if view[mention.span.start - 1:mention.span.start] == "的" else 0)
        return not any(types.get(m.entity) is EntityType.ORGANIZATION for m in mentions.ending(owner))
    return True


_ORDINAL_ITEM = re.compile(r"[一二三四五六七八九十]是|第[一二三四五六七八九十]|其[一二三四]|首先|其次|再次|再者")
_POINTING = frozenset("这那该本此其")  # what a claim opens with that points back (此次裁员, 该项目): no omitted subject


def _omitted_subject(draft: Draft, claim_view: str, previous: Claim | None,
                     named: bool = False) -> tuple[str, Span] | None:
    """A claim that leaves its subject out (……,而且明天就要启程) is about its sentence's
    opening name, else, when it names nothing it is about (``named``), about what the
    claim before it was about; so is a bare figure (净利润123亿美元) right after a claim
    about a company."""
    zero = draft.zero or claim_view.startswith(_MEASURES)
    near = previous is not None and draft.span.start - previous.span.end < 40
    key = draft.topic if draft.zero else None
    if key is not None and key == draft.speaker.key and draft.speaker.rule in SOURCE_RULES:
        return None  # 据某报报道,已有五家车企……: the source that opens the sentence is not its subject
    cue = draft.speaker.cue
    if draft.speaker.kind == "unnamed" and cue is not None and 0 <= draft.span.start - cue.end <= 1 \
            and claim_view[:1] not in _POINTING:
        return None  # 有竞争对手声称|已经实现量产: what an unnamed source says of itself (not 此次裁员……) names no one
    if zero and key is None and near and previous.about and not named and not _ORDINAL_ITEM.match(claim_view):
        key = previous.about[0]  # not an item of a list (一是……,二是……), which goes on from none before it
    return (key, Span(start=draft.span.start, end=draft.span.start + 1)) if zero and key else None


_SELF = frozenset({"本人", "自己"})  # 他本人, 她自己: the one named by the pronoun, stressed


def _pronoun(claim_view: str, span: Span, mentions: list[Mention],
             types: dict[str, EntityType], speaker: Speaker) -> tuple[str, Span] | None:
    """他 / 她 opening a claim is the last person named; 他本人 / 她自己 in the words of someone
    who speaks is that one (一位教练称,他本人被拖欠……: no one else the claim is about)."""
    if not claim_view.startswith(("他", "她")) or claim_view.startswith(("他们", "她们", "他人")):
        return None
    if claim_view[1:3] in _SELF and (speaker.kind == "unnamed"
                                     or speaker.kind == "entity" and types.get(speaker.key) is EntityType.PERSON):
        return None
    persons = [m for m in mentions if m.span.end <= span.start and types.get(m.entity) is EntityType.PERSON]
    return (persons[-1].entity, Span(start=span.start, end=span.start + 1)) if persons else None


def _anaphor(view: str, span: Span, mentions: list[Mention],
             types: dict[str, EntityType], own: Callable[[], str | None] = lambda: None,
             observers: Sequence[str] = ()) -> tuple[str, Span] | None:
    """该公司 / 这家公司 / 公司 at the head of a clause stands for the organisation that is the
    latest clause's subject (英特尔……,但随着AMD的崛起,这家公司…… -> 英特尔), else the one named
    last; 公司 alone in the words of one who speaks for a company, for that company (``own()``:
    某某科技总裁某某回应称,公司并没有……); 其 for the person a 他 before it in the sentence
    stands for, else the last name before it in the sentence, else the name the sentence
    before opens with."""
    claim_view = view[span.start:span.end]
    for word in ORG_ANAPHORS:  # 其 last: it stands for more than organisations
        i = claim_view.find(word)
        if word == "其" and claim_view.startswith(QI_NOT_SUBJECT, i):
            continue
        if i < 0 or (word in ("公司", "其") and i > 0 and claim_view[i - 1] not in ",:"
                     and not claim_view[:i].endswith(_CONNECTIVES)):
            if not (word in ("公司", "其") and i == 0):
                continue
        at = span.start + i
        where = Span(start=at, end=at + len(word))
        named = [m for m in mentions if types.get(m.entity) not in (EntityType.CONCEPT, EntityType.PLACE, None)]
        if word == "公司" and (company := own()) is not None:
            return (company, where) if company else None
        if word != "其":
            firms = [m for m in named if m.span.end <= at and types.get(m.entity) in ORGLIKE]
            if observers:  # an analyst's firm named before her title: no company 公司 stands for
                firms = [m for m in firms if not observers_firm(view, m, observers)] or firms
            found = _salient(view, firms, at)
            return (found.entity, where) if found else None
        sentence = sentence_start(view, at)
        if any(view.startswith(p, k) for k in range(sentence, at) for p in ("他", "她")):
            persons = [m for m in named if m.span.end <= at and types.get(m.entity) is EntityType.PERSON]
            if persons:
                return persons[-1].entity, where
        same = [m for m in named if sentence <= m.span.start and m.span.end <= at]
        if same:
            return same[-1].entity, where
        previous = sentence_start(view, max(sentence - 1, 0))
        earlier = [m for m in named if previous <= m.span.start and m.span.end <= sentence]
        return (earlier[0].entity, where) if earlier else None
    return None


# a thing pointed at by a demonstrative and a classifier of things, not of companies or products
# (这个星系, 这种病毒, 这项技术; 这家, 这款 are left to the names before them): the view's script
_POINTED_THING = re.compile(r"(?:这|那|此|该)(?:个|种|项|颗|座|条|一)[\u4e00-\u9fff]")


def _it(view: str, span: Span, mentions: list[Mention], types: dict[str, EntityType]) -> tuple[str, Span] | None:
    """它 (not 它们) stands for the thing named last in its sentence, else for the thing or
    organisation that is the latest clause's subject."""
    claim_view = view[span.start:span.end]
    i = claim_view.find("它")
    while i >= 0 and claim_view.startswith("它们", i):
        i = claim_view.find("它", i + 2)
    if i < 0:
        return None
    at = span.start + i
    sentence = sentence_start(view, at)
    same = [m for m in mentions if sentence <= m.span.start and m.span.end <= at
            and types.get(m.entity) in _THINGS + (EntityType.CONCEPT,)]
    things = [m for m in mentions if m.span.end <= at and types.get(m.entity) in _THINGS and not _label(view, m)]
    if not same and _POINTED_THING.search(view, sentence, at):
        return None  # 这个星系形成于……,它的亮度……: the thing its sentence points at, which no name names
    found = same[-1] if same else _salient(view, things, at)  # ……基于transformer……,则它的……
    return (found.entity, Span(start=at, end=at + 1)) if found else None


def _label(view: str, m: Mention) -> bool:
    """Whether a mention labels a turn of a transcript (某某周刊: at a line's head, before a
    colon): the one who asks or answers, never what 它 in the answer stands for."""
    line = view.rfind("\n", 0, m.span.start) + 1
    return view.startswith(":", m.span.end) and not view[line:m.span.start].strip(" *#【[")


def _salient(view: str, before: list[Mention], at: int) -> Mention | None:
    """Of the names before ``at``, the latest that is a clause's subject within this and the
    sentence before (not 随着AMD的崛起, not 与某某合作), else the latest."""
    if not before:
        return None
    window = sentence_start(view, max(sentence_start(view, at) - 1, 0))
    subjects = [m for m in before if m.span.start >= window and clause_subject(view, m)]
    return subjects[-1] if subjects else before[-1]


def _group_reference(view: str, span: Span, mentions: list[Mention],
                     types: dict[str, EntityType]) -> list[tuple[str, Span]]:
    """两家公司 / 双方 stands for the last two organisations named, 这些公司 for those of the
    sentence before, 这笔交易 for the organisations of the latest sentence that names a deal."""
    claim_view = view[span.start:span.end]
    for words, pick in ((_PAIR_WORDS, _last_two), (_GROUP_WORDS, _previous_sentence), (_DEAL_WORDS, _deal_parties)):
        word = next((w for w in words if w in claim_view), None)
        if word is None or claim_view[max(0, claim_view.index(word) - 1):claim_view.index(word)] in ("前", "后"):
            continue  # 不及前两家公司: a comparison, not a reference
        at = span.start + claim_view.index(word)
        where = Span(start=at, end=at + len(word))
        orgs = [m for m in mentions if types.get(m.entity) in ORGLIKE and m.span.end <= at]
        return [(key, where) for key in pick(view, orgs, at)]
    return []


def _last_two(view: str, before: list[Mention], at: int) -> list[str]:
    keys: list[str] = []
    for m in reversed(before):
        if m.entity not in keys:
            keys.append(m.entity)
        if len(keys) == 2:
            return keys[::-1]
    return []


def _previous_sentence(view: str, before: list[Mention], at: int) -> list[str]:
    start = sentence_start(view, max(sentence_start(view, at) - 1, 0))
    keys = list(dict.fromkeys(m.entity for m in before if m.span.start >= start))
    return keys if len(keys) >= 2 else []


def _deal_parties(view: str, before: list[Mention], at: int) -> list[str]:
    """The parties of the latest deal named: the organisations on either side of a deal
    verb in one clause (甲集团拟以48亿元收购乙数码), else those of the latest sentence
    that names a deal."""
    for m in reversed(before):
        start = sentence_start(view, m.span.start)
        end = min((k for k in (view.find(c, m.span.start) for c in "。!?;\n") if k >= 0), default=len(view))
        for verb in _DEAL_VERBS:
            v = view.find(verb, start, end)
            if v < 0:
                continue
            clause = max(view.rfind(c, start, v) for c in ",;:") + 1
            after = min((k for k in (view.find(c, v, end) for c in ",;:") if k >= 0), default=end)
            buyer = [x for x in before if max(clause, start) <= x.span.start and x.span.end <= v]
            target = [x for x in before if v < x.span.start < after]
            if buyer and target and buyer[-1].entity != target[0].entity:
                return [buyer[-1].entity, target[0].entity]
    for m in reversed(before):
        start = sentence_start(view, m.span.start)
        end = min((k for k in (view.find(c, m.span.start) for c in "。!?;\n") if k >= 0), default=len(view))
        if any(v in view[start:end] for v in _DEAL_VERBS):
            return list(dict.fromkeys(x.entity for x in before if start <= x.span.start < end))
    return []


def _first_person(view: str, draft: Draft, mentions: list[Mention],
                  types: dict[str, EntityType]) -> tuple[str, Span] | None:
    """我们 / 我司 in a person's words is the organisation the person speaks for (某某执行长某某;
    the organisation named right before the person's title)."""
    speaker = draft.speaker
    if speaker.kind != "entity" or types.get(speaker.key) is not EntityType.PERSON:
        return None
    claim_view = view[draft.span.start:draft.span.end]
    i = next((claim_view.find(w) for w in _WE if w in claim_view), -1)
    if i >= 0:
        org = affiliation(view, speaker.key, mentions, types)
        return (org, Span(start=draft.span.start + i, end=draft.span.start + i + 2)) if org else None
    return None  # 我 is the speaker, whom a claim in the speaker's own words is not about


def _speaker_named(view: str, draft: Draft, m: Mention, cues: WordTable[Cue] | None) -> bool:
    """The speaker's own name left in a claim before a verb of saying (某某指,……)."""
    if draft.speaker.kind != "entity" or m.entity != draft.speaker.key:
        return False
    return view.startswith(_SHORT_CUES, m.span.end) or (
        cues is not None and cues.prefix(view[m.span.end:m.span.end + 8]) is not None)


def claim_about(view: str, draft: Draft, mentions: list[Mention], types: dict[str, EntityType],
                previous: Claim | None, cues: WordTable[Cue] | None = None,
                reading: Reading | None = None, earlier: Sequence[Claim] = (),
                index: MentionIndex | None = None) -> list[tuple[str, Span]]:
    """(entity key, where the claim names or reaches it) for each entity the claim is about,
    in the order the sieves find them (references first); ``cues``: the verbs of saying;
    ``reading``: tokens, dictionary tags and words for the sieves that read them;
    ``earlier``: the article's claims before this one; ``index``: ``mentions`` by position
    (built here when not given)."""
    span = draft.span
    claim_view = view[span.start:span.end]
    index = index if index is not None and index.mentions is mentions else MentionIndex(mentions)
    inside = index.inside(span)
    products = frozenset(m.span.start for m in inside if types.get(m.entity) is EntityType.PRODUCT)
    about_mentions = [(m.entity, m.span) for m in inside
                      if _is_target(view, m, index, types, products, reading) and not _speaker_named(view, draft, m, cues)]
    candidates = index.without(draft.speaker.key if draft.speaker.kind == "entity" else None, draft.speaker.cue)
    group = _group_reference(view, span, candidates, types)
    speaker = draft.speaker

    def own() -> str | None:  # the company the speaker speaks for, read only where 公司 is ("": one unnamed)
        if speaker.kind == "unnamed" and speaker.cue is not None:
            named = [m for m in mentions if speaker.cue.start <= m.span.start and m.span.end <= speaker.cue.end
                     and types.get(m.entity) in ORGLIKE]
            if named:
                return named[-1].entity  # 某某科技内部人士透露,公司……
            unnamed = any(w in speaker.key for w in _WORKPLACES) or _COUNTED_FIRM.search(speaker.key) is not None
            return "" if unnamed else None  # 一家封测厂人资主管, 一家连锁超市的店长: a workplace not named
        person = speaker.kind == "entity" and types.get(speaker.key) is EntityType.PERSON
        employer = affiliation(view, speaker.key, mentions, types) if person else None
        if employer is not None and reading is not None \
                and names_observers_firm(view, employer, mentions, reading.words.observers):
            return None  # 恒远资本研究总监某某指出,公司……: an analyst's 公司 is the company discussed, not her firm
        if employer is not None and reading is not None and named_as_no_company(view, employer, mentions, reading):
            return None  # 某某协会秘书长某某指出,公司……: a company named before, not her association
        return employer
    unsaid = unsaid_subject(view, draft, mentions, types, reading)  # the speaker is the subject left out
    for found in (*group[::-1], None if group else (self_reference(view, draft, types, reading, index)
                                                    or _anaphor(view, span, candidates, types, own,
                                                             reading.words.observers if reading is not None else ())),
                  None if unsaid else _omitted_subject(draft, claim_view, previous, bool(about_mentions)),
                  _pronoun(claim_view, span, mentions, types, speaker),
                  _it(view, span, candidates, types),
                  _first_person(view, draft, mentions, types),
                  unsaid,
                  product_noun(view, span, candidates, types, reading),
                  government(view, span, mentions, types, reading),  # the speaker may be the government
                  said_by(view, draft, mentions, types, earlier, reading),
                  funded(view, span, mentions, types, reading),
                  done_by(view, span, candidates, types, reading),
                  other_party(view, draft, candidates, types, reading)):
        if found is not None and found[0] not in {k for k, _ in about_mentions}:
            about_mentions.insert(0, found)
    return about_mentions
