"""What the discovery sieves share: a candidate name, jieba's tokens of a folded view with
lookups by edge, and the character classes that tell a name's edges."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..models import EntityType
from .lexicons import SURNAMES

CJK = r"\u4e00-\u9fff"
# Latin letters, those with diacritics included (Müller, Sánchez, Łukasz), and the capitals among them
LATIN = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
LATIN_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de"
ALL_CJK = re.compile(f"[{CJK}]+")
# characters that end a name: a verb of saying, a preposition, a particle (李强/说, 某某在, 欧阳宏|跟|我), the
# verb that holds a view (某某|持|不同看法)
NAME_BREAKERS = frozenset("日在表称说认指对向和与等也还就则曾已将今昨前后是的了着为所分透告坦感强提解介请持跟")
# verbs of going somewhere, one character, before the name of where one went: the HMM glues them to an
# unknown name (母亲|到湾景|医院), and a name's pieces are read back past none (as surnames they are rare)
GOING = frozenset("到赴往")
PARTICLES = frozenset("的是和与及在向对由被让把将从据称说了同跟")
# tags of words that are no given name (李/强调: Li stressed; 周/明远 is Zhou Mingyuan)
NOT_GIVEN_NAME_TAGS = frozenset({"v", "vd", "vn", "d", "p", "c", "u", "r", "m", "q", "f", "t", "uj", "ul", "zg"})
# adverbs the segmenter glues to the character before them (采访时|则说, 阿杰|则表示)
GLUED_ADVERBS = frozenset("则也还又更并亦再就都便即续曾却")
PRONOUN_CHARS = frozenset("他她它我你")  # the personal pronouns, which end no name
DETERMINERS = frozenset("这那该本此每各某一两几多其")
ASPECT = frozenset("了着著过過")  # a verb's aspect particles: they end no name (表达|了, 会见|了)
FIELD_JOINS = frozenset("和与及")  # what joins two fields of one body's name (材料科学与工程学院, 金属与电气行业协会)
CONJUNCTIONS = frozenset("和与及、")  # what joins two names or two nouns of a list
# modal verbs that are surnames too (应, 会), and what follows them where they are modals
# (投资人|会先|问, 律师|应当; 检察长应勇 is a name)
MODALS = frozenset("会应要能可")
AFTER_MODAL = frozenset("先当该能以够要会可再就都也还不")
_ADVERBIAL_TAGS = frozenset({"a", "ad", "d"})  # jieba's tags of an adverb or an adjective (具体, 积极)
# words of a predicate's modality: what follows a subject, never part of its name (最快|将|于……宣布)
PREDICATE_MODALS = frozenset({"将", "会", "要", "拟", "可能", "或将", "有望"})
# the first characters of pronouns that 们 makes plural (我们, 他们, 咱们): before 们 any other
# word is a noun made plural (球员们, 同事们), a subject the text names
PRONOUN_FIRSTS = frozenset("我你您他她它咱")
# the last characters of nouns of a kind of person (员工, 射手, 厨师, 考生, 学者, 职工, 乘客, 村民, 网友,
# 上班族, 果农, 菜贩, 姑娘)
KIND_OF_PERSON_ENDS = frozenset("员手师生者工客民友族农户匠贩娘")  # ……匠: a craftsman (木匠, 修鞋匠)
ADVERB_TAGS = frozenset({"d", "ad"})  # jieba's tags of an adverb (初步 d, 积极 ad)
ADVERB_SURNAMES = frozenset("曾常")  # surnames that are adverbs as often ('once', 'often')
PREPOSITION_CHARS = frozenset("对向在跟给从把被于与")  # the view's prepositions of one character
# first characters of a word the segmenter's HMM glued together from a function word and the start
# of a name (於|恒泰 as 於恒泰, 仍|应 as 仍应, 却|视): an adverb or a preposition, no name's first
GLUED_FIRSTS = GLUED_ADVERBS | PREPOSITION_CHARS | frozenset("仍尚已")


def adverb_then_preposition(view: str, at: int) -> bool:
    """Whether ``view[at:]`` opens with 曾 or 常 and a preposition (曾对媒体说, 常跟邻居说): the adverb
    of a predicate, no surname and a given name."""
    return view[at:at + 1] in ADVERB_SURNAMES and view[at + 1:at + 2] in PREPOSITION_CHARS
FAMILIAR = frozenset("老小")  # before a surname, the familiar way to name someone (老周, 小李)
# after a surname, an elder's or a sibling's word that names someone familiarly (梁伯, 何姐, 陈叔)
ELDERS = frozenset("伯叔婶嬸姨婆嫂姐哥")
# the quotation marks, opener to closer (in the folded view full-width ＂ is already ")
QUOTE_PAIRS = {"“": "”", "「": "」", "『": "』", "‘": "’", '"': '"'}


# a day given its date in brackets, as the Taiwan press writes it (今(8)日, 昨(7)日)
_DATED_DAY = re.compile(r"[今昨明前][(（][0-9０-９]{1,2}[)）][日号]")


def dated_day(text: str, pos: int) -> bool:
    """Whether a day's word given its date in brackets starts at ``pos`` (今(8)日): it stands
    alone, never glued to the name before it (警察局|今)."""
    return _DATED_DAY.match(text, pos) is not None


def made_plural(view: str, start: int, end: int) -> bool:
    """Whether the token ``view[start:end]`` is a noun made plural with 们 (球员们), or the 们
    the segmenter cut off one (球员|们), not a pronoun's (他们)."""
    return view[end - 1] == "们" and (end - start >= 3 or end - start == 1 and start > 0
                                      and view[start - 1] not in PRONOUN_FIRSTS)


