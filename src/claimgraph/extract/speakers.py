"""Speaker phrases read by their structure: the words between a clause's start and its
attribution cue say who speaks.

    [according-to] [organisation] [role]* [name] [(gloss)] [adverbs | prepositional phrase]* CUE

瑞银分析师李文涛预期 -> 李文涛; 许志明向财政部长陈思远喊话 -> 许志明 (the object of 向 never
speaks); 路透社引述知情人士报道 -> 路透社; 王凯告诉彭博社 -> 王凯; 据亚马逊公布 -> 亚马逊;
腾讯与阿里巴巴宣布 -> the article (a joint statement); 该人士表示 -> the unnamed source named
before; 多位创业者向记者透露 -> an unnamed source labelled 多位创业者; a phrase with nothing
but adverbs (并强调, 今天接受采访证实) leaves its subject out.

:func:`read_phrase` returns a :class:`Reading`; the claim stage turns it into a Speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Container, Mapping, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import Literal

from ..models import EntityType, Mention, Span
from ..nlp.lexicons import HONORIFICS, SURNAMES
from ..nlp.sentences import split_sentences
from ..nlp.tokens import ALL_CJK, ASPECT, DETERMINERS, GLUED_ADVERBS, KIND_OF_PERSON_ENDS, PREDICATE_MODALS, surname_initial
from .coref import surname_titled
from .discourse import observers_firm, sentence_start
from .lexicons import ClaimLexicon, Cue
from .quotes import OPENERS, inside, quotations
from .tokens import Tokens

_SPEAKING = (EntityType.PERSON, EntityType.ORGANIZATION)
_TIME = re.compile(r"(?:[今昨明前当次翌同隔本上下这该]?(?:天|日|晚|晨|早|年|月|周|週|星期[一二三四五六日天]?|季度?)"
                   r"|[今昨明前]?[上下中]午|[今昨明前]午|晚[间上]|早[上间]|凌晨|傍晚|日前|日内|近日|稍早|稍后|早前|此前|近期|目前|当前|眼下|如今|现在|近来"
                   r"|[当那此这彼届]时|当年|那年|早年"
                   r"|[会庭赛节课饭餐事会议盘]后|会[前上]|庭[前上]|[会庭场]外|赛[前后]|盘[前中]|收盘[前后]|开盘[前后]"
                   r"|清晨|清早|深夜|午夜|半夜|夜间|黎明"
                   r"|[0-9]+(?:年|月|日|号|时|点|分|:[0-9]{2})?(?:许|左右|多)?"  # 3时许, 4时20分, 8点多
                   r"|[一二三四五六七八九十两]{1,3}时(?:许|左右|多|半)?|[时点](?:许|左右|多|半)"  # 三时许; 时许 cut off
                   r"|[上下本这]?[周週][一二三四五六日天末]|[()\s])+")
_BRACKETS_AND_BLANKS = frozenset("()（） \t\u3000")
_CHAIN_GLUE = frozenset({"、", "兼", "暨", "及", "和", "与", " ", "·"})
_OPEN_BRACKETS = frozenset("([【")
# the governing organs of an organisation, which speak as it (某某股份董事会认为, 公司管理层表示)
_ORGANS = frozenset({"董事会", "董事局", "监事会", "理事会", "管理层", "股东大会", "管委会", "常委会"})
_FORMER = frozenset({"前", "原"})  # before a role: one who held it (某某科技前|高管, 原|董事长)
# the period a document covers (第三季度业绩, 上半年财报, 2025年度报告)
_PERIOD = re.compile(r"(?:前|第)?[一二三四1-4]季度|[上下]半年|前三季度|全年|年度|\d{4}年度?|Q[1-4]")
_CLOSE_BRACKETS = frozenset(")]】")
_LEFT_OK_ENDINGS = ("的", "、", ",", ":")
# the endings of a noun of a person by what they do, a kind of person a name may follow: 者 (求职者),
# 主 who owns or keeps (车主, 店主), and the titles: 员, 师, 官, 长 who holds a post, practises a trade
# or heads a body (预报员, 工程师, 检察官, 庭长), and 学家 who studies a field (天文学家, 流行病学家)
TITLE_SUFFIXES = ("员", "师", "官", "长", "学家")
AGENT_SUFFIXES = ("者", "主", *TITLE_SUFFIXES)
# the tags of a dictionary noun of a kind of person (KIND_OF_PERSON_ENDS: 职工, 乘客, 网友) or of a
# set phrase of one (退休职工 l): before a name, apposition (退休职工房大爷)
_KIND_TAGS = frozenset({"n", "nz", "l"})
# the tags of the nouns of a field before a kind of person (气象|单位|预报员)
_FIELD_NOUN_TAGS = frozenset({"n", "nz", "vn", "ns"})
# the tags of the word before a kind's last character the segmenter cut off (部落|客, 退休|族)
_CUT_KIND_TAGS = _KIND_TAGS | {"v", "vn"}
_BODY_NOUN_TAGS = frozenset({"n", "nz", "nt", "vn", "j"})  # jieba's tags of the words of a body's name (信息 n, 联席会 nt)
_DOCUMENT_JOINS = frozenset({"的", "与", "和", "及", "、"})  # between the words that say which document
# the tags of the words that say which document (今年的|政府|工作|报告, 体质|与|健康|调研)
_DOCUMENT_WORD_TAGS = frozenset({"n", "vn", "nz", "ns", "a", "t", "b", "f"})
_BODY_WORD_TAGS = _BODY_NOUN_TAGS | {"v", "b"}  # and after its first word, a verb of its field (电池|回收) or a rank (主审)
# nouns that introduce a name in apposition (分析机构App Figures, 初创公司Runway)
APPOSITION_HEADS = ("机构", "公司", "集团", "企业", "厂商", "媒体", "平台", "团队", "实验室", "研究院", "银行", "券商",
                     "基金", "大学", "投行", "智库", "通讯社", "报", "网站", "部门", "政府", "业者", "厂家",
                     "厂", "商")  # any plant (IC设计厂) or trader (承包商, 供应商) names the kind of a company
MANNER_ENDS = ("着", "著", "地")  # what ends the manner of saying between a speaker and the cue (笑着说, 感慨地说)
_MAX_PHRASE = 48  # a speaker phrase longer than this is a clause of its own, not a subject

_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]|【[^【】]*】")
_CJK_WORD = re.compile(r"[\u4e00-\u9fff]+")
_MODIFIER = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]+")  # the words before an unnamed person's role
_CAUSATIVE_FRAMES = frozenset({"这让", "这使", "这令", "让", "令", "使", "这也让", "这不禁让"})
_RECEIVED = frozenset({"获", "获得", "得到", "收到", "获其"})
_REPLIES = frozenset({"回复", "回应", "答复", "回答", "回覆"})
_POINTERS_ALONE = frozenset({"该", "此", "这个", "上述", "前述"})  # before a noun, pointing back at it
_POINTING_FIRSTS = frozenset("该此")  # the first of a word that points back (该案, 该村, 此案)
_COUNTERPARTS = frozenset({"对方"})  # the other side of a contact (记者联系……,对方表示; the view's script)
# verbs of contacting someone, whose object 对方 then stands for (the view's script)
_CONTACTING = frozenset({"联系", "联络", "致电", "询问", "采访", "求证", "咨询", "拨打", "私信", "联系上"})
_PLURAL = "们"  # after a kind of person the segmenter cut it off (网友|们; the view's script)
Kind = Literal["entity", "author", "unnamed", "zero"]
_SUBJECT_CUE = Cue(word="", cls="say", direct=False)  # a subject read without a cue verb


@dataclass(frozen=True)
class Reading:
    """Who a speaker phrase names: an entity key, the article, an unnamed source (its
    label), or nobody because the cue leaves its subject out (``zero``)."""

    kind: Kind
    key: str
    rule: str


_PRONOUN_SEX = {"他": "m", "她": "f"}
# honorifics that end a name and show the person's sex (王先生, 陈女士, 林阿嬷)
_SEXED = {"m": ("先生", "伯", "叔", "爷", "爺", "老汉", "大爷"),
          "f": ("女士", "小姐", "太太", "阿姨", "阿嬷", "阿嬤", "阿婆", "婆婆", "奶奶", "大妈", "大姐", "姐")}


class Scene:
    """What the readers may look at: the folded view, the article's words and mentions,
    entity types, the lexicon, and the unnamed source that spoke last (for 该人士)."""

    def __init__(self, view: str, tokens: Tokens, mentions: Sequence[Mention], types: Mapping[str, EntityType],
                 lex: ClaimLexicon, word_tags: Mapping[str, str] | None = None):
        self.view, self.tokens, self.types, self.lex = view, tokens, types, lex
        self.word_tags: Mapping[str, str] = word_tags or {}  # jieba's tag of each dictionary word (德国 ns)
        self.mentions = tuple(sorted(mentions, key=lambda m: (m.span.start, m.span.end)))
        self.last_unnamed: str | None = None
        self.last_org_speaker: str | None = None  # for 该行又指: the organisation that spoke last
        # the organisation that spoke last in the article, where its words began and where its
        # paragraph ends: an organisation named in that stretch is one its words named
        self.org_voice: tuple[str, int, int] | None = None
        self._phrases: list[tuple[int, str, Reading]] = []  # each speaker phrase read so far: where, its words, who
        self._phrase_starts: set[int] = set()  # where those phrases start: each is noted once
        self._by_start = {m.span.start: m for m in self.mentions}
        self._starts = [m.span.start for m in self.mentions]
        self._organisations: list[tuple[int, str, str]] | None = None
        self.connectives = lex.connectives.index(view, tokens.boundaries)  # where each connective lies
        # each person's sex as the article shows it by an honorific their name takes (王先生, 陈女士):
        # a 她 stands for no 先生 (a 他 or 她 read as someone is no evidence: it may be misread)
        self._sexes: dict[str, str] = {}
        for m in self.mentions:
            sex = next((x for x, words in _SEXED.items() if view.endswith(words, m.span.start, m.span.end)), None)
            if sex is not None and types.get(m.entity) is EntityType.PERSON:
                self._sexes.setdefault(m.entity, sex)

    def agrees(self, key: str, pronoun: str) -> bool:
        """Whether the person ``key`` may be the one ``pronoun`` (他, 她) stands for."""
        sex, said = self._sexes.get(key), _PRONOUN_SEX.get(pronoun)
        return sex is None or said is None or sex == said

    def spoke(self, start: int, phrase: str, kind: Kind, key: str) -> None:
        """Note that the speaker phrase ``phrase`` (经济部官员表示) at ``start`` named this speaker (经济部)."""
        if phrase and start not in self._phrase_starts:
            self._phrase_starts.add(start)
            self._phrases.append((start, phrase, Reading(kind, key, "")))

    def unnamed_since(self, after: int, before: int) -> list[str]:
        """The unnamed sources that spoke in ``[after, before)``, last first."""
        return [r.key for start, _, r in reversed(self._phrases) if after <= start < before and r.kind == "unnamed"]

    def one_unnamed_since(self, after: int, before: int) -> list[str]:
        """The unnamed sources that spoke in ``[after, before)``, last first, that are one person
        a 他 or 她 may stand for: by their role (一位券商分析师) or by a count of one person among
        their words, however the source is labelled (中国某协会一位不愿具名的专家: 专家)."""
        return [r.key for start, phrase, r in reversed(self._phrases)
                if after <= start < before and r.kind == "unnamed"
                and (_one_person(self.lex, r.key)
                     or any(w in self.lex.counts_of_one for w in self.tokens.words(start, start + len(phrase))))]

    def person_spoke(self, before: int) -> tuple[int, int, str] | None:
        """Where the last speaker phrase before ``before`` that named a person begins and ends,
        and that person."""
        for start, phrase, r in reversed(self._phrases):
            if start < before and r.kind == "entity" and self.types.get(r.key) is EntityType.PERSON:
                return start, start + len(phrase), r.key
        return None

    def officer_spoke(self, before: int) -> tuple[int, str] | None:
        """Where the last speaker phrase before ``before`` begins and the organisation it named,
        when it named one through an officer's title (某某银行行长在论坛上表示: the bank), else None."""
        for start, phrase, r in reversed(self._phrases):
            if start < before and r.kind == "entity":
                if self.types.get(r.key) is EntityType.ORGANIZATION and self.lex.roles.in_text(phrase, 1):
                    return start, r.key
                return None
        return None

    def named_by_role(self, role: str) -> Reading | None:
        """Who the last speaker phrase that held ``role`` after other words named (这名官员
        after 经济部官员表示: 经济部)."""
        for _, phrase, reading in reversed(self._phrases):
            if phrase.find(role) > 0:
                return reading
        return None

    def titled(self, title: str, before: int) -> str | None:
        """The speaker named last before ``before`` right after ``title`` (法官某某判刑时指出, for a later
        法官又表示; 控股股东某某集团, for a later 控股股东表示), unless an unnamed source of that title
        spoke since (用户某某……。另一位用户表示……。用户还表示: the other one)."""
        for m in reversed(self.mentions[:bisect_left(self._starts, before)]):
            at = m.span.start - (self.view[m.span.start - 1:m.span.start] in _NAME_QUOTES)  # 博主“某某”
            if self.types.get(m.entity) in _SPEAKING and at >= len(title) and self.view.startswith(title, at - len(title)):
                since = self.unnamed_since(m.span.end, before)
                return None if any(u.endswith(title) for u in since) else m.entity
        return None

    def organisation_ending(self, head: str, before: int) -> str | None:
        """The organisation named last before ``before`` whose name ends in ``head`` and is longer."""
        if self._organisations is None:  # (start, name, entity), made on the first question
            self._organisations = [(m.span.start, self.view[m.span.start:m.span.end], m.entity) for m in self.mentions
                                   if self.types.get(m.entity) is EntityType.ORGANIZATION]
        for start, name, entity in reversed(self._organisations):
            if start < before and name.endswith(head) and len(name) > len(head):
                return entity
        return None

    def mention_at(self, start: int) -> Mention | None:
        return self._by_start.get(start)

    def within(self, start: int, end: int) -> Sequence[Mention]:
        """The mentions that lie wholly inside ``[start, end)``, in order."""
        i, j = bisect_left(self._starts, start), bisect_left(self._starts, end)
        return [m for m in self.mentions[i:j] if m.span.end <= end]

    def last_of(self, before: int, *etypes: EntityType, after: int = 0) -> str | None:
        """The entity of one of ``etypes`` named last in ``[after, before)``."""
        m = self.last_mention(before, *etypes, after=after)
        return m.entity if m is not None else None

    def last_mention(self, before: int, *etypes: EntityType, after: int = 0) -> Mention | None:
        """The mention of an entity of one of ``etypes`` that comes last in ``[after, before)``."""
        i = bisect_left(self._starts, before) - 1
        while i >= 0 and self.mentions[i].span.start >= after:
            m = self.mentions[i]
            if m.span.end <= before and self.types.get(m.entity) in etypes:
                return m
            i -= 1
        return None


def names_person(scene: Scene, reading: Reading) -> bool:
    """Whether ``reading`` is a person the article names (no organisation, no unnamed source)."""
    return reading.kind == "entity" and scene.types.get(reading.key) is EntityType.PERSON


