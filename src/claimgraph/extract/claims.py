"""Claim segmentation and speaker attribution: pure functions from an article's folded
view and its mentions to claim drafts (span, speaker, the rule that chose it).

A paragraph is read sentence by sentence. A cue (张奇表示, 有观点认为, Wind数据显示,
“……”他表示) names who speaks; a person's cue carries over the rest of the paragraph, a
data or unnamed cue covers its own sentence. Without a cue the article speaks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from ..models import EntityType, Mention, Span, Speaker
from ..nlp.sentences import split_sentences
from .lexicons import (
    ANSWER_LABELS, INTERVIEWER_LABELS,
    ADVERBIAL_OPENERS, BARE_UNNAMED, CLAUSE_BREAKERS, CONTRAST_OPENERS, DATA_CUES, DIRECT_VERBS,
    ORG_ANAPHORS, PERSON_PRONOUNS, RESPONSE_OPENERS, SPEECH_VERBS,
    TEMPORAL_ENDINGS, TIME_OPENERS, UNNAMED_SOURCES, UNNAMED_VERBS, ZERO_OPENERS, ZERO_SUBJECT_LINKS,
)
from .segment import (
    QUANTIFIED_SUBJECT, alternatives, clause_starts, cue_positions, ends_sentence, is_heading, pieces, split_terminators, trim,
)

AUTHOR = "@author"
_QUOTE_FIRST = "attribution.quote_first.v1"
_INTRO_OPENERS = ("对此", "对于", "对", "就", "针对", "关于", "最后", "谈及", "谈到", "被问及", "在被问到",
                  "媒体追问", "记者追问", "问及", "提及")
_ADVERBS = r"(?:还|也|则|更|又|再|便|就|都|亦|续|同时|随后|进一步|普遍|日前|近日|今天|昨天|此前|随即|直接|坦率地|明确|公开)*"
# “speaker … verb,” at the start of a clause; the speaker part is checked by resolution
_CUE = re.compile(rf"(?P<spk>[^,:;。!?“”「」『』\n]{{1,40}}?){_ADVERBS}(?P<verb>{alternatives(SPEECH_VERBS + DATA_CUES)})"
                  rf"(?P<end>[,:]\s*|(?=[“「『。!?;]|$))")
# an unnamed source built from a quantifier and people (多位创业者, 一位不愿具名的工程师)
_QUANTIFIERS = ("也有", "多位", "多名", "一些", "部分", "不少", "许多", "一位", "一名", "有位", "有")
_PEOPLE = ("人士", "创业者", "从业者", "分析师", "工程师", "高管", "官员", "负责人", "专家", "学家", "学者",
           "投资者", "员工", "用户", "网友", "业者", "人")
# or from a few words and a source noun (外资分析师, 某券商分析师)
_SOURCE_NOUNS = ("分析师", "分析人士", "业内人士", "知情人士", "消息人士", "经济学家", "专家", "学者")
_UNNAMED_CUE = re.compile(
    rf"(?P<spk>{alternatives(UNNAMED_SOURCES)}|(?:{alternatives(_QUANTIFIERS)})[^,:;。!?“”\n]{{0,12}}?(?:{alternatives(_PEOPLE)})"
    rf"|[\u4e00-\u9fff]{{1,4}}?(?:{alternatives(_SOURCE_NOUNS)}))"
    rf"(?:[向对跟][^,:;。]{{1,12}}?)?{_ADVERBS}(?P<verb>{alternatives(UNNAMED_VERBS)})(?P<end>[,:]\s*)?")
# “speaker verb content” with no comma: 百度宣布旗下……, 并形容……, 还向媒体直呼“……”
_DIRECT = re.compile(rf"(?P<spk>[^,:;。!?“”「」『』\n]{{0,40}}?){_ADVERBS}(?P<verb>{alternatives(DIRECT_VERBS)})"
                     rf"(?![为作是的过道了])(?P<end>)(?=[^,:;。!?\s])")
# a person's words framed by the article: 李强对近期AI的感知则是“热度极高”
_FRAMED = re.compile(r"(?P<spk>[^,:;。!?“”「」『』\n]{1,40}?)(?P<verb>则是|就是|是)(?P<end>)(?=[“「『][^”」』]+[”」』][。!?;]?$)")
_ZERO_SUBJECT = re.compile(rf"(?:{alternatives(ZERO_SUBJECT_LINKS)})?(?:[向对跟][^,:;。]{{1,12}}?)?")
_ZERO_OPENER = re.compile(
    rf"(?:{alternatives(CONTRAST_OPENERS + ('而且', '并且', '并', '而'))})?"
    rf"(?:{alternatives(ZERO_OPENERS)}|{alternatives(TIME_OPENERS)}|\d{{1,2}}日)")
_BARE_TIME = re.compile(r"[\d年月日号时分上下午晚间早今昨明前后次当天:.]+")
_BARE = re.compile(rf"(?P<spk>{alternatives(BARE_UNNAMED)})(?P<end>[,:]\s*)?")
# 据路透社报道, / 根据IDC的最新报告, / 援引《华尔街日报》的消息称,
_ACCORDING = re.compile(
    r"(?:据|根据|援引|引述)(?P<spk>[^,:;。!?“”「」]{1,30}?)的?(?:最新|最近|此前|近期)?"
    r"(?P<verb>报道|消息|报告|数据|统计|调查|研究|披露|公告|财报|测算|预测)(?:显示|称|指出)?(?P<end>[,:]\s*)")
# 记者了解到, / 记者从工信部获悉,: the reporter, that is the article, tells
_REPORTER = re.compile(r"(?:本报|本台)?记者(?:从[^,:;。]{1,20}?)?(?:了解到|获悉|注意到|观察到|查询发现)(?P<end>[,:]\s*)?")
_MODAL_VERBS = ("预计", "相信", "认为")
_DOCUMENTS = ("报告", "该报告", "数据", "该数据", "调查", "该调查", "研究", "该研究", "报道", "该报道")
_QUOTE_LEAD = re.compile(r"[“「『](?P<body>[^“”「」『』]+)[”」』]")
_PERSONLIKE = (EntityType.PERSON, EntityType.ORGANIZATION)
_DIALOGUE_LABEL = re.compile(r"\s*(?P<label>[^,:;。!?“”「」『』\s]{1,10}):\s*")


@dataclass(frozen=True)
class Draft:
    """A claim before classification: where it is and who says it."""

    span: Span
    speaker: Speaker
    responds: bool = False
    contrast: bool = False
    zero: bool = False  # the claim leaves its subject out (……,而且今天就要回美国)
    topic: str | None = None  # the entity its sentence opens with, which such a subject stands for


@dataclass
class _Context:
    view: str
    mentions: Sequence[Mention]
    types: dict[str, EntityType]
    author: Speaker


def draft_claims(view: str, body: Sequence[Span], mentions: Sequence[Mention],
                 types: dict[str, EntityType]) -> list[Draft]:
    """Every claim draft of an article, in text order."""
    ctx = _Context(view, mentions, types, Speaker(kind="author", key=AUTHOR, rule="attribution.article_voice.v1"))
    drafts: list[Draft] = []
    for region in body:
        sentences = list(split_sentences(view, region.start, region.end))
        if len(sentences) == 1 and is_heading(view, sentences[0]):
            drafts.extend(_quoted_heading(ctx, sentences[0]))
            continue
        carried: Speaker | None = None  # a person's cue carries to the paragraph's end
        label = _DIALOGUE_LABEL.match(view, region.start, region.end)
        if label is not None:  # 记者:……? / 戴伟民:…… in an interview transcript
            if label.group("label") in INTERVIEWER_LABELS:
                continue
            carried = _dialogue_speaker(ctx, label)
            if carried is not None:
                sentences = list(split_sentences(view, label.end(), region.end))
        for sentence in sentences:
            found, carried = _sentence(ctx, sentence, carried)
            drafts.extend(found)
    return _resolve_headings(drafts, view)


def _dialogue_speaker(ctx: _Context, label: re.Match) -> Speaker | None:
    """The person a transcript's speaker label names (戴伟民:), or for 答: the last person named."""
    cue = Span(start=label.start("label"), end=label.end("label"))
    rule = "attribution.dialogue_label.v1"
    if label.group("label") in ANSWER_LABELS:
        person = _last_of(ctx, cue.start, EntityType.PERSON)
        return Speaker(kind="entity", key=person, rule=rule, cue=cue) if person else None
    named = [m for m in ctx.mentions if cue.start <= m.span.start and m.span.end == cue.end
             and ctx.types.get(m.entity) in _PERSONLIKE]
    if named:
        return Speaker(kind="entity", key=named[0].entity, rule=rule, cue=cue)
    earlier = [m for m in ctx.mentions if m.span.end <= cue.start and ctx.view[m.span.start:m.span.end] ==
               label.group("label") and ctx.types.get(m.entity) in _PERSONLIKE]
    return Speaker(kind="entity", key=earlier[-1].entity, rule=rule, cue=cue) if earlier else None


