"""Clause segmentation: where a claim may start and end inside a stretch of content.

A stretch is split after a comma (outside quotations) where the next clause has a subject
and point of its own: it opens with a connective of a splitting class (但, 从而, 这表明,
若, 比如 …; one concession 尽管/虽然 holds back only the first contrast after it), or with
a subject of its own (an entity, a pronoun, a demonstrative phrase like 这一合作 or 该公司,
a quantified group, X则). The clause before must be a proposition itself, not a frame
(随着……, 在2019年之前, 春节长假刚过). Decisions read the segmenter's tokens, never
substrings of words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..models import Span
from ..nlp.sentences import ASCII_STOP, is_chinese
from ..nlp.tokens import CJK
from .quotes import CLOSERS, OPENERS, quotations
from .speakers import Scene
from .timephrase import time_only

_SUBJECT_PRONOUNS = frozenset({"他", "她", "它", "他们", "她们", "它们", "我们", "我", "你", "你们", "双方", "两者",
                               "大家", "对方", "后者", "前者", "两家", "两人"})
_DEMONSTRATIVES = ("这", "那", "该", "此", "这些", "那些", "这一", "这个", "这种", "这家", "这款", "这项", "这次",
                   "这位", "该项", "此次", "此类", "这类", "上述")
# after a clause's first words, these make them a subject set against the clause before
# (……,联发科的同级产品则要到明年才上市); an entity alone may be an object fronted or a topic
# that carries on the same point (订单非常充足,工厂每天都在加班), so it does not split
_TOPIC_MARKERS = frozenset({"则", "却", "反而", "则是", "亦", "倒是"})
# a copula with the adverb that focuses it: the clause it opens takes the one before as subject
_FOCUSED_COPULAS = frozenset({"才是", "就是", "正是", "便是", "乃是", "即是", "才算是"})
_QI_NOT_SUBJECT = frozenset({"其实", "其他", "其它", "其余", "其次", "其间", "其中"})
_QUANTIFIED = re.compile(r"(?:[两二三四五六七八九十几多数各]|\d+)[位名家个款地国省市城](?![际度])")  # 多地|还, 两国, not 各国际
_CLEFT_ENDS = ("的是", "在于", "在於")  # what a clause that awaits the next one ends in
# the classes of a connective a clause's own subject or frame may follow (但部分居民……, 但与两年前相比,……)
LEADING_CONNECTIVES = frozenset({"contrast", "addition", "concession"})
_HELD = ("consequence", "cause", "condition", "time", "predicate")  # splits a condition or frame holds back
_TIME_ONLY = re.compile(r"(?:[0-9]{2,4}年|今年|去年|明年|前年|第?[一二三四1-4]季度|[上下]半年|[0-9]{1,2}月份?|[0-9]{1,2}[日号]|"
                        r"[今昨明前当次翌同隔本上下这]?[天日晚周]|[上下中]午|晚间|早上|凌晨|傍晚|日前|近日|目前|当前|如今|现在|"
                        r"此前|以往|过去|近期|近年|近年来|年初|年底|年中|月初|月底|[\s()])+")
_TEMPORAL = ("后", "之后", "以后", "时", "之时", "的时候", "以来", "之际", "期间", "前夕", "之前", "以前", "过后", "刚过")
# a stage direction in brackets (笑, 苦笑, 停顿): a few Chinese characters, no words of the claim
_STAGE_FIRST = re.compile(r"[(（][\u4e00-\u9fff]{1,3}[)）]")
_STAGE_LAST = re.compile(r"[(（][\u4e00-\u9fff]{1,3}[)）]$")
# within a span of time (三个月内, 两年之内, 30天以内): a clause that ends so frames the next one
_WITHIN = re.compile(r"(?:[年月日天周週时]|小时|分钟|季度)(?:之|以)?内$")
_DATE = re.compile(r"(?:[0-9]{1,2}月)?[0-9]{1,2}[日号](?![0-9])")
# particles that follow a verb or mark a predicate: words before an adverb that hold one are no subject
_PREDICATE_PARTICLES = frozenset({"了", "着", "过", "得", "地", "所", "把", "被", "给", "让", "使"})
_NOUN_TAGS = frozenset({"n", "nz", "nt", "ns", "nr", "vn", "j"})  # jieba's tags of a noun
_SUBJECT_WORDS = 5  # words a clause's own subject may take before its adverb or copula (登记|的|公司|只|是)
_TIME_PHRASE = 12  # characters a clause of time words alone may take (截至2026年6月底, 过去十二个月里)
_MIN_CLAUSE = 6  # a clause shorter than this is a frame or a fragment, not a claim of its own
# what ends a clause inside a sentence: a comma or a colon, not one inside a figure (2,000, 9:30), or a dash
_BREAK = re.compile(r"(?<!\d),|,(?!\d{3}(?!\d))|(?<!\d):|:(?!\d{2}(?!\d))|——")
# an aside in round brackets, closed within the sentence (（男，45岁）, (去年同期为两成，主要来自海外)):
# its commas end no clause
_ASIDE = re.compile(r"\([^()]*\)")
# what ends a sentence inside a stretch of content (an ASCII period between Chinese words too)
_TERMINATOR = re.compile(f"[。!?;]|{ASCII_STOP}(?=[{CJK}“「『\"]|\\s|$)")


@dataclass(frozen=True)
class Piece:
    """A clause-level stretch of content and what opened it."""

    span: Span
    opener: str | None = None  # the class of connective it opens with (contrast, response …)
    drop: bool = False  # an illustration (比如……): no proposition of its own


def clause_starts(view: str, start: int, end: int, after_quotes: bool = False,
                  quotes: list[Span] | None = None) -> Iterator[int]:
    """Where clauses begin inside a sentence: after each comma, colon or dash (——) outside
    quotations (and, with ``after_quotes``, right after a quotation that runs on into words);
    ``quotes``: the sentence's ``quotations``, where the caller has them."""
    quotes = quotations(view, start, end) if quotes is None else quotes
    asides = [m.span() for m in _ASIDE.finditer(view, start, end)] if view.find("(", start, end) >= 0 else ()
    qi = 0
    i = start
    while i < end:
        while qi < len(quotes) and quotes[qi].end <= i:
            qi += 1
        # the next break outside quotations: the quotation or the break mark that comes first
        mark = _BREAK.search(view, i, end)
        if qi < len(quotes) and quotes[qi].start < (mark.start() if mark is not None else end):
            q = quotes[qi]
            if after_quotes and q.end < end and view[q.end] not in ",:;。!?…)”」』 \n" and view[q.end] not in OPENERS:
                yield q.end
            i = q.end
            continue
        if mark is None:
            return
        i = mark.start()
        aside = next((b for a, b in asides if a < i < b), None)
        if aside is not None:
            i = aside
            continue
        if i + 1 < end:
            j = mark.end()
            while j < end and view[j].isspace():
                j += 1
            if j < end:
                yield j
            i = j
            continue
        i += 1


