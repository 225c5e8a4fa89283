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
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace

from ..models import EntityType, Mention, Span, Speaker
from ..nlp.sentences import split_sentences
from ..nlp.tokens import ALL_CJK, DETERMINERS, KIND_OF_PERSON_ENDS, made_plural
from .about_words import AboutWords
from .lexicons import ClaimLexicon
from .layout import heading_line, lines, paragraphs
from .quantities import DURATION_WORDS
from .quotes import (
    CLOSERS, OPENERS, asks, closed_quotation, is_whole, quotation_runs, quotations, sentences_inside, without_end,
)
from .segment import LEADING_CONNECTIVES, clause_starts, is_frame, pieces, split_terminators, trim
from .cues import AUTHOR, CueFinder, EitherSet, Found, sentence_subject, skip_punct
from .speakers import SIDE, Scene, group_subject, is_time, is_time_word, names_person, opening_subject, units
from .tokens import Tokens
from .transcripts import Turn, host_name, read_label

_FIRST_PERSON = "attribution.first_person.v1"
_QUOTE_FIRST = "attribution.quote_first.v1"
_SPOKEN_ENDS = frozenset("。!?,…")  # the view's marks that end words spoken inside a quotation (……负责?」)
_CONTINUATION = "attribution.continuation.v1"
_HIS_HER = frozenset({"他", "她"})  # a speaker's pronoun: 他的 opens a subject of the article's
_POINTING = ("这", "此")  # a demonstrative that opens a sentence (这份坦诚, 这种做法): what it points at
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
# connectives that turn to another point (另一方面, 此外, 然而): after a quotation, a sentence of their own
_TURNS = frozenset({"addition", "contrast", "sequence"})
_SEMICOLON = "attribution.semicolon_continuation.v1"
_PARAGRAPH = "attribution.paragraph_continuation.v1"
_SPAN_BOUNDS = frozenset({"不到", "不足", "短短", "仅仅", "才"})  # before a span of time (不到十二小时)
_POINTING_BACK = ("这", "那")  # a clause right after cited words that opens on them: the citer's judgement
_CITING = "attribution.citing.v1"  # 某某指出,某某曾说“……”,但……: the clauses after the words cited, the citer's
_OUTLET_CITING = "attribution.outlet_citing.v1"  # 据路透社报道,两名知情人士透露,……: the outlet, as 路透社引述……报道
JUDGED_STATEMENT = "attribution.judged_statement.v1"  # 这种说法言过其实 after someone's words: who reported them judges
_SENTENCE_SOURCES = frozenset({"attribution.data_vendor.v1", "attribution.according_to.v1",
                               "attribution.published_by.v1", "attribution.document_anaphor.v1"})
_PERSONLIKE = (EntityType.PERSON, EntityType.ORGANIZATION)
# a share of a group (63%的人, 近四成, 超过一半的受访者, 多数): those a survey counts, not a source
_SHARE = re.compile(r"[0-9０-９.]+\s*[%％]|[一二三四五六七八九两几]成|过半|過半|近半|一半|半数|半數|大多数|大多數|多数|多數|少数|少數")
_EDITORIAL_WORDS = ("评论员", "社评", "社论", "时评", "笔者", "本报认为", "本刊认为")  # the view's words of an opinion piece
_AFTERMATH = ("此", "消息")  # what a frame of a result points back to: the words before, the news (受此影响, 消息传出后)
# the tags of words that describe people before their kind (一|户, 一楼, 外地, 年轻): counts, places, qualities
_DESCRIBING_TAGS = frozenset({"m", "q", "mq", "s", "f", "b", "a", "ns", "n", None})
# nouns, pronouns, particles, numbers, measures, times and locatives: no predicate (这样|的|价格战, 这|场,
# 最后|一个|问题)
_TOPIC_TAGS = frozenset("nrumqtf")
_COPULAS = ("在于", "在於", "是", "即")  # a clause that ends in one awaits what the next clause says
# the heads of a document's title (……检讨报告, ……课后服务指引): quoted alone, a name, no words said
_TITLE_HEADS = ("报告", "白皮书", "蓝皮书", "指引", "指南", "计划", "计画", "方案", "条例", "办法", "细则", "规定", "意见",
                "通知", "纲要", "规划", "草案", "法案", "公报", "守则", "准则", "清单", "措施", "倡议书")
_LONGEST_TITLE = 24
_PUBLISHING = ("公布", "发布", "印发", "颁布", "出台", "推出", "发表", "提出", "通过", "制定", "修订")
_FRAMING_COPULAS = ("是", "为", "即", "在于", ":", ",")  # after 某某的判断: a frame for the words that follow
_INTERROGATIVES = frozenset({"呢", "吗", "如何", "为何", "为什么", "什么", "怎么", "怎样", "谁", "哪", "哪些", "哪个",
                             "是否", "几", "多少", "难道", "岂", "何", "何时", "何必", "可否", "能否", "有没有", "是不是"})
# a question asked by a word and its negation (后不后悔, 会不会, 能不能, 去没去): its first character,
# 不 or 没, the character again
_A_NOT_A = re.compile(r"([\u4e00-\u9fff])[不没]\1")
_NARRATIVE_TIME = re.compile(r"(?:[0-9]{1,2}月[0-9]{1,2}[日号]|[0-9]{1,2}[日号]|昨[天日晚]|前天|上周|上[个]?月|去年|"
                             r"周[一二三四五六日]|星期[一二三四五六日天]|[0-9]{4}年)")


# what opens a clause that looks back on what was said from now: the one who tells it judges it
_HINDSIGHT = ("现在回头看", "回头看", "回过头看", "回过头来看", "如今看来", "现在看来", "事后看来", "事后证明", "事实证明",
              "结果证明", "时间证明")
_IN_FACT = ("其实", "其實", "事实上", "事實上", "实际上", "實際上")  # what opens a correction of a belief
_MISTAKEN = ("以为", "以為")  # believing what the one who tells it holds untrue
_NEGATIONS = ("不", "并非", "並非", "并不", "並不", "没有", "沒有", "未", "绝非", "絕非")


@dataclass(frozen=True)
class Draft:
    """A claim before classification: where it is and who says it."""

    span: Span
    speaker: Speaker
    responds: bool = False
    contrast: bool = False
    zero: bool = False  # the claim leaves its subject out (……,而且明天就要飞往东京)
    topic: str | None = None  # the entity its sentence opens with, which such a subject stands for
    believed: bool = False  # the speaker's view (认为, 相信, 看好 …): an opinion unless it forecasts or counts
    forecast: bool = False  # the cue predicts (预计, 预测 …): a figure it governs is a forecast


def draft_claims(view: str, body: Sequence[Span], mentions: Sequence[Mention], types: dict[str, EntityType],
                 tokens: Tokens, lex: ClaimLexicon, word_tags: Mapping[str, str] | None = None) -> list[Draft]:
    """Every claim draft of an article, in text order (``word_tags``: jieba's dictionary tag
    of each word, which says which words name places)."""
    reader = _Reader(Scene(view, tokens, mentions, types, lex, word_tags or {}))
    read = [(paragraph, reader.paragraph(paragraph)) for paragraph in paragraphs(view, body, reader.opens_turn)]
    _open_quotations(view, read)
    return _resolve_headings([d for _, drafts in read for d in drafts], view)


