"""What each claim is about: the names inside its span that it is about (not a place, not
a concept that only modifies a noun), and the entities it reaches by reference (该公司,
这家公司, 其, 它, 他, 两家公司, 这些公司, 我们), by an omitted subject (its topic), or by
an organisation speaking of itself; and names discovered once found again where they
stand alone.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..models import Claim, ClaimType, EntityType, Mention, Span
from .about_words import NOUN_TAGS, PHRASE_TAGS, PREDICATE_TAGS, AboutWords
from .claims import Draft
from .lexicons import MODIFIED_HEADS, ORG_ANAPHORS, QI_NOT_SUBJECT, Cue, WordTable
from .tokens import Tokens

_CONNECTIVES = ("因此", "所以", "而", "但", "且", "并", "称", "认为", "目前")
_MEASURES = ("营收", "净利润", "利润", "毛利率", "净利率", "收入", "股价", "市值", "出货量", "销量", "销售额",
             "归母净利润", "扣非净利润", "营业收入", "营业利润", "毛利", "现金流", "经营性现金流", "市占率", "市场份额",
             "订单", "在手订单", "负债", "负债率", "估值", "月活", "日活", "活跃用户", "用户数", "产量", "交付量")
_ORGLIKE = (EntityType.ORGANIZATION,)
# more nouns a concept only qualifies (AI技术, GPU产能), besides those of MODIFIED_HEADS
_MORE_HEADS = ("产能", "需求", "产品", "服务器", "数据中心", "基础设施", "初创", "新创", "人才", "浪潮", "热潮", "概念股")
_THINGS = (EntityType.ORGANIZATION, EntityType.PRODUCT, EntityType.CREATIVE_WORK)
_CLAUSE_ENDS = ",:;。!?\n"
# what may open a clause before its subject (但英特尔……, 今年英特尔……)
_SUBJECT_OPENERS = ("但是", "但", "不过", "然而", "而且", "而", "并且", "同时", "此外", "另外", "其中", "目前", "如今",
                    "今年", "去年", "明年", "此前", "随后", "最终", "事实上", "实际上", "据悉", "与此同时")
_NOT_SUBJECT_AFTER = ("的崛起", "的冲击", "的竞争", "的影响", "的压力")
_PAIR_WORDS = ("两家公司", "两家企业", "两家", "双方", "两者", "二者", "两大巨头", "两巨头")
_GROUP_WORDS = ("这些公司", "这些企业", "这几家公司", "上述公司", "上述企业", "各家公司", "这些巨头")
_DEAL_WORDS = ("这笔交易", "该交易", "此次交易", "这项交易", "这宗交易", "此次收购", "这笔收购", "该收购", "这项收购",
               "此次合并", "这次合并", "该笔投资", "这笔投资")
_DEAL_VERBS = ("收购", "并购", "合并", "交易", "入股", "投资", "协议", "买下", "出售", "洽购", "竞购", "购入", "入主", "要约",
               "注资", "控股权")
# roles whose holder speaks for the organisation named before them (its 我们)
_SPEAKING_ROLES = ("执行长", "首席执行官", "行政总裁", "CEO", "总裁", "董事长", "发言人", "创始人", "创办人", "负责人",
                   "总经理", "主席", "董事总经理")
_WE = ("我们", "我司", "我方", "本公司")
_ASPECT = ("了", "着", "过")
_DATA_SOURCE = "attribution.data_vendor.v1"  # the speaker rule of 某某数据显示
_SHORT_CUES = ("指", "称", "说", "表示", "认为")


@dataclass(frozen=True)
class Reading:
    """What the reference sieves read besides the text: the article's tokens, jieba's
    dictionary tags and the words of ``data/about.toml``."""

    tokens: Tokens
    tags: Mapping[str, str]
    words: AboutWords


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


def _compound(view: str, mention: Mention, mentions: list[Mention], reading: Reading | None) -> bool:
    """Whether a concept, not its clause's subject, is glued to a noun: one it only qualifies (AI技术, 人工智能框架,
    AI大模型 where 大模型 is a name of its own) or one before it that makes a narrower
    Latin concept (实体AI); jieba's dictionary tags tell the noun."""
    if reading is None or _clause_subject(view, mention):
        return False  # AI技术普及扩大……: the compound the clause is about
    after = reading.tokens.at(mention.span.end)
    if after is not None and (any(m.span.start == mention.span.end for m in mentions)
                              or reading.tags.get(view[after[0]:after[1]]) in NOUN_TAGS
                              and not view.startswith(_ASPECT, after[1])):  # GPU定义了: a verb
        return True
    before = reading.tokens.previous(mention.span.start)
    return (before is not None and before[1] == mention.span.start and view[mention.span.start].isascii()
            and not view[before[0]:before[1]].isascii() and reading.tags.get(view[before[0]:before[1]]) in NOUN_TAGS)


