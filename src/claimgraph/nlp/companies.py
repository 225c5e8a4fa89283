"""Discovery sieves for names a trade word, a quotation or a dateline frames:

- companies named by a word and a trade (某某科技, 某某物流, 某某机器人) where the word is
  no dictionary word, or where the context shows a company (手机厂商某某科技, 某某物流宣布,
  某某食品共同创办人, 据某某视频披露);
- plans, programmes and laws named in quotation marks (「某某加速计划」, “某某条例”) and a
  quoted name before a product's noun (“某某”影像芯片);
- a press-release wire in a dateline (上海2024年8月20日 /某某社/ --);
- a model code glued to an organisation's name (某某W3).

Each candidate names its sieve as its rule; the matcher settles overlaps.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator, Mapping
from types import MappingProxyType

from ..models import EntityType, Mention
from .dictionary import default_tables
from .contexts import SPOKEN_CANTONESE, quoted_phrase
from .gates import NOT_FIRST
from .lexicons import SPEECH_VERBS, NameWords, opens_clause, opens_speaking
from .tokens import (
    ALL_CJK, CJK, CONJUNCTIONS, DETERMINERS, GLUED_ADVERBS, KIND_OF_PERSON_ENDS, NAME_BREAKERS, PARTICLES,
    PREPOSITION_CHARS, Candidate, Tokens, pointed_at,
)

# a company's legal forms under Chinese company law: after a name and a trade (启航物流有限公司)
# they make the name a company's whatever the name's word is to the dictionary
_LEGAL_FORMS = ("股份有限公司", "有限责任公司", "有限公司")
_LONGEST_QUOTED_NAME = 8  # characters of a short name quoted after its kind (竞争对手「某某」)
_LONGEST_LEGAL_NAME = 20  # of a full legal name quoted whole (「安心居长照服务有限公司」负责人)
_LONGEST_REGISTERED = 16  # characters of a registered name before its legal form
# the dictionary's tags of words that stand in no registered name: verbs, prepositions,
# conjunctions, particles, pronouns, adverbs, numbers, measures, times, locatives
_NOT_REGISTERED_TAGS = frozenset({"v", "vd", "vg", "p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "r", "rr", "rz",
                                  "d", "m", "mq", "q", "t", "tg", "f", "y", "e", "o", "x", "zg", "s"})
# tags of words that name a company in its registered name: places, names, abbreviations
_REGISTERED_NAME_TAGS = frozenset({"ns", "nr", "nrt", "nrfg", "nt", "nz", "j"})
_PARTY_ENDS = KIND_OF_PERSON_ENDS | frozenset("商方人")  # what ends the word for a party to something
# the heads of an association, a society or a council for a cause (……促进协会, ……保护委员会)
_ASSOCIATION_HEADS = ("协会", "学会", "促进会", "联合会", "基金会", "联盟", "研究会", "委员会", "公会", "商会")
_LONGEST_CAUSE = 16  # characters of a place, a cause and an association's head
# the dictionary's tags of the words of a cause: nouns, verbs, verbal nouns, adjectives, names it lacks
_CAUSE_TAGS = frozenset({None, "n", "v", "vn", "a", "an", "nz", "l"})
_GLUED_PARTY = frozenset("方诉")
_BUSINESS_TAGS = frozenset({"v", "vn"})  # a business's verb or verbal noun right before the form (制造, 管理)
# a company's region and department before an officer's title (亚太区研究部主管, 华东区销售部经理)
_REGION_AND_DEPARTMENT = re.compile(r"(?:[\u4e00-\u9fff]{1,3}区)?(?:[\u4e00-\u9fff]{1,3}部)?")  # what the segmenter glues to the name after a party or a suit's first name
# what follows a company's name and not a common noun: announcing, denying, founding, partnering
_COMPANY_AFTER = SPEECH_VERBS + (
    "宣布", "否认", "披露", "公布", "发布", "推出", "成立于", "创立于", "完成", "获得", "还将", "将与",
    "与", "和", "、", "旗下", "今日", "今天", "昨日", "周一", "周二", "周三", "周四", "周五", "周六", "周日",
    "回应", "发文", "声明", "并不", "方面", "在声明中", "在一份声明中", "在公告中", "发布公告", "公告称",
    "发出声明", "发表声明", "召开")
# words that may stand between a company's name and a role (某某食品共同创办人, 某某手机产品副总裁)
_ROLE_PREFIXES = ("共同", "联合", "产品", "技术", "市场", "销售", "研发", "品牌", "公关", "法务", "财务", "运营", "投资者关系",
                  "中国区", "大中华区", "全球", "相关", "有关",
                  "主要", "分管")
_RUMOURS = frozenset("传傳曝")  # what opens a headline before a name: it is rumoured, it is exposed (传某某汽车将……)
_CONJUNCTION_STARTS = tuple(sorted(CONJUNCTIONS))  # for str.startswith
# a word jieba's dictionary counts this often is an everyday word (社会, 国家, 人民), which names
# no company by a trade word alone (社会资本), unlike a rarer one (星辰科技, 阳光保险)
_EVERYDAY = 5000
_JOINED = ("、",)  # what lists a name with the next: it shows a company only after a word no common one
_BEFORE_COMPANY = ("据", "与", "和", "跟", "、", "对", "向", "被", "由", "替", "接近", "熟悉")  # a preposition's object
# what follows a company as the subject of its plans (某某半导体将在下季度……): only after a
# word no dictionary knows (功率半导体将…… is an industry's)
_PLANS_AFTER = ("将", "已经", "已", "正在", "正", "计划", "拟", "预计", "有望")
# the dictionary's tags of words that name no company before a trade word: a place or a word of
# location (国内, 海外), a number, a pronoun, a verb, and a verbal noun (运营数据方面, 销售数据显示:
# an activity's figures)
_NOT_NAME_TAGS = frozenset({"ns", "s", "m", "q", "r", "p", "c", "u", "d", "f", "t", "uj", "ul", "v", "vd", "vn"})
# a verb's tag: a verb names a company (远航汽车, 飞跃科技) only where the company speaks or an
# officer of it is named right after (远航汽车表示, 飞跃科技CEO某某), never before 和, 方面
# or a plan (全面转向软件和服务, 发展科技方面); so does an adjective right after a verb, which
# modifies the verb's object (提出|具体|数据|说明), unlike a name's (卫生|健康|委员会, 光明|乳业表示)
_VERB_TAGS = frozenset({"v"})
_PERSON_NAME_TAGS = frozenset({"nr", "nrfg"})  # jieba's tags of a person's name
_ADJECTIVE_TAGS = frozenset({"a", "ad"})
_LAST_JOINS = re.compile(r"(?<=..)(?:和|与|及)(?=..)")  # before a list's last item (甲、乙和丙)
# tags of the words before a list's first item, which are none of it: adverbs, prepositions,
# conjunctions, pronouns, time and location words, particles
_LIST_STOP_TAGS = frozenset({"d", "p", "c", "r", "t", "f", "u", "uj", "ul", "x"})
_DATE_AFTER = re.compile(r"(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}[日号]")  # 10月29日, 29日, 2026年3月1日
_STATED_AFTER = ("表示", "称", "说", "指出", "透露", "宣布", "回应", "否认", "公布", "披露", "声明", "在声明中",
                 "在一份声明中", "发布公告", "公告称", "发布声明", "发出声明", "发表声明", "发布通报", "通报称",
                 "发布通告", "通告称")
_PERIODS = frozenset({"年度", "季度", "月度", "年终", "年中", "半年", "全年", "周年"})  # periods, which name no company
_FIRM_HEADS = ("公司", "集团", "企业", "管理", "银行", "商行")  # a firm's heads, which scare quotes use too
_PLAIN_KINDS = frozenset({"企业", "公司", "平台", "品牌", "客户", "股东", "巨头", "龙头", "车企", "药企", "房企", "机构"})
_NAMELIKE_TAGS = frozenset({None, "nr", "nrt", "nrfg", "nt", "nz"})
_SET_PHRASE_TAGS = frozenset({"i", "l"})  # jieba's tags of an idiom and a set phrase (知法犯法 l): words, no name
_PLAN_HEADS = ("计划", "计画", "专案", "项目", "方案", "工程", "行动", "倡议", "条例", "法案", "草案", "办法", "细则",
               "规定", "法", "政策", "补贴", "基金")
_NEGATION_WORDS = frozenset({"不", "未", "没有", "沒有", "没", "沒", "无", "無", "并非", "並非", "不会", "不會", "绝不", "絕不"})
_NEGATIONS = frozenset("不未没無无非")  # a negation in an adverb that opens quoted words (从未, 绝不, 不再)
_QUOTED_WORDS_END = frozenset("着了过的吗呢吧啊")  # particles that end quoted words, never a name
_QUOTED_NAME = re.compile(r"[“「『\"]([\u4e00-\u9fffA-Za-z0-9·]{2,16})[”」』\"]")
_WIRE = re.compile(rf"\d{{1,2}}日\s*/\s*([{CJK}A-Za-z ]{{2,20}}?)\s*/\s*(?:--|—|-)")
MODEL_CODE = re.compile(r"[A-Z]{1,3}\d{1,4}[A-Za-z]?(?![A-Za-z0-9])")


class CompanySieves:
    """The sieves, with what they read: jieba's dictionary tags, the lexicons, a test for
    catalog names."""

    def __init__(self, tags: Mapping[str, str], words: NameWords, known: Callable[[str], bool]):
        self._tags, self._words, self._known = tags, words, known
        self._freq = default_tables().freq  # jieba's counts, read once with the tags
        self._kinds = tuple(sorted(words.kind_nouns, key=len, reverse=True))
        # a quotation after a plain noun is a scare quote (正规企业“吃不饱”): only a specific kind
        self._quoted_kinds = tuple(k for k in self._kinds if k not in _PLAIN_KINDS)
        # the heads of bodies (联盟, 协会, 基金会), not of firms: a quoted 皮包公司 is a scare quote
        self._body_heads = tuple(h for h in words.free_heads if len(h) >= 2 and not h.endswith(_FIRM_HEADS))
        self._trades = words.trades
        self._trade_words = tuple(sorted(words.trades))  # for str.endswith
        self._trade_lasts = frozenset(w[-1] for w in self._trades)  # the characters a trade word ends with
        self._glued_lasts = frozenset(k[-1] for k in self._kinds)  # what the segmenter may glue to a name (运营方, 厂)
        self._owned = tuple(sorted(words.owned, key=len, reverse=True))
        self._org_titles = tuple(sorted(words.organisation_titles, key=len, reverse=True))
        kinds = "|".join(map(re.escape, self._kinds))
        self._kind_list = re.compile(
            rf"(?P<items>(?:[{CJK}A-Za-z0-9]{{2,12}}(?:、|和|与|及))+[{CJK}A-Za-z0-9]{{2,6}})等(?:[{CJK}]{{0,3}}?)(?:{kinds})")
        moves = "|".join(map(re.escape, sorted(words.share_moves, key=len, reverse=True)))
        self._share_move = re.compile(rf"(?:{moves})(?:了|约|近|逾|超)?[0-9０-９]") if moves else None

    def traded_companies(self, view: str, tokens: Tokens) -> Iterator[Candidate]:
        """手机厂商某某科技, 某某物流宣布, 据某某视频披露: a name word, then a trade word, where
        the words around show a company (a trade word also ends common nouns: 料箱机器人)."""
        for i in range(1, len(tokens)):
            c, d = tokens[i]
            if view[d - 1] not in self._trade_lasts:
                continue  # no trade word ends the token
            a, b = tokens[i - 1]
            if b != c or not self._trade(view[c:d]):
                continue
            first = i - 1
            if b - a == 1 and i > 1 and tokens[i - 2][1] == a and tokens[i - 2][1] - tokens[i - 2][0] == 1 \
                    and not view[tokens[i - 2][0]].isascii() and view[a] not in NAME_BREAKERS:
                first, a = i - 2, tokens[i - 2][0]  # 曜/石/科技: jieba cut a name it does not know into characters
            glued = next((k for k in self._kinds if view.endswith(k, 0, a + 1)), None) \
                if view[a] in self._glued_lasts else None
            if glued is not None and b - a >= 3:
                a += 1  # 运营/方墨羽/物流, 芯片/厂星澜/科技: the kind's last character glued to the name
            word = view[a:b]
            if len(word) == 3 and word[0] in _RUMOURS and opens_clause(view, a):
                a, word = a + 1, word[1:]  # 传星途|汽车将……: a headline's rumour word the segmenter glued on
            elif len(word) == 3 and a and self._tags.get(view[a - 1:a + 1], "")[:1] == "v" \
                    and self._tags.get(word) is None:
                a, word = a + 1, word[1:]  # 已约|谈华岳|储能: a verb's last character (约谈) glued to the name
            if not 2 <= len(word) <= 3 or not ALL_CJK.fullmatch(word) or word[0] in DETERMINERS | NOT_FIRST \
                    or len(word) == 2 and word[1] in PREPOSITION_CHARS \
                    or self._known(word) or word in self._words.generic_organisations:
                continue
            if pointed_at(view, tokens, first) and tokens[first][0] == a:
                continue  # 某|会计师|事务所, 一家|物流|公司: a company pointed at or counted, not named
            if word in self._words.industry_heads or word in self._words.kind_nouns or word in self._words.titles \
                    or word in self._words.qualifiers or word in self._words.descriptors or self._trade(word) \
                    or word in _PERIODS:
                continue  # 科技企业, 手机厂商: two common nouns; 资深|汽车|分析师: a person's standing; 股份制|银行: a kind;
                # 证券|半导体: two trades; 年度|技术|发布会: a period
            if first > 0 and tokens[first - 1][1] == a and self._trade(before := view[slice(*tokens[first - 1])]) \
                    and before not in self._words.kind_nouns:
                continue  # 某某资本|消费|电子|分析师: the trade a company's analyst covers, glued to its name
                # (not 科技公司|某某数码: a kind before the name)
            k = i
            while k + 1 < len(tokens) and tokens[k + 1][0] == tokens[k][1] \
                    and self._trade(view[slice(*tokens[k + 1])]) and not self._titled_after(view, tokens[k + 1][0]) \
                    and not view.startswith(self._words.field_titles, tokens[k + 1][1]):
                k += 1  # 光速|能源|科技: a name and a run of trade words (not 某某资本|基金经理: a title, nor
                # 某某资本|半导体|分析师: the field the analyst covers)
            d = tokens[k][1]
            tag = self._tags.get(word)
            if (tag in _VERB_TAGS or tag in _ADJECTIVE_TAGS and first > 0
                    and self._tags.get(view[slice(*tokens[first - 1])]) in _VERB_TAGS) and not glued:
                if view[c:d] in _PLAIN_KINDS:
                    continue  # 要求|公司|说明: a verb and its object, the company it names being a kind
                if k > i and view.endswith(_LEGAL_FORMS, c, d) \
                        and ((self._freq.get(word) or 0) < _EVERYDAY or view.endswith("的", 0, a)):
                    # 新任职的启航|物流|有限公司: a rare verb, or one a clause describes, and the legal form
                    # (not 要求|物流|有限公司|说明: an everyday verb and its object)
                    yield Candidate(a, d, EntityType.ORGANIZATION, "discover.trade_company.v1")
                    continue
                opens = opens_clause(view, a) or view.endswith(_BEFORE_COMPANY, 0, a)
                # an officer after it, or it speaks as the subject of its clause (not 在平台|发布视频|称:
                # a verb and its object)
                if self._titled_after(view, self._past_adverb(view, tokens, d), officer=True) \
                        or opens and self._stated_after(view, tokens, d, officer=True):
                    yield Candidate(a, d, EntityType.ORGANIZATION, "discover.trade_company.v1")
                continue
            if tag in _PERSON_NAME_TAGS and self._tags.get(view[c:d]) in _VERB_TAGS:
                continue  # 向刘小军|支付: a person's name to the dictionary, then a verb (支付 is a trade too)
            if tag in _NOT_NAME_TAGS and not (tag == "ns" and (self._titled_after(view, d)
                                                               or view[max(0, a - 6):a].endswith(self._kinds))):
                continue  # 中国科技, 这些企业: a place, a number, a pronoun (中原地产首席分析师: a place's name, titled;
                # 竞争对手蓝海智能: a place's word after a company's kind names one)
            if glued is not None or self._company_context(view, tokens, first, d, word):
                yield Candidate(a, d, EntityType.ORGANIZATION, "discover.trade_company.v1")

    def legal_names(self, view: str, tokens: Tokens) -> Iterator[Candidate]:
        """A company's registered name, whole: the words before a legal form back to the
        clause's edge, a function word, a verb, a time, a count or a kind (鹭城|机场|集团|有限公司,
        南|天|航空|股份|有限公司, 与|华信|物流|有限公司). A registered name is a place, a brand, a
        trade and the form, so a place or a brand must be among them: a place and a trade are
        a name here (no kind of company is written with a legal form), words of a kind are not
        (本土|汽车|有限公司), nor a company pointed at (该|航空|有限公司)."""
        for j in range(1, len(tokens)):
            d = tokens[j][1]
            if view[d - 2:d] != "公司":
                continue
            # the longest form that starts a token (有限|责任|公司: the form cut up; 集团股份|有限公司: glued)
            k = next((tokens.index(d - len(f)) for f in _LEGAL_FORMS
                      if view.endswith(f, 0, d) and tokens.index(d - len(f)) is not None), None)
            if not k:
                continue
            c = tokens[k][0]
            first, lone = k, 0
            while first > 0 and tokens[first - 1][1] == tokens[first][0] and c - tokens[first - 1][0] <= _LONGEST_REGISTERED:
                word = view[slice(*tokens[first - 1])]
                if len(word) == 1:
                    if not self._name_character(word):
                        break  # 前|, 在|, 与|: a function word's character ends the name
                    lone += 1
                elif lone >= 2 or not self._registered_word(word, next_to_form=first == k, branded=lone == 1):
                    break  # a name's lone characters open it (南|天|航空, not 向|南天|航空 nor 诉|……)
                else:
                    lone = 0  # 动力|坊|健体: one lone character and the word before it, the brand
                first -= 1
            glued = next((j for j in range(k - 1, first, -1) if view[tokens[j][0]] in _GLUED_PARTY
                          and view[slice(*tokens[j])] not in self._tags and len(view[slice(*tokens[j - 1])]) >= 2), None)
            if glued is not None:
                first = glued  # 运营|方恒澄|仓储: the party's word ends before the name (its 方 cut below)
            words = [view[slice(*tokens[j])] for j in range(first, k)]
            while len(words) > 1 and self._tags.get(words[0]) in _BUSINESS_TAGS and not self._trade(words[0]):
                first, words = first + 1, words[1:]  # 宣判|瑞丰|建设……: the verb before the name (not 城市|发展|投资)
            while words and (words[0] in self._words.descriptors or words[0] in self._words.qualifiers):
                first, words = first + 1, words[1:]  # 本土|…: a word of a kind opens no name
            brand = len(words) >= 2 and self._tags.get(words[0]) in _ADJECTIVE_TAGS  # 宏远|精密: a brand of good omen
            if not words or pointed_at(view, tokens, first) \
                    or not (lone >= 2 or brand or any(self._names_registered(w) for w in words)):
                continue
            start = tokens[first][0]
            if first > 0 and tokens[first - 1][1] == start and view[start] in _GLUED_PARTY and words[0] not in self._tags:
                start += 1  # 有限公司|诉恒澄|速递, 运营|方恒澄: a suit's 诉 or a party's 方 glued to the name
            yield Candidate(start, d, EntityType.ORGANIZATION, "discover.legal_name.v1")

    def placed_associations(self, view: str, tokens: Tokens) -> Iterator[Candidate]:
        """An association named by its place and its cause, whatever verbs the cause holds
        (台湾|失智|照护|促进|协会, 岚州|消费者|权益|保护|委员会): back from an association's head
        over the words of its cause to a place that opens the clause or follows a function word;
        no place there, no name read here (呼吁|消费者|保护|协会 stays the other sieves')."""
        for k in range(1, len(tokens)):
            c, d = tokens[k]
            if not view.endswith(_ASSOCIATION_HEADS, c, d):
                continue
            first = k
            while first > 0 and tokens[first - 1][1] == tokens[first][0] and d - tokens[first - 1][0] <= _LONGEST_CAUSE:
                word = view[slice(*tokens[first - 1])]
                start = self._place_start(view, tokens, first - 1)
                if start is not None:
                    if first - 1 < k - 1 and (opens_clause(view, start) or view[start - 1:start] in NOT_FIRST):
                        yield Candidate(start, d, EntityType.ORGANIZATION, "discover.placed_association.v1")
                    break
                if len(word) < 2 or not ALL_CJK.fullmatch(word) or self._tags.get(word) not in _CAUSE_TAGS \
                        or word in self._words.titles:
                    break
                first -= 1

    def _place_start(self, view: str, tokens: Tokens, j: int) -> int | None:
        """Where the place that token ``j`` ends starts: a place word (台湾), a word and its level
        (岚州市, or 岚州|市 cut in two); None where token ``j`` ends no place."""
        word = view[slice(*tokens[j])]
        tag = self._tags.get(word)
        if tag in ("ns", "nz") and len(word) >= 2:
            return tokens[j][0]  # 台湾, 中华: a place or a nation's name
        if 3 <= len(word) <= 4 and word[-1] in self._words.admin_levels and tag is None and ALL_CJK.fullmatch(word):
            return tokens[j][0]
        if len(word) == 2 and word[-1] in self._words.admin_levels and j > 0 and tokens[j - 1][1] == tokens[j][0] \
                and tokens[j - 1][1] - tokens[j - 1][0] == 1 and self._name_character(view[tokens[j - 1][0]]):
            return tokens[j - 1][0]  # 岚|州市: the place's first character, its second glued to the level
        if word in self._words.admin_levels and j > 0 and tokens[j - 1][1] == tokens[j][0]:
            place = view[slice(*tokens[j - 1])]
            if 2 <= len(place) <= 3 and ALL_CJK.fullmatch(place) and self._tags.get(place) in (None, "ns", "nr"):
                return tokens[j - 1][0]
        return None

    def _name_character(self, char: str) -> bool:
        """A character that may be a piece of a name the segmenter cut up (南|天|航空): none
        of a function word, a determiner or a number."""
        return bool(ALL_CJK.fullmatch(char)) and char not in NOT_FIRST and char not in PARTICLES \
            and char not in DETERMINERS and char not in CONJUNCTIONS and char not in PREPOSITION_CHARS \
            and char not in NAME_BREAKERS

    def _registered_word(self, word: str, next_to_form: bool, branded: bool = False) -> bool:
        """A word that may stand in a registered name: a place, a brand, a trade or a common
        noun (鹭城, 机场, 集团 right before the form); not a function word, a verb, a time, a
        count, a title, a kind of company before the name (子公司|某某有限公司) nor punctuation;
        ``branded``: a lone character follows it, which makes the two one brand (食客|帮)."""
        if not ALL_CJK.fullmatch(word) and not (word.isascii() and word.isalnum()):
            return False
        if word in NOT_FIRST or word[0] in DETERMINERS or word in self._words.titles:
            return False
        if (word.endswith(self._kinds) or word.endswith(_FIRM_HEADS)) and not next_to_form:
            return False  # 生产企业|某某, 子公司|某某: a kind before the name (not 某某机场|集团|有限公司)
        if self._trade(word):
            return True  # 建设, 投资, 服务: a trade, whatever the dictionary tags it
        if next_to_form and self._tags.get(word) in _BUSINESS_TAGS:
            return True  # 某某家具|制造|有限公司, ……|开发|有限公司: the business right before the form, a verb
        if word[-1] in _PARTY_ENDS and word in self._tags and not branded:
            return False  # 实施者|, 承包商|, 投资方|: a party named by its part, then the name (not 食客|帮:
            # a word and a lone character after it, the brand)
        return word.isascii() or self._tags.get(word) not in _NOT_REGISTERED_TAGS

    def _names_registered(self, word: str) -> bool:
        """A word that names the company in its registered name: a place (鹭城), a brand
        the dictionary lacks or tags as a name, Latin letters, a name the catalog knows."""
        if word in self._words.descriptors or word in self._words.qualifiers:
            return False
        tag = self._tags.get(word)
        return word.isascii() or tag is None or tag in _REGISTERED_NAME_TAGS or self._known(word) \
            or not self._trade(word) and word not in self._words.industry_heads and word not in self._words.kind_nouns \
            and (self._freq.get(word) or 0) < _EVERYDAY  # 星槎|机场: a rare word before the trade, the brand

    def _trade(self, word: str) -> bool:
        """A trade word (科技, 物流), or one the dictionary holds whole that ends in a trade
        word after a trade or a common noun (电子科技, 生物医药, 信息技术)."""
        if word in self._trades:
            return True
        if len(word) < 4 or word[-1] not in self._trade_lasts:
            return False
        return any(word[-n:] in self._trades and (word[:-n] in self._trades or self._tags.get(word[:-n]) == "n")
                   for n in range(2, len(word) - 1))  # each split that leaves two characters or more before it

    def _titled_after(self, view: str, end: int, officer: bool = False) -> bool:
        """Whether an officer's title follows right after ``end`` (首席分析师, 产品副总裁); with
        ``officer``, not a staff member's (客服, 工作人员), whom a verb's object has too."""
        return self._titled(_without_role_prefix(view[end:end + 12]), officer)

    def _titled(self, text: str, officer: bool) -> bool:
        """Whether ``text`` opens with an officer's title, or with ``officer`` not a staff member's."""
        title = next((t for t in self._org_titles if text.startswith(t)), None)
        return title is not None and not (officer and title in self._words.staff)

    def _stated_after(self, view: str, tokens: Tokens, end: int, officer: bool = False) -> bool:
        """Whether the company speaks right after ``end`` (表示, 今天宣布, 公告称) or an officer's
        title follows (CEO, 创始人): what a verb and a trade word never do (``officer``: see
        ``_titled_after``)."""
        end = self._past_adverb(view, tokens, end)  # 某某汽车今天宣布
        return view.startswith(_STATED_AFTER, end) or self._titled_after(view, end, officer)

    def _past_adverb(self, view: str, tokens: Tokens, end: int) -> int:
        """``end``, or past the adverb or time word right after it (某某智能|随后|发布, 某某物流|今年|宣布),
        or past the date written in digits with its time of day (某某科技|10|月|29|日|晚间|发布)."""
        after = tokens.end_at(end)
        if after is not None and (self._tags.get(view[end:after]) in ("d", "t") or view[end:after] in GLUED_ADVERBS):
            return after
        date = _DATE_AFTER.match(view, end)
        if date is not None and date.end() in tokens.boundaries:
            after = tokens.end_at(date.end())
            if after is not None and self._tags.get(view[date.end():after]) == "t":
                return after  # ……日|晚间
            return date.end()
        return end

    def _company_context(self, view: str, tokens: Tokens, i: int, end: int, word: str) -> bool:
        start = tokens[i][0]
        before = view[max(0, start - 4):start].rstrip("「“『\" ")
        if before.endswith(self._kinds):
            return True
        namelike = self._tags.get(view[start:tokens[i][1]]) in _NAMELIKE_TAGS  # no common word the dictionary knows
        if before.endswith(_BEFORE_COMPANY) and namelike:
            return True  # 与某某物流: a conjunction shows a company only where the word is no common one
        if namelike and view.startswith(_PLANS_AFTER, end):
            return True  # 某某半导体将在……, 某某物流正在……
        end = self._past_adverb(view, tokens, end)  # 某某智能随后发布: an adverb or a time word before the verb
        rest = view[end:end + 12].lstrip("」”』\" ")
        if rest.removeprefix("的").startswith(self._owned) and namelike and not set(word) & PARTICLES:
            # 某某咨询的最新预测, 某某半导体今年营收: what a company has, after a word no common one
            # (要由|技术团队: a verb and a preposition glued, no name)
            return True
        owned = re.match(r"的(?:一|两|多|几)?(?:名|位|个)?", rest)
        if owned is not None and owned.end() > 1:
            rest = rest[owned.end():]  # 某某集团的一名发言人: a role of the company's, counted
            if namelike and rest.startswith(self._owned):
                return True  # 某某物流的一名员工
        if self._share_move is not None and self._share_move.match(rest):
            return True  # 某某地产急挫8.5%: a listed company's shares move
        rest = _without_role_prefix(rest)
        if rest.startswith(_JOINED) and not namelike:
            return False  # 新能源汽车、工业机器人、集成电路: industries listed, common words and trades
        if rest.startswith(_CONJUNCTION_STARTS) and (self._freq.get(word) or 0) >= _EVERYDAY:
            return False  # 专项债券、社会资本和居民出资: an everyday word and a trade, a kind of thing listed
        # 某某电器通过官方微博回应称: the name opens its clause, which says something
        # a common word before a trade and a staff member's title (联系|电商|客服) is a verb's object
        return rest.startswith(_COMPANY_AFTER) or self._titled(rest, officer=not namelike) \
            or opens_speaking(view, start, end, view[end:tokens.end_at(end) or end], self._tags)

    def kind_lists(self, view: str, tokens: Tokens) -> Iterator[Candidate]:
        """甲、乙和丙等公司, 甲、乙等车企: names listed before 等 and a company's kind are
        companies, each a name-like word or words (not 芯片、软件等企业: common nouns list trades)."""
        for m in self._kind_list.finditer(view):
            items = _list_items(view, m.start(), m.end("items"))
            for k, (a, b) in enumerate(items):
                a = self._first_item_start(view, tokens, a, b) if k == 0 else a
                if a is not None and self._listed_name(view, tokens, a, b):
                    yield Candidate(a, b, EntityType.ORGANIZATION, "discover.kind_list.v1")

    def _first_item_start(self, view: str, tokens: Tokens, start: int, end: int) -> int | None:
        """Where the first item of a list starts: after the words of the clause before it
        (随后|某某, 包括|某某), the item keeping at most three of its own tokens."""
        cut = tokens.start_before(end)
        taken = 0
        while cut is not None and cut > start and taken < 2:
            before = tokens.start_before(cut)
            if before is None or before < start:
                break
            word = view[before:cut]
            if self._tags.get(word) in _LIST_STOP_TAGS or len(word) > 1 and self._tags.get(word) == "v":
                break
            cut, taken = before, taken + 1
        return cut

    def _listed_name(self, view: str, tokens: Tokens, start: int, end: int) -> bool:
        word = view[start:end]
        if not 2 <= len(word) <= 6 or start not in tokens.boundaries or end not in tokens.boundaries \
                or self._known(word) or word in self._words.generic_organisations or word in self._words.industry_heads \
                or word in self._words.kind_nouns or word in self._words.descriptors or word[0] in DETERMINERS:
            return False
        words, at = [], start
        while at < end and (after := tokens.end_at(at)) is not None and after <= end:
            words.append(view[at:after])
            at = after
        if at != end:
            return False
        if len(words) == 1:
            return self._tags.get(word) in _NAMELIKE_TAGS or self._tags.get(word) in ("ns", "j")
        # words jieba does not know as one: a name where one is name-like or a lone character (百川|智算, 月|之|暗面)
        return words[-1] not in self._trades and any(len(w) == 1 or self._tags.get(w) in _NAMELIKE_TAGS for w in words)

    def quoted_plans(self, view: str, tokens: Tokens) -> Iterator[Candidate]:
        """「某某加速计划」, “某某人才留任条例”: a quoted name that ends in a plan's or a law's head
        (a quoted name beside a product's noun is ``contexts.quoted_products``'s); words quoted
        that make a phrase (“正在积极寻找替代方案”, see ``contexts.quoted_phrase``) name none."""
        for m in _QUOTED_NAME.finditer(view):
            name = m.group(1)
            if len(name) >= 4 and name.endswith(_PLAN_HEADS) and not name.startswith(tuple(DETERMINERS)) \
                    and not quoted_phrase(view, tokens, self._tags, m.start(1), m.end(1), clause=False) \
                    and not (name[-3] == "的" and name[-2:] in self._tags) \
                    and not (self._tags.get(name[:2]) == "d" and not _NEGATIONS.isdisjoint(name[:2])) \
                    and "是" not in name and name.count("的") < 2 and self._tags.get(name) not in _SET_PHRASE_TAGS \
                    and not self._described(view, tokens, m.start(1), m.end(1)):
                # ……市场的做法 (a way), 从未有过此类规定 (a negated clause), 根本是空壳立法 (a copula),
                # 真正的挑战在后面的子法 (two modifiers), 知法犯法 (an idiom): words quoted, no name
                yield Candidate(m.start(1), m.end(1), EntityType.CREATIVE_WORK, "discover.quoted_plan.v1")

    def _described(self, view: str, tokens: Tokens, start: int, end: int) -> bool:
        """Whether quoted words that end in a plan's head describe rather than name it: they
        hold a negation word (目前没有任何减持计划), or follow a copula with a modifier
        (新措施是「平衡……的务实方案」)."""
        words, pos = [], start
        while pos < end and (nxt := tokens.end_at(pos)) is not None:
            words.append(view[pos:nxt])
            pos = nxt
        if any(w in _NEGATION_WORDS for w in words):
            return True
        return "的" in view[start:end] and view[:start - 1].rstrip().endswith("是")

    def quoted_companies(self, view: str) -> Iterator[Candidate]:
        """竞争对手「某某」, 初创公司“某某”: a short quoted name right after a company's kind (not
        a plain one: 机构“变相”开展, 企业“走出去” are scare quotes); a quoted name that ends in a
        body's head, a company's full legal name among them (「某某长照服务有限公司」负责人)."""
        for m in _QUOTED_NAME.finditer(view):
            name = m.group(1)
            kind = view.endswith(self._quoted_kinds, 0, m.start()) or view.endswith("公司", 0, m.start()) \
                and view.endswith(self._trade_words, 0, m.start() - 2)  # 物流公司「某某」: a trade and 公司 name a kind too
            # 团体「基层住屋联盟」: a quoted name that ends in a body's head names a body, whatever precedes it
            kind = kind or len(name) >= 4 and any(name.endswith(h) and len(name) > len(h) + 1 for h in self._body_heads) \
                or len(name) > 5 and name.endswith(_LEGAL_FORMS)
            longest = _LONGEST_LEGAL_NAME if name.endswith(_LEGAL_FORMS) else _LONGEST_QUOTED_NAME
            if 2 <= len(name) <= longest and ALL_CJK.fullmatch(name) and kind \
                    and not name.endswith(_PLAN_HEADS) and name not in self._words.generic_organisations \
                    and name[-1] not in _QUOTED_WORDS_END and SPOKEN_CANTONESE.isdisjoint(name):
                # 竞争对手“靠补贴活着”, 对手「住咗入嚟唔夠十年」: words quoted, no name
                yield Candidate(m.start(1), m.end(1), EntityType.ORGANIZATION, "discover.quoted_company.v1")

    def wires(self, view: str) -> Iterator[Candidate]:
        """上海2024年8月20日 /某某社/ --: the wire that carries a press release."""
        for m in _WIRE.finditer(view):
            yield Candidate(m.start(1), m.end(1), EntityType.ORGANIZATION, "discover.wire.v1")

    def model_codes(self, view: str, mentions: list[Mention], is_org: Callable[[str], bool]) -> Iterator[Candidate]:
        """某某W3: a model code glued to an organisation's name is its product."""
        for m in mentions:
            code = MODEL_CODE.match(view, m.span.end)
            if code is not None and is_org(m.entity) and not view[m.span.start:m.span.end].isascii():
                yield Candidate(m.span.start, code.end(), EntityType.PRODUCT, "discover.model_code.v1", True)


def _list_items(view: str, start: int, end: int) -> list[tuple[int, int]]:
    """The (start, end) of each item listed in ``view[start:end]``: split on 、, and the last
    one once more on the 和, 与 or 及 before it (甲、乙和丙), not on one inside a name (甲和乙科技 is
    split only where no 、 comes after it)."""
    items, at = [], start
    for piece in view[start:end].split("、"):
        items.append((at, at + len(piece)))
        at += len(piece) + 1
    a, b = items[-1]
    join = _LAST_JOINS.search(view, a, b)
    if join is not None:
        items[-1:] = [(a, join.start()), (join.end(), b)]
    return items


def _without_role_prefix(rest: str) -> str:
    """``rest`` without the word that may stand between a company's name and a role (共同, 产品),
    or its region and department (亚太区|研究部|主管, 华东区|销售部|经理)."""
    prefix = next((p for p in _ROLE_PREFIXES if rest.startswith(p)), "")
    rest = rest[len(prefix):]
    unit = _REGION_AND_DEPARTMENT.match(rest)
    return rest[unit.end():] if unit is not None and unit.end() else rest


def short_forms(view: str, tokens: Tokens, mentions: list[Mention], heads: frozenset[str],
                is_new_org: Callable[[str], bool], may_stand: Callable[[str, str], bool]) -> list[tuple[int, int, str]]:
    """(start, end, entity) of each bare name of a discovered organisation (某某 of 某某科技,
    某某集团) where it stands alone elsewhere, from token edge to token edge, and no mention
    covers it; ``may_stand(name, rule)`` says whether a bare name may (not a place, not a
    common word, unless the context the rule read showed a company)."""
    names: dict[str, tuple[str, str]] = {}
    ordered = sorted(heads, key=len, reverse=True)
    for m in mentions:
        if m.rule == "catalog.v1" or not is_new_org(m.entity):
            continue
        name = view[m.span.start:m.span.end]
        head = next((t for t in ordered if name.endswith(t) and len(name) >= len(t) + 2), None)
        if head is not None and ALL_CJK.fullmatch(name) and may_stand(name[:-len(head)], m.rule):
            names.setdefault(name[:-len(head)], (m.entity, name))
    if not names:
        return []
    taken = {i for m in mentions for i in range(m.span.start, m.span.end)}
    found = []
    for name, (key, full) in sorted(names.items()):
        i = view.find(name)
        while i >= 0:
            end = i + len(name)
            if i in tokens.boundaries and end in tokens.boundaries and not view.startswith(full, i) \
                    and not any(k in taken for k in range(i, end)):  # the full name again is the full name's
                found.append((i, end, key))
                taken.update(range(i, end))
            i = view.find(name, end)
    return sorted(found)


# heads of a law's or a plan's name that stand for it alone once it is named (这项条例,
# 细则, 草案), and heads that do so only after a determiner (该办法, 这项计划: 办法 alone is
# also "a way"); 新规 and 法规 stand for the latest rule named
_ALONE_HEADS = ("条例", "细则", "草案", "法案", "专案")
_DETERMINED_HEADS = ("办法", "规定", "计划", "计画", "方案", "政策", "规则")
_RULE_HEADS = ("办法", "条例", "细则", "规定", "规则", "法")
_DETERMINERS_BEFORE = ("该", "此", "这", "本", "这项", "这部", "这份", "此项", "上述", "新")
_NEW_RULES = ("新规", "新规定", "新法", "法规")  # and 草案, the draft of the latest one; 法规, the rule in question
# one token of a determiner and a head (本细则, 该条例), with its determiner: the first of
# _DETERMINERS_BEFORE that starts it before a head
_DETERMINED_WORDS = MappingProxyType({word: d for word, d in reversed(
    [(d + h, d) for d in _DETERMINERS_BEFORE for h in _ALONE_HEADS + _DETERMINED_HEADS])})


def work_references(view: str, tokens: Tokens, mentions: list[Mention],
                    works: Mapping[str, str]) -> list[tuple[int, int, str]]:
    """(start, end, entity) of each head noun that stands for a law or plan named before it
    (《某某管理办法》 … 该办法 … 新规; 「某某条例」 … 条例); ``works`` maps the entities that
    are such works to their names."""
    named = sorted((m.span.start, m.entity, works[m.entity]) for m in mentions if m.entity in works)
    if not named:
        return []
    starts = [s for s, _, _ in named]
    taken = {i for m in mentions for i in range(m.span.start, m.span.end)}
    found = []
    for start, end in tokens:
        word = view[start:end]
        det = _DETERMINED_WORDS.get(word)
        if det is not None:  # 本细则, 该条例: one token, a determiner and the head
            start, word = start + len(det), word[len(det):]
        new_rule = word in _NEW_RULES or word == "草案"
        determined = word in _DETERMINED_HEADS and (det is not None or view.endswith(_DETERMINERS_BEFORE, 0, start))
        if not (new_rule or word in _ALONE_HEADS or determined) or any(i in taken for i in range(start, end)):
            continue
        before = named[:bisect_left(starts, start)]
        if new_rule:
            key = next((k for _, k, n in reversed(before) if n.endswith(_RULE_HEADS)), None)
        else:
            key = next((k for _, k, n in reversed(before) if n.endswith(word)), None)
        if key is not None:
            found.append((start, end, key))
    return found