_OPEN_QUOTATION = "attribution.open_quotation.v1"


def _open_quotations(view: str, read: list[tuple[Span, list[Draft]]]) -> None:
    """A quotation that runs over paragraphs opens each with its mark and closes only at
    its end (“……。|“……。”程某说。): the paragraphs it leaves open are the words of whoever
    the paragraph that closes it names, not the article's. Drafts are replaced in place."""
    for k in range(len(read) - 2, -1, -1):
        region, drafts = read[k]
        text = view[region.start:region.end].strip()
        after = view[read[k + 1][0].start:read[k + 1][0].end].strip()
        mark = text[:1]
        if mark not in OPENERS or text.count(mark) <= text.count(OPENERS[mark]) or not after.startswith(mark):
            continue
        speaker = next((d.speaker for d in read[k + 1][1] if d.speaker.kind != "author"), None)
        if speaker is None:
            continue
        carried = speaker.model_copy(update={"rule": _OPEN_QUOTATION})
        read[k] = (region, [replace(d, speaker=carried) if d.speaker.rule == "attribution.article_voice.v1" else d
                            for d in drafts])


class _Reader:
    """Reads paragraphs in order; holds who spoke last (for continuation, 该人士, and a
    quotation that opens the next paragraph)."""

    def __init__(self, scene: Scene):
        self.scene = scene
        self.view = scene.view
        self.author = Speaker(kind="author", key=AUTHOR, rule="attribution.article_voice.v1")
        self.last_entity: Speaker | None = None
        self.turn: Turn | None = None
        self.over: Speaker | None = None  # a spokesperson who carries on into the next paragraph
        self.exchange: int | None = None  # where an interview's questions and answers began
        self.hosts: frozenset[str] = frozenset()  # names labelled as the asking side
        self.voice: Speaker | None = None
        self._paragraph_end = len(self.view)  # the end of the paragraph being read
        self._paragraph_start = 0  # and its start
        self.finder = CueFinder(scene, self.author)
        # an editorial (本报评论员, 社评, 笔者认为): its 我们 outside a quotation is the paper's own
        self.editorial = any(word in self.view for word in _EDITORIAL_WORDS)

    # -- paragraphs ----------------------------------------------------------------

    def paragraph(self, region: Span) -> list[Draft]:
        view = self.view
        self.scene.last_org_speaker = None
        self._paragraph_end, self._paragraph_start = region.end, region.start
        rows = list(lines(view, region))
        if len(rows) == 1 and heading_line(view, rows[0]):
            self.turn, self.over = None, None
            return list(_quoted_heading(view, rows[0]))
        host = host_name(self.scene, region)
        if host is not None:
            self.hosts |= {host}
        turn = read_label(self.scene, region, self.exchange, self.hosts)
        if turn is not None and turn.asks and self.exchange is None:
            self.exchange = region.start
        if turn is not None:
            self.turn = turn if turn.alone else None
            start = turn.content
        elif self.turn is not None:
            turn, start = self.turn, region.start
        else:
            start = region.start
        drafts: list[Draft] = []
        carried = turn.speaker if turn is not None else self.over
        for line in rows:
            if max(line.start, start) >= line.end:
                continue  # a line before the turn's words begin (a label that ran over a line break)
            line = Span(start=max(line.start, start), end=line.end)
            if heading_line(view, line):
                carried = None
                continue
            for k, sentence in enumerate(split_sentences(view, line.start, line.end)):
                if not drafts and k == 0 and carried is None and self.last_entity is not None \
                        and view[sentence.start:sentence.start + 1] in OPENERS:
                    carried = self.last_entity.model_copy(update={"rule": "attribution.quote_continuation.v1"})
                # a quotation that is a sentence of its own right after an unnamed source's words is
                # theirs (……一位前员工透露,……。“说是调整,其实是裁员。”), words after it in its sentence
                # too where they carry on (“……。”他还说), and no more after it
                quoted = carried is None and turn is None and bool(drafts) and drafts[-1].speaker.kind == "unnamed" \
                    and (is_whole(view, without_end(view, sentence))
                         or closed_quotation(view, sentence.start, sentence.end) is not None)
                if quoted:
                    carried = drafts[-1].speaker.model_copy(update={"rule": "attribution.quote_continuation.v1"})
                found, carried = self.sentence(sentence, carried, turn)
                drafts.extend(found)
                if quoted:
                    carried = None
        if turn is None:
            entity = [d.speaker for d in drafts if d.speaker.kind == "entity"]
            self.last_entity = entity[-1] if entity and drafts[-1].speaker.kind == "entity" else None
        self.over = self._briefing(carried, drafts) if turn is None else None
        if turn is None and drafts and drafts[-1].speaker.kind in ("entity", "unnamed") and _left_open(view, region):
            # a quotation the paragraph leaves open goes on in the next (他说:¶“……。¶……。”)
            self.over = drafts[-1].speaker.model_copy(update={"rule": "attribution.quote_continuation.v1"})
        return drafts

    def _briefing(self, carried: Speaker | None, drafts: list[Draft]) -> Speaker | None:
        """A spokesperson whose words end the paragraph carries on into the next one's
        sentences without a subject of their own (发言人……表示,……。\n\n……。)."""
        if carried is None or carried.kind != "entity" or not drafts or drafts[-1].speaker.key != carried.key \
                or self.scene.types.get(carried.key) is not EntityType.PERSON:
            return None
        cue = carried.cue or next((d.speaker.cue for d in drafts if d.speaker.key == carried.key and d.speaker.cue), None)
        if cue is None:
            return None
        words = self.scene.tokens.words(cue.start, cue.end)
        if not any(w in self.scene.lex.briefing for w in words) \
                and not any(self.view.find(b, cue.start, cue.end) >= 0 for b in ("发言人",)):
            return None
        return carried.model_copy(update={"rule": _PARAGRAPH})

    def opens_turn(self, region: Span) -> bool:
        """Whether a paragraph opens with a speaker's label (then no paragraph before it
        that ends in a colon runs on into it)."""
        return read_label(self.scene, region, self.exchange, self.hosts) is not None

    # -- sentences -------------------------------------------------------------------

    def sentence(self, sentence: Span, carried: Speaker | None, turn: Turn | None,
                 voice: Speaker | None = None) -> tuple[list[Draft], Speaker | None]:
        """The drafts of one sentence and who carries on after it; ``voice``: the speaker
        whose quotation the sentence is in (a cue inside it names someone else)."""
        view = self.view
        end = sentence.end
        if voice is None and asks(view, sentence):
            cut = self._question_cut(sentence)
            if cut is None:
                return [], carried
            end = cut
        subject = sentence_subject(self.scene, sentence)
        if carried is not None and carried.rule == _SEMICOLON and self._opens_with_other(sentence, subject, carried.key):
            carried = None  # ……;次日,另一家公司……: another name or a time opens no more of the words before
        prior = carried  # who spoke before, whatever this sentence opens with (a document's findings go on)
        if carried is not None and turn is None \
                and carried.rule not in ("attribution.quote_continuation.v1", _SEMICOLON, _CITING) \
                and self._own_subject(sentence, carried):
            carried = None
        if carried is not None and turn is None and carried.rule not in (_CONTINUATION, _SEMICOLON, _PARAGRAPH, _CITING,
                                                                          "attribution.quote_continuation.v1"):
            carried = carried.model_copy(update={"rule": _CONTINUATION})
        current = voice or carried or self.author
        self.voice = voice
        found = list(self.finder.find(sentence.start, end, subject, current, voice,
                                      turn.speaker if turn is not None and not turn.asks else None))
        source = current if prior is None or current.rule in _SENTENCE_SOURCES else prior
        kept = self._findings(found, source)
        if len(kept) < len(found) and source is prior and not kept[:1]:
            current = prior  # 但也有超过一半的受访者担心……: the document's finding, after its words
        found = kept
        if not found and carried is None and voice is None and turn is None and current is self.author \
                and is_whole(view, Span(start=sentence.start,
                                        end=sentence.start + len(view[sentence.start:end].rstrip()))):
            # 她后来才发现钱没到账。“十二块钱,不多。”: a quotation on its own, with no cue, after a
            # paragraph that tells of one person is that person's words
            current = self._narrated(sentence.start) or current
        lead = closed_quotation(view, sentence.start, end) if voice is None and turn is None else None
        if lead is not None and (not any(f.clause >= lead or f.shape in ("before", "frame") for f in found)
                                 or (self.scene.connectives.match(lead, end) or ("", ""))[1] in _TURNS):
            # (“……。”另一方面,某某则……认为: a connective after the quotation opens a sentence of its own)
            # “……。”这位负责人要求匿名: no cue after the quotation makes it anyone's but the
            # speaker's before; the words after it are a sentence of their own
            introduced = (self._introduced(lead, end) or self._narrated(sentence.start)) \
                if carried is None and view[lead - 2:lead - 1] in _SPOKEN_ENDS else None  # (speech, no term in marks)
            first, carried = self.sentence(Span(start=sentence.start, end=lead), carried, turn)
            if introduced is not None:  # “……？”站在最前排的某某今年七十四岁: the words of the one introduced
                first = [replace(d, speaker=introduced) if d.speaker.kind == "author" else d for d in first]
            if carried is not None and carried.rule == "attribution.quote_continuation.v1":
                carried = None  # the quotation was theirs, what follows it is told of them
            rest, carried = self.sentence(Span(start=lead, end=sentence.end), carried, turn)
            return first + rest, carried
        rest, citing = None, None
        for k, f in enumerate(found):
            # 他表示:“……。”随后……; 她说,……,“……。”她已报案: narrative after the quotation
            closed = closed_quotation(view, f.content, end, anywhere=True) if f.shape == "after" else None
            if closed is not None and any(g.clause < closed for g in found[k + 1:]):
                closed = None  # (……喊出“……”,某某语气坚决:“……。”: another cue's quotation, not this one's)
            if closed is None and f.shape not in ("before", "frame"):
                closed = self._contrasted(f.content, end)
                # 王某指出,李某曾说“……”,但实际情况恰恰相反: the comment on the words cited is the
                # one's who cites them, in whose words the cue stands
                citing = next((g.speaker for g in reversed(found[:k]) if g.shape == "after"), None) \
                    if closed is not None else None
            if closed is not None:  # 他表示:“……。……。”随后……: narrative after the quotation
                found, rest, end = found[:k + 1], Span(start=closed, end=end), closed
                break
        trailing = next((k for k, f in enumerate(found) if f.shape == "before"), 0)
        if trailing and all(f.speaker.rule == _FIRST_PERSON for f in found[:trailing]):
            # 我们预计……,王凯说: the words before a trailing cue are the speaker's, 我们 too
            found = [replace(f, speaker=found[trailing].speaker) for f in found[:trailing]] + found[trailing:]
        drafts: list[Draft] = []
        pos = sentence.start
        governed = False  # whether the words at pos are the content of a cue before them
        direct = False  # whether that cue takes its clause directly (某某宣布……), with no colon or comma
        judge = current  # who spoke before the cue whose content runs at pos: theirs is a verdict on it
        for f in found:
            before = Span(start=pos, end=f.clause)
            quote = None if governed else _leading_quote(self.scene, before)
            split = None if quote is not None or governed or f.shape != "after" else _split_first_half(view, before, f)
            if split is not None:  # 某某难掩兴奋,「……,」他说,「……」: the narration, then the first half of the words
                if self._keeps(Span(start=before.start, end=split.start)):
                    drafts.extend(self._content(Span(start=before.start, end=split.start), current, subject))
                before, quote = Span(start=split.start, end=before.end), split
            if governed:
                drafts.extend(self._governed(before, current, subject, turn, judge, direct))
            if f.shape == "before":
                if not governed:
                    speaker = f.speaker.model_copy(update={"rule": _QUOTE_FIRST}) if quote else f.speaker
                    if quote is not None and self._keeps(Span(start=quote.end, end=before.end)):
                        drafts.extend(self._content(Span(start=quote.end, end=before.end), current, subject))
                    if quote is not None or not self._frames(before):  # 对于价格战,某某表示担忧: a topic, no words
                        drafts.extend(self._content(quote or before, speaker, subject, quoted=quote is not None))
                    current = speaker
                    if f.carries:
                        carried = speaker
                    self._note(speaker)  # “……”一位销售总监告诉记者。他透露: the unnamed one 他 stands for
                pos, governed = f.content, False
                continue
            speaker = f.speaker
            if governed and speaker.kind == "unnamed" and self._cites_outlet(current, before):
                speaker = current.model_copy(update={"rule": _OUTLET_CITING, "cue": speaker.cue})
            if f.shape == "frame":  # 言谈之间都是“……”: the quotation is theirs, the frame the article's
                q = quotations(view, f.content, end)[0]
                drafts.extend(self._content(q, speaker, subject, quoted=True))
                pos, governed = q.end, False
                continue
            inner = governed  # a cue inside the words of the one before it (某某强调,证人曾证称“……”,……)
            if governed:
                pass
            elif quote is not None:
                speaker = speaker.model_copy(update={"rule": _QUOTE_FIRST})
                drafts.extend(self._content(quote, speaker, subject, quoted=True))
            elif speaker.kind == "unnamed" and _adverbial_lead(self.scene, before) and view[f.content - 1] not in ",:":
                # 随着……走红,投资者担忧……: one claim, the cue's (截至发稿,某律师表示,……: when it was said)
                f = replace(f, content=before.start)
            elif self._keeps(before):
                drafts.extend(self._content(before, current, subject))
            judge, current = current, speaker
            if f.carries:
                carried = speaker
            self._note(speaker)
            if f.clause <= sentence.start + 2 and subject == speaker.key:
                subject = None  # a name that only introduces the speaker (王凯表示,) is not what the words are about
            pos, governed, direct = f.content, True, f.direct
            cited = self._cited_quotation(f, found, end) if inner and f.shape == "after" else None
            if cited is not None:  # ……强调,证人曾证称“……”,二审法院未采信: the quotation is the witness's,
                # what follows it the words of the one who cites it
                drafts.extend(self._content(cited, speaker, subject, quoted=True))
                current, pos, direct = judge, cited.end, False
        if pos < end:
            drafts.extend(self._governed(Span(start=pos, end=end), current, subject, turn, judge, direct) if governed
                          else self._content(Span(start=pos, end=end), current, subject))
        opener = self.scene.connectives.match(sentence.start, sentence.end)
        if opener is not None and opener[1] == "response":  # 对此,……: the sentence answers what came before
            drafts = [replace(d, responds=True) for d in drafts]
        carried = self._through_semicolon(sentence, found, carried)
        if turn is not None:
            carried = turn.speaker
        if rest is not None and view[rest.start:rest.end].strip(" ,:。!?;…"):
            # the narrative after the quotation is the article's, or in a transcript the turn's
            more, carried = self.sentence(rest, turn.speaker if turn is not None else citing.model_copy(
                update={"rule": _CITING}) if citing is not None else None, turn, voice)
            drafts.extend(more)
        return drafts, carried

    def _cited_quotation(self, f: Found, found: list[Found], end: int) -> Span | None:
        """The quotation that is the whole of the words of a cue inside another's words, when
        the sentence goes on after it (……,有员工曾透露「项目已经停工」,但……): a quotation right at
        the cue's content, closed before ``end`` with a clause after it and no other cue inside it."""
        view = self.view
        start = skip_punct(view, f.content, end)
        quotes = quotations(view, start, end)
        if not quotes or quotes[0].start != start:
            return None
        q = quotes[0]
        after = view[q.end:end]
        if not after[:1] in (",", ";") or not after.strip(" ,;:。!?…") or any(q.start <= g.clause < q.end for g in found):
            return None
        return q

    def _introduced(self, lead: int, end: int) -> Speaker | None:
        """The person a sentence introduces right after a quotation that opens it, with no cue
        (“……？”站在最前排的某某今年七十四岁，……): the one whose words the quotation is."""
        view = self.view
        start = skip_punct(view, lead, end)
        reading = opening_subject(self.scene, start, next(clause_starts(view, start, end), end))
        if reading is None or not names_person(self.scene, reading):
            return None
        return Speaker(kind="entity", key=reading.key, rule="attribution.quote_introduced.v1")

    def _narrated(self, start: int) -> Speaker | None:
        """The one person a paragraph tells of before a sentence at ``start`` that opens with a
        quotation, with no cue after it (某某种了二十多年猕猴桃。“人家说多少钱就是多少钱……”): the person
        the paragraph opens with, where no other person is named before the quotation, or the one
        the 他 or 她 it opens with stands for, where no person is named in it before the quotation."""
        view = self.view
        if start <= self._paragraph_start:
            return None
        people = {m.entity for m in self.scene.within(self._paragraph_start, start)
                  if self.scene.types.get(m.entity) is EntityType.PERSON}
        first = next(clause_starts(view, self._paragraph_start, start), start)
        opener = opening_subject(self.scene, self._paragraph_start, first)
        if opener is None or opener.kind != "entity" or self.scene.types.get(opener.key) is not EntityType.PERSON \
                or people != {opener.key} and (people or opener.rule != "attribution.pronoun.v1"):
            return None  # (她没想到的是,……。“……”: a paragraph that opens with 她 tells of the one she stands for)
        return Speaker(kind="entity", key=opener.key, rule="attribution.quote_after_narration.v1")

    def _opens_with_other(self, sentence: Span, subject: str | None, key: str) -> bool:
        """Whether the sentence opens with a person or organisation (its ``subject``) other than
        ``key``, or with a clause of time (次日,某某……): the narration moves on to another time."""
        first = next(clause_starts(self.view, sentence.start, sentence.end), None)
        return subject is not None and subject != key \
            or first is not None and is_time(self.view[sentence.start:first].strip(" ,"))

    def _contrasted(self, start: int, end: int) -> int | None:
        """Where a quotation that is the whole content of a cue closes, when a comma and a
        contrast follow it (某部门表示“正在调研”,但调研总得有个期限): the contrast is the
        narrator's comment on the words, not more of them; else None."""
        quotes = quotations(self.view, start, end)
        if not quotes or quotes[0].start != start or quotes[0].end >= end or self.view[quotes[0].end] != ",":
            return None
        after = skip_punct(self.view, quotes[0].end, end)
        if self.view.startswith(_POINTING_BACK, after) \
                and not _named_as(self.view, after, self.scene.lex.about.verdict_determiners, self.scene.lex.about.judged):
            # 很多客户一开口就说“……”,这是不现实的: the words judged, by the one who cites them (这种说法……: a
            # verdict on the words, which the verdict's own reading links to them)
            return quotes[0].end
        found = self.scene.connectives.match(after, end)
        return quotes[0].end if found is not None and found[1] == "contrast" else None

    def _findings(self, found: list, current: Speaker) -> list:
        """``found`` without the cues of a share of those surveyed inside a document's words
        (报告显示,……,63%的人表示愿意……; 但也有超过一半的受访者担心……): the document's findings;
        and without a document's cue inside someone's words (……介绍,新规要求……): theirs."""
        kept, source = [], current
        types = self.scene.types
        for f in found:
            if f.speaker.kind == "unnamed" and source.kind == "entity" and source.rule in _SENTENCE_SOURCES \
                    and _SHARE.search(self.view, f.clause, f.content):
                continue
            if kept and source.kind == "entity" and types.get(source.key) in _PERSONLIKE and (
                    f.speaker.kind == "entity" and types.get(f.speaker.key) is EntityType.CREATIVE_WORK
                    or f.speaker.kind == "unnamed" and f.speaker.key in self.scene.lex.unnamed_sources
                    and f.shape != "before" and f.cue is not None and f.cue.cls in ("believe", "predict")):
                continue  # 发言人介绍,新规要求……; 分析师表示,市场憧憬……: what the rule requires or the market
                # is said to think, theirs (not what someone is said to have said: 外界有人称……)
            kept.append(f)
            source = f.speaker if f.shape != "before" else source
        return kept

    def _cites_outlet(self, current: Speaker, before: Span) -> bool:
        """Whether an unnamed source's cue right after 据某某报道, (nothing between) is cited by
        that outlet, an organisation the article names: the outlet is the speaker."""
        return current.rule == "attribution.according_to.v1" and current.kind == "entity" \
            and self.scene.types.get(current.key) is EntityType.ORGANIZATION \
            and not self.view[before.start:before.end].strip(" ,:")

    def _through_semicolon(self, sentence: Span, found: list, carried: Speaker | None) -> Speaker | None:
        """A source that covers its own sentence only (数据显示, 据X公布) reaches through a
        semicolon to the clauses after it, and no further (……数据显示,……;但……。尽管……)."""
        ends = self.view[sentence.start:sentence.end].rstrip().endswith(";")
        source = next((f.speaker for f in reversed(found) if f.speaker.rule in _SENTENCE_SOURCES), None)
        if source is None and ends and found and found[-1].shape == "after" \
                and found[-1].speaker.kind in ("entity", "unnamed"):
            source = found[-1].speaker  # 专家提醒,……;……。: a cue's words run over the semicolons to the full stop
        if source is not None and ends:
            return source.model_copy(update={"rule": _SEMICOLON})
        if carried is not None and carried.rule == _SEMICOLON and not ends and source is None:
            return None
        return carried

    def _governed(self, span: Span, speaker: Speaker, subject: str | None, turn: Turn | None,
                  judge: Speaker | None = None, direct: bool = False) -> Iterator[Draft]:
        """A cue's content inside someone's answer: it runs until a clause opens with a
        subject of its own (我们……, another company), where the answer resumes
        (……也有企业反映,设备投入较大,我们会研究……). A clause that names what was said as
        such after a cue that reports at a distance (……宣称“解放双手”,这种说法言过其实) is no
        part of it: it is ``judge``'s, who spoke before the cue (the article, or the speaker who
        reports the words). The content of a cue that takes its clause ``direct``ly (某某宣布
        降价,随后某某等公司相继跟进) ends, outside an answer, where a clause opens with another
        person or organisation: what follows is ``judge``'s."""
        corrected = self._corrected(span, speaker) if judge is not None and judge.kind != "unnamed" else None
        if corrected is not None:  # “很多人以为……,其实不是这样。”: the belief is theirs, the correction the speaker's
            yield from self._content(Span(start=span.start, end=corrected), speaker, subject)
            yield from self._content(Span(start=corrected, end=span.end), judge, subject)
            return
        verdict = self._verdict(span) if judge is not None and (judge.kind, judge.key) != (speaker.kind, speaker.key) \
            and self._at_a_distance(speaker) else None
        if verdict is not None:
            yield from self._governed(Span(start=span.start, end=verdict), speaker, subject, turn)
            yield from self._content(Span(start=verdict, end=span.end),
                                     judge.model_copy(update={"rule": JUDGED_STATEMENT}), subject)
            return
        if turn is None or turn.asks or speaker == turn.speaker:
            resume = next((cs for cs in clause_starts(self.view, span.start, span.end)
                           if self._opens_subject(cs, span.end, speaker, pronouns=False, groups=True)), None) \
                if direct and judge is not None and judge.kind != speaker.kind and turn is None else None
            if resume is None:
                yield from self._content(span, speaker, subject)
                return
            yield from self._content(Span(start=span.start, end=resume), speaker, subject)
            yield from self._content(Span(start=resume, end=span.end), judge, subject)
            return
        if self.view.startswith("我", span.start) and not self.view.startswith("我们", span.start):
            # 有一位老股东跟我说过一句话,我印象很深: told without quotation marks, another's words would
            # call the one who answers 他; 我 is the one who answers, speaking of their own
            yield from self._content(span, turn.speaker, subject)
            return
        resume = next((cs for cs in clause_starts(self.view, span.start, span.end)
                       if self._opens_subject(cs, span.end, speaker)), None)
        if resume is None:
            yield from self._content(span, speaker, subject)
            return
        yield from self._content(Span(start=span.start, end=resume), speaker, subject)
        yield from self._content(Span(start=resume, end=span.end), turn.speaker, subject)

    def _corrected(self, span: Span, speaker: Speaker) -> int | None:
        """Where a clause after the first of ``span`` corrects what an unnamed group is said to
        believe: after 以为 (a belief taken for wrong) a clause of contrast or of fact (很多人以为……,
        其实……), after another verb of belief one of fact that denies (有人认为……,事实上并非如此),
        after any cue one that looks back from now (……,现在回头看,……; 事实证明). The belief is
        theirs; the correction is whoever reports it."""
        if speaker.kind != "unnamed" or speaker.cue is None:
            return None
        for cs in clause_starts(self.view, span.start, span.end):
            if self.view.startswith(_HINDSIGHT, skip_punct(self.view, cs, span.end)):
                return cs  # 当时很多投资人反对,说这是“烧钱”,现在回头看,这个决定是对的: the one who tells it, looking back
        lex = self.scene.lex
        word = lex.cues.suffix(self.view[speaker.cue.start:speaker.cue.end])  # the phrase ends in its cue
        cue = lex.cues.get(word) if word is not None else None
        if cue is None or cue.cls != "believe":
            return None
        mistaken = word.endswith(_MISTAKEN)  # 以为: a belief the one who reports it takes for wrong
        for cs in clause_starts(self.view, span.start, span.end):
            opener = self.scene.connectives.match(cs, span.end)
            contrast = opener is not None and opener[1] == "contrast"
            at = opener[0] if contrast else cs  # 但|事实上并非如此
            fact = next((w for w in _IN_FACT if self.view.startswith(w, at)), None)
            if mistaken and (fact is not None or contrast) \
                    or fact is not None and self.view.startswith((*_NEGATIONS, "是"), at + len(fact)):
                return cs  # 很多人以为……,其实……; 有人认为……,事实上并非如此; 很多人觉得……,其实是……
                # (not 专家认为……,但……: their own view)
        return None

    def _at_a_distance(self, speaker: Speaker) -> bool:
        """Whether the speaker's cue reports words at a distance (宣称, 声称, 有人称; not the 称
        of 回应称 or 表示称, which only introduces what a reply says)."""
        if speaker.cue is None:
            return False
        lex = self.scene.lex
        phrase = self.view[speaker.cue.start:speaker.cue.end]
        word = next((w for w in lex.about.distancing if phrase.endswith(w)), None)
        return word is not None and (len(word) > 1 or lex.cues.suffix(phrase[:-len(word)]) is None)

    def _verdict(self, span: Span) -> int | None:
        """Where a clause after the first of ``span`` opens (after connectives and adverbs)
        with what was just said named as such: a near determiner and a noun for a statement
        (这种说法, 该言论, 此番表态; not 相关报道), whose clause judges the words before it."""
        scene, lex = self.scene, self.scene.lex
        words = lex.about
        for cs in clause_starts(self.view, span.start, span.end):
            for a, b, w in units(scene, cs, min(span.end, cs + 12)):
                if w in lex.connectives or w in lex.adverbs or not w.strip(" ,:"):
                    continue
                if _named_as(self.view, a, words.verdict_determiners, words.judged):
                    return cs
                break
        return None

    def _opens_subject(self, start: int, end: int, speaker: Speaker, pronouns: bool = True,
                       groups: bool = False) -> bool:
        """Whether the clause at ``start`` opens (after connectives and adverbs) with a
        first-person pronoun (where ``pronouns``), an entity other than ``speaker`` or, where
        ``groups``, a group the article does not name (但部分居民……)."""
        scene, lex = self.scene, self.scene.lex
        for a, _, w in units(scene, start, min(end, start + 16)):
            if w in lex.connectives or w in lex.adverbs or not w.strip(" ,:"):
                groups = groups and lex.connectives.get(w) in (None, *LEADING_CONNECTIVES)  # (导致|骑手: an object)
                continue
            m = scene.mention_at(a)
            if m is not None:
                return scene.types.get(m.entity) in _PERSONLIKE and m.entity != speaker.key
            if groups and (group := group_subject(scene, a, end)) is not None and group.key != speaker.key:
                return True
            return pronouns and w in lex.first_pronouns
        return False

    def _question_cut(self, sentence: Span) -> int | None:
        """Where the asking clause of a question sentence starts, when the clauses before it
        assert something (……已经表态,承诺的……呢?); None when the whole sentence asks."""
        starts = list(clause_starts(self.view, sentence.start, sentence.end))
        if not starts:
            return None
        last = starts[-1]
        words = set(self.scene.tokens.words(last, sentence.end))
        if not words & _INTERROGATIVES:
            return None
        if self.view[sentence.start:last].rstrip(" ,:").endswith(_COPULAS):
            if len(starts) < 2:
                return None  # 问题在于,有多少人……?: the clause before is the question's frame, no statement
            last = starts[-2]  # ……还会出现好几起,问题是,……吗?: the frame asks too, the clauses before it assert
        tags = self.scene.word_tags
        if all(w in ("的", "之") or w in DETERMINERS or tags.get(w, "x")[:1] in _TOPIC_TAGS
               for w in self.scene.tokens.words(sentence.start, last) if w.strip(" ,:")):
            return None  # 这样的价格战,难道……吗?: a topic the question asks about, no statement
        bounds = [sentence.start, *starts]
        if all(is_frame(self.scene, Span(start=a, end=b)) for a, b in zip(bounds, bounds[1:])):
            return None  # 台风来袭时,……由谁决定?: when the question asks of, no statement
        opener = self.scene.connectives.match(sentence.start, last)
        if opener is not None and opener[1] == "condition" and len(starts) == 1:
            return None  # 如果通胀迟迟不降,凭什么……?: the condition the question asks under, no statement
        return last

    def _note(self, speaker: Speaker) -> None:
        """Records who just spoke, for the words that point back at them (他, 该人士, 公司)."""
        if speaker.cue is not None:
            self.scene.spoke(speaker.cue.start, self.view[speaker.cue.start:speaker.cue.end], speaker.kind, speaker.key)
        if speaker.kind == "unnamed":
            self.scene.last_unnamed = speaker.key
        elif speaker.kind == "entity" and self.scene.types.get(speaker.key) is EntityType.ORGANIZATION:
            self.scene.last_org_speaker = speaker.key
            voice, end = self.scene.org_voice, self._paragraph_end
            if speaker.cue is not None and (voice is None or voice[0] != speaker.key or voice[2] != end):
                # what it says runs from its first cue in the paragraph to the paragraph's end at most
                self.scene.org_voice = (speaker.key, speaker.cue.end, end)

    def _own_subject(self, sentence: Span, carried: Speaker) -> bool:
        """Whether a sentence opens with a subject of its own, so that the words of the
        speaker before no longer carry on: the article reading them (这表明, 这让), a
        person other than the speaker, an unnamed group (投资者, 亦有基金经理), a date of an
        event, a reporter. Connectives before the subject (不过,……) do not count."""
        scene, view, lex = self.scene, self.view, self.scene.lex
        words = units(scene, sentence.start, min(sentence.end, sentence.start + 24))
        if not words:
            return False
        found = scene.connectives.match(words[0][0], sentence.end)
        if found is not None and found[1] in ("interpretation", "consequence") and words[0][2][:1] in "这此":
            return True
        if found is not None and found[1] == "intro" and any(w in view[words[0][0]:found[0]] for w in _AFTERMATH):
            return True  # 受此消息影响,公司股价……, 消息传出后: the article tells what followed the words before
        head = view[sentence.start:words[min(2, len(words) - 1)][1]]
        if _NARRATIVE_TIME.match(head) or self._another_speaks(sentence, carried):
            return True
        for a, b, w in words[:6]:
            if _named_as(view, a, lex.about.verdict_determiners, lex.about.judged):
                return True  # ……表示,……。然而,这样的说法恐怕过于乐观: the article on what was said (这样 a connective too)
            if w == "所谓" and view[b:b + 1] in OPENERS:
                return True  # ……形容,新措施是“平衡……”。然而,所谓“平衡”,……: the article quoting back the words to judge them
            if w in lex.connectives or not w.strip(" ,:") or w in lex.adverbs or is_time_word(w):
                continue  # 不过, 而, 同时, 目前 …
            if w in _SPAN_BOUNDS or w in DURATION_WORDS or scene.word_tags.get(w) == "m":
                continue  # 然而不到十二小时,……: how long after, no subject
            m = scene.mention_at(a)
            if m is None and w not in _HIS_HER and (titled := sentence_subject(scene, Span(start=a, end=sentence.end))) \
                    and scene.types.get(titled) is EntityType.PERSON:
                return titled != carried.key  # 地产代理监管学会会长某某则支持……: a person at the end of a title chain
            if m is not None and _words_named(view, m.span.end, lex.about):
                return True  # ……指出,……。某某的这番话引发了讨论: the article on the words, not more of them
            if m is not None:  # across a paragraph, any other entity opening the sentence is its own subject
                return m.entity != carried.key and (scene.types.get(m.entity) is EntityType.PERSON
                                                    or carried.rule == _PARAGRAPH)
            if w.startswith(("该", "此")) and (len(w) > 1 or b < sentence.end and view[b] not in ",:。"):
                return True  # 该办法将于……, 该公司去年……: a thing the article names anew
            if _named_as(view, a, lex.about.verdict_determiners, lex.about.acts):
                return True  # ……宣布维持不变。这项决定看似……: the article on what was done
            if w == "我" or w == "我们" and self.editorial:
                return True  # 我 outside a quotation is the writer (……王凯表示,……。我对此持保留态度), 我们 an editorial's
            if view.startswith(SIDE, b) and _CJK_RUN.fullmatch(w):
                return True  # ……。联赛方面截至发稿时尚未回应: a party named by its side, a subject of its own
            if self.editorial and w.startswith(_POINTING) and b < sentence.end and view[b] not in ",:。":
                return True  # ……,“我们向游客道歉”。这份坦诚值得肯定: an editorial on what was said or done
            if w in _HIS_HER and view.startswith("的", b):
                return True  # ……批评,……。他的担忧不无道理: what is the speaker's, told of by the article
            if view.startswith("的", b):
                # 客户的订单……: a group that only modifies the subject; 同车的退休教师某某……: a
                # person the clause describes, another than the speaker, opens it
                return self._described_subject(words, words.index((a, b, w)) + 2, carried)
            return (w in lex.unnamed_sources or w in lex.reporters or w in lex.quantifiers
                    or w in lex.unnamed_heads and w != "人") or self._described_subject(words, words.index((a, b, w)) + 1,
                                                                                  carried)
        return False

    def _described_subject(self, words, i: int, carried: Speaker) -> bool:
        """Whether ``words[i:]``, after up to three words that only describe them, name people of
        a kind (另一户|一楼|住户|拒绝了采访, 三名|外地|游客) or a person other than ``carried``
        (同车的|退休|教师|某某): a subject of the sentence's own."""
        scene, lex = self.scene, self.scene.lex
        for a, b, w in words[i:i + 4]:
            m = scene.mention_at(a)
            if m is not None:
                return m.entity != carried.key and scene.types.get(m.entity) is EntityType.PERSON
            if w in lex.unnamed_heads and w[-1] in KIND_OF_PERSON_ENDS:  # (国产|厂商: firms, words carried on)
                return not self.view.startswith("的", b)
            tag = scene.word_tags.get(w)
            if not ALL_CJK.fullmatch(w) or w in lex.cues \
                    or not (w in lex.roles or tag in _DESCRIBING_TAGS or tag == "v" and len(w) == 2):
                return False
        return False

    def _another_speaks(self, sentence: Span, carried: Speaker) -> bool:
        """Whether the sentence's first clause ends in a verb of saying after a person other
        than ``carried`` (省气象台首席预报员某某表示,……): someone else speaks, though the phrase
        before the person may not read as a speaker's."""
        scene = self.scene
        first = next(clause_starts(self.view, sentence.start, sentence.end), sentence.end)
        clause_end = len(self.view[:first].rstrip(" ,:"))
        words = scene.tokens.between(sentence.start, clause_end)
        if len(words) < 2 or scene.lex.cues.match(self.view, words[-1][0], {clause_end}, clause_end) is None:
            return False
        return any(m is not None and m.entity != carried.key and scene.types.get(m.entity) is EntityType.PERSON
                   for m in (scene.mention_at(a) for a, _ in words[:-1]))

    # -- content ---------------------------------------------------------------------

    def _keeps(self, before: Span) -> bool:
        """Whether the words before a cue in its sentence are a claim of their own."""
        view = self.view
        text = view[before.start:before.end].strip(" ,:")
        if len(text) < 6 or re.fullmatch(r"[\d年月日号时分上下午晚间早今昨明前后次当天:.\s()]+", text):
            return False
        if len(text) <= 10 and self.scene.lex.frame_endings.suffix(text):
            return False  # 国会听证会上,议员质疑……: a setting
        end = before.start + len(view[before.start:before.end].rstrip(" ,:"))
        words = self.scene.tokens.words(before.start, end)
        last = self.scene.lex.cues.get(words[-1]) if words and view[end:end + 1] in (",", ":") else None
        if last is not None and last.cls == "data" and not any(clause_starts(view, before.start, end)):
            return False  # 最新公布的点阵图显示,|多数官员预计……: what data shows, read for no one, is no claim
        return not self._frames(before)

    def _frames(self, before: Span) -> bool:
        """Whether the words before a cue only frame it: a topic (对于两家公司的价格战,王凯表示)
        or another frame (``is_frame``), no claim."""
        view = self.view
        opener = self.scene.connectives.match(before.start, before.end)
        if opener is not None and opener[1] in ("intro", "intro_weak", "response") \
                and not any(clause_starts(view, before.start, before.end - 1)):
            return True
        end = before.start + len(view[before.start:before.end].rstrip(" ,:"))
        return is_frame(self.scene, Span(start=before.start, end=end))

    def _content(self, span: Span, speaker: Speaker, subject: str | None, quoted: bool = False) -> Iterator[Draft]:
        """The claims in a stretch of content: quotations split into their sentences
        (questions left out), the rest split into clauses, trimmed."""
        view = self.view
        for part in quotation_runs(view, span):
            whole = without_end(view, part)
            if is_whole(view, whole):
                outer = self.voice
                for inner, question in sentences_inside(view, whole):
                    cut = self._question_cut(inner) if question else inner.end
                    if cut is not None:  # a question's asserting clauses before it (……好几起,问题是,……吗?)
                        found, _ = self.sentence(Span(start=inner.start, end=cut), None, None, voice=speaker)
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
            trimmed = trim(self.view, _past_frame(scene, piece.span))
            refusal = _no_comment(scene, trimmed) if trimmed is not None else None
            if refusal is not None and refusal > trimmed.start:  # 这是……的决定,中方不作评论: the words before it
                trimmed = trim(self.view, Span(start=trimmed.start, end=refusal))
                refusal = None
            if trimmed is None or _bare_time(self.view[trimmed.start:trimmed.end]) or refusal is not None \
                    or _bare_reference(scene, self.view[trimmed.start:trimmed.end]) or _quoted_title(self.view, trimmed):
                continue
            if self.finder.asks(speaker.cue) and (
                    not _INTERROGATIVES.isdisjoint(scene.tokens.words(trimmed.start, trimmed.end))
                    or _A_NOT_A.search(self.view, trimmed.start, trimmed.end)):
                continue  # 有投资者提问,公司是否会提高分红; 朋友问我后不后悔: a question in reported speech, no claim
            text = self.view[trimmed.start:trimmed.end]
            told = self.author if i and _about_source(text, speaker) else speaker
            yield Draft(span=trimmed, speaker=told,
                        responds=piece.opener == "response", contrast=i > 0 and piece.opener == "contrast",
                        zero=_leaves_subject_out(scene, trimmed), topic=subject,
                        believed=self.finder.believed(told.cue), forecast=self.finder.forecast(told.cue))