def _sentence(ctx: _Context, sentence: Span, carried: Speaker | None) -> tuple[list[Draft], Speaker | None]:
    view = ctx.view
    text = view[sentence.start:sentence.end]
    if text.rstrip("”」』").endswith("?"):
        return [], carried
    # a person's cue carries on over the paragraph (张奇表示,……。……)
    continued = carried
    if carried is not None and carried.rule != "attribution.dialogue_label.v1":
        continued = carried.model_copy(update={"rule": "attribution.continuation.v1"})
    at = _At(current=continued or ctx.author, subject=_subject(ctx, sentence))
    drafts: list[Draft] = []
    pos, end = sentence.start, sentence.end
    # “……”他表示,…: a quotation first, its speaker right after
    lead = _QUOTE_LEAD.match(view, pos, end)
    if lead and (cue := _cue_after_quote(ctx, lead.end(), end, at)) is not None:
        speaker, _, next_pos, carries = cue
        speaker = speaker.model_copy(update={"rule": _QUOTE_FIRST})
        drafts.extend(_content(ctx, Span(start=lead.start(), end=lead.end()), speaker, at.subject, quoted=True))
        if carries:
            carried = speaker
        at, pos = _At(current=speaker, subject=at.subject), next_pos
    clause_start = content_start = pos
    for boundary in [*cue_positions(view, pos, end), end]:
        cue = _cue_at(ctx, clause_start, end, at) if clause_start < end else None
        if cue is not None:
            speaker, cue_span, next_pos, carries = cue
            before = Span(start=content_start, end=clause_start)
            if carries:
                carried = speaker
            if ends_sentence(view, next_pos, end):  # ……,张奇表示。 / “……”近日,吴运声感慨。
                quote = _QUOTE_LEAD.match(view, before.start, before.end)
                if quote:
                    speaker = speaker.model_copy(update={"rule": _QUOTE_FIRST})
                drafts.extend(_content(ctx, Span(start=quote.start(), end=quote.end()), speaker, at.subject, quoted=True)
                              if quote else _content(ctx, before, speaker, at.subject))
                return _responding(view, text, drafts), carried
            if _keeps(view, before, sentence.start, cue_span):
                adverbial = view[content_start:cue_span.start].startswith(ADVERBIAL_OPENERS)
                if adverbial and speaker.kind == "unnamed":
                    drafts.extend(_content(ctx, Span(start=content_start, end=end), speaker, at.subject))
                    return _responding(view, text, drafts), carried
                drafts.extend(_content(ctx, before, at.current, at.subject))
            # a name that only introduces the speaker (张奇表示,) is not what later clauses are about
            at = _At(current=speaker, subject=None if cue_span.start <= sentence.start + 2 else at.subject)
            content_start = clause_start = next_pos
            if boundary <= next_pos:
                continue
        clause_start = boundary
    drafts.extend(_content(ctx, Span(start=content_start, end=end), at.current, at.subject))
    return _responding(view, text, drafts), carried


