"""Claim segmentation and speaker attribution: pure functions from an article's folded
view, its tokens and its mentions to claim drafts (span, speaker, the rule that chose it).

A paragraph is read sentence by sentence. In each clause a cue (a verb of saying,
thinking, predicting, revealing, denying or evaluating, from ``data/cues.toml``) is
looked for on token boundaries; the words before it in its clause are read as a speaker
phrase (``speakers.read_phrase``). What the cue governs is its content: after a comma or
colon, a quotation, the clause itself for verbs that take one directly, or the words
before it when the cue closes the sentence (“……”他说). Without a cue the article speaks,
or the person who spoke last when the sentence carries on their words (continuation
stops at a sentence that opens with a subject of its own). Transcript turns
(``transcripts``) give whole paragraphs to their speaker. Sieves run most precise first;
each names the rule on its output.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from ..models import EntityType, Mention, Span, Speaker
from ..nlp.sentences import split_sentences
from .lexicons import ClaimLexicon, Cue
from .quotes import OPENERS, inside, is_whole, quotations, sentences_inside
from .segment import clause_starts, is_frame, is_heading, pieces, split_terminators, trim
from .speakers import Reading, Scene, read_phrase, units
from .tokens import Tokens
from .transcripts import Turn, read_label

AUTHOR = "@author"
_QUOTE_FIRST = "attribution.quote_first.v1"
_CONTINUATION = "attribution.continuation.v1"
_PERSONLIKE = (EntityType.PERSON, EntityType.ORGANIZATION)
# single characters a token may carry before a cue it swallowed (她续/指, 接受采访时/说)
_GLUE = frozenset("他她其时续还也则又更并亦再即均都便就中上")
# first characters of an object a token may carry after a cue it swallowed (称其为)
_OBJECT_GLUE = frozenset("其他她它我这该")
# words after a cue that make it a noun of time (表态后, 宣布时, 发言中)
_AFTER_NOUN = ("后", "之后", "以后", "时", "之时", "以来", "前", "之前", "中")
_DIRECT_NOT = ("了", "的", "过", "为", "着", "到", "给", "成", "出", "是", "在", "起", "完", "得", "好", "道")
_INTERROGATIVES = frozenset({"呢", "吗", "如何", "为何", "为什么", "什么", "怎么", "怎样", "谁", "哪", "哪些", "哪个",
                             "是否", "几", "多少", "难道", "岂", "何", "何时", "何必", "可否", "能否", "有没有", "是不是"})
_NARRATIVE_TIME = re.compile(r"(?:[0-9]{1,2}月[0-9]{1,2}[日号]|[0-9]{1,2}[日号]|昨[天日晚]|前天|上周|上[个]?月|去年|"
                             r"周[一二三四五六日]|星期[一二三四五六日天]|[0-9]{4}年)")
_SUBJECT_REACH = 16  # how far into its first clause a sentence's subject may start
_FRAMES = ("则是", "就是", "都是", "便是", "也是", "是", "为", "大意是", "原话是")


@dataclass(frozen=True)
class Draft:
    """A claim before classification: where it is and who says it."""

    span: Span
    speaker: Speaker
    responds: bool = False
    contrast: bool = False
    zero: bool = False  # the claim leaves its subject out (……,而且今天就要回美国)
    topic: str | None = None  # the entity its sentence opens with, which such a subject stands for
    believed: bool = False  # the speaker's view (认为, 相信, 看好 …): an opinion unless it forecasts or counts


@dataclass(frozen=True)
class _Found:
    """A cue found in a sentence: who speaks, where its clause starts, where its content
    starts, and how it takes its content (``after``, ``before`` the cue, ``frame``)."""

    speaker: Speaker
    clause: int
    content: int
    shape: str
    carries: bool
    cue: Cue | None = None
    direct: bool = False  # the cue takes its clause without a comma (百度宣布……)


def draft_claims(view: str, body: Sequence[Span], mentions: Sequence[Mention], types: dict[str, EntityType],
                 tokens: Tokens, lex: ClaimLexicon) -> list[Draft]:
    """Every claim draft of an article, in text order."""
    reader = _Reader(Scene(view, tokens, mentions, types, lex))
    drafts: list[Draft] = []
    for paragraph in paragraphs(view, body):
        drafts.extend(reader.paragraph(paragraph))
    return _resolve_headings(drafts, view)


def paragraphs(view: str, body: Sequence[Span]) -> Iterator[Span]:
    """Body regions, a line that breaks off after a comma or colon joined to the next."""
    pending: Span | None = None
    for region in body:
        if pending is not None:
            region = Span(start=pending.start, end=region.end)
        text = view[region.start:region.end].rstrip()
        if text.endswith((",", ":", "、")):
            pending = region
            continue
        pending = None
        yield region
    if pending is not None:
        yield pending


class _Reader:
    """Reads paragraphs in order; holds who spoke last (for continuation, 该人士, and a
    quotation that opens the next paragraph)."""

    def __init__(self, scene: Scene):
        self.scene = scene
        self.view = scene.view
        self.author = Speaker(kind="author", key=AUTHOR, rule="attribution.article_voice.v1")
        self.last_entity: Speaker | None = None
        self.turn: Turn | None = None
        self.voice: Speaker | None = None
        self.beliefs: dict[tuple[int, int], bool] = {}  # cue spans of views (认为, 看好 …)

    # -- paragraphs ----------------------------------------------------------------

    def paragraph(self, region: Span) -> list[Draft]:
        view = self.view
        self.scene.last_org_speaker = None
        lines = list(_lines(view, region))
        if len(lines) == 1 and _heading_line(view, lines[0]):
            self.turn = None
            return list(_quoted_heading(view, lines[0]))
        turn = read_label(self.scene, region)
        if turn is not None:
            self.turn = turn if turn.alone else None
            start = turn.content
        elif self.turn is not None:
            turn, start = self.turn, region.start
        else:
            start = region.start
        drafts: list[Draft] = []
        carried = turn.speaker if turn is not None else None
        for line in lines:
            line = Span(start=max(line.start, start), end=line.end)
            if line.start >= line.end:
                continue
            if line is not lines[0] and _heading_line(view, line):
                carried = None
                continue
            for k, sentence in enumerate(split_sentences(view, line.start, line.end)):
                if not drafts and k == 0 and carried is None and self.last_entity is not None \
                        and view[sentence.start:sentence.start + 1] in OPENERS:
                    carried = self.last_entity.model_copy(update={"rule": "attribution.quote_continuation.v1"})
                found, carried = self.sentence(sentence, carried, turn)
                drafts.extend(found)
        if turn is None:
            entity = [d.speaker for d in drafts if d.speaker.kind == "entity"]
            self.last_entity = entity[-1] if entity and drafts[-1].speaker.kind == "entity" else None
        return drafts

    # -- sentences -------------------------------------------------------------------

    def sentence(self, sentence: Span, carried: Speaker | None, turn: Turn | None,
                 voice: Speaker | None = None) -> tuple[list[Draft], Speaker | None]:
        """The drafts of one sentence and who carries on after it; ``voice``: the speaker
        whose quotation the sentence is in (a cue inside it names someone else)."""
        view = self.view
        text = view[sentence.start:sentence.end]
        end = sentence.end
        if voice is None and _asks(view, sentence):
            cut = self._question_cut(sentence)
            if cut is None:
                return [], carried
            end = cut
        if carried is not None and turn is None and carried.rule != "attribution.quote_continuation.v1" \
                and self._own_subject(sentence, carried):
            carried = None
        if carried is not None and turn is None and carried.rule not in (_CONTINUATION, "attribution.quote_continuation.v1"):
            carried = carried.model_copy(update={"rule": _CONTINUATION})
        subject = _subject(self.scene, sentence)
        current = voice or carried or self.author
        self.voice = voice
        found = list(self._cues(sentence.start, end, subject, current))
        rest = None
        for k, f in enumerate(found):
            closed = _closed_quotation(view, f.content, end) if f.shape == "after" else None
            if closed is not None:  # 他表示:“……。……。”随后……: narrative after the quotation
                found, rest, end = found[:k + 1], Span(start=closed, end=end), closed
                break
        drafts: list[Draft] = []
        pos = sentence.start
        governed = False  # whether the words at pos are the content of a cue before them
        for f in found:
            before = Span(start=pos, end=f.clause)
            quote = None if governed else _leading_quote(self.scene, before)
            if governed:
                drafts.extend(self._content(before, current, subject))
            if f.shape == "before":
                if not governed:
                    speaker = f.speaker.model_copy(update={"rule": _QUOTE_FIRST}) if quote else f.speaker
                    if quote is not None and self._keeps(Span(start=quote.end, end=before.end)):
                        drafts.extend(self._content(Span(start=quote.end, end=before.end), current, subject))
                    drafts.extend(self._content(quote or before, speaker, subject, quoted=quote is not None))
                    current = speaker
                    if f.carries:
                        carried = speaker
                pos, governed = f.content, False
                continue
            speaker = f.speaker
            if f.shape == "frame":  # 话里话外都是“……”: the quotation is theirs, the frame the article's
                q = quotations(view, f.content, end)[0]
                drafts.extend(self._content(q, speaker, subject, quoted=True))
                pos, governed = q.end, False
                continue
            if governed:
                pass
            elif quote is not None:
                speaker = speaker.model_copy(update={"rule": _QUOTE_FIRST})
                drafts.extend(self._content(quote, speaker, subject, quoted=True))
            elif speaker.kind == "unnamed" and _adverbial_lead(self.scene, before):
                f = replace(f, content=before.start)  # 随着……爆火,市场担忧……: one claim, the cue's
            elif self._keeps(before):
                drafts.extend(self._content(before, current, subject))
            current = speaker
            if f.carries:
                carried = speaker
            if speaker.kind == "unnamed":
                self.scene.last_unnamed = speaker.key
            elif speaker.kind == "entity" and self.scene.types.get(speaker.key) is EntityType.ORGANIZATION:
                self.scene.last_org_speaker = speaker.key
            pos, governed = f.content, True
        if pos < end:
            drafts.extend(self._content(Span(start=pos, end=end), current, subject))
        opener = self.scene.lex.connectives.match(view, sentence.start, self.scene.tokens.boundaries, sentence.end)
        if opener is not None and opener[1] == "response":  # 对此,……: the sentence answers what came before
            drafts = [replace(d, responds=True) for d in drafts]
        if turn is not None:
            carried = turn.speaker
        if rest is not None and view[rest.start:rest.end].strip(" ,:。!?;…"):
            more, carried = self.sentence(rest, None, turn, voice)
            drafts.extend(more)
        return drafts, carried

    def _question_cut(self, sentence: Span) -> int | None:
        """Where the asking clause of a question sentence starts, when the clauses before it
        assert something (……在回应,说好的……呢?); None when the whole sentence asks."""
        starts = list(clause_starts(self.view, sentence.start, sentence.end))
        if not starts:
            return None
        last = starts[-1]
        words = set(self.scene.tokens.words(last, sentence.end))
        if not words & _INTERROGATIVES:
            return None
        return last

    def _own_subject(self, sentence: Span, carried: Speaker) -> bool:
        """Whether a sentence opens with a subject of its own, so that the words of the
        speaker before no longer carry on: the article reading them (这表明, 这让), a
        person other than the speaker, an unnamed group, a date of an event, a reporter."""
        scene, view = self.scene, self.view
        words = scene.tokens.between(sentence.start, sentence.end)[:6]
        if not words:
            return False
        lex = scene.lex
        first = view[words[0][0]:words[0][1]]
        found = lex.connectives.match(view, words[0][0], scene.tokens.boundaries, sentence.end)
        if found is not None and found[1] in ("interpretation", "consequence") and first[:1] in "这此":
            return True
        if first in lex.unnamed_sources or first in lex.reporters or first in lex.unnamed_heads and first != "人":
            return True
        head = view[sentence.start:words[min(2, len(words) - 1)][1]]
        if _NARRATIVE_TIME.match(head):
            return True
        for a, b in words[:3]:
            m = scene.mention_at(a)
            if m is not None and scene.types.get(m.entity) is EntityType.PERSON:
                return m.entity != carried.key
            if m is not None or view[a:b] not in lex.adverbs:
                break
        return False

    # -- cues ----------------------------------------------------------------------------

    def _cues(self, start: int, end: int, subject: str | None, current: Speaker) -> Iterator[_Found]:
        """The cues of a sentence, one at most per clause, in order."""
        view, scene = self.view, self.scene
        quotes = quotations(view, start, end)
        clauses = [start, *clause_starts(view, start, end)]
        skip_to = start
        for k, cs in enumerate(clauses):
            if cs < skip_to:
                continue
            ce = clauses[k + 1] if k + 1 < len(clauses) else end
            found = self._bare(cs, ce, end) or self._according(cs, ce, end) \
                or self._cue_in(cs, ce, end, quotes, subject, current) \
                or self._framed(cs, ce, end, quotes, subject, clauses[k - 1] if k else start)
            if found is not None:
                if found.speaker.kind == "entity":
                    current = found.speaker
                yield found
                skip_to = found.content
                if found.speaker.kind != "entity":  # 据报道,李璇……发文,直指……: the content's subject
                    subject = _subject(scene, Span(start=found.content, end=end)) or subject

    def _bare(self, cs: int, ce: int, end: int) -> _Found | None:
        """据悉, / 据报道, / 外传……: an unnamed source for the rest of the sentence."""
        scene = self.scene
        m = scene.lex.bare_unnamed.match(self.view, cs, scene.tokens.boundaries, ce)
        if m is None:
            return None
        word_end, _ = m
        label = self.view[cs:word_end]
        content = _skip_punct(self.view, word_end, end)
        speaker = Speaker(kind="unnamed", key=label, rule="attribution.unnamed_bare.v1", cue=Span(start=cs, end=word_end))
        return _Found(speaker, cs, content, "after", False)

    def _according(self, cs: int, ce: int, end: int) -> _Found | None:
        """根据IDC的最新报告, / 据路透社消息,: a source named in a clause of its own."""
        view, scene, lex = self.view, self.scene, self.scene.lex
        if lex.according.match(view, cs, scene.tokens.boundaries, ce) is None:
            return None
        words = units(scene, cs, ce)
        text = view[cs:ce].rstrip(" ,:")
        if len(words) < 2 or words[0][2] not in lex.according or view[ce - 1:ce] not in ",:" and ce != end:
            return None
        if not (lex.documents.suffix(text) or lex.unnamed_sources.suffix(text) in ("消息", "报道")):
            return None
        reading = read_phrase(scene, cs, cs + len(text), Cue(word="", cls="reveal", direct=False))
        if reading is None or reading.kind == "zero":
            return None
        speaker = _speaker(reading, Span(start=cs, end=cs + len(text)), False)
        return _Found(speaker, cs, _skip_punct(view, cs + len(text), end), "after", False) if speaker else None

    def _cue_in(self, cs: int, ce: int, end: int, quotes: list[Span], subject: str | None,
                current: Speaker) -> _Found | None:
        """The first cue in the clause ``[cs, ce)`` whose speaker phrase reads."""
        view, scene, lex = self.view, self.scene, self.scene.lex
        lead = next((q for q in quotes if q.start == cs), None)
        ps = _skip_punct(view, lead.end, ce) if lead is not None else cs  # “……”他说: the phrase after the quotation
        direct: _Found | None = None
        for a, b in scene.tokens.between(ps, ce):
            if inside(quotes, a) or view[a] in OPENERS:
                continue
            inner = {a + k for k in range(1, b - a) if view[a + k] in _OBJECT_GLUE}
            for pos in _cue_starts(lex, view, a, b):
                m = lex.cues.match(view, pos, _Either(scene.tokens.boundaries, inner), ce)
                if m is None:
                    continue
                cue_end, cue = m
                found = self._reading(ps, pos, cue_end, ce, end, cue, subject, current, quotes)
                if found is not None and not found.direct:
                    return found
                if found is not None and direct is None:
                    direct = found  # a later cue before a comma wins (法|说|会上表示,)
        return direct

    def _reading(self, cs: int, pos: int, cue_end: int, ce: int, end: int, cue: Cue, subject: str | None,
                 current: Speaker, quotes: list[Span]) -> _Found | None:
        view, scene = self.view, self.scene
        if view[pos - 1:pos] == "的" or view.endswith(("这次", "此次", "该", "这一"), 0, pos) \
                or view.startswith(_AFTER_NOUN, cue_end):
            return None  # 李强对市场的判断, 这次表态后: a noun, not a cue
        shape, content = _shape(view, cue, cue_end, ce, end)
        if shape is None:
            return None
        reading = read_phrase(scene, cs, pos, cue)
        if reading is None:
            return None
        cue_span = Span(start=cs, end=cue_end)
        if reading.rule == "attribution.reply.v1":
            asked = _asked(scene, _sentence_of(view, cs), cs)
            reading = Reading("entity", asked, reading.rule) if asked else None
            if reading is None:
                return None
        if self.voice is not None and self.voice.kind == "entity" and view[cs:pos].strip() in scene.lex.first_pronouns:
            reading = Reading("entity", self.voice.key, "attribution.pronoun.v1")
        if reading.kind == "zero":
            if shape == "before" and not _linked(scene, cs, pos):
                return None
            if not (cue.zero or _linked(scene, cs, pos)):
                return None
            key = subject if subject is not None else current.key if current.kind == "entity" else None
            if key is None:
                return None
            reading = Reading("entity", key, "attribution.zero_subject.v1")
        if shape == "direct" and cue.cls in ("evaluate", "urge"):
            content, cue_span = pos, Span(start=cs, end=pos)  # 看好英伟达前景: the verb is the judgment
        speaker = _speaker(reading, cue_span, shape == "direct")
        if speaker is None:
            return None
        self.beliefs[(cue_span.start, cue_span.end)] = cue.cls in ("believe", "evaluate")
        carries = speaker.kind == "entity" and shape != "direct" and cue.cls not in ("data",) \
            and reading.rule != "attribution.according_to.v1"
        return _Found(speaker, cs, content, "before" if shape == "before" else "after", carries, cue, shape == "direct")

    def _framed(self, cs: int, ce: int, end: int, quotes: list[Span], subject: str | None,
                previous: int) -> _Found | None:
        """A person's words framed by the article: 李强对AI的感知则是“热度极高”, ……刘强东的
        回应截图,大意是“……”."""
        view, scene = self.view, self.scene
        q = next((q for q in quotes if cs < q.start < ce), None)
        if q is None or view[q.end:ce].strip(" ,:。!?;") or not view[cs:q.start].rstrip().endswith(_FRAMES):
            return None
        frame_end = len(view[:q.start].rstrip())
        for word in sorted(_FRAMES, key=len, reverse=True):
            if view.endswith(word, cs, frame_end):
                frame_end -= len(word)
                break
        chain = [m for m in scene.within(cs, frame_end) if scene.types.get(m.entity) is EntityType.PERSON]
        key = chain[0].entity if chain else None
        if key is None:
            owners = [m for m in scene.within(previous, cs)
                      if scene.types.get(m.entity) in _PERSONLIKE and view.startswith("的", m.span.end)]
            key = owners[-1].entity if owners else None
        if key is None and subject is not None and scene.types.get(subject) is EntityType.PERSON:
            key = subject
        if key is None:
            return None
        speaker = Speaker(kind="entity", key=key, rule="attribution.framed_quote.v1", cue=Span(start=cs, end=q.start))
        return _Found(speaker, cs, q.start, "frame", False)

    # -- content ---------------------------------------------------------------------

    def _keeps(self, before: Span) -> bool:
        """Whether the words before a cue in its sentence are a claim of their own."""
        view = self.view
        text = view[before.start:before.end].strip(" ,:")
        if len(text) < 6 or re.fullmatch(r"[\d年月日号时分上下午晚间早今昨明前后次当天:.\s()]+", text):
            return False
        opener = self.scene.lex.connectives.match(view, before.start, self.scene.tokens.boundaries, before.end)
        if opener is not None and opener[1] in ("intro", "intro_weak", "response"):
            return False  # 对辉达与Google竞争态势,黄仁勋表示: a topic, not a claim
        if len(text) <= 10 and self.scene.lex.frame_endings.suffix(text):
            return False  # 国会听证会上,议员质疑……: a setting
        return not is_frame(self.scene, Span(start=before.start, end=before.start + len(view[before.start:before.end].rstrip(" ,:"))))

    def _content(self, span: Span, speaker: Speaker, subject: str | None, quoted: bool = False) -> Iterator[Draft]:
        """The claims in a stretch of content: quotations split into their sentences
        (questions left out), the rest split into clauses, trimmed."""
        view = self.view
        for part in _quotation_runs(view, span, quoted):
            whole = _without_end(view, part)
            if is_whole(view, whole):
                outer = self.voice
                for inner, question in sentences_inside(view, whole):
                    if not question:
                        found, _ = self.sentence(inner, None, None, voice=speaker)
                        yield from found
                self.voice = outer
                continue
            for stretch in split_terminators(view, part):
                for piece, aside in _asides(self.scene, stretch):
                    yield from self._pieces(piece, self.author if aside and self.voice is None else speaker, subject)

    def _pieces(self, span: Span, speaker: Speaker, subject: str | None) -> Iterator[Draft]:
        scene = self.scene
        for i, piece in enumerate(pieces(scene, span)):
            if piece.drop:
                continue
            trimmed = trim(self.view, piece.span)
            if trimmed is None or _bare_time(self.view[trimmed.start:trimmed.end]):
                continue
            text = self.view[trimmed.start:trimmed.end]
            told = self.author if i and _about_source(text, speaker) else speaker
            yield Draft(span=trimmed, speaker=told,
                        responds=piece.opener == "response", contrast=i > 0 and piece.opener == "contrast",
                        zero=_leaves_subject_out(scene, trimmed), topic=subject,
                        believed=told.cue is not None and self.beliefs.get((told.cue.start, told.cue.end), False))


def _lines(view: str, region: Span) -> Iterator[Span]:
    """The lines of a region: broken at line ends and at runs of spaces (a layout break),
    except where a line breaks off after a comma or colon."""
    start = region.start
    for m in re.finditer(r"\n|[ \u3000\t]{2,}", view[region.start:region.end]):
        at = region.start + m.start()
        if view[start:at].strip() and not view[start:at].rstrip().endswith((",", ":", "、")):
            yield Span(start=start, end=at)
            start = region.start + m.end()
    if view[start:region.end].strip():
        yield Span(start=start, end=region.end)


def _closed_quotation(view: str, start: int, end: int) -> int | None:
    """Where a quotation that opens at ``start`` closes after a full stop of its own
    (“……。”) with more words after it in the sentence, else None."""
    quotes = quotations(view, start, end)
    if not quotes or quotes[0].start != start:
        return None
    q = quotes[0]
    if q.end >= end or view[q.end - 2:q.end - 1] not in ("。", "!", "?", "…") or not view[q.end:end].strip(" ,:。!?;…"):
        return None
    return q.end


def _asides(scene: Scene, span: Span) -> Iterator[tuple[Span, bool]]:
    """``span`` with its parenthetical asides apart: a bracketed clause that opens with a
    connective or a negation (……交社保(不过没提公积金)) is the article's comment, not
    the words around it; a gloss (自动驾驶出租车, Anna Price) stays."""
    view = scene.view
    start = span.start
    for m in re.finditer(r"\(([^()]{4,})\)", view[span.start:span.end]):
        inner = span.start + m.start(1)
        opener = scene.lex.connectives.match(view, inner, _Either(scene.tokens.boundaries, {inner}), span.end)
        if not (opener and opener[1] in ("contrast", "addition", "consequence", "interpretation")
                or view[inner] in "没未不并"):
            continue
        if inner - 1 > start:
            yield Span(start=start, end=inner - 1), False
        yield Span(start=inner, end=span.start + m.end(1)), True
        start = span.start + m.end()
    if start < span.end:
        yield Span(start=start, end=span.end), False


def _without_end(view: str, span: Span) -> Span:
    """``span`` without the sentence punctuation and space after its last word."""
    end = span.end
    while end > span.start and (view[end - 1] in "。!?;…, " or view[end - 1].isspace()):
        end -= 1
    return Span(start=span.start, end=end)


def _bare_time(text: str) -> bool:
    return re.fullmatch(r"[\d年月日号时分上下午晚间早今昨明前后次当天:.\s()]+", text) is not None


def _heading_line(view: str, line: Span) -> bool:
    text = view[line.start:line.end].strip()
    return bool(text) and is_heading(view, Span(start=line.start, end=line.end)) and not text.endswith((",", ":"))


def _asks(view: str, sentence: Span) -> bool:
    """A sentence that ends in a question mark outside any quotation."""
    text = view[sentence.start:sentence.end].rstrip()
    if not text.endswith("?"):
        return False
    quotes = quotations(view, sentence.start, sentence.end)
    return not any(q.start < sentence.start + len(text) - 1 < q.end for q in quotes)


class _Either:
    """Membership in either of two sets, without building their union."""

    def __init__(self, first, second):
        self.first, self.second = first, second

    def __contains__(self, item: object) -> bool:
        return item in self.first or item in self.second


def _cue_starts(lex: ClaimLexicon, view: str, a: int, b: int) -> tuple[int, ...]:
    """Where a cue may start in the token ``[a, b)``: at its start; after a pronoun or
    adverb the segmenter ran into it (她续|指); where the token's tail is a cue the
    segmenter ran a name into (王凯道, 许志明续)."""
    starts = [a]
    if b - a > 1 and view[a] in _GLUE:
        starts.append(a + 1)
    starts += [p for p in range(a + 2, b) if view[p:b] in lex.cues]
    return tuple(starts)


def _shape(view: str, cue: Cue, cue_end: int, ce: int, end: int) -> tuple[str | None, int]:
    """How a cue takes its content: ``after`` a comma, colon or quotation, ``direct`` in
    its own clause, ``before`` when it closes the sentence (“……”他说。)."""
    after = cue_end
    while after < end and view[after].isspace():
        after += 1
    rest = view[after:end]
    if not rest.strip(" 。!?;…”」』\"") :
        return "before", end
    ch = view[after]
    if ch in ",:":
        return "after", _skip_punct(view, after, end)
    if ch in OPENERS:
        return "after", after
    if cue.cls == "tell":  # 告诉彭博社, / 告诉记者:
        comma = next((i for i in range(after, min(ce + 1, end)) if view[i] in ",:"), None)
        if comma is not None and comma - after <= 16:
            return "after", _skip_punct(view, comma, end)
        return None, after
    if cue.direct and not rest.startswith(_DIRECT_NOT) and ce - after >= 2:
        return "direct", after
    return None, after


def _skip_punct(view: str, pos: int, end: int) -> int:
    while pos < end and (view[pos] in ",: \t" or view[pos].isspace()):
        pos += 1
    return pos


def _speaker(reading: Reading, cue: Span, direct: bool) -> Speaker | None:
    if reading.kind == "author":
        return Speaker(kind="author", key=AUTHOR, rule=reading.rule, cue=cue)
    if not reading.key:
        return None
    rule = reading.rule
    if direct and rule == "attribution.cue_before.v1":
        rule = "attribution.direct_cue.v1"
    return Speaker(kind=reading.kind, key=reading.key, rule=rule, cue=cue)


def _sentence_of(view: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts (for looking back within it)."""
    return max(view.rfind(c, 0, pos) for c in "。!?;\n") + 1


