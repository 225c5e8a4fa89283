"""Names read from the part a clause gives them, whatever the name looks like: the
investors of a funding round (某某资本领投, 甲、乙跟投) and a quoted name beside the noun
of the thing it names (新款手机“某某”, “某某”大模型). Neither needs a head word or a
catalog: the verb or the noun says what the name is.

The words are data (``data/contexts.toml``), read once per pipeline.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass
from importlib import resources

from ..models import EntityType
from .gates import NOT_FIRST, plausible_name
from .lexicons import GENERIC_WORDS, HONORIFICS, NAME_TAGS, SPEECH_VERBS, SURNAMES
from .tokens import ADVERB_TAGS, CONJUNCTIONS, DETERMINERS, GLUED_ADVERBS, PARTICLES, Candidate, Tokens

# jieba's tags of a verb, an adverb or a time word (正在) that opens a predicate
_PREDICATE_OPENERS = frozenset({"v", "vd", "d", "ad", "t"})
# what follows a predicate's opener in a quoted phrase: a verb, an adjective or an adverb (出现|明显|压力)
_PREDICATE_TAGS = frozenset({"v", "vn", "a", "ad", "d"})

_QUOTED = re.compile(r"[“「『\"]([\u4e00-\u9fffA-Za-z0-9][\u4e00-\u9fffA-Za-z0-9 .+\-]{0,10}[\u4e00-\u9fffA-Za-z0-9+]|"
                     r"[\u4e00-\u9fff]{2})[”」』\"]")
# what may join two investors in a list (甲、乙和丙跟投)
_CJK_WORD = re.compile(r"[\u4e00-\u9fff]+")
_NAME_WORD = re.compile(r"[\u4e00-\u9fffA-Za-z0-9.&]+")
_JOINERS = frozenset({"、", "和", "与", "及", "以及"})
# tags of words no investor's name is made of: verbs, particles, numbers, pronouns, time
_NOT_NAME_TAGS = frozenset({"v", "vd", "vn", "d", "p", "c", "u", "uj", "ul", "ug", "uz", "r", "m", "q", "t", "f", "y"})


_GLOSS = re.compile(r"[(（][^()（）\n]{1,8}[)）]")
_NOUN_TAGS = frozenset({"n", "vn", "nz", "ng", "an", "nt"})  # a noun's: after a quoted name, or a quoted clause's subject
# tags of words that do not modify a product's noun (a verbal noun does: 影像芯片)
_NOT_MODIFIER_TAGS = _NOT_NAME_TAGS - {"vn"}


# an adverb, a negator or a particle: what opens words of a phrase, not of a name
_PHRASE_WORDS = frozenset("越不没很都也就太更最了着吗呢吧")
# what someone is to a family after 阿 (阿嬤, 阿公, 阿爸, 阿哥): kin, no familiar name
_KIN_CHARACTERS = frozenset("嬤嬷公婆伯叔姨嫂妈媽爸哥姐弟妹舅爷爺奶")


# the function words of spoken Cantonese (not, done, of, so, at, none, we, they): a quotation that
# holds one is someone's words, no name (the view's script: 唔咗嘅咁喺冇哋佢嚟啲嘢)
SPOKEN_CANTONESE = frozenset("唔咗嘅咁喺冇哋佢嚟啲嘢")
# negated modals, which open a predicate and no name (不会挤占……, 不能……, 无法……)
_NEGATED_MODALS = ("不会", "不能", "不得", "不应", "不必", "不用", "无法", "没法")


def quoted_phrase(view: str, tokens: Tokens, tags: Mapping[str, str], start: int, end: int,
                  clause: bool = True) -> bool:
    """Whether the quoted words ``view[start:end]`` are a phrase, not a name: a function word of spoken Cantonese is
    among them, a conjunction opens them (单靠加班津贴“并非|长远|办法”), or two adverbs do (“正在|积极|寻找|替代|方案”). With
    ``clause`` (not for a plan's name, where a negating character (不动产|登记|条例), a noun and a verb (某某|人才|留任|办法)
    or a word the dictionary tags as an adverb and a verb (长期|照顾|保险法) are common) also where an adverb,
    negator or particle opens one of their words, alone or glued by the segmenter to a word it does not know
    (扫地机器人“越扫|越脏”: a scare quote), or they make a clause, a noun, a verb and what follows it (平台“算法|困住|骑手”),
    or a predicate, a verb or its adverb first and a verb, an adjective or an adverb after
    (平台“持续|投入|资源|补贴|……”, 令服务“出现|明显|压力”)."""
    if not SPOKEN_CANTONESE.isdisjoint(view[start:end]) or view.startswith(_NEGATED_MODALS, start, end):
        # 产品“聽唔明廣東話”, 对手“住咗入嚟唔夠十年”: spoken Cantonese's function words; “不会挤占其他民生项目”:
        # a negated modal opens a predicate: words quoted, no name
        return True
    at, found = start, []
    while at < end and (after := tokens.end_at(at)) is not None:
        if clause and view[at] in _PHRASE_WORDS and (after - at == 1 or tags.get(view[at:after]) is None
                                                     or view[at] in "不没" and tags.get(view[at:after]) not in NAME_TAGS):
            return True  # 不好|用: a negated word too (not 不动产|登记|条例, a plan's name)
        found.append(tags.get(view[at:after]) if after - at >= 2 else None)
        at = after
    if len(found) >= 2 and (found[0] == "c" or found[0] in _PREDICATE_OPENERS and found[1] in ADVERB_TAGS):
        return True
    return clause and len(found) >= 3 and (found[0] in _NOUN_TAGS and any(t == "v" for t in found[1:-1])
                                           or found[0] in _PREDICATE_OPENERS
                                           and any(t in _PREDICATE_TAGS for t in found[1:]))


@dataclass(frozen=True)
class ContextWords:
    """The classed words of ``data/contexts.toml``."""

    funding_verbs: frozenset[str]
    investor_kinds: frozenset[str]
    funding_adverbs: frozenset[str]
    product_heads: frozenset[str]
    honorifics: tuple[str, ...]
    spouse_honorifics: frozenset[str]
    familiar: tuple[str, ...]
    launch_verbs: tuple[str, ...] = ()  # 推出, 发布的: verbs a launched product's quoted name follows, longest first


def load_context_words() -> ContextWords:
    data = resources.files("claimgraph").joinpath("data", "contexts.toml").read_text(encoding="utf-8")
    words = tomllib.loads(data)
    return ContextWords(funding_verbs=frozenset(words["funding"]["verbs"]),
                        investor_kinds=frozenset(words["funding"]["kinds"]),
                        funding_adverbs=frozenset(words["funding"]["adverbs"]),
                        honorifics=tuple(sorted(words["people"]["honorifics"], key=len, reverse=True)),
                        spouse_honorifics=frozenset(words["people"]["spouse_honorifics"]),
                        familiar=tuple(words["people"]["familiar"]),
                        product_heads=frozenset(words["products"]["heads"]),
                        launch_verbs=tuple(sorted(words["products"]["launch_verbs"], key=len, reverse=True)))


class ContextSieves:
    """The sieves, with jieba's dictionary tags and the context words."""

    def __init__(self, tags: Mapping[str, str], words: ContextWords, org_heads: Collection[str] = ()):
        self._tags, self._words, self._heads = tags, words, frozenset(org_heads)
        # the honorifics that go with a person's own surname (先生, 女士; not 太太), longest first
        self.own_honorifics = tuple(h for h in words.honorifics if h not in words.spouse_honorifics)
        self.spouse_honorifics = tuple(h for h in words.honorifics if h in words.spouse_honorifics)
        # the characters a surname or a familiar prefix (阿) starts with: where honoured_people may
        self._name_firsts = frozenset(s[0] for s in (*SURNAMES, *words.familiar))
        # where a verb of taking part in a round starts (overlaps too): the only words investors reads
        self._funding_starts = re.compile("(?=" + "|".join(map(re.escape, sorted(words.funding_verbs))) + ")"
                                          if words.funding_verbs else "(?!)")
        # an honorific at a place, the longest first (the alternation tries them in the tuple's order)
        self._honorific = re.compile("|".join(map(re.escape, words.honorifics)) or "(?!)")


    def investors(self, view: str, tokens: Tokens) -> Iterator[Candidate]:
        """某某资本领投, 甲、乙跟投, 由某某联合领投: each name of the list right before a
        verb of taking part in a round is an organisation (the token runs between joiners,
        each made of name-like words)."""
        for start in (m.start() for m in self._funding_starts.finditer(view)):
            i = tokens.index(start)
            if i is None or view[start:tokens[i][1]] not in self._words.funding_verbs:
                continue
            k = i
            while k > 0 and i - k < 2 and (self._tags.get(view[slice(*tokens[k - 1])]) in ADVERB_TAGS
                                           or view[slice(*tokens[k - 1])] in self._words.funding_adverbs):
                k -= 1  # 老股东某某继续参投: adverbs between the names and the verb
            while k > 0:
                first = self._name_run(view, tokens, k)
                if first == k:
                    break
                a, b = tokens[first][0], tokens[k - 1][1]
                if self._investor(view, tokens, first, k):
                    yield Candidate(a, b, EntityType.ORGANIZATION, "discover.investor.v1")
                if first == 0 or view[slice(*tokens[first - 1])] not in _JOINERS \
                        or tokens[first - 1][1] != a:
                    break
                k = first - 1

    def quoted_products(self, view: str, tokens: Tokens) -> Iterator[Candidate]:
        """新款手机“某某”, “某某”大模型: a short quoted name right after or right before the
        noun of a product is that product. Before the noun the quotation marks are the
        evidence (“某某”影像芯片, whatever the dictionary calls the word); after a noun a
        word the dictionary knows as a common noun is a scare quote (新款手机“智能”)."""
        heads = self._words.product_heads
        for m in _QUOTED.finditer(view):
            name = m.group(1)
            if name in GENERIC_WORDS or name in heads or name.isdigit() \
                    or quoted_phrase(view, tokens, self._tags, m.start(1), m.end(1)):
                continue
            before = tokens.start_before(m.start())
            after = tokens.end_at(m.end())
            if after is not None and (view[m.end():after] in heads or self._head_after(view, tokens, m.end())):
                if self._tags.get(name) not in _NOT_NAME_TAGS:
                    yield Candidate(m.start(1), m.end(1), EntityType.PRODUCT, "discover.quoted_product.v1")
            elif before is not None and _ends_in(view[before:m.start()], heads):
                tag = self._tags.get(name)
                if tag is None or tag in NAME_TAGS:
                    yield Candidate(m.start(1), m.end(1), EntityType.PRODUCT, "discover.quoted_product.v1")
            elif view.endswith(self._words.launch_verbs, 0, m.start()) and self._launched(view, tokens, name, m.end()):
                yield Candidate(m.start(1), m.end(1), EntityType.PRODUCT, "discover.launched_product.v1")

    def _launched(self, view: str, tokens: Tokens, name: str, end: int) -> bool:
        """Whether a quoted name right after a launch verb is the product launched: no common
        word (推出“以旧换新”), and no noun after the quotation (推出“某某”活动, an event)."""
        if self._tags.get(name) not in (None, *NAME_TAGS):
            return False
        after = tokens.end_at(end)
        return after is None or not _CJK_WORD.fullmatch(view[end:after]) or self._tags.get(view[end:after]) not in _NOUN_TAGS

    def honoured_people(self, view: str, tokens: Tokens) -> Iterator[Candidate]:
        """陈小姐, 黄先生, 王女士: a surname and an honorific, from a token's start to a token's
        end, name a person; so does a familiar name (阿杰) right before a verb of saying,
        an adverb between (阿杰则表示). Where the article glosses it (陈小姐(化名)) the
        gloss stays outside the name."""
        ends = tokens.boundaries
        for start, _ in tokens:
            if view[start] not in self._name_firsts:
                continue
            for size in (2, 1):
                surname = view[start:start + size]
                if surname not in SURNAMES or size == 1 and surname in CONJUNCTIONS \
                        and _CJK_WORD.fullmatch(view[start - 1:start]) and view[start - 1] != "的":
                    continue  # (学生|和|老师: a conjunction after a word, no surname; not 72岁的|向大爷)
                honorific = self._honorific.match(view, start + size)
                if honorific is not None and honorific.end() in ends:
                    yield Candidate(start, honorific.end(), EntityType.PERSON, "discover.honorific.v1")
                    break
            if view.startswith(self._words.familiar, start) and _CJK_WORD.fullmatch(view[start:start + 2]) \
                    and self._honorific.fullmatch(view, start, start + 2) is None \
                    and view[start:start + 2] not in HONORIFICS and view[start + 1] not in _KIN_CHARACTERS:
                # 阿姨, 阿伯 are honorifics, 阿嬤, 阿公 and 阿哥 what someone is to the family, no names
                after = start + 2
                if (gloss := _GLOSS.match(view, after)) is not None:
                    after = gloss.end()  # 阿明(化名)表示
                if view[after:after + 1] in GLUED_ADVERBS:  # 阿杰|则表示
                    after += 1
                if view.startswith(SPEECH_VERBS, after):
                    yield Candidate(start, start + 2, EntityType.PERSON, "discover.familiar_name.v1")

    def _name_run(self, view: str, tokens: Tokens, k: int) -> int:
        """The first index of the run of up to four name-like tokens glued edge to edge
        that ends right before token ``k`` (``k`` when there is none); a word for the kind
        of investor (老股东, 投资方) is no part of the name that follows it."""
        first = k
        while first > 0 and k - first < 4 and tokens[first - 1][1] == tokens[first][0]:
            word = view[slice(*tokens[first - 1])]
            if word in _JOINERS or word in self._words.funding_verbs or word in self._words.investor_kinds \
                    or self._tags.get(word) in _NOT_NAME_TAGS and word not in self._heads \
                    or not _NAME_WORD.fullmatch(word) \
                    or len(word) == 1 and (word in PARTICLES or word in NOT_FIRST or word in DETERMINERS):
                break
            first -= 1
        return first

    def _investor(self, view: str, tokens: Tokens, first: int, k: int) -> bool:
        name = view[tokens[first][0]:tokens[k - 1][1]]
        return 2 <= len(name) <= 12 and name not in GENERIC_WORDS and name[0] not in DETERMINERS \
            and plausible_name(name, [view[slice(*tokens[x])] for x in range(first, k)], self._tags)

    def _head_after(self, view: str, tokens: Tokens, at: int) -> bool:
        """Whether up to three CJK tokens after ``at`` end in a product noun (“某某”智驾系统);
        none of them a verb or a particle."""
        end = at
        for _ in range(3):
            nxt = tokens.end_at(end)
            if nxt is None or not _CJK_WORD.fullmatch(view[end:nxt]) or self._tags.get(view[end:nxt]) in _NOT_MODIFIER_TAGS \
                    or nxt - end == 1 and view[end] in PARTICLES:
                return False
            end = nxt
            if _ends_in(view[at:end], self._words.product_heads):
                return True
        return False


def _ends_in(word: str, heads: frozenset[str]) -> bool:
    """Whether a token is a product noun or ends in one (新款SUV, 旗舰手机)."""
    return any(word.endswith(h) for h in heads if len(h) <= len(word))