def _party(word: str) -> bool:
    """A party to something (施工方, 运营方, 承建方): a word of three characters ending in 方."""
    return len(word) == 3 and word.endswith("方")


def _apposed_noun(scene: Scene, words, i: int) -> bool:
    """Whether a common noun stands right before the person or organisation named at ``i``, with
    nothing before it that no subject allows (孕妇|陈某某, 嫌犯|李某, 前妻|王某, 老伯|赵某; 承包商|某某营造,
    运营商|某某电信): the noun says what the person or the body is, whatever noun it is."""
    if i == 0 or words[i - 1][1] != words[i][0] \
            or _type_at(scene, words[i]) not in (EntityType.PERSON, EntityType.ORGANIZATION):
        return False
    noun = words[i - 1][2]
    return 2 <= len(noun) <= 3 and _CJK_WORD.fullmatch(noun) is not None \
        and (scene.word_tags.get(noun) == "n" or _party(noun)) \
        and scene.mention_at(words[i - 1][0]) is None and _left_ok(scene, words[:i - 1])


def read_phrase(scene: Scene, start: int, end: int, cue: Cue) -> Reading | None:
    """Who speaks in ``view[start:end]``, the words before ``cue`` in its clause."""
    lex = scene.lex
    words = units(scene, start, end)
    if not words:
        return Reading("zero", "", "attribution.zero_subject.v1")
    if end - start > _MAX_PHRASE:
        return None
    first = words[0][2]
    if len(words) == 1 and first in _RECEIVED and cue.word in _REPLIES:
        return Reading("zero", "", "attribution.reply.v1")  # 获回复: the reply of the one asked
    linked = leading_links(scene, words)
    if linked < len(words) and words[linked][2] in _COUNTERPARTS \
            and all(_adverbial(scene, w) for w in words[linked + 1:]):
        return _counterpart(scene, words[linked][0])  # 记者联系该店铺客服,(但)对方(同时)表示: the one contacted
    counted_document = _counted_document(scene, words)
    if counted_document is not None:  # 国内一项针对8000名学生的追踪研究发现: a study the article names by what it did
        return counted_document
    lead = linked
    if lead < len(words) and words[lead][2] in lex.according:
        return _according(scene, words[lead + 1:], cue)  # 据路透社报道, 另|据知情人士透露
    publisher = _publisher(scene, words[lead:], cue, "attribution.published_by.v1")
    if publisher is not None:  # 一份由某某调研发布的报告显示: its publisher speaks
        return publisher
    if first in lex.reporters and len(words) > 2 and words[1][2] in _LEARNED_FROM:
        source = _learned_from(scene, words[2:])  # 记者从教育部获悉, 记者从知情人士处了解到: the source told
        if source is not None:
            return source
    if first in lex.reporters and cue.cls in ("reveal", "believe", "ask"):  # 记者注意到, 记者追问
        return Reading("author", "", "attribution.reporter_cue.v1")
    if first in lex.self_words and all(_adverbial(scene, w) for w in words[1:]):
        return Reading("author", "", "attribution.self_reference.v1")  # 本公司董事会宣布: the publisher
    k = len(words)
    saying = _saying_after(scene, words)
    while k > 1:
        if _adverbial(scene, words[k - 1]) or words[k - 1][2] in lex.cues:
            k -= 1  # 李发言人还指出, 李发言人回应称: adverbs and a verb of saying before the cue
        elif (manner := _manner_start(scene, words, k, saying)) is not None:
            k = manner  # 陈老板笑着说, 李教授有些无奈地说, 李教授擦了擦汗说: how the words were said
        else:
            break
    named = 0  # (但)王律师指出, (但)今年的政府工作报告提出: the connectives before the subject
    while named < k - 1 and words[named][2] in lex.connectives:
        named += 1
    phrase = scene.view[words[named][0]:words[k - 1][1]]
    titled = _surname_title(scene, phrase, start)
    if titled is not None:  # 李发言人, 王部长: the person of that surname named before
        return Reading("entity", titled, "attribution.surname_title.v1")
    if (is_role(lex, phrase) or lex.unnamed_heads.suffix(phrase)) and _CJK_WORD.fullmatch(phrase) \
            and not scene.within(start, end) and (titled := scene.titled(phrase, start)) is not None:
        return Reading("entity", titled, "attribution.role_anaphor.v1")  # 法官又表示 after 法官某某, 控股股东表示
    # 年度报告显示: a document no one is named for
    ends_in_person = any(m.span.end == words[k - 1][1] and scene.types.get(m.entity) is EntityType.PERSON
                         for m in scene.within(start, end))
    if _named_document(scene, words[named:k]):
        return Reading("unnamed", scene.view[words[named][0]:words[k - 1][1]], "attribution.unnamed_source.v1")
    i = 0
    while i < len(words):
        if not _head_start(scene, words, i):
            i += 1
            continue
        placed, field = False, None
        left_ok = (_left_ok(scene, words[:i]) or _apposed_noun(scene, words, i)) \
            and not (scene.mention_at(words[i][0]) is None and _acts(scene, words[:i]))  # 林女士联系|工作人员
        if not left_ok or words[i][2] in lex.groups or words[i][2] in _PLAIN_BODIES:
            # 调研|团队, 快递|公司: a group's field or a company's trade, though it may open a frame too
            field = _field_of_group(scene, words, i)  # 法律|人士, 金融|专家: the field of an unnamed group
            if not left_ok and field is None and not _place_words(scene, words[:i]):
                i += 1
                continue
            placed = not left_ok and field is None  # 德国经济部长某某, 该国贸易部长某某: where the office is, before it
        if words[i][2] in _PLAIN_BODIES and i + 1 < len(words) \
                and _type_at(scene, words[i + 1]) is EntityType.ORGANIZATION:
            i += 1  # 金融科技公司|某某数码: the kind before a name, which the next start reads
            continue
        j = _chain_end(scene, words, i)
        rest = words[j:]
        kind = _rest_kind(scene, rest)
        if kind is None:
            i = max(i + 1, j)
            continue
        if field is not None and words[i][2] in _PLAIN_BODIES:
            reading = _kind_of_body(scene, scene.view[words[field][0]:words[i][1]], start)  # 配送|公司
        elif j == i + 1 and _body_of_a_kind(scene, words[i][2]) and scene.mention_at(words[i][0]) is None:
            reading = _kind_of_body(scene, words[i][2], start)  # 物业公司, one word
        elif j > i + 1 and _body_of_a_kind(scene, words[i][2]) and scene.mention_at(words[i][0]) is None \
                and _officer_at(lex, words, i + 1) == j:
            body = _kind_of_body(scene, words[i][2], start)  # 物业公司|项目经理: the body's officer speaks for it
            reading = body if body.kind == "entity" else Reading("unnamed", scene.view[words[i][0]:words[j - 1][1]],
                                                                 body.rule)
        elif j == i + 1 and j < len(words) and words[j][2] == SIDE and scene.mention_at(words[i][0]) is None \
                and _side_noun(scene, words[i][2]):
            reading = _kind_of_body(scene, words[i][2], start)  # 机场|方面: the body of that kind
        else:
            reading = _head(scene, words[i:j], words[:i], cue)
        if (reading is None or reading.kind == "unnamed") and j - i == 1 and i > 0 and words[0][2] not in lex.quantifiers \
                and is_role(lex, words[i][2]) and (body := _body_before(scene, words[i - 1])) is not None:
            reading = Reading("entity", body, _rule(cue))  # 运输及|物流局|发言人: the body its officer speaks for
        if field is not None and (reading is None or reading.kind != "unnamed"):
            i += 1  # 监管人士|孙雅琴: the group is a title before a name, which the next start reads
            continue
        if reading is None or placed and not _placed_speaker(scene, reading, words[i:j]) \
                or ends_in_person and j < k and reading.kind == "unnamed":
            i = max(i + 1, j)  # (研究共同作者、公卫学者某某: the person named last, not the study)
            continue
        if field is not None:
            reading = Reading("unnamed", scene.view[words[field][0]:words[j - 1][1]], reading.rule)
        if kind == "joint" and reading.kind in ("entity", "author"):
            return Reading("author", "", "attribution.joint_statement.v1")
        return reading
    if all(_adverbial(scene, w) or w[2] in lex.connectives or w[2] in WHILE for w in words[:k]) \
            or _rest_kind(scene, words) == "plain" and not cue.word.startswith(_EXPECTED):
        # 但表示, 同时还强调, (一边收拾桌面,)一边说, 但反驳|称: the subject left out (a verb of saying
        # before the cue is the cue's; not 召回费用|预计: a thing expected)
        return Reading("zero", "", "attribution.zero_subject.v1")
    return _counted_group(scene, words) or _unknown_body_officer(scene, words[:k]) or _people_of_a_kind(scene, words, k)


def _person_met(scene: Scene, before: int, quoted: Sequence[Span] = ()) -> str | None:
    """The person the sentence before ``before`` meets by role alone, named by no name (我问过
    面馆|老板,他坦言; 记者联系了一位|快递员,他说): the last role or kind of person in the
    sentence, with the words of its trade glued before it, where no named person stands."""
    view = scene.view
    opened = sentence_start(view, before)
    words = [(a, b, view[a:b]) for a, b in scene.tokens.between(opened, before)]
    if any(scene.types.get(m.entity) is EntityType.PERSON for m in scene.within(opened, before)) \
            or any(w in scene.lex.person_pronouns for _, _, w in words):
        return None  # 她告诉一位同事,她说: the one who told, a pronoun before
    for k in range(len(words) - 1, -1, -1):
        w = words[k][2]
        if quoted and inside(quoted, words[k][0]):
            continue  # 「组长还叫我们……」她说: who is named in someone's words is not met
        if k + 1 < len(words) and words[k + 1][0] == words[k][1] \
                and (scene.word_tags.get(words[k + 1][2]) or "")[:1] == "n":
            continue  # 至于|渔民|权益: a noun that modifies the next, no one met
        if (is_role(scene.lex, w) or w in scene.lex.unnamed_heads or _noun_of_a_kind(scene, w)) \
                and not scene.lex.groups.suffix(w) and scene.mention_at(words[k][0]) is None \
                and w not in scene.lex.reporters:  # (快递员: a noun of a kind of person)
            return view[words[_field_start(scene, words, k, _PERSON_FIELD_TAGS)][0]:words[k][1]]
    return None


def _person_met_before(scene: Scene, start: int) -> str | None:
    """The person the sentence before the one ``start`` is in meets by role alone, where nothing
    in this one before ``start`` is a name (一名遇难者的女儿赶到现场。她告诉记者: the daughter)."""
    this = sentence_start(scene.view, start)
    if this == 0 or any(scene.types.get(m.entity) is EntityType.PERSON for m in scene.within(this, start)):
        return None
    return _person_met(scene, this - 1, quotations(scene.view, sentence_start(scene.view, this - 1), this))


def _counted_document(scene: Scene, words) -> Reading | None:
    """A document counted as one among others (一项, 一份), new or another (一项|最新|调查, 另|一项|研究)
    or described by what it did or covered (国内|一项|针对|8000名|学生|的|追踪|研究): an unnamed
    source, labelled by the words after the last 的 or the count; None where a mention stands in the words
    (the publisher's, read by the other sieves) or the last word is no document."""
    count = next((k for k, w in enumerate(words[:-1]) if w[2] in _DOCUMENT_COUNTS), None)
    if count is None or words[-1][2] not in scene.lex.documents \
            or any(scene.mention_at(a) is not None or w in _PUBLISHES for a, _, w in words[count:]):
        return None  # (一份由多国科研机构联合发布的报告: its publisher's, which _publisher reads)
    owner = [w for w in words[:count] if w[2] != "的"]
    if len(owner) == 1 and (m := scene.mention_at(owner[0][0])) is not None and m.span.end == owner[0][1] \
            and scene.types.get(m.entity) in _SPEAKING:
        return Reading("entity", m.entity, "attribution.published_by.v1")  # 某某大学(的)一项研究显示: its maker's
    if not all(_adverbial(scene, w) or w[2] in scene.lex.place_words for w in owner):
        return None  # 他引述一项民意调查指: who cites it speaks; (国内|一项……研究: where it was made)
    of = max((k for k in range(count + 1, len(words) - 1) if words[k][2] == "的"), default=count)
    return Reading("unnamed", scene.view[words[of + 1][0]:words[-1][1]], "attribution.unnamed_source.v1")


def _unknown_body_officer(scene: Scene, words) -> Reading | None:
    """An officer of a body no rule names, the body's nouns before the title opening the clause
    (乘用车|市场|信息|联席会|秘书长表示): a source the article names by office, not its own
    voice. Nouns only, none a mention, a cue or a word that opens a frame; None otherwise."""
    k = leading_links(scene, words)
    while k < len(words) and _adverbial(scene, words[k]):
        k += 1
    if len(words) > 2 and words[-1][2] in scene.lex.closers:  # ……法官|接受|采访|时: the occasion, after the title
        words = words[:next((x for x in range(k + 1, len(words)) if words[x][2] in scene.lex.prepositions), len(words))]
    nouns, title = words[k:-1], words[-1] if words else None
    if title is None or not nouns or not is_role(scene.lex, title[2]) or scene.mention_at(title[0]) is not None:
        return None
    # 该|项目|负责人, 该案|主审|法官: what the body or the matter is, pointed back at
    pointed = 1 if nouns[0][2] in _POINTERS_ALONE or len(nouns[0][2]) == 2 and nouns[0][2][0] in _POINTING_FIRSTS else 0
    if not all(_CJK_WORD.fullmatch(w) and (scene.word_tags.get(w) in (_BODY_NOUN_TAGS if n == 0 else _BODY_WORD_TAGS)
                                           or _body_character(scene, w, n == 0))
               and scene.mention_at(a) is None and w not in scene.lex.cues and w not in scene.lex.prepositions
               for n, (a, _, w) in enumerate(nouns[pointed:])) or pointed and nouns[0][2] in _POINTERS_ALONE \
            and len(nouns) == 1:
        return None  # 电池|回收|产业|联席会: a verb of the body's field after a noun, not one that opens the clause
    return Reading("unnamed", scene.view[nouns[0][0]:title[1]], "attribution.unnamed_source.v1")


def _body_character(scene: Scene, w: str, first: bool) -> bool:
    """One character of a body's name the segmenter left alone: its level before it (市|防汛|办)
    or the head that ends it (防汛|办, 统计|局)."""
    return len(w) == 1 and (first and w in scene.lex.admin_levels or not first and w in scene.lex.bound_heads)


