"""About by the words of ``data/about.toml``: an organisation's words that leave their
subject out (已完成融资, 不予置评) or name it as 公司 / 旗下; nouns that stand for a product
(新机, 机身), the government (政府), what someone said (这份回应, 这一预测) or did (此举), a funding round
(本轮) or the other party (他们, 对方); and a concept glued to a noun it only qualifies
(AI技术). Each sieve returns (entity key, where the claim reaches it) or None."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..models import Claim, ClaimType, EntityType, Mention, Span
from ..nlp.tokens import made_plural
from .about_words import NOUN_TAGS, PHRASE_TAGS, PREDICATE_TAGS, AboutWords
from .claims import Draft
from .lexicons import QI_NOT_SUBJECT
from .discourse import ORGLIKE, affiliation, clause_subject, names_observers_firm, sentence_start

_COMPANY = "公司"  # the self word that names a company, not an association or a school
from .tokens import Tokens

if TYPE_CHECKING:
    from .about import MentionIndex

_ASPECT = ("了", "着", "过")
_TIME_TAG = "t"  # jieba's tag of a time word (下半年, 年底)
# the speaker rules of a source (某某数据显示, 据某报报道): what it reports is not about it
SOURCE_RULES = ("attribution.data_vendor.v1", "attribution.according_to.v1", "attribution.published_by.v1")
# a broker's or an analyst firm's research on a company (its 公司 is the company covered)
_RESEARCH_NOUNS = ("研报", "研究报告", "点评", "评级报告", "调研报告", "投资报告")
_CLAUSE_MARKS = (",", "。", ";", ":", "!", "?", "\n")


@dataclass(frozen=True)
class Reading:
    """What the reference sieves read besides the text: the article's tokens, jieba's
    dictionary tags and the words of ``data/about.toml``."""

    tokens: Tokens
    tags: Mapping[str, str]
    words: AboutWords


def qualifies_noun(view: str, mention: Mention, mentions: MentionIndex, reading: Reading | None) -> bool:
    """Whether a concept, not its clause's subject, is glued to a noun: one it only qualifies (AI技术, 人工智能工具,
    AI大模型 where 大模型 is a name of its own) or one before it that makes a narrower
    Latin concept (实体AI); jieba's dictionary tags tell the noun."""
    if reading is None:
        return False
    after = reading.tokens.at(mention.span.end)
    glued = after is not None and (mentions.starting(mention.span.end)
                                   or reading.tags.get(view[after[0]:after[1]]) in NOUN_TAGS
                                   and not view.startswith(_ASPECT, after[1]))  # GPU定义了: a verb
    if clause_subject(view, mention):  # AI技术迅速普及: the compound is the concept's; AI眼镜销量……: a thing's
        return glued and not mentions.starting(mention.span.end) \
            and view[after[0]:after[1]] not in reading.words.concept_heads
    if glued:
        return True
    before = reading.tokens.previous(mention.span.start)
    return (before is not None and before[1] == mention.span.start and view[mention.span.start].isascii()
            and not view[before[0]:before[1]].isascii() and reading.tags.get(view[before[0]:before[1]]) in NOUN_TAGS)


def self_reference(view: str, draft: Draft, types: dict[str, EntityType],
                    reading: Reading | None, index: MentionIndex | None = None) -> tuple[str, Span] | None:
    """公司将…… / 我们…… / 旗下的…… in the words of an organisation that speaks is the
    organisation itself, and in the words of a person whose phrase names them by an
    organisation's title (某某汽车首席执行官沈某某表示,公司将……) that organisation; so is 公司
    right after a preposition (全由公司承担)."""
    speaker, span = draft.speaker, draft.span
    own = speaker.kind == "entity" and types.get(speaker.key) is EntityType.ORGANIZATION
    if own and speaker.cue is not None and _in_research(view, speaker.cue):
        return None  # 某券商在研报中指出,公司……: the company the research covers, not the broker
    if not own and speaker.kind != "unnamed" and types.get(speaker.key) is not EntityType.PERSON:
        return None  # the article's voice, a product's data: no organisation of its own
    found = _self_word(view, span, reading, own)
    if found is None and own and speaker.rule not in SOURCE_RULES and view.startswith("其", span.start) \
            and not view.startswith(QI_NOT_SUBJECT, span.start):
        found = Span(start=span.start, end=span.start + 1)  # 苹果表示,其在华销量……: the company's own (not a data source's)
    if found is None:
        return None
    key = speaker.key if own else _employer(draft, types, index)  # read only where a self word stands
    if key is not None and not own and view.endswith(_COMPANY, 0, found.end) and reading is not None and index is not None \
            and named_as_no_company(view, key, index.mentions, reading):
        return None  # 某某协会秘书长某某指出,公司……: a company named before, not her association
    if key is not None and not own and reading is not None and index is not None \
            and names_observers_firm(view, key, index.mentions, reading.words.observers):
        return None  # 恒远资本研究总监某某指出,公司……: an analyst's 公司 is the company discussed, not her firm
    return (key, found) if key is not None else None