@dataclass(frozen=True)
class _At:
    """Who speaks at a point of a sentence, and whom the sentence is about (its opening name)."""

    current: Speaker
    subject: str | None


def _responding(view: str, text: str, drafts: list[Draft]) -> list[Draft]:
    if text.startswith(RESPONSE_OPENERS):  # 对此,…: the sentence answers what came before
        return [replace(d, responds=True) for d in drafts]
    return drafts


def _subject(ctx: _Context, sentence: Span) -> str | None:
    """The person or organisation a sentence opens with (黄仁勋昨天……), the person at the end
    of a title chain (北京大学教授王立新……) rather than the institution before it."""
    chain = []
    for m in ctx.mentions:
        if m.span.start < sentence.start or ctx.types.get(m.entity) not in _PERSONLIKE:
            continue
        gap = ctx.view[(chain[-1].span.end if chain else sentence.start):m.span.start]
        if len(gap) > (12 if chain else 2) or any(c in gap for c in ",:;。!?"):
            break
        chain.append(m)
    persons = [m for m in chain if ctx.types.get(m.entity) is EntityType.PERSON]
    return (persons or chain)[-1].entity if chain else None


def _cue_after_quote(ctx: _Context, start: int, end: int, at: _At) -> tuple[Speaker, Span, int, bool] | None:
    """The cue right after a quotation, or after an intro clause (“……”对于……,张奇分析称,)."""
    cue = _cue_at(ctx, start, end, at)
    if cue is None and ctx.view.startswith(_INTRO_OPENERS, start):
        following = next(iter(clause_starts(ctx.view, start, end)), None)
        if following is not None:
            cue = _cue_at(ctx, following, end, at)
    return cue