def split_terminators(view: str, span: Span) -> Iterator[Span]:
    """``span`` cut after each sentence terminator outside quotations."""
    quotes = quotations(view, span.start, span.end)
    start = span.start
    for mark in _TERMINATOR.finditer(view, span.start, span.end):  # only a terminator can cut
        i = mark.start()
        if not any(q.start < i < q.end - 1 for q in quotes):
            yield Span(start=start, end=i + 1)
            start = i + 1
    if start < span.end:
        yield Span(start=start, end=span.end)


def pieces(scene: Scene, span: Span) -> Iterator[Piece]:
    """The clause-level claims of a stretch of content, in order. A condition (如果……,
    无论……) holds what follows it up to a contrast; a cause or a frame (因为……, 随着……)
    holds a clause that carries on its point, not one with a subject of its own; a
    concession holds its first contrast; the alternatives of a condition (无论是……,还是……)
    hold as it does."""
    view, lex = scene.view, scene.lex
    bounds = list(clause_starts(view, span.start, span.end))
    ends = [*bounds, span.end]
    start, opener = span.start, _opener(scene, span.start, span.end)
    conceded = _concedes(scene, span.start, ends[0])  # the clause just before concedes
    held = _holds(scene, span.start, ends[0])
    for k, boundary in enumerate(bounds):
        clause_end = ends[k + 1]
        before = Span(start=start, end=boundary)
        head_class = _opener(scene, boundary, span.end)
        split = False
        if "\n" in view[before.end - 1:boundary].lstrip(",:"):  # a line broke off after it (……如下:¶一、……)
            split = bool(view[before.start:before.end].strip(" ,:\n"))
        elif opener in lex.dropping:  # an illustration (比如……) ends at the next clause
            split = True
        elif head_class == "contrast":
            split = not conceded and _proposition(scene, before)
        elif head_class == "intro":  # a frame opens the next claim: ……,随着……,英伟达……
            split = held not in ("cause", "condition") and _proposition(scene, before)  # 由于……,经……,决定……: one
        elif head_class == "next_step":
            split = _first_step(scene, span.start, boundary) and _proposition(scene, before)
        elif head_class in lex.splitting:
            split = head_class in lex.dropping or head_class == "response" or not (
                held == "condition" or held and head_class in _HELD) and _proposition(scene, before)
        elif _quotation_clause(view, before, boundary):
            split = len(view[before.start:before.end].strip(" ,:")) > 1 and not is_frame(scene, before) and held is None
        elif own_subject(scene, boundary, clause_end):
            split = held in (None, "cause") and not conceded and _proposition(scene, before) \
                and not _governs_next(scene, before)
        alternative = held if held == "condition" and (
            head_class == "alternative" or head_class is None and not _answers(scene, boundary, clause_end)) else None
        held = alternative or _holds(scene, boundary, clause_end)
        conceded = _concedes(scene, boundary, clause_end)
        if split:
            yield Piece(span=before, opener=opener, drop=opener in lex.dropping)
            start, opener = boundary, head_class
    yield Piece(span=Span(start=start, end=span.end), opener=opener, drop=opener in lex.dropping)