def _counterpart(scene: Scene, before: int) -> Reading:
    """Whom 对方 stands for: the one a verb of contacting took as its object in the clause right
    before (记者联系该店铺客服,对方表示; 记者致电华信集团,对方称): the entity named there, else an unnamed
    source under the object's words; 对方 itself where no such clause stands before it."""
    view = scene.view
    clause = view.rfind(",", 0, before)
    words = units(scene, sentence_start(view, clause), clause) if clause > 0 else []
    k = next((k for k in range(len(words) - 1, -1, -1) if words[k][2] in _CONTACTING), None)
    if k is None or k + 1 == len(words):
        return Reading("unnamed", view[before:before + 2], "attribution.unnamed_anaphor.v1")
    named = [m for w in words[k + 1:] if (m := scene.mention_at(w[0])) is not None
             and scene.types.get(m.entity) in _SPEAKING]
    if named:
        return Reading("entity", named[-1].entity, "attribution.counterpart.v1")
    return Reading("unnamed", view[words[k + 1][0]:words[-1][1]], "attribution.counterpart.v1")


def _numbered(words, k: int) -> bool:
    """Whether a number and a classifier start at word ``k`` with a kind after them (30|家|银行,
    20|余位|经销商, 30|家车|企 where the segmenter glued the classifier to the kind): a count, as a
    quantifier is."""
    return k + 2 < len(words) and _NUMBER.fullmatch(words[k][2]) is not None \
        and (words[k + 1][2] in _COUNTERS or words[k + 1][2][:1] in _COUNTERS) \
        or k + 1 < len(words) and COUNT_WORD.fullmatch(words[k][2]) is not None  # 十多名|议员: one word


def _learned_from(scene: Scene, words) -> Reading | None:
    """Who told the reporter, named right after 从 (记者从教育部获悉): an organisation or a
    person, or an unnamed source, a group or a service named by its work (交警部门, 交警支队), and
    the 处 or 方面 after it (记者从知情人士处获悉); None for anything else."""
    if len(words) > 1 and words[0][2] in scene.lex.admin_levels and words[0][1] == words[1][0]:
        words = words[1:]  # 记者从市|医保局获悉: the level of the body named after it
    m = scene.mention_at(words[0][0])
    if m is not None and scene.types.get(m.entity) in _SPEAKING:
        return Reading("entity", m.entity, "attribution.learned_from.v1")
    text = scene.view[words[0][0]:words[-1][1]].removesuffix("方面").removesuffix("处")
    lex = scene.lex
    if text in lex.unnamed_sources or text in lex.unnamed_heads or _CJK_WORD.fullmatch(text) is not None \
            and (lex.groups.suffix(text) or lex.services.suffix(text)):  # 记者从交警部门了解到, 从市交警支队获悉
        return Reading("unnamed", text, "attribution.learned_from.v1")
    label = _unnamed_label(scene, [w for _, _, w in words], text, Span(start=words[0][0], end=words[-1][1]))
    if label is not None:  # 记者从多家航空公司获悉: a group the article counts but does not name
        return Reading("unnamed", label, "attribution.learned_from.v1")
    return None


def _body_before(scene: Scene, word) -> str | None:
    """The organisation a mention right before a role names (its key), if it names one."""
    m = scene.mention_at(word[0])
    return m.entity if m is not None and m.span.end == word[1] and scene.types.get(m.entity) is EntityType.ORGANIZATION \
        else None


def _channel(scene: Scene, m: Mention) -> bool:
    """Whether a mention names a channel an organisation speaks through (微博 in 小米官方微博,
    公众号): the channel's words, or a platform right after 官方."""
    view = scene.view
    return view[m.span.start:m.span.end] in scene.lex.channels or view[max(0, m.span.start - 2):m.span.start] == "官方"


def _placed_speaker(scene: Scene, reading: Reading, chain) -> bool:
    """Whether a subject after names of places speaks: a person named by an office there
    (德国经济部长某某), an organisation set in apposition to its kind (德国研究机构某某,
    日本车企某某), which the place describes, or an unnamed group of that place (日本车企)."""
    if reading.kind == "unnamed":
        return True  # 日本车企, 德国业内人士: a group of that place, unnamed
    if reading.kind != "entity":
        return False
    etype = scene.types.get(reading.key)
    return etype is EntityType.PERSON or etype is EntityType.ORGANIZATION \
        and any(w.endswith(APPOSITION_HEADS) and scene.mention_at(a) is None for a, _, w in chain)


def _people_of_a_kind(scene: Scene, words, k: int) -> Reading | None:
    """People of a kind the article does not name, by the dictionary's noun of the kind and the
    nouns of its field before it, right before the cue but for adverbs (预报员表示, 气象单位预报员表示,
    售货员说; not 劳动者便失去了|解释: a predicate of its own; not 记者: the article's own)."""
    lex, kind = scene.lex, words[:k]
    if not 1 <= len(kind) <= 3 or not _noun_of_a_kind(scene, kind[-1][2]) or kind[-1][2] in lex.reporters \
            or scene.within(kind[0][0], kind[-1][1]) \
            or not all(scene.word_tags.get(w) in _FIELD_NOUN_TAGS for _, _, w in kind[:-1]) \
            or not all(w in lex.adverbs or w in lex.links for _, _, w in words[k:]):
        return None
    return Reading("unnamed", scene.view[kind[0][0]:kind[-1][1]], "attribution.unnamed_source.v1")


def _counted_group(scene: Scene, words) -> Reading | None:
    """A group the article counts but does not name (有一些中小企业, 也有部分经销商): a
    quantifier, then nouns that name no entity, then the cue."""
    lex = scene.lex
    k = 0
    while k < len(words) and (_adverbial(scene, words[k]) or words[k][2] in lex.connectives) \
            and not _numbered(words, k):
        k += 1  # adverbs and time words before the count (昨天|30|余家), not the count's number
    told = next((x for x in range(k + 2, len(words)) if words[x][2] in lex.prepositions), len(words))
    words = words[:told]  # 有餐饮老板|向记者抱怨: the one told is no part of the group
    of = k  # where the label starts: an organisation the group belongs to stands before its count
    owner = next((x for x in range(k + 1, min(len(words), k + 4)) if words[x][2] in lex.quantifiers), None)
    if owner is not None and (_is_entity(scene, words[k]) and owner == k + 1
                              or all(_name_word(scene, w) for w in words[k:owner])):
        k = owner  # 某某科技一名不愿具名的员工: one of the company's people, not the company
    former = next((x for x in range(k + 1, min(len(words), k + 4)) if words[x][2] in _FORMER), None)
    if former is not None and all(_name_word(scene, w) for w in words[k:former]) and 1 <= len(words) - former - 1 <= 2:
        held = "".join(w for _, _, w in words[former + 1:])  # 某某数据|前|高管, 前|首席|执行官: who held a role there
        if is_role(lex, held) or held in lex.unnamed_heads:
            return Reading("unnamed", scene.view[words[of][0]:words[-1][1]], "attribution.unnamed_source.v1")
    if k < len(words) - 1 and words[-1][2] in lex.unnamed_heads and not is_role(lex, words[-1][2]) \
            and all(_name_word(scene, w) for w in words[k:-1]) and not scene.within(words[k][0], words[-1][1]):
        return Reading("unnamed", scene.view[words[k][0]:words[-1][1]], "attribution.unnamed_source.v1")  # 某某数据|前员工
    if k >= len(words):
        return None
    glued = lex.quantifiers.prefix(words[k][2])  # 有车|企: the segmenter glued the quantifier on
    numbered = _numbered(words, k + 1 if words[k][2] in _APPROXIMATELY else k)  # 30|家|银行, 约|30|余家|银行
    if k >= len(words) - 1 or not (words[k][2] in lex.quantifiers or glued is not None and glued != words[k][2]
                                   or numbered):
        return None
    last_of = max((x for x in range(k + 1, len(words)) if words[x][2] == "的"), default=k)
    # a modifier before 的 may hold a cue, a place or a preposition (一名不愿公开身份的人士, 一位在北京
    # 跑车五年的司机); the head after it names no entity and holds none
    if scene.within(words[last_of][0] if last_of > k else words[k][0], words[-1][1]) or any(
            w in lex.prepositions and x > last_of or w in lex.cues and x > last_of or not w.strip()
            for x, (_, _, w) in enumerate(words[k + 1:], k + 1)):
        return None
    last = len(words)
    if (cut := _before_act(lex, [w for _, _, w in words])) is not None and cut > k + 1:
        last = cut  # 一位|老人|拉着|记者|的|手|说: what it did as it spoke is no part of it
    while last > k + 2 and _adverbial(scene, words[last - 1]):
        last -= 1  # 另一家代理商的业务主管|则透露: the adverbs before the cue name no one
    text = scene.view[words[of][0]:words[last - 1][1]]
    if len(words) - max(k, last_of) > _GROUP_WORDS:
        return None
    return Reading("unnamed", text, "attribution.unnamed_source.v1")


def opening_subject(scene: Scene, start: int, end: int) -> Reading | None:
    """The speaker a clause opens with, after adverbs, time words and connectives: a
    person or organisation at the end of a title chain (经济部长王立新今天……), a pronoun,
    an unnamed group (大家普遍……, 不少投资者已经……)."""
    words = units(scene, start, end)
    i = 0
    while i < len(words) and (_adverbial(scene, words[i]) or words[i][2] in scene.lex.connectives
                              or i and words[i][2] == "," and words[i - 1][2] in scene.lex.connectives):
        i += 1  # (不过,|花旗分析师……: the comma after a connective)
    timed = next((k for k in range(i + 1, min(len(words), i + 3)) if _when_done(scene, words, k)), None)
    if timed is not None and timed + 1 < len(words) and words[timed + 1][2] not in (",", "的"):
        i = timed + 1  # 中场|休息|时|我跟他们说: a time told by what was done, then the clause's subject
    if i < len(words) and (not _head_start(scene, words, i)
                           or _type_at(scene, words[i]) is not EntityType.PERSON and words[i][2] in scene.lex.unnamed_heads):
        # 在义乌经营小商品的|王女士算了一笔账, 孩子在某小学读二年级的|王大山: the person the clause describes
        i = _after_relative(scene, words, i)
    if i >= len(words) or not _head_start(scene, words, i):
        return None
    return _head(scene, words[i:_chain_end(scene, words, i)], words[:i], _SUBJECT_CUE)


def _after_relative(scene: Scene, words, i: int) -> int:
    """Where a person named right after a relative clause (……的 某某) starts, if one is;
    else ``i``."""
    return next((k for k in range(i + 1, len(words)) if words[k - 1][2] == "的"
                 and _type_at(scene, words[k]) is EntityType.PERSON), i)


def group_subject(scene: Scene, start: int, end: int) -> Reading | None:
    """The unnamed group a clause opens with (大家普遍……): the subject a cue in the next
    clause leaves out (……,害怕……)."""
    reading = opening_subject(scene, start, end)
    if reading is None or reading.kind != "unnamed":
        return None
    return Reading("unnamed", reading.key, "attribution.group_subject.v1")


def leading_links(scene: Scene, words: Sequence[tuple[int, int, str]]) -> int:
    """How many of ``words`` open the phrase as adverbs or connectives (另|据, 而|据, 此外|据)."""
    lex, i = scene.lex, 0
    while i < len(words) - 1 and words[i][2] not in lex.according \
            and (words[i][2] in lex.adverbs or words[i][2] in lex.connectives):
        i += 1
    return i


def units(scene: Scene, start: int, end: int) -> list[tuple[int, int, str]]:
    """The phrase's tokens, with a run of tokens that makes one speaker-phrase word merged
    into it (知情/人士 -> 知情人士, 也/有 -> 也有)."""
    view, lex = scene.view, scene.lex
    tokens = scene.tokens.clipped(start, end)
    ends = {b for _, b in tokens}
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(tokens):
        a, b = tokens[i]
        if b - a == 1 and _marks_name(scene, a):
            i += 1  # 网友“某某”称: the marks around a name are no words of the phrase
            continue
        close = view.find(")", b, end) if view[a] == "(" and out and is_role(lex, out[-1][2]) else -1
        if close > 0:  # 总行政经理(质素及安全)某某: the remit glossed after a title is no word of the phrase
            while i < len(tokens) and tokens[i][0] <= close:
                i += 1
            continue
        best = b
        if scene.mention_at(a) is None:
            found = lex.phrase_words.match(view, a, ends, end)
            if found is not None and found[0] > best:
                best = found[0]
            elif i + 1 < len(tokens) and tokens[i + 1][0] == b and is_time_word(view[a:tokens[i + 1][1]]):
                best = tokens[i + 1][1]  # 上|月, 上周|四: a time word the segmenter cut in two
        out.append((a, best, view[a:best]))
        while i < len(tokens) and tokens[i][0] < best:
            i += 1
    return out


def _marks_name(scene: Scene, pos: int) -> bool:
    """Whether the mark at ``pos`` opens or closes marks around exactly one mention
    (博主“某某测评”, 初创公司「某某」, 《某某日报》): a name in marks, not a quotation."""
    view, mark = scene.view, scene.view[pos]
    m = scene.mention_at(pos + 1) if mark in _NAME_MARKS else None  # a straight quote opens and closes
    if m is not None and view[m.span.end:m.span.end + 1] == _NAME_MARKS[mark]:
        return scene.types.get(m.entity) in _SPEAKING  # 《某某日报》 speaks; 《某某意见》, a work, stays in its marks
    return mark in _NAME_CLOSERS and any(m.span.end == pos and m.span.start > 0 and scene.types.get(m.entity) in _SPEAKING
                                         and _NAME_MARKS.get(view[m.span.start - 1]) == mark
                                         for m in scene.within(max(0, pos - _LONGEST_MARKED), pos))


def _publisher(scene: Scene, words, cue: Cue, rule: str) -> Reading | None:
    """Who published the document a phrase ends with (某某发布的报告, 一份由某某出具的报告, 据某某
    公布的数据), read from the words before the verb of publishing, after a count and 由, under
    ``rule``; None where the phrase ends otherwise or those words name no one."""
    lex = scene.lex
    if len(words) < 4 or words[-1][2] not in lex.documents:
        return None
    of = max((k for k in range(len(words) - 1) if words[k][2] == "的"), default=0)
    if of < 2 or words[of - 1][2] not in _PUBLISHES or of < len(words) - 2 and not _named_document(scene, words[of + 1:]):
        return None  # (某某公布的|全国学生体质与健康|调研|结果: the words that say which document)
    first = 0
    while first < of - 1 and (words[first][2] in lex.quantifiers or words[first][2] in _BEFORE_PUBLISHER):
        first += 1
    inner = read_phrase(scene, words[first][0], words[of - 2][1], cue) if first < of - 1 else None
    return Reading(inner.kind, inner.key, rule) if inner is not None and inner.kind in ("entity", "unnamed") else None