def _is_target(view: str, mention: Mention, mentions: list[Mention], types: dict[str, EntityType],
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
        if view.startswith(MODIFIED_HEADS + _MORE_HEADS, after) or _compound(view, mention, mentions, reading):
            return False  # AI芯片, 面向AI的芯片, GPU产能, AI技术, 实体AI
        owner = mention.span.start - (1 if view[mention.span.start - 1:mention.span.start] == "的" else 0)
        return not any(m.span.end == owner and types.get(m.entity) is EntityType.ORGANIZATION for m in mentions)
    return True


def _omitted_subject(draft: Draft, claim_view: str, previous: Claim | None,
                     named: bool = False) -> tuple[str, Span] | None:
    """A claim that leaves its subject out (……,而且明天就要启程) is about its sentence's
    opening name, else, when it names nothing it is about (``named``), about what the
    claim before it was about; so is a bare figure (净利润123亿美元) right after a claim
    about a company."""
    zero = draft.zero or claim_view.startswith(_MEASURES)
    near = previous is not None and draft.span.start - previous.span.end < 40
    key = draft.topic if draft.zero else None
    if zero and key is None and near and previous.about and not named:
        key = previous.about[0]
    return (key, Span(start=draft.span.start, end=draft.span.start + 1)) if zero and key else None


def _self_reference(view: str, draft: Draft, types: dict[str, EntityType],
                    reading: Reading | None) -> tuple[str, Span] | None:
    """公司将…… / 我们…… / 旗下的…… in the words of an organisation that speaks is the
    organisation itself; so is 公司 right after a preposition (全由公司承担)."""
    speaker, span = draft.speaker, draft.span
    if speaker.kind != "entity" or types.get(speaker.key) is not EntityType.ORGANIZATION:
        return None
    claim_view = view[span.start:span.end]
    if reading is None:
        return (speaker.key, Span(start=span.start, end=span.start + 1)) \
            if claim_view.startswith(("公司", "本公司", "该公司", "集团", "我们", "我司")) else None
    for a, b in reading.tokens.between(span.start, span.end):
        word = next((w for w in reading.words.self_words if view.startswith(w, a)), None)
        before = reading.tokens.previous(a)
        if word is not None and (a == span.start or before is not None and before[1] == a
                                 and _preposition(view[before[0]:before[1]], reading)):
            return speaker.key, Span(start=a, end=a + len(word))
    return None


def _preposition(word: str, reading: Reading) -> bool:
    """A preposition of the lexicon, alone or after a one-character adverb in one token
    (全由, 都对; jieba's dictionary calls 全由 a noun, so tags do not decide here)."""
    return word in reading.words.self_after or (
        len(word) == 2 and word[-1] in reading.words.self_after and word[0] in reading.words.predicates)


def _pronoun(claim_view: str, span: Span, mentions: list[Mention],
             types: dict[str, EntityType]) -> tuple[str, Span] | None:
    """他 / 她 opening a claim is the last person named."""
    if not claim_view.startswith(("他", "她")) or claim_view.startswith(("他们", "她们", "他人")):
        return None
    persons = [m for m in mentions if m.span.end <= span.start and types.get(m.entity) is EntityType.PERSON]
    return (persons[-1].entity, Span(start=span.start, end=span.start + 1)) if persons else None


def _anaphor(view: str, span: Span, mentions: list[Mention],
             types: dict[str, EntityType]) -> tuple[str, Span] | None:
    """该公司 / 这家公司 / 公司 at the head of a clause stands for the organisation that is the
    latest clause's subject (英特尔……,但随着AMD的崛起,这家公司…… -> 英特尔), else the one named
    last; 其 for the person a 他 before it in the sentence stands for, else the last name
    before it in the sentence, else the name the sentence before opens with."""
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
        if word != "其":
            found = _salient(view, [m for m in named if m.span.end <= at and types.get(m.entity) in _ORGLIKE], at)
            return (found.entity, where) if found else None
        sentence = _sentence_start(view, at)
        if any(view.startswith(p, k) for k in range(sentence, at) for p in ("他", "她")):
            persons = [m for m in named if m.span.end <= at and types.get(m.entity) is EntityType.PERSON]
            if persons:
                return persons[-1].entity, where
        same = [m for m in named if sentence <= m.span.start and m.span.end <= at]
        if same:
            return same[-1].entity, where
        previous = _sentence_start(view, max(sentence - 1, 0))
        earlier = [m for m in named if previous <= m.span.start and m.span.end <= sentence]
        return (earlier[0].entity, where) if earlier else None
    return None


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
    same = [m for m in mentions if _sentence_start(view, at) <= m.span.start and m.span.end <= at
            and types.get(m.entity) in _THINGS + (EntityType.CONCEPT,)]
    things = [m for m in mentions if m.span.end <= at and types.get(m.entity) in _THINGS]
    found = same[-1] if same else _salient(view, things, at)  # ……基于transformer……,则它的……
    return (found.entity, Span(start=at, end=at + 1)) if found else None


def _salient(view: str, before: list[Mention], at: int) -> Mention | None:
    """Of the names before ``at``, the latest that is a clause's subject within this and the
    sentence before (not 随着AMD的崛起, not 与某某合作), else the latest."""
    if not before:
        return None
    window = _sentence_start(view, max(_sentence_start(view, at) - 1, 0))
    subjects = [m for m in before if m.span.start >= window and _clause_subject(view, m)]
    return subjects[-1] if subjects else before[-1]


def _clause_subject(view: str, m: Mention) -> bool:
    """Whether a name opens its clause, after connectives and time words at most."""
    start = max(view.rfind(c, 0, m.span.start) for c in _CLAUSE_ENDS) + 1
    gap = view[start:m.span.start].strip()
    while gap:
        opener = next((w for w in _SUBJECT_OPENERS if gap.startswith(w)), None)
        if opener is None:
            return False
        gap = gap[len(opener):].lstrip()
    return not view.startswith(_NOT_SUBJECT_AFTER, m.span.end)


def _sentence_start(view: str, at: int) -> int:
    return max(view.rfind(c, 0, at) for c in "。!?;\n") + 1


def _group_reference(view: str, span: Span, mentions: list[Mention],
                     types: dict[str, EntityType]) -> list[tuple[str, Span]]:
    """两家公司 / 双方 stands for the last two organisations named, 这些公司 for those of the
    sentence before, 这笔交易 for the organisations of the latest sentence that names a deal."""
    claim_view = view[span.start:span.end]
    orgs = [m for m in mentions if types.get(m.entity) in _ORGLIKE and m.span.end <= span.start + len(claim_view)]
    for words, pick in ((_PAIR_WORDS, _last_two), (_GROUP_WORDS, _previous_sentence), (_DEAL_WORDS, _deal_parties)):
        word = next((w for w in words if w in claim_view), None)
        if word is None or claim_view[max(0, claim_view.index(word) - 1):claim_view.index(word)] in ("前", "后"):
            continue  # 不及前两家公司: a comparison, not a reference
        at = span.start + claim_view.index(word)
        where = Span(start=at, end=at + len(word))
        return [(key, where) for key in pick(view, [m for m in orgs if m.span.end <= at], at)]
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
    start = _sentence_start(view, max(_sentence_start(view, at) - 1, 0))
    keys = list(dict.fromkeys(m.entity for m in before if m.span.start >= start))
    return keys if len(keys) >= 2 else []


def _deal_parties(view: str, before: list[Mention], at: int) -> list[str]:
    """The parties of the latest deal named: the organisations on either side of a deal
    verb in one clause (甲集团拟以48亿元收购乙数码), else those of the latest sentence
    that names a deal."""
    for m in reversed(before):
        start = _sentence_start(view, m.span.start)
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
        start = _sentence_start(view, m.span.start)
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
        org = _affiliation(view, speaker.key, mentions, types)
        return (org, Span(start=draft.span.start + i, end=draft.span.start + i + 2)) if org else None
    return None  # 我 is the speaker, whom a claim in the speaker's own words is not about


def _affiliation(view: str, person: str, mentions: list[Mention], types: dict[str, EntityType]) -> str | None:
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
    start = _sentence_start(view, first.span.start)
    orgs = [m for m in ordered if start <= m.span.start and m.span.end <= first.span.start
            and types.get(m.entity) in _ORGLIKE]
    return orgs[0].entity if orgs and _clause_subject(view, orgs[0]) else None


def _adjacent_affiliation(view: str, person: str, ordered: list[Mention], types: dict[str, EntityType]) -> str | None:
    for k in range(1, len(ordered)):
        before, m = ordered[k - 1], ordered[k]
        if m.entity != person or types.get(before.entity) not in _ORGLIKE:
            continue
        gap = view[before.span.end:m.span.start].strip()
        if gap.endswith(_SPEAKING_ROLES) and not any(c in gap for c in ",:;。!?、\n"):
            while k >= 2 and types.get(ordered[k - 2].entity) in _ORGLIKE \
                    and view[ordered[k - 2].span.end:before.span.start].strip() in ("及", "和", "与", "、"):
                k, before = k - 1, ordered[k - 2]
            return before.entity
    return None


def _speaker_named(view: str, draft: Draft, m: Mention, cues: WordTable[Cue] | None) -> bool:
    """The speaker's own name left in a claim before a verb of saying (某某指,……)."""
    if draft.speaker.kind != "entity" or m.entity != draft.speaker.key:
        return False
    return view.startswith(_SHORT_CUES, m.span.end) or (
        cues is not None and cues.prefix(view[m.span.end:m.span.end + 8]) is not None)


def _opens_with_predicate(view: str, span: Span, reading: Reading) -> bool:
    """Whether a clause opens with its predicate, its subject left out (将于下月开售,
    已完成融资, 完成C轮融资, 并将继续……): a modal, aspect or negation word of the
    lexicon, or a word jieba's dictionary tags a verb or an adverb, after link words only,
    and not followed by a name or a pronoun (其实英特尔……)."""
    words = reading.tokens.between(span.start, span.end)
    if words and view[words[0][0]:words[0][1]] in reading.words.frames:  # 鉴于……,不予回应: past the frame
        comma = next((k for k, (a, _) in enumerate(words) if view[a] in ",:"), None)
        words = words[comma + 1:] if comma is not None else ()
    i = 0
    while i < len(words) - 1 and view[words[i][0]:words[i][1]] in reading.words.links:
        i += 1
    if not words:
        return False
    a, b = words[i]
    word = view[a:b]
    if word in reading.words.frames:
        return False
    tag = reading.tags.get(word)
    if not (word in reading.words.predicates or tag in PREDICATE_TAGS or (word[:1] in reading.words.predicates and (
            tag in PHRASE_TAGS or reading.tags.get(word[1:]) in PREDICATE_TAGS
            or len(word) == 2 and tag not in NOUN_TAGS))):  # 要进, 已获: a modal glued to a verb (not 会议, 能源)
        return False
    nxt = view[b:words[i + 1][1]] if i + 1 < len(words) else ""
    if tag in ("v", "vi") and word not in reading.words.predicates and (
            nxt.startswith("的") or reading.tags.get(nxt.strip()) in NOUN_TAGS):
        return False  # 退役电池正在……, 配送时间……, 退烧的是……: the verb qualifies the subject
    return not nxt.startswith(("我", "你", "他", "她", "它"))


def _unsaid_subject(view: str, draft: Draft, mentions: list[Mention], types: dict[str, EntityType],
                    reading: Reading | None) -> tuple[str, Span] | None:
    """A claim that opens with its predicate (将于……开售, 已完成……融资, 不予回应) in an
    organisation's words is about the organisation (a person's is about the person, whom
    the speaker's own words are not about)."""
    speaker = draft.speaker
    if reading is None or speaker.kind != "entity" or types.get(speaker.key) is not EntityType.ORGANIZATION \
            or speaker.rule == _DATA_SOURCE:
        return None  # a source of figures (某某数据显示,……) is not what its figures are about
    if any(m.span.start == draft.span.start for m in mentions) or not _opens_with_predicate(view, draft.span, reading):
        return None
    return speaker.key, Span(start=draft.span.start, end=draft.span.start + 1)


def _product_noun(view: str, span: Span, mentions: list[Mention], types: dict[str, EntityType],
                  reading: Reading | None) -> tuple[str, Span] | None:
    """新机 / 该机 / 机身 / 这款产品 stands for the product named last before it."""
    if reading is None:
        return None
    for word in reading.words.products:
        i = view.find(word, span.start, span.end)
        if i < 0 or i not in reading.tokens.boundaries:
            continue
        products = [m for m in mentions if m.span.end <= i and types.get(m.entity) is EntityType.PRODUCT]
        return (products[-1].entity, Span(start=i, end=i + len(word))) if products else None
    return None


def _government(view: str, span: Span, mentions: list[Mention], types: dict[str, EntityType],
                reading: Reading | None) -> tuple[str, Span] | None:
    """政府 / 当局 (a word of its own, not 市政府) stands for the body named before it whose
    name ends in a cabinet's head (行政院, 国务院), else in a ministry's or an agency's (经济部)."""
    if reading is None:
        return None
    for a, b in reading.tokens.between(span.start, span.end):
        if view[a:b] not in reading.words.government:
            continue
        bodies = [m for m in mentions if m.span.end <= a and types.get(m.entity) in _ORGLIKE]
        for heads in (reading.words.cabinets, reading.words.bodies):
            found = [m for m in bodies if view[m.span.start:m.span.end].endswith(heads)]
            if found:
                return found[-1].entity, Span(start=a, end=b)
        return None
    return None


def _said_by(view: str, draft: Draft, mentions: list[Mention], types: dict[str, EntityType],
             earlier: Sequence[Claim], reading: Reading | None) -> tuple[str, Span] | None:
    """这份回应 / 有关报道 / 这一预测 (a noun for what someone said, after a determiner, its
    owner not named right before it) stands for whoever said it: the speaker of the latest
    claim before by another speaker (of the latest forecast, for 预测), when named; the
    organisation of a person who speaks for one."""
    if reading is None:
        return None
    span, words = draft.span, reading.words
    for a, b in reading.tokens.between(span.start, span.end):
        word = view[a:b]
        det = next((d for d in words.speech_determiners if word.startswith(d) and word[len(d):] in words.speech), None)
        if not (det or word in words.speech and view.endswith(words.speech_determiners, span.start, a)):
            continue
        noun = word[len(det):] if det else word
        opens = a if det else next(a - len(d) for d in words.speech_determiners if view.endswith(d, span.start, a))
        if any(m.span.end == opens for m in mentions):
            return None  # 甲公司这一指控: its owner is named
        own = (draft.speaker.kind, draft.speaker.key)
        said = next((c.speaker for c in reversed(earlier) if (c.speaker.kind, c.speaker.key) != own
                     and (noun not in words.forecasts or c.type is ClaimType.PREDICTION)), None)
        if said is None or said.kind != "entity":
            return None
        # a person who speaks for an organisation said it in the organisation's name
        return _affiliation(view, said.key, mentions, types) or said.key, Span(start=a, end=b)
    return None


def _funded(view: str, span: Span, mentions: list[Mention], types: dict[str, EntityType],
            reading: Reading | None) -> tuple[str, Span] | None:
    """本轮 / 这轮 (a funding round) stands for the organisation named last before the
    funding word in the latest sentence before it that names a round of funding
    (某某宣布完成A轮融资, 由甲资本领投: 某某)."""
    if reading is None:
        return None
    at = next((a for a, b in reading.tokens.between(span.start, span.end) if view[a:b] in reading.words.rounds), None)
    if at is None:
        return None
    end = _sentence_start(view, at) - 1
    while end > 0:
        start = _sentence_start(view, end)
        funded = min((k for k in (view.find(w, start, end) for w in reading.words.funding) if k >= 0), default=-1)
        if funded >= 0:
            orgs = [m for m in mentions if start <= m.span.start and m.span.end <= funded
                    and types.get(m.entity) in _ORGLIKE]
            return (orgs[-1].entity, Span(start=at, end=at + 2)) if orgs else None
        end = start - 1
    return None


def _other_party(view: str, draft: Draft, mentions: list[Mention], types: dict[str, EntityType],
                 reading: Reading | None) -> tuple[str, Span] | None:
    """他们 / 对手 in someone's words stands for the organisation named last, within this
    sentence and the two before it, that is neither the speaker nor the speaker's own."""
    if reading is None or draft.speaker.kind != "entity":
        return None
    for word in reading.words.others:
        i = view.find(word, draft.span.start, draft.span.end)
        if i < 0 or i not in reading.tokens.boundaries:
            continue
        own = {draft.speaker.key, _affiliation(view, draft.speaker.key, mentions, types)}
        window = _sentence_start(view, max(_sentence_start(view, max(_sentence_start(view, i) - 1, 0)) - 1, 0))
        orgs = [m for m in mentions if window <= m.span.start and m.span.end <= i
                and types.get(m.entity) in _ORGLIKE and m.entity not in own]
        return (orgs[-1].entity, Span(start=i, end=i + len(word))) if orgs else None
    return None


def claim_about(view: str, draft: Draft, mentions: list[Mention], types: dict[str, EntityType],
                previous: Claim | None, cues: WordTable[Cue] | None = None,
                reading: Reading | None = None, earlier: Sequence[Claim] = ()) -> list[tuple[str, Span]]:
    """(entity key, where the claim names or reaches it) for each entity the claim is about,
    in the order the sieves find them (references first); ``cues``: the verbs of saying;
    ``reading``: tokens, dictionary tags and words for the sieves that read them;
    ``earlier``: the article's claims before this one."""
    span = draft.span
    claim_view = view[span.start:span.end]
    inside = [m for m in mentions if span.start <= m.span.start and m.span.end <= span.end]
    products = frozenset(m.span.start for m in inside if types.get(m.entity) is EntityType.PRODUCT)
    about_mentions = [(m.entity, m.span) for m in inside
                      if _is_target(view, m, mentions, types, products, reading) and not _speaker_named(view, draft, m, cues)]
    heard = {draft.speaker.key} if draft.speaker.kind == "entity" else set()
    cue = draft.speaker.cue
    candidates = [m for m in mentions if not (cue and cue.start <= m.span.start < cue.end) and m.entity not in heard]
    group = _group_reference(view, span, candidates, types)
    unsaid = _unsaid_subject(view, draft, mentions, types, reading)  # the speaker is the subject left out
    for found in (*group[::-1], None if group else (_self_reference(view, draft, types, reading)
                                                    or _anaphor(view, span, candidates, types)),
                  None if unsaid else _omitted_subject(draft, claim_view, previous, bool(about_mentions)),
                  _pronoun(claim_view, span, mentions, types),
                  _it(view, span, candidates, types),
                  _first_person(view, draft, mentions, types),
                  unsaid,
                  _product_noun(view, span, candidates, types, reading),
                  _government(view, span, mentions, types, reading),  # the speaker may be the government
                  _said_by(view, draft, mentions, types, earlier, reading),
                  _funded(view, span, mentions, types, reading),
                  _other_party(view, draft, candidates, types, reading)):
        if found is not None and found[0] not in {k for k, _ in about_mentions}:
            about_mentions.insert(0, found)
    return about_mentions
