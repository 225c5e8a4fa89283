"""The word lists the claim rules read, loaded from data files and matched on tokens.

The lists live beside the code as classed data (``data/cues.toml``, ``speakers.toml``,
``connectives.toml``, ``types.toml``) in simplified and traditional forms;
:func:`load_claim_lexicon` reads them once per pipeline and folds every entry to the
simplified match view the rules run on. A :class:`WordTable` matches its words only on
token boundaries, so 会 is never found inside 机会, nor 说 inside 说明.

The three tuples at the end are read by the about-resolution in ``extract/__init__.py``.
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_left
from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property
from importlib import resources
from types import MappingProxyType
from typing import Generic, TypeVar

from ..errors import ClaimgraphError
from ..models import Polarity
from ..nlp.normalize import Folder
from .about_words import AboutWords, load_about_words
from .timephrase import TimeWords

V = TypeVar("V")

CUE_CLASSES = ("say", "believe", "predict", "reveal", "deny", "urge", "ask", "tell", "data", "evaluate")
_DATA_FILES = ("cues.toml", "speakers.toml", "connectives.toml", "types.toml", "time.toml")


class WordTable(frozenset, Generic[V]):
    """Folded words, each with a value, looked up whole or matched at a token boundary.

    The table is the frozenset of its words (``word in table`` is the rules' commonest
    question: a set answers it without a Python call); it iterates in the order written."""

    def __new__(cls, items: Mapping[str, V]):
        return super().__new__(cls, items)

    def __init__(self, items: Mapping[str, V]):
        super().__init__()
        self._items = MappingProxyType(dict(items))
        lengths: dict[str, set[int]] = {}
        for word in self._items:
            lengths.setdefault(word[0], set()).add(len(word))
        self._lengths = MappingProxyType({c: tuple(sorted(ls, reverse=True)) for c, ls in lengths.items()})
        self._all_lengths = tuple(sorted({len(w) for w in self._items}, reverse=True))
        endings: dict[str, set[int]] = {}
        for word in self._items:
            endings.setdefault(word[-1], set()).add(len(word))
        # the lengths of the words that end with each character, longest first (for ``suffix``)
        self._ending_lengths = MappingProxyType({c: tuple(sorted(ls, reverse=True)) for c, ls in endings.items()})
        self.longest = self._all_lengths[0] if self._all_lengths else 0  # the length of the longest word
        self.firsts = frozenset(self._lengths)  # the characters a word starts with
        self.lasts = frozenset(self._ending_lengths)  # the characters a word ends with
        self._longer: dict[int, re.Pattern[str] | None] = {}  # see ``in_text``: built when first asked
        self._starts_of: tuple[str | None, tuple[int, ...]] = (None, ())  # see ``starts``

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __reduce__(self):
        return type(self), (dict(self._items),)

    def __repr__(self) -> str:
        return f"WordTable({dict(self._items)!r})"

    def get(self, word: str) -> V | None:
        return self._items.get(word)

    def match(self, view: str, pos: int, ends: Collection[int], limit: int | None = None) -> tuple[int, V] | None:
        """The longest word starting at ``pos`` that ends on one of ``ends`` (token
        boundaries) and not after ``limit``: (its end, its value)."""
        limit = len(view) if limit is None else limit
        for n in self._lengths.get(view[pos:pos + 1], ()):
            end = pos + n
            if end <= limit and end in ends and (value := self._items.get(view[pos:end])) is not None:
                return end, value
        return None

    def index(self, view: str, ends: Collection[int]) -> WordIndex[V]:
        """Every match of the table in ``view`` (read once per article; see :class:`WordIndex`)."""
        found: dict[int, tuple[tuple[int, V], ...]] = {}
        lengths, words = self._lengths, self._items
        for pos in self.starts(view):  # only where a word does start, not at every first character
            here = tuple((pos + n, value) for n in lengths[view[pos]]
                         if pos + n in ends and (value := words.get(view[pos:pos + n])) is not None)
            if here:
                found[pos] = here
        return WordIndex(found)

    def in_text(self, text: str, longer_than: int) -> bool:
        """Whether a word of more than ``longer_than`` characters occurs anywhere in ``text``, token
        boundaries or not (for words long enough not to hide inside others): one compiled
        alternation searched, not every word of the table looked for in turn."""
        if longer_than not in self._longer:
            long = sorted((w for w in self._items if len(w) > longer_than), key=lambda w: (-len(w), w))
            self._longer[longer_than] = re.compile("|".join(map(re.escape, long))) if long else None
        pattern = self._longer[longer_than]
        return pattern is not None and pattern.search(text) is not None

    def starts(self, view: str) -> tuple[int, ...]:
        """Where a word of the table starts in ``view``, token boundaries aside, in order.
        The last view's answer is kept: an article's speakers and its claims ask for it in turn.
        It is read and replaced as one tuple, so a worker running articles in threads (a Dask
        worker with several) at worst works an answer out again, never takes another view's."""
        last = self._starts_of
        if view != last[0]:
            last = (view, tuple([m.start() for m in self._anywhere.finditer(view)] if self._items else ()))
            self._starts_of = last
        return last[1]

    @cached_property
    def _anywhere(self) -> re.Pattern[str]:
        """A pattern that stops only at a word's first character and looks ahead there for
        any word: the scan runs in C rather than slicing the view at every stop (compiled
        on first use, once per table)."""
        heads = "[" + re.escape("".join(sorted(self.firsts))) + "]"
        return re.compile(f"(?={heads})(?={'|'.join(map(re.escape, sorted(self._items)))})")

    def prefix(self, text: str) -> str | None:
        """The longest word ``text`` starts with (no token check: for short labels)."""
        for n in self._lengths.get(text[:1], ()):
            if text[:n] in self._items:
                return text[:n]
        return None

    def suffix(self, text: str) -> str | None:
        """The longest word ``text`` ends with."""
        for n in self._ending_lengths.get(text[-1:], ()):
            if n <= len(text) and text[-n:] in self._items:
                return text[-n:]
        return None


