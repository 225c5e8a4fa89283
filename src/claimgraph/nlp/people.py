"""Discovery sieves for people no catalog knows: a name after a title or role (美国总统某某,
分析师某某, CEO 某某), before a verb of saying or its noun (某某表示, 某某的回应), in
transliteration (某某·某某, to the name's last word). Boundaries come from jieba's tokens.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from ..models import EntityType
from .dictionary import default_tables
from .gates import NOT_FIRST
from .lexicons import (
    GENERIC_WORDS, HONORIFICS, KIN, NOT_NAME_ENDINGS, NOUN_LIKE_SPEECH_VERBS, SPEECH_VERBS, SURNAMES, TRANSLITERATION,
    NameWords, speaks_in_clause,
)
from .names import NameIndex
from .tokens import (
    ADVERB_SURNAMES as _ADVERB_SURNAMES, ADVERB_TAGS, ALL_CJK as _ALL_CJK, ASPECT, CJK as _CJK, CONJUNCTIONS, ELDERS,
    FAMILIAR, GLUED_ADVERBS,
    LATIN as _LATIN, NAME_BREAKERS as _NAME_BREAKERS, KIND_OF_PERSON_ENDS, NOT_GIVEN_NAME_TAGS as _NOT_GIVEN_NAME_TAGS,
    PARTICLES as _PARTICLES, PRONOUN_CHARS, QUOTE_PAIRS, Candidate,
    Tokens, adverb_then_preposition, modal_and_adverb, opens_with_modal,
    surname_initial as _surname_initial,
)

# words that point at a kind (这种, 一种): what follows them describes a thing (这种冷冰冰的表态), no person
_KIND_POINTERS = frozenset({"这种", "那种", "这样", "那样", "这般", "一种", "某种", "如此", "此种", "这类", "那类"})
# adverbs of when that stand between a name and what one did (王磊|刚|送走, 李静|才|开门), given
# names' last characters too (王志|刚|表示): an adverb only where no verb of saying follows
_WHEN_ADVERBS = frozenset("刚才正")
# the sides of a talk or dispute (日方, 双方): after 向 or 对, the one addressed, never a given name
_PARTIES = frozenset({"日方", "美方", "中方", "对方", "双方", "各方", "外方", "欧方", "俄方", "英方", "韩方", "资方", "校方", "警方"})
# first characters of two-character verbs (强调, 表示, 透露): standing alone as a token, they
# are no verb but the last character of a name jieba split (葛立|强|向, not 强调)
_VERB_HEADS = frozenset("表认透告坦感强提解介")
# a surname that is a preposition as often: after a verb (成立于), or before a count or a time (於三年间)
_PREPOSITION_SURNAMES = frozenset("于於")
_NUMERALS = re.compile(r"[0-9０-９一二两三四五六七八九十百千]")  # what opens a count or a time, no given name
_JOINS = "·-"  # what joins the words of a transliterated name: a dot, or a hyphen (阿卜杜勒-阿齐兹)
_DOT = re.compile(rf"[{_CJK}][{_JOINS}][{_CJK}]")
_GLOSS = re.compile(rf"[(（]([{_LATIN}][{_LATIN}.\-&' ]{{1,40}})[)）]")  # diacritics too (Łukasz)
_WITH_PERSON = frozenset("与和跟同像对被让给向由找请问")
# one-character verbs of saying the segmenter runs a given name into (李|明说: 明说 is a word)
_GLUED_SPEECH = frozenset("说称道")
_SAID = frozenset("说称")  # of those, the ones no given name ends in
_SAID_WHERE = ("在", "于", "对", "向", "接受")  # what opens where, when or to whom one speaks (the folded view)
_WHEN_ENDS = frozenset("后前时")  # what ends a two-character word of when (庭后, 会前), never a given name
_OPENS_CLAUSE = frozenset(",:;。!?\n”」』\"")  # what stands before a clause's first word
# last characters of collective nouns a surname may begin (车企, 药商, 业界): no one's name
_COLLECTIVE = frozenset("企商界们者")
# how the name of a team, a group or a place ends (雷鹰队在九局……, 青岗镇在……): it acted, no person
_PLACE_OR_GROUP_ENDS = frozenset("队團团组組会會社军軍帮幫村镇鎮乡鄉县縣市区區港湾灣岛島州省厂廠店")
# pronouns, which end no name (采访时他说: 时 is a surname too)
_PRONOUNS = PRONOUN_CHARS
# first characters of a piece that is no part of a name before it: particles, prepositions,
# adverbs (林美玲|还|强调, 郑海燕|再称, 林慧珊|向|记者)
_NOT_NAME_PIECES = _NAME_BREAKERS | _PARTICLES | NOT_FIRST | GLUED_ADVERBS | frozenset("自")
_TITLED_SPEECH = SPEECH_VERBS + NOUN_LIKE_SPEECH_VERBS  # after a title, 预期 is a verb
# degree adverbs: after one, 看好 and 担心 are verbs too (陈某某十分看好, 她非常担心)
_DEGREE = frozenset({"十分", "非常", "很", "颇为", "相当", "极其", "极为", "特别", "格外", "尤为", "较为", "比较",
                     "更加", "深表", "深感", "颇"})
_SPEECH_PAIRS = frozenset(v for v in SPEECH_VERBS if len(v) == 2)  # 笑说: a verb of saying a boundary may cut
_DURATIVE = frozenset("着著")  # the particle of what one does as one speaks (笑着说, 红着眼眶说)
_MANNER_PARTICLES = _DURATIVE | {"了"}  # a verb's particles, which end no name (老闆|笑著|說: how he said it)
# jieba's tags of a person's name; a word with none is one its dictionary does not know
_PERSON_TAGS = frozenset({"nr", "nrt", "nrfg"})
_NOT_NAME_STARTS = frozenset({"t", "p", "c", "r", "f"})  # the tags of a whole word after a title that begins no name
# when one acted, right after one's name, then what one did (昨天抵达, 28日上午, 去年辞去): a day, a
# part of one, a week's day, a year; a figure or words after it, not punctuation
_ACTED_WHEN = re.compile(r"(?:[昨今前明](?:天|日|晚|早)|日前|近日|上周|上週|本周|本週|上月|本月|去年|今年|前年|当天|當天|当晚|當晚"
                         r"|[周週][一二三四五六日末]|星期[一二三四五六日天]|[0-9０-９]{1,2}日|[0-9０-９]{1,2}月[0-9０-９]{1,2}日)"
                         r"(?:上午|下午|晚间|晚間|凌晨|早上|中午|晚上)?[\u4e00-\u9fff0-9０-９]")
_SET_AGAINST = frozenset("则則却卻")  # 开杂货店的某某则有另一种担心: a subject set against the one before
# adverbs that follow a subject before its verb (卖臭豆腐的某某已经在这里干了十一年)
_SUBJECTS_ADVERBS = ("已经", "已經", "一直", "早已", "曾经", "曾經", "仍然", "依然", "正在", "也", "还", "還", "都", "又")
# one's age or sex right after one's name (今年48岁, 现年52岁, (男,32岁), ,女,, ,54岁,)
_AGED = re.compile(r"(?:今年|现年|現年)[0-9０-９一二三四五六七八九十]{1,3}[岁歲]|[(（][男女][,，、]|[,，][男女][,，]"
                   r"|[,，][0-9０-９一二三四五六七八九十]{1,3}[岁歲][,，、]")
# one's age right before one's name (68岁的, 今年51歲的): what a person is described by
_AGED_BEFORE = re.compile(r"[0-9０-９一二三四五六七八九十]{1,3}(?:多|余|餘)?[岁歲]的$")
_KIN_AFTER = tuple(sorted(KIN))  # for str.startswith, made once
# what follows a surname where it names no one in full: 陈姓 (surnamed Chen), and an elder's or a
# sibling's word that makes a familiar name of it (陆伯, 黄姐, 李叔: 陆伯|带同太太 is no 陆伯带)
_NOT_GIVEN_FIRSTS = frozenset("姓伯叔婶嬸姨婆嫂姐哥爷爺")

# nouns of an online account, whose quoted name follows (网友“某某”, 用户「某某」): like a title
_HANDLE_NOUNS = ("网友", "网民", "用户", "账号", "帐号", "网名", "昵称", "博主", "主播", "达人", "UP主", "up主", "网红",
                 "自媒体人", "自媒体", "车评人", "测评人", "部落客", "实况主", "YouTuber", "Youtuber", "youtuber")
# words of many before the noun: many accounts go by no one name (不少网友“吐槽”: a scare quote)
_MANY = ("不少", "很多", "许多", "众多", "大量", "部分", "一些", "多位", "多名", "有的", "各路", "广大", "大批", "诸多", "多数")
# verbs that ask or lead someone to act (要求用户“注销校园贷”, 诱导网友「点击链接」): the noun
# after one is who is asked, the quotation what they are asked to do, no name
_PIVOTS = ("要求", "让", "讓", "请", "請", "提醒", "引导", "引導", "诱导", "誘導", "督促", "呼吁", "呼籲",
           "鼓励", "鼓勵", "告知", "劝", "勸", "教", "叫")
# the tags of a quoted word that is a scare quote, not a name (网友“吐槽”, 用户“点赞”)
_NOT_HANDLE_TAGS = frozenset({"v", "vn", "vd", "a", "ad", "an", "d", "i", "l"})
# a quoted name of two to twelve characters, CJK, Latin or digits (“阿哲测评”, 「Kiki的日常」)
_PSEUDONYM_TAGS = frozenset({None, "nr", "nrfg", "nrt"})  # what a made-up name may be in the dictionary
_PSEUDONYM = re.compile(r"([\u4e00-\u9fff]{2,4})\((?:化名|匿名|非真名)\)")  # the view's brackets are half-width
# the ends of a trade's word the dictionary may not hold (外送员, 调音师): one who works at it
_TRADE_ENDS = frozenset("员师")
# how a noun for a kind of person ends before a name: the kinds' characters and 人 (年轻人|某某, 商人|某某,
# 证人|某某), which makes so many words of people that it ends no kind elsewhere
_PERSON_ENDS = KIND_OF_PERSON_ENDS | {"人"}
_KIND_LASTS = _PERSON_ENDS | {w[-1] for w in KIN}  # how a kind of person's word ends, kin's too
_WORD_COMPOUNDS = frozenset({"东方", "长孙"})  # surnames of two characters that are common words too (东方明珠)
# what no given name after a rarer surname of two characters is: a function word, a number, an adverb
# (unlike NOT_GIVEN_NAME_TAGS, a verb or a time word may be one there: 令狐|冲)
_NOT_GIVEN_TAGS = frozenset({"p", "c", "u", "uj", "ul", "r", "m", "q", "f", "d", "vn", "y", "e"})
# adverbs of one character that follow a name before its verb (先, 已, 曾, 将, 也 …): no part of a
# transliteration after one of its words
_ADVERB_CHARACTERS = GLUED_ADVERBS | frozenset("先已才正刚仍将")
# the tags of a common word that is a given name too, after a lone surname (叶|建国 ns, 孙|大海 n):
# a name's, a place's or a noun's, not a verb's or a time word's (员工|张|贴出, 王|明天)
_GIVEN_WORD_TAGS = frozenset({"nr", "nrfg", "ns", "nz", "n"})
_PLAIN_GIVEN_TAGS = frozenset({"n", "ns", "nr", "nz"})  # an ordinary word as a given name (大山 ns, 海燕 nr)
_GLUED_NAME_TAGS = frozenset({None, "nr", "nrfg", "ns"})  # a rare name or place the dictionary holds (欧阳海 ns)
_FULL_NAMES = ((3,), (3, 4))  # a full name's length, after a surname of one character or of two (欧阳静, 欧阳振宇)
_EVERYDAY_ADVERB = 3000  # an adverb jieba counts this often (几乎, 一直, 尚未) is no given name; 大同 (563) is
COMMON_COUNT = 400  # a word jieba's dictionary counts this often is a common word (老师, 小时, 小区), no name
_QUOTED_HANDLE = re.compile(r"[“「『\"]([\u4e00-\u9fffA-Za-z0-9_·的]{2,12})[”」』\"]")
_LONGEST_NAME = 6  # characters of a transliterated name read after a title (阿卜杜拉希)
# tags a surname's given name may not have: a function word's (立新 d is a name's), and after a
# title not a verb's either (主席邓|启明 v)
_NOT_GIVEN_NAME = _NOT_GIVEN_NAME_TAGS - {"d"}
_NOT_GIVEN_NAME_TITLED = _NOT_GIVEN_NAME - {"v"}
_TIME_CHARACTERS = frozenset("天日晚晨早年月周週午间夜时点季")  # what a time word holds (今天, 晚间, 上月)
_DAY_POINTERS = frozenset("昨今明前")  # what opens a time word before its character of time (昨午, 今晨)
_FOREIGN_PIECE_TAGS = frozenset({None, "nr", "nrt", "ns"})  # a piece of a foreign name: unknown, a name's, a place's
_LONGEST_FOREIGN = 8  # characters of a foreign name read in pieces without a dot (费尔南|迪斯)
_LONGEST_TITLE = 8  # characters of the longest title a segmenter may cut before a name (首席投资官)
_LONGEST_APPOSITION = 24  # characters of a clause that describes the name before it (某某证券新能源行业分析师)
_SPEECH_NOUNS = ("回应", "表态", "说法", "声明", "发言", "讲话", "言论", "观点", "评论")




class PersonSieves:
    """The people sieves, with what they read: jieba's dictionary tags, the lexicons, the
    catalog's names."""

    def __init__(self, index: NameIndex, tags: Mapping[str, str], words: NameWords):
        self._index, self._tags, self._words = index, tags, words
        self._freq = default_tables().freq  # jieba's counts, read once with the tags
        titles = "|".join(map(re.escape, words.titles))
        self._title = re.compile(rf"(?:{titles})(?=\s?[{_CJK}])")
        self._title_last = re.compile(rf"(?:{titles})\Z")  # a phrase that ends in a title
        self._surname_firsts = frozenset(s[0] for s in SURNAMES)  # where a name may start

    def _generic(self, word: str) -> bool:
        return word in GENERIC_WORDS or word in self._words.generic_organisations

    def _kind_of_person(self, word: str) -> bool:
        """员工, 射手, 村民, 知名演员: a word the dictionary holds as a noun of two or three
        characters, or a set phrase of four, that ends in a character of a kind of person; or a
        trade's word of three it does not hold (外送员)."""
        if word in KIN:
            return True  # 长子|萧志平, 女儿|林某某: whom the person is to someone
        tag = self._tags.get(word)
        return word[-1:] in _PERSON_ENDS and bool(_ALL_CJK.fullmatch(word)) \
            and (2 <= len(word) <= 3 and tag == "n" or len(word) == 4 and tag in ("n", "l")
                 or len(word) == 3 and tag is None and word[-1] in _TRADE_ENDS)

    def title_people(self, view: str, tokens: Tokens) -> Iterator[Candidate]:
        """教授宋立言, 美国总统拜登, CEO 王某某: a name right after a title or role."""
        for m in self._title.finditer(view):
            start = m.end() + (view[m.end()] == " ")
            if (whole := tokens.end_at(m.start())) is not None and whole > m.end():
                continue  # 原告方, 被告人: the title begins a longer word the segmenter knows
            first = tokens.end_at(start)
            if first is not None and first - start >= 2 and self._tags.get(view[start:first]) in _NOT_NAME_STARTS:
                continue  # 分析师|此前|平均预期: a time word, a pronoun or a preposition begins no name
            if opens_with_modal(view[start:start + 2]):
                continue  # 投资人|会先|问, 律师|应当: a modal and an adverb begin a predicate (检察长应勇 is a name)
            if view[start] in _DAY_POINTERS and view[start + 1:start + 2] in _TIME_CHARACTERS:
                continue  # 发言人|昨午|发表声明: a time, no surname and a given name
            if adverb_then_preposition(view, start):
                continue  # 居民代表|曾对媒体说: the adverb 'once' and a preposition, no surname and a name
            if (glued := self._name_glued_to_title(view, tokens, start)) is not None:
                yield Candidate(start, glued, EntityType.PERSON, "discover.title_person.v1")
                continue
            end = self.name_end(view, tokens, start, titled=True)
            if end is None:
                end = self.foreign_name_end(view, tokens, start)
            rest = self._spoken_rest(view, tokens, start, end if end is not None else start)
            if rest - start >= 2:
                end = rest
            if end is not None and end - start == 2 \
                    and (view[end - 1] in _WHEN_ENDS or view[end - 1] in NOT_NAME_ENDINGS):
                continue  # 律师|庭后|表示: a word of when, 投手|单场: of a place or a match, no surname and a given name
            if end is not None and (view[end - 1] in _PRONOUNS or view[end - 1] in _MANNER_PARTICLES):
                continue  # 学者|曾对我|直言, 老闆|笑著|說: an adverb, a preposition and a pronoun, no given name
            if end is not None and (whole := tokens.end_at(start)) is not None and whole > end \
                    and view[start:whole] in self._tags:
                continue  # 被告|明知故犯: the name would cut a word the dictionary holds (an idiom, not 明知故)
            if end is not None:
                yield Candidate(start, self._transliterated_end(view, tokens, start, end), EntityType.PERSON,
                                "discover.title_person.v1")

    def _transliterated_end(self, view: str, tokens: Tokens, start: int, end: int) -> int:
        """Where a foreign name read as ``[start, end)`` ends when the segmenter cut it: words no
        dictionary holds, or holds as a name or a place, made only of the characters foreign names
        are written with, right after a name made only of them (主教练费尔南|迪斯|赛后说: 费尔南迪斯,
        贝纳维|德斯)."""
        if not TRANSLITERATION.issuperset(view[start:end]):
            return end
        while (after := tokens.end_at(end)) is not None and after - end <= 3 and after - start <= _LONGEST_FOREIGN \
                and self._tags.get(view[end:after]) in _FOREIGN_PIECE_TAGS \
                and TRANSLITERATION.issuperset(view[end:after]):
            end = after
        return end

    def apposed_people(self, view: str, tokens: Tokens) -> Iterator[Candidate]:
        """某某,某某证券新能源行业分析师,认为……: a full name that is a clause of its own, then a
        clause that ends in a title and describes it (an apposition), then what the person said
        or did."""
        for start, _ in tokens:
            if start and view[start - 1] not in _OPENS_CLAUSE:
                continue
            end = self.name_end(view, tokens, start)
            if end is None or view[end:end + 1] != "," or end not in tokens.boundaries:
                continue
            described = view.find(",", end + 1, end + 1 + _LONGEST_APPOSITION)
            if described < 0 or "。" in view[end + 1:described] or not _ALL_CJK.match(view, described + 1) \
                    or self._title_last.search(view, end + 1, described) is None:
                continue
            yield Candidate(start, end, EntityType.PERSON, "discover.apposed_person.v1")

    def _name_glued_to_title(self, view: str, tokens: Tokens, start: int) -> int | None:
        """Where the name ends when the segmenter glued a title's last character to the name
        after it (首席财务|官杜敏|补充说): the rest of that word, a full name no dictionary holds."""
        if start in tokens.boundaries:
            return None
        end = next((e for e in range(start + 1, start + 5) if e in tokens.boundaries), None)
        if end is None:
            return None
        if end == start + 1 and view[start:start + 2] in SURNAMES and (rest := tokens.end_at(end)) is not None:
            end = rest  # 首席执行|官司|马浩然: the first character of a surname of two glued to the title's last
        return end if self._glued_full_name(view[start:end]) else None

    def _glued_full_name(self, name: str) -> bool:
        """Whether ``name``, the rest of a word whose first characters end a title or a kind of
        person, is a full name: a surname and one or two characters, no word the dictionary holds
        but as a name, none that ends no name."""
        compound = name[:2] in SURNAMES
        return 2 + compound <= len(name) <= 3 + compound and _surname_initial(name) and bool(_ALL_CJK.fullmatch(name)) \
            and self._tags.get(name) in (None, *_PERSON_TAGS) and name[-1] not in _NOT_NAME_PIECES \
            and name[-1] not in NOT_NAME_ENDINGS

    def kind_people(self, view: str, tokens: Tokens) -> Iterator[Candidate]:
        """员工李某某, 射手郑某某, 村民王某: a name right after a word the dictionary holds as a
        noun that ends in a character of a kind of person (员, 手, 师, 生, 者, 工, 客, 民, 友),
        whatever the kind, where no title list knows it: a full name (a surname and two
        characters, a compound surname and one or two) that holds no common word and ends in
        none that ends no name."""
        for i, (start, end) in enumerate(tokens):
            if view[end:end + 1] in _KIND_LASTS and i + 1 < len(tokens) and tokens[i + 1][0] == end \
                    and (glued := self._name_glued_to_kind(view, tokens, i + 1, start)) is not None:
                yield Candidate(end + 1, glued, EntityType.PERSON, "discover.kind_person.v1")
                continue
            if view[end - 1] not in _KIND_LASTS or i + 1 == len(tokens) or tokens[i + 1][0] != end:
                continue  # (the ending read first: the one test most words fail, before any slicing)
            if end - start == 1 and i and tokens[i - 1][1] == start:
                start = tokens[i - 1][0]  # 快递|员|欧阳|立新: the kind's last character cut off on its own
            if not self._kind_of_person(view[start:end]):
                continue
            if view[end] in _ADVERB_SURNAMES or opens_with_modal(view[end:end + 2]) or view[end] in CONJUNCTIONS:
                continue  # 老师|曾有好几次, 律师|应先|问: the adverb 'once' or a modal, not a surname; 商户|和|顾客:
                # two kinds joined (顾客 is a name to the dictionary)
            name = self.name_end(view, tokens, end)
            whole = name
            if name is not None:
                name = self._before_glued_verb(view, tokens, end, name)  # 清洁工|温伯笑|说
            # 退休钳工|王|大山: the surname alone and a noun of two as one word, the way the segmenter
            # cuts a name whose given name is an ordinary word (大山, 建国, 海燕), ends a name too
            plain = name == end + 3 and tokens.end_at(end) == end + 1 and self._ordinary_given(view, tokens, end + 1)
            if name is not None and name - end in _FULL_NAMES[view[end:end + 2] in SURNAMES] \
                    and whole in tokens.boundaries \
                    and view[name - 1] not in _NOT_NAME_PIECES and (plain or view[name - 1] not in NOT_NAME_ENDINGS) \
                    and not self._generic(view[end:name]) and (plain or not self._common_inside(view, tokens, end, name)) \
                    and self._tags.get(view[end:end + 2]) != "d":  # 客户|迟早会走: an adverb, no surname and a name
                yield Candidate(end, name, EntityType.PERSON, "discover.kind_person.v1")

    def _name_glued_to_kind(self, view: str, tokens: Tokens, k: int, kind_start: int) -> int | None:
        """Where the name ends when the segmenter glued the last character of a kind of person to
        the name after it (快递|员田伟|表示, 外卖|员杨春花): the word before and that character make
        the kind, the rest of the word a full name no dictionary holds, or a surname alone before
        an ordinary word as its given name (快递|员张|玉山); else None."""
        start, end = tokens[k]
        if view[start:end] in self._tags or not self._kind_of_person(view[kind_start:start + 1]):
            return None
        if end == start + 2 and view[start + 1] in SURNAMES and (
                self._ordinary_given(view, tokens, end) or tokens.end_at(end) == end + 2
                and _ALL_CJK.fullmatch(view[end:end + 2]) and self._tags.get(view[end:end + 2]) in _GLUED_NAME_TAGS):
            return end + 2  # 快递|员张|玉山, 菜|贩黄|冠霖: the surname glued to the kind, the given name after it
        return end if self._glued_full_name(view[start + 1:end]) else None

    def _ordinary_given(self, view: str, tokens: Tokens, at: int) -> bool:
        """Whether the word at ``at``, after a surname the segmenter left alone, is an ordinary
        noun of two characters that may be the given name (王|大山, 快递员张|玉山: 大山 ns, 海燕 nr)."""
        return tokens.end_at(at) == at + 2 and self._tags.get(view[at:at + 2]) in _PLAIN_GIVEN_TAGS

    def _common_inside(self, view: str, tokens: Tokens, start: int, end: int) -> bool:
        """Whether a word of two or more characters the dictionary counts as common lies in
        ``[start, end)`` (员工|张贴, 学生|时代): words, not a name. After a surname the segmenter
        cut off on its own, a common word is the given name (教师|叶|建国, 渔民|孙|大海)."""
        a = start
        while a < end and (b := tokens.end_at(a)) is not None:
            if b - a >= 2 and (self._freq.get(view[a:b]) or 0) >= COMMON_COUNT \
                    and not (a == start + 1 and view[start] in SURNAMES and self._tags.get(view[a:b]) in _GIVEN_WORD_TAGS):
                return True
            a = b
        return False

    def pseudonyms(self, view: str, tokens: Tokens) -> Iterator[Candidate]:
        """小李(化名), 陈女士(化名): a name the article says it made up is a person all the same,
        from a token's start to the bracket."""
        for m in _PSEUDONYM.finditer(view):
            end = m.end(1)
            # the shortest name from a word's start that is no common word (老用户|阿明, 王|女士 -> 王女士)
            start = next((s for s in range(end - 2, m.start(1) - 1, -1) if s in tokens.boundaries
                          and view[s] not in NOT_FIRST and self._tags.get(view[s:end]) in _PSEUDONYM_TAGS), None)
            if start is not None and not self._generic(view[start:end]):
                yield Candidate(start, end, EntityType.PERSON, "discover.pseudonym.v1")

    def withheld_names(self, view: str, tokens: Tokens) -> Iterator[Candidate]:
        """骑手刘某, 被告王某某: a surname and 某 (or 某某), a name the article withholds, is a
        person all the same; the surname opens a word (not 对方|某种), and 某 ends one."""
        if "某" not in view:
            return  # most articles withhold no name: no token need be read
        for i, (start, end) in enumerate(tokens):
            word = view[start:end]
            surname = word.rstrip("某")
            if surname in _PREPOSITION_SURNAMES and i and tokens[i - 1][1] == start \
                    and self._tags.get(view[slice(*tokens[i - 1])], "")[:1] == "v":
                continue  # 拍摄|于|某连锁门店, 位于某地: a preposition after its verb, no surname
            if surname == word:
                after = view[end:tokens[i + 1][1]] if i + 1 < len(tokens) and tokens[i + 1][0] == end else ""
                if word not in SURNAMES or word in NOT_FIRST or not after.startswith("某") \
                        or after not in ("某", "某某") and self._tags.get(after) is not None:
                    continue  # 于|某天: 某天 is a word, 'some day'; 某系 is none (jieba glued 刘某 and 系)
                end += len(after) if after in ("某", "某某") else 1  # 王|某某, 刘|某系 (jieba glued 某 to the next word)
            elif surname not in SURNAMES or len(word) - len(surname) > 2:
                continue
            yield Candidate(start, end, EntityType.PERSON, "discover.withheld_name.v1")

    def acting_people(self, view: str, tokens: Tokens) -> Iterator[Candidate]:
        """王建军昨天抵达北京, 李静今年48岁, 柏某(男,32岁)被抓获: a name no dictionary knows opening
        a clause, then when it acted or how old it is: a person the article tells of before (or
        without) their words. Three characters after a surname (two after a surname of two), or
        two before an age only: a shop's or a brand's short name acts at a time too (某某昨日公告).
        Anywhere in a clause, a name after one's age (68岁的赵福田) or before one's kin (王建军的妻子:
        three characters) is a person's too; and one no dictionary holds, of three characters, that
        opens a clause before where it acted (胡春燕在青岗镇开了十年饭馆)."""
        for start, end in tokens:
            if view[start] not in self._surname_firsts:
                continue
            opens = start == 0 or view[start - 1] in _OPENS_CLAUSE
            described = view[start - 1:start] == "的"  # 站在最前排的|陈阿满今年七十四岁: described, then aged
            if not (opens or described or "的" in view[end:end + 5]):
                continue
            aged_before = described and _AGED_BEFORE.search(view, max(0, start - 8), start) is not None  # 68岁的|某某
            word = view[start:end]
            compound = word[:2] in SURNAMES and len(word) >= 2
            if (len(word) < 3 + compound or len(word) > 3 + compound and word not in self._tags) \
                    and (whole := self.name_end(view, tokens, start)) is not None:
                end, word = whole, view[start:whole]  # 王|建军: a name the segmenter cut in two; 邱美华像: glued
            if not 2 + compound <= len(word) <= 3 + compound or not _surname_initial(word) \
                    or not _ALL_CJK.fullmatch(word) \
                    or (self._tags.get(word) or "nr")[:2] != "nr" or word in self._index or self._generic(word) \
                    or word[-1] in _PRONOUNS or word[-1] in _COLLECTIVE or word[-1] in self._words.bound_heads \
                    or word in self._words.titles or self._kind_of_person(word[1 + compound:]) \
                    or word[1 + compound:] in HONORIFICS or word[1 + compound] in _NOT_GIVEN_FIRSTS \
                    or compound and not self._plain_given(word[:2], word[2:]) and _AGED.match(view, end) is None:
                continue  # (章|老伯: a surname and an elder's word, which ``contexts`` reads; 东方|明珠: a word,
                # unless one's age follows it: 欧阳|建平,54岁)
            full = len(word) == 3 + compound
            if (opens or described) and _AGED.match(view, end) is not None \
                    or described and full and word not in self._tags and (
                        view[end:end + 1] in _SET_AGAINST or view.startswith(_SUBJECTS_ADVERBS, end)
                        or _ACTED_WHEN.match(view, end) is not None) \
                    or opens and full and (_ACTED_WHEN.match(view, end) is not None
                                           or view.startswith("在", end) and word not in self._tags
                                           and word[-1] not in _PLACE_OR_GROUP_ENDS) \
                    or aged_before or full and view.startswith("的", end) and view.startswith(_KIN_AFTER, end + 1):
                yield Candidate(start, end, EntityType.PERSON, "discover.acting_person.v1")

    def familiar_names(self, view: str, tokens: Tokens) -> Iterator[Candidate]:
        """司机老周说, 小李表示, 街坊梁伯则形容: 老 or 小 and a surname, or a surname and an elder's
        or a sibling's word (伯, 叔, 婶, 姨, 婆, 嫂, 姐, 哥), the way an article names someone familiarly,
        is a person where a verb of saying or its noun follows, or a kind of person or a title
        stands before it (司机老潘却……; the dictionary's tags of such
        words mean nothing: 老周 is a time word to it); a common word (老师) is none, and a
        catalog's name (小米) stays its own."""
        for start, whole in tokens:
            end = start + 2  # 老周 a word, or 小|刘 and 老|陈说 as the segmenter cut what it did not know
            familiar = view[start] in FAMILIAR and view[start + 1:end] in SURNAMES \
                or view[start + 1:end] in ELDERS and view[start] in SURNAMES \
                and view[start:end] not in self._tags  # 梁伯, 何姐, 陈叔 (not 师姐, 帅哥: words of their own)
            if familiar and (whole == end or whole == start + 1) \
                    and (self._freq.get(view[start:end]) or 0) < COMMON_COUNT and view[start:end] not in self._index \
                    and view[start:end] not in HONORIFICS \
                    and (_spoken(view, tokens, start, end) or self._titles_glued(view, tokens, start)
                         or view[start - 1:start] == "的" and view[start + 1] not in KIND_OF_PERSON_ENDS
                         and (whole == end or tokens.end_at(start + 1) == end + 1 and view[end] in _NAME_BREAKERS)):
                # (司机老潘却不以为然: a kind of person or a title before it says it is one too; 做了三年
                # 护士的小周是……: one word the segmenter made, or the surname glued to the verb after it
                # (的|小|邱是), described before it, is a person's name; not 老农, a kind of person)
                yield Candidate(start, end, EntityType.PERSON, "discover.familiar_name.v1")

    def compound_surnamed(self, view: str, tokens: Tokens) -> Iterator[Candidate]:
        """令狐|春生, 巫马|建国, 司马|骁: a surname of two characters that is no common word, as a
        word of its own, then a given name of one or two characters in one word that is no common
        word (欧阳|阵营), is a person whatever the context (not 东方|明珠: 东方 is a word of place)."""
        for i, (start, end) in enumerate(tokens):
            if end - start == 3 and (glued := self._glued_compound(view, tokens, i)) is not None:
                yield Candidate(start, glued, EntityType.PERSON, "discover.compound_surname.v1")
                continue
            if end - start != 2 or i + 1 == len(tokens) or tokens[i + 1][0] != end \
                    or view[start:end] not in SURNAMES or view[start:end] in _WORD_COMPOUNDS:
                continue
            given = tokens[i + 1][1]
            name = view[end:given]
            tag = self._tags.get(name)
            if not (1 <= len(name) <= 2 and _ALL_CJK.fullmatch(name) and all(self._given_piece(c) for c in name)
                    and tag not in _NOT_GIVEN_TAGS and name not in self._words.titles
                    and self._plain_given(view[start:end], name)):
                continue
            nxt = view[slice(*tokens[i + 2])] if i + 2 < len(tokens) and tokens[i + 2][0] == given else None
            if len(name) == 2 and tag is None and nxt is not None and not self._ends_name(nxt) \
                    and (self._tags.get(nxt) or "")[:1] != "v":
                # 司马|骁种|猕猴桃: a one-character given name the segmenter glued to a verb, whose
                # object follows (皇甫|大勇|支持: a verb of its own follows a whole name)
                continue
            yield Candidate(start, given, EntityType.PERSON, "discover.compound_surname.v1")

    def _glued_compound(self, view: str, tokens: Tokens, i: int) -> int | None:
        """Where the name ends that a word of three characters no dictionary knows opens with a
        surname of two (欧阳海|波|支持: the segmenter glued the given name's first character to the
        surname): after the next character too where it stands alone and may be part of a name,
        and a verb, a mark or a word that may follow a name comes after it; None for no name."""
        start, end = tokens[i]
        surname = view[start:start + 2]
        if surname not in SURNAMES or surname in _WORD_COMPOUNDS or self._tags.get(view[start:end]) not in _GLUED_NAME_TAGS \
                or (self._freq.get(view[start:end]) or 0) >= COMMON_COUNT \
                or not _ALL_CJK.fullmatch(view[start:end]) or not self._given_piece(view[end - 1]):
            return None
        if i + 1 < len(tokens) and tokens[i + 1] == (end, end + 1) and _ALL_CJK.fullmatch(view[end]) \
                and self._given_piece(view[end]) and view[end] not in ASPECT:
            after = view[slice(*tokens[i + 2])] if i + 2 < len(tokens) and tokens[i + 2][0] == end + 1 else ""
            if not after or self._ends_name(after) or (self._tags.get(after) or "")[:1] == "v":
                given = view[end - 1:end + 1]
                return end + 1 if self._plain_given(surname, given) else None
        return end if self._plain_given(surname, view[end - 1]) else None

    def _plain_given(self, surname: str, given: str) -> bool:
        """Whether ``given`` after a surname of two characters may be a given name: the surname no
        common word (东方), the given name none either (欧阳|阵营), or one the dictionary holds as a
        name or a place (建国)."""
        return surname not in _WORD_COMPOUNDS and (len(given) == 1 or (self._freq.get(given) or 0) < COMMON_COUNT
                                                    or self._tags.get(given) in ("nr", "ns"))

    def _ends_name(self, word: str) -> bool:
        """Whether ``word`` may follow a name: a mark, a verb of saying, an adverb, a time word, a
        preposition or a conjunction, not the rest of a verb the segmenter cut (骁种|猕猴桃)."""
        return not _ALL_CJK.fullmatch(word) or word in SPEECH_VERBS \
            or self._tags.get(word) in ("d", "t", "p", "c", "uj")

    def _given_piece(self, char: str) -> bool:
        """A character a given name may hold: no particle, pronoun, preposition or mark."""
        return char not in _NOT_NAME_PIECES and char not in NOT_NAME_ENDINGS and char not in PRONOUN_CHARS \
            and char not in ASPECT and char not in _NAME_BREAKERS

    def quoted_handles(self, view: str) -> Iterator[Candidate]:
        """博主“某某测评”, 网友「某某」, 车评人“某某说车”: a quoted name right after the noun
        of an online account or its keeper is the name the person goes by there."""
        for m in _QUOTED_HANDLE.finditer(view):
            name = m.group(1)
            noun = next((n for n in _HANDLE_NOUNS if view.endswith(n, 0, m.start())), None)
            if noun is not None and not view.endswith(_MANY, 0, m.start() - len(noun)) \
                    and not view.endswith(_PIVOTS, 0, m.start() - len(noun)) and not self._generic(name) \
                    and self._tags.get(name) not in _NOT_HANDLE_TAGS:
                yield Candidate(m.start(1), m.end(1), EntityType.PERSON, "discover.quoted_handle.v1")

    def foreign_name_end(self, view: str, tokens: Tokens, start: int) -> int | None:
        """拜登, 普莱斯（Anna Price）: a word the dictionary knows as a name, or one it does not
        know that a gloss or a verb of saying follows, right after a title."""
        end = tokens.end_at(start)
        if end is None or not 2 <= end - start <= _LONGEST_NAME or not _ALL_CJK.fullmatch(view[start:end]):
            return None
        word = view[start:end]
        tag = self._tags.get(word)
        if word in GENERIC_WORDS or word in self._words.titles or end - start > 4 and tag is not None \
                or word[0] in NOT_FIRST:
            return None  # (父亲|在世|时: a preposition opens no name, whatever the dictionary tags the word)
        if tag in _PERSON_TAGS:
            return end
        if tag is None and (_GLOSS.match(view, end) or view.startswith(SPEECH_VERBS, end)):
            return end
        return None

    def speaking_people(self, view: str, tokens: Tokens) -> Iterator[Candidate]:
        """吴某某表示, 疑似吴某某的回应 (a surname-initial word no dictionary knows, before a verb
        of saying or its noun), and a three-character word jieba's dictionary knows as a person's
        name (周润发) where a preposition or a verb of saying shows it is one (与周润发, 周润发说):
        the dictionary also tags words such as 高保真 and 许可证 as names."""
        before: tuple[int, int] | None = None
        for token in tokens:
            previous, before = before, token
            start, end = token
            if view[start] not in self._surname_firsts:
                continue  # no surname starts the word
            word = view[start:end]
            if (acted := self._name_glued_to_act(view, tokens, start, end)) is not None:
                yield Candidate(start, acted, EntityType.PERSON, "discover.glued_act_person.v1")
                continue
            glued_verb = self._before_glued_verb(view, tokens, start, end) < end
            if glued_verb:
                end -= 1  # 温伯笑|说: the first character of a verb of saying (笑说) glued to the name
                word = view[start:end]
            if not 1 <= len(word) <= 4 or not _surname_initial(word) or word[-1] in _PRONOUNS \
                    or opens_with_modal(view[start:start + 2]):
                continue  # 采访|时他|说, 律师|应先|说: a surname-like character and a pronoun or an adverb, no name
            if view[start] in _ADVERB_SURNAMES and previous is not None and previous[1] == start \
                    and self._after_name(view[previous[0]:start]):
                continue  # 骆思彤曾撰文指出: an adverb after a name, not a second name
            if view[start] in _WHEN_ENDS and previous is not None and previous[1] == start \
                    and self._tags.get(view[previous[0]:start], "")[:1] == "v":
                continue  # 截至发稿|时|尚未|回应: the 时 of a verb's time (when it was done), no surname
            if len(word) <= 2 and (glued := self._given_name_glued(view, tokens, start, end)) is not None:
                yield Candidate(start, glued, EntityType.PERSON, "discover.glued_cue_person.v1")
                continue
            compound = len(word) == 2 and word in SURNAMES  # 司徒|文杰: a surname of two characters alone
            if not glued_verb and (len(word) == 1 or compound
                                   or word[:1] in SURNAMES and len(word) == 2 and self._tags.get(word) is None):
                end = self.name_end(view, tokens, start) or end  # jieba split the name: 刘强/东
                word = view[start:end]
                if not 2 + compound <= len(word) <= 3 + compound or word[-1] in _PRONOUNS \
                        or compound and (self._tags.get(word[2:]) or "nr")[:2] != "nr":
                    continue  # (东方|证券: a surname of two characters and a word the dictionary knows, no name)
                if word[0] in NOT_FIRST and len(word) == 3 and _surname_initial(word[1:]):
                    continue  # 王凯|和|李明: a conjunction before a name, not the rare surname 和
                if self._between_nouns(view, previous, start, end):
                    continue  # 单位电池|包|成本|预计: a character between two everyday nouns, no surname
            if view[start] in _ADVERB_SURNAMES and len(word) >= 3 \
                    and self._tags.get(word[1:], "nr") not in _PERSON_TAGS:
                continue  # 此前|曾|撰文, 也|曾表示: the adverb before a word the dictionary has, no name
            if word in self._words.titles or self._generic(word) or word[1:] in self._words.titles \
                    or self._generic(word[1:]) or word[1:] in _PARTIES or self._kind_of_person(word[1:]):
                # 高管表示: a role, not a name; 向记者表示, 向媒体说, 向日方提出, 向员工表示: a preposition
                # and a role, a party or a kind of person
                continue
            if len(word) == 3 and self._tags.get(word[:2]) == "t":
                continue  # 明年|度|预计: a time word and what it counts, no surname and a name
            tag = self._tags.get(word)  # most such words the dictionary knows as no name: the context is then not read
            if len(word) == 2 and word[0] in NOT_FIRST and previous is not None and previous[1] == start \
                    and _ALL_CJK.fullmatch(view[slice(*previous)]):
                continue  # 复购|和转|介绍: a conjunction between two words and the next one's start, no name
            if tag is None:
                if len(word) <= 3 + compound and word not in self._index and word[-1] not in _COLLECTIVE \
                        and word[-1] not in self._words.bound_heads \
                        and not (len(word) == 2 and word[1] in GLUED_ADVERBS) \
                        and _ALL_CJK.fullmatch(word) and (_spoken(view, tokens, start, end)
                                                          or len(word) == 3 and self._described(view, tokens, start)):
                    yield Candidate(start, end, EntityType.PERSON, "discover.speaker_person.v1")
            elif tag == "nr" and len(word) == 3 and word[-1] not in NOT_NAME_ENDINGS \
                    and not self._cut_off(view, previous, start) \
                    and not (previous is not None and view[slice(*previous)] in _KIND_POINTERS) and (
                    view[start - 1:start] in _WITH_PERSON or _spoken(view, tokens, start, end)
                    or self._described(view, tokens, start)):
                yield Candidate(start, end, EntityType.PERSON, "discover.dictionary_person.v1")

    def _given_name_glued(self, view: str, tokens: Tokens, start: int, end: int) -> int | None:
        """Where the name ends when a surname opens a clause and the given name's last
        character and a verb of saying make one word, which the segmenter cut together
        (“……,”李|明说; 王|明称; 陈大|文说; 欧阳|振|宇称; 市民李|明说: after a title or a kind of
        person): the end of the given name, else None."""
        word = view[start:end]
        surname = word if word in SURNAMES else \
            word[:1] if len(word) == 2 and word[:1] in SURNAMES and self._tags.get(word) is None else None
        if surname is None \
                or not (start == 0 or view[start - 1] in _OPENS_CLAUSE or self._titles_glued(view, tokens, start)):
            return None
        pos = end
        if len(word) == len(surname) and tokens.end_at(pos) == pos + 1:
            pos += 1  # 欧阳|振|宇称: a piece of the given name alone before the glued word
        if tokens.end_at(pos) != pos + 2 or view[pos + 1] not in _GLUED_SPEECH or view[pos:pos + 2] in SPEECH_VERBS:
            return None  # (贾某|辩称: the word is a verb of saying whole)
        given = view[start + len(surname):pos + 1]
        if len(given) > 2 or any(not _ALL_CJK.fullmatch(c) or c in _NOT_NAME_PIECES or c in _PRONOUNS for c in given):
            return None
        return pos + 1

    @staticmethod
    def _before_glued_verb(view: str, tokens: Tokens, start: int, end: int) -> int:
        """Where the word ``[start, end)`` of three characters or more ends less the first
        character of a verb of saying glued to it (温伯笑|说: 笑说), else ``end``."""
        return end - 1 if end - start >= 3 and end in tokens.boundaries and view[end - 1:end + 1] in _SPEECH_PAIRS \
            else end

    def _name_glued_to_act(self, view: str, tokens: Tokens, start: int, end: int) -> int | None:
        """Where the name ends when a surname opens a clause and the segmenter glued the given
        name to the verb of an act done while speaking, its particle after it (张晓红笑|着|说,
        龚秀兰红|着|眼眶|说; 着 follows a verb, so the word's last character is one): the end of
        the given name, else None."""
        if view[start:end] in SURNAMES and (given_end := tokens.end_at(end)) is not None:
            end = given_end  # 欧阳|晓红笑|着|说: the surname alone, the given name glued to the verb
        word = view[start:end]
        n = 2 if word[:2] in SURNAMES else 1
        glued = word[-1] in _DURATIVE  # 龔秀蘭紅著|眼眶|說: the particle in the word too
        if not n + 2 + glued <= len(word) <= n + 3 + glued or self._tags.get(word) is not None \
                or not glued and (tokens.end_at(end) != end + 1 or view[end] not in _DURATIVE) \
                or not (start == 0 or view[start - 1] in _OPENS_CLAUSE or self._titles_glued(view, tokens, start)):
            return None
        at = end if glued else end + 1
        for _ in range(2):  # 红|着|眼眶|说: the act's object before the verb of saying
            if view.startswith(SPEECH_VERBS, at):
                break
            at = tokens.end_at(at) or at
        given = word[n:-1 - glued]
        if not view.startswith(SPEECH_VERBS, at) \
                or any(not _ALL_CJK.fullmatch(c) or c in _NOT_NAME_PIECES or c in _PRONOUNS for c in given):
            return None
        return end - 1 - glued

    def _between_nouns(self, view: str, previous: tuple[int, int] | None, start: int, end: int) -> bool:
        """Whether a surname-like character the segmenter left alone stands between a plain noun
        right before it and an everyday plain noun after it (电池|包|成本, 产品|向|市场): a piece of
        the noun phrase, no name; after a title or a kind of person (记者|王|海洋, 渔民|孙|大海) the
        words are a name."""
        if previous is None or previous[1] != start or end - start != 3:
            return False
        before, given = view[slice(*previous)], view[start + 1:end]
        return self._tags.get(before) == "n" and self._tags.get(given) == "n" \
            and (self._freq.get(given) or 0) >= COMMON_COUNT and bool(_ALL_CJK.fullmatch(before)) \
            and before not in self._words.titles and not self._generic(before) and not self._kind_of_person(before)

    def _cut_off(self, view: str, previous: tuple[int, int] | None, start: int) -> bool:
        """Whether the one character before ``start`` makes a word with the character at it
        that the segmenter cut apart (中|方有何回应: 中方 is the word, 方有何 no name)."""
        return previous is not None and previous == (start - 1, start) and view[start - 1:start + 1] in self._tags

    def _described(self, view: str, tokens: Tokens, start: int) -> bool:
        """Whether 的 stands right before ``start`` after a title or a kind of person (做了二十年的士
        司机的|陈志强): who follows is the person so described."""
        return view[start - 1:start] == "的" and self._titles_glued(view, tokens, start - 1)

    def _titles_glued(self, view: str, tokens: Tokens, start: int) -> bool:
        """Whether the word that ends at ``start`` is a title or a kind of person that names
        who follows (市民|李|明说, 教练|王|明称)."""
        before = tokens.start_before(start)
        word = view[before:start] if before is not None else ""
        return word in self._words.titles or self._kind_of_person(word)

    def _after_name(self, word: str) -> bool:
        """Whether ``word``, right before a surname that is an adverb as often (曾), may end a
        name: Chinese, no title (教授|曾某某), no particle or preposition (据|曾某某), no
        word the dictionary tags as anything but a noun or a name (符|清源 ends one)."""
        return bool(_ALL_CJK.fullmatch(word)) and word not in self._words.titles and word[-1] not in _PARTICLES \
            and word not in NOT_FIRST and self._tags.get(word, "nr").startswith("n")

    def name_end(self, view: str, tokens: Tokens, start: int, titled: bool = False) -> int | None:
        """Where the Chinese name of a person that starts at ``start`` ends, if one starts there;
        ``titled``: right after a title, where a given name the dictionary tags as a verb (邓|启明)
        is one, unless it is a verb of saying or takes an aspect particle (主席王|表示, 王|会见|了)."""
        if not _surname_initial(view[start:start + 3]):
            return None
        end = tokens.end_at(start)
        if end is not None and view[start:end] in SURNAMES:  # the surname alone: 刘/丽辉, 欧阳/静怡
            rest = tokens.end_at(end)
            if rest is not None and rest - end > 2 and view[end + 2] in GLUED_ADVERBS \
                    and _ALL_CJK.fullmatch(view[end:end + 2]) and not any(c in _NOT_NAME_PIECES for c in view[end:end + 2]):
                return end + 2  # 欧阳|慧珊则持: an adverb the segmenter glued to the given name and on
            if rest is not None and rest - end == 3 and view[rest:rest + 1] in _WHEN_ENDS \
                    and tokens.end_at(rest) == rest + 1 and view.startswith(_TITLED_SPEECH, rest + 1) \
                    and _ALL_CJK.fullmatch(view[end:rest]):
                return rest - 1  # 司徒|佩珊庭|后|表示: a word of when's first character glued to the given name
            if view.startswith("某", end) and rest is not None and not view.startswith("某某", end) \
                    and (rest == end + 1 or self._tags.get(view[end:rest]) is None):
                return end + 1  # 刘|某系: a withheld name (刘某), 某 glued to the word after it
            if rest == end + 2 and view[end + 1] in _SAID and _ALL_CJK.fullmatch(view[end]) \
                    and view[end] not in _NOT_NAME_PIECES and not _ALL_CJK.fullmatch(view[rest:rest + 1]):
                return end + 1  # 队长周|明说,: a one-character given name and a verb of saying, one word to the dictionary
            if view[start:end] in _PREPOSITION_SURNAMES and _NUMERALS.match(view, end):
                return None  # 经理|于|三年间: a preposition and a time, no surname and a name
            if rest == end + 1 and view[end] in _SAID:
                return None  # 工程师|常|说: an adverb and a verb of saying, no surname and given name
            if rest is not None and self._tags.get(view[end:rest]) in ADVERB_TAGS \
                    and (self._freq.get(view[end:rest]) or 0) >= _EVERYDAY_ADVERB:
                return None  # 采访区|几乎|说不出话: an everyday adverb, no given name (立新, 大同 are: rarer words)
            refused = _NOT_GIVEN_NAME_TITLED if titled and rest is not None and rest - end == 2 \
                and view[end:rest] not in _TITLED_SPEECH and view[rest:rest + 1] not in ASPECT else _NOT_GIVEN_NAME
            given_tag = self._tags.get(view[end:rest], "nr") if rest is not None else "nr"
            if view[start:end] in NOT_FIRST and given_tag[:2] != "nr":
                return None  # 司机|和|乘客: a conjunction and a word the dictionary knows, no surname and a name
            if titled and given_tag == "t" and _TIME_CHARACTERS.isdisjoint(view[end:rest]):
                given_tag = "nr"  # 部长方|正德: a time word to the dictionary (an era's name) with no time in it
            if end == start + 1 and view[start:start + 2] in SURNAMES and rest is not None and 3 <= rest - start <= 4 \
                    and _ALL_CJK.fullmatch(view[end:rest]) and given_tag[:1] == "n":
                return rest  # 巫|马建国: a surname of two characters the segmenter cut after its first
            if rest is not None and 1 <= rest - end <= 2 and _ALL_CJK.fullmatch(view[end:rest]) \
                    and (given_tag not in refused
                         or titled and given_tag == "a" and _spoken(view, tokens, start, rest)) \
                    and not modal_and_adverb(view[start], given_tag) \
                    and not (view[start] in _ADVERB_SURNAMES and self._tags.get(view[end:rest]) in ADVERB_TAGS) \
                    and view[end:rest] not in self._words.titles:  # 老板|向|记者: a preposition and a role
                # jieba split the surname off on its own, which it does before a given name; its
                # dictionary tags some given names as adverbs (立新 d), so only other tags refuse
                third = tokens.end_at(rest)
                if rest - end == 1 and third == rest + 1 and view[rest] not in _NAME_BREAKERS \
                        and view[rest] not in GLUED_ADVERBS \
                        and _ALL_CJK.fullmatch(view[rest]) and view[end:rest] not in _NAME_BREAKERS:
                    return third  # 王/莆/中: a given name split into single characters (梁|姐|亦|说: an adverb)
                return rest
            return None
        if end is not None and 2 <= end - start <= 3 + (view[start:start + 2] in SURNAMES):
            tag = self._tags.get(view[start:end])
            after = tokens.end_at(end + 1)
            if end - start == 2 and view[start] in SURNAMES and view[end - 1] != "某" and tokens.end_at(end) == end + 1 \
                    and ((self._freq.get(view[start:end]) or 0) < COMMON_COUNT or (tag or "").startswith("nr")) \
                    and _ALL_CJK.fullmatch(view[end]) and (view[end] not in _NAME_BREAKERS or view[end] in _VERB_HEADS) \
                    and view[end] not in _PARTICLES and view[end] not in GLUED_ADVERBS and tag not in _NOT_GIVEN_NAME_TAGS \
                    and view[end:end + 2] not in _SPEECH_PAIRS \
                    and (after is None or after - (end + 1) != 1 or not _ALL_CJK.fullmatch(view[end + 1])
                         or view[end + 1] in _PARTICLES or view[end + 1] in _NAME_BREAKERS) \
                    and (view[end] not in _WHEN_ADVERBS or view.startswith(_TITLED_SPEECH, end + 1)):
                # 刘强/东, 许国/栋: the given name's last character split off (王志|刚|表示 too, but
                # 王磊|刚|送走: an adverb before what one did, no part of the name; 梁姐|亦|说: an adverb;
                # 梁姐|笑|说: a verb of saying's first character)
                return end + 1
            if titled and end - start == 2 and tag is None and view[start] in SURNAMES and tokens.end_at(end) == end + 2 \
                    and view[end + 1] in _NAME_BREAKERS and _ALL_CJK.fullmatch(view[end]) and view[end - 1] != "某" \
                    and view[end:end + 2] not in _SPEECH_PAIRS \
                    and (self._freq.get(view[end:end + 2]) or 0) < COMMON_COUNT:
                return end + 1  # 主席梁永|健在|货柜码头: the given name's last character glued to a preposition (健在 'alive')
            # right after a title, a name the dictionary holds as a place is a name (总裁|马建国 ns)
            return end if tag is None or tag.startswith("nr") or titled and tag == "ns" and end - start == 3 else None
        candidate = view[start:start + 3]  # a name jieba ran together with the next word
        if not _ALL_CJK.fullmatch(candidate):
            return None
        if view[start:start + 2] in SURNAMES or candidate[2] not in _NAME_BREAKERS:
            return start + 3
        return start + 2 if self._tags.get(candidate[:2]) in (None, "nr", "nrfg") else None

    def transliterated(self, view: str, tokens: Tokens) -> Iterator[Candidate]:
        """萨姆·奥特曼, 丹尼尔·菲尔德曼以及……: the name runs from the word before the first dot
        over the name words after the last one; it stops at the first word that is no name."""
        seen_end = -1
        for m in _DOT.finditer(view):
            dot = m.start() + 1
            if dot < seen_end:
                continue
            start = tokens.start_before(dot)
            if start is None or not 1 <= dot - start <= 4 or not _ALL_CJK.fullmatch(view[start:dot]):
                start = next((b for b in range(max(0, dot - 4), dot) if b in tokens.boundaries
                              and _ALL_CJK.fullmatch(view[b:dot]) and view[b] not in _PARTICLES
                              and not any(view[b:dot].startswith(t) for t in self._words.titles)), None)
            if start is not None and self._tags.get(view[start:dot]) in _NOT_GIVEN_NAME_TAGS:
                start = None
            if start is not None:
                start = self._given_name_start(view, tokens, start, dot)
            end = self._name_words_end(view, tokens, dot + 1)
            while end < len(view) and view[end] in _JOINS:
                end = self._name_words_end(view, tokens, end + 1)
            seen_end = end
            if end - dot > 3 and view[end - 1] in GLUED_ADVERBS:
                end -= 1  # 安东尼奥·罗西|则|对: an adverb after the name's last word, no piece of it
            if start is not None and QUOTE_PAIRS.get(view[start - 1:start]) == view[end:end + 1]:
                continue  # “恒川·云境”: a project's or a brand's name in quotation marks, no person's
            if start is not None and end > dot + 1:
                yield Candidate(start, end, EntityType.PERSON, "discover.transliterated.v1")

    def _given_name_start(self, view: str, tokens: Tokens, start: int, dot: int) -> int:
        """Where the words before a transliteration's dot start, when the segmenter cut them
        in pieces (希尔德|加德·穆勒): back over words the dictionary does not know or knows as
        names, no title, function word or place, as long as the whole stays a name's length,
        and never into a title the segmenter cut (首席投资|官|马克·贝尔)."""
        while (before := tokens.start_before(start)) is not None and dot - before <= _LONGEST_NAME \
                and _ALL_CJK.fullmatch(view[before:start]) and view[before:start] not in self._words.titles \
                and not view.endswith(self._words.titles, max(0, start - _LONGEST_TITLE), start) \
                and (self._tags.get(view[before:start], "nr") in _PERSON_TAGS
                     and not (start - before == 1 and (view[before] in _NOT_NAME_PIECES or view[before] in _NAME_BREAKERS))
                     or start - before == 1 and view.endswith(self._words.titles, max(0, before - _LONGEST_TITLE), before)):
            # (体育总监|若|昂·萨尔门托: a title bounds the name, whatever the one character after it is alone)
            start = before
        return start

    def _spoken_rest(self, view: str, tokens: Tokens, start: int, end: int) -> int:
        """Where a name read after a title ends when the segmenter left the rest of it in
        pieces before a verb of saying or a gloss (部长莫拉莱|斯|表示, 行长贡|萨尔|维斯|指出):
        pieces no dictionary knows or knows as names, none a function word or an adverb
        (林美玲|还|强调 stays 林美玲), the name no longer than a name."""
        k = end
        whole = tokens.end_at(start)
        if end not in tokens.boundaries and whole is not None and end < whole <= start + _LONGEST_NAME \
                and self._tags.get(view[start:whole]) is None and _ALL_CJK.fullmatch(view[start:whole]):
            k = whole  # 执行官罗德里|格斯: the name read stopped inside a word no dictionary knows
            if self._name_ends_here(view, tokens, k):
                return k
        while (nxt := tokens.end_at(k)) is not None and nxt <= start + _LONGEST_NAME \
                and _ALL_CJK.fullmatch(view[k:nxt]) and view[k] not in _NOT_NAME_PIECES \
                and view[k:nxt] not in HONORIFICS \
                and (nxt - k == 1 or self._tags.get(view[k:nxt], "nr") in _PERSON_TAGS):
            if nxt - k >= 2 and view[nxt - 1] in _WHEN_ENDS and view.startswith(_TITLED_SPEECH, nxt):
                # 律师端木志远|庭后|表示, 律师唐景|明庭后|表示: a word of when before the verb, no piece of the name
                return nxt - 2 if nxt - 2 > k else k
            k = nxt
            if self._name_ends_here(view, tokens, k):
                return k
        return end

    def _name_ends_here(self, view: str, tokens: Tokens, k: int) -> bool:
        """Whether a name read after a title may end at ``k`` (see ``_name_ends``), a time word
        after it or not (部长穆尔科门|日前|在……接受专访时说)."""
        when = tokens.end_at(k)
        return _name_ends(view, k) or when is not None and self._tags.get(view[k:when]) == "t" \
            and _name_ends(view, when)

    def _name_words_end(self, view: str, tokens: Tokens, pos: int) -> int:
        """The end of the name words of a transliteration from ``pos``: words the dictionary
        knows as names or does not know, single characters that join no function word."""
        end, named = pos, False
        while end < len(view) and end - pos < 10:
            nxt = tokens.end_at(end)
            if nxt is None or not _ALL_CJK.fullmatch(view[end:nxt]):
                break
            word = view[end:nxt]
            tag = self._tags.get(word)
            foreign = TRANSLITERATION.issuperset(word)  # 萨尔|门托, 范|德堡: the sounds of a foreign name
            if named and tag is None and len(word) >= 2 and not foreign:
                break  # 若泽·费雷拉|连换|两人: a word the dictionary lacks after the name it knows, the verb after it
            named = named or tag in _PERSON_TAGS
            if len(word) == 1:
                if word in _NAME_BREAKERS or word in _PARTICLES or view.startswith(SPEECH_VERBS, end):
                    break
                if end > pos and (word in _ADVERB_CHARACTERS or word in _PREPOSITION_SURNAMES):
                    break  # 迪亚哥·席华|先|开纪录: an adverb after the name's word, before its verb; 温斯顿|于|13日
            elif tag not in (None, "nr", "nrt", "nrfg", "nz") and not (tag == "ns" and foreign) \
                    or view.startswith(SPEECH_VERBS, end) \
                    or end > pos and tag is None and word[0] in _ADVERB_CHARACTERS:
                break  # (席华|先开|纪录: an adverb glued to the verb after the name)
            elif tag is None and (word[-1] in _NAME_BREAKERS or word.endswith(SPEECH_VERBS)):
                return nxt - 1  # jieba ran the name into the word after it: 萨基称, 曼在
            end = nxt
        if end == pos:  # jieba ran the name into the next word: stop before a verb of saying
            run = _ALL_CJK.match(view, pos)
            stop = run.end() if run else pos
            for k in range(pos + 1, min(stop, pos + 6) + 1):
                if view.startswith(SPEECH_VERBS, k) or (k < len(view) and view[k] in _PARTICLES) \
                        or k - pos >= 2 and view[k:k + 1] in _NAME_BREAKERS:
                    return k  # (罗西|持|不同看法: a character that ends a name)
            return stop if stop - pos <= 4 else pos
        return end


def _spoken(view: str, tokens: Tokens, start: int, end: int) -> bool:
    """Whether the word ``[start, end)`` speaks: a verb of saying or its noun follows
    (吴某某则表示, 吴某某的回应, 吴某某十分看好), or 在……看来 frames it."""
    return view.startswith(SPEECH_VERBS, end + (view[end:end + 1] in GLUED_ADVERBS)) or (
        view[end:end + 1] == "的" and view.startswith(_SPEECH_NOUNS, end + 1)) or (
        view[start - 1:start] == "在" and view.startswith("看来", end)) or (
        (after := tokens.end_at(end)) is not None and view[end:after] in _DEGREE
        and view.startswith(_TITLED_SPEECH, after))


def _name_ends(view: str, k: int) -> bool:
    """Whether a name read after a title may end at ``k``: a verb of saying or a gloss follows,
    or a preposition of where, when or to whom it is said, with a verb of saying later in the
    clause (执行官梅罗|特拉|在财报电话会上表示, 部长某某|对记者说)."""
    if view.startswith(_TITLED_SPEECH, k) or _GLOSS.match(view, k) is not None:
        return True
    return view.startswith(_SAID_WHERE, k) and speaks_in_clause(view, k, _TITLED_SPEECH)