def _governs_next(scene: Scene, clause: Span) -> bool:
    """Whether a clause ends in a verb whose object is the clause after it (这一举措表明,|政府……)."""
    words = scene.tokens.between(clause.start, clause.end)
    while words and not scene.view[words[-1][0]:words[-1][1]].strip(" ,:"):
        words = words[:-1]
    if not words:
        return False
    verbs = scene.lex.complement_verbs
    last = scene.view[words[-1][0]:words[-1][1]]
    return last in verbs or len(words) > 1 and scene.view[words[-2][0]:words[-1][1]] in verbs  # 预示|着


def _first_step(scene: Scene, start: int, at: int) -> bool:
    """先 'first' as a word of its own earlier in the stretch: 再 is then a next step."""
    return any(scene.view[a:b] in ("先", "先是") for a, b in scene.tokens.between(start, at))


def _answers(scene: Scene, start: int, clause_end: int) -> bool:
    """Whether the clause ``[start, clause_end)`` answers a condition before it: a word of a
    consequence or an adverb among its words (……,减息的作用将会被抵销; ……,消费者往往难以追讨);
    one without is more of the condition (如果经济前景转差,|失业率上升,……)."""
    tags = scene.word_tags
    return any(w in scene.lex.consequents or tags.get(w, "")[:1] == "d"
               for w in scene.tokens.words(start, clause_end))


def _holds(scene: Scene, start: int, clause_end: int) -> str | None:
    """How the clause ``[start, clause_end)`` holds the one after it in its claim: as a
    ``condition`` (如果……, 即只要……, 无论……), a ``cause`` (由于……) or a ``frame`` (随着……,
    相比……, 在……之前); None when it does not."""
    for k, (a, _) in enumerate(scene.tokens.between(start, clause_end)):
        found = scene.connectives.match(a, clause_end)
        if found and found[1] == "condition":
            return found[1]  # after a subject too (该计划|一经|公布, 欧美市场的关税政策|一旦|收紧)
        if found and found[1] == "cause" and k < 2:
            return found[1]
        if found and found[1] == "intro" and k < 2:
            return "frame"
    lead = scene.connectives.match(start, clause_end)
    if lead is not None and lead[1] in LEADING_CONNECTIVES:
        start = lead[0]  # 但|与两年前相比,……: a frame after a connective of contrast or addition
    text = scene.view[start:clause_end].rstrip(" ,:")
    if text.endswith(_CLEFT_ENDS):
        return "frame"  # 值得注意的是,|……; 问题在于,|……: the clause awaits what the next one says
    return "frame" if is_frame(scene, Span(start=start, end=start + len(text))) else None


