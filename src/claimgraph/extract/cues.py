"""Cue sieves: where a sentence's attribution cues are and whom they name.

Most precise first, one cue at most per clause: a bare unnamed source (据悉,), a source
named in a clause of its own (根据IDC的最新报告,), a cue verb on token boundaries whose
speaker phrase reads (``speakers.read_phrase``), a quotation framed by the article
(王凯对行情的判断则是“还会再跌”). Each names its rule on the Speaker it yields. A cue's shape
says where its content is: after a comma, colon or quotation, the clause itself for a verb
that takes one directly (百度宣布……), or the words before it when it closes the sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Container, Iterator, Sequence
from dataclasses import dataclass, replace

from ..models import EntityType, Mention, Span, Speaker
from ..nlp.tokens import ALL_CJK, ASPECT
from .lexicons import ClaimLexicon, Cue, WordTable
from .quotes import CLOSERS, OPENERS, inside, quotations
from .segment import clause_starts, is_frame, own_subject
from .speakers import (
    AGENT_SUFFIXES, APPOSITION_HEADS, LIGHT_VERBS, Reading, Scene, ends_in_role, group_subject, is_role, is_time,
    is_time_word, opening_subject,
    WHERE, WHILE, names_person, org_anaphor, read_phrase, units,
)

AUTHOR = "@author"  # the article's own voice
_PERSONLIKE = (EntityType.PERSON, EntityType.ORGANIZATION)
# single characters a token may carry before a cue it swallowed (她续|指, 接受采访时|说, 发长|文说:
# the last character of what was published, 感慨|地说: of a manner)
_GLUE = frozenset("他她其时续还也则又更并亦再即均都便就却中上文帖地")
# first characters of an object a token may carry after a cue it swallowed (称其为)
_OBJECT_GLUE = frozenset("其他她它我这该")
# a clause that frames what follows as someone's words (正如某某所说, 用某某的话说, 按照某某的说法)
_AS_SAID = re.compile(r"(?:(?:正如|如同|诚如|就像)(?P<w1>[^,:。]{2,20}?)所(?:说|言|述|指出|预料|预期|担心)(?:的那样|那样|的)?"
                      r"|用(?P<w2>[^,:。]{2,20}?)的话(?:来)?说|(?:按照|依照|照)(?P<w3>[^,:。]{2,20}?)的(?:说法|话))[ ,:]*")
_NOUN_TAGS = frozenset({"n", "nz", "vn", "j"})  # the dictionary's tags of a plain noun
_WITHHELD = "某"  # before a party whose name the article withholds (某头部电商平台)
_ANAPHOR_RULES = frozenset({"attribution.unnamed_anaphor.v1", "attribution.counterpart.v1", "attribution.pronoun.v1"})
# a number and a classifier (not 一起 'together' or 一部 'a part': 两家公司一起宣布)
# (nor 次: 多次表示, 首次表示 tell how often one said it; 首起, 三起, 一封: what follows is the noun counted)
_COUNT = re.compile(r"(?!一起)[0-9一二两三四五六七八九十百千万几数多首]+[批名位个家件项份种只条辆台宗起封则篇]")
_AT_MEETING = ("会上", "会中", "会后", "会前", "会期间")  # 说明|会上: the cue word names a meeting
# words after a cue that make it a noun of time (表态后, 宣布时, 发言中)
_AFTER_NOUN = ("后", "之后", "以后", "时", "之时", "以来", "前", "之前", "中")
# what after a verb of saying makes it no cue of its own: an aspect, a complement of result
# (说清楚, 说不准: explain, be sure), a preposition, or a light verb whose object names an act
# of speech (对信息披露|提出质疑, 对预测|表示怀疑: the word of saying was a noun)
_DIRECT_NOT = ("了", "的", "过", "为", "着", "到", "给", "成", "出", "是", "在", "起", "完", "得", "好", "道",
               "清楚", "明白", "不清", "不出", "不准", "不定",
               "提出", "表示", "表达", "发出", "作出", "做出", "引发", "遭到", "受到",
               # a noun the cue makes with the character after it (工伤认定|案, 判决|书, 告知|函): no cue
               "案", "书", "書", "函", "稿")
_REVISIONS = ("上调", "下调", "调高", "调低", "上修", "下修", "调升", "调降", "提高至", "降低至")  # a figure revised
_LABELS = re.compile(r"《[^《》]*》|\([^()]*\)|【[^【】]*】|\[[^\[\]]*\]")
_SAY_GLUE = frozenset("称稱说說指")
_WHILE = tuple(sorted(WHILE, key=len, reverse=True))  # for str.endswith and str.startswith
_ORG_ANAPHOR = "attribution.org_anaphor.v1"  # the rule of a reading that resolved an organisation's anaphor
_COMPANY = "公司"  # the bare anaphor of the company a person speaks for
# one's words named as a noun before a colon (某某的回答是:, 他的原话是:): whose words they are
_WORDS_NOUN = re.compile(r"的(?:回答|回应|答复|说法|表态|原话|解释)(?:是|为|就是)?\s*$")
_DENIALS = ("否认", "回应", "反驳", "驳斥", "澄清")  # the view's verbs of denying or answering a charge
_ACT_CHARACTERS = 8  # characters of an act between a person and a comma before their quotation (表示支持, 笑了笑)
_OF_THEM = frozenset({"其中", "当中", "當中"})  # one of those named before (其中一位表示)
# predicates whose subject is the clause before them (……说通过检查,不代表……): the view's script
_JUDGING = ("不代表", "并不代表", "不等于", "并不等于", "不意味着", "并不意味着", "不见得", "未必")
_FORECAST_WORDS = ("预计", "预测", "预期", "预估", "预料")
_SUBJECT_REACH = 16  # how far into its first clause a sentence's subject may start
_FRAMES = ("则是", "就是", "都是", "便是", "也是", "是", "为", "大意是", "原话是")
# a frame negated (而不是“运动式”, 并非“……”, 不再是“……”): the quotation is a term the words
# reject, in the speaker's own clause, not someone's words the article frames
_NEGATED_FRAMES = ("不是", "非", "不再是", "并不是", "不应是", "不该是", "不会是", "不能是", "不为")


# the cue classes whose words are nouns as often (展望, 预测, 建议, 判断, 通知): the object of a verb of
# publishing (收到降价通知)
_NOUN_CLASSES = frozenset({"predict", "urge", "believe", "evaluate", "tell"})


@dataclass(frozen=True)
class Found:
    """A cue found in a sentence: who speaks, where its clause starts, where its content
    starts, and how it takes its content (``after``, ``before`` the cue, ``frame``)."""

    speaker: Speaker
    clause: int
    content: int
    shape: str
    carries: bool
    cue: Cue | None = None
    direct: bool = False  # the cue takes its clause without a comma (百度宣布……)


# what was told or spread, as a source after 据 (据路透社消息, 据市场传闻: a rumour, no one named)
_TOLD_NOUNS = ("消息", "报道", "传闻", "传言")


class CueFinder:
    """Finds the cues of sentences; remembers which cues state a view (认为, 看好 …)."""

    def __init__(self, scene: Scene, author: Speaker):
        self.scene, self.view, self.author = scene, scene.view, author
        self.voice: Speaker | None = None
        self.turn: Speaker | None = None  # whose transcript turn is being read (its 我们 are theirs)
        self.said: Speaker | None = None  # who spoke earlier in the sentence (王凯表示,我们预计……: his 我们)
        self._previous: int | None = None  # where the clause before the one being read starts
        # whether a cue before a mark took the clauses after it (某某表示,……: the words it reports)
        self._reported = False
        self._before: int | None = None  # where the clause before starts, whoever spoke in it
        self._beliefs: dict[tuple[int, int], bool] = {}
        self._forecasts: dict[tuple[int, int], bool] = {}
        self._questions: set[tuple[int, int]] = set()  # the cues that put a question (提问, 问道)
        self._heads = frozenset(word[0] for word in scene.lex.cues)  # no cue starts at any other character
        self._cue_points = cue_points(scene.lex, self.view)  # a clause with none of them has no cue

    def believed(self, cue: Span | None) -> bool:
        """Whether the cue at ``cue`` states the speaker's view (认为, 相信, 看好 …)."""
        return cue is not None and self._beliefs.get((cue.start, cue.end), False)

    def asks(self, cue: Span | None) -> bool:
        """Whether the cue at ``cue`` puts a question (有投资者提问, 记者问道)."""
        return cue is not None and (cue.start, cue.end) in self._questions

    def forecast(self, cue: Span | None) -> bool:
        """Whether the cue at ``cue`` forecasts (预计, 预测, 研报预计 …)."""
        return cue is not None and self._forecasts.get((cue.start, cue.end), False)

    def find(self, start: int, end: int, subject: str | None, current: Speaker,
             voice: Speaker | None = None, turn: Speaker | None = None) -> Iterator[Found]:
        """The cues of the sentence ``[start, end)``, one at most per clause, in order:
        ``subject`` is the entity the sentence opens with, ``current`` who speaks at its
        start, ``voice`` the speaker whose quotation it is in, ``turn`` the speaker whose
        transcript turn it is in."""
        self.voice, self.turn, self.said, self._reported = voice, turn, None, False
        self._start = start
        view, scene = self.view, self.scene
        quotes = quotations(view, start, end)
        clauses = [start, *clause_starts(view, start, end, quotes=quotes)]
        skip_to = start
        governed = False  # whether a cue before takes the clauses after it (某某表示,X是“……”: its words, no frame)
        for k, cs in enumerate(clauses):
            if cs < skip_to:
                continue
            ce = clauses[k + 1] if k + 1 < len(clauses) else end
            self._before = clauses[k - 1] if k else None  # the clause before, whoever spoke in it
            # the clause before, whose group subject a cue may leave out, unless a cue spoke before it
            self._previous = self._before if skip_to == start else None
            at = self._after_links(cs, ce)  # where the clause's words begin, for the two source sieves
            opener = scene.connectives.match(cs, ce)
            if opener is not None and (opener[1] == "condition"
                                       or opener[1] == "cause" and (voice is not None or current.kind != "author")):
                # 如果社区医生判断需要转诊,……: a cue inside a condition is part of what it supposes; in someone's
                # words, one inside a cause is part of their reason (他表示,由于部分老人担心“……”,……)
                continue
            found = self._bare(cs, ce, end, at) or self._according(cs, ce, end, at) or self._as_said(cs, ce, end, at) \
                or self._cue_in(cs, ce, end, quotes, subject, current) \
                or self._colon_quote(cs, ce, end, None if governed else subject, clauses[:k], governed) \
                or (self._quote_around_act(cs, end) if cs == start else None) \
                or (None if governed else self._framed(cs, ce, end, quotes, subject, clauses[k - 1] if k else start))
            if found is not None:
                governed = governed or found.shape == "after"
                self._reported = self._reported or found.shape == "after" and not found.direct
                if found.speaker.kind == "entity":
                    self.said = found.speaker
                if found.speaker.kind in ("entity", "unnamed"):
                    current = found.speaker  # who speaks on in the clauses after (whose silence they report)
                    if (cue := found.speaker.cue) is not None:  # ……,这名发言人又指: whom a later phrase points back at
                        scene.spoke(cue.start, view[cue.start:cue.end], found.speaker.kind, found.speaker.key)
                yield found
                skip_to = found.content
                if found.speaker.kind != "entity" and not _speaking_group(scene, found.speaker):
                    # 据报道,王凯……撰文,直指……: the content's subject (有分析员指,……,料……: the analyst's)
                    subject = sentence_subject(scene, Span(start=found.content, end=end)) or subject

    def _opens_with(self, start: int, end: int, cls: str) -> bool:
        """Whether the clause ``[start, end)`` opens with a connective of class ``cls``."""
        opener = self.scene.connectives.match(start, end)
        return opener is not None and opener[1] == cls

    def _bare(self, cs: int, ce: int, end: int, at: int) -> Found | None:
        """据悉, / 据报道, / 外传……: an unnamed source for the rest of the sentence."""
        scene = self.scene
        m = scene.lex.bare_unnamed.match(self.view, at, scene.tokens.boundaries, ce)
        before = scene.tokens.covering(at - 1) if at > cs else None
        if m is None or before is not None and scene.lex.prepositions.get(self.view[before[0]:before[1]]):
            return None  # 对传闻不予置评: the rumour a preposition governs is no source
        opener = scene.connectives.match(cs, ce) if at > cs else None
        if opener is not None and opener[1] == "response":
            return None  # 对于这一传闻,……: the rumour answered is no source
        word_end, _ = m
        if (noun := scene.tokens.at(word_end)) is not None and self.view[noun[0]:noun[1]] in scene.lex.spread:
            return None  # 外传消息纯属捏造: what was spread, judged, no source
        label = self.view[at:word_end]
        content = skip_punct(self.view, word_end, end)
        speaker = Speaker(kind="unnamed", key=label, rule="attribution.unnamed_bare.v1", cue=Span(start=cs, end=word_end))
        return Found(speaker, cs, content, "after", False)

    def _as_said(self, cs: int, ce: int, end: int, at: int) -> Found | None:
        """正如某某所说, / 用某某的话说, / 按照某某的说法,: a clause of its own that frames what
        follows as someone's words; the one it names speaks the rest of the sentence."""
        view = self.view
        m = _AS_SAID.fullmatch(view, at, ce)
        if m is None or ce != end and view[ce - 1] not in ",:":
            return None
        who = next(g for g in ("w1", "w2", "w3") if m.group(g))
        reading = read_phrase(self.scene, m.start(who), m.end(who), Cue(word="说", cls="say", direct=False))
        if reading is None or reading.kind not in ("entity", "unnamed"):
            return None
        speaker = _speaker(reading, Span(start=cs, end=m.end()), False)
        return Found(speaker, cs, skip_punct(view, ce, end), "after", True) if speaker else None

    def _denies(self, start: int, end: int) -> bool:
        """Whether a verb of denying or answering stands in ``[start, end)`` (某某在庭外受访时否认犯行,
        「……」: the quotation after it is what the person said in denying)."""
        points = self._cue_points
        return any(self.view.startswith(_DENIALS, p) for p in points[bisect_left(points, start):bisect_left(points, end)])

    def _both_acts(self, cs: int) -> bool:
        """Whether the clause at ``cs`` and the one before are the two halves of 一边……,一边……."""
        view, before = self.view, self._before
        return before is not None and view.startswith(_WHILE, cs) and view[cs - 1:cs] == "," \
            and any(w in WHILE for _, _, w in units(self.scene, before, cs))

    def _acting_before(self, cs: int, pos: int) -> Reading | None:
        """The person the clause before opens with when it and the cue's phrase are the two
        halves of 一边……,一边……说 (某某一边给一只皮鞋换跟,一边对记者说); else None."""
        if not self._both_acts(cs):
            return None
        reading = opening_subject(self.scene, self._before, cs)
        return reading if reading is not None and reading.kind == "entity" and names_person(self.scene, reading) else None

    def _apposed(self, cs: int) -> Mention | None:
        """The person a cue's empty phrase stands for when the two clauses before it are the
        person's name alone and a clause that ends in a title (某某,某某证券新能源行业分析师,认为……:
        the title describes the name); else None."""
        view, scene, described = self.view, self.scene, self._before
        if described is None or view[cs - 1:cs] != "," or view[described - 1:described] != ",":
            return None
        name = scene.last_mention(described, EntityType.PERSON)
        if name is None or name.span.end != described - 1 or name.span.start > self._start \
                and view[name.span.start - 1] not in ",:;":
            return None
        return name if ends_in_role(scene.lex, view[described:cs - 1].strip()) else None

    def _after_links(self, cs: int, ce: int) -> int:
        """Where the clause's words begin after the adverbs and connectives that open it
        (另|据悉, 此外据报道, 而据路透社消息)."""
        view, lex, ends = self.view, self.scene.lex, self.scene.tokens.boundaries
        at = cs
        while lex.according.match(view, at, ends, ce) is None and (
                link := lex.adverbs.match(view, at, ends, ce) or self.scene.connectives.match(at, ce)) is not None:
            at = link[0]
        return at

    def _according(self, cs: int, ce: int, end: int, at: int) -> Found | None:
        """根据IDC的最新报告, / 据路透社消息,: a source named in a clause of its own."""
        view, scene, lex = self.view, self.scene, self.scene.lex
        if lex.according.match(view, at, scene.tokens.boundaries, ce) is None:
            return None
        if self.said is not None or self.voice is not None:
            return None  # 律师某某表示,根据相关法律规定,……: what a speaker cites is the speaker's words
        words = units(scene, at, ce)
        text = view[cs:ce].rstrip(" ,:")
        if len(words) < 2 or words[0][2] not in lex.according or view[ce - 1:ce] not in ",:" and ce != end:
            return None
        if not (lex.documents.suffix(text) or lex.unnamed_sources.suffix(text) in _TOLD_NOUNS
                or _made_by(lex, text)) or lex.terms_documents.suffix(text):
            return None  # 根据条例,: terms a document lays down, which the article states
        reading = read_phrase(scene, cs, cs + len(text), Cue(word="", cls="reveal", direct=False))
        if reading is None or reading.kind == "zero":
            return None
        speaker = _speaker(reading, Span(start=cs, end=cs + len(text)), False)
        return Found(speaker, cs, skip_punct(view, cs + len(text), end), "after", False) if speaker else None

    def _cue_in(self, cs: int, ce: int, end: int, quotes: list[Span], subject: str | None,
                current: Speaker) -> Found | None:
        """The first cue in the clause ``[cs, ce)`` whose speaker phrase reads."""
        view, scene, lex = self.view, self.scene, self.scene.lex
        lead = next((q for q in quotes if q.start == cs), None)
        ps = skip_punct(view, lead.end, ce) if lead is not None else cs  # “……”他说: the phrase after the quotation
        points = self._cue_points
        within = points[bisect_left(points, ps):bisect_left(points, ce)]
        if not within:
            return None  # no cue word starts in the clause
        direct: Found | None = None
        heads = self._heads
        for a, b in scene.tokens.holding(within, ps, ce):  # a cue starts only where a cue word does
            starts = [pos for pos in cue_starts(lex, view, a, b, scene.word_tags) if view[pos] in heads]
            if not starts or inside(quotes, a) or view[a] in OPENERS:
                continue
            inner = {a + k for k in range(1, b - a) if view[a + k] in _OBJECT_GLUE}
            if view[a] in _SAY_GLUE and b - a > 1 and view[a - 1:a] in _GLUE and scene.word_tags.get(view[a:b]) is None:
                # 他并|指绿能|园区……: a verb of saying, after a pronoun or an adverb, the segmenter glued
                # to a word it did not know (not 今天|指叉球: a word of its own)
                inner.add(a + 1)
            for pos in starts:
                m = lex.cues.match(view, pos, EitherSet(scene.tokens.boundaries, inner), ce)
                if m is None or lex.in_aside(view, pos, scene.tokens.boundaries):
                    continue  # 老实说,……: a sentence adverb, no one speaks
                cue_end, cue = m
                document = view[ps:pos].strip()
                cited = self.voice is not None and cue.cls == "data" or document in scene.lex.documents \
                    or cue.cls == "data" and len(document) <= 6 and scene.lex.documents.suffix(document) is not None
                if cited and (self.voice is not None or self.said is not None and document not in scene.lex.statements):
                    continue  # 他说:“调查显示,……”, 某某负责人表示,调查显示,……: what the speaker cites is the speaker's words
                    # (not 某某发出声明反驳,声明指出,……: its own statement, which speaks for it again)
                if _counted_before(scene, pos):
                    continue  # 查获一批|怀疑|走私象牙: the cue word modifies the noun a count opens, no one speaks
                if self.voice is not None and view.startswith(_JUDGING, skip_punct(view, ce, end)):
                    continue  # “业者说通过检查，不代表就没有问题”: what they said is the subject of the speaker's verdict
                if evoked(view, pos):
                    continue  # 方向值得|肯定, 实在令人|怀疑: what a thing deserves or provokes, no one speaks
                if _modifies_source(scene, cue_end, ce):
                    continue  # 不愿透露姓名的人士: the cue is inside a modifier of the source, who tells later
                source = lex.unnamed_heads.match(view, pos, scene.tokens.boundaries, ce)
                if source is not None and source[0] > cue_end:
                    continue  # 也有分析|人士持相反看法: the cue word begins the noun of a source
                refused = self._refused(ps, pos) if cue.cls in _TELLING and self.voice is None else None
                if refused is not None:
                    if current.kind in ("entity", "unnamed") and self._refuser(ps, refused, cue) != _identity(current):
                        continue  # 分析师表示,某公司迟迟未公布……: the analyst's words about another's silence
                    # 他拒绝透露金额, 公司未予说明: a statement not made is the article's narration
                    return Found(Speaker(kind="author", key=AUTHOR, rule="attribution.refused_statement.v1"), cs, cs,
                                 "after", False)
                found = self._reading(ps, pos, cue_end, ce, end, cue, subject, current, quotes)
                negated = (pos if cue.word.startswith(_NEGATORS) else _negated_at(view, pos)) \
                    if cue.cls == "believe" else None
                if found is not None and negated is not None and found.content == cue_end:
                    found = replace(found, content=negated)  # 他不认为这是价格战: what he holds is the denial
                if found is not None and found.speaker.kind == "unnamed" and self.said is not None \
                        and document in scene.lex.statements:  # 某某随即回应,声明称: the statement of the one who spoke
                    found = replace(found, speaker=self.said.model_copy(
                        update={"rule": "attribution.document_anaphor.v1", "cue": found.speaker.cue}))
                if found is not None and not found.direct:
                    return found
                if found is not None and direct is None:
                    direct = found  # a later cue before a comma wins (法|说|会上表示,)
        if direct is not None and self._reported and not _own_voice(scene, direct.speaker, current):
            return None  # 业者抱怨,政府宣布停课太晚; 声明指出,近期有媒体报道称……: part of the words reported
        return direct

    def _links_only(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` holds only adverbs, connectives and the words of doing two
        things at once (一边抱怨): a cue whose subject is the one who acted in the clause before."""
        lex = self.scene.lex
        return all(w in lex.adverbs or w in lex.connectives or w in WHILE for _, _, w in units(self.scene, start, end))

    def _published(self, start: int, pos: int) -> bool:
        """Whether the cue word at ``pos`` is the object of a verb of publishing in the phrase
        before it (发布|2027年市场|展望, 作出|预测, 收到|降价|通知), with no document or name between
        that would be the object instead (发布|报告|预计: the report forecasts)."""
        lex, view = self.scene.lex, self.view
        for a, b in self.scene.tokens.between(start, pos)[::-1]:
            word = view[a:b]
            named = self.scene.mention_at(a)
            if word in lex.documents or named is not None and self.scene.types.get(named.entity) in _PERSONLIKE \
                    or word in lex.unnamed_heads or is_role(lex, word):
                # (接到|控股股东某某集团|通知,获悉……: the notice of the one it names, who tells;
                # 不愿公开身份的消息|人士|认为: the source whose name is not made public)
                return False
            if word in lex.publishing:
                return True
        return False

    def _forecast_published(self, cue: Cue, cs: int, content: int, ce: int) -> bool:
        """Whether a forecast with no subject of its own follows a clause that publishes
        something (某某协会今日发布年度报告,预计……: the publisher forecasts in what it
        published), or goes on from the words of a speaker named in the sentence (某某在报告中
        表示,……,预计明年铜价……: the speaker's forecast, a claim of its own where what it
        forecasts has a subject; ……筹建工厂,预计2028年投产 goes on with the clause before)."""
        previous = self._previous
        if cue.cls != "predict":
            return False
        if self.said is not None:  # not after a frame (新措施推出后,预计……, 受此影响,预计……): one point
            before = self._before
            opener = self.scene.connectives.match(before, cs) if before is not None else None
            framing = before is not None and (
                self.scene.lex.frame_endings.suffix(self.view[before:cs].rstrip(_CLAUSE_PUNCT)) is not None
                or opener is not None and opener[1] in _FRAMES_NEXT)
            return not framing and not self._predicate_first(content, ce)
        if previous is None:
            return False
        lex, view = self.scene.lex, self.view
        return any(view[a:b] in lex.publishing for a, b in self.scene.tokens.between(previous, cs))

    def _predicate_first(self, start: int, end: int) -> bool:
        """Whether the words ``[start, end)`` open, after time words and adverbs, with a verb
        (2028年|投产, 明年|将|上市): a predicate whose subject is the clause's before."""
        scene, view = self.scene, self.view
        words = scene.tokens.between(start, end)
        for k, (a, b) in enumerate(words):
            word = view[a:b]
            tag = scene.word_tags.get(word)
            if is_time(word) or tag == "t" or word.startswith("每") or word in scene.lex.adverbs or not word.strip():
                continue  # 明年, 每年, 可望: what stands before the predicate
            # a verbal noun is the predicate where nothing follows it (2028年|投产), a subject
            # where a predicate does (明年|销售|将|回升)
            last = k + 1 == len(words) or view[words[k + 1][0]] in _CLAUSE_PUNCT
            return scene.mention_at(a) is None and (tag == "v" or tag == "vn" and last)
        return False

    def _topic_told(self, content: int, ce: int) -> bool:
        """Whether the words after a cue of telling are only a noun phrase that ends in a topic of
        an account (10月份国民经济运行情况, 有关工作进展): no verb among them but one right before the
        topic, which modifies it (运行|情况), so no proposition (这是正常情况 has one)."""
        scene = self.scene
        text = self.view[content:ce].rstrip(_CLAUSE_PUNCT)
        topic = scene.lex.topics_told.suffix(text)
        if topic is None:
            return False
        words = scene.tokens.words(content, content + len(text) - len(topic))
        return not any(w in scene.lex.cues or (k < len(words) - 1 and scene.word_tags.get(w, "")[:1] == "v"
                                                and scene.word_tags.get(w) != "vn") for k, w in enumerate(words))

    def _refused(self, start: int, pos: int) -> int | None:
        """Where the word that refuses or denies the telling at ``pos`` starts (拒绝|透露,
        不愿|透露, 未|透露, 没有|说明; adverbs between), if one does."""
        lex, tokens = self.scene.lex, self.scene.tokens
        before = tokens.previous(pos)
        while before is not None and before[0] >= start and self.view[before[0]:before[1]] in lex.adverbs:
            before = tokens.previous(before[0])
        if before is not None and before[0] >= start and self.view[before[0]:before[1]] in lex.refusals:
            return before[0]
        return None

    def _refuser(self, start: int, refusal: int, cue: Cue) -> tuple[str, str] | None:
        """Who refuses, as ``_identity`` gives it: the speaker the words before the refusal
        name (他 -> the person named last; 该人士: an unnamed source, the one who spoke when an
        unnamed source speaks)."""
        reading = read_phrase(self.scene, start, refusal, cue)
        return _identity(reading) if reading is not None and reading.kind in ("entity", "unnamed") else None

    def _reading(self, cs: int, pos: int, cue_end: int, ce: int, end: int, cue: Cue, subject: str | None,
                 current: Speaker, quotes: list[Span]) -> Found | None:
        view, scene = self.view, self.scene
        following = scene.tokens.at(cue_end)  # the word after the cue, not its first character (认为中小厂商)
        after_noun = view[following[0]:following[1]] in _AFTER_NOUN if following is not None \
            else view.startswith(_AFTER_NOUN, cue_end)
        if view[pos - 1:pos] == "的" or view.endswith(("这次", "此次", "该", "这一"), 0, pos) or after_noun \
                or view.startswith(_AT_MEETING, cue_end) \
                or view.endswith(LIGHT_VERBS, 0, pos - (view[pos - 1:pos] in ASPECT)):
            return None  # 王凯对市场的判断, 这次表态后, 在业绩说明会上, 尚未作出回应, 表达了担忧: a noun
        if cue.cls in _NOUN_CLASSES and self._published(cs, pos):
            return None  # 多家投行发布了年度展望: what was published, a noun (发布视频称: the verb says)
        heard = _after_hearer(scene, cue_end, ce) if cue.cls in _HEARD else None
        shape, content = ("after", skip_punct(view, heard, end)) if heard is not None \
            else _shape(view, cue, cue_end, ce, end, scene.tokens, scene.lex.attitudes)
        if shape is None:
            return None
        if shape == "before" and cue.cls == "believe" and view.endswith(_STATE_MARKS, 0, pos):
            return None  # ……,他就比较不害怕。: a state told (not, less, very), no view closing the words
        if shape == "before" and view.startswith(_BY, skip_punct(view, cs, pos)):
            return None  # ……回应,由体育总监某某出面澄清。: who was put forward to speak, no words closed
        if shape == "after" and (first := scene.tokens.at(content)) is not None \
                and view[first[0]:first[1]] in scene.lex.consequences \
                and "的" not in view[content:_clause_end(view, content, end)]:
            # 消息在网络流传,引发市民关注: what the act brought about, no words it tells (导致亏损的原因是……
            # opens a noun phrase, a subject)
            return None
        # 某某公布三季报后,……: a clause of time around what it did, no one's words; not what one thinks
        # (认为行业经历调整后,……) nor words that open with their own time (表示在春节前后,……)
        if shape == "direct" and view[cs:ce].rstrip(" ,").endswith(_AFTER) and ce - cs <= _FRAME_CLAUSE \
                and cue.cls not in _THOUGHT and not view.startswith("在", content):
            return None
        if shape == "direct" and view[content:content + 1] in _SAY_GLUE and scene.tokens.at(content) is not None \
                and scene.tokens.at(content)[1] > content + 1:
            content += 1  # 有报道|称新…: a verb of saying the segmenter glued to the content's first word
        if cue.cls == "ask" and shape == "direct" and "的" in view[content:ce]:
            return None  # 客户问我们最多的是……: what is asked, a noun, not a question put
        objects = self.scene.lex.published_objects
        if shape == "direct" and cue.cls in _TELLING and cue.word not in _WORDS_ONLY \
                and objects.suffix(view[content:ce].rstrip(_CLAUSE_PUNCT)):
            return None  # 某某今日公布6月审批信息,……: a thing published, an act, not words said (not 指司机
            # 工时符合指引: 指 takes words, never a thing)
        if shape == "direct" and cue.cls in _TELLING and (when := view.find("后", content, ce)) > content \
                and objects.suffix(view[content:when]):
            return None  # 某某公布季度业绩后升4.1%: the thing published, then 后, a time; what followed is news
        if shape == "direct" and cue.cls in _TELLING and self._topic_told(content, ce):
            return None  # 某某介绍10月份国民经济运行情况: what an account was given of, an act

        reading = read_phrase(scene, cs, pos, cue)
        if reading is None:
            return None
        if reading.rule == _ORG_ANAPHOR and self.said is not None and view[cs:pos].strip() == _COMPANY \
                and scene.types.get(self.said.key) is EntityType.PERSON:
            return None  # 某某执行长某某表示,公司预计……: the company's plans in the words of the person who speaks
        if reading.rule == "attribution.reply.v1":
            asked = _asked(scene, _sentence_of(view, cs), cs)
            reading = Reading("entity", asked, reading.rule) if asked else None
            if reading is None:
                return None
        # 我们认为 inside a quotation, an answer, a cue's words or the reported speech carried on
        # from the sentences before (某某表示,……。……。我们敦促……): the one speaking
        # (一位市民说:“我觉得……”: the people an unnamed source names speak for themselves, as a respondent does)
        own = self.voice or self.turn or self.said \
            or (current if current.kind == "entity" or _speaking_group(scene, current) else None)
        if own is not None and (own.kind == "entity"
                                or own.kind == "unnamed" and (own is self.turn or _speaking_group(scene, own))) \
                and (reading.rule == "attribution.first_person.v1" or view[cs:pos].strip() in scene.lex.first_pronouns):
            reading = Reading(own.kind, own.key, "attribution.pronoun.v1")  # an unnamed respondent's 我们 too
        apposed = self._apposed(cs) if reading.kind == "zero" else None
        if apposed is not None:  # 某某,某某证券分析师,认为……: the name the clause before describes
            cs, reading = apposed.span.start, Reading("entity", apposed.entity, "attribution.apposed_name.v1")
        acting = self._acting_before(cs, pos) if reading.kind == "zero" else None
        if acting is not None:  # 某某一边给皮鞋换跟,一边对记者说: who does both
            cs, reading = self._before, acting
        # (如果有业主明确反对,认为……: the group a condition supposes says nothing)
        group = group_subject(scene, self._previous, cs) if reading.kind == "zero" and self._previous is not None \
            and cue.cls in _GROUP_CLASSES and not self._opens_with(self._previous, cs, "condition") else None
        if group is not None:  # 不少车主心里有个疑虑,担心……: the group the clause before opens with
            reading = group
        if reading.kind == "zero":
            if shape == "before" and not _linked(scene, cs, pos):
                return None
            actor = None  # 问起打算,某某擦了擦手,笑着说:“……”: who acted says what its mark opens (not 通报警方: an act)
            if current.kind == "author" and self._before is not None and shape == "after" \
                    and (subject is None or self._links_only(cs, pos)) \
                    and (":" in view[pos:content] or view[content:content + 1] in OPENERS):
                opener = opening_subject(scene, self._before, cs)
                actor = opener.key if opener is not None and opener.kind == "entity" else None
            if not (cue.zero or actor or _linked(scene, cs, pos) or self._forecast_published(cue, cs, content, ce)):
                return None
            key = subject if subject is not None else current.key if current.kind == "entity" else actor
            if key is not None and current.kind == "unnamed" and _named_in_phrase(scene, key, current):
                key = None  # 某部一名官员表示,……,并预计……: the official goes on, not the body the phrase named
            if key is None and _speaking_group(scene, current):  # 有分析员指,……,料……: the analyst's forecast
                reading = Reading("unnamed", current.key, "attribution.zero_subject.v1")
            elif key is None:
                return None
            else:
                reading = Reading("entity", key, "attribution.zero_subject.v1")
        cue_span = Span(start=cs, end=cue_end)
        if shape == "direct" and cue.cls in ("evaluate", "urge") \
                and not (cue.cls == "evaluate" and _judged_clause(scene, content, ce)):
            # 看好英伟达前景: the verb is the judgment; not where a clause with its subject follows it
            # (批评平台反应太慢, 质疑这类产品收集数据: what is criticised is the claim)
            content, cue_span = pos, Span(start=cs, end=pos)
        speaker = _speaker(reading, cue_span, shape == "direct")
        if speaker is None:
            return None
        self._beliefs[(cue_span.start, cue_span.end)] = cue.cls in ("believe", "evaluate")
        self._forecasts[(cue_span.start, cue_span.end)] = cue.word.endswith(_FORECAST_WORDS)
        if cue.cls == "ask":
            self._questions.add((cue_span.start, cue_span.end))
        carries = speaker.kind == "entity" and shape != "direct" and cue.cls not in ("data",) \
            and reading.rule != "attribution.according_to.v1"
        if view[cs:pos].rstrip(" ,").endswith(_WHILE) and view.startswith(_WHILE, content):
            content = _clause_end(view, content, end)  # 他一边说,一边掰开果子……: what they did, no words
        return Found(speaker, cs, content, "before" if shape == "before" else "after", carries, cue, shape == "direct")

    def _colon_quote(self, cs: int, ce: int, end: int, subject: str | None = None,
                     before: Sequence[int] = (), governed: bool = False) -> Found | None:
        """A clause that names its subject and ends in a colon before a quotation, with no
        verb of saying (经济部长王立新语气坚决:“……”, 他笑了笑:「……」): the subject speaks; and
        a person or an unnamed source that does so before words with no quotation marks
        (有餐饮老板算了一笔账:平台抽成……, 王女士算了一笔账:每天……). A clause that leaves its
        subject out before a quotation (某某弯腰拍了拍西瓜,满意地点点头:“……”) is the person's the
        sentence opens with, ``subject``; a comma does as a colon does after a clause that names a
        person and opens the sentence, after frames at most (``before``: the starts of the clauses
        before it), where a quotation ends the sentence (某某表示支持,“……”; 说到这里,他笑了笑,“……”)."""
        view, scene = self.view, self.scene
        colon = _mark_before(view, cs, ce)
        if colon <= cs or view[colon] not in ":," or ce >= end:
            return None
        opened = skip_punct(view, ce, end)
        quoted = view[opened] in OPENERS
        if governed and not quoted:
            return None  # 本报认为,当局可以做两件事:其一,……: words of the cue before, whatever their subject
        comma = view[colon] == ","
        if comma and (not quoted or not _ends_sentence(view, quotations(view, opened, end)[:1], end) or not all(
                is_frame(scene, Span(start=a, end=b)) for a, b in zip(before, [*before[1:], cs]))):
            return None  # 某某表示支持,“……”。: a quotation that ends the sentence after a comma
        reading = opening_subject(scene, cs, colon)
        if reading is None and quoted and not comma and (words := _WORDS_NOUN.search(view, cs, colon)) is not None:
            # 当时韦局长的回答是:「……」: whose answer the quotation is
            reading = read_phrase(scene, cs, words.start(), Cue(word="说", cls="say", direct=False))
        if reading is None and quoted and not comma and subject is not None and cs > 0 and view[cs - 1] == "," \
                and scene.types.get(subject) is EntityType.PERSON and not own_subject(scene, cs, colon):
            reading = Reading("entity", subject, "attribution.colon_quote.v1")
        if reading is None or reading.kind not in ("entity", "unnamed") \
                or (not quoted or comma) and reading.kind == "entity" and not names_person(scene, reading):
            return None  # an organisation's name before a colon may head a list; a person's words follow it
        if comma and reading.kind != "entity":
            return None  # (某市推出新政,“以旧换新”……: the article's words about a body's act)
        named = scene.last_mention(colon, EntityType.PERSON, after=cs) if comma else None
        if named is not None and colon - named.span.end > _ACT_CHARACTERS \
                and not self._denies(named.span.end, colon):
            return None  # (他也大赞先发投手……只失两分,“……”: words of their own before the quotation, no act)
        if self._both_acts(cs):
            cs = self._before  # 他一边往秤上码土豆,一边跟记者算账:“……”: the first half frames it too
        speaker = Speaker(kind=reading.kind, key=reading.key, rule="attribution.colon_quote.v1",
                          cue=Span(start=cs, end=colon))
        return Found(speaker, cs, skip_punct(view, ce, end), "after", reading.kind == "entity")

    def _quote_around_act(self, cs: int, end: int) -> Found | None:
        """A quotation that opens the sentence, then clauses a person opens with no verb of saying,
        then a comma or a colon and a quotation that ends the sentence (“……，”某某站在楼下，指着
        楼道直叹气，“……。”): both quotations are the person's, as around a cue."""
        view, scene = self.view, self.scene
        if view[cs] not in OPENERS:
            return None
        quotes = quotations(view, cs, end)
        if len(quotes) != 2 or quotes[0].start != cs or not _ends_sentence(view, quotes, end):
            return None
        lead, last = quotes
        mark = _mark_before(view, lead.end, last.start)
        ps = skip_punct(view, lead.end, mark)
        if view[mark] not in ":," or ps >= mark or any(scene.lex.cues.match(view, a, scene.tokens.boundaries, mark)
                                                       is not None for a, _ in scene.tokens.between(ps, mark)):
            return None  # (“……，”某某说，“……”: a cue, read as such)
        reading = opening_subject(scene, ps, mark)
        if reading is None or not names_person(scene, reading):
            return None
        speaker = Speaker(kind="entity", key=reading.key, rule="attribution.quote_around_act.v1",
                          cue=Span(start=ps, end=mark))
        return Found(speaker, ps, last.start, "before", True)

    def _framed(self, cs: int, ce: int, end: int, quotes: list[Span], subject: str | None,
                previous: int) -> Found | None:
        """A person's words framed by the article: 王凯对行情的判断则是“还会再跌”, ……一张聊天
        截图,大意是“……”."""
        view, scene = self.view, self.scene
        q = next((q for q in quotes if cs < q.start < ce), None)
        if q is None or view[q.end:ce].strip(" ,:。!?;") or not view[cs:q.start].rstrip().endswith(_FRAMES) \
                or view[cs:q.start].rstrip().endswith(_NEGATED_FRAMES):
            return None
        frame_end = q.start - (len(view[cs:q.start]) - len(view[cs:q.start].rstrip()))
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
        return Found(speaker, cs, q.start, "frame", False)


class EitherSet:
    """Membership in either of two sets, without building their union."""

    def __init__(self, first, second):
        self.first, self.second = first, second

    def __contains__(self, item: object) -> bool:
        return item in self.first or item in self.second


def cue_points(lex: ClaimLexicon, view: str) -> tuple[int, ...]:
    """Where a cue word starts in ``view``, token boundaries aside, in order (read once per
    article: a stretch without one holds no cue)."""
    return lex.cues.starts(view)


def evoked(view: str, pos: int) -> bool:
    """Whether the cue word at ``pos`` follows a verb of deserving or provoking (方向值得|肯定,
    实在令人|怀疑; 值得肯定 may be one word to the segmenter): an attitude a thing evokes."""
    return view[pos - 2:pos] in _EVOKING


def cue_starts(lex: ClaimLexicon, view: str, a: int, b: int, words: Container[str] = ()) -> tuple[int, ...]:
    """Where a cue may start in the token ``[a, b)``: at its start; after a pronoun or
    adverb the segmenter ran into it (她续|指); where the token's tail is a cue the
    segmenter ran a name into (王凯道, 许志明续), or a word (专家建议); a tail of one
    character ends none of the dictionary's ``words`` (原材料, 小说)."""
    starts = [a]
    if b - a > 1 and view[a] in _GLUE:
        starts.append(a + 1)
    last = b - 1 if view[a:b] in words else b  # where a tail cue of a dictionary word starts at the latest
    starts += [p for p in range(a + 2, last) if view[p:b] in lex.cues]
    return tuple(starts)


def _identity(speaker: Speaker | Reading) -> tuple[str, str]:
    """Who speaks, as a refusal is compared: an entity by its key, every unnamed source as one."""
    return speaker.kind, speaker.key if speaker.kind == "entity" else ""


# verbs of deserving and provoking before a cue word (值得肯定, 令人怀疑, 让人担忧): an attitude
# the thing before them evokes, not someone's words
_EVOKING = frozenset({"值得", "令人", "让人", "使人", "叫人", "引人", "惹人", "教人"})
_IDENTITY = ("姓名", "身份", "名字", "真名", "全名")  # what an anonymous source withholds (不愿透露姓名)
_FRAME_CLAUSE = 20  # characters of the longest clause of time read as a frame (某某公布三季报后)
_AFTER = ("后", "之后", "以后", "过后")  # what ends such a clause (not 时: 这让我想起……时, the words recalled)
_PREDICATE_TAGS = frozenset({"v", "a", "d", "ad"})  # a verb, an adjective or an adverb: a clause's predicate


def _judged_clause(scene: Scene, start: int, end: int) -> bool:
    """Whether what an evaluating cue governs is a clause of its own, a subject and its predicate
    (批评|平台|反应|太|慢, 质疑|这类|产品|收集|数据, 斥|对手|所指|的|表述|均|与|事实|不符), not a noun
    phrase (看好|英伟达|明年|的|表现, 质疑|某队|扳平|的|十二|码|判决): after its first word and after its
    last 的, a verb, an adjective or an adverb; after a 的, not a verb that is its last word (the
    head of the noun phrase the 的 opens)."""
    view, tags = scene.view, scene.word_tags
    words = [view[a:b] for a, b in scene.tokens.between(start, end) if view[a].isalnum()]
    if len(words) < 2 or tags.get(words[0]) in _PREDICATE_TAGS:
        return False
    after = max((k for k, w in enumerate(words) if w == "的"), default=0) + 1
    last = len(words) - 1
    return any(tags.get(w) in _PREDICATE_TAGS and (k < last or after == 1 or tags.get(w) != "v")
               for k, w in enumerate(words[after:], after))


_NEED_OBJECT = frozenset({"predict", "evaluate", "urge"})
_HEARD = frozenset({"urge"})  # cues that may name whom they address before a comma (提醒市民,……)
_CLOSE_QUOTED = frozenset({"urge", "evaluate"})  # cues needing an object that a quotation before gives (“……”他抱怨。)
_HEARER = 8  # characters the one addressed may take
_HEARER_TAGS = frozenset({"n", "ns", "nt", "nz", "r", "j"})  # jieba's tags of a noun or a pronoun
# and of the words before it, which may modify it too (广大|市民, 有关|方面)
_BEFORE_HEARER_TAGS = _HEARER_TAGS | {"a", "vn", "b"}
_AGENTS = frozenset({"人", "者", "员"})  # the one who does what the verb before says (驾驶|人, 消费|者)
_AGENT_STEMS = frozenset({"v", "vn"})
# an object that points back at the words just quoted (重申了这一立场, 补充了这番话)
_BACK_OBJECT = re.compile(r"了?(?:这一|这个|此一|此|上述|前述|这番|这些|以上)(?:立场|观点|看法|说法|判断|表态|言论|话|态度|主张)")
# cue classes a refusal can deny (拒绝透露, 未予说明); a negated belief (不认为) is still a belief
_TELLING = frozenset({"say", "reveal"})
_WORDS_ONLY = frozenset({"指", "称", "说", "指出", "表示", "强调", "直言", "坦言"})  # verbs of saying that take words, no thing
_THOUGHT = frozenset({"believe", "predict"})  # what one thinks or foresees, never an act a time clause is around
_PROPOSITIONAL = frozenset({"say", "believe", "predict", "reveal"})  # cues whose object is a proposition, never a place
# the classes of a connective whose clause frames the clause after it (随着……, 如果……, 由于……)
_FRAMES_NEXT = frozenset({"intro", "condition", "cause", "concession"})
_CLAUSE_PUNCT = ",:;。!?，：；！？ "  # what may end a clause's words
# a cue made a noun and equated with what follows (他想说的是……, 民众关心的其实是……)
_CLEFT = re.compile(r"的(?:却|就|也|则|其实|正|恰恰|还|更|只|仍|仍然|依然|无非|不过)?是[ ,:]*")
# cues whose left-out subject may be an unnamed group the clause before opens with
_GROUP_CLASSES = frozenset({"say", "believe", "predict", "evaluate", "urge"})


def _quoted_before(view: str, at: int) -> bool:
    """Whether a quotation closes in the sentence before ``at`` (“……”面对追问,他重申了这一立场)."""
    start = max(view.rfind(mark, 0, at) for mark in "。!?\n") + 1  # a stop inside the quotation leaves its closer in
    return any(c in CLOSERS for c in view[start:at])


# the count of what a verb of saying said (说了一句, 说了这样一番话, 讲过几句话), before its words
_UTTERED = re.compile(r"[了过過]?(?:这样|這樣|这么|這麼)?[一几幾两兩]?(?:句|段|番)话?|[了过過](?=[,:])")


_COUNTED_OBJECT = re.compile(r"[一二两兩三四五六七八九十几幾数數多]+[项項宗名个個条條起份件次][\u4e00-\u9fff]{1,4}")
_FRAMING = frozenset({"believe", "predict"})  # cues whose words may open with a frame (not 公布三季报后: an act's time)
_FRAMED_BY = ("后", "以后", "之后", "时", "前", "以前", "之前")  # what closes a frame of time (搬迁后, 开学时)


def _negated_at(view: str, pos: int) -> int | None:
    """Where the negator right before the cue at ``pos`` starts (不认为, 并不觉得, 從不相信), if one is."""
    lead = next((n for n in _NEGATORS if view.endswith(n, 0, pos)), None)
    return pos - len(lead) if lead is not None else None


_NEGATORS = ("并不", "並不", "从不", "從不", "从来不", "從來不", "不")  # the longest first
_BY = ("由", "交由")  # the agent an act is given to (由某某出面澄清)
# what before a verb of belief or fear makes it a state (不害怕, 比较担心, 很担心, 没那么担心), no cue
_STATE_MARKS = ("不", "没", "沒", "很", "比较", "比較", "非常", "十分", "太", "更", "最", "那么", "那麼")


def _shape(view: str, cue: Cue, cue_end: int, ce: int, end: int, tokens=None,
           attitudes: WordTable[bool] | None = None) -> tuple[str | None, int]:
    """How a cue takes its content: ``after`` a comma, colon or quotation, ``direct`` in
    its own clause, ``before`` when it closes the sentence (“……”他说。)."""
    after = cue_end
    while after < end and view[after].isspace():
        after += 1
    rest = view[after:end]
    back = _BACK_OBJECT.match(rest)
    if back is not None and not rest[back.end():].strip(" 。!?;…”」』\"") and _quoted_before(view, cue_end):
        rest = ""  # “……”他重申了这一立场。: the object points back at the quotation, which closes it as before
    if not rest.strip(" 。!?;…”」』\"") :
        # “……”他说。 closes with a verb of saying; 充满期待。 / 十分看好。 end on a noun or a
        # judgement that needs an object, which is no cue
        # “……”他提醒。, “……”他抱怨。: a cue of urging or judging after the quotation it urges or
        # judges with
        closes = cue.cls not in _NEED_OBJECT or cue.cls in _CLOSE_QUOTED and _quoted_before(view, cue_end)
        return ("before", end) if closes else (None, after)
    uttered = _UTTERED.match(view, after, end) if cue.cls == "say" else None
    if uttered is not None and uttered.end() < end and (view[uttered.end()] in ",:" or view[uttered.end()] in OPENERS):
        after = uttered.end()  # 说了一句:“……”, 说了这样一番话,“……”: what was said is after its count
    ch = view[after]
    if ch in ",:":
        return "after", skip_punct(view, after, end)
    cleft = _CLEFT.match(view, after, end)
    if cleft is not None and cleft.end() < end:  # 股民想知道的却是,……: what the cue takes is after 是
        return "after", skip_punct(view, cleft.end(), end)
    if ch in OPENERS:
        # (官方统计“只算到……”: a word of data right before a quotation is a noun it modifies)
        return ("after", after) if cue.cls != "data" else (None, after)
    if cue.cls == "tell":  # 告诉彭博社, / 告诉记者:
        comma = next((i for i in range(after, min(ce + 1, end)) if view[i] in ",:"), None)
        if comma is not None and comma - after <= 16:
            return "after", skip_punct(view, comma, end)
        return None, after
    # 表示失望, 表示欢迎, 宣布破产: a verb with a short object is a judgement or an act told
    # by the clause, not a cue over a proposition
    # the word after the cue, not its first character (认为出口订单……: 出口 is no particle)
    token = tokens.at(after) if tokens is not None else None
    particle = view[token[0]:token[1]] in _DIRECT_NOT if token is not None else rest.startswith(_DIRECT_NOT)
    if particle and view.startswith("在", after) and cue.cls in _PROPOSITIONAL \
            and (token is None or token[1] == after + 1):
        particle = False  # 表示在未来三年……, 称在门店就餐后……: what is said opens with where or when, no complement
    # 将GDP增速预测|从4.5%上调至4.8%: the forecast is the noun a revision moves, no cue of its own
    revised = view.startswith(("从", "由"), after) and any(v in view[after:ce] for v in _REVISIONS)
    body = view[after:ce].strip(" ,:;。!?…")
    # 表示衷心(的)感谢, 表示强烈不满: a word of saying, a word of degree and an attitude, the act the clause
    # tells (not 认为市场担忧, whose object has a subject)
    attitude = cue.cls == "say" and tokens is not None and attitudes is not None \
        and attitudes.suffix(body) is not None \
        and len([w for w in tokens.words(after, after + len(body)) if w != "的"]) <= 2
    # 担心疫苗副作用|而|拒绝接种: what the verb takes is the reason for the act after 而, no claim
    reason = tokens is not None and "而" in tokens.words(after, after + len(body))
    # 担心搬迁后,很多老街坊……: a frame of time, the words after its comma what the cue takes
    framed = cue.cls in _FRAMING and len(body) >= 2 and body.endswith(_FRAMED_BY) and after + len(body) < end - 1
    # 承认一项盗窃罪, 否认两宗指控: a counted thing, a noun phrase, is what is owned to, no words
    counted = _COUNTED_OBJECT.fullmatch(body) is not None
    if cue.direct and framed and not particle and not revised and not attitude and not reason:
        return "after", after  # the frame and the clauses after its comma, all the cue's words
    if cue.direct and not particle and not revised and not attitude and not reason and not counted and len(body) >= 4:
        return "direct", after
    return None, after


def _named_in_phrase(scene: Scene, key: str, speaker: Speaker) -> bool:
    """Whether the entity ``key`` is named inside the phrase that named ``speaker`` (某部 in
    某部一名官员表示)."""
    cue = speaker.cue
    return cue is not None and any(m.entity == key and cue.start <= m.span.start < cue.end for m in scene.mentions)


def _after_hearer(scene: Scene, cue_end: int, ce: int) -> int | None:
    """Where the comma is after the public a cue of urging addresses (提醒市民,……, 呼吁有关
    方面:……): a noun or a pronoun after the words that modify it, and no verb, from the cue to
    the comma that ends its clause. A named addressee (警告某某科技,不要再……) is what the
    demand is about, and stays in the claim."""
    view = scene.view
    comma = len(view[:ce].rstrip()) - 1  # ce: where the next clause starts, after the comma
    if view[comma:comma + 1] not in (",", ":") or not 0 < comma - cue_end <= _HEARER:
        return None
    words = scene.tokens.between(cue_end, comma)
    # 驾驶|人, 消费|者: a verb and the character of the one who does it, one noun the segmenter cut
    agent = len(words) >= 2 and view[slice(*words[-1])] in _AGENTS \
        and scene.word_tags.get(view[slice(*words[-2])]) in _AGENT_STEMS
    if not words or not (agent or _hearer(scene, view[slice(*words[-1])])) or any(scene.mention_at(a) for a, _ in words):
        return None
    modifiers = words[:-2] if agent else words[:-1]
    return comma if all(scene.word_tags.get(view[a:b]) in _BEFORE_HEARER_TAGS for a, b in modifiers) else None


def _hearer(scene: Scene, word: str) -> bool:
    """A noun or pronoun that may name whom a cue addresses: a common noun (市民), a place
    (美国) or a side (美方, 各方); no name (the dictionary tags 严格执行 a name)."""
    return scene.word_tags.get(word) in _HEARER_TAGS or len(word) == 2 and word.endswith("方")


def _made_by(lex: ClaimLexicon, text: str) -> bool:
    """据气象部门监测, / 據警方初步調查,: a source and how it found what follows (a method word
    of ``methods``), with no document named; the phrase reader then says whether a source is there."""
    method = lex.methods.suffix(text)
    return method is not None and len(text) > len(method)


def _modifies_source(scene: Scene, cue_end: int, end: int) -> bool:
    """Whether the cue ending at ``cue_end``, with the one word after it, modifies a source
    named after them: 的, then the words of a noun phrase up to its head, a role or a head of an
    unnamed group (不愿透露姓名的人士, 不愿透露姓名的连锁品牌区域经理), before any cue or mark of
    the clause that ends at ``end``; not a thing (未透露具体的金额)."""
    view, tokens = scene.view, scene.tokens
    word = tokens.at(cue_end)
    at = cue_end if view.startswith("的", cue_end) else word[1] if word is not None and word[1] - word[0] <= 3 else None
    if at is None or not view.startswith("的", at):
        return False
    lex = scene.lex
    pos = at + 1
    anonymous = view.startswith(_IDENTITY, cue_end)  # 不愿透露姓名的: only a person withholds a name
    while pos < end and (head := tokens.at(pos)) is not None:
        word = view[head[0]:head[1]]
        if is_role(lex, word) or word in lex.unnamed_heads:
            return True
        if not ALL_CJK.fullmatch(word) or lex.cues.match(view, pos, tokens.boundaries, end) is not None:
            # the phrase ends at a mark or a cue with no source's head before it, unless it withheld a
            # name: whoever it names speaks (一位不愿透露姓名的加盟商表示)
            return anonymous and pos > at + 1 and ALL_CJK.fullmatch(word) is not None
        pos = head[1]
    return False


def _counted_before(scene: Scene, pos: int) -> bool:
    """Whether a number and a classifier end right before ``pos`` (一批, 两名, 3件), not one of
    those named before (其中|一位|表示: who speaks)."""
    before = scene.tokens.previous(pos)
    if before is not None and before[1] == pos and before[1] - before[0] == 1 \
            and (numeral := scene.tokens.previous(before[0])) is not None and numeral[1] == before[0] \
            and _COUNT.fullmatch(scene.view, numeral[0], pos) is not None:
        before = (numeral[0], pos)  # 首|起|投诉: the ordinal and the classifier cut apart
    if before is None or before[1] != pos or _COUNT.fullmatch(scene.view, *before) is None:
        return False
    ahead = scene.tokens.previous(before[0])
    return not (ahead is not None and ahead[1] == before[0] and scene.view[ahead[0]:ahead[1]] in _OF_THEM)


def _mark_before(view: str, start: int, pos: int) -> int:
    """Where the last character before ``pos`` that is no white space stands, ``start`` at the least."""
    mark = pos - 1
    while mark > start and view[mark].isspace():
        mark -= 1
    return mark


def _ends_sentence(view: str, quotes: Sequence[Span], end: int) -> bool:
    """Whether the last of ``quotes`` closes the sentence that ends at ``end`` (no words after it)."""
    return bool(quotes) and not view[quotes[-1].end:end].strip(" 。.!?;")


def skip_punct(view: str, pos: int, end: int) -> int:
    while pos < end and (view[pos] in ",: \t" or view[pos].isspace()):
        pos += 1
    return pos


def _clause_end(view: str, start: int, end: int) -> int:
    """Where the clause that starts at ``start`` ends: its first comma or sentence mark, else ``end``."""
    return next((k for k in range(start, end) if view[k] in _CLAUSE_PUNCT), end)


def _own_voice(scene: Scene, speaker: Speaker, current: Speaker) -> bool:
    """Whether the speaker of a cue with no mark after it, inside words another cue reports,
    speaks in a voice of its own: someone named or named by 某 (某头部电商平台要求……), the one
    already speaking, people who speak (一位知情人士, 多位分析师) or one an anaphor points back at
    (对方, 该人士); not a body or a thing the words mention (政府宣布……太晚, 许多模型在公开……,
    有媒体报道称……)."""
    return speaker.kind != "unnamed" or speaker.key == current.key or speaker.key.startswith(_WITHHELD) \
        or _speaking_group(scene, speaker) or speaker.rule in _ANAPHOR_RULES


def _speaking_group(scene: Scene, speaker: Speaker) -> bool:
    """Whether an unnamed source is people who speak (有分析员, 一位知情人士, 多家券商: its label
    ends in a source's head), not a report or a rumour (据报道, 有消息称), whose words tell what
    someone else did."""
    return speaker.kind == "unnamed" and scene.lex.unnamed_heads.suffix(speaker.key) is not None


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
    """The entity a reply answers for: the one asked earlier in the sentence (……向小米
    方面询问,得到回复「……」)."""
    asked = None
    for m in scene.within(start, before):
        if scene.view[m.span.start - 1:m.span.start] in ("向", "对", "跟", "问") and scene.types.get(m.entity) in _PERSONLIKE:
            asked = m.entity
    return asked


def _linked(scene: Scene, start: int, pos: int) -> bool:
    """Whether a cue's empty phrase holds a link word (并形容, 还强调)."""
    return any(scene.view[a:b] in scene.lex.links for a, b in scene.tokens.between(start, pos))


def sentence_subject(scene: Scene, sentence: Span) -> str | None:
    """The person or organisation a sentence opens with (王凯昨天……), the person at the end
    of a title chain (北京大学教授王立新……, 小米CFO王凯……) rather than the institution
    before it; for a sentence that opens with 他 or 她, the person named last, and for one that
    opens with an organisation's anaphor (公司则予以否认,称……), the organisation it stands for."""
    view = scene.view
    first = scene.tokens.between(sentence.start, sentence.end)[:2]
    if first and view[first[0][0]:first[0][1]] in ("他", "她"):
        return scene.last_of(sentence.start, EntityType.PERSON)
    anaphor = next((view[first[0][0]:b] for _, b in first[::-1] if view[first[0][0]:b] in scene.lex.org_anaphors), None)
    if anaphor is not None and anaphor != "其":  # (该|公司, the segmenter's two words)
        after = first[0][0] + len(anaphor)
        officer = next((m for m in scene.within(after, min(sentence.end, after + _SUBJECT_REACH + 8))
                        if scene.types.get(m.entity) is EntityType.PERSON), None)
        if officer is not None and _title_gap(scene, after, officer.span.start):
            return officer.entity  # 公司董事长兼首席执行官某某则表示: the company's officer, at the chain's end
        return org_anaphor(scene, anaphor, sentence.start)
    starts = clause_starts(view, sentence.start, sentence.end)
    start, clause_end = sentence.start, next(starts, sentence.end)
    lex = scene.lex
    lead = units(scene, start, clause_end) if clause_end < sentence.end else []
    if lead and (all(w in lex.adverbs or w in lex.connectives or not w.strip(" ,:") or is_time_word(w)
                     for _, _, w in lead) or lead[0][2] in lex.according or lead[0][2] in WHERE):
        # 对此,|目前,|某某今天……; 据某社报道,|某某……; 在会后的群访环节,|某某……: the subject after a
        # lead-in, a source, or where or when it happened
        start, clause_end = clause_end, next(starts, sentence.end)
    chain: list[Mention] = []
    for m in scene.within(start, clause_end):
        if m.span.start > start + _SUBJECT_REACH:
            break  # (a name that starts within reach may end beyond it: 首席执行官|罗伯特·温斯顿)
        if scene.types.get(m.entity) not in _PERSONLIKE:
            continue
        gap = view[(chain[-1].span.end if chain else start):m.span.start]
        if chain and len(gap) > 12 or any(c in gap for c in ",:;。!?“”「」"):
            break
        if not chain and gap.strip() and not _title_gap(scene, start, m.span.start) \
                and not (scene.types.get(m.entity) is EntityType.ORGANIZATION and _nouns_only(scene, start, m.span.start)):
            break  # (地产|代理监管学会会长某某: a field the organisation's name was found without)
        chain.append(m)
    persons = [m for m in chain if scene.types.get(m.entity) is EntityType.PERSON]
    return (persons or chain)[-1].entity if chain else None


def _nouns_only(scene: Scene, start: int, end: int) -> bool:
    """Whether ``[start, end)`` holds one or two words, all nouns to the dictionary (地产)."""
    words = units(scene, start, end)
    return 0 < len(words) <= 2 and all(scene.word_tags.get(w) in _NOUN_TAGS for _, _, w in words)


def _title_gap(scene: Scene, start: int, end: int) -> bool:
    """Whether the words before a sentence's first name are an organisation and titles
    (小米CFO, 京东零售 CEO), time words, or a kind of person a relative clause describes (来自北方的
    游客), not a clause of their own."""
    words = units(scene, start, end)
    text = _LABELS.sub("", scene.view[start:end]).strip()  # 《港股快讯》本地券商……: a column label
    if any(w == "的" for _, _, w in words[:-1]) and (is_role(scene.lex, words[-1][2])
                                                   or scene.lex.unnamed_heads.suffix(words[-1][2]) is not None
                                                   or words[-1][2].endswith(AGENT_SUFFIXES)):
        return True  # 来自北方的游客|某某: a kind of person a relative clause describes, in apposition to the name
    if words and words[0][2] in scene.lex.prepositions:
        return False  # 在外卖平台|某某|上……: the object of a preposition, no subject
    return bool(words) and len(text) <= _SUBJECT_REACH and (
        is_role(scene.lex, words[-1][2]) or text.endswith(APPOSITION_HEADS) or not text
        or all(w in scene.lex.adverbs for _, _, w in words))
