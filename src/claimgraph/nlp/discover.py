"""Discovery of names no catalog knows, by structure: named sieves over jieba's tokens,
each yielding candidates that carry the sieve's name as their rule.

People (the sieves of ``people``: after a title or role, before a verb of saying, in
transliteration); organisations by their heads (复旦大学, 交通部, 众议院能源和
商业委员会), before a role of theirs (摩根士丹利分析师, AcmeCEO), before a stock code
(某某智行(02026)), in a list beside another organisation; Latin names by shape and
context; products in apposition; titles in 《》; outlets in 「」.

Boundaries come from tokens and, where jieba splits a name no dictionary knows, from the
article itself: a name's left edge is where the words before its repetitions differ.
Where the shape of a word does not decide, the part-of-speech tag jieba's dictionary gives
the word (a lookup, not a tagging pass) does: a common noun or adverb (全都, 金融) is no
one's name.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator, Mapping

from ..catalog import Catalog
from ..models import EntityType, Mention
from .lexicons import (
    GENERIC_WORDS, LATIN_STOPWORDS, NAME_TAGS, ORG_HEADS, OUTLET_AFTER, OUTLET_BEFORE, PRODUCT_HEADS, SPEECH_VERBS,
    NameWords, opens_clause, opens_speaking, speaks_in_clause,
)
from .names import NameIndex
from .normalize import Folder
from .companies import CompanySieves
from .dictionary import default_tables
from .contexts import ContextSieves, ContextWords
from .gates import NOT_FIRST, NOT_LAST
from .people import COMMON_COUNT, PersonSieves
from .tokens import (
    ADVERB_TAGS, ALL_CJK as _ALL_CJK, ASPECT, CJK as _CJK, CONJUNCTIONS, DETERMINERS as _DETERMINERS, LATIN, LATIN_UPPER,
    NAME_BREAKERS as _NAME_BREAKERS, GOING,
    FIELD_JOINS, GLUED_ADVERBS, GLUED_FIRSTS, KIND_OF_PERSON_ENDS, PARTICLES as _PARTICLES, PRONOUN_FIRSTS, Candidate, Tokens,
    dated_day, pointed_at,
    surname_initial,
)

_RATE = re.compile(r"\d\s?[^\W\d_]{0,3}/$")  # a figure and its unit before a rate's slash (0.4元/, 100 km/)
# what a body's document does when it speaks for the body (某某协会最新报告显示, 某某研究所数据指出)
_DOCUMENT_VERBS = ("显示", "表明", "指出", "称", "预计", "发现")
_ACCORDING = ("据", "根据")  # before a source cited for what follows (据某某协会统计)
_RATE_REACH = 7  # the most characters _RATE spans, and the newline its $ may leave after them
_LATIN_WORD = rf"(?:[A-Z]\.(?:[A-Z]\.)+(?:[ ]?[A-Z][a-z]+)?|[{LATIN}][{LATIN}0-9]*(?:[.\-&][{LATIN}0-9]+)*)"
_LATIN_NAME = re.compile(rf"(?<![{LATIN}0-9.&]){_LATIN_WORD}(?:[ ](?:[{LATIN_UPPER}][{LATIN}0-9]*(?:[.\-][{LATIN}0-9]+)*|\d+(?:\.\d+)*[A-Za-z]?"
                         rf"(?![A-Za-z0-9])))*(?![{LATIN}0-9&])")
_BOOK_TITLE = re.compile(r"《([^《》\n]{1,30})》")
_TITLE_NOTE = re.compile(r"\s*[(（][^()（）]{1,10}[)）]$")  # (征求意见稿), (2024年修订)
_CORNER_NAME = re.compile(r"「([^「」\s,，。、:：;；!！?？]{2,12})」")
# L4, Q3, 5G, B2B, EP.87: grades, business models and episode numbers, not names
_LEVEL_CODE = re.compile(r"[A-Za-z]\d+\+?|\d+[A-Za-z]|[A-Za-z]2[A-Za-z]|[A-Za-z]{1,3}\.\s?\d+")
_STOCK_CODE = re.compile(r"\s?[(（](?:\d{4,6}(?:\.[A-Z]{2})?|(?:NASDAQ|NYSE|HK|SH|SZ)[:：]\s?[A-Z0-9.]+)[)）]")
_PROPER_LATIN = re.compile(r"[A-Z][a-z]{2,}")  # a Latin proper name (Lumera), not a title (CEO) or a code (AI)
_UNIVERSITY_HEADS = ("大学", "学院", "研究院", "科学院")  # heads of a body with schools of its own
_ACCORDING_GLUE = frozenset("据據")  # 据 'according to', which the segmenter may glue to a name's first character
# what ends a unit of a body named after it, with its field (公安局|治安|支队): a unit of its own, with
# the place the body serves (a department, 办公室 or 反诈中心, speaks as the body: no node of its own)
_UNIT_HEADS = ("支队", "大队", "中队", "分队", "支隊", "大隊", "中隊", "分隊")
_NOUN_TAGS = frozenset({"n", "vn", "nz", "j", "nt", "ns", "l"})
_VERB_HEADS = frozenset("办处署")  # bound heads that are verbs of their own too (办讲座, 处理, 署名)
_LEGAL_FORMS = ("有限公司", "股份有限公司", "有限责任公司")
_PLACE_IN_BRACKETS = re.compile(rf"\([{_CJK}]{{2,4}}\)$")  # (上海) before 有限公司, in the half-width view
# the heads that follow a place as a kind of company whatever the context (美国公司, 本地有限公司);
# 集团 and 控股 after a place word no descriptor names one where the context shows it (某某集团表示)
_PLAIN_COMPANY_HEADS = ("公司", *_LEGAL_FORMS)
_GENERIC_COMPANY_HEADS = (*_PLAIN_COMPANY_HEADS, "集团", "控股")
COMPANY_HEADS = _GENERIC_COMPANY_HEADS  # a company's name is its short name and one of these
_PLACE_KINDS = frozenset({"公司", "有限公司", "股份有限公司", "有限责任公司", "集团", "控股", "银行", "证券", "大学",
                          "学院", "基金", "资本", "投资", "保险"})
_MONEY_HEADS = frozenset({"投资", "资本"})  # heads that are also the money a field takes (房地产投资)
_EVERYDAY_TAGS = frozenset({"n", "vn", "j", "l", "b"})
_MEDIA_HEADS = ("报", "周刊", "杂志", "电视台", "通讯社", "新闻社", "日报", "时报", "晚报")
_OUTLET_TAG = re.compile(r"\d{1,2}日?(?:专讯|快讯|讯|电)$")
# what a word right before a lone level of government (某某|市|中级人民法院) is tagged when it is
# no place's name: a pronoun, adverb, preposition, conjunction, particle, numeral, measure,
# direction, time or verb (该|市, 全|市 are one character and no name either)
_NOT_PLACE_TAGS = frozenset({"r", "d", "p", "c", "u", "uj", "ul", "m", "q", "f", "t", "v", "vn"})
_AFFILIATED = frozenset({"附属", "附设"})  # a hospital or school that belongs to a university (某某大学附属医院)
_ORDINAL = re.compile("第[一二三四五六七八九十百零〇0-9]+")  # a body's number (第一|医院, 第三|中学)
_COUNTRY_KINDS = frozenset("两三几数多各全外内大小本该")  # before 国, a count or a kind of country (两国, 外国)
# the tags of the words of the field and the place a body serves, before its head (数据安全|管理局,
# 西班牙|工业部; nr: jieba tags some fields as names, 能源安全), and how many such words
_BODY_FIELD_TAGS = frozenset({"n", "vn", "an", "nz", "j", "l", "nr", "ns"})
_FIELD_WORDS = 2
# the tags of the words that name an organisation before a specific head only where the context
# shows one (北岸 f, 西港 ns, 清漪 n, 苍松 a, 药品|监督): places, locatives, nouns and adjectives
_COMPASS = frozenset("东西南北中")  # the points of a compass, which before 部 name a region (中东部, 西南部)
_NUMBER_RUN = re.compile(r"[0-9０-９]{5,}")  # a hotline's or an account's digits (拨打96110咨询), too long for a name (360)
_DEPARTMENT_HEADS = frozenset("处")  # a bound head of a department as often as of a body (劳工处; 大学后勤处)
_PEOPLE_ENDS = frozenset("士人家者员师")  # how a word for people ends (人士, 专家, 记者): 处 after it is a place
_FROM = frozenset("从自")  # where something was learned from (从知情人士处)
# after a word, a party to something (运营方, 施工方) or a suit's 诉 (某某公司诉某某快运), which the
# segmenter cuts off it or glues to the next name
_PARTY = frozenset("方诉")
_GOVERNMENT_HEADS = frozenset({"政府", "人民政府"})  # a place's government: only a place and its level name one
# words that own what follows (某某控股近期正洽售|旗下|资产管理业务): no part of a name before a head
_OWNING = frozenset({"旗下", "名下", "所属", "下属", "属下"})
_VERBAL = frozenset({"v", "vn"})  # jieba's tags of a verb and a verb used as a noun (重罚)
_SECTOR_ENDS = ("行业", "板块", "领域")  # what ends the name of a sector, not of a body
# a word in 部 before one of these, or made of compass points, is a part of a country (中东部地区, 西南部)
_REGION_HEAD, _REGION_NOUNS = "部", ("地区", "一带", "区域")
_SHORT_BODY_ENDS = re.compile("[协協联聯]")  # the last character of 协会 and 联合会 cut short (足协, 工商联)
_SHORT_BODY_TAGS = frozenset({"nt", "j"})  # jieba's tags of an institution and of an abbreviation
_CONTEXT_NAMED_TAGS = frozenset({"ns", "f", "s", "n", "a", "nz", "nt", "nr", "nrt", "j", "vn", "an", "l"})
_DATE_WORDS = re.compile(r"[0-9０-９]+(?:年|月|日|号|號|季度?|年度)(?:[0-9０-９]+(?:月|日|号|號))*")  # 2026年, 3月5日
# a number and a classifier before a kind (120家公司, 30余家银行, 两家银行): a count, no name
_COUNT_WORDS = re.compile(r"(?:约|約|近|逾|超过|超過|超)?(?:[0-9０-９.]+|[一二两三四五六七八九十百千万几数多]+)(?:余|多)?(?:家|个|個|间|間|所|位|名)")
_FIELD_TAGS = frozenset({"n", "vn", "nz"})  # jieba's tags of the nouns of an officer's field (宏观, 汽车, 行业)
_OFFICER_MODIFIER = re.compile(r"(?:有关|相关|主要|新闻|分管)?")  # before an officer's title (有关负责人)
# what follows a name that only an organisation does (某某在报告中指出, 某某的报告显示)
_ORG_CONTEXT = ("在报告中", "在一份报告中", "在研究报告中", "的报告", "发布报告", "报告指出", "报告称", "发布的报告",
                "发言人", "在声明中", "发表声明", "的声明", "旗下")
# Latin titles: after a name (AcmeCEO) and before one (创始人兼CEO Daniel Hsu), no part of it
_LATIN_TITLES = ("CEO", "CTO", "CFO", "COO", "CIO", "CMO", "CSO", "CPO")
_TITLED_LATIN = re.compile("(?s).+(" + "|".join(_LATIN_TITLES) + ")")  # AcmeCEO: a name, then a title
_FUNDING = ("轮", "系列")
# the words of a model after a product's name (iPhone 17 Pro Max, Pixel 10a): a number, or a grade
_MODEL_PART = re.compile(r"\d+(?:\.\d+)?[A-Za-z]?|Pro|Max|Ultra|Plus|Mini|mini|SE|Air|Lite|Fold|Flip|XL|Neo|Turbo|Edge|FE")
_ROUND = re.compile(r"(?:[Pp]re-?)?[A-H]\+?\d?|[A-H]\d?\+\+?|Angel|Seed|IPO")  # a funding round's letter
_QUOTED = re.compile(r"[“「『\"]\s*([\u4e00-\u9fffA-Za-z0-9]{2,8})\s*[”」』\"]")
_OPEN, _CLOSE = "“「『\"", "”」』\""
_LIST_AFTER = re.compile(rf"[{_CLOSE}]?\s*(?:、|(?<=[{_CLOSE}]))\s*(?P<open>[{_OPEN}])?(?P<item>[\u4e00-\u9fffA-Za-z0-9]+?)"
                         rf"(?P<close>[{_CLOSE}])?(?=[{_CLOSE}]|[、,，。;；!！?？\s]|[{_OPEN}]|$)")
_LIST_BEFORE = re.compile(rf"(?P<open>[{_OPEN}])?(?P<item>[\u4e00-\u9fffA-Za-z0-9]{{2,6}})(?P<close>[{_CLOSE}])?\s*(?:、|(?<=[{_CLOSE}]))\s*[{_OPEN}]?$")


_COPULAS = frozenset("系为是")  # 'to be': after an adverb (原系, 现为), what someone is follows
# a number and a classifier of bodies (八所|资助|大学, 三家|公司): bodies counted, none named (not 万家乐)
_COUNTED = re.compile(r"[0-9一二两三四五六七八九十几数]+[所家间座个]")
_BODY_COUNTERS = frozenset("所家间座个")  # its classifier, which the segmenter may glue to the name after (14|家乡|镇卫生院)
_PASSIVE = "被"  # a word that opens with it inside a name (被控, 被告) makes a clause of it
# a verb's particles standing alone inside a name (撑|得|过|大学): a predicate, no name
_PREDICATE_PARTICLES = frozenset("得了着过或") | GOING  # (and 'or' or a verb of going: 拨打110|或|到|辖区派出所)
# determiners of one character before a company's head (原|公司, 该|公司, 其|集团): which one is meant
_RELATIONAL = _DETERMINERS | frozenset("原前旧新母")
_GOVERNMENTS = frozenset({"政府", "当局", "市府", "县府"})  # a government named by its kind, its level before it or not
_PLAIN_COMPANY = "公司"  # a company's plain noun, which a verb's object may end in (审酌|公司)


class Discoverer:
    """The sieves, with what they read: the catalog, jieba's dictionary tags, the lexicons."""

    def __init__(self, catalog: Catalog, folder: Folder, index: NameIndex, tags: Mapping[str, str],
                 words: NameWords, context: ContextWords):
        self._catalog, self._folder, self._index, self._tags, self._words = catalog, folder, index, tags, words
        self._freq = default_tables().freq  # jieba's counts, read once with the tags
        self._opening: dict[str, tuple[tuple[int, str], ...]] = {}  # a head -> the titles that hold it, and where
        self.people = PersonSieves(index, tags, words)
        self.companies = CompanySieves(tags, words, lambda w: self._folder.key(w) in self._index)
        self.contexts = ContextSieves(tags, context, words.free_heads)
        self._free_head_lasts = frozenset(h[-1] for h in words.free_heads)  # the characters a head ends with
        self._head_titles = frozenset(t for t in words.titles if len(t) == 2 and t[1] == "长")  # 院长, 部长
        # where a bound head (部, 院) or a title of one (部长) lies: the only words bound_organisations reads
        self._bound_heads = re.compile("|".join(map(re.escape, sorted(h for h in words.bound_heads if len(h) == 1))) or "(?!)")
        self._head_title_starts = re.compile("(?=" + ("|".join(map(re.escape, sorted(self._head_titles))) or "(?!)") + ")")
        self._org_title = re.compile("|".join(map(re.escape, sorted(words.organisation_titles, key=len, reverse=True))))
        self._org_title_words = tuple(words.organisation_titles)  # for str.startswith, made once
        self._owned = tuple(sorted(words.owned, key=len, reverse=True))  # for str.startswith, made once
        self._kind_words = tuple(sorted(words.kind_nouns, key=len, reverse=True))  # for str.endswith, made once
        self._industry_only = words.industry_heads - frozenset(words.free_heads)  # 期货: no head of a name by itself

    def candidates(self, view: str, tokens: Tokens, mentions: list[Mention]) -> Iterator[Candidate]:
        """Every sieve's candidates but an organisation's that opens with a word of how many or a
        count (部分|乡镇|卫生院, 八所|资助|大学: bodies of a kind counted, none named) or with an adverb's verb; the
        caller settles overlaps, longest first."""
        counted = self._words.quantities
        for c in self._candidates(view, tokens, mentions):
            if c.type is not EntityType.ORGANIZATION \
                    or not view.startswith(counted, c.start) and not _COUNTED.match(view, c.start) \
                    and not (view[c.start] in _BODY_COUNTERS and _COUNTED.match(view, c.start - 1)) \
                    and not self._after_adverb(view, tokens, c) \
                    and not self._opens_predicate(view, tokens, c) and not self._determined(view, tokens, c):
                yield c

    def _opens_predicate(self, view: str, tokens: Tokens, c: Candidate) -> bool:
        """Whether an organisation's name would open with a function word, a conjunction or a
        preposition (亦|有|声音|建议|延后|咨询: a clause that ends in a trade's word), or with an
        adverb and a copula or a verb, or a preposition and a name's start, the segmenter made one word
        of (原系|恒捷|公司: what someone was; 却视|公司: how it was treated; 任职於|於恒泰|银行), or that holds a passive (振邦|被控|利用|人头|公司): no name."""
        first = tokens.end_at(c.start)
        if first is None or first >= c.end:
            return False
        word = view[c.start:first]
        if (self._tags.get(word) or "")[:1] == "v" and self._kind_of_body(view[first:c.end]):
            return True  # 要求|政府, 要求|市政府, 约谈|该公司: a verb and its object, no name (远扬|集团 is one)
        return word in NOT_FIRST or self._tags.get(word) in ("c", "p") or word[0] in PRONOUN_FIRSTS \
            or 2 <= len(word) <= 3 and (word[1] in _COPULAS or word[0] in GLUED_FIRSTS) and word not in self._tags \
            or (passive := view.find(_PASSIVE, first, c.end)) >= 0 and passive in tokens.boundaries \
            or any(view[p] in _PREDICATE_PARTICLES and tokens.end_at(p) == p + 1 for p in range(first, c.end))

    def _kind_of_body(self, words: str) -> bool:
        """A government named by its kind, its level before it or not (政府, 市政府), or a body
        pointed at by a determiner (该公司); a bare head (集团) may end a name, so is none."""
        return words.lstrip("".join(self._words.admin_levels)) in _GOVERNMENTS \
            or words[:1] in _DETERMINERS and self._generic(words)

    def _determined(self, view: str, tokens: Tokens, c: Candidate) -> bool:
        """Whether a determiner of one character stands right before the name's head (判赔|原|公司,
        该|公司, 其|集团): the company meant, told by its relation, not named."""
        if view[c.end - 1] not in self._free_head_lasts:
            return False  # (no head ends the name: the one test most names fail, before the heads are tried)
        head = next((h for h in self._words.free_heads if view.startswith(h, c.end - len(h))), None)
        before = c.end - len(head) - 1 if head is not None else -1
        return before > c.start and view[before] in _RELATIONAL and tokens.end_at(before) == before + 1

    def _after_adverb(self, view: str, tokens: Tokens, c: Candidate) -> bool:
        """Whether a word the dictionary lacks and 公司 make the name right after an adverb
        (未充分|审酌|公司): the adverb's verb and its object, no name (not 随后|某某|等公司)."""
        before, first = tokens.start_before(c.start), tokens.end_at(c.start)
        return before is not None and first is not None and view.startswith(_PLAIN_COMPANY, first) \
            and first + len(_PLAIN_COMPANY) == c.end and self._tags.get(view[before:c.start]) in ADVERB_TAGS \
            and self._tags.get(view[c.start:first]) is None and bool(_ALL_CJK.fullmatch(view[c.start:first]))

    def _candidates(self, view: str, tokens: Tokens, mentions: list[Mention]) -> Iterator[Candidate]:
        yield from self.people.title_people(view, tokens)
        yield from self.people.kind_people(view, tokens)
        yield from self.people.speaking_people(view, tokens)
        yield from self.people.transliterated(view, tokens)
        yield from self.people.apposed_people(view, tokens)
        yield from self.people.quoted_handles(view)
        yield from self.people.pseudonyms(view, tokens)
        yield from self.people.withheld_names(view, tokens)
        yield from self.people.familiar_names(view, tokens)
        yield from self.people.acting_people(view, tokens)
        yield from self.people.compound_surnamed(view, tokens)
        yield from self.organisations(view, tokens)
        yield from self.bound_organisations(view, tokens)
        yield from self.organisations_before_roles(view, tokens)
        yield from self.listed_companies(view, tokens)
        yield from self.abbreviated_bodies(view, tokens)
        yield from self.companies.traded_companies(view, tokens)
        yield from self.companies.legal_names(view, tokens)
        yield from self.companies.placed_associations(view, tokens)
        yield from self.companies.kind_lists(view, tokens)
        yield from self.companies.quoted_plans(view, tokens)
        yield from self.companies.quoted_companies(view)
        yield from self.companies.wires(view)
        yield from self.companies.model_codes(view, mentions, self._is_org)
        yield from self.contexts.investors(view, tokens)
        yield from self.contexts.honoured_people(view, tokens)
        yield from self.contexts.quoted_products(view, tokens)
        yield from self.apposed_products(view, tokens, mentions)
        yield from self.quoted_brands(view, mentions)
        yield from _outlets(view)
        yield from _book_titles(view)
        yield from self.latin_names(view)

    # -- people -----------------------------------------------------------------------

    # -- organisations ----------------------------------------------------------------

    def organisations(self, view: str, tokens: Tokens) -> Iterator[Candidate]:
        """复旦大学 (one word ending in a head), 腾讯星图实验室 and 众议院能源和商业委员会 (name
        words, then the head; common nouns joined by 和/、 only after a name)."""
        heads, lasts = self._words.free_heads, self._free_head_lasts
        for i, (start, end) in enumerate(tokens):
            if view[end - 1] not in lasts:
                # 律师|事务所律师: jieba glued a title to the head
                glued = next((k for k in (2, 3) if end - start > k + 1 and view[end - k:end] in self._words.titles
                              and view[start:end - k] in heads), 0) if end - start > 3 else 0
                if not glued:
                    continue  # no head ends here, whole or cut in two
                end -= glued
            word = view[start:end]
            if word in heads and self._inside_title(view, start, word):
                continue  # 宏达资产管理|投资总监, 某某资管|首席投资官: the head is part of a title, the name ends before it
            if word in _UNIT_HEADS and i >= 2 and tokens[i - 1][1] == start \
                    and self._tags.get(view[slice(*tokens[i - 1])], "n") in _NOUN_TAGS \
                    and self._bound_org(view[slice(*tokens[i - 2])]):
                parent = self._with_place(view, tokens, tokens[i - 2][0])
                yield Candidate(parent, end, EntityType.ORGANIZATION, "discover.org_suffix.v1", True)
                continue  # 湖阳市|公安局|治安|支队: a unit of a body, its field and its head cut in two
            split_head = i > 0 and tokens[i - 1][1] == start and view[tokens[i - 1][0]:end] in heads
            if not (word.endswith(heads) or split_head) or not _ALL_CJK.fullmatch(word):
                continue
            tag = self._tags.get(word)
            service = next((v for v in self._words.services if word.endswith(v) and len(word) > len(v)), None)
            if service is not None and self._place_word(word[:-len(service)]):
                yield Candidate(start, end, EntityType.ORGANIZATION, "discover.org_suffix.v1", True)
                continue  # 香港海关 as one word: a place's service of that kind
            if len(word) > 2 and not self._generic(word) and tag in ("nt", "nz", "n", None):
                # 滨江大学/法学院, 立法院/经济委员会: a body of the organisation named right before it
                parent = self._parent_before(view, tokens, i)
                # 中国|疾控中心, 北京市|疾控中心, 江城|理工大学: a place's body of that kind
                placed = self._place_before(view, tokens, start) \
                    if word in self._words.services or word.endswith(self._words.placed_kinds) else None
                if placed is not None and view[placed:start] in self._words.descriptors:
                    placed = None  # 美国|理工大学: a kind of school
                if parent is not None or tag != "n" and self._named_prefix(word, known=tag is not None):
                    # 清河|省|药品监督管理局: the place and its level before the one word are the body's too
                    first = parent if parent is not None else placed if placed is not None \
                        else self._with_place(view, tokens, start)
                    yield Candidate(first, end, EntityType.ORGANIZATION, "discover.org_suffix.v1", True)
                    continue
                if placed is not None:
                    yield Candidate(placed, end, EntityType.ORGANIZATION, "discover.org_suffix.v1", True)
                    continue
            head = i
            if i > 0 and tokens[i - 1][1] == start and view[tokens[i - 1][0]:end] in _LEGAL_FORMS:
                head, word = i - 1, view[tokens[i - 1][0]:end]  # 有限责任|公司: the legal form cut in two
            elif word not in heads:
                if i == 0 or tokens[i - 1][1] != start or view[tokens[i - 1][0]:end] not in heads:
                    continue
                head = i - 1  # 研究/中心: a head jieba cut in two
            placed = _PLACE_IN_BRACKETS.search(view, max(0, start - 8), start) if word in _LEGAL_FORMS else None
            if placed is not None and (bracket := tokens.index(placed.start())) is not None:
                first = self._name_words_before(view, tokens, bracket)  # 某某汽车(上海)有限公司: the place of a legal name
                if first is not None:
                    yield Candidate(tokens[first][0], end, EntityType.ORGANIZATION, "discover.org_suffix.v1", True)
                    continue
            if self._verb_and_object(view, tokens, head, i):
                continue  # 可代客|投资|海外期货, 轻信|高回报|投资|广告: a verb and its object, no head
            first = self._name_words_before(view, tokens, head)
            if first is None and word in _LEGAL_FORMS:
                first = self._common_legal_name(view, tokens, head)
            if first is None:
                if (named := self._named_by_context(view, tokens, head, end)) is not None:
                    yield named
                continue
            if not re.fullmatch(rf"[{_CJK}A-Za-z0-9]+", view[tokens[first][0]:end]):
                continue  # a name holds no punctuation
            name_words = [view[slice(*tokens[j])] for j in range(first, head)]
            joined = "".join(name_words)
            if _DATE_WORDS.fullmatch(joined) or _COUNT_WORDS.fullmatch(joined) or _NUMBER_RUN.match(joined):
                # 2026年|公司: a date before a kind; 120|家|公司: a count; 96110|(反诈|专线|)咨询: a number dialled
                # and what it is for; no name
                continue
            if word in _GOVERNMENT_HEADS and not all(self._place_word(w) or w in self._words.admin_levels
                                                     or self._tags.get(w) == "ns" for w in name_words):
                continue  # 靠|打|散工|和|政府: a government is a place's, named by the place and its level
            if word in _MONEY_HEADS and len(name_words) == 1 and self._everyday(name_words[0]):
                continue  # 房地产|投资, 固定资产|投资, 社会|资本: money put into a field, no firm (not 红杉|投资)
            if word in _GENERIC_COMPANY_HEADS and len(name_words) == 1 and (
                    self._folder.key(name_words[0]) in self._index or self._tags.get(name_words[0]) is not None
                    or name_words[0].isascii() or set(name_words[0]) <= self._words.kind_characters
                    or name_words[0] in self._words.industry_heads):  # 航太公司: a trade and a kind
                # 快手公司 is 快手 and Zentra公司 is Zentra, their catalog or discovered name stands
                # for them; 新老公司 are kinds; 星澜集团, of a word no dictionary knows, is a name;
                # a place word and 集团 (东篱集团) is one where the context shows it, as for 西港银行
                if word not in _PLAIN_COMPANY_HEADS and self._tags.get(name_words[0]) == "ns" \
                        and name_words[0] not in self._words.descriptors \
                        and (named := self._named_by_context(view, tokens, head, end)) is not None:
                    yield named
                continue
            if (all(self._tags.get(w) == "ns" for w in name_words) or len(name_words) == 1
                    and name_words[0] in self._words.descriptors
                    or self._kind_of_company(name_words) and (word not in _LEGAL_FORMS or all(
                        w in self._words.descriptors for w in name_words[:-1]))) and word in _PLACE_KINDS:
                # (东岭|矿业|有限公司: a place and a trade before a legal form name a company, which no
                # kind is written with; 本土|汽车|有限公司 stays a kind)
                if (named := self._named_by_context(view, tokens, head, end)) is not None:
                    yield named  # 西港银行的观点, 某地证券表示: the place's word names the company
                continue  # 美国公司, 北京银行 without more: a place and a kind
            if _PROPER_LATIN.match(view, end):
                continue  # 德国芯片设计公司Lumera: the kind of the company named right after it
            if pointed_at(view, tokens, first) \
                    and not any(self._proper(w) and self._tags.get(w) != "ns" for w in name_words):
                continue  # 一家|欧洲|资产|管理|公司: a body counted or pointed at, a place and a kind, not named
            opened = tokens[first][0] + self._glued_party(view, tokens, first)  # (运营|方恒澄|仓储: not 方)
            yield Candidate(opened, end, EntityType.ORGANIZATION, "discover.org_suffix.v1", True)

    def _everyday(self, word: str) -> bool:
        """A common word the dictionary counts often and tags as a noun, an abbreviation, a set
        phrase or a word of a kind (房地产, 固定资产, 民间, 风险): no name of a firm."""
        return (self._freq.get(word) or 0) >= COMMON_COUNT and self._tags.get(word) in _EVERYDAY_TAGS

    def _school_start(self, view: str, tokens: Tokens, k: int) -> int | None:
        """The first token of the name of the university that token ``k`` ends (首都医科大学,
        南城|医科大学, 南湖|大学), a hospital's or a school's parent; None if no university ends there."""
        word = view[slice(*tokens[k])]
        if not word.endswith(_UNIVERSITY_HEADS):
            return None
        placed = self._place_before(view, tokens, tokens[k][0]) if word.endswith(self._words.placed_kinds) else None
        if placed is not None and view[placed:tokens[k][0]] not in self._words.descriptors:
            return tokens.index(placed)
        if len(word) >= 4 and not self._generic(word):
            return k  # 首都医科大学: one word
        return self._name_words_before(view, tokens, k) if word in _UNIVERSITY_HEADS else None

    def _common_legal_name(self, view: str, tokens: Tokens, head: int) -> int | None:
        """The first token of a company's name made of common nouns before a legal form
        (疾风|电动车|有限公司): no kind of company is written with one, so the nouns name it;
        None where they are only places, trades or words of a kind (本地有限公司), or are
        pointed at or counted (该|汽车|有限公司)."""
        first = head
        while first > 0 and tokens[first - 1][1] == tokens[first][0] \
                and self._common_noun(view[slice(*tokens[first - 1])]):
            first -= 1
        words = [view[slice(*tokens[j])] for j in range(first, head)]
        if not words or pointed_at(view, tokens, first) or all(
                self._tags.get(w) == "ns" or w in self._words.descriptors or w in self._words.industry_heads
                or w in self._words.kind_nouns for w in words):
            return None
        return first

    def _kind_of_company(self, words: list[str]) -> bool:
        """Places and words of a kind, then a trade (美国|科技|公司, 本土|汽车|企业): a kind of
        company, no name."""
        return len(words) >= 2 and words[-1] in self._words.industry_heads and all(
            self._tags.get(w) == "ns" or w in self._words.descriptors for w in words[:-1])

    def _named_by_context(self, view: str, tokens: Tokens, head: int, end: int) -> Candidate | None:
        """Words the dictionary knows (a place, a locative, common words: 北岸, 西港, 药品监督)
        and a specific head (银行, 证券, 委员会; not 公司 or 集团, which follow a place as a kind)
        that the context shows to be one organisation: it opens its clause and speaks (某某证券在
        报告中预计), an officer of it follows (某某委员会有关负责人), something only an
        organisation has (某某银行的观点), or 据 cites it (据某某联盟统计). Words of a kind alone (外资银行, 股份制银行) and
        determiners (该银行, 多家银行) name none."""
        start = tokens[head][0]
        if head == 0 or tokens[head - 1][1] != start or view[start:end] in _PLAIN_COMPANY_HEADS:
            return None  # 公司 after a place is a kind (美国公司); 集团 after a word of a kind too, checked below
        first = opener = self._after_kind(view, tokens, head)  # 市场研究|机构|远见|咨询: the kind bounds the name
        if first is None:
            first = opener = self._field_before(view, tokens, start, _CONTEXT_NAMED_TAGS)  # 北岸|证券, 药品|监督|委员会
            cited = self._field_before(view, tokens, start, _CONTEXT_NAMED_TAGS | {"v"})
            if cited < first and self._cited_at(view, tokens, cited):
                first = opener = cited  # 据|中国|充电|联盟|统计: a verb of its field, the body cited by 据
            first = opener = self._with_place(view, tokens, first) if first < start else first  # 江州|市|市场|监管局
        else:  # the kind, with the words of its field, opens the clause (市场研究机构某某表示)
            opener = self._field_before(view, tokens, tokens[tokens.index(first) - 1][0], _CONTEXT_NAMED_TAGS)
        if first == start or all(w in self._words.descriptors or w in self._words.qualifiers
                                 for w in self._words_between(view, tokens, first, start)):
            return None  # no name, or words of a kind only (外资|银行, 中小|股份制|银行) or a standing (资深|证券|分析师)
        if (k := tokens.index(first)) is not None and pointed_at(view, tokens, k):
            return None  # 某|会计师|事务所, 一家|律师|事务所: a body pointed at, not named
        owned = view.startswith("的", end) and view.startswith(self._owned, end + 1) or self._own_words(view, opener, end)
        officer = self._officer_after(view, tokens, _OFFICER_MODIFIER.match(view, end).end())
        after = view[end:tokens.end_at(end) or end]
        if owned or officer or self._cited_at(view, tokens, first) or opens_speaking(view, opener, end, after, self._tags):
            return Candidate(first, end, EntityType.ORGANIZATION, "discover.org_in_context.v1", True)
        return None

    @staticmethod
    def _cited_at(view: str, tokens: Tokens, start: int) -> bool:
        """Whether 据 or 根据 stands right before ``start``: what follows is a source cited (据某某联盟统计)."""
        before = tokens.start_before(start)
        return before is not None and view[before:start] in _ACCORDING

    def _own_words(self, view: str, opener: int, end: int) -> bool:
        """Whether what the body owns follows it with no 的 and speaks for it, the pair opening
        its clause (某某协会最新报告显示, 某某研究所数据指出): a body's document, not a common noun's."""
        owned = next((w for w in self._owned if view.startswith(w, end)), None)
        return owned is not None and view.startswith(_DOCUMENT_VERBS, end + len(owned)) and opens_clause(view, opener)

    def _with_place(self, view: str, tokens: Tokens, start: int) -> int:
        """``start``, or where the place and its level of government right before it start
        (江州|市|市场监管局, 江州市|市场监管局): they are part of the body's name."""
        level = tokens.start_before(start)
        if level is None:
            return start
        word = view[level:start]
        if word in self._words.admin_levels:
            place = tokens.start_before(level)
            return place if place is not None and self._place_word(view[place:level]) else start
        return level if self._placed_level(word) else start

    def _place_before(self, view: str, tokens: Tokens, start: int) -> int | None:
        """Where the place right before a body's one word starts (中国|疾控中心, 北京市|疾控中心,
        滨海|市|气象台): a place and its level, or a word the dictionary holds as a place; else None."""
        placed = self._with_place(view, tokens, start)
        if placed < start:
            return placed
        before = tokens.start_before(start)
        if before is not None and self._tags.get(view[before:start]) == "ns" and self._place_word(view[before:start]):
            return before
        word = view[before:start] if before is not None else ""
        if 2 <= len(word) <= 3 and _ALL_CJK.fullmatch(word) and word not in self._tags and word[0] not in _DETERMINERS \
                and not set(word) & self._words.kind_characters and not self._generic(word):
            return before  # 云梧|财经大学, 云梧|医科大学: a place's name no dictionary knows
        return None

    def _placed_short_body(self, view: str, tokens: Tokens, start: int, word: str) -> bool:
        """Whether ``word`` is a local body's short name no dictionary holds, a bound head after
        two characters, or one it holds as an abbreviation (市|环保局, 广州市|发改委, 省|纪委: the
        body's local office, not the national one), right after a place's level of government
        (凌云县|文旅局, 市|医保局; the dictionary tags some counties as names: 凌云县 nr)."""
        if len(word) != 3 or word[-1] not in self._words.bound_heads or self._tags.get(word) not in (None, "j") \
                or not _ALL_CJK.fullmatch(word) or word[0] in _DETERMINERS:
            return False
        before = tokens.start_before(start)
        place = view[before:start] if before is not None else ""
        return place in self._words.admin_levels or len(place) >= 2 and place[-1] in self._words.admin_levels \
            and _ALL_CJK.fullmatch(place) is not None and self._tags.get(place) in (None, "ns", "nr", "nz")

    def _placed_level(self, word: str) -> bool:
        """Whether ``word`` is a place and its level of government in one word (江州市, 滨海县)."""
        return len(word) >= 3 and word[-1] in self._words.admin_levels and self._place_word(word[:-1]) \
            and self._tags.get(word) in (None, "ns")

    def _officer_after(self, view: str, tokens: Tokens, at: int) -> bool:
        """Whether an officer's title follows at ``at``, after up to two nouns of its field
        (某某证券|分析师, 某某证券|宏观|分析师, 某某证券|汽车|行业|分析师)."""
        for _ in range(3):
            if view.startswith(self._org_title_words, at):
                return True
            after = tokens.end_at(at)
            if after is None or after - at > 4 or self._tags.get(view[at:after]) not in _FIELD_TAGS:
                return False
            at = after
        return False

    def _inside_title(self, view: str, start: int, head: str) -> bool:
        """Whether the head at ``start`` is part of a title written there (投资 in 投资总监 or in
        首席投资官): the titles longer than the head that hold it, with where, worked out once a head."""
        found = self._opening.get(head)
        if found is None:
            found = self._opening[head] = tuple((t.find(head), t) for t in self._words.titles
                                                if len(t) > len(head) and head in t)
        return any(k <= start and view.startswith(t, start - k) for k, t in found)

    def _parent_before(self, view: str, tokens: Tokens, i: int) -> int | None:
        """Where the name of the organisation right before token ``i`` starts: a body such as
        立法院 or a catalog organisation (立法院 before 经济委员会), or a name-like word and a
        university's head (滨江大学 before 法学院)."""
        if i < 1 or tokens[i - 1][1] != tokens[i][0]:
            return None
        before = view[slice(*tokens[i - 1])]
        if before in _AFFILIATED and i >= 2 and tokens[i - 2][1] == tokens[i - 1][0] \
                and (school := self._school_start(view, tokens, i - 2)) is not None:
            return tokens[school][0]  # 某某师范大学|附属|儿童医院: the university it belongs to
        if self._bound_org(before) and view[slice(*tokens[i])].endswith(_UNIT_HEADS):
            return self._with_place(view, tokens, tokens[i - 1][0])  # 湖阳市|公安局/交警支队: and the place it serves
        if self._bound_org(before) or self._is_org(self._index.get(self._folder.key(before)) or ""):
            return tokens[i - 1][0]  # 立法院/经济委员会
        if len(before) > 2 and before.endswith(_UNIVERSITY_HEADS) and not self._generic(before):
            placed = self._place_before(view, tokens, tokens[i - 1][0])
            if placed is not None:
                return placed  # 云梧|财经大学|法学院: a kind of university the place before it names
            if self._tags.get(before) in (None, "nt"):
                return tokens[i - 1][0]  # 中国人民大学/商学院: a university named in one word, then its school
        if i < 2 or tokens[i - 2][1] != tokens[i - 1][0]:
            return None
        k = i - 1  # 某某大学|材料科学|与|工程学院, ……|信息|与|通信|工程学院: two fields, one school
        while k > i - 3 and k > 1 and tokens[k - 1][1] == tokens[k][0] and view[slice(*tokens[k])] not in CONJUNCTIONS \
                and self._tags.get(view[slice(*tokens[k])]) in _NOUN_TAGS:
            k -= 1
        if view[slice(*tokens[k])] in FIELD_JOINS and k >= 2 and tokens[k - 1][1] == tokens[k][0] \
                and self._tags.get(view[slice(*tokens[k - 1])]) in _NOUN_TAGS \
                and (parent := self._parent_before(view, tokens, k - 1)) is not None:
            return parent
        if before not in _UNIVERSITY_HEADS or not self._name_like(view[slice(*tokens[i - 2])]):
            return None
        return tokens[i - 2][0]

    def _glued_party(self, view: str, tokens: Tokens, k: int) -> bool:
        """Whether token ``k`` opens with a party's 方 or a suit's 诉 that the segmenter glued to a
        name no dictionary knows, right after a word of its own (运营|方恒澄, 有限公司|诉顺达)."""
        return k > 0 and view[tokens[k][0]] in _PARTY and view[slice(*tokens[k])] not in self._tags \
            and tokens[k - 1][1] == tokens[k][0] and tokens[k - 1][1] - tokens[k - 1][0] >= 2

    def _name_words_before(self, view: str, tokens: Tokens, i: int) -> int | None:
        """The first token of the name that ends before token ``i``: name-like words, or after
        a name common nouns joined by 和/与/、 (众议院/能源/和/商业); None without a name."""
        first, proper, placed = i, None, None
        while first > 0 and tokens[first - 1][1] == tokens[first][0]:
            before = view[slice(*tokens[first - 1])]
            if self._glued_party(view, tokens, first):
                break  # 有限公司|诉恒澄|速递: 诉 glued to the next name ends the one before it
            if before in _PARTY and first > 1 and tokens[first - 2][1] == tokens[first - 1][0] \
                    and tokens[first - 2][1] - tokens[first - 2][0] >= 2 or len(before) >= 3 and before.endswith("方") \
                    or before in _OWNING:
                break  # 运营|方|某某仓储有限公司, 承建方|某某物流: a party to something, no name's; 旗下|: what it owns
            if self._cut_place(view, tokens, tokens[first - 1][0]) != tokens[first - 1][0]:
                first -= 2  # 云|城市|卫生健康委员会: a place cut into a character and a word with its level
                proper = placed = first
            elif self._name_like(before) or self._bound_org(before):
                first -= 1
                proper = first
            elif first > 1 and tokens[first - 2][1] == tokens[first - 1][0] \
                    and self._name_piece(before, piece := view[slice(*tokens[first - 2])]) \
                    and (self._name_like(piece) or _lone_piece(piece)):
                first -= 2  # 卡文/迪/大学: a lone character of a foreign name (not 就|到|医院: an adverb and a verb)
                proper = first
            elif proper == first and before not in GOING and self._name_piece(before, view[slice(*tokens[first])]):
                first -= 1  # 摩/斯坦利/证券 (not 母亲|到|湾景|医院: where one went)
                proper = first
            elif before in self._words.free_heads and first > 1 and tokens[first - 2][1] == tokens[first - 1][0] \
                    and self._name_like(view[slice(*tokens[first - 2])]):
                first -= 2  # 南湖大学 in 南湖大学人工智能研究院
                proper = first
            elif before in self._words.admin_levels and first > 1 and tokens[first - 2][1] == tokens[first - 1][0] \
                    and self._place_word(view[slice(*tokens[first - 2])]):
                first -= 2  # 滨海|市|人民政府, 青川|省|发展和改革委员会: the place and its level
                proper = placed = first
            elif self._placed_level(before):
                first -= 1  # 江州市|市场|监管局: the place and its level in one word, then the fields
                proper = placed = first
            elif before in self._words.admin_levels and first < i \
                    and (first == 1 or tokens[first - 2][1] != tokens[first - 1][0]
                         or not _ALL_CJK.fullmatch(view[slice(*tokens[first - 2])])
                         or view[slice(*tokens[first - 2])] in NOT_FIRST):
                first -= 1  # 市|发展|和|改革|委员会 opening its clause or after a function word (据|省|……):
                # the city's or the province's own body, by its level alone
                proper = placed = first
            elif before in CONJUNCTIONS and first > 1 and not self._name_like(view[slice(*tokens[first])]) \
                    and self._common_noun(view[slice(*tokens[first - 2])]):
                first -= 1  # 能源和商业: 和 between common nouns, not between two names (甲公司及乙实验室)
            elif before in _AFFILIATED and first > 1 and tokens[first - 2][1] == tokens[first - 1][0] \
                    and (parent := self._school_start(view, tokens, first - 2)) is not None:
                return parent  # 某某医科大学|附属|第一|医院: the university it belongs to names it too
            elif (self._common_noun(before) and not (proper is not None and self._tags.get(before) in _VERBAL))\
                    or _ORDINAL.fullmatch(before) or before in self._words.industry_heads and proper is None:
                # (某某|速递|股份|有限公司: a trade, whatever the dictionary tags it)
                first -= 1  # 人民|医院, 第一|医院: a common noun, or the body's number (not 某会|重罚|某某|银行:
                # a verb before the name, which ends what names the body)
            else:
                break
        if proper is None:
            return None
        if placed == first:
            return first  # a place and its level, then the fields the body governs: its name
        while first < proper and view[slice(*tokens[first])] in CONJUNCTIONS | {"的"}:
            first += 1
        if first < proper and not any(self._proper(view[slice(*tokens[j])]) for j in range(first, i)):
            return None
        # common nouns before the first name are not part of it: 自动驾驶/公司 is a kind
        words = [view[slice(*tokens[j])] for j in range(first, i)]
        if self._pieces_name(words):
            return first  # 烁/源/集团: a name jieba knows no word of, cut into characters
        pieces = next((n for n in (3, 2) if len(words) > n and self._pieces_name(words[:n])), 0)
        if pieces and opens_clause(view, tokens[first][0]):
            return first  # 岚|岫|纪念|医院: a name cut into its characters, then the body's nouns
        if not any(self._proper(w) for w in words):
            return None  # 人工智能研究院: a field and a kind
        while first < i and not self._name_like(view[slice(*tokens[first])]) and not self._bound_org(
                view[slice(*tokens[first])]) and not (first + 1 < i and self._name_piece(
                    view[slice(*tokens[first])], view[slice(*tokens[first + 1])])):
            first += 1
        return first if first < i else None

    def bound_organisations(self, view: str, tokens: Tokens) -> Iterator[Candidate]:
        """交通部, 行政院, 统计局 (one word: a word, then a bound head) and 行政院 in 行政院长 (a
        word, then a title that begins with the head)."""
        ends = {m.start() + 2 for m in self._head_title_starts.finditer(view)}  # a title of a head ends the word
        for m in self._bound_heads.finditer(view):
            ends.update(m.span())  # a bound head ends the word or follows it
        for end in sorted(ends):
            start = tokens.start_before(end)
            if start is None:
                continue
            word, head_start = view[start:end], start
            if word.endswith(_REGION_HEAD) and (view.startswith(_REGION_NOUNS, end) or set(word[:-1]) <= _COMPASS):
                continue  # 中东部|地区, 西部|一带, 东北部: a part of a country, no body
            if self._department_or_place(view, tokens, start, end):
                continue
            if self._head_as_verb(view, tokens, start, end) or view[end:end + 1] in self._words.bound_heads \
                    and self._head_as_verb(view, tokens, start, end + 1):
                continue  # 开始|办|讲座: a verb, the head's character as a verb of its own, its object
            if self._bound_org(word) or self._placed_short_body(view, tokens, start, word):
                rank = tokens.start_before(start)  # 中级|人民法院, 第一|中级|人民法院: the body's rank is part of its name
                first = tokens.start_before(rank) if rank is not None else None
                if first is not None and view[first:start] in self._words.body_ranks:
                    start = first
                elif rank is not None and view[rank:start] in self._words.body_ranks:
                    start = rank
                level = tokens.start_before(start)  # 市|统计局, 汀兰市|统计局: the place and its level are part of the name
                if level is not None and view[start - 1] in self._words.admin_levels and (
                        level == start - 1 or _ALL_CJK.fullmatch(view[level:start]) and self._tags.get(view[level:start]) in (None, "ns")):
                    lone, start = level == start - 1, level
                    place = tokens.start_before(start) if lone else None
                    if place is not None and self._place_word(view[place:start]):
                        start = place  # 滨海|市|中级人民法院: the place before its level
                    elif not lone:
                        start = self._cut_place(view, tokens, start)  # 江|城市|教育局
                elif level is not None and (placed := self._cut_place(view, tokens, level)) != level:
                    start = placed  # 临|港区|人民法院: a place the segmenter cut into a character and a word
                else:  # 数据安全|管理局, and the place and its level before the fields (江州|市|生态|环境局)
                    start = self._body_start(view, tokens, start)
                    before = tokens.start_before(start)
                    if self._pointed(view, tokens, start):
                        continue  # 这个管理局, 该管理局: a body pointed at, not named
                    if before == start - 1 and view[before] in self._words.admin_levels:
                        start = before  # 县|应急|管理局: its level, alone before its fields, is part of its name
                        place = tokens.start_before(start)
                        if place is not None and self._place_word(view[place:start]):
                            start = place  # 清溪|县|应急|管理局: and the place before the level
                if view.endswith(_LEGAL_FORMS, start, head_start):
                    continue  # 某某航空有限公司|客服部: a company's department, the company named whole before it
                yield Candidate(start, end, EntityType.ORGANIZATION, "discover.org_bound_head.v1", True)
                continue
            glued = tokens.start_before(start)
            if len(word) == 2 and word[-1] in self._words.bound_heads and glued == start - 2 \
                    and view[glued] in self._words.admin_levels and self._tags.get(view[glued:start]) is None:
                place = tokens.start_before(glued)  # 白石|县文|旅局: the segmenter glued the level to the body's name
                first = place if place is not None and self._place_word(view[place:glued]) else glued
                yield Candidate(first, end, EntityType.ORGANIZATION, "discover.org_bound_head.v1", True)
                continue
            head = tokens.end_at(end)
            if head == end + 1 and view[end] in self._words.bound_heads and self._bound_org(word + view[end]) \
                    and (tokens.end_at(head) != head + 1 or dated_day(view, head)  # (农村|厅|在: a preposition after it)
                         or view[head] in NOT_LAST) \
                    and not self._department_or_place(view, tokens, start, head):
                start = self._body_start(view, tokens, start)  # 数据安全|管理|署
                if self._pointed(view, tokens, start):
                    continue  # 这个管理|署的: a body pointed at, not named
                if tokens.start_before(start) == start - 1 and view[start - 1] in self._words.admin_levels:
                    start -= 1  # 市|防汛|办: its level, alone before it, is part of its name
                yield Candidate(start, head, EntityType.ORGANIZATION, "discover.org_bound_head.v1", True)
                continue  # 教育/署: jieba split the head off
            if len(word) >= 4 and word[-2:] in self._head_titles and self._bound_org(word[:-1]):
                yield Candidate(start, end - 1, EntityType.ORGANIZATION, "discover.org_bound_head.v1", True)

    def _pointed(self, view: str, tokens: Tokens, start: int) -> bool:
        """Whether a determiner, no name, stands right before a body's words (这个|管理局, 该|管理局)."""
        before = tokens.start_before(start)
        return before is not None and view[before] in _DETERMINERS and view[before:start] not in self._index

    def _body_start(self, view: str, tokens: Tokens, start: int) -> int:
        """Where the name of a body whose word starts at ``start`` starts: the fields it governs
        (数据安全|管理局), a place the segmenter cut before them (临|港区), or the place and its
        level before them (江州|市|生态环境|局)."""
        fields = self._field_before(view, tokens, start)
        placed = self._cut_place(view, tokens, fields)
        return self._with_place(view, tokens, fields) if placed == fields else placed

    def _cut_place(self, view: str, tokens: Tokens, start: int) -> int:
        """``start``, or the character before it where the word at ``start`` is a place's
        second character and its level (云|城市|交通运输|局, 江|城市|教育局), alone or glued to 据
        (据云|泽市|市场监管局)."""
        if tokens.end_at(start) == start + 2 and view[start + 1] in self._words.admin_levels \
                and (first := tokens.start_before(start)) is not None \
                and (self._place_char(view[start - 1]) or first == start - 1 and opens_clause(view, first)
                     and self._place_char(view[start - 1], kinds=True)) \
                and (first == start - 1 or first == start - 2 and view[first] in _ACCORDING_GLUE):
            # (港|南市|教育局 opening its clause: a character of a kind begins the place there)
            return start - 1  # (据云|泽市|市场监管局: the place's first character glued to 据)
        return start

    def _place_char(self, char: str, kinds: bool = False) -> bool:
        """A lone character that may begin a place's name: Chinese, no function word, determiner
        or (unless ``kinds``) character of a kind (在|港区, 该|区, 全|市 begin none)."""
        return bool(_ALL_CJK.fullmatch(char)) and char not in NOT_FIRST and char not in _DETERMINERS \
            and (kinds or char not in self._words.kind_characters)

    def _place_word(self, word: str) -> bool:
        """Whether ``word``, right before a lone level of government (某某|市), may be the
        place's name: two or three Chinese characters no tag makes a function word or a verb."""
        return 2 <= len(word) <= 3 and bool(_ALL_CJK.fullmatch(word)) and self._tags.get(word) not in _NOT_PLACE_TAGS

    def _field_before(self, view: str, tokens: Tokens, start: int, tags: frozenset[str] = _BODY_FIELD_TAGS) -> int:
        """Where the name of a body whose word starts at ``start`` starts, once the words right
        before it that the dictionary tags with one of ``tags`` are read: the field it governs and
        the place it serves (数据安全|管理局, 药品|监督|管理局, 西班牙|工业部). Up to two words of
        two to four characters, none a determiner, a generic word, a title or a kind's characters."""
        for _ in range(_FIELD_WORDS):
            before = tokens.start_before(start)
            word = view[before:start] if before is not None else ""
            if word in FIELD_JOINS and before is not None and (first := tokens.start_before(before)) is not None \
                    and self._field_word(view[first:before], tags) and not self._bound_org(view[first:before]):
                start = first  # 食物|及|卫生局, 运输|及|物流局: two fields, one body (行政院|与|经济部: two bodies)
                continue
            if not self._field_word(word, tags):
                break
            start = before
        return start

    def _field_word(self, word: str, tags: frozenset[str]) -> bool:
        """A word of the field a body governs (数据安全, 药品, 市场 of 市场监管局: a generic word
        names no one alone, but may name a field)."""
        return 2 <= len(word) <= 4 and bool(_ALL_CJK.fullmatch(word)) and word[0] not in _DETERMINERS \
            and word not in self._words.titles and self._tags.get(word, "nz") in tags \
            and (not set(word) <= self._words.kind_characters or self._country(word))

    def _country(self, word: str) -> bool:
        """A country's name in a word the dictionary holds as a place, ending in 国 (英国, 美国:
        its characters are those of a kind, 英企, 美资), not a count or a kind of country (两国,
        各国, 外国, 大国)."""
        return word.endswith("国") and word[0] not in _COUNTRY_KINDS and self._tags.get(word) == "ns"

    @staticmethod
    def _words_between(view: str, tokens: Tokens, start: int, end: int) -> Iterator[str]:
        while start < end and (after := tokens.end_at(start)) is not None:
            yield view[start:after]
            start = after

    def _verb_and_object(self, view: str, tokens: Tokens, head: int, i: int) -> bool:
        """Whether the head that tokens ``head``..``i`` make is a verb the dictionary knows (投资)
        and a noun follows it right after, its object (投资|海外期货), not a title or a head."""
        if self._tags.get(view[tokens[head][0]:tokens[i][1]]) not in _VERBAL:
            return False
        nxt = i + 1
        if nxt >= len(tokens) or tokens[nxt][0] != tokens[i][1]:
            return False
        after = view[slice(*tokens[nxt])]
        return (self._tags.get(after) or "")[:1] in ("n", "s") and after not in self._words.titles \
            and after not in self._words.free_heads and after not in self._words.kind_nouns

    def _head_as_verb(self, view: str, tokens: Tokens, start: int, end: int) -> bool:
        """Whether the head's character stands alone after a verb and before a noun (开始|办|讲座,
        继续|办|学): a verb of its own with its object, no body."""
        head = end - 1
        verb, nxt = tokens.start_before(head), tokens.end_at(end)
        if not (start <= head and view[head] in _VERB_HEADS and tokens.end_at(head) == end and verb is not None
                and nxt is not None):
            return False
        obj = view[end:nxt]  # a thing's noun, no officer's title (促进|署|官员 is a body's officer)
        return self._tags.get(view[verb:head]) == "v" and self._tags.get(obj) in ("n", "vn") \
            and obj not in self._words.titles and obj[-1] not in KIND_OF_PERSON_ENDS

    def _department_or_place(self, view: str, tokens: Tokens, start: int, end: int) -> bool:
        """Whether a word ``[start, end)`` that ends in 处 names no body of its own: a body's
        department, which speaks for the body (某某大学|后勤处, 民政局|养老服务处), or someone's
        place (从|知情人士|处, 从他处)."""
        return view[end - 1] in _DEPARTMENT_HEADS and (self._after_body(view, tokens, start)
                                                       or view[end - 2:end - 1] in _PEOPLE_ENDS
                                                       or view[start - 1:start] in _FROM)

    def _after_body(self, view: str, tokens: Tokens, start: int) -> bool:
        """Whether one of the two words right before ``start``, glued to it, is a body's name: a
        catalog's, a bound head's or a free head's (大学, 公司)."""
        end = start
        for _ in range(2):  # 大学|后勤处; 统计局|外资|管理处: the body, then a word of the department's
            a = tokens.start_before(end)
            if a is None:
                return False
            if any(self._folder.key(word) in self._index or self._bound_org(word)
                   or word.endswith(self._words.free_heads) and word not in self._words.free_heads
                   for word in (view[a:end], view[a:start])):
                return True  # (儿童|医院|医务处 too; 政府|统计处: a head alone names no body, the department is one)
            end = a
        return False

    def _bound_org(self, word: str) -> bool:
        if len(word) < 3 or word[-1] not in self._words.bound_heads or not _ALL_CJK.fullmatch(word):
            return False
        prefix = word[:-1]
        if self._generic(word) or prefix[0] in _DETERMINERS or word.endswith(self._words.titles):
            return False  # 党|立委: a title the segmenter glued to the word before it, no body
        rank = next((r for r in self._words.body_ranks if word.startswith(r)), None)
        if rank is not None and len(word) - len(rank) >= 3:
            return self._bound_org(word[len(rank):])  # 高级人民法院: a rank, then a body
        tag = self._tags.get(word)
        return tag in ("nt", "n", "j", "nz", "l", None) and (
            self._tags.get(prefix) in _NOUN_TAGS | {"v", "vn", "a"} or prefix in self._index or tag == "nt")

    def organisations_before_roles(self, view: str, tokens: Tokens) -> Iterator[Candidate]:
        """摩根士丹利分析师张伟, 星河智能公司创始人周某, AcmeCEO: the name-like words right before a
        role an organisation gives, where a person's name follows the role."""
        for m in self._org_title.finditer(view):
            after = m.end() + (view[m.end():m.end() + 1] == " ")
            given = tokens.end_at(after)
            if not (self.people.name_end(view, tokens, after) or self.people.foreign_name_end(view, tokens, after)
                    or (given is not None and view[given:given + 1] == "·")
                    or m.group() in self._words.spokespeople and speaks_in_clause(view, after)):
                continue  # a person's name follows the role, or a spokesperson speaks for the body
            start = m.start()
            if start > 0 and view[start - 1].isascii() and view[start - 1].isalnum() and m.group() in _LATIN_TITLES:
                latin = re.search(r"[A-Za-z][A-Za-z0-9.&\-]*$", view[:start])
                if latin and len(latin.group()) >= 2 and latin.group().lower() not in LATIN_STOPWORDS:
                    yield Candidate(latin.start(), start, EntityType.ORGANIZATION, "discover.org_before_role.v1")
                continue
            abbreviation = self._abbreviation_before(view, tokens, start, m.group())
            if abbreviation is not None:
                yield Candidate(abbreviation, start, EntityType.ORGANIZATION, "discover.org_before_role.v1", True)
                continue
            i = tokens.index(start)
            if i is None:
                continue
            first = i
            while first > 0 and tokens[first - 1][1] == tokens[first][0]:
                word = view[slice(*tokens[first - 1])]
                if len(word) == 1 and self._kind_ends(view, tokens, first - 1):
                    break  # 物流业|者|某某: a kind's last character bounds the name, no piece of it
                if word[-1] in ASPECT:
                    break  # 味全龙|靠|着|洋投某某: a verb and its particle end what names the body
                if self._name_like(word) or first < i and self._name_piece(word, view[slice(*tokens[first])]):
                    first -= 1
                elif first > 1 and tokens[first - 2][1] == tokens[first - 1][0] \
                        and self._name_piece(word, view[slice(*tokens[first - 2])]):
                    first -= 2  # 某某斯/顿: a lone character after a name word
                else:
                    break
            if first == i and m.group() in self._words.spokespeople:
                kind = self._after_kind(view, tokens, i)  # 连锁超市|惠|家乐|发言人: bounded by its kind and its voice
                if kind is not None:
                    yield Candidate(kind, start, EntityType.ORGANIZATION, "discover.kind_and_voice.v1", True)
                    continue
            if first == i and i > 0 and tokens[i - 1][1] == start \
                    and view[slice(*tokens[i - 1])] in self._industry_only:
                first = i - 1  # 统一|期货|董事长: a trade the dictionary knows, named by the word before it (below)
            if first == i:
                j = i - 1  # 星河智能公司创始人: common nouns that end in an organisation's head
                if j >= 0 and view[slice(*tokens[j])] in self._words.free_heads:
                    while j > 0 and tokens[j - 1][1] == tokens[j][0] \
                            and self._common_noun(view[slice(*tokens[j - 1])]) \
                            and view[slice(*tokens[j - 1])] not in self._words.qualifiers:
                        j -= 1  # names among them are the organisations sieve's case (某某优图实验室; not 资深|证券)
                    pointed = pointed_at(view, tokens, j)
                    if j < i - 1 and not pointed and not self._generic(view[tokens[j][0]:start]):  # 某|律师事务所: none
                        yield Candidate(tokens[j][0], start, EntityType.ORGANIZATION, "discover.org_before_role.v1", True)
                continue
            words = [view[slice(*tokens[k])] for k in range(first, i)]
            if first > 0 and (view[slice(*tokens[first - 1])].isdigit()
                              or words[0].isdigit() and view[slice(*tokens[first - 1])] in ("第", "第 ")):
                continue  # 第|9|局由|终结者: the words after a number, or an ordinal, name no body
            rule = "discover.org_before_role.v1"
            if "".join(words) in self._words.trades:  # 统一|投顾|董事长: a trade alone names no one; the word before it does
                if not self._names_trade(view, tokens, first):
                    continue
                first -= 1
                words.insert(0, view[slice(*tokens[first])])
                rule = "discover.trade_company.v1"  # a name and a trade, an officer after them: the trade sieve's case
            if all(self._tags.get(w) == "ns" for w in words) or self._generic("".join(words)):
                continue  # 美国总统, 北京市长: a place
            if words[-1] in _SECTOR_ENDS or "".join(words).endswith(_SECTOR_ENDS):
                continue  # 某券商|计算机|行业|首席分析师: the sector an analyst covers, no organisation
            if any(self._person(w) for w in words):
                continue
            yield Candidate(tokens[first][0], start, EntityType.ORGANIZATION, rule, True)

    def _after_kind(self, view: str, tokens: Tokens, i: int) -> int | None:
        """Where a name starts that stands between a noun of its kind and the token ``i`` (a
        body's voice: 发言人, 客服): 连锁超市|惠|家乐|发言人, 外卖平台|速|达到|家|客服. The
        segmenter may cut a brand made of common words anywhere, so the kind, not the tags,
        bounds it on the left: two to six characters, no particle, preposition or title among them."""
        for k in range(i - 1, max(-1, i - 6), -1):
            if tokens[k][1] != tokens[k + 1][0]:
                return None  # a blank or a gap: no name runs over it
            if self._kind_ends(view, tokens, k) and k < i - 1:
                name = view[tokens[k][1]:tokens[i][0]]
                if 2 <= len(name) <= 6 and _ALL_CJK.fullmatch(name) and name[0] not in _DETERMINERS \
                        and not self._generic(name) and not any(
                            view[slice(*tokens[x])] in self._words.titles or view[tokens[x][0]] in NOT_FIRST
                            for x in range(k + 1, i)):
                    return tokens[k][1]
                return None
        return None

    def _names_trade(self, view: str, tokens: Tokens, k: int) -> bool:
        """Whether the word right before token ``k`` (a trade word) may be the name it ends: two
        or more Chinese characters, joined to it, and no determiner, kind, standing or title, nor
        a catalog's name (中信建投|医药|分析师: the trade is that company's team), nor glued to a
        trade that ends another company's name (某某资本|消费|电子|分析师: that company's team too)."""
        if k == 0 or tokens[k - 1][1] != tokens[k][0]:
            return False
        word = view[slice(*tokens[k - 1])]
        return len(word) >= 2 and _ALL_CJK.fullmatch(word) is not None and word[0] not in _DETERMINERS | NOT_FIRST \
            and self._folder.key(word) not in self._index \
            and not self._generic(word) and word not in self._words.qualifiers and word not in self._words.descriptors \
            and word not in self._words.titles and not word.endswith(self._kind_words) \
            and word not in self._words.trades \
            and not (k > 1 and tokens[k - 2][1] == tokens[k - 1][0]
                     and view[slice(*tokens[k - 2])] in self._words.trades
                     and view[slice(*tokens[k - 2])] not in self._words.kind_nouns)

    def _kind_ends(self, view: str, tokens: Tokens, k: int) -> bool:
        """Whether token ``k`` ends a noun of a company's kind, alone or with the token before
        it (快递|业者, 物流业|者)."""
        start = tokens[k - 1][0] if k and tokens[k - 1][1] == tokens[k][0] else tokens[k][0]
        return view[start:tokens[k][1]].endswith(self._kind_words)

    def _abbreviation_before(self, view: str, tokens: Tokens, start: int, title: str) -> int | None:
        """Where an association's abbreviated name (中汽协, 中|钢协, 中药|协) starts right before
        ``start``, where an officer's title of it begins (the segmenter may have glued the
        title's first character to the name: 中建|协副|秘书长): the characters from the start
        of one or two glued tokens, three or four in all, ending in an abbreviation's head,
        none of them a catalog person."""
        if title not in self._words.body_titles:
            return None
        k = bisect_left(tokens, (start,))  # the first token at or after start
        first = k - 1  # the token holding the character before start
        for _ in (1, 2):
            if first < 0 or (first + 1 < len(tokens) and tokens[first][1] < min(start, tokens[first + 1][0])):
                return None
            at = tokens[first][0]
            word = view[at:start]
            if 3 <= len(word) <= 4 and _ALL_CJK.fullmatch(word) and word[-1] in self._words.abbreviated_heads \
                    and word[0] not in _DETERMINERS and not self._generic(word) \
                    and not any(self._person(view[slice(*tokens[x])]) for x in range(first, k)):
                return at
            first -= 1
        return None

    def abbreviated_bodies(self, view: str, tokens: Tokens) -> Iterator[Candidate]:
        """中国足协, 科协, 工商联: a word the dictionary holds as an institution or an abbreviation
        that ends in the short form of 协会 or 联合会 (not 妥协 or 关联, verbs)."""
        for m in _SHORT_BODY_ENDS.finditer(view):
            start = tokens.start_before(m.end())
            if start is not None and self._tags.get(view[start:m.end()]) in _SHORT_BODY_TAGS:
                yield Candidate(start, m.end(), EntityType.ORGANIZATION, "discover.abbreviated_body.v1")

    def listed_companies(self, view: str, tokens: Tokens) -> Iterator[Candidate]:
        """某某智行(02026), 某某（NASDAQ: ABC）: the name before a stock code; where jieba split a
        name it does not know, its left edge is where the words before its repetitions differ."""
        for m in _STOCK_CODE.finditer(view):
            end = m.start()
            run = re.search(rf"[{_CJK}A-Za-z0-9]+$", view[max(0, end - 20):end])
            if run is None:
                continue
            start = _left_edge(view, end - len(run.group()), end)
            if start is not None and (view[start:end] in self._words.trades or self._generic(view[start:end])):
                start = None  # only the head or the trade repeats (某某控股, 另一家控股; 某某科技, 科技股)
            if start is None:  # a name said once: its name words, and the head they end in
                start = end
                while (s := tokens.start_before(start)) is not None and (
                        self._name_like(view[s:start]) or view[s:start] in self._words.trades):
                    start = s
                while start < end and view[start:tokens.end_at(start) or end] in self._words.free_heads:
                    start = tokens.end_at(start) or end
            if end - start >= 2 and not self._generic(view[start:end]):
                yield Candidate(start, end, EntityType.ORGANIZATION, "discover.listed_company.v1", True)

    def apposed_products(self, view: str, tokens: Tokens, mentions: list[Mention]) -> Iterator[Candidate]:
        """语音模型百度灵犀号: a product head, a catalog organisation, then a noun."""
        orgs = {m.span.start: m for m in mentions if self._is_org(m.entity)}
        for end in sorted(orgs):  # the tokens that end where an organisation starts, in order
            start, org = tokens.start_before(end), orgs[end]
            if start is None or view[start:end] not in PRODUCT_HEADS:
                continue
            nxt = org.span.end
            while (following := tokens.end_at(nxt)) is not None and following - org.span.end <= 4 \
                    and _ALL_CJK.fullmatch(view[nxt:following]) \
                    and self._tags.get(view[nxt:following], "n") in ("n", "nz", "ng"):
                nxt = following  # the noun words of the name: 蒸汽机, 灵感/机
            noun = view[org.span.end:nxt]
            if 2 <= len(noun) <= 4 and noun not in GENERIC_WORDS and noun not in PRODUCT_HEADS:
                yield Candidate(org.span.start, nxt, EntityType.PRODUCT, "discover.apposed_product.v1", True)

    def quoted_brands(self, view: str, mentions: list[Mention]) -> Iterator[Candidate]:
        """“某某到家”: a short quoted name that starts with a catalog organisation's name is its
        brand or product, not the organisation."""
        orgs = {m.span.start: m for m in mentions if self._is_org(m.entity)}
        for m in _QUOTED.finditer(view):
            org = orgs.get(m.start(1))
            if org is not None and org.span.end < m.end(1) and _ALL_CJK.fullmatch(view[org.span.end:m.end(1)]):
                yield Candidate(m.start(1), m.end(1), EntityType.PRODUCT, "discover.quoted_brand.v1", True)

    def coordinated(self, view: str, tokens: Tokens, mentions: list[Mention],
                    type_of: Callable[[str], EntityType | None]) -> Iterator[Candidate]:
        """某某、某某 and “某某”“某某”: a name-like item listed right beside an organisation or
        a product is one of the same kind."""
        for m in mentions:
            etype = type_of(m.entity)
            if etype not in (EntityType.ORGANIZATION, EntityType.PRODUCT, EntityType.PERSON):
                continue
            if etype is EntityType.ORGANIZATION:
                joined = self._joined_after(view, tokens, m.span.end)
                if joined is not None:
                    yield Candidate(*joined, etype, "discover.coordinated.v1")
            for item in (_LIST_AFTER.match(view, m.span.end), _list_before(view, m.span.start)):
                if item is None:
                    continue
                start, end = item.span("item")
                word = view[start:end]
                if etype is EntityType.PERSON:  # 分析师钟海涛、赵明远: a person's name, by its surname
                    if item.group("open") is None and 2 <= len(word) <= 3 and surname_initial(word) \
                            and self._tags.get(word) in (None, "nr") and word not in self._index:
                        yield Candidate(start, end, etype, "discover.coordinated.v1")
                    continue
                quoted = item.group("open") is not None and item.group("close") is not None
                if not 2 <= len(word) <= 6 or self._generic(word) or word in self._index:
                    continue
                one_token = tokens.end_at(start) == end
                tag = self._tags.get(word)
                if (quoted or one_token) and (tag in ("nrt", "nz", "nt", "j") or tag is None and (quoted or one_token)) \
                        and self._name_like(word):
                    yield Candidate(start, end, etype, "discover.coordinated.v1")

    def latin_names(self, view: str) -> Iterator[Candidate]:
        """J.P. Morgan, AT&T, Veo3.1Fast, AMD Helios (a catalog brand, then a product): a Latin
        name typed Organization where its context says so (某某在报告中指出, 分析机构某某)."""
        for m in _LATIN_NAME.finditer(view):
            word, start, end = m.group(), m.start(), m.end()
            titled = _TITLED_LATIN.fullmatch(word)
            if titled is not None:  # AcmeCEO: the organisation, then a title
                word, end = word[:titled.start(1)], end - len(titled[1])
            lead = word.split(" ")[0]
            while (lead in _LATIN_TITLES or lead.isalpha() and lead.islower()) and len(word) > len(lead) + 1:
                # 创始人兼CEO Daniel Hsu: the title, then the name; exchange Veltra: a common word before it
                word, start = word[len(lead) + 1:], start + len(lead) + 1
                lead = word.split(" ")[0]
            if not self._latin_name(view, word, end) or _after_figure(view, start):
                continue
            first = word.split(" ")[0]
            if " " in word and first.lower() in self._index and len(word) > len(first) + 1:
                known = self._catalog.get(self._index.get(first.lower()) or "")
                model = word.split(" ")[1:]
                if known is not None and known.type is EntityType.PRODUCT and any(w[0].isdigit() for w in model) \
                        and (all(_MODEL_PART.fullmatch(w) for w in model) or model[-1][0].isdigit()):
                    # iPhone 17 Pro Max, Claude Opus 5: a model of the catalog's product, named whole
                    yield Candidate(start, end, EntityType.PRODUCT, "discover.latin_name.v1", True)
                    continue
                rest = start + len(first) + 1  # AMD Helios: the brand is the catalog's, the product is new
                yield Candidate(rest, end, EntityType.PRODUCT, "discover.latin_name.v1")
                continue
            yield Candidate(start, end, self._latin_type(view, word, start, end), "discover.latin_name.v1")

    def _latin_name(self, view: str, word: str, end: int) -> bool:
        if len(word) < 2 or word.lower() in LATIN_STOPWORDS or not any(c.isupper() for c in word):
            return False
        if _LEVEL_CODE.fullmatch(word) or view.startswith(_FUNDING, end) and _ROUND.fullmatch(word):
            return False  # L4, 5G; Pre-A轮, B系列 (Mate 80系列 is a product's series)
        return True

    def _latin_type(self, view: str, word: str, start: int, end: int) -> EntityType:
        if view.endswith(ORG_HEADS, 0, start) or view.startswith(_ORG_CONTEXT, end) \
                or view.startswith(self._org_title_words, end):
            return EntityType.ORGANIZATION
        parts = word.split(" ")
        before = view[max(0, start - 8):start].rstrip()
        if len(parts) >= 2 and all(p[:1].isupper() for p in parts) \
                and (before.endswith(_LATIN_TITLES) or before.endswith(self._words.titles)):
            return EntityType.PERSON  # 创始人兼CEO Daniel Hsu, 分析师Dan Ives: a title, then a person's names
        if view.startswith(SPEECH_VERBS, end):
            two_names = len(parts) == 2 and all(p[:1].isupper() and p[1:].islower() for p in parts)
            return EntityType.PERSON if two_names else EntityType.ORGANIZATION
        return EntityType.PRODUCT

    # -- word tests -------------------------------------------------------------------

    def _common_noun(self, word: str) -> bool:
        return self._tags.get(word) in _NOUN_TAGS and not self._name_like(word) and not self._generic(word) \
            and word[0] not in _DETERMINERS and bool(_ALL_CJK.fullmatch(word))

    def _pieces_name(self, words: list[str]) -> bool:
        """Two or three lone characters that may each stand in a name, describe no kind (新/老)
        and together make no word the dictionary knows (烁/源 before 集团): a name cut into
        its characters."""
        return 2 <= len(words) <= 3 and all(_lone_piece(w) for w in words) \
            and self._tags.get("".join(words)) is None and words[0] not in NOT_FIRST \
            and not set(words) & self._words.kind_characters

    def _name_piece(self, char: str, following: str) -> bool:
        """A lone character jieba split off a foreign name (摩/斯坦利) beside a name word (not
        beside a punctuation mark: 。|原|董事长)."""
        return _lone_piece(char) and self._tags.get(following) in (None, "nrt", "nr", "nz") \
            and _ALL_CJK.fullmatch(following) is not None

    def _generic(self, word: str) -> bool:
        return word in GENERIC_WORDS or word in self._words.generic_organisations

    def _named_prefix(self, word: str, known: bool) -> bool:
        """Whether what stands before the head of a one-word organisation names one: not
        这所大学 (a determiner), 美国公司 (a place and a kind) or 科技公司 (a kind); a word the
        dictionary knows as an institution (人民日报) needs no named prefix."""
        head = max((s for s in self._words.free_heads if word.endswith(s)), key=len)
        prefix = word[:-len(head)]
        if not prefix or prefix[0] in _DETERMINERS or self._generic(prefix) or prefix in self._words.descriptors:
            return False  # 这所大学, 外资银行: a determiner or a kind, no name
        tag = self._tags.get(prefix)
        if tag == "ns" and head in _GENERIC_COMPANY_HEADS:
            return False
        return known or tag is None or tag in NAME_TAGS

    def _proper(self, word: str) -> bool:
        """A name-like word that is not a catalog concept (人工智能) or an organisation head."""
        key = self._index.get(self._folder.key(word))
        entity = self._catalog.get(key) if key else None
        return (self._name_like(word) or self._bound_org(word)) and (
            entity is None or entity.type is not EntityType.CONCEPT)

    def _joined_after(self, view: str, tokens: Tokens, end: int) -> tuple[int, int] | None:
        """(start, end) of a name joined to an organisation by 和/与/及 (石头科技和科沃斯也将……):
        the pieces after the conjunction that no dictionary knows (jieba cut the name up),
        up to the first word it knows, two to four characters long."""
        after = tokens.end_at(end)
        if after is None or view[end:after] not in CONJUNCTIONS - {"、"}:
            return None
        start = k = after
        while (nxt := tokens.end_at(k)) is not None and nxt - start <= 4 and _ALL_CJK.fullmatch(view[k:nxt]) \
                and self._tags.get(view[k:nxt], "nz") in NAME_TAGS and view[k] not in _NAME_BREAKERS \
                and view[k] not in GLUED_ADVERBS and view[k:nxt] not in self._index:
            k = nxt  # a piece no dictionary knows, or knows as a name
        word = view[start:k]
        if len(word) < 2 or self._generic(word) or k not in tokens.boundaries:
            return None
        return start, k

    def _name_like(self, word: str) -> bool:
        """A word that can be part of a name: a catalog name, Latin, or a proper noun."""
        if self._generic(word) or word[0] in _DETERMINERS or word in self._words.titles \
                or word in self._words.qualifiers or not (_ALL_CJK.fullmatch(word) or word.isalnum() and word.isascii()):
            return False  # (特聘|研究员: a person's standing before a title, no name)
        if self._folder.key(word) in self._index or word.isascii():
            return True
        tag = self._tags.get(word)
        return len(word) >= 2 and (tag is None or tag in NAME_TAGS)

    def _person(self, word: str) -> bool:
        key = self._index.get(self._folder.key(word))
        entity = self._catalog.get(key) if key else None
        return entity is not None and entity.type is EntityType.PERSON

    def _is_org(self, key: str) -> bool:
        entity = self._catalog.get(key)
        return entity is not None and entity.type is EntityType.ORGANIZATION