def _past_frame(scene: Scene, span: Span) -> Span:
    """``span`` less the clause that opens it, inside words someone says, to frame a quotation after a colon, or
    after a comma where the speaker frames it in the first person: a clause that ends in a verb of saying
    (我常跟客户讲:「……」, 我老伴常说:‘……’), or in one and its hearer (爸妈一直劝他:“……”). The quotation is the claim; the frame,
    like any cue, is none (an empty span where the frame is all there is). Only a frame that is the span's
    first clause is cut."""
    view, lex = scene.view, scene.lex
    colon = view.find(":", span.start, span.end + 1)
    comma = view.find(",", span.start, colon if colon >= 0 else span.end + 1)
    if comma >= 0 and lex.first_pronouns.prefix(view[span.start:comma]) is not None:
        colon = comma  # 我常跟他们讲,“……”: the speaker's own frame before a comma does as one before a colon
    if colon < 0:
        return span
    at = colon + 1
    while at < len(view) and view[at] == " ":
        at += 1
    if view[at:at + 1] not in OPENERS:
        return span
    text = view[span.start:colon].rstrip()
    if "," in text:
        return span  # (总教练对我点头,好像在说:『……』: a clause of its own before the frame)
    hearer = lex.person_pronouns.suffix(text) or lex.plural_pronouns.suffix(text) or lex.first_pronouns.suffix(text)
    if hearer is not None and len(hearer) < len(text):
        text = text[:-len(hearer)]
    cue = lex.cues.suffix(text)
    if cue is None or len(cue) == len(text) or span.start + len(text) - len(cue) not in scene.tokens.boundaries:
        return span
    return Span(start=min(at, span.end), end=span.end)