class WordIndex(Generic[V]):
    """Where a table's words lie in one article's view, ending on its token boundaries:
    :meth:`match` answers as :meth:`WordTable.match` does with those boundaries, by a
    look-up instead of slicing the view at every position asked."""

    def __init__(self, found: Mapping[int, tuple[tuple[int, V], ...]]):
        self._found = MappingProxyType(dict(found))  # position -> its words' (end, value), longest first
        self.points = tuple(sorted(found))  # where a word starts, in order

    def within(self, start: int, end: int) -> tuple[int, ...]:
        """Where a word starts in ``[start, end)``, in order."""
        return self.points[bisect_left(self.points, start):bisect_left(self.points, end)]

    def match(self, pos: int, limit: int) -> tuple[int, V] | None:
        """The longest word starting at ``pos`` that ends not after ``limit``: (its end, its value)."""
        for found in self._found.get(pos, ()):
            if found[0] <= limit:
                return found
        return None


@dataclass(frozen=True)
class Cue:
    """An attribution cue: its class, whether it takes its content without a comma,
    whether it may leave its subject out, and for evaluative cues their polarity."""

    word: str
    cls: str
    direct: bool
    zero: bool = False
    polarity: Polarity | None = None


@dataclass(frozen=True)
class ClaimLexicon:
    """Every word list the claim rules read, folded and immutable."""

    cues: WordTable[Cue]
    # speaker phrases
    person_pronouns: WordTable[bool]
    plural_pronouns: WordTable[bool]
    first_pronouns: WordTable[bool]
    org_anaphors: WordTable[bool]
    not_companies: WordTable[bool]  # 智库, 大学, 协会: how the name of an organisation that is no company ends
    unnamed_anaphors: WordTable[bool]
    person_anaphors: WordTable[bool]
    documents: WordTable[bool]
    statements: WordTable[bool]  # 声明, 公告: documents an organisation issues in its own voice
    unnamed_sources: WordTable[bool]
    unnamed_heads: WordTable[bool]
    groups: WordTable[bool]  # 团队, 课题组, 部门: heads of an unnamed source that a name before may lead
    quantifiers: WordTable[bool]
    counts_of_one: WordTable[bool]  # 一位, 某: the quantifiers of one person
    bare_unnamed: WordTable[bool]
    admin_levels: WordTable[bool]  # 市, 省: the level of a body, a word before its name (市|医保局)
    spread: WordTable[bool]  # 消息, 内容: what a reporting word before names as spread (外传消息)
    reporters: WordTable[bool]
    self_words: WordTable[bool]
    roles: WordTable[bool]
    role_modifiers: WordTable[bool]  # 相关, 有关: qualify a role without naming anyone
    offices: WordTable[bool]
    adverbs: WordTable[bool]
    links: WordTable[bool]
    prepositions: WordTable[bool]
    closers: WordTable[bool]
    according: WordTable[bool]
    source_qualifiers: WordTable[bool]  # 不完全, 初步: how a reckoning was made (据不完全统计)
    refusals: WordTable[bool]
    publishing: WordTable[bool]  # 发布, 作出: a verb whose object is a statement (发布展望: 展望 a noun)
    methods: WordTable[bool]  # 梳理, 调查: how a finding was made, between its maker and the cue
    manner_degrees: WordTable[bool]  # 有些, 一脸: what qualifies the manner of saying (有些无奈地说)
    published_objects: WordTable[bool]  # 信息, 财报: what is published as a thing (公布审批信息)
    topics_told: WordTable[bool]  # 情况, 进展: what an account is given of (介绍运行情况)
    consequences: WordTable[bool]  # 引发, 导致: what an act brought about (流传,引发关注)
    no_comment: WordTable[bool]  # 不予置评: what someone says when they say nothing
    place_words: WordTable[bool]  # 该国, 当地: words that point at a place named before
    conjunctions: WordTable[bool]
    joint: WordTable[bool]
    askers: WordTable[bool]
    answers: WordTable[bool]
    notes: WordTable[bool]  # 编者按: the article's own note
    channels: WordTable[bool]  # 官方微博, 公众号: an organisation's own channel
    # clause connectives: word -> class; the classes that split a clause, and drop it
    connectives: WordTable[str]
    frame_endings: WordTable[bool]
    subject_markers: WordTable[bool]  # adverbs that follow a clause's own subject (销量也……, 估值已……)
    copulas: WordTable[bool]
    consequents: WordTable[bool]  # 就, 将: a word of the clause that answers a condition
    splitting: frozenset[str]
    dropping: frozenset[str]
    # claim type markers
    future: WordTable[bool]
    plan_nouns: WordTable[bool]
    jiang_objects: WordTable[bool]
    jiang_before: WordTable[bool]
    jiang_verbs: WordTable[bool]
    hedges: WordTable[bool]
    predictive: WordTable[bool]
    conditions: WordTable[bool]
    habitual: WordTable[bool]
    degree: WordTable[bool]
    modal: WordTable[bool]
    opinion: WordTable[bool]
    interpretive: WordTable[bool]
    complement_verbs: WordTable[bool]  # 表明, 意味着: their object is the clause after them
    causative: WordTable[bool]
    events: WordTable[bool]
    perfective: WordTable[bool]
    change_verbs: WordTable[bool] = field(default_factory=lambda: WordTable({}))
    measures: WordTable[bool] = field(default_factory=lambda: WordTable({}))
    counts: WordTable[bool] = field(default_factory=lambda: WordTable({}))
    inference: WordTable[bool] = field(default_factory=lambda: WordTable({}))
    perspective: WordTable[bool] = field(default_factory=lambda: WordTable({}))
    perspective_openers: WordTable[bool] = field(default_factory=lambda: WordTable({}))
    perspective_closers: WordTable[bool] = field(default_factory=lambda: WordTable({}))
    denied_equivalence: WordTable[bool] = field(default_factory=lambda: WordTable({}))
    degree_prefixes: WordTable[bool] = field(default_factory=lambda: WordTable({}))
    gradable: WordTable[bool] = field(default_factory=lambda: WordTable({}))
    lexicalized: WordTable[bool] = field(default_factory=lambda: WordTable({}))
    past: WordTable[bool] = field(default_factory=lambda: WordTable({}))
    yao_need_before: WordTable[bool] = field(default_factory=lambda: WordTable({}))
    yao_compare_after: WordTable[bool] = field(default_factory=lambda: WordTable({}))
    terms_openers: WordTable[bool] = field(default_factory=lambda: WordTable({}))
    terms_documents: WordTable[bool] = field(default_factory=lambda: WordTable({}))
    approximators: WordTable[bool] = field(default_factory=lambda: WordTable({}))
    jiang_results: WordTable[bool] = field(default_factory=lambda: WordTable({}))
    jiang_not_results: WordTable[bool] = field(default_factory=lambda: WordTable({}))
    jiang_adverbs: WordTable[bool] = field(default_factory=lambda: WordTable({}))
    first_person: WordTable[bool] = field(default_factory=lambda: WordTable({}))
    attitudes: WordTable[bool] = field(default_factory=lambda: WordTable({}))
    measure_nouns: WordTable[bool] = field(default_factory=lambda: WordTable({}))
    ranks: WordTable[bool] = field(default_factory=lambda: WordTable({}))
    topic_nouns: WordTable[bool] = field(default_factory=lambda: WordTable({}))
    topic_verbs: WordTable[bool] = field(default_factory=lambda: WordTable({}))
    topic_documents: WordTable[bool] = field(default_factory=lambda: WordTable({}))
    exist_verbs: WordTable[bool] = field(default_factory=lambda: WordTable({}))
    assessments: WordTable[bool] = field(default_factory=lambda: WordTable({}))
    briefing: WordTable[bool] = field(default_factory=lambda: WordTable({}))
    # roles that speak only for a body (发言人, 客服): the words before one name the body
    body_voices: WordTable[bool] = field(default_factory=lambda: WordTable({}))
    # nouns of the kind of organisation whose name follows (连锁超市某某, 手机厂商某某)
    kinds: WordTable[bool] = field(default_factory=lambda: WordTable({}))
    # words of the kind of an organisation (美国, 国内, 大型): with a plain head (公司) they name none
    descriptors: WordTable[bool] = field(default_factory=lambda: WordTable({}))
    services: WordTable[bool] = field(default_factory=lambda: WordTable({}))  # 气象台, 疾控中心: a public service's kind
    owned: WordTable[bool] = field(default_factory=lambda: WordTable({}))  # 股价, 营收: what a company has, no part that speaks
    asides: WordTable[bool] = field(default_factory=lambda: WordTable({}))
    org_heads: tuple[str, ...] = ()  # words that end an organisation's name (协会, 研究所), folded
    bound_heads: frozenset[str] = frozenset()  # characters that end one only as part of a word (法院, 统计局)
    about: AboutWords = field(default_factory=AboutWords)  # data/about.toml
    time_words: TimeWords = field(default_factory=TimeWords)  # data/time.toml

    phrase_words: WordTable[bool] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # the words a speaker phrase is read in, one table (a word may span tokens: 知情/人士)
        tables = (self.unnamed_sources, self.unnamed_heads, self.quantifiers, self.roles, self.org_anaphors,
                  self.unnamed_anaphors, self.person_anaphors, self.documents, self.person_pronouns,
                  self.plural_pronouns, self.adverbs, self.links, self.prepositions, self.reporters, self.according,
                  self.joint, self.bare_unnamed, self.self_words)
        object.__setattr__(self, "phrase_words", WordTable({w: True for t in tables for w in t}))

    def in_aside(self, view: str, pos: int, starts: Collection[int]) -> bool:
        """Whether the cue at ``pos`` is inside a sentence adverb built on it (老实|说) that
        starts where a word does (``starts``: 的话|说 holds no 话说)."""
        for back in range(0, 5):
            if pos - back < 0:
                break
            if pos - back not in starts:
                continue
            found = self.asides.match(view, pos - back, _ANY_END)
            if found is not None and found[0] > pos:
                return True
        return False

    def cue_polarity(self, word: str) -> Polarity | None:
        """The polarity an evaluative cue (看好, 唱衰, 批评 …) takes towards its object."""
        cue = self.cues.get(word)
        return cue.polarity if cue is not None else None