def _according(scene: Scene, words: list[tuple[int, int, str]], cue: Cue) -> Reading | None:
    """据亚马逊公布 / 根据IDC的最新报告 / 据内媒报道: the source after the according word;
    据不完全统计 / 据初步估算, which name none, an unnamed source: the reckoning."""
    lex = scene.lex
    if words and words[0][2] in lex.self_words:
        return Reading("author", "", "attribution.self_reference.v1")  # 据本报(此前)调查: the article's own finding
    publisher = _publisher(scene, words, cue, "attribution.according_to.v1")
    if publisher is not None:  # 据某某发布的报告: its publisher
        return publisher
    document = len(words)
    if words and (len(words) > 1 and words[-1][2] in lex.documents or _reckoning(lex, words[-1][2])):
        document -= 1
    while document > 1 and words[document - 1][2] in lex.methods:
        document -= 1  # 据气象部门监测, 据记者走访调查: the source is who did it, not how
    k = document
    while k > 0 and words[k - 1][2] in lex.source_qualifiers:
        k -= 1  # 据业内不完全统计: the source is what stands before the words of how it reckoned
    if k == 0:  # 据不完全统计, 据初步估算: the reckoning names no one
        said = scene.view[words[0][0]:words[-1][1]] if words else ""
        return Reading("unnamed", said + cue.word, "attribution.according_to.v1") if said + cue.word else None
    start, end = words[0][0], words[k - 1][1]
    named = [m for m in scene.within(start, end) if scene.types.get(m.entity) in (*_SPEAKING, EntityType.CREATIVE_WORK)]
    if named:
        persons = [m for m in named if scene.types.get(m.entity) is EntityType.PERSON]
        if not persons:  # 据某某科技前员工透露: the company says who they are, not what they say
            inner = read_phrase(scene, start, end, cue)
            if inner is not None and inner.kind == "unnamed":
                return Reading("unnamed", inner.key, "attribution.according_to.v1")
        return Reading("entity", (persons or named)[-1].entity, "attribution.according_to.v1")
    inner = read_phrase(scene, start, end, cue)
    if inner is not None and inner.kind == "entity":  # 据银行方面通报: the bank named before, as 银行方面表示 reads
        return Reading("entity", inner.key, "attribution.according_to.v1")
    label = scene.view[start:end].strip("《》「」 的")
    document = lex.documents.suffix(label)
    source = lex.unnamed_sources.suffix(label) if document is None else None
    if document and len(document) < len(label):
        label = label[:-len(document)].rstrip("的 ")  # 据内媒报道 -> 内媒
    elif source and len(source) < len(label) and source in lex.spread \
            and label[:-len(source)].rstrip("的 ") in lex.unnamed_sources:
        label = label[:-len(source)].rstrip("的 ")  # 据外界消息 -> 外界, but 据日本媒体称, 据市场监管部门 stay whole
    published = next((w for w in _PUBLISHES if label.endswith(w) and len(w) < len(label)), None)
    if published is not None:
        label = label[:-len(published)]  # 据巴方公布的数据 -> 巴方: who put it out, not the verb
    person = _pronoun(scene, label, start)
    if person is not None:
        return Reading("entity", person, "attribution.according_to.v1")
    return Reading("unnamed", label, "attribution.according_to.v1") if label else None


def _reckoning(lex: ClaimLexicon, word: str) -> bool:
    """初步统计 as one word: the words of how a reckoning was made glued to the reckoning."""
    document = lex.documents.suffix(word)
    return document is not None and len(document) < len(word) and word[:-len(document)] in lex.source_qualifiers


def _head_start(scene: Scene, words, i: int) -> bool:
    """Whether a subject may begin at word ``i``."""
    a, _, w = words[i]
    lex = scene.lex
    m = scene.mention_at(a)
    if m is not None:
        return scene.types.get(m.entity) in (*_SPEAKING, EntityType.CREATIVE_WORK, EntityType.PRODUCT)
    return (w in lex.person_pronouns or w in lex.plural_pronouns or w in lex.first_pronouns or w in lex.org_anaphors
            or w in lex.unnamed_anaphors or w in lex.person_anaphors or w in lex.documents
            or w in lex.unnamed_sources or w in lex.unnamed_heads or w in lex.quantifiers or lex.groups.suffix(w)
            or _CJK_WORD.fullmatch(w) is not None and ends_in_source_head(lex, w) or _body_of_a_kind(scene, w)
            or i + 1 < len(words) and words[i + 1][2] == SIDE and _side_noun(scene, w)
            or i + 1 < len(words) and words[i + 1][2] == _PLURAL and _kind_of_people(scene, w)
            or is_role(lex, w) or (_demonstrative(w) or w in lex.role_modifiers) and i + 1 < len(words)
            and _role_or_head(scene, words[i + 1][2])
            or (w.endswith(lex.org_heads) or w[-1:] in lex.bound_heads) and _named_by_head(scene, [w], a) is not None)


def _named_document(scene: Scene, words) -> bool:
    """Whether ``words`` are a document after the nouns and time words that say which (今年的|
    政府|工作|报告, 年度|报告, 体质|与|健康|调研|结果), none a mention or a word of anyone's; or one
    word that holds such nouns and the document (审计报告, 调查报告: the segmenter's one word)."""
    if len(words) == 1:
        w = words[0][2]
        document = scene.lex.documents.suffix(w)
        return document is not None and len(w) > len(document) and scene.mention_at(words[0][0]) is None \
            and (scene.word_tags.get(w) == "n" or scene.word_tags.get(w[:-len(document)]) in _DOCUMENT_WORD_TAGS)
    if words[-1][2] not in scene.lex.documents:
        return False
    return all(scene.mention_at(a) is None and (w in _DOCUMENT_JOINS or is_time(w) or _CJK_WORD.fullmatch(w) is not None
                                                and scene.word_tags.get(w) in _DOCUMENT_WORD_TAGS)
               for a, _, w in words[:-1])


def ends_in_source_head(lex: ClaimLexicon, w: str) -> bool:
    """Whether ``w`` is words of a field or a kind and then a source's head of two or more
    characters (死者|家属 as one word, 气象专家, 行业人士): a group the article does not name."""
    head = lex.unnamed_heads.suffix(w)
    return head is not None and 2 <= len(head) < len(w)


def _demonstrative(w: str) -> bool:
    return w in ("该", "这位", "这名", "此", "上述", "前述", "该名", "这个", "那位")


def _role_or_head(scene: Scene, w: str) -> bool:
    """A role, a source's head or a document, or a noun a speaker phrase before held after other
    words (该博主 after 微博博主某某爆料称)."""
    lex = scene.lex
    return is_role(lex, w) or w in lex.unnamed_heads or w in lex.documents \
        or len(w) >= 2 and _CJK_WORD.fullmatch(w) is not None and scene.named_by_role(w) is not None


def _acts(scene: Scene, left) -> bool:
    """Whether a person named before other words acts in them (林女士|联系|店铺|工作人员): the
    words after are a predicate, and a source's head at their end its object, no subject."""
    return any(scene.types.get(m.entity) is EntityType.PERSON and k + 1 < len(left) and left[k + 1][2] not in _OWNING
               for k, w in enumerate(left) if (m := scene.mention_at(w[0])) is not None)


_OWNING = frozenset({"的", "之", "所属", "旗下", "名下"})  # after a name, what it owns follows (某某所属公司)


def _left_ok(scene: Scene, left) -> bool:
    """What stands before a subject in its clause: nothing, adverbs and time words,
    connectives, a prepositional lead-in (在发布会上), or a modifier ending in 的 (and the period
    a document covers or a word that qualifies it: 某某公布的|第三季度|业绩, ……的|初步|数据)."""
    while len(left) > 1 and (_PERIOD.fullmatch(left[-1][2]) or left[-1][2] in scene.lex.source_qualifiers
                             or scene.word_tags.get(left[-1][2]) in _QUALITY_TAGS or _AGE.fullmatch(left[-1][2])) \
            and left[-2][2] == "的":
        left = left[:-1]  # 某某公布的|第三季度|业绩, 某某公布的|初步|数据, ……广场的|年轻|妈妈, ……的|三十二岁|妈妈
    if len(left) > 2 and left[-1][2] == "岁" and left[-2][2].isdigit() and left[-3][2] == "的":
        left = left[:-2]  # ……的|68|岁|妈妈: an age the segmenter cut after its number
    if left and len(left[-1][2]) == 2 and left[-1][2][1] == "姓" and left[-1][2][0] in SURNAMES:
        left = left[:-1]  # 何姓|女子, 陈姓|市民: the surname one goes by, a modifier of the person
    if left and left[-1][2] in scene.lex.admin_levels and scene.mention_at(left[-1][1]) is not None:
        left = left[:-1]  # 市|发改委: the level of the body named after it, part of its name
    if len(left) >= 2 and left[-1][2].endswith(_DEPARTMENT_HEADS) and _CJK_WORD.fullmatch(left[-1][2]) \
            and scene.mention_at(left[-2][0]) is not None:
        return _left_ok(scene, left[:-1])  # 某某公司|项目部|一名负责人: one counted in a department of the body
    if not left:
        return True
    if any(w in _DISPOSAL for _, _, w in left):
        return False  # 会把|村民的|意见|向政府反映: what 把 takes is the object of a predicate, no subject
    text = _BRACKETED.sub("", scene.view[left[0][0]:left[-1][1]]).strip()  # (路透社北京10日电)苹果……
    if not text or text.endswith(_LEFT_OK_ENDINGS) or text.endswith(APPOSITION_HEADS) or scene.lex.kinds.suffix(text) \
            or len(text) > 2 and text.endswith(scene.lex.org_heads) and _CJK_WORD.fullmatch(text):
        return True  # (台湾透析照护协会|一名理事: a body no one has named before, one of its people)
    last = left[-1][2]
    if is_role(scene.lex, last) or last in scene.lex.unnamed_heads or scene.mention_at(left[-1][0]) is not None \
            or _party(last) and len(left) == 1:
        return True  # apposition: 分析机构Acme Data, 议员许志明, 施工方某某公司 (a party by its part in a deal)
    if text.endswith(AGENT_SUFFIXES) or scene.lex.unnamed_heads.suffix(text) or _noun_of_a_kind(scene, last) \
            or len(last) == 1 and last in KIND_OF_PERSON_ENDS and len(left) >= 2 and len(left[-2][2]) >= 2 \
            and scene.word_tags.get(left[-2][2], "n") in _CUT_KIND_TAGS and _CJK_WORD.fullmatch(left[-2][2]):
        # apposition to a kind of person: 另一名求职者阿杰, 一位老用户陈先生, 首席预报员刘某, 退休职工房大爷,
        # 科技部落|客|某某, 退休|族|某某 (the kind's last character cut off on its own)
        return True
    if left[0][2] in scene.lex.prepositions and left[-1][2] in scene.lex.closers:
        return True
    if text in _CAUSATIVE_FRAMES:
        return True  # 这让我想起
    if len(left) == 2 and last in _INSIDE and scene.mention_at(left[0][0]) is not None:
        return True  # 某某组织|内部|有消息指: a source inside the body, which it does not name
    return all(_adverbial(scene, w) or w[2] in scene.lex.connectives for w in left)


def _document_publisher(scene: Scene, left) -> Mention | None:
    """The mention that published the document after ``left`` (某某集团的公告, 某某周二盘后公布的
    财报, 彭博汇编的数据): the name right before 的, or before the time words and the verb of
    publishing or of method that stand between it and 的; time words after 的 are the
    document's period (某某公布的|第三季度|业绩)."""
    while len(left) > 2 and left[-1][2] != "的" and (is_time(left[-1][2]) or _PERIOD.fullmatch(left[-1][2])
                                                     or left[-1][2] in scene.lex.source_qualifiers):
        left = left[:-1]
    if len(left) < 2 or left[-1][2] != "的":
        return None
    lex = scene.lex
    k, nouns = len(left) - 2, 0
    while k > 0 and scene.mention_at(left[k][0]) is None:
        w = left[k][2]
        if _adverbial(scene, left[k]) or w in lex.publishing or w in lex.methods or w in lex.source_qualifiers:
            k -= 1  # 最新|公布的, 周二|盘后|公布的
        elif nouns < _OWNER_NOUNS and _CJK_WORD.fullmatch(w) and w not in lex.cues and w not in lex.prepositions:
            k, nouns = k - 1, nouns + 1  # 某某咨询|观察的报告, 某某|手机业务的报告: a part of what the entity publishes
        else:
            break
    return scene.mention_at(left[k][0])


def _owner_words(scene: Scene, left) -> int | None:
    """Where the words start that own the document after ``left`` when they name no entity
    the matcher knows (苍松研究|的|报告, 某某观察|的|报告): a word of two or more characters
    right before 的, not of time, of a reckoning (最新的, 初步的), a determiner, an adverb or a
    verb of publishing or of saying (发布的报告), no mention among the words before, and the
    words before it back to the clause's adverbs and connectives. None if no such words."""
    lex = scene.lex
    if len(left) < 2 or left[-1][2] != "的":
        return None
    w = left[-2][2]
    if not (len(w) >= 2 and _CJK_WORD.fullmatch(w) is not None and w not in lex.source_qualifiers
            and not is_time(w) and w[0] not in DETERMINERS and w not in lex.adverbs
            and w not in lex.publishing and w not in lex.cues) or any(scene.mention_at(a) for a, _, _ in left):
        return None
    k = len(left) - 2
    while k > 0 and _CJK_WORD.fullmatch(left[k - 1][2]) and not _adverbial(scene, left[k - 1]) \
            and left[k - 1][2] not in lex.connectives:
        k -= 1  # 苍松|研究
    return left[k][0]


def _field_of_group(scene: Scene, words, i: int) -> int | None:
    """Where the field of the unnamed group whose head is at ``i`` starts: one or two words
    glued to the head (法律|人士, 金融|专家, 文化|旅游|部门), each a noun of two to four characters
    (not 中小, a size) that names no entity and says nothing, with only adverbs and connectives
    before them; None where the words before are no field."""
    lex = scene.lex
    if i == 0 or words[i][2] not in lex.unnamed_heads and words[i][2] not in _PLAIN_BODIES:
        return None
    # (a person's trade may be a verb and its object: 开锁|师傅, 维修|工人, 送餐|骑手)
    tags = _GROUP_FIELD_TAGS if words[i][2] in lex.groups else _TRADE_TAGS if words[i][2] in _PLAIN_BODIES \
        else _PERSON_FIELD_TAGS
    k = _field_start(scene, words, i, tags)
    if k == i or not (all(_adverbial(scene, x) or x[2] in lex.connectives for x in words[:k])
                      or _place_words(scene, words[:k])):  # 当地|疾控|部门: a place's group
        return None
    return k


def _field_start(scene: Scene, words, i: int, tags: frozenset[str]) -> int:
    """Where the words of a field (``tags``) glued right before the head at ``i`` start (法律|人士,
    面馆|老板): at most ``_FIELD_WORDS`` of them, ``i`` where there are none."""
    k = i
    while k > 0 and i - k < _FIELD_WORDS and words[k - 1][1] == words[k][0] and _field_word(scene, words[k - 1], tags):
        k -= 1
    return k


def kind_noun(word: str, tags: Mapping[str, str]) -> bool:
    """A noun the dictionary (``tags``) holds that ends in a character of a kind of person (职工,
    乘客, 快递员, 售货员)."""
    return len(word) >= 2 and word[-1] in KIND_OF_PERSON_ENDS and tags.get(word) in _KIND_TAGS


def _noun_of_a_kind(scene: Scene, w: str) -> bool:
    """``kind_noun`` of the article's tokens."""
    return kind_noun(w, scene.word_tags)