def _opener(scene: Scene, start: int, end: int) -> str | None:
    """The class of the connective a clause opens with (但是 -> contrast), if any."""
    found = scene.connectives.match(start, end)
    if found is not None and found[1] == "ordinal" and scene.view[found[0]:found[0] + 1] not in ",:、":
        return None  # 第一方, 第二大: a modifier, not a step
    return found[1] if found else None


def _concedes(scene: Scene, start: int, clause_end: int) -> bool:
    """Whether the clause ``[start, clause_end)`` holds a concession (小米虽然入局较晚) that
    a 但 right after it answers."""
    for a in scene.connectives.within(start, clause_end):  # a connective word at a token's start
        found = scene.connectives.match(a, clause_end) if a in scene.tokens.boundaries else None
        if found and found[1] == "concession":
            return True
    return False


def own_subject(scene: Scene, start: int, end: int) -> bool:
    """Whether the clause at ``start`` opens with a subject of its own: a pronoun, a
    demonstrative phrase, a quantified group, a date, or a subject set against the one
    before (X则, X却)."""
    view = scene.view
    words = scene.tokens.between(start, end)[:5]
    pointed = next((k for k in range(1, len(words) - 1) if view[words[k][0]:words[k][1]].startswith(_DEMONSTRATIVES)
                    and _TIME_ONLY.fullmatch(view[words[0][0]:words[k - 1][1]])), None)
    words = words[pointed or 0:][:2]  # 明年|这一|数字|预计, 2030|年|这一|数字: time words before the subject
    if not words:
        return False
    a, b = words[0]
    first = view[a:b]
    if first in _FOCUSED_COPULAS or len(words) > 1 and first + view[words[1][0]:words[1][1]] in _FOCUSED_COPULAS:
        return False  # 合理反映成本的电价,|才|是……关键: the clause before is its subject
    if first in _SUBJECT_PRONOUNS or first == "其" and view[a:a + 2] not in _QI_NOT_SUBJECT:
        return True
    if first == "而" and len(words) > 1 and scene.mention_at(words[1][0]) is not None:
        return True  # ……在下滑,而华为的份额在上升: a subject set against the one before
    if first.startswith(_DEMONSTRATIVES) and len(words) > 1 and first not in ("这样", "那样", "这里", "那里", "此外",
                                                                               "此前", "此时", "这时", "那时"):
        return True
    if _QUANTIFIED.match(view, a) is not None or _DATE.match(view, a) is not None:
        return True
    if first in scene.lex.unnamed_sources or first in scene.lex.org_anaphors and len(first) > 1:
        return True
    if any(view[x:y] in _TOPIC_MARKERS for x, y in scene.tokens.between(start, end)[1:7]):
        return True
    return _noun_subject(scene, start, end)


def _noun_subject(scene: Scene, start: int, end: int) -> bool:
    """A clause that opens with a noun phrase and then an adverb that follows a subject
    or a copula (销量|也|增长, 估值|已|超过, 登记|业务|为, 上半年|融资|事件|依然): the
    words before it, after time words, are its subject. Adverbs, prepositions, cues,
    connectives and pronouns before it say the clause has no subject of its own."""
    view, lex = scene.view, scene.lex
    words = scene.tokens.between(start, end)[:_SUBJECT_WORDS + 3]
    run = 0
    for k, (a, b) in enumerate(words):
        w = view[a:b]
        if w in lex.subject_markers or w in lex.copulas:
            return 0 < run <= _SUBJECT_WORDS and not (w in lex.copulas and view[a - 1] == "的")  # 在意的是: no subject
        if _TIME_ONLY.fullmatch(w) and not run:
            continue  # 目前|估值, 2021年|上半年|融资: time words before the subject
        if not w[0].isalnum() or w in _PREDICATE_PARTICLES or w in lex.adverbs or w in lex.links \
                or w in lex.hedges or w in lex.degree or w in lex.modal \
                or w in lex.prepositions or w in lex.connectives or w in _SUBJECT_PRONOUNS \
                or lex.cues.match(view, a, {b}, b) is not None:
            return False  # 打破|了: a verb, not a subject
        if run and scene.word_tags.get(w) == "v" and _named_subject(scene, words[k - run:k]):
            return True  # 华为的|销量|下降, 充电桩|数量|增加: a noun phrase of its own, then its verb
        run += 1
    return False