def _asides(scene: Scene, span: Span) -> Iterator[tuple[Span, bool]]:
    """``span`` with its parenthetical asides apart: a bracketed clause that opens with a
    connective or a negation (……提高了补贴(不过没提期限)) is the article's comment, not
    the words around it; a gloss (无人配送车, Anna Price) stays."""
    view = scene.view
    start = span.start
    for m in re.finditer(r"\(([^()]{4,})\)", view[span.start:span.end]):
        inner = span.start + m.start(1)
        opener = scene.lex.connectives.match(view, inner, EitherSet(scene.tokens.boundaries, {inner}), span.end)
        if not (opener and opener[1] in ("contrast", "addition", "consequence", "interpretation")
                or view[inner] in "没未不并"):
            continue
        if inner - 1 > start:
            yield Span(start=start, end=inner - 1), False
        yield Span(start=inner, end=span.start + m.end(1)), True
        start = span.start + m.end()
    if start < span.end:
        yield Span(start=start, end=span.end), False


def _no_comment(scene: Scene, span: Span) -> int | None:
    """Where the clause starts that refuses to comment at the end of the words: a refusal
    (不予置评, 无可奉告) that ends them, with at most adverbs, a prepositional phrase or a
    subject before it in its clause (对此暂不回应, 对传闻不予置评, 中方不作评论); None if
    the words end in no refusal. The words before that clause (这是……的决定,) are said."""
    lex, view, ends = scene.lex, scene.view, scene.tokens.boundaries
    text_end = span.start + len(view[span.start:span.end].rstrip(" ,.;:!?。，"))
    if lex.no_comment.suffix(view[span.start:text_end]) is None:
        return None  # the common case, told without a look at every token
    for start, _ in scene.tokens.between(span.start, text_end):
        m = lex.no_comment.match(view, start, ends, text_end)
        if m is not None and m[0] == text_end:
            clause = max(view.rfind(c, span.start, start) for c in ",;:") + 1
            if clause > span.start:
                return clause
            return start if start == span.start or any(
                table.match(view, span.start, ends, start) is not None
                for table in (lex.adverbs, lex.connectives, lex.prepositions)) \
                or _refuser_only(scene, span.start, start) else None
    return None