def _body_of_a_kind(scene: Scene, w: str) -> bool:
    """A word the dictionary holds that names a kind of company (物业公司, 保险公司, 上市公司), or a
    public service named by its kind (气象台, 疾控中心; `services` in ``org_suffixes.toml``)."""
    return len(w) > 2 and w.endswith(_PLAIN_BODIES) and w in scene.word_tags or w in scene.lex.services


def _side_noun(scene: Scene, w: str) -> bool:
    """A common noun before 方面 (机场方面表示, 医院方面回应称): the kind of a body whose side speaks,
    two to four Chinese characters no speaker phrase reads otherwise."""
    return 2 <= len(w) <= 4 and _CJK_WORD.fullmatch(w) is not None and scene.word_tags.get(w) in _SIDE_TAGS \
        and w not in scene.lex.phrase_words and w not in scene.lex.cues


def _kind_of_body(scene: Scene, label: str, before: int) -> Reading:
    """Who a body named by its kind speaks for (配送公司辩称, 物业公司回应称, 机场方面表示): the
    organisation named before whose name ends in those words, else a body the article does not name."""
    named = scene.organisation_ending(label, before)
    if named is not None:
        return Reading("entity", named, "attribution.head_anaphor.v1")
    return Reading("unnamed", label, "attribution.unnamed_source.v1")


def _field_word(scene: Scene, word, tags: frozenset[str]) -> bool:
    a, _, w = word
    return 2 <= len(w) <= 4 and _CJK_WORD.fullmatch(w) is not None and scene.mention_at(a) is None \
        and scene.word_tags.get(w) in tags and w not in scene.lex.cues and w not in scene.lex.prepositions


def _place_words(scene: Scene, left) -> bool:
    """Whether the words before a subject are adverbs and then names of places (德国, 巴西 in
    jieba's dictionary) or words that point at one (该国, 当地, 对方国家): they may stand
    before a person named by an office there."""
    k = 0
    while k < len(left) and (_adverbial(scene, left[k]) or left[k][2] in scene.lex.connectives):
        k += 1
    places = left[k:]
    return bool(places) and all(scene.word_tags.get(w) == "ns" or w in scene.lex.place_words for _, _, w in places)


def _chain_end(scene: Scene, words, i: int) -> int:
    """The end of the subject that starts at ``i``: organisation, roles, names and
    glosses run together (小米集团副总裁、手机业务总裁王凯; 普莱斯(Anna Price))."""
    lex = scene.lex
    j = i
    n = len(words)
    while j < n:
        a, b, w = words[j]
        m = scene.mention_at(a)
        if m is not None and scene.types.get(m.entity) in (*_SPEAKING, EntityType.CREATIVE_WORK,
                                                            EntityType.PRODUCT, EntityType.PLACE):
            j += 1
        elif w in HONORIFICS and j > i and _type_at(scene, words[j - 1]) is EntityType.PERSON:
            break  # 陈秀兰|老人|说: what the person is called after the name, no group's head
        elif j == i and j + 1 < n and _body_of_a_kind(scene, w) and m is None and _officer_at(lex, words, j + 1):
            j += 1  # 物业公司|项目经理: a body named by its kind, then its officer
        elif j + 1 < n and words[j + 1][2] == _PLURAL and m is None and _kind_of_people(scene, w):
            j += 2  # 网友|们, 球员|们: the kind of person made plural, one group
        elif j == i + 1 and (parts := _department(scene, words, j)):
            j += parts  # 教育部|基础教育|司, 某某局|外资|管理处: a department speaks for it, whatever its words
        elif j == i + 1 and _type_at(scene, words[i]) is EntityType.ORGANIZATION \
                and (fields := _fields_before_officer(scene, words, j)):
            j += fields  # 欧盟委员会|贸易|事务|发言人: the body's officer for a field, who speaks for it
        elif is_role(lex, w) or j > i and (_role_across(scene, words, j) or w in lex.body_voices) \
                or w in lex.unnamed_heads or w in lex.quantifiers or w in lex.unnamed_sources \
                or w in lex.org_anaphors or w in lex.unnamed_anaphors or w in lex.person_anaphors \
                or w in lex.person_pronouns or w in lex.plural_pronouns or w in lex.documents or _demonstrative(w):
            j += 1
        elif w in _LATEST and j > i and j + 1 < n and words[j + 1][2] in lex.documents:
            j += 1  # 某某银行|最新|调查显示: the body's latest document
        elif w in lex.role_modifiers and j + 1 < n and (is_role(lex, words[j + 1][2]) or words[j + 1][2] in _ORGANS):
            j += 1  # 某某协会相关负责人, 某某公司有关负责人, 公司现任管理层: a modifier of the role or organ after it
        elif lex.groups.suffix(w) and j > i and (_type_at(scene, words[j - 1]) is EntityType.PERSON
                                                 or _type_at(scene, words[i]) is EntityType.ORGANIZATION):
            j += 1  # 首席经济学家某某|团队, 某某证券研究|团队: the person's or the body's team speaks as they do
        elif w in _ORGANS and j > i and all(x[2] in lex.role_modifiers for x in words[i + 1:j]) \
                and (_type_at(scene, words[i]) is EntityType.ORGANIZATION or words[i][2] in lex.org_anaphors):
            j += 1  # 某某股份|董事会, 公司|(现任|)管理层: the body's organ speaks as the body
        elif w in _FORMER and j > i and j + 1 < n and (_continues_chain(scene, words[j + 1])
                                                       or is_role(lex, "".join(x[2] for x in words[j + 1:j + 3]))):
            j += 1  # 某某科技前高管, 原首席|执行官: one who held the role
        elif w in _OPEN_BRACKETS and j > i:
            k = next((k for k in range(j + 1, n) if words[k][2] in _CLOSE_BRACKETS), None)
            if k is None:
                break
            j = k + 1  # a gloss: 普莱斯(Anna Price)
        elif w in _CHAIN_GLUE and j > i and j + 1 < n and _continues_chain(scene, words[j + 1]):
            if w in ("和", "与", "及") and _is_entity(scene, words[j - 1]) and _is_entity(scene, words[j + 1]) \
                    and not _role_follows(scene, words, j + 2):
                break  # 腾讯与阿里巴巴: two subjects, read as a joint statement
            j += 1
        elif w == "的" and j > i and j + 1 < n and not _is_entity(scene, words[j + 1]) and (
                _continues_chain(scene, words[j + 1])
                or words[j + 1][2] in lex.quantifiers and j + 2 < n and is_role(lex, words[j + 2][2])):
            j += 1  # 腾讯的首席科学家 / 一位不愿具名的官员 / 苹果的一名发言人
        elif j > i and _modifier_of_head(scene, words, j):
            j += 1  # 多位AI视频的创业者, 某券商分析师: words inside an unnamed group
        elif j == i + 1 and (parts := _division(scene, words, j)):
            j += parts  # 京东外卖, 腾讯云, 某某环球研究: a division speaks for it
        else:
            break
    return max(j, i + 1)


def _officer_at(lex: ClaimLexicon, words, j: int) -> int:
    """Where an officer's title that starts at word ``j`` ends, after the modifiers of a role
    (相关|负责人); 0 where none starts there."""
    while j < len(words) and words[j][2] in lex.role_modifiers:
        j += 1
    return j + 1 if j < len(words) and is_role(lex, words[j][2]) else 0


def _type_at(scene: Scene, word) -> EntityType | None:
    """The type of the entity a mention that starts at ``word`` names, if one does."""
    m = scene.mention_at(word[0])
    return None if m is None else scene.types.get(m.entity)


def timed_by_doing(word: str, before: str | None, tags: Mapping[str, str]) -> int:
    """How many words say when by what was done, ``word`` and the word ``before`` it: 1 for one
    word (临终前, 受访时), 2 for a word of doing and 前, 时 or 后 after it (出门|时, 下车|后), 0 for
    none (``tags``: the dictionary's; not 落后, 及时)."""
    if len(word) > 2 and word[-1] in _WHEN_DONE and tags.get(word[:-1]) in _DOING_TAGS:
        return 1
    return 2 if word in _WHEN_DONE and before is not None and tags.get(before) in _DOING_TAGS else 0


def _when_done(scene: Scene, rest, t: int) -> bool:
    """Whether word ``t`` of ``rest`` says when by what was done (``timed_by_doing``)."""
    return timed_by_doing(rest[t][2], rest[t - 1][2] if t > 0 else None, scene.word_tags) > 0


def _ends_time(scene: Scene, rest, t: int) -> bool:
    """Whether word ``t`` of the words between a subject and its cue closes a clause of time:
    a word of when before more words (质询时|引述……), one word with a verb (受访时; not 落后,
    及时), or one with an adverb the segmenter glued to it, the last word or not (查询|时亦|称)."""
    w = rest[t][2]
    if t < len(rest) - 1 and (w in TIME_ENDS and t > 0 or _when_done(scene, rest, t)):
        return True
    return t > 0 and len(w) == 2 and w[0] in TIME_ENDS and w[1] in GLUED_ADVERBS


def _fields_before_officer(scene: Scene, words, j: int) -> int:
    """How many words of a field (贸易|事务, 消费者|权益) stand at ``j`` between a body and the
    title of its officer or its voice after them (发言人, 负责人): one or two nouns, none a
    mention or a cue; 0 where they are not so."""
    lex = scene.lex
    for n in (1, 2):
        if j + n < len(words) and (is_role(lex, words[j + n][2]) or words[j + n][2] in lex.body_voices) \
                and all(scene.mention_at(a) is None and _CJK_WORD.fullmatch(w) is not None and w not in lex.cues
                        and scene.word_tags.get(w) in _TRADE_TAGS for a, _, w in words[j:j + n]):
            return n
    return 0


def _role_across(scene: Scene, words, j: int) -> bool:
    """The rest of a word a name cut in two, which with the name's end makes a role (财政部|长:
    the organisation 财政部, then 长 of 部长)."""
    m = scene.mention_at(words[j - 1][0])
    if m is None or m.span.end != words[j][0]:
        return False
    suffix = scene.lex.roles.suffix(scene.view[m.span.start:words[j][1]])
    return suffix is not None and len(suffix) > words[j][1] - words[j][0]


def _role_follows(scene: Scene, words, k: int) -> bool:
    """百度智能云及百度研究院[负责人陈思远]: a role after the second of two organisations
    makes them the speaker's titles, not two speakers."""
    for a, _, w in words[k:k + 3]:
        if is_role(scene.lex, w):
            return True
        if scene.mention_at(a) is None:
            return False
    return False


def _division(scene: Scene, words, j: int) -> int:
    """How many words right after an organisation name part of it (京东|外卖宣布, 某某|环球|研究
    在报告中指出): one short word, then the cue or only what may stand before it (adverbs, a
    prepositional phrase), or two before such words; 0 if none do. Before a modal the word
    is the predicate's (某某委员会|最快|将于下周宣布)."""
    m = scene.mention_at(words[j - 1][0])
    if m is None or scene.types.get(m.entity) is not EntityType.ORGANIZATION:
        return 0
    lex = scene.lex
    for parts in (1, 2):
        named = words[j:j + parts]
        if len(named) < parts or not all(_CJK_WORD.fullmatch(w) is not None and w not in lex.phrase_words
                                         and w not in lex.connectives and w not in lex.owned
                                         and _predicate_free(scene, w) for _, _, w in named):
            return 0  # (某某|股价|已反映……: what the company has, no part of it that speaks)
        rest = words[j + parts:]
        if rest and rest[0][2] in PREDICATE_MODALS:
            return 0
        if 2 <= sum(len(w) for _, _, w in named) <= 4 and _rest_kind(scene, rest) == "plain" \
                and (parts == 1 or len(named[0][2]) == 2 and rest):
            return parts
    return 0


def _department(scene: Scene, words, j: int) -> int:
    """How many words right after an organisation name a department of it before one of its
    officers or people (教育部|基础教育|司|相关负责人, 某某局|综合|处|处长, 某某公安局|反诈|中心|民警,
    教育部|相关|司局|负责人): up to three Chinese words that end in a department's head, after words
    that say which (相关, 有关), then a role or a source's head; 0 if none do."""
    m = scene.mention_at(words[j - 1][0])
    lex = scene.lex
    if (m is None or scene.types.get(m.entity) is not EntityType.ORGANIZATION) and words[j - 1][2] not in lex.org_anaphors:
        return 0  # (该公司|人力资源部|相关负责人: the organisation named before, its department)
    lead = j
    while lead < len(words) and words[lead][2] in lex.role_modifiers:
        lead += 1  # 教育部|相关|司局|负责人: which of its departments, before the department
    for parts in (1, 2, 3):
        named = words[lead:lead + parts]
        if len(named) < parts or not all(_CJK_WORD.fullmatch(w) and _predicate_free(scene, w) for _, _, w in named):
            return 0
        if not named[-1][2].endswith(_DEPARTMENT_HEADS):
            continue
        k = lead + parts
        while k < len(words) and words[k][2] in lex.role_modifiers:
            k += 1
        found = k < len(words) and (is_role(lex, words[k][2]) or words[k][2] in lex.unnamed_heads)
        return lead - j + parts if found else 0
    return 0


def _predicate_free(scene: Scene, w: str) -> bool:
    """Whether ``w`` may name part of an organisation: no adverb, time word, modal or other
    function word a predicate opens with (某某科技|必须|向消费者作出说明)."""
    lex = scene.lex
    return scene.word_tags.get(w, "n")[:1] not in _PREDICATE_TAGS and w not in lex.adverbs and not is_time_word(w) \
        and w not in PREDICATE_MODALS and w not in lex.modal and w not in lex.prepositions


def _continues_chain(scene: Scene, word) -> bool:
    a, _, w = word
    lex = scene.lex
    return scene.mention_at(a) is not None or is_role(lex, w) or w in lex.unnamed_heads


def addresses_person(lex: ClaimLexicon, w: str) -> bool:
    """A role or title (部长, 发言人), or a kind of person one is called by after one's surname
    (医生, 老师: 韦医生, 王老师)."""
    return is_role(lex, w) or w in lex.unnamed_heads and w[-1:] in KIND_OF_PERSON_ENDS


def is_role(lex: ClaimLexicon, w: str) -> bool:
    """A role or title, or a word that ends in one (财政部长, 研究总监, 副总经理)."""
    return w in lex.roles or 2 < len(w) <= 7 and ends_in_role(lex, w)


def ends_in_role(lex: ClaimLexicon, w: str, modifier: re.Pattern[str] = _CJK_WORD) -> bool:
    """Chinese words (or what ``modifier`` matches) before a role of two or more characters
    (财政委员会|召集人): a person named by a body and a title, however long the body."""
    suffix = lex.roles.suffix(w)
    return suffix is not None and len(suffix) >= 2 and modifier.fullmatch(w[:-len(suffix)]) is not None


def _one_person(lex: ClaimLexicon, source: str) -> bool:
    """Whether an unnamed source is a person a 他 or 她 may stand for: its phrase ends in a role
    of two or more characters after words that modify it, Latin ones among them (一位券商分析师,
    一位关注AI行业的投资人), and counts one or nothing (多位投资人 are no 他)."""
    count = lex.quantifiers.prefix(source)
    return ends_in_role(lex, source, _MODIFIER) and (count is None or count in lex.counts_of_one)