def _named_subject(scene: Scene, words) -> bool:
    """Whether the words before a verb are a noun phrase led by an entity (华为的销量, 小马智行):
    a mention, then nouns to the dictionary, joined by 的. Common nouns alone may be the
    same topic said again (整体业绩规模|增长) or an adverbial (同比|增长)."""
    view = scene.view
    if not words or scene.mention_at(words[0][0]) is None:
        return False
    return all(view[a:b] == "的" or scene.mention_at(a) is not None or scene.word_tags.get(view[a:b]) in _NOUN_TAGS
               for a, b in words[1:])


def _quotation_clause(view: str, before: Span, boundary: int) -> bool:
    """A quotation standing as a clause of its own (……,“我们只要把产品做好”), or the
    clause before being one."""
    prior = view[before.start:before.end].strip(" ,:")
    if view[boundary:boundary + 1] in OPENERS and not prior.endswith(tuple("是说道为")):
        return True
    return prior[:1] in OPENERS and prior[-1:] in CLOSERS


def _proposition(scene: Scene, span: Span) -> bool:
    """Whether a clause is a claim on its own: long enough and not a frame (随着……,
    在2019年之前, 春节长假刚过, 对此)."""
    view = scene.view
    text = view[span.start:span.end].strip(" ,:")
    if len(text) < _MIN_CLAUSE:
        return False
    return not is_frame(scene, Span(start=span.start, end=span.start + len(view[span.start:span.end].rstrip(" ,:"))))


# the view's (simplified) prepositions of a topic, and of the capacity one speaks in (作为企业负责人,……)
_TOPIC_PREPOSITIONS = ("对于", "关于", "针对", "至于", "作为", "身为")
_VIEWPOINT = ("从", "看")  # 从厂商的角度看, 从长远看: where one looks from (the view's script), a frame like 从……来看
# 受强降雨天气影响, 受需求疲软拖累: what a result owes to or suffers from, a frame like 受此影响 (the view's script)
_CAUSE = ("受", ("影响", "冲击", "拖累", "带动", "提振", "推动", "波及"))
_PLACE_PREPOSITIONS = frozenset({"在", "于", "从"})  # the view's prepositions of where
_SPAN_ENDS = frozenset({"到", "至"})  # what joins the two ends of 从……到……
# jieba's tags of the words of a place's noun phrase: nouns, places, locatives, counts
_PLACE_HEAD_TAGS = frozenset({"n", "ns", "nz", "nt", "s", "f", "m", "q", "j"})


def is_frame(scene: Scene, span: Span) -> bool:
    """A clause that only frames what follows: 随着……, 对于……方面, 在……之前, ……刚过."""
    view, lex = scene.view, scene.lex
    cls = _opener(scene, span.start, span.end)
    text = view[span.start:span.end].rstrip(" ,:")
    if cls == "intro" or _TIME_ONLY.fullmatch(text.strip()) \
            or len(text) <= _TIME_PHRASE and _time_phrase(scene, span.start, span.start + len(text)):
        return True
    ending = lex.frame_endings.suffix(text)
    one_clause = not any(c in text for c in ",;:")
    if cls == "intro_weak" and (ending is not None or text.startswith(_TOPIC_PREPOSITIONS) and one_clause):
        return True  # 对于市场传闻: a preposition's topic is no clause of its own
    if cls == "intro_weak" and one_clause and text.startswith(_VIEWPOINT[0]) and text.endswith(_VIEWPOINT[1]):
        return True  # 从厂商的角度看: the point of view of what follows
    if one_clause and text.startswith(_CAUSE[0]) and text.endswith(_CAUSE[1]):
        return True  # 受强降雨天气影响: the cause of what follows
    if cls == "intro_weak" and one_clause and _place_phrase(scene, span.start, span.start + len(text)):
        return True  # 在三四线城市, 在充电设施还不完善的地区: where what follows holds
    if cls in ("response",) and (len(text) <= 6 or one_clause):
        return True  # 对此, 针对外界的质疑: what the clause after answers
    if (text.endswith(_TEMPORAL) or _WITHIN.search(text)) and len(text) <= 20:
        return True  # 而小米这次表态后, 面对议员质询时, 离职后三个月内
    return ending is not None and len(ending) >= 2 and ending not in ("方面",) and _is_time_frame(text, ending)