def pointed_at(view: str, tokens: Tokens, i: int) -> bool:
    """Whether the word right before token ``i`` points at or counts what follows (某, 该,
    一家, 多家): the words after it describe a body, they name none."""
    return i > 0 and tokens[i - 1][1] == tokens[i][0] and view[tokens[i - 1][0]] in DETERMINERS


def opens_with_modal(word: str) -> bool:
    """Whether ``word`` opens with a modal and an adverb or another modal: a predicate, no name."""
    return word[:1] in MODALS and word[1:2] in AFTER_MODAL


def modal_and_adverb(surname: str, given_tag: str | None) -> bool:
    """Whether a modal that is a surname too (应, 会) and a word ``given_tag`` tags as an adverb
    or an adjective (具体, 积极) are a predicate rather than a surname and a given name
    (议员|应|具体|指出, 部长|会|积极|回应; not 甘|明亮: 甘 is no modal)."""
    return surname in MODALS and given_tag in _ADVERBIAL_TAGS


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    type: EntityType
    rule: str
    # a candidate may take the place of catalog mentions it strictly contains
    # (腾讯星图实验室 over 腾讯): it names something else
    over_catalog: bool = False


class Tokens(list):
    """The (start, end) of each token, with the set of boundaries and lookups by start and end."""

    def __init__(self, view: str, spans: list[tuple[int, int]]):
        super().__init__(spans)
        self._ends = {s: e for s, e in spans}
        self._starts = {e: s for s, e in spans}
        self._index = {s: i for i, (s, _) in enumerate(spans)}
        self.boundaries = frozenset({s for s, _ in spans} | {e for _, e in spans} | {len(view)})

    def end_at(self, start: int) -> int | None:
        return self._ends.get(start)

    def start_before(self, end: int) -> int | None:
        return self._starts.get(end)

    def index(self, start: int) -> int | None:
        return self._index.get(start)


def occurrences(view: str, word: str, start: int = 0, end: int | None = None) -> Iterator[int]:
    """Where ``word`` occurs in ``view[start:end]``, one after another, none overlapping."""
    end = len(view) if end is None else end
    at = view.find(word, start, end)
    while at >= 0:
        yield at
        at = view.find(word, at + len(word), end)


def surname_initial(word: str) -> bool:
    return bool(word) and (word[0] in SURNAMES or word[:2] in SURNAMES)