def _left_edge(view: str, lo: int, end: int) -> int | None:
    """The start of the name that ends at ``end``, found by its repetitions: the longest
    ending of view[lo:end] of two or more characters that occurs again in the text after
    other characters (a space inside a name, as in wrapped text, is looked past). None
    where no ending repeats so."""
    best = None
    for start in range(end - 2, lo - 1, -1):
        name = view[start:end]
        befores, i = set(), view.find(name)
        while i >= 0:
            k = i - 1
            while k >= 0 and view[k] == " ":
                k -= 1
            befores.add(view[k] if k >= 0 else "")
            i = view.find(name, i + 1)
        if len(befores) >= 2:
            best = start
    return best


def _list_before(view: str, start: int) -> re.Match | None:
    """The item listed right before ``start`` (某某、 or “某某”), found in the text just before it."""
    return _LIST_BEFORE.search(view, max(0, start - 12), start)


def _outlets(view: str) -> Iterator[Candidate]:
    """向「某某」透露, 据「某某」报道, 「某某」获悉: the name in 「」 is a source, not a quotation."""
    for m in _CORNER_NAME.finditer(view):
        before, after = view[max(0, m.start() - 2):m.start()], view[m.end():m.end() + 3]
        told = before.endswith(OUTLET_BEFORE) and after.startswith(SPEECH_VERBS + OUTLET_AFTER)
        if told or after.startswith(OUTLET_AFTER):
            yield Candidate(m.start(1), m.end(1), EntityType.ORGANIZATION, "discover.outlet.v1", True)