def _refuser_only(scene: Scene, start: int, end: int) -> bool:
    """Whether the words ``[start, end)`` only name who refuses (公司, 我们, 中方, 该公司), with
    adverbs (暂, 目前): no statement of their own before the refusal."""
    lex, view = scene.lex, scene.view
    words = [view[a:b] for a, b in scene.tokens.between(start, end)]
    return bool(words) and all(
        w in lex.org_anaphors or w in lex.first_pronouns or w in lex.person_pronouns or w in lex.plural_pronouns
        or w in lex.adverbs or len(w) == 2 and w.endswith("方") for w in words)


def _bare_reference(scene: Scene, text: str) -> bool:
    """A cue's object that only names what was said (我们注意到|有关报道, 留意到|相关情况): no claim."""
    rest = text.removeprefix(next((p for p in _REFERRING if text.startswith(p)), ""))
    return rest != text and (rest in scene.lex.documents or rest in _SAID)


_REFERRING = ("有关", "相关", "上述", "这一", "这些", "这则", "这份", "这个", "该", "此")
_SAID = frozenset({"情况", "问题", "消息", "传闻", "传言", "说法", "事件", "事情"})


def _bare_time(text: str) -> bool:
    """A piece that is only a time (当天下午3时许, 12月1日凌晨): no claim."""
    return re.fullmatch(r"[\d年月日号时分上下午晚间早今昨明前后次当天:.\s()]+", text) is not None or is_time_word(text)