def _one_of_its_people(lex: ClaimLexicon, chain) -> bool:
    """An organisation's role after a count or a word of former holding (某某科技一位高管,
    某某科技前|董事长), or counted before the name (一位某某科技高管, 一家某某汽车4S店的销售经理):
    one of its people, who speaks for themself; a body's voice counted (某某的一名发言人, 一位女发言人)
    still speaks for it; its people made plural (某某集团员工们) speak for themselves too."""
    last = chain[-1][2]
    if last == _PLURAL and len(chain) >= 2:
        return lex.body_voices.suffix(chain[-2][2]) is None
    if not (is_role(lex, last) or last in lex.unnamed_heads) or lex.body_voices.suffix(last) is not None:
        return False
    return any(w in lex.quantifiers or w in _FORMER for _, _, w in chain[:-1])


def _name_word(scene: Scene, word) -> bool:
    """A word that may be part of a name no mention covers (澜川|科技 before 一名员工): Chinese,
    no word the dictionary holds as anything but a noun, a name or an abbreviation (园区|管委会),
    and no function word, adverb, cue, pronoun or time word (超过|六成|受访者 is a count)."""
    lex, w = scene.lex, word[2]
    return bool(ALL_CJK.fullmatch(w)) and scene.word_tags.get(w, "n")[:1] in ("n", "j") and not (
        w in lex.adverbs or w in lex.connectives or w in lex.prepositions or w in lex.cues or w in lex.person_pronouns
        or w in lex.plural_pronouns or w in lex.quantifiers or is_time_word(w) or w in lex.according)


def _is_entity(scene: Scene, word) -> bool:
    m = scene.mention_at(word[0])
    return m is not None and scene.types.get(m.entity) in _SPEAKING


def _modifier_of_head(scene: Scene, words, j: int) -> bool:
    """A word between a quantifier and the head noun of an unnamed group (多位[AI视频的]创业者)."""
    lex = scene.lex
    if not any(w[2] in lex.quantifiers or w[2] in _POINTING for w in words[:j]):
        return False  # (这位[不愿具名的]教练: one named before, described again)
    ahead = words[j:j + 6]
    stop = next((k for k, w in enumerate(ahead) if w[2] in lex.prepositions or w[2] in lex.adverbs
                 and w[2] not in lex.unnamed_heads), len(ahead))
    if any(w[2] in lex.unnamed_heads or is_role(lex, w[2]) for w in ahead[:stop]):
        return True  # 有餐饮老板, 多位车企高管
    # 一位[曾在该店任职的]健身教练: adverbs and a preposition inside a clause that 的 closes before the head
    closed = next((k for k, w in enumerate(words[j:j + 10]) if w[2] == "的"), None)
    return closed is not None and any(w[2] in lex.unnamed_heads or is_role(lex, w[2])
                                      for w in words[j + closed + 1:j + closed + 3])


def _rest_kind(scene: Scene, rest) -> str | None:
    """What follows the subject up to the cue: ``plain`` (nothing, adverbs, time words, a
    gloss, a prepositional phrase: 向记者, 在声明中, 接受彭博社采访时), ``joint`` (与/和 another
    speaker, 联名), or None when it is a clause of its own."""
    lex = scene.lex
    k, n = 0, len(rest)
    saying = _saying_after(scene, rest) if n else None
    while k < n:
        a, b, w = rest[k]
        if w in lex.joint:
            return "joint"
        if w in lex.conjunctions and k + 1 < n and _is_entity(scene, rest[k + 1]):
            return "joint"
        if w in lex.prepositions or len(w) == 2 and w[0] in _GLUED_BEFORE and w[1] in lex.prepositions:
            tail = next((x[2] for x in reversed(rest) if x[2] not in lex.cues
                         and not (x[2] in lex.adverbs and lex.closers.suffix(x[2]) is None)), "")
            # (在……会上|回应|称, 在给本报的书面答复中|则|称)
            if w in WHERE and any(x[2] == "的" for x in rest[k + 1:]) and lex.closers.suffix(tail) is None:
                return None  # 公司|在匈牙利建设的整车工厂|预计: a clause that modifies the noun the cue follows
            return "plain"  # the object and closer of a prepositional phrase run to the cue (已|向日方)
        if w in WHILE and any(x[2] == w for x in rest[k + 1:]):
            k = max(m for m in range(k + 1, n) if rest[m][2] == w) + 1  # 一边裹紧围巾一边说: what they did as they spoke
            continue
        if w in WHILE and k == n - 1:
            k += 1  # 他一边说，一边掰开……: the first of the pair, right before the cue
            continue
        if w in HONORIFICS and all(x[2] in HONORIFICS for x in rest[:k]):
            k += 1  # 某某先生表示, 某某先生本人回应称: the honorific after the name
            continue
        if _manner_act(scene, rest, k, saying):
            break  # 拍桌|说, 叹|了|口气|说, 指着|屏幕|说: what the speaker did as they spoke
        if w in lex.manner_degrees and any(x[2] in MANNER_ENDS or x[2].endswith(MANNER_ENDS) for x in rest[k + 1:k + 3]):
            k += 1  # 有些|无奈|地|说, 一脸|茫然|地|表示: what qualifies the manner of saying
            continue
        if k + 1 < n and rest[k + 1][2] in MANNER_ENDS or len(w) >= 2 and w.endswith(MANNER_ENDS):
            k += 1 if w.endswith(MANNER_ENDS) else 2  # 笑|着|说, 感慨|地|说: the manner of saying
            continue
        if k == n - 1 and scene.view[b:b + 1] in _AFTER_VERB and scene.tokens.at(b) == (b, b + 1) \
                and scene.word_tags.get(w, "")[:1] == "v":
            break  # 回忆|说, 打趣|说: a verb of how it was said, which 称 or 说 follows (not 只能|说明)
        if w in LIGHT_VERBS and k + 1 < n and rest[k + 1][2] in lex.cues:
            k += 1  # 作出|回应|称: a light verb and the word of saying it makes a noun, part of the cue
            continue
        if w in lex.cues:  # a cue verb before the cue (李娜回应|说, 他解释|称) is part of it, and the
            k += 1  # one it answers or tells too (某某回应|某某新闻|记者|称: the outlet is told, it does not speak)
            while k < n and (scene.mention_at(rest[k][0]) is not None or rest[k][2] in lex.reporters):
                k += 1
            continue
        if w == "方面" or w in _OPEN_BRACKETS or w in _CLOSE_BRACKETS or _adverbial(scene, rest[k]):
            k += 1
            continue
        if w in ("的",) and k + 1 < n and rest[k + 1][2] in _LATEST:
            k += 2
            continue
        t = next((t for t in range(k, n) if _ends_time(scene, rest, t)), None)
        if t is not None and not any(scene.mention_at(x[0]) is not None or is_role(lex, x[2]) for x in rest[k:t + 1]):
            k = t + 1  # 质询时|引述某报道|指出: a clause of time, then what else the subject did as it spoke
            continue
        m = n
        while m > k + 1 and rest[m - 1][2] not in TIME_ENDS and _adverbial(scene, rest[m - 1]):
            m -= 1  # 受访时|则|说: adverbs after the clause of time
        if (rest[m - 1][2] in TIME_ENDS or _when_done(scene, rest, m - 1)) \
                and not any(scene.mention_at(x[0]) is not None or is_role(lex, x[2]) for x in rest[k:m]):
            return "plain"  # 其后回应查询时, 出席论坛后: a clause of time that names no one runs to the cue
        return None
    return "plain"


def _saying_after(scene: Scene, rest) -> str | None:
    """How the cue right after ``rest`` says: ``bare`` for a lone 说 or 道 (拍桌|说), ``other`` for
    another cue word (拿出|进度表|质疑), None where no cue follows."""
    end = rest[-1][1] if rest else 0
    if scene.view[end:end + 1] in _BARE_SAY and scene.tokens.at(end) == (end, end + 1):
        return "bare"
    return "other" if scene.lex.cues.match(scene.view, end, scene.tokens.boundaries, len(scene.view)) else None


def manner_start(word: Callable[[int], str], k: int, degrees: Container[str], first: int = 0) -> int | None:
    """Where the manner of saying that ends right before word ``k`` begins, no earlier than word
    ``first`` (``word(i)``: the i-th word): a verb and its particle (笑|着, 感慨|地, 感慨地) and what
    qualifies it before them (有些|无奈|地, 一脸|茫然|地: ``degrees``); None where word ``k - 1`` ends none."""
    w = word(k - 1)
    if k - 2 >= first and w in MANNER_ENDS:
        k -= 2
    elif len(w) >= 2 and w.endswith(MANNER_ENDS):
        k -= 1
    else:
        return None
    while k > first and word(k - 1) in degrees:
        k -= 1
    return k


def _manner_start(scene: Scene, words, k: int, saying: str | None) -> int | None:
    """Where the manner of saying that ends ``words[:k]`` begins, past the first word (the one
    who speaks): ``manner_start``, or an act (擦|了|擦汗)."""
    manner = manner_start(lambda i: words[i][2], k, scene.lex.manner_degrees, first=1)
    if manner is not None:
        return manner
    # an act only with its particle (擦|了|擦汗, 摇着头) or the direction of its verb (拿出|一份|民调):
    # 政府|工作|报告 is no act of a 政府
    return next((x for x in range(max(1, k - 5), k) if (any(w in ASPECT or len(w) >= 2 and w[1] in ASPECT
                                                             for _, _, w in words[x:k]) or _directed(scene, words[x][2]))
                 and _manner_act(scene, words[:k], x, saying)), None)


def _directed(scene: Scene, w: str) -> bool:
    """A verb of two characters whose second gives its direction (拿出, 举起, 翻开, 掏出): an act done."""
    return len(w) == 2 and w[1] in DIRECTIONS and scene.word_tags.get(w, "")[:1] == "v"


def _manner_act(scene: Scene, rest, k: int, saying: str | None) -> bool:
    """Whether ``rest[k:]``, right before a bare 说 or 道 (or another cue, after a verb and its
    object or particle), is an act the speaker does as they speak: a verb, its aspect particle
    and its object, no person among them (拍桌|说, 叹|了|口气|说, 红|着|眼眶|说, 指着|屏幕|说,
    拿出|工程|进度表|质疑), where 要求|员工|说 and 让|学生|说 have someone else say it."""
    lex = scene.lex
    words = rest[k:]
    told = next((q for q in range(2, len(words)) if words[q][2] in lex.prepositions), None)
    if told is not None and any(w in ASPECT for _, _, w in words[1:told]):
        words = words[:told]  # 拿|着|话筒|对|大家|说: the act, then to whom the words are said
    of = max((x for x in range(2, len(words) - 1) if words[x][2] == "的"), default=None)
    held = False  # the verb's particle, before the object's owner (拉|着|他|的|手)
    if of is not None and len(words) <= _ACT_WORDS:
        # 拿出|自己|录下|的|夜间|施工|影片|说: an object a clause describes; the clause names no one and
        # says nothing, the act is the verb and the object's head noun. 拉|着|他|的|手, 拉着|儿子|的|手:
        # a verb, its particle and one word that owns the object (a person, named or not)
        owner = of == 3 and words[1][2] in ASPECT or of == 2 and len(words[0][2]) == 2 and words[0][2][1] in ASPECT
        if any(scene.mention_at(a) is not None or w in lex.cues or w in lex.person_pronouns or w in lex.quantifiers
               or not _CJK_WORD.fullmatch(w) for a, _, w in words[1:of - 1 if owner else of]):
            return False
        held = owner
        words = [words[0], words[-1]]
    if len(words) >= 3 and COUNTED_THING.fullmatch(words[1][2]):
        words = [words[0], *words[2:]]  # 拿出|一份|民调: the count of the object is no word of the act's
    # before another cue, an act with its object or its particle (她拿出工程进度表|质疑, 他翻开|账本|指出)
    if not 1 <= len(words) <= 4 or saying is None or saying == "other" and len(words) < 2 \
            or words[0][2] in _CAUSATIVE_FRAMES:
        return False
    for a, _, w in words:
        if not _CJK_WORD.fullmatch(w) or scene.mention_at(a) is not None or is_role(lex, w) or w in lex.unnamed_heads \
                or w in lex.reporters or w in lex.person_pronouns or w in lex.plural_pronouns or w in lex.first_pronouns \
                or w in lex.cues or w in lex.prepositions or w in lex.quantifiers or w in lex.unnamed_sources \
                or w in lex.connectives or w in PREDICATE_MODALS or w in lex.modal \
                or scene.word_tags.get(w) in _NOT_AN_ACT:
            return False  # (团队|可能|会|建议: modals before the cue, the subject's own predicate)
    verb = words[0][2]
    tag = scene.word_tags.get(verb)
    if len(words) == 1 and len(verb) >= 3 and verb[1] in ASPECT:
        return True  # 摇着头|说, 皱着眉头|说: a verb, its particle and its object, one word
    if tag is not None and tag[:1] != "v" or verb[0] in DETERMINERS:
        return False  # 厨师|说: a noun, the one who speaks, not what they did; 这一|数字|预计: what is counted
    aspect = held or any(w in ASPECT for _, _, w in words[1:])  # 拍|着|桌子, 叹|了|口气
    if tag is None and len(verb) == 1:
        return aspect  # 叹|了|口气: a lone character is a verb only with its particle (not 30|家|银行)
    return len(words) == 1 and len(verb) == 2 or aspect \
        or len(words) >= 2 and all(scene.word_tags.get(w) in _OBJECT_TAGS and len(w) >= 2 for _, _, w in words[1:])


DIRECTIONS = frozenset("出起开")  # the second character of a verb that says where its object went (拿出, 举起)
COUNTED_THING = re.compile(r"[一两兩二三四五六七八九十几幾]+[份张張本叠疊沓封段页頁幅]")  # 一份, 两张: things counted
_ACT_WORDS = 9  # words of an act before a cue whose object a clause describes (拿出|自己|录下|的|施工|影片)
_OBJECT_TAGS = frozenset({"n", "s", "vn", None})  # the object of an act (拿出|工程|进度表: 进度表 no word the dictionary holds)
_NOT_AN_ACT = frozenset({"r", "m", "q", "p", "c", "d", "t", "nr", "nrt", "ns", "nt", "nz"})  # no verb nor its object
_GLOSSED_AGE = re.compile(r"(?:[男女][,、]?)?[0-9一二三四五六七八九十两]+多?岁|[男女]")  # 80岁, 男,45岁, 女 (in brackets)
_AGE = re.compile(r"[0-9一二三四五六七八九十两百]+多?岁")  # an age, a quality after 的 too (……的|三十二岁|妈妈)
_QUALITY_TAGS = frozenset({"a", "b"})  # an adjective or a word of a kind, after 的 (……的|年轻|妈妈)
_DEPARTMENT_HEADS = ("司", "处", "科", "室", "办", "部", "中心", "部门", "司局")  # what ends a department of a body (基础教育司, 人力资源部)
WHERE = frozenset({"在", "于", "从"})  # the view's prepositions of where or when (在匈牙利建设的工厂, 从今年起)
_INSIDE = frozenset({"内部", "内"})  # the view's words for inside a body (某某内部有人士透露)
# verbs of expecting (预计, 预期, 估计): after a noun no one is named by, the thing expected
# (召回费用预计在1.8亿元左右: 'is expected to be'), no speaker
_EXPECTED = ("预计", "预期", "预估", "估计")
WHILE = frozenset({"一边", "一邊", "一面", "边", "邊"})  # 一边……一边说: an act beside the words, twice marked
_LEARNED_FROM = frozenset({"从", "自"})  # the view's 从 of 记者从某部获悉: where the reporter learned it
# light verbs whose object is a word of saying (作出回应, 表达了担忧), an aspect particle between them or not
LIGHT_VERBS = ("作出", "做出", "给予", "给出", "予以", "表达", "表达出", "流露", "流露出")
_AFTER_VERB = frozenset("称说道")  # the view's verbs of saying that may follow another verb (回忆说, 打趣称)
_BARE_SAY = _AFTER_VERB - {"称"}  # the ones an act the speaker did may stand before (拍桌说, 叹了口气道)