def _book_titles(view: str) -> Iterator[Candidate]:
    """《某某》: a work, or an outlet where the title ends as a newspaper's does (《某某日报》);
    not an outlet's dateline tag (《某某社3日专讯》)."""
    for m in _BOOK_TITLE.finditer(view):
        title = m.group(1)
        if _OUTLET_TAG.search(title):
            continue
        end = m.end(1)
        note = _TITLE_NOTE.search(title)
        if note is not None and note.start() >= 2:
            title, end = title[:note.start()], m.start(1) + note.start()  # 《某某细则（征求意见稿）》: the draft's note
        etype = EntityType.ORGANIZATION if title.endswith(_MEDIA_HEADS) else EntityType.CREATIVE_WORK
        # the title names one work: a catalog name inside it (王者荣耀 in 《王者荣耀世界》) gives way
        yield Candidate(m.start(1), end, etype, "discover.book_title.v1", True)


def _after_figure(view: str, start: int) -> bool:
    """Whether a Latin word at ``start`` is a unit: after a figure (280Ah, 5 GWh) or after the
    slash of a rate (0.4元/Wh, km/h)."""
    end = start  # where the text before it ends, spaces left out
    while end > 0 and view[end - 1] == " ":
        end -= 1
    before = view[max(0, end - _RATE_REACH):end]  # a rate's figure, unit and slash lie within this
    return before[-1:].isdigit() or _RATE.search(before) is not None


def _lone_piece(char: str) -> bool:
    """A single Chinese character that may stand in a name: no name breaker, particle or determiner."""
    return len(char) == 1 and bool(_ALL_CJK.fullmatch(char)) and char not in _NAME_BREAKERS \
        and char not in _PARTICLES and char not in _DETERMINERS