def _cue_at(ctx: _Context, start: int, end: int, at: _At) -> tuple[Speaker, Span, int, bool] | None:
    """A cue opening the clause at ``start``: (speaker, cue span, where content starts, carries)."""
    view = ctx.view
    for prefix in RESPONSE_OPENERS + ("最后", "此外", "同时", "另外"):
        if view.startswith(prefix, start) and view[start + len(prefix):start + len(prefix) + 1] == ",":
            return None  # the cue, if any, is in the next clause
    if (m := _REPORTER.match(view, start, end)) is not None:
        speaker = ctx.author.model_copy(update={"rule": "attribution.reporter_cue.v1",
                                                "cue": Span(start=m.start(), end=m.end())})
        return speaker, Span(start=m.start(), end=m.end()), m.end(), False
    if (m := _ACCORDING.match(view, start, end)) is not None:
        speaker = _source_named(ctx, m.start("spk"), m.end("spk"))
        return speaker, Span(start=m.start(), end=m.end("verb")), m.end(), False
    if (m := _BARE.match(view, start, end)) is not None:
        speaker = Speaker(kind="unnamed", key=m.group("spk"), rule="attribution.unnamed_bare.v1",
                          cue=Span(start=m.start(), end=m.end("spk")))
        return speaker, speaker.cue, m.end(), False
    if (m := _UNNAMED_CUE.match(view, start, end)) is not None and not _entity_in(ctx, m.start(), m.end("spk")):
        label = _unnamed_label(m.group("spk"))
        speaker = Speaker(kind="unnamed", key=label, rule="attribution.unnamed_source.v1",
                          cue=Span(start=m.start(), end=m.end("verb")))
        return speaker, speaker.cue, m.end(), False
    if (m := _FRAMED.match(view, start, end)) is not None:
        inside = [x for x in ctx.mentions if m.start() <= x.span.start and x.span.end <= m.end("spk")
                  and ctx.types.get(x.entity) is EntityType.PERSON]
        if inside:
            speaker = Speaker(kind="entity", key=inside[-1].entity, rule="attribution.framed_quote.v1",
                              cue=Span(start=m.start(), end=m.end("verb")))
            return speaker, speaker.cue, m.end(), True
    for pattern in (_CUE, _DIRECT):
        if (m := pattern.match(view, start, end)) is None:
            continue
        verb = m.group("verb")
        speaker = _resolve(ctx, m.start("spk"), m.end("spk"), verb, direct=pattern is _DIRECT)
        modal = pattern is _DIRECT and verb in _MODAL_VERBS  # ……,预计2026年量产: a forecast, not a cue
        if speaker is None and verb not in DATA_CUES and not modal and not _entity_in(ctx, m.start(), m.end("spk")):
            speaker = _zero_subject(ctx, view[m.start("spk"):m.end("spk")].strip(), at, m.start(), m.end("verb"),
                                    direct=pattern is _DIRECT)
        if speaker is None:
            return None
        carries = verb not in DATA_CUES and speaker.kind == "entity" and pattern is _CUE
        return speaker, Span(start=m.start(), end=m.end("verb")), m.end(), carries
    return None