def named_as_no_company(view: str, key: str, mentions: Sequence[Mention], reading: Reading) -> bool:
    """Whether the organisation ``key``'s first name ends as no company's does (某某协会, 某某大学)."""
    name = next((view[m.span.start:m.span.end] for m in mentions if m.entity == key), "")
    return bool(reading.words.not_companies) and name.endswith(reading.words.not_companies)


def _in_research(view: str, cue: Span) -> bool:
    """Whether an organisation speaks through research on others (在研报中指出, 发布研究报告称,
    在点评中表示): a research document named in the cue's clause, before the cue."""
    clause = max(view.rfind(mark, 0, cue.start) for mark in _CLAUSE_MARKS) + 1
    return any(noun in view[clause:cue.end] for noun in _RESEARCH_NOUNS)


def _self_word(view: str, span: Span, reading: Reading | None, own: bool) -> Span | None:
    """Where the claim's word for its speaker's organisation stands (公司, 该公司, 旗下; 我们 only
    in an organisation's own words: a person's 我们 may be any group they belong to)."""
    if reading is None:
        return Span(start=span.start, end=span.start + 1) if view.startswith(
            ("公司", "本公司", "该公司", "集团", "我司", *(("我们",) if own else ())), span.start, span.end) else None
    words = reading.words.self_words if own else [w for w in reading.words.self_words if w[0] != "我"]
    firsts = {w[0] for w in words}  # a token that starts otherwise starts no self word: most tokens
    for a, b in reading.tokens.between(span.start, span.end):
        if view[a] not in firsts:
            continue
        word = next((w for w in words if view.startswith(w, a)), None)
        if word is None:
            continue
        before = reading.tokens.previous(a)
        if a == span.start or before is not None and before[1] == a and _preposition(view[before[0]:before[1]], reading):
            return Span(start=a, end=a + len(word))
    return None


def _employer(draft: Draft, types: dict[str, EntityType], index: MentionIndex | None) -> str | None:
    """The organisation a person's speaker phrase names before the person (某某汽车首席执行官
    沈某某表示): the one whose title they speak under; for an unnamed source, the one its
    phrase names (一位接近某某的人士透露)."""
    speaker = draft.speaker
    person = speaker.kind == "entity" and types.get(speaker.key) is EntityType.PERSON
    if not (person or speaker.kind == "unnamed") or index is None or speaker.cue is None:
        return None
    phrase = index.inside(speaker.cue)
    before = next((m.span.start for m in phrase if m.entity == speaker.key), None) if person else speaker.cue.end
    employers = [m.entity for m in phrase if before is not None and m.span.end <= before
                 and types.get(m.entity) is EntityType.ORGANIZATION]
    return employers[-1] if employers else None


def _preposition(word: str, reading: Reading) -> bool:
    """A preposition of the lexicon, alone or after a one-character adverb in one token
    (全由, 都对; jieba's dictionary calls 全由 a noun, so tags do not decide here)."""
    return word in reading.words.self_after or (
        len(word) == 2 and word[-1] in reading.words.self_after and word[0] in reading.words.predicates)


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
    while i < len(words) - 1 and (view[words[i][0]:words[i][1]] in reading.words.links
                                  or reading.tags.get(view[words[i][0]:words[i][1]]) == _TIME_TAG):
        i += 1  # 并将……, 下半年要……
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