def _adverbial(scene: Scene, word) -> bool:
    """An adverb, a link, a method, a time word or a blank: listed, or a word of two or more
    characters the dictionary tags as an adverb of manner or time (初步, 随即, 一再) that names
    no one; not one that negates, obliges or pairs (尚未, 必须, 一边), which makes a predicate,
    nor a connective (一经公布: a condition)."""
    w = word[2]
    lex = scene.lex
    return w in lex.adverbs or w in lex.links or w in lex.methods or is_time(w) or not w.strip() \
        or len(w) >= 2 and scene.word_tags.get(w) in ("d", "ad") and _PREDICATE_ADVERB.isdisjoint(w) \
        and not w.startswith(_PAIRED) and w not in lex.connectives and scene.mention_at(word[0]) is None


# characters of adverbs that negate or oblige (尚未, 并非, 必须, 务必): a predicate, not a manner of saying
_PREDICATE_ADVERB = frozenset("未不没沒无無非别別勿必须須")
_PAIRED = ("一边", "一面", "一方面")  # 一边说……一边……: one of two things done at once


_OWNER_NOUNS = 2  # nouns between a publisher and 的 before its document (某某咨询|观察|的报告)
_BEFORE_PUBLISHER = frozenset({"由", "一份", "一项", "一篇"})  # a count of the document and 由 (一份由某某发布的报告)
# a count of a document that is not one named before (一项调查显示, 一份最新报告指出; the view's script)
_DOCUMENT_COUNTS = frozenset({"一份", "一项", "一篇", "另一份", "另一项", "另一篇", "多项", "多份"})
_PUBLISHES = frozenset({"发布", "發布", "公布", "发表", "發表", "出具", "推出", "披露", "编制", "編制", "撰写", "撰寫",
                        "提出", "提交", "制定", "拟定", "擬定", "公开", "公開", "公示"})
_LATEST = ("最新", "最近", "此前", "近期", "年度")  # which of a body's documents (某某的最新报告, 某某最新调查)
_PREDICATE_TAGS = frozenset("dtpcurmq")  # jieba's first letters of adverbs, time, function and count words
_FIELD_TAGS = frozenset({"n", "vn", "nz"})  # jieba's tags of the field of a group (法律 n, 医疗 vn)
SIDE = "方面"  # the side of a body named before it (机场|方面|表示, 联赛方面)
_SIDE_TAGS = frozenset({"n", "nz", "nt", "j"})  # the tags of a body's kind before it (机场 n)
_NAME_QUOTES = frozenset("“「『\"")  # what may open a name in quotation marks after its title (博主“某某”)
_DISPOSAL = frozenset({"把"})  # the marker of a predicate's object before its verb (把意见向政府反映)
# an organisation's anaphor that a trade before makes a kind (配送|公司; a trade before 集团 may be a
# name, which the entity stage reads), and the tags of a trade (配送 v, 物流 n), which are those
# of an office's or a team's work too (交通运输 j, an abbreviation: 交通运输|部门; 公诉 v: 公诉|机关;
# 中小 j is a size, 中小|卖家, which no group's head follows)
_PLAIN_BODIES = ("公司",)
_TRADE_TAGS = _FIELD_TAGS | {"j", "v"}
_PERSON_FIELD_TAGS = _FIELD_TAGS | {"v"}  # a person's field, or the verb of their trade (开锁|师傅; not 中小 j)
_GROUP_FIELD_TAGS = _TRADE_TAGS | {None}  # and an office's field the dictionary does not hold (疾控|部门, 网信|部门)
_FIELD_WORDS = 2  # words of a group's field at most (文化|旅游|部门)
_LONGEST_MARKED = 16  # characters of the longest name in quotation marks a phrase reads past
_NAME_MARKS = {**OPENERS, "《": "》", "〈": "〉"}  # marks around a name: quotation marks, a title's (《华尔街日报》)
_NAME_CLOSERS = frozenset(_NAME_MARKS.values())
_GLUED_BEFORE = frozenset("已也还又曾将并再亦均都则")  # adverbs the segmenter glues to a preposition (已向, 也对)
_COMPANY_WORDS = ("公司", "集团", "企业", "集團")  # org anaphors that name a company, not a body
_GROUP_WORDS = 8  # words of a counted group, quantifier included (一名|不愿|公开|身份|的|银行界|人士)
# words that close a clause of time (受访时, 出席论坛后, 会议期间)
TIME_ENDS = frozenset({"时", "時", "后", "後", "之后", "之後", "期间", "期間", "之际", "之際"})
# after a word of doing, in one word or two: when (受访时, 临终前, 出门|前, 下车|之后)
_WHEN_DONE = frozenset({"时", "前", "后", "之前", "之后"})
_DOING_TAGS = frozenset({"v", "vi", "d"})  # the dictionary's tags of a word of doing (出门 v, 临终 d)
_CLASSIFIERS = "名位个個"  # between a determiner and a role (这位官员, 该位人士)
_BODY_CLASSIFIERS = "家所个個"  # between a determiner and a body (这家公司, 该所大学)
_POINTERS = "".join(DETERMINERS)
_NUMBER = re.compile(r"[0-9０-９]+(?:[.,][0-9]+)?")  # a count in digits (30, 1,200)
COUNT_WORD = re.compile(r"[0-9一二两三四五六七八九十百千几数]+[余多]?[家位名]")  # 十多名, 三位, 几家: a count in one word
_APPROXIMATELY = frozenset({"约", "約", "近", "逾", "超", "超过", "超過", "大约", "大約", "将近", "將近"})  # before a count
# its classifier, alone or after 余 or 多 (30|家, 20|余位)
_COUNTERS = frozenset({"家", *_CLASSIFIERS, *(more + c for more in "余多" for c in "家位名")})
# what points back at a person named before when a role follows (这位经济学家, 该名律师, 那位主播)
_POINTING = ("这位", "这名", "该名", "该位", "那位", "那名", "此位")


def _demonstrated_role(lex: ClaimLexicon, text: str) -> bool:
    """这位经济学家, 该名律师, 这位不愿具名的教练: a demonstrative, then any role, described or not: a
    person named before, whatever the role."""
    return any(text.startswith(d) and len(text) > len(d) + 1 and is_role(lex, _described(text[len(d):]))
               for d in _POINTING)


def _described(words: str) -> str:
    """The head of a described noun (不愿具名的|教练: 教练), or the words as they are."""
    return words.rpartition("的")[2]


def is_time(word: str) -> bool:
    """A word made of time words and numbers (今天上午, 30日, 上周四)."""
    return bool(_TIME.fullmatch(word))


def is_time_word(word: str) -> bool:
    """``is_time`` of a word with no bracket or blank in it (上月, 上周四): what ``is_time``
    also lets through around a time (a gloss's bracket, a space) is no time word alone."""
    return _BRACKETS_AND_BLANKS.isdisjoint(word) and is_time(word)


def _head(scene: Scene, chain, left, cue: Cue) -> Reading | None:
    """The speaker a subject chain names: the person at its end (瑞银分析师李文涛), else the
    organisation (苹果发言人), else a pronoun, anaphor or unnamed group."""
    lex, view = scene.lex, scene.view
    glossed = next((k for k in range(len(chain) - 2, 0, -1) if chain[k][2] in _OPEN_BRACKETS), None) \
        if chain[-1][2] in _CLOSE_BRACKETS else None
    if glossed is not None and _GLOSSED_AGE.fullmatch(view[chain[glossed][1]:chain[-1][0]]):
        chain = chain[:glossed]  # 林姓阿嬤(80歲), 黄某(男,45岁): one's age or sex in brackets, no part of who speaks
    start, end = chain[0][0], chain[-1][1]
    entities = [(w, scene.mention_at(w[0])) for w in chain if scene.mention_at(w[0]) is not None]
    last_of = max((k for k, w in enumerate(chain) if w[2] == "的"), default=-1)
    if chain[-1][2] in lex.unnamed_heads and not is_role(lex, chain[-1][2]) and not lex.groups.suffix(chain[-1][2]):
        # 一位接近某某的人士, 某某的一名员工, 一位某某内部人士: the names are the modifier's; the
        # source is unnamed
        cut = chain[last_of][0] if last_of >= 0 else chain[-1][0] - 1
        entities = [(w, m) for w, m in entities if w[0] > cut]
    speaking = [(w, m) for w, m in entities if scene.types.get(m.entity) in _SPEAKING]
    if len(speaking) > 1 and _channel(scene, speaking[-1][1]):
        speaking = speaking[:-1]  # 小米官方微博发文称: the company speaks through its channel
    persons = [m for _, m in speaking if scene.types.get(m.entity) is EntityType.PERSON]
    if persons and last_of > 0 and all(w[0] < chain[last_of][0] for w, _ in entities) and last_of == len(chain) - 2 \
            and (is_role(lex, chain[-1][2]) or chain[-1][2] in lex.unnamed_heads) and not lex.groups.suffix(chain[-1][2]):
        return Reading("unnamed", view[start:end].strip(), _rule(cue))  # 某某的律师, 某某的经纪人: someone of theirs
    if persons:
        return Reading("entity", persons[-1].entity, _rule(cue))
    if speaking and _one_of_its_people(lex, chain):  # 某某科技一位高管, 某某科技前员工: not the company's voice
        return Reading("unnamed", view[start:end].strip(), _rule(cue))
    if speaking:
        return Reading("entity", speaking[-1][1].entity, _rule(cue))
    others = [m for _, m in entities if scene.types.get(m.entity) in (EntityType.CREATIVE_WORK, EntityType.PRODUCT)]
    if others and (cue.cls == "data" or scene.types.get(others[-1].entity) is EntityType.CREATIVE_WORK):
        return Reading("entity", others[-1].entity, _rule(cue))
    text = view[start:end].strip()
    words = [w for _, _, w in chain]
    last = words[-1]
    if left and left[0][2] in _POINTING and left[-1][2] == "的" \
            and (is_role(lex, text) or text in lex.unnamed_heads):
        # 这位|不愿具名的|教练: a demonstrative and a role described between, the one that role named
        # before (这位姓龚的母亲 after 一位学生家长: no one so named, the words' own label stands)
        earlier = scene.named_by_role(text)
        if earlier is not None:
            return Reading(earlier.kind, earlier.key, "attribution.role_anaphor.v1")
        if scene.last_unnamed and scene.last_unnamed.endswith(text[-2:]):
            return Reading("unnamed", scene.last_unnamed, "attribution.unnamed_anaphor.v1")
    if len(words) == 1 and last in lex.first_pronouns and last not in lex.person_pronouns:
        return Reading("author", "", "attribution.first_person.v1")  # the article's 我 (outside quotations)
    if len(words) == 1 and last in lex.person_pronouns:
        named = scene.last_mention(start, EntityType.PERSON)
        unnamed = scene.one_unnamed_since(named.span.start if named else 0, start)
        if unnamed:  # 一位高管表示……。在他看来: the unnamed person who spoke after the last one named
            return Reading("unnamed", unnamed[0], "attribution.pronoun.v1")
        person = _pronoun(scene, last, start)
        quoted = quotations(scene.view, sentence_start(scene.view, start), start)
        if person is None and (met := _person_met(scene, start, quoted) or _person_met_before(scene, start)) is not None:
            return Reading("unnamed", met, "attribution.pronoun.v1")  # 我问过面馆老板,他坦言: the one asked
        if person is None:  # no one named or met before: someone the article does not name
            return Reading("unnamed", last, "attribution.pronoun.v1")
        return Reading("entity", person, "attribution.pronoun.v1")
    if len(words) == 1 and last in lex.plural_pronouns:
        group = _group_before(scene, start)
        if group is not None:  # 花旗分析师持不同看法。他们认为: the group the sentence before opens with
            return group
        return Reading("unnamed", scene.last_unnamed, "attribution.pronoun.v1") if scene.last_unnamed else None
    if text in lex.unnamed_anaphors or "".join(words[-2:]) in lex.unnamed_anaphors:
        return Reading("unnamed", scene.last_unnamed or text, "attribution.unnamed_anaphor.v1")
    if text in lex.body_voices:
        earlier = scene.named_by_role(text)
        if earlier is not None and earlier.kind == "entity":  # 发言人又称 after 某某超市发言人表示: that body's
            return Reading("entity", earlier.key, "attribution.role_anaphor.v1")
    if text in lex.person_anaphors or _demonstrated_role(lex, text):
        role = _described(text.lstrip(_POINTERS + _CLASSIFIERS))
        earlier = scene.named_by_role(role) if role else None
        if earlier is not None:  # 这名官员 after 经济部官员表示: whoever that phrase named
            return Reading(earlier.kind, earlier.key, "attribution.role_anaphor.v1")
        if scene.last_unnamed and scene.last_unnamed.endswith(text[-2:]):
            return Reading("unnamed", scene.last_unnamed, "attribution.unnamed_anaphor.v1")
        person = scene.last_of(start, EntityType.PERSON)
        return Reading("entity", person, "attribution.person_anaphor.v1") if person else None
    if len(words) == 2 and _demonstrative(words[0]) and len(last) >= 2 and _CJK_WORD.fullmatch(last) \
            and (earlier := scene.named_by_role(last)) is not None:
        return Reading(earlier.kind, earlier.key, "attribution.role_anaphor.v1")  # 该博主 after 微博博主某某爆料称
    if len(words) == 2 and words[0] in lex.unnamed_heads and words[1] in lex.org_anaphors:
        return Reading("unnamed", text, _rule(cue))  # 被告公司辩称: a party the article does not name
    if text in lex.org_anaphors or len(words) >= 2 and words[0] in lex.org_anaphors and last in _ORGANS \
            and all(w in lex.role_modifiers for w in words[1:-1]):
        org = org_anaphor(scene, words[0], start)  # 该公司, 公司|(现任|)董事会: the organisation named before
        return Reading("entity", org, "attribution.org_anaphor.v1") if org else _unnamed_body(scene, words[0])
    if len(words) > 1 and words[0] in lex.org_anaphors and (is_role(lex, last) or last in lex.body_voices) \
            and all(w in lex.role_modifiers for w in words[1 + _department(scene, chain, 1):-1]) \
            and text[1:] not in lex.roles:  # 该基金|经理 is 该|基金经理, a person named by a role
        # 公司相关负责人, 该公司发言人, 该平台客服, 该公司人力资源部相关负责人: its officer or voice
        org = org_anaphor(scene, words[0], start)
        return Reading("entity", org, "attribution.org_anaphor.v1") if org else _unnamed_body(scene, words[0])
    if text in lex.documents:
        owner = _document_publisher(scene, left)
        if owner is not None and scene.types.get(owner.entity) in _SPEAKING:
            return Reading("entity", owner.entity, _rule(cue))  # 某某集团的公告显示: its publisher's
        owner_words = _owner_words(scene, left) if owner is None else None
        if owner_words is not None:  # 某某研究的报告警告: someone else's, not the last speaker's
            return Reading("unnamed", scene.view[owner_words:end].strip(), "attribution.unnamed_source.v1")
        # the one who published the document named before (华信证券……发布研报,……。研报指出; 深交所向
        #某某下发问询函。问询函指出), else the organisation that spoke last (根据IDC的报告,……。报告还指出);
        # a document no one was named for is an unnamed source (数据显示,……)
        owner = _document_owner(scene, text, start)
        if owner is not None:
            return Reading("entity", owner, "attribution.document_anaphor.v1")
        if scene.last_org_speaker is not None:
            return Reading("entity", scene.last_org_speaker, "attribution.document_anaphor.v1")
        return Reading("unnamed", text, "attribution.unnamed_source.v1")
    if cue.cls == "data" and not text:
        return None
    named = _named_by_head(scene, words, start)
    if named is not None:  # 法院认为 after 某某市中级人民法院: the body whose name ends in the word
        return Reading("entity", named, "attribution.head_anaphor.v1")
    label = _unnamed_label(scene, words, text, Span(start=start, end=end))
    if label is None and len(words) == 1 and last in lex.quantifiers and "有" + cue.word[:2] in lex.unnamed_sources:
        label = last + cue.word[:2]  # 另有分析指出, 也有报道称: the source is the noun the cue begins with
    if label is not None:
        return Reading("unnamed", label, "attribution.unnamed_source.v1")
    if len(words) == 1 and is_role(lex, last) and not left and _CJK_WORD.fullmatch(last) and last not in lex.reporters:
        return Reading("unnamed", last, "attribution.unnamed_source.v1")  # 校长在家长会上说: a role no name fills
    return None


