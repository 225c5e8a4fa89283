"""Entity mentions: catalog names matched in the folded view, and discovery rules for
names no catalog knows (a person after a title or before a verb of saying, a
transliterated name, an organisation by its suffix, a product in apposition, an outlet in
「」, a title in 《》, a Latin-script name).

The component only annotates: ``doc._.cg_mentions`` (Mention records, exact character
offsets into ``doc.text``) and ``doc._.cg_discovered`` (the Entity records it made up).

Discovery reads jieba's segmentation and, where the shape of a word does not decide,
the part-of-speech tag jieba's dictionary gives the word (a lookup, not a tagging pass):
a word the dictionary tags as a common noun or adverb (全都, 金融) is no one's name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from spacy.language import Language
from spacy.attrs import IDX, IS_SPACE, LENGTH
from spacy.tokens import Doc

from ..catalog import Catalog
from ..models import Entity, EntityType, Mention, Span
from .lexicons import (
    GENERIC_WORDS, LATIN_STOPWORDS, NAME_TAGS, ORG_HEADS, NOT_NAME_ENDINGS, ORG_SUFFIXES, OUTLET_AFTER,
    OUTLET_BEFORE, PERSON_TITLES, PRODUCT_HEADS, SPEECH_VERBS, SURNAMES,
)
from .names import NameIndex
from .normalize import Folder

_CJK = r"\u4e00-\u9fff"
_LATIN_NAME = re.compile(r"(?<![A-Za-z0-9.])[A-Za-z][A-Za-z0-9]*(?:[.\-][A-Za-z0-9]+)*(?:[ ][A-Z][A-Za-z0-9]*)*(?![A-Za-z0-9])")
_BOOK_TITLE = re.compile(r"《([^《》\n]{1,30})》")
_CORNER_NAME = re.compile(r"「([^「」\s,，。、:：;；!！?？]{2,12})」")
_DOT = re.compile(rf"[{_CJK}]·[{_CJK}]{{1,6}}(?:·[{_CJK}]{{1,6}})?")
_TITLES = sorted(PERSON_TITLES, key=len, reverse=True)
_TITLE_PERSON = re.compile(rf"(?:{'|'.join(map(re.escape, _TITLES))})(?=[{_CJK}])")
_ALL_CJK = re.compile(f"[{_CJK}]+")
_NAME_BREAKERS = frozenset("日在表称说认指对向和与等也还就则曾已将今昨前后是的了着为所分透告坦感强提解介")
_GENERIC_ORG_SUFFIXES = ("公司", "有限公司", "股份有限公司", "有限责任公司", "集团", "控股")
_ENGLISH_BEFORE = re.compile(r"[A-Za-z,] ")
_ENGLISH_AFTER = re.compile(r" [A-Za-z]")
_PARTICLES = frozenset("的是和与及在向对由被让把将从据称说了同跟")
# tags of words that are no given name (李/强调: Li stressed; 周/明远 is Zhou Mingyuan)
_NOT_GIVEN_NAME_TAGS = frozenset({"v", "vd", "vn", "d", "p", "c", "u", "r", "m", "q", "f", "t", "uj", "ul", "zg"})
_DETERMINERS = frozenset("这那该本此每各某一两几多其")
_WITH_PERSON = frozenset("与和跟同像对被让给向由找请问")
_NO_TAGS: Mapping[str, str] = MappingProxyType({})


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    type: EntityType
    rule: str
    # a candidate may take the place of catalog mentions it strictly contains
    # (腾讯优图实验室 over 腾讯): it names something else
    over_catalog: bool = False


@Language.factory("claimgraph_entity_matcher_v1")
def make_entity_matcher(nlp: Language, name: str) -> EntityMatcher:
    return EntityMatcher(name)


class EntityMatcher:
    """Finds entity mentions; ``configure`` gives it the catalog before first use."""

    def __init__(self, name: str):
        self.name = name
        self._folder = Folder()
        self._catalog = Catalog(())
        self._index = NameIndex({})
        self._keys: Mapping[str, str] = _NO_TAGS
        self._tags: Mapping[str, str] = _NO_TAGS

    def configure(self, catalog: Catalog, folder: Folder, word_tags: Mapping[str, str] = _NO_TAGS) -> None:
        """The catalog to match, the folder of the tokenizer, and jieba's dictionary tags."""
        self._catalog, self._folder, self._tags = catalog, folder, word_tags
        keys: dict[str, str] = {}
        for name, key in catalog.names():
            keys.setdefault(folder.key(name), key)
        self._keys = MappingProxyType(keys)
        self._index = NameIndex(keys)

    @property
    def catalog(self) -> Catalog:
        return self._catalog

    @property
    def folder(self) -> Folder:
        return self._folder

    def lookup(self, name: str) -> str | None:
        """The catalog key a name denotes, if any."""
        return self._keys.get(self._folder.key(name))

    def __call__(self, doc: Doc) -> Doc:
        view = self._folder.view(doc.text)
        doc._.cg_view = view
        tokens = _Tokens(view, _token_spans(doc))
        mentions = list(self._catalog_mentions(doc.text, view, tokens.boundaries))
        discovered: dict[str, Entity] = {}
        candidates = sorted(self._discover(view, tokens, mentions),
                            key=lambda c: (-(c.end - c.start), c.start, c.rule))
        for cand in candidates:
            span = Span(start=cand.start, end=cand.end)
            clashing = [m for m in mentions if _overlaps(m.span, span)]
            if clashing and not (cand.over_catalog and all(
                    m.rule == "catalog.v1" and _strictly_inside(m.span, span) for m in clashing)):
                continue
            made = self._entity(view[cand.start:cand.end], cand.type)
            if made is None:
                continue
            key, entity = made
            if entity is None and clashing:
                continue  # a catalog name in other words: the catalog mention stands
            mentions = [m for m in mentions if m not in clashing]
            mentions.append(Mention(entity=key, text=doc.text[cand.start:cand.end], span=span, rule=cand.rule))
            if entity is not None:
                discovered.setdefault(key, entity)
        doc._.cg_mentions = tuple(sorted(mentions, key=lambda m: (m.span.start, m.span.end)))
        used = {m.entity for m in mentions}
        doc._.cg_discovered = tuple(discovered[k] for k in sorted(discovered) if k in used)
        return doc

    def _entity(self, name: str, etype: EntityType) -> tuple[str, Entity | None] | None:
        """The key a discovered name links to, and a new Entity unless the catalog has it."""
        if name in GENERIC_WORDS:
            return None
        key = self._folder.key(name)
        if key in self._keys:
            return self._keys[key], None
        latin = name.isascii()
        return key, Entity(key=key, type=etype, label_zh=None if latin else name,
                           label_en=name if latin else None, confirmed=False)

    def _catalog_mentions(self, text: str, view: str, boundaries: frozenset[int]) -> Iterator[Mention]:
        for start, end, key in self._index.find(view):
            found = view[start:end]
            short_cjk = len(found) <= 2 and not found.isascii()
            if short_cjk and (start not in boundaries or end not in boundaries):
                continue  # a two-character name inside a longer word (快手 in 快手快脚)
            if found.isascii() and found.islower() and _in_english_phrase(view, start, end):
                continue  # an English word in English prose (wind power), not the name Wind
            yield Mention(entity=key, text=text[start:end], span=Span(start=start, end=end), rule="catalog.v1")

    def _discover(self, view: str, tokens: _Tokens, mentions: list[Mention]) -> Iterator[_Candidate]:
        yield from self._title_people(view, tokens)
        yield from self._speaking_people(view, tokens)
        yield from _transliterated(view, tokens)
        yield from self._organisations(view, tokens)
        yield from self._apposed_products(view, tokens, mentions)
        yield from _outlets(view)
        for m in _BOOK_TITLE.finditer(view):
            yield _Candidate(m.start(1), m.end(1), EntityType.CREATIVE_WORK, "discover.book_title.v1")
        for m in _LATIN_NAME.finditer(view):
            word = m.group()
            if word.lower() in LATIN_STOPWORDS or len(word) < 2 or not any(c.isupper() for c in word):
                continue
            etype = EntityType.ORGANIZATION if view.endswith(ORG_HEADS, 0, m.start()) else EntityType.PRODUCT
            yield _Candidate(m.start(), m.end(), etype, "discover.latin_name.v1")

    # -- people -----------------------------------------------------------------------

    def _title_people(self, view: str, tokens: _Tokens) -> Iterator[_Candidate]:
        """教授张奇, 研究总监刘丽辉: a surname-initial name right after a title."""
        for m in _TITLE_PERSON.finditer(view):
            end = self._name_end(view, tokens, m.end())
            if end is not None:
                yield _Candidate(m.end(), end, EntityType.PERSON, "discover.title_person.v1")

    def _speaking_people(self, view: str, tokens: _Tokens) -> Iterator[_Candidate]:
        """吴某某表示 (a surname-initial word no dictionary knows, before a verb of saying),
        and a three-character word jieba's dictionary knows as a person's name (李小龙) where
        a preposition or a verb of saying shows it is one (与李小龙, 李小龙说): the dictionary
        also tags words such as 高保真 and 许可证 as names."""
        for start, end in tokens:
            word = view[start:end]
            if not 2 <= len(word) <= 4 or not _surname_initial(word):
                continue
            tag = self._tags.get(word)
            if tag is None and len(word) <= 3 and view.startswith(SPEECH_VERBS, end) \
                    and word not in self._keys and _ALL_CJK.fullmatch(word):
                yield _Candidate(start, end, EntityType.PERSON, "discover.speaker_person.v1")
            elif tag == "nr" and len(word) == 3 and word[-1] not in NOT_NAME_ENDINGS and (
                    view[start - 1:start] in _WITH_PERSON or view.startswith(SPEECH_VERBS, end)):
                yield _Candidate(start, end, EntityType.PERSON, "discover.dictionary_person.v1")

    def _name_end(self, view: str, tokens: _Tokens, start: int) -> int | None:
        """Where the person's name that starts at ``start`` ends, if a name starts there."""
        if not _surname_initial(view[start:start + 3]):
            return None
        end = tokens.end_at(start)
        if end is not None and view[start:end] in SURNAMES:  # the surname alone: 刘/丽辉, 欧阳/静怡
            rest = tokens.end_at(end)
            if rest is not None and 1 <= rest - end <= 2 and _ALL_CJK.fullmatch(view[end:rest]) \
                    and self._tags.get(view[end:rest], "nr") not in _NOT_GIVEN_NAME_TAGS - {"d"}:
                # jieba split the surname off on its own, which it does before a given name; its
                # dictionary tags some given names as adverbs (立新 d), so only other tags refuse
                return rest
            return None
        if end is not None and 2 <= end - start <= 3 + (view[start:start + 2] in SURNAMES):
            tag = self._tags.get(view[start:end])
            return end if tag is None or tag.startswith("nr") else None
        candidate = view[start:start + 3]  # a name jieba ran together with the next word
        if not _ALL_CJK.fullmatch(candidate):
            return None
        if view[start:start + 2] in SURNAMES or candidate[2] not in _NAME_BREAKERS:
            return start + 3
        return start + 2 if self._tags.get(candidate[:2]) in (None, "nr", "nrfg") else None

    # -- organisations and products ---------------------------------------------------

    def _organisations(self, view: str, tokens: _Tokens) -> Iterator[_Candidate]:
        """复旦大学 (one word ending in a suffix) and 腾讯优图实验室 (name words, then the suffix)."""
        for i, (start, end) in enumerate(tokens):
            word = view[start:end]
            if not word.endswith(ORG_SUFFIXES) or not _ALL_CJK.fullmatch(word):
                continue
            tag = self._tags.get(word)
            if len(word) > 2 and word not in GENERIC_WORDS and (
                    tag in ("nt", "nz") or tag is None) and self._named_prefix(word, known=tag is not None):
                yield _Candidate(start, end, EntityType.ORGANIZATION, "discover.org_suffix.v1", True)
                continue
            if word not in ORG_SUFFIXES:
                continue
            first = i
            while first > 0 and i - first < 4:
                before = view[slice(*tokens[first - 1])]
                if self._name_like(before):
                    first -= 1
                elif before in ORG_SUFFIXES and first > 1 and self._name_like(view[slice(*tokens[first - 2])]):
                    first -= 2  # 南湖大学 in 南湖大学人工智能研究院
                else:
                    break
            name_words = [view[slice(*tokens[j])] for j in range(first, i)]
            if not any(self._proper(w) for w in name_words):
                continue  # 人工智能研究院: a field and a kind
            if word in _GENERIC_ORG_SUFFIXES and len(name_words) == 1:
                continue  # 快手公司 is 快手; its catalog or discovered name stands for it
            if all(self._tags.get(w) == "ns" for w in name_words):
                continue  # 美国公司, 北京银行 without more: a place and a kind
            yield _Candidate(tokens[first][0], end, EntityType.ORGANIZATION, "discover.org_suffix.v1", True)

    def _named_prefix(self, word: str, known: bool) -> bool:
        """Whether what stands before the suffix of a one-word organisation names one:
        not 这所大学 (a determiner), 美国公司 (a place and a kind) or 科技公司 (a kind);
        a word the dictionary knows as an institution (人民日报) needs no named prefix."""
        suffix = max((s for s in ORG_SUFFIXES if word.endswith(s)), key=len)
        prefix = word[:-len(suffix)]
        if not prefix or prefix[0] in _DETERMINERS or prefix in GENERIC_WORDS:
            return False
        tag = self._tags.get(prefix)
        if tag == "ns" and suffix in _GENERIC_ORG_SUFFIXES:
            return False
        return known or tag is None or tag in NAME_TAGS

    def _proper(self, word: str) -> bool:
        """A name-like word that is not a catalog concept (人工智能) or an organisation suffix."""
        key = self._keys.get(self._folder.key(word))
        entity = self._catalog.get(key) if key else None
        return self._name_like(word) and (entity is None or entity.type is not EntityType.CONCEPT)

    def _name_like(self, word: str) -> bool:
        """A word that can be part of a name: a catalog name, Latin, or a proper noun."""
        if word in GENERIC_WORDS or word[0] in _DETERMINERS or not (_ALL_CJK.fullmatch(word) or word.isalnum() and word.isascii()):
            return False
        if self._folder.key(word) in self._keys or word.isascii():
            return True
        tag = self._tags.get(word)
        return len(word) >= 2 and (tag is None or tag in NAME_TAGS)

    def _apposed_products(self, view: str, tokens: _Tokens, mentions: list[Mention]) -> Iterator[_Candidate]:
        """视频模型百度蒸汽机: a product head, a catalog organisation, then a noun."""
        orgs = {m.span.start: m for m in mentions if self._is_org(m.entity)}
        for i, (start, end) in enumerate(tokens):
            org = orgs.get(end)
            if view[start:end] not in PRODUCT_HEADS or org is None:
                continue
            nxt = org.span.end
            while (following := tokens.end_at(nxt)) is not None and following - org.span.end <= 4 \
                    and _ALL_CJK.fullmatch(view[nxt:following]) \
                    and self._tags.get(view[nxt:following], "n") in ("n", "nz", "ng"):
                nxt = following  # the noun words of the name: 蒸汽机, 灵感/机
            noun = view[org.span.end:nxt]
            if 2 <= len(noun) <= 4 and noun not in GENERIC_WORDS and noun not in PRODUCT_HEADS:
                yield _Candidate(org.span.start, nxt, EntityType.PRODUCT, "discover.apposed_product.v1", True)

    def _is_org(self, key: str) -> bool:
        entity = self._catalog.get(key)
        return entity is not None and entity.type is EntityType.ORGANIZATION