def _quoted_title(view: str, span: Span) -> bool:
    """Whether ``span`` is only the quoted title of a document a verb of publishing takes
    (公布“某某检讨报告”, 发布「某某指引」): a name in quotation marks that ends in a document's
    head, no words said (not 称,“正在积极寻找替代方案”)."""
    text = view[span.start:span.end]
    return 0 < span.start and span.end < len(view) and view[span.start - 1] in OPENERS \
        and view[:span.start - 1].rstrip().removesuffix("了").endswith(_PUBLISHING) \
        and view[span.end] in CLOSERS and len(text) <= _LONGEST_TITLE and text.isalnum() \
        and text.endswith(_TITLE_HEADS) and len(text) > 2


def _words_named(view: str, at: int, words: AboutWords) -> bool:
    """Whether the name that ends at ``at`` owns a noun for what was said (某某的说法, 某某的这番话,
    公司的表态) that is the subject of a predicate, not a frame for more words (某某的判断是,……;
    某某的看法为:……)."""
    if not view.startswith(("的", "之"), at):
        return False
    at += 1
    at += len(next((d for d in words.verdict_determiners if view.startswith(d, at)), ""))
    noun = max((n for n in words.judged if view.startswith(n, at)), key=len, default=None)
    return noun is not None and not view.startswith(_FRAMING_COPULAS, at + len(noun))