def _asked(scene: Scene, start: int, before: int) -> str | None:
    """The entity a reply answers for: the one asked earlier in the sentence (……向小马智行
    方面求证,获回复「……」)."""
    asked = None
    for m in scene.within(start, before):
        if scene.view[m.span.start - 1:m.span.start] in ("向", "对", "跟", "问") and scene.types.get(m.entity) in _PERSONLIKE:
            asked = m.entity
    return asked


def _linked(scene: Scene, start: int, pos: int) -> bool:
    """Whether a cue's empty phrase holds a link word (并形容, 还强调)."""
    return any(scene.view[a:b] in scene.lex.links for a, b in scene.tokens.between(start, pos))


def _leading_quote(scene: Scene, span: Span) -> Span | None:
    """The quotation that opens ``span`` and runs to its end but for a short frame:
    “……”他说, “……”在昨天的论坛上,王立新表示."""
    view = scene.view
    start = span.start
    while start < span.end and view[start].isspace():
        start += 1
    quotes = quotations(view, start, span.end)
    if not quotes or quotes[0].start != start:
        return None
    q = quotes[0]
    rest = view[q.end:span.end].strip(" ,:")
    if not rest or len(rest) < 6:
        return q
    at = q.end + len(view[q.end:span.end]) - len(view[q.end:span.end].lstrip(" ,:"))
    opener = scene.lex.connectives.match(view, at, scene.tokens.boundaries, span.end)
    if opener is not None and opener[1] in ("intro", "intro_weak", "response"):
        return q  # “……”对于英伟达业绩惊艳的原因,张奇分析称
    return q if is_frame(scene, Span(start=at, end=at + len(rest))) else None