def _source_named(ctx: _Context, start: int, end: int) -> Speaker:
    """The source a 据……报道 cue names: an organisation, person or publication it mentions,
    else an unnamed source labelled by its words."""
    cue = Span(start=start, end=end)
    named = [m for m in ctx.mentions if start <= m.span.start and m.span.end <= end
             and ctx.types.get(m.entity) in (*_PERSONLIKE, EntityType.CREATIVE_WORK)]
    if named:
        return Speaker(kind="entity", key=named[-1].entity, rule="attribution.according_to.v1", cue=cue)
    return Speaker(kind="unnamed", key=ctx.view[start:end].strip("《》「」 "), rule="attribution.according_to.v1",
                   cue=cue)


def _zero_subject(ctx: _Context, spk: str, at: _At, start: int, end: int, direct: bool) -> Speaker | None:
    """A cue that leaves its subject out (并形容……, 今天接受采访证实,): the sentence's opening
    name speaks, or else whoever speaks already."""
    if direct and _ZERO_SUBJECT.fullmatch(spk) is None:
        return None
    if not direct and (spk.startswith(tuple(UNNAMED_SOURCES)) or _ZERO_SUBJECT.fullmatch(spk) is None
                       and not spk.startswith((*TIME_OPENERS, "在", "于", "接受", "出席", "做客"))):
        return None
    key = at.subject or (at.current.key if at.current.kind == "entity" else None)
    if key is None:
        return None
    return Speaker(kind="entity", key=key, rule="attribution.zero_subject.v1", cue=Span(start=start, end=end))


def _resolve(ctx: _Context, start: int, end: int, verb: str, direct: bool = False) -> Speaker | None:
    """The speaker named in ``view[start:end]``: an entity, a pronoun, or an unnamed source.

    Without a comma after the verb (百度宣布……) the name must stand right before the verb."""
    spk = ctx.view[start:end].strip()
    cue = Span(start=start, end=end)
    data = verb in DATA_CUES
    wanted = (*_PERSONLIKE, EntityType.PRODUCT) if data else _PERSONLIKE
    inside = [m for m in ctx.mentions if start <= m.span.start and m.span.end <= end
              and ctx.types.get(m.entity) in wanted]
    if inside:
        # the entity nearest the verb speaks (复旦大学教授张奇表示 -> 张奇)
        persons = [m for m in inside if ctx.types.get(m.entity) is EntityType.PERSON]
        chosen = (persons or inside)[-1]
        near = end - chosen.span.end <= (0 if direct else 20)
        if direct:
            near = ctx.view[chosen.span.end:end].strip() == "" and chosen.span.start - start <= 20
        if near:
            rule = "attribution.data_vendor.v1" if data else (
                "attribution.direct_cue.v1" if direct else "attribution.cue_before.v1")
            return Speaker(kind="entity", key=chosen.entity, rule=rule, cue=cue)
    if spk in PERSON_PRONOUNS or spk.rstrip("还也则又进一步") in PERSON_PRONOUNS:
        person = _last_of(ctx, start, EntityType.PERSON)
        if person is not None:
            return Speaker(kind="entity", key=person, rule="attribution.pronoun.v1", cue=cue)
    if spk in _DOCUMENTS:  # 报告指出, after 根据IDC的报告: the organisation named last
        org = _last_of(ctx, start, EntityType.ORGANIZATION)
        if org is not None and start - max(m.span.end for m in ctx.mentions if m.entity == org and m.span.end <= start) <= 80:
            return Speaker(kind="entity", key=org, rule="attribution.document_anaphor.v1", cue=cue)
    if spk.rstrip("还也则又进一步") in ORG_ANAPHORS and spk != "其":
        org = _last_of(ctx, start, EntityType.ORGANIZATION)
        if org is not None:
            return Speaker(kind="entity", key=org, rule="attribution.org_anaphor.v1", cue=cue)
    label = _unnamed_label(spk)
    if label is not None and not direct and verb in (*DATA_CUES, *UNNAMED_VERBS, "透露", "称"):
        return Speaker(kind="unnamed", key=label, rule="attribution.unnamed_source.v1", cue=cue)
    return None


def _unnamed_label(spk: str) -> str | None:
    for source in sorted(UNNAMED_SOURCES, key=len, reverse=True):
        if spk == source or spk.startswith(source):
            return source
    if spk.startswith(_QUANTIFIERS) and spk.endswith(_PEOPLE) or spk.endswith(_SOURCE_NOUNS):
        return spk
    return None