def _named_as(view: str, at: int, determiners: tuple[str, ...], nouns: tuple[str, ...]) -> bool:
    """Whether ``view`` names at ``at``, by a near determiner (longest first) and one of
    ``nouns``, what was just said or done (这种说法, 这项决定, 此举)."""
    det = next((d for d in determiners if view.startswith(d, at)), None)
    return det is not None and view.startswith(nouns, at + len(det))


def _left_open(view: str, region: Span) -> bool:
    """Whether ``view[region]`` ends inside a quotation: more opening marks (“, 「, 『) than
    closing ones (straight quotes pair up and open nothing across paragraphs)."""
    text = view[region.start:region.end]
    return sum(text.count(o) for o in OPENERS if o != '"') > sum(text.count(c) for c in CLOSERS if c != '"')


def _split_first_half(view: str, span: Span, f: Found) -> Span | None:
    """The quotation that ends ``span`` (but for punctuation) with a comma inside its marks, when
    the cue's content after it opens another quotation: the first half of words split around
    their cue (某某难掩兴奋,「……,」他说,「……」)."""
    quotes = quotations(view, span.start, span.end)
    if not quotes or view[quotes[-1].end:span.end].strip(" ,:") or view[quotes[-1].end - 2:quotes[-1].end - 1] != "," \
            or view[f.content:f.content + 1] not in OPENERS:
        return None
    return quotes[-1] if quotes[-1].start > span.start else None


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
    opener = scene.connectives.match(at, span.end)
    if opener is not None and opener[1] in ("intro", "intro_weak", "response"):
        return q  # “……”对于这家公司销量大增的原因,王凯分析称
    return q if is_frame(scene, Span(start=at, end=at + len(rest))) else None