def _place_phrase(scene: Scene, start: int, end: int) -> bool:
    """A preposition of place and a noun phrase, nothing else (在三四线城市, 在充电设施还不
    完善的地区, 从实验室到工厂): the words after the last 的, or after the preposition where
    no 的 is, are nouns or places to the dictionary, numbers or words it does not know (and
    到 between two places after 从); a verb there makes the clause an event of its own
    (在北京举行发布会)."""
    view = scene.view
    words = [view[a:b] for a, b in scene.tokens.between(start, end)]
    if len(words) < 2 or words[0] not in _PLACE_PREPOSITIONS:
        return False
    span = (words[0] == "从") and any(w in _SPAN_ENDS for w in words)  # 从实验室到工厂: from one place to another
    head = words[max((k for k, w in enumerate(words) if w == "的"), default=0) + 1:]
    return bool(head) and all(scene.word_tags.get(w, "n") in _PLACE_HEAD_TAGS and is_chinese(w[0]) or w.isdigit()
                              or span and w in _SPAN_ENDS for w in head)


def _time_phrase(scene: Scene, start: int, end: int) -> bool:
    """今年前十个月, 过去三年里: a clause of time words and counts of time (see timephrase)."""
    words = [scene.view[a:b] for a, b in scene.tokens.between(start, end)]
    return bool(words) and time_only(words, scene.lex.time_words, scene.word_tags)


def _is_time_frame(text: str, ending: str) -> bool:
    return ending in ("刚过", "之际", "期间", "前夕", "之时", "的时候", "以来") or text.endswith(("之前", "以前")) and len(text) < 14


def trim(view: str, span: Span) -> Span | None:
    """Leave out separators, final punctuation, and the marks of a quotation that is the whole claim."""
    start, end = span.start, span.end
    while end > start and (view[end - 1] in ",:;。!?…—- \t\r\n、" or view[end - 1] in CLOSERS
                           and not _opened(view, start, end - 1)
                           or view[end - 1] == "." and end - 2 >= start and (is_chinese(view[end - 2])
                                                                            or view[end - 2] in CLOSERS)):
        end -= 1  # ……400人.: an ASCII period after a Chinese word ends the sentence
    while start < end and (view[start] in ",:;、 \t\r\n。!?" or view[start] in OPENERS
                           and not _closes_within(view, start, end)):
        start += 1
    if (aside := _STAGE_FIRST.match(view, start, end)) is not None and aside.end() < end:
        return trim(view, Span(start=aside.end(), end=end))  # (笑)皇甫院长是我的老师: a stage direction
    if (aside := _STAGE_LAST.search(view, start, end)) is not None and aside.start() > start \
            and not view[aside.start() - 1].isascii():
        return trim(view, Span(start=start, end=aside.start()))  # 我有看到(笑) (not 10.2万亿tokens(词元): a gloss)
    if end - start > 2 and view[start] in OPENERS and view[end - 1] == OPENERS[view[start]]:
        quotes = quotations(view, start, end)
        if len(quotes) == 1 and quotes[0].start == start and quotes[0].end == end:
            return trim(view, Span(start=start + 1, end=end - 1))
    if end - start < 4 or not any(ch.isalnum() for ch in view[start:end]):
        return None
    return Span(start=start, end=end)


def _opened(view: str, start: int, close: int) -> bool:
    """Whether the closing quotation mark at ``close`` closes one opened within the span."""
    return any(q.end == close + 1 and q.start >= start for q in quotations(view, start, close + 1))


def _closes_within(view: str, start: int, end: int) -> bool:
    return any(q.start == start and q.end <= end and view[q.end - 1] in CLOSERS for q in quotations(view, start, end))


def is_heading(view: str, sentence: Span) -> bool:
    """A short line that does not end a sentence: a section heading."""
    text = view[sentence.start:sentence.end].strip("*# ")
    ended = text.rstrip("”」』’\"')")  # the closing marks after its last word, of a nested quotation too (。’”)
    return len(text) <= 40 and not ended.endswith(tuple("。!?;…")) \
        and not (ended.endswith(".") and len(ended) > 1 and is_chinese(ended[-2]))  # ……三成.