class _Tokens(list):
    """The (start, end) of each token, with the set of boundaries and a lookup by start."""

    def __init__(self, view: str, spans: list[tuple[int, int]]):
        super().__init__(spans)
        self._ends = {s: e for s, e in spans}
        self._starts = {e: s for s, e in spans}
        self.boundaries = frozenset({s for s, _ in spans} | {e for _, e in spans} | {len(view)})

    def end_at(self, start: int) -> int | None:
        return self._ends.get(start)

    def start_before(self, end: int) -> int | None:
        return self._starts.get(end)


def _transliterated(view: str, tokens: _Tokens) -> Iterator[_Candidate]:
    """萨姆·奥特曼: the given name is the word before the dot or, where jieba split it, starts
    at a word boundary at most four characters before the dot, after any particle or title."""
    for m in _DOT.finditer(view):
        dot = m.start() + 1
        start = tokens.start_before(dot)
        if start is None or not 2 <= dot - start <= 4 or not _ALL_CJK.fullmatch(view[start:dot]):
            start = next((b for b in range(max(0, dot - 4), dot) if b in tokens.boundaries
                          and _ALL_CJK.fullmatch(view[b:dot]) and view[b] not in _PARTICLES
                          and not any(view[b:dot].startswith(t) for t in _TITLES)), None)
        end = m.end()
        while end - dot > 3 and (view[end - 1] in _PARTICLES or view.endswith(SPEECH_VERBS, 0, end)):
            end -= max((len(v) for v in SPEECH_VERBS if view.endswith(v, 0, end)), default=1)
        if start is not None:
            yield _Candidate(start, end, EntityType.PERSON, "discover.transliterated.v1")