def _entity_in(ctx: _Context, start: int, end: int) -> bool:
    return any(start <= m.span.start < end for m in ctx.mentions if ctx.types.get(m.entity) in _PERSONLIKE)


def _last_of(ctx: _Context, before: int, etype: EntityType) -> str | None:
    found = [m for m in ctx.mentions if m.span.end <= before and ctx.types.get(m.entity) is etype]
    return found[-1].entity if found else None


def _keeps(view: str, before: Span, sentence_start: int, cue: Span) -> bool:
    """Whether the text before a cue in the same sentence is a claim of its own."""
    text = view[before.start:before.end].strip(" ,:")
    if len(text) < 6 or text.startswith(_INTRO_OPENERS) or text.endswith(TEMPORAL_ENDINGS):
        return False
    if _BARE_TIME.fullmatch(text):
        return False
    return not (before.start == sentence_start and cue.start - before.end > 0)


def _content(ctx: _Context, span: Span, speaker: Speaker, subject: str | None = None,
             quoted: bool = False) -> Iterator[Draft]:
    """The claims in a stretch of content: split at clause breakers, trimmed."""
    view = ctx.view
    if quoted:  # a quotation may hold several sentences
        inner = Span(start=span.start + 1, end=span.end - 1)
        for part in split_terminators(view, inner):
            yield from _content(ctx, part, speaker, subject)
        return
    for i, piece in enumerate(pieces(view, span)):
        trimmed = trim(view, piece)
        if trimmed is None:
            continue
        text = view[trimmed.start:trimmed.end]
        if text.startswith(CLAUSE_BREAKERS):
            continue  # an illustration (比如……) is not a proposition of its own
        yield Draft(span=trimmed, speaker=ctx.author if i and _about_source(text, speaker) else speaker,
                    responds=text.startswith(RESPONSE_OPENERS),
                    contrast=i > 0 and text.startswith(CONTRAST_OPENERS),
                    zero=_leaves_subject_out(ctx, trimmed), topic=subject)


def _leaves_subject_out(ctx: _Context, span: Span) -> bool:
    """Whether a claim opens with a predicate, not a subject (而且今天就要回美国, 下午到……)."""
    text = ctx.view[span.start:span.end]
    m = _ZERO_OPENER.match(text)
    if m is None:
        return False
    at = span.start + m.end()
    # 再加上英伟达公司…: a connective word may stand between the opener and the subject
    return not any(at <= x.span.start <= at + 3 for x in ctx.mentions if ctx.types.get(x.entity) in _PERSONLIKE)


def _about_source(text: str, speaker: Speaker) -> bool:
    """A later clause that names an unnamed source's own people (多位创业者透露,……,两位创业者
    甚至……) describes them: the article says it, not they."""
    m = QUANTIFIED_SUBJECT.match(text)
    return speaker.kind == "unnamed" and m is not None and text[m.end():m.end() + 2] in speaker.key


def _quoted_heading(ctx: _Context, sentence: Span) -> Iterator[Draft]:
    text = ctx.view[sentence.start:sentence.end]
    if text[:1] in "“「『" and text[-1:] in "”」』" and len(text) > 5:
        yield Draft(span=sentence, speaker=Speaker(kind="author", key=AUTHOR, rule="attribution.quoted_heading.v1"))


def _resolve_headings(drafts: list[Draft], view: str) -> list[Draft]:
    """A quotation used as a section heading belongs to whoever says those words later,
    or else to the person quoted most in the article."""
    counts: dict[str, int] = {}
    for d in drafts:
        if d.speaker.kind == "entity":
            counts[d.speaker.key] = counts.get(d.speaker.key, 0) + 1
    out = []
    for i, d in enumerate(drafts):
        if d.speaker.rule == "attribution.quoted_heading.v1":
            words = view[d.span.start + 1:d.span.end - 1]
            later = next((x for x in drafts[i + 1:] if words in view[x.span.start:x.span.end]
                          and x.speaker.kind == "entity"), None)
            if later is not None:
                d = Draft(span=d.span, speaker=Speaker(kind="entity", key=later.speaker.key,
                                                       rule="attribution.quoted_heading.v1"))
            elif counts:
                top = max(sorted(counts), key=counts.__getitem__)
                d = Draft(span=d.span, speaker=Speaker(kind="entity", key=top, rule="attribution.quoted_heading.v1"))
        out.append(d)
    return out