class _AnyEnd:
    """Every position ends a word (for matching a fixed phrase by characters)."""

    def __contains__(self, item: object) -> bool:
        return True


_ANY_END = _AnyEnd()


def _read_data(name: str) -> dict:
    """One TOML file of ``claimgraph/data``, or a clear error naming it."""
    try:
        return tomllib.loads(resources.files("claimgraph.data").joinpath(name).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as err:
        raise ClaimgraphError(f"claimgraph/data/{name} could not be read ({err}); reinstall claimgraph "
                              "or fix the file's TOML syntax") from err


def load_claim_lexicon(folder: Folder | None = None) -> ClaimLexicon:
    """Read the claim rules' data files from the package, folded by ``folder``."""
    folder = folder or Folder()
    cues, speakers, connectives, types, times = (_read_data(n) for n in _DATA_FILES)
    # read only: the organisation heads and the titles the entity stage keeps
    suffixes, titles = (_read_data(name) for name in ("org_suffixes.toml", "roles.toml"))

    def words(section: Mapping, key: str, where: str) -> WordTable[bool]:
        if key not in section:
            raise ClaimgraphError(f"claimgraph/data/{where} has no list '{key}'; add it (a list of words)")
        return WordTable({w: True for w in _folded(folder, section[key])})

    spk = speakers
    groups = words(spk["unnamed"], "groups", "speakers.toml")  # heads of an unnamed source too
    return ClaimLexicon(
        cues=_cue_table(folder, cues),
        person_pronouns=words(spk["pronouns"], "person", "speakers.toml"),
        plural_pronouns=words(spk["pronouns"], "plural", "speakers.toml"),
        first_pronouns=words(spk["pronouns"], "first", "speakers.toml"),
        org_anaphors=words(spk["anaphors"], "organisation", "speakers.toml"),
        not_companies=words(spk["anaphors"], "not_companies", "speakers.toml"),
        unnamed_anaphors=words(spk["anaphors"], "unnamed", "speakers.toml"),
        person_anaphors=words(spk["anaphors"], "person", "speakers.toml"),
        documents=words(spk["anaphors"], "documents", "speakers.toml"),
        statements=words(spk["anaphors"], "statements", "speakers.toml"),
        unnamed_sources=words(spk["unnamed"], "sources", "speakers.toml"),
        unnamed_heads=WordTable({**dict.fromkeys(words(spk["unnamed"], "heads", "speakers.toml"), True),
                                 **dict.fromkeys(groups, True)}),
        groups=groups,
        quantifiers=words(spk["unnamed"], "quantifiers", "speakers.toml"),
        counts_of_one=words(spk["unnamed"], "one", "speakers.toml"),
        bare_unnamed=words(spk["unnamed"], "bare", "speakers.toml"),
        spread=words(spk["unnamed"], "spread", "speakers.toml"),
        reporters=words(spk["reporter"], "subjects", "speakers.toml"),
        self_words=words(spk["self"], "words", "speakers.toml"),
        # every title the entity stage reads a person by (理事, 监事) is a role a speaker may hold
        roles=WordTable({w: True for w in _folded(folder, [*spk["roles"]["words"],
                                                            *(w for cls in titles.values() for w in cls["words"])])}),
        role_modifiers=words(spk["roles"], "modifiers", "speakers.toml"),
        offices=words(spk["offices"], "words", "speakers.toml"),
        adverbs=words(spk["adverbs"], "words", "speakers.toml"),
        links=words(spk["adverbs"], "links", "speakers.toml"),
        prepositions=words(spk["adverbs"], "prepositions", "speakers.toml"),
        closers=words(spk["adverbs"], "closers", "speakers.toml"),
        according=words(spk["adverbs"], "according", "speakers.toml"),
        source_qualifiers=words(spk["adverbs"], "source_qualifiers", "speakers.toml"),
        refusals=words(spk["adverbs"], "refusals", "speakers.toml"),
        publishing=words(spk["adverbs"], "publishing", "speakers.toml"),
        methods=words(spk["adverbs"], "methods", "speakers.toml"),
        manner_degrees=words(spk["adverbs"], "manner_degrees", "speakers.toml"),
        published_objects=words(spk["adverbs"], "published_objects", "speakers.toml"),
        topics_told=words(spk["adverbs"], "topics_told", "speakers.toml"),
        consequences=words(spk["adverbs"], "consequences", "speakers.toml"),
        no_comment=words(spk["adverbs"], "no_comment", "speakers.toml"),
        place_words=words(spk["adverbs"], "place_words", "speakers.toml"),
        conjunctions=words(spk["adverbs"], "conjunctions", "speakers.toml"),
        joint=words(spk["adverbs"], "joint", "speakers.toml"),
        askers=words(spk["transcript"], "askers", "speakers.toml"),
        answers=words(spk["transcript"], "answers", "speakers.toml"),
        notes=words(spk["transcript"], "notes", "speakers.toml"),
        channels=words(spk["channels"], "words", "speakers.toml"),
        connectives=WordTable({w: cls for cls, section in connectives.items()
                               if not section.get("ending") and not section.get("marker")
                               for w in _folded(folder, section["words"])}),
        subject_markers=words(connectives["subject_markers"], "words", "connectives.toml"),
        copulas=words(connectives["copulas"], "words", "connectives.toml"),
        consequents=words(connectives["consequents"], "words", "connectives.toml"),
        frame_endings=WordTable({w: True for section in connectives.values() if section.get("ending")
                                 for w in _folded(folder, section["words"])}),
        splitting=frozenset(cls for cls, section in connectives.items() if section.get("split", False)),
        dropping=frozenset(cls for cls, section in connectives.items() if section.get("drop", False)),
        future=words(types["future"], "words", "types.toml"),
        plan_nouns=words(types["future"], "plan_nouns", "types.toml"),
        jiang_objects=words(types["future"], "jiang_objects", "types.toml"),
        jiang_before=words(types["future"], "jiang_before", "types.toml"),
        jiang_verbs=words(types["future"], "jiang_verbs", "types.toml"),
        hedges=words(types["hedge"], "words", "types.toml"),
        predictive=words(types["hedge"], "predictive", "types.toml"),
        conditions=words(types["condition"], "words", "types.toml"),
        habitual=words(types["condition"], "habitual", "types.toml"),
        degree=words(types["opinion"], "degree", "types.toml"),
        modal=words(types["opinion"], "modal", "types.toml"),
        opinion=words(types["opinion"], "words", "types.toml"),
        interpretive=words(types["opinion"], "interpretive", "types.toml"),
        complement_verbs=words(types["opinion"], "complement_verbs", "types.toml"),
        causative=words(types["opinion"], "causative", "types.toml"),
        events=words(types["fact"], "events", "types.toml"),
        perfective=words(types["fact"], "perfective", "types.toml"),
        change_verbs=words(types["future"], "change_verbs", "types.toml"),
        measures=words(types["statistic"], "measures", "types.toml"),
        counts=words(types["statistic"], "counts", "types.toml"),
        inference=words(types["opinion"], "inference", "types.toml"),
        perspective=words(types["opinion"], "perspective", "types.toml"),
        perspective_openers=words(types["opinion"], "perspective_openers", "types.toml"),
        perspective_closers=words(types["opinion"], "perspective_closers", "types.toml"),
        denied_equivalence=words(types["opinion"], "denied_equivalence", "types.toml"),
        degree_prefixes=words(types["opinion"], "degree_prefixes", "types.toml"),
        gradable=words(types["opinion"], "gradable", "types.toml"),
        lexicalized=words(types["opinion"], "lexicalized", "types.toml"),
        past=words(types["fact"], "past", "types.toml"),
        yao_need_before=words(types["future"], "yao_need_before", "types.toml"),
        yao_compare_after=words(types["future"], "yao_compare_after", "types.toml"),
        terms_openers=words(types["future"], "terms_openers", "types.toml"),
        terms_documents=words(types["future"], "terms_documents", "types.toml"),
        approximators=words(types["statistic"], "approximators", "types.toml"),
        jiang_results=words(types["future"], "jiang_results", "types.toml"),
        jiang_not_results=words(types["future"], "jiang_not_results", "types.toml"),
        jiang_adverbs=words(types["future"], "jiang_adverbs", "types.toml"),
        first_person=words(types["opinion"], "first_person", "types.toml"),
        attitudes=words(types["opinion"], "attitudes", "types.toml"),
        measure_nouns=words(types["statistic"], "measure_nouns", "types.toml"),
        ranks=words(types["statistic"], "ranks", "types.toml"),
        topic_nouns=words(types["opinion"], "topic_nouns", "types.toml"),
        topic_verbs=words(types["opinion"], "topic_verbs", "types.toml"),
        topic_documents=words(types["opinion"], "topic_documents", "types.toml"),
        exist_verbs=words(types["opinion"], "exist_verbs", "types.toml"),
        assessments=words(types["opinion"], "assessments", "types.toml"),
        briefing=words(spk["briefing"], "words", "speakers.toml"),
        body_voices=words(titles["spokespeople"], "words", "roles.toml"),
        kinds=words(suffixes, "kind_before", "org_suffixes.toml"),
        descriptors=words(suffixes, "descriptors", "org_suffixes.toml"),
        services=words(suffixes, "services", "org_suffixes.toml"),
        owned=words(suffixes, "owned", "org_suffixes.toml"),
        admin_levels=words(suffixes, "admin_levels", "org_suffixes.toml"),
        asides=words(cues["aside"], "words", "cues.toml"),
        org_heads=tuple(sorted(set(_folded(folder, (*suffixes.get("free", ()), *suffixes.get("services", ())))),
                               key=len, reverse=True)),
        bound_heads=frozenset(_folded(folder, suffixes.get("bound", ()))),
        about=replace(load_about_words(folder), not_companies=tuple(_folded(folder, spk["anaphors"]["not_companies"])),
                      observers=tuple(sorted(set(_folded(folder, titles["analysts"]["words"])), key=len, reverse=True))),
        time_words=TimeWords(units=words(times["units"], "words", "time.toml"),
                             positions=words(times["positions"], "words", "time.toml")),
    )


def _cue_table(folder: Folder, cues: Mapping) -> WordTable[Cue]:
    """word -> Cue from cues.toml; a word in two classes is an error in the data."""
    zero = set(_folded(folder, cues.get("zero_subject", {}).get("words", ())))
    table: dict[str, Cue] = {}
    for cls in CUE_CLASSES:
        if cls not in cues:
            raise ClaimgraphError(f"claimgraph/data/cues.toml has no class [{cls}]; add it with 'direct' and 'comma' lists")
        sections = ([(cues[cls][p], Polarity(p)) for p in ("favor", "against")]
                    if cls == "evaluate" else [(cues[cls], None)])
        for section, polarity in sections:
            for direct in (True, False):
                for word in _folded(folder, section.get("direct" if direct else "comma", ())):
                    known = table.get(word)
                    if known is not None and known.cls != cls:
                        raise ClaimgraphError(f"cue {word!r} is in two classes ({known.cls}, {cls}) in "
                                              "claimgraph/data/cues.toml; keep it in one")
                    if known is None or direct:
                        table[word] = Cue(word=word, cls=cls, direct=direct, zero=word in zero, polarity=polarity)
    return WordTable(table)


def _folded(folder: Folder, words: Iterable[str]) -> Iterator[str]:
    for word in words:
        folded = folder.view(word.strip())
        if folded:
            yield folded


# Nouns a concept only qualifies (AI芯片, AI行业, AI视频): the claim is about the noun, not the concept.
MODIFIED_HEADS: tuple[str, ...] = (
    "芯片", "晶片", "行业", "产业", "领域", "视频", "长视频", "团队", "赛道", "霸主", "应用", "版", "整体", "云",
    "模型", "部分", "公司", "企业", "厂商", "平台",
)
ORG_ANAPHORS: tuple[str, ...] = ("该公司", "这家公司", "该企业", "该集团", "公司", "其")
# Words after 其 that do not make it a subject (其实 'in fact', 其他 'other').
QI_NOT_SUBJECT: tuple[str, ...] = ("其实", "其他", "其它", "其余", "其次", "其间")