def unsaid_subject(view: str, draft: Draft, mentions: list[Mention], types: dict[str, EntityType],
                    reading: Reading | None) -> tuple[str, Span] | None:
    """A claim that opens with its predicate (将于……开售, 已完成……融资, 不予回应) in an
    organisation's words is about the organisation (a person's is about the person, whom
    the speaker's own words are not about)."""
    speaker = draft.speaker
    if reading is None or speaker.kind != "entity" or types.get(speaker.key) is not EntityType.ORGANIZATION \
            or speaker.rule in SOURCE_RULES:
        return None  # a source of figures (某某数据显示,……, 据某报报道,……) is not what they are about
    if any(m.span.start == draft.span.start for m in mentions) or not _opens_with_predicate(view, draft.span, reading):
        return None
    return speaker.key, Span(start=draft.span.start, end=draft.span.start + 1)


def product_noun(view: str, span: Span, mentions: list[Mention], types: dict[str, EntityType],
                  reading: Reading | None) -> tuple[str, Span] | None:
    """新机 / 该机 / 机身 / 这款产品 stands for the product named last before it."""
    if reading is None or not reading.words.anywhere("products", view, span.start, span.end):
        return None
    for word in reading.words.products:
        i = view.find(word, span.start, span.end)
        if i < 0 or i not in reading.tokens.boundaries:
            continue
        products = [m for m in mentions if m.span.end <= i and types.get(m.entity) is EntityType.PRODUCT]
        return (products[-1].entity, Span(start=i, end=i + len(word))) if products else None
    return None


_COMMITTEE_GAP = 3  # characters between a legislature and its committee's name (立法会|社福及|卫环委员会)


def government(view: str, span: Span, mentions: list[Mention], types: dict[str, EntityType],
                reading: Reading | None) -> tuple[str, Span] | None:
    """政府 / 当局 (a word of its own, not 市政府) stands for the body named before it whose
    name ends in a cabinet's head (行政院, 国务院), else in a ministry's or an agency's (经济部);
    a legislature and its committees (立法院, 立法院某某委员会) are no government."""
    if reading is None or not reading.words.anywhere("government", view, span.start, span.end):
        return None
    legislatures = reading.words.legislatures
    for a, b in reading.tokens.between(span.start, span.end):
        if view[a:b] not in reading.words.government:
            continue
        bodies = [m for m in mentions if m.span.end <= a and types.get(m.entity) in ORGLIKE
                  and not _legislative(view, m.span.start, m.span.end, legislatures)]
        for heads in (reading.words.cabinets, reading.words.bodies):
            found = [m for m in bodies if view[m.span.start:m.span.end].endswith(heads)]
            if found:
                return found[-1].entity, Span(start=a, end=b)
        return None
    return None


def _legislative(view: str, start: int, end: int, legislatures: tuple[str, ...]) -> bool:
    """Whether the name ``view[start:end]`` is a legislature's or one of its bodies', named in
    it or right before it (立法院财政委员会, 立法会|社福及|卫环委员会)."""
    return any(view.find(word, start, end) >= 0 for word in legislatures) or any(
        view.endswith(legislatures, 0, k) for k in range(max(0, start - _COMMITTEE_GAP), start + 1))


def said_by(view: str, draft: Draft, mentions: list[Mention], types: dict[str, EntityType],
             earlier: Sequence[Claim], reading: Reading | None) -> tuple[str, Span] | None:
    """这份回应 / 有关报道 / 这一预测 (a noun for what someone said, after a determiner, its
    owner not named right before it) stands for whoever said it: the speaker of the latest
    claim before by another speaker (of the latest forecast, for 预测), when named; the
    organisation of a person who speaks for one."""
    if reading is None:
        return None
    span, words = draft.span, reading.words
    if not _has_determiner(view, span, words.speech_determiners):
        return None
    for a, b in reading.tokens.between(span.start, span.end):
        found = _determined(view, span.start, a, b, words.speech_determiners, words.speech)
        if found is None:
            continue
        noun, opens = found
        if any(m.span.end == opens for m in mentions):
            return None  # 甲公司这一指控: its owner is named
        own = (draft.speaker.kind, draft.speaker.key)
        said = next((c.speaker for c in reversed(earlier) if (c.speaker.kind, c.speaker.key) != own
                     and (noun not in words.forecasts or c.type is ClaimType.PREDICTION)), None)
        if said is None or said.kind != "entity":
            return None
        # a person who speaks for an organisation said it in the organisation's name
        return affiliation(view, said.key, mentions, types) or said.key, Span(start=a, end=b)
    return None