def _outlets(view: str) -> Iterator[_Candidate]:
    """向「某某」透露, 据「某某」报道, 「某某」获悉: the name in 「」 is a source, not a quotation."""
    for m in _CORNER_NAME.finditer(view):
        before, after = view[max(0, m.start() - 2):m.start()], view[m.end():m.end() + 3]
        told = before.endswith(OUTLET_BEFORE) and after.startswith(SPEECH_VERBS + OUTLET_AFTER)
        if told or after.startswith(OUTLET_AFTER):
            yield _Candidate(m.start(1), m.end(1), EntityType.ORGANIZATION, "discover.outlet.v1", True)


def _token_spans(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of every token that is not white space, read in one array."""
    rows = doc.to_array([IDX, LENGTH, IS_SPACE]).tolist()
    return [(idx, idx + length) for idx, length, space in rows if not space]


def _surname_initial(word: str) -> bool:
    return bool(word) and (word[0] in SURNAMES or word[:2] in SURNAMES)


def _in_english_phrase(view: str, start: int, end: int) -> bool:
    return bool(_ENGLISH_BEFORE.fullmatch(view[max(0, start - 2):start]) or _ENGLISH_AFTER.fullmatch(view[end:end + 2]))


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _strictly_inside(inner: Span, outer: Span) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end and (inner.end - inner.start) < (outer.end - outer.start)