def _adverbial_lead(scene: Scene, before: Span) -> bool:
    """随着……走红, 投资者担忧……: the frame before an unnamed source's cue belongs to its claim."""
    cls = scene.connectives.match(before.start, before.end)
    return cls is not None and cls[1] in ("intro", "cause")


def _leaves_subject_out(scene: Scene, span: Span) -> bool:
    """Whether a claim opens with a predicate, not a subject (而且明天就要飞往东京, 下午到……)."""
    view, lex = scene.view, scene.lex
    words = scene.tokens.between(span.start, span.end)[:3]
    if not words:
        return False
    first = view[words[0][0]:words[0][1]]
    opener = lex.connectives.get(first)
    if opener in ("addition", "contrast", "sequence", "predicate") or first in lex.adverbs:
        nxt = words[1] if len(words) > 1 else None
        m = scene.mention_at(nxt[0]) if nxt else None
        if any(made_plural(view, a, b) for a, b in scene.tokens.between(span.start, span.end)[1:5]):
            return False  # 最后时刻|球员|们|顶住了……: people made plural are its subject
        return not (m is not None and scene.types.get(m.entity) in _PERSONLIKE)
    return False


_QUANTIFIED_GROUP = re.compile(r"(?:[两二三四五六七八九十几多数]|\d+)[位名家个]")


def _about_source(text: str, speaker: Speaker) -> bool:
    """A later clause that names an unnamed source's own people (多位店主透露,……,两位店主
    甚至……) describes them: the article says it, not they. A group named by what only
    qualifies the source's head (券商人士透露,……,多家券商……: companies, not the people who
    speak) is what they tell of."""
    m = _QUANTIFIED_GROUP.match(text)
    if speaker.kind != "unnamed" or m is None:
        return False
    at = speaker.key.rfind(text[m.end():m.end() + 2])
    return at >= 0 and len(speaker.key) - (at + 2) <= 1  # the source's head (店主, 创业|者), not 券商|人士


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