def _has_determiner(view: str, span: Span, determiners: tuple[str, ...]) -> bool:
    """Whether a determiner is anywhere in the claim (glued to its noun or before it, it is
    inside the claim): where none is, no token need be read as a determined noun."""
    text = view[span.start:span.end]
    return any(d in text for d in determiners)


def _determined(view: str, start: int, a: int, b: int, determiners: tuple[str, ...],
                nouns) -> tuple[str, int] | None:
    """The noun of ``nouns`` the token ``[a, b)`` is or holds after a determiner, glued to it
    (这份回应) or right before it (这一|预测), and where the determiner opens; None if neither."""
    word = view[a:b]
    if word.startswith(determiners):
        det = next((d for d in determiners if word.startswith(d) and word[len(d):] in nouns), None)
        if det is not None:
            return word[len(det):], a
    if word in nouns and view.endswith(determiners, start, a):
        return word, next(a - len(d) for d in determiners if view.endswith(d, start, a))
    return None


def done_by(view: str, span: Span, mentions: list[Mention], types: dict[str, EntityType],
            reading: Reading | None) -> tuple[str, Span] | None:
    """此举 / 此类行为 / 这一做法 (a noun for what someone did, after a determiner) stands
    for who did it: the organisation or person that is the subject of the latest clause
    before it, in its sentence or the one before."""
    if reading is None:
        return None
    words = reading.words
    if not _has_determiner(view, span, words.speech_determiners):
        return None
    for a, b in reading.tokens.between(span.start, span.end):
        if _determined(view, span.start, a, b, words.speech_determiners, words.acts) is None:
            continue
        window = sentence_start(view, max(sentence_start(view, a) - 1, 0))
        doers = [m for m in mentions if window <= m.span.start and m.span.end <= a
                 and types.get(m.entity) in (*ORGLIKE, EntityType.PERSON) and clause_subject(view, m)]
        return (doers[-1].entity, Span(start=a, end=b)) if doers else None
    return None


def funded(view: str, span: Span, mentions: list[Mention], types: dict[str, EntityType],
            reading: Reading | None) -> tuple[str, Span] | None:
    """本轮 / 这轮 (a funding round) stands for the organisation named last before the
    funding word in the latest sentence before it that names a round of funding
    (某某宣布完成A轮融资, 由甲资本领投: 某某)."""
    if reading is None:
        return None
    at = next((a for a, b in reading.tokens.between(span.start, span.end) if view[a:b] in reading.words.rounds), None)
    if at is None:
        return None
    end = sentence_start(view, at) - 1
    while end > 0:
        start = sentence_start(view, end)
        funded = min((k for k in (view.find(w, start, end) for w in reading.words.funding) if k >= 0), default=-1)
        if funded >= 0:
            orgs = [m for m in mentions if start <= m.span.start and m.span.end <= funded
                    and types.get(m.entity) in ORGLIKE]
            if orgs:  # else a line that names funding and no one (募资与补助): further back
                return orgs[-1].entity, Span(start=at, end=at + 2)
        end = start - 1
    return None


def other_party(view: str, draft: Draft, mentions: list[Mention], types: dict[str, EntityType],
                 reading: Reading | None) -> tuple[str, Span] | None:
    """他们 / 对手 in someone's words stands for the organisation named last, within this
    sentence and the two before it, that is neither the speaker nor the speaker's own."""
    if reading is None or draft.speaker.kind != "entity" \
            or not reading.words.anywhere("others", view, draft.span.start, draft.span.end):
        return None
    for word in reading.words.others:
        i = view.find(word, draft.span.start, draft.span.end)
        if i < 0 or i not in reading.tokens.boundaries:
            continue
        own = {draft.speaker.key, affiliation(view, draft.speaker.key, mentions, types)}
        window = sentence_start(view, max(sentence_start(view, max(sentence_start(view, i) - 1, 0)) - 1, 0))
        orgs = [m for m in mentions if window <= m.span.start and m.span.end <= i
                and types.get(m.entity) in ORGLIKE and m.entity not in own]
        if orgs and any(made_plural(view, a, b) for a, b in reading.tokens.between(orgs[-1].span.end, i)):
            return None  # 球员们顶住了压力,我为他们感到骄傲: the people just named, no organisation
        return (orgs[-1].entity, Span(start=i, end=i + len(word))) if orgs else None
    return None