def _quotation_runs(view: str, span: Span, quoted: bool) -> Iterator[Span]:
    """``span`` cut between quotations that follow each other (“……”“……”“……”)."""
    quotes = quotations(view, span.start, span.end)
    start = span.start
    for q, nxt in zip(quotes, quotes[1:]):
        if not view[q.end:nxt.start].strip() and q.start >= start:
            yield Span(start=start, end=q.end)
            start = nxt.start
    yield Span(start=start, end=span.end)


def _adverbial_lead(scene: Scene, before: Span) -> bool:
    """随着……爆火, 市场担忧……: the frame before an unnamed source's cue belongs to its claim."""
    cls = scene.lex.connectives.match(scene.view, before.start, scene.tokens.boundaries, before.end)
    return cls is not None and cls[1] in ("intro", "cause")


def _subject(scene: Scene, sentence: Span) -> str | None:
    """The person or organisation a sentence opens with (黄仁勋昨天……), the person at the end
    of a title chain (北京大学教授王立新……, 文远知行CFO李璇……) rather than the institution
    before it; for a sentence that opens with 他 or 她, the person named last."""
    view = scene.view
    first = scene.tokens.between(sentence.start, sentence.end)[:1]
    if first and view[first[0][0]:first[0][1]] in ("他", "她"):
        return scene.last_of(sentence.start, EntityType.PERSON)
    clause_end = next(iter(clause_starts(view, sentence.start, sentence.end)), sentence.end)
    chain: list[Mention] = []
    for m in scene.within(sentence.start, min(clause_end, sentence.start + _SUBJECT_REACH + 1)):
        if scene.types.get(m.entity) not in _PERSONLIKE:
            continue
        gap = view[(chain[-1].span.end if chain else sentence.start):m.span.start]
        if chain and len(gap) > 12 or any(c in gap for c in ",:;。!?“”「」"):
            break
        if not chain and gap.strip() and not _title_gap(scene, sentence.start, m.span.start):
            break
        chain.append(m)
    persons = [m for m in chain if scene.types.get(m.entity) is EntityType.PERSON]
    return (persons or chain)[-1].entity if chain else None