def org_anaphor(scene: Scene, text: str, before: int) -> str | None:
    """The organisation an anaphor (该公司, 公司, 该机构) before ``before`` stands for: the one
    that spoke last in its paragraph, else the last one named, unless that one was named in the
    words of an organisation that spoke before (its object, not the anaphor's referent); 公司 after
    a public body spoke is the company."""
    named = scene.last_mention(before, EntityType.ORGANIZATION)
    while named is not None and observers_firm(scene.view, named, scene.lex.about.observers):
        # 恒远资本研究总监某某指出,公司研发投入……: the broker's analyst speaks of the company before
        earlier = scene.last_mention(named.span.start, EntityType.ORGANIZATION)
        if earlier is None:
            break
        named = earlier
    org = scene.last_org_speaker or (named.entity if named is not None else None)
    if scene.last_org_speaker is None and named is not None and scene.org_voice is not None \
            and scene.org_voice[1] <= named.span.start < scene.org_voice[2]:
        org = scene.org_voice[0]  # 某某公告称,公司拟收购乙公司……。公司董事会认为: the one whose words named 乙
    if org is not None and text.endswith(_COMPANY_WORDS) and _body(scene, org, before):
        org = _last_company(scene, before) or org  # 公司表示 after 法院审理认为: the company, not the court
    return org


def _unnamed_body(scene: Scene, anaphor: str) -> Reading | None:
    """Who an organisation's anaphor with a determiner (该平台, 这家公司) stands for where the
    article names no organisation before it: the unnamed body that spoke last, if its noun is
    the anaphor's (某头部电商平台……。该平台客服回应称), else a body the article does not name. An
    anaphor with no determiner that names a body by its side (校方, 院方) is that unnamed source; a
    bare 公司 (a press release's own company, or one no rule found) stays no one's."""
    if anaphor[:1] not in DETERMINERS:
        return Reading("unnamed", anaphor, "attribution.unnamed_source.v1") if anaphor in scene.lex.unnamed_sources else None
    noun = anaphor.lstrip(_POINTERS + _BODY_CLASSIFIERS)
    if scene.last_unnamed and noun and scene.last_unnamed.endswith(noun):
        return Reading("unnamed", scene.last_unnamed, "attribution.unnamed_anaphor.v1")
    return Reading("unnamed", anaphor, "attribution.unnamed_anaphor.v1")


def _named_by_head(scene: Scene, words: list[str], before: int) -> str | None:
    """The organisation a bare head noun stands for (法院, 交易所, 研究院): the last one named
    before ``before`` whose name ends in that noun."""
    if len(words) != 1 or len(words[0]) < 2 or not _CJK_WORD.fullmatch(words[0]):
        return None
    head = words[0]
    return scene.organisation_ending(head, before)


def _surname_title(scene: Scene, text: str, before: int) -> str | None:
    """李发言人, 王部长, 陈教授: a surname and a role stand for the last person named before
    whose name starts with that surname."""
    surname = surname_titled(text, lambda title: addresses_person(scene.lex, title)) \
        if "的" not in text and surname_initial(text) else None  # 欧阳医生: a surname of two characters too
    if surname is None:
        return None  # (某某的律师: someone of theirs)
    people = [m for m in scene.mentions if m.span.end <= before and scene.types.get(m.entity) is EntityType.PERSON
              and (name := scene.view[m.span.start:m.span.end]).startswith(surname) and len(name) > len(surname)
              and not is_role(scene.lex, name[len(surname):])]  # (李教授 found before as a speaker: the same reference)
    return people[-1].entity if people else None


def _body(scene: Scene, key: str, before: int) -> bool:
    """Whether the organisation ``key`` is a public body: its last name before ``before`` ends
    in a body's head (法院, 统计局, 经济部) or 政府."""
    m = next((m for m in reversed(scene.within(0, before)) if m.entity == key), None)
    return m is not None and _body_name(scene, m)


def _body_name(scene: Scene, m: Mention) -> bool:
    """Whether the name at ``m`` is no company's: a public body's (法院, 统计局, 政府) or one that
    ends as a think tank's, a school's or an association's does (某某智库, 某某大学, 某某协会)."""
    name = scene.view[m.span.start:m.span.end]  # folded: 廳 reads 厅
    return name[-1:] in scene.lex.bound_heads or name.endswith(("政府", "法院")) \
        or scene.lex.not_companies.suffix(name) is not None


def _last_company(scene: Scene, before: int) -> str | None:
    """The organisation named last before ``before`` that is no public body (by its last name)."""
    judged: set[str] = set()
    for m in reversed(scene.within(0, before)):
        if m.entity in judged or scene.types.get(m.entity) is not EntityType.ORGANIZATION:
            continue
        judged.add(m.entity)  # an entity's last name decides, as for _body
        if not _body_name(scene, m):
            return m.entity
    return None


def _document_owner(scene: Scene, text: str, before: int) -> str | None:
    """Who published the document ``text`` names (研报, 该报告, 内部信): the last organisation or
    person named in the sentence where the same document noun last appeared before, but for the
    one it was sent to (深交所向某某股份下发问询函: a preposition's object) and the channel it
    came through (某某通过官方微博发布声明)."""
    noun = text[1:] if text[:1] in ("该", "此") else text[2:] if text[:2] in ("这份", "这篇", "上述") else text
    if len(noun) < 2:
        return None
    at = scene.view.rfind(noun, 0, before)
    while at >= 0:
        sentence = max(scene.view.rfind(c, 0, at) for c in "。!?\n") + 1
        owners = [m for m in scene.within(sentence, at) if scene.types.get(m.entity) in _SPEAKING
                  and not _told(scene, m) and not _channel(scene, m)]  # 某某发布内部信: a person's too
        if owners:
            return owners[-1].entity
        at = scene.view.rfind(noun, 0, at)
    return None


def _told(scene: Scene, m: Mention) -> bool:
    """Whether the mention is the object of a preposition right before it (向|某某, 对|某某)."""
    before = scene.tokens.previous(m.span.start)
    return before is not None and scene.view[before[0]:before[1]] in scene.lex.prepositions


def _before_act(lex: ClaimLexicon, words: Sequence[str]) -> int | None:
    """How many of an unnamed source's ``words`` name it when an act with its particle follows
    them (有会员|临终前|还|拉着|他|的|手, 一位|老人|拉着|记者|的|手): when it spoke and what it did as it
    spoke are no part of it, which ends at its last source word, head or role (一位|外资|分析师) that
    owns nothing (记者|的|手); None where no act follows."""
    last = max((k for k, w in enumerate(words) if (w in lex.unnamed_sources or w in lex.unnamed_heads
                                                    or is_role(lex, w)) and words[k + 1:k + 2] != ["的"]), default=None)
    if last is None or not any(w in ASPECT or len(w) == 2 and w[1] in ASPECT for w in words[last + 1:]):
        return None
    return last + 1


def _unnamed_label(scene: Scene, words: list[str], text: str, span: Span) -> str | None:
    """The label of an unnamed source: a known source word (有观点, 知情人士, 市场) or a group
    that ends in a source noun (多位创业者, 外资分析师, 一位不愿具名的渠道负责人)."""
    lex = scene.lex
    cut = _before_act(lex, words)
    if cut is not None and text.startswith(label := "".join(words[:cut])):
        words, text = words[:cut], label
    if words[0] in lex.quantifiers and any(w in lex.unnamed_sources for w in words[1:]):
        return text  # 有外媒, 也有媒体
    known = lex.unnamed_sources.prefix(text)
    if known is not None and known != text and (lex.unnamed_sources.suffix(text) or "") not in ("", known):
        return text  # 市场|监管部门: a field, then a source of its own, is that source's whole label
    if known is not None and (known == text or text[len(known):] in lex.unnamed_heads
                              or not any(w in lex.unnamed_heads for w in words)):
        return known if known == text or not any(w in lex.unnamed_heads for w in words) else text
    if any(w in lex.unnamed_heads for w in words[-1:]) or lex.unnamed_heads.suffix(text):
        return text
    if len(words) >= 2 and words[-1] == _PLURAL and _kind_of_people(scene, words[-2]):
        return text  # 网友|们, 球员|们: the kind of person made plural
    if words[0] in lex.quantifiers and is_role(lex, words[-1]):
        return text  # 一名立委, 多位部长: a group named by title
    if len(words) >= 2 and words[0] in lex.quantifiers and not scene.within(span.start, span.end):
        return text  # 也有部分经销商, 另有: a group the article counts but does not name
    return None


def _kind_of_people(scene: Scene, word: str) -> bool:
    """A source's noun or a noun of a kind of person (家长, 网友; 球员, 村民: two or three
    characters the dictionary holds as a noun that end in a character of a kind of person)
    that 们 may make plural."""
    return word in scene.lex.unnamed_heads or len(word) <= 3 and _noun_of_a_kind(scene, word)


def _pronoun(scene: Scene, word: str, before: int) -> str | None:
    """The person a 他 / 她 / 其 stands for: the last person named before it, unless that
    person was only named in the sentence of another person's words (某某说,同事某某……。他还表示:
    the one who spoke)."""
    lex = scene.lex
    if word in lex.person_pronouns or word in lex.first_pronouns:
        named = scene.last_mention(before, EntityType.PERSON)
        # the quotations of the paragraph before it (a stop inside one leaves its closer after the sentence's end),
        # read only where a person was named
        quoted = quotations(scene.view, scene.view.rfind("\n", 0, before) + 1, before) if named is not None else ()
        while named is not None and (not scene.agrees(named.entity, word)
                                     or any(q.start < named.span.start and named.span.end < q.end - 1 and q.end <= before
                                            for q in quoted)):
            # (某某先生……。她说: not him; “孙老师说的问题是真问题。”他说: not one the words name, but 网名“小北”:
            # a name quoted alone)
            named = scene.last_mention(named.span.start, EntityType.PERSON)
        officer = scene.officer_spoke(before) if word != "其" else None
        if officer is not None and (named is None or named.span.start < officer[0]) and scene.agrees(officer[1], word):
            referred = _titled_since(scene, officer[0], before)
            if referred is not None and scene.agrees(referred, word):
                return referred  # ……负责人表示……。郑理事长起身致歉。“……”她说: the person named by surname and title since
            return officer[1]  # 某某银行行长表示……。他指出: the officer, who spoke for the bank
        if named is None:
            return scene.last_of(before, EntityType.ORGANIZATION) if word == "其" else None
        spoke = scene.person_spoke(before)
        if spoke is not None and spoke[2] != named.entity and not spoke[0] <= named.span.start < spoke[1] \
                and scene.agrees(spoke[2], word) \
                and _one_sentence(scene.view, min(spoke[0], named.span.start), max(spoke[1], named.span.end)):
            return spoke[2]
        return named.entity
    return None


_LONGEST_ROLE = 6  # characters of a role read after a surname (郑|理事长, 王|副局长)


def _titled_since(scene: Scene, start: int, end: int) -> str | None:
    """The person the last surname and title in ``[start, end)`` stands for (郑理事长: 郑慧敏), if any."""
    view = scene.view
    for k in range(end - 2, start - 1, -1):  # the last one first
        if view[k] in SURNAMES and (k == 0 or not _CJK_WORD.fullmatch(view[k - 1]) or view[k - 1] in "的,。") \
                and (role := scene.lex.roles.prefix(view[k + 1:k + 1 + _LONGEST_ROLE])) is not None \
                and (person := _surname_title(scene, view[k:k + 1 + len(role)], k)) is not None:
            return person
    return None


def _group_before(scene: Scene, start: int) -> Reading | None:
    """The group that opens the sentence right before the one ``start`` is in, which a 他们
    opening this one stands for: people the article does not name (多位分析师), or an
    organisation's people (花旗分析师: the bank speaks through them); none for a person's."""
    this = sentence_start(scene.view, start)
    opener = scene.view[this:start].strip(" ,")
    if this == 0 or opener and opener not in scene.lex.connectives and opener not in scene.lex.adverbs:
        return None  # (不过|他们认为 opens the sentence too; 王凯说他们…… does not)
    reading = opening_subject(scene, sentence_start(scene.view, this - 1), this - 1)
    if reading is None or reading.kind not in ("entity", "unnamed") \
            or reading.kind == "entity" and scene.types.get(reading.key) is not EntityType.ORGANIZATION:
        return None
    return Reading(reading.kind, reading.key, "attribution.pronoun.v1")


def _one_sentence(view: str, start: int, end: int) -> bool:
    """Whether ``view[start:end]`` lies within one sentence."""
    return next(islice(split_sentences(view, start, end), 1, None), None) is None


def _rule(cue: Cue) -> str:
    return "attribution.data_vendor.v1" if cue.cls == "data" else "attribution.cue_before.v1"