def _title_gap(scene: Scene, start: int, end: int) -> bool:
    """Whether the words before a sentence's first name are an organisation and titles
    (文远知行CFO, 美团核心本地商业 CEO) or time words, not a clause of their own."""
    words = units(scene, start, end)
    return bool(words) and len(scene.view[start:end].strip()) <= _SUBJECT_REACH and (
        words[-1][2] in scene.lex.roles or all(w in scene.lex.adverbs for _, _, w in words))


def _leaves_subject_out(scene: Scene, span: Span) -> bool:
    """Whether a claim opens with a predicate, not a subject (而且今天就要回美国, 下午到……)."""
    view, lex = scene.view, scene.lex
    words = scene.tokens.between(span.start, span.end)[:3]
    if not words:
        return False
    first = view[words[0][0]:words[0][1]]
    opener = lex.connectives.get(first)
    if opener in ("addition", "contrast", "sequence", "predicate") or first in lex.adverbs:
        nxt = words[1] if len(words) > 1 else None
        m = scene.mention_at(nxt[0]) if nxt else None
        return not (m is not None and scene.types.get(m.entity) in _PERSONLIKE)
    return False


_QUANTIFIED_GROUP = re.compile(r"(?:[两二三四五六七八九十几多数]|\d+)[位名家个]")


def _about_source(text: str, speaker: Speaker) -> bool:
    """A later clause that names an unnamed source's own people (多位创业者透露,……,两位创业者
    甚至……) describes them: the article says it, not they."""
    m = _QUANTIFIED_GROUP.match(text)
    return speaker.kind == "unnamed" and m is not None and text[m.end():m.end() + 2] in speaker.key


def _quoted_heading(view: str, line: Span) -> Iterator[Draft]:
    text = view[line.start:line.end].strip()
    start = line.start + (len(view[line.start:line.end]) - len(view[line.start:line.end].lstrip()))
    if text[:1] in "“「『\"" and text[-1:] in "”」』\"" and len(text) > 5:
        yield Draft(span=Span(start=start, end=start + len(text)),
                    speaker=Speaker(kind="author", key=AUTHOR, rule="attribution.quoted_heading.v1"))


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
