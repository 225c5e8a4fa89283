"""Entity mentions: catalog names matched in the folded view, and discovery rules for
names no catalog knows (a person after a title, a transliterated name, an organisation
by its suffix, a title in 《》, a Latin-script name).

The component only annotates: ``doc._.cg_mentions`` (Mention records, exact character
offsets into ``doc.text``) and ``doc._.cg_discovered`` (the Entity records it made up).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc

from ..catalog import Catalog
from ..models import Entity, EntityType, Mention, Span
from .lexicons import GENERIC_WORDS, LATIN_STOPWORDS, ORG_SUFFIXES, PERSON_TITLES, SURNAMES
from .normalize import Folder

_CJK = r"\u4e00-\u9fff"
_LATIN_NAME = re.compile(r"(?<![A-Za-z0-9.])[A-Za-z][A-Za-z0-9]*(?:[.\-][A-Za-z0-9]+)*(?:[ ][A-Z][A-Za-z0-9]*)*(?![A-Za-z0-9])")
_BOOK_TITLE = re.compile(r"《([^《》\n]{1,30})》")
_TRANSLITERATED = re.compile(rf"(?<![{_CJK}])[{_CJK}]{{1,5}}·[{_CJK}]{{1,6}}(?:·[{_CJK}]{{1,6}})?")
_TITLES = sorted(PERSON_TITLES, key=len, reverse=True)
_TITLE_PERSON = re.compile(rf"(?:{'|'.join(map(re.escape, _TITLES))})(?P<name>[{_CJK}]{{2,3}})")


@Language.factory("claimgraph_entity_matcher_v1")
def make_entity_matcher(nlp: Language, name: str) -> EntityMatcher:
    return EntityMatcher(name)


class EntityMatcher:
    """Finds entity mentions; ``configure`` gives it the catalog before first use."""

    def __init__(self, name: str):
        self.name = name
        self._folder = Folder()
        self._catalog = Catalog(())
        self._pattern: re.Pattern | None = None
        self._keys: dict[str, str] = {}

    def configure(self, catalog: Catalog, folder: Folder) -> None:
        self._catalog, self._folder = catalog, folder
        keys: dict[str, str] = {}
        for name, key in catalog.names():
            keys.setdefault(folder.key(name), key)
        self._keys = keys
        alternatives = sorted(keys, key=lambda k: (-len(k), k))
        self._pattern = re.compile("|".join(_name_pattern(k) for k in alternatives), re.IGNORECASE)

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
        boundaries = {t.idx for t in doc} | {len(doc.text)}
        mentions = list(self._catalog_mentions(doc.text, view, boundaries))
        taken = [m.span for m in mentions]
        discovered: dict[str, Entity] = {}
        for mention, entity in self._discover(doc, view):
            if entity.key in self._catalog or any(_overlaps(mention.span, s) for s in taken):
                continue
            taken.append(mention.span)
            mentions.append(mention)
            discovered.setdefault(entity.key, entity)
        doc._.cg_mentions = tuple(sorted(mentions, key=lambda m: (m.span.start, m.span.end)))
        doc._.cg_discovered = tuple(discovered[k] for k in sorted(discovered))
        return doc

    def _catalog_mentions(self, text: str, view: str, boundaries: set[int]) -> Iterator[Mention]:
        if self._pattern is None:
            return
        for m in self._pattern.finditer(view):
            key = self._keys.get("".join(m.group().lower().split()))
            if key is None:
                continue
            short_cjk = len(m.group()) <= 2 and not m.group().isascii()
            if short_cjk and (m.start() not in boundaries or m.end() not in boundaries):
                continue  # a two-character name inside a longer word (快手 in 快手快脚)
            yield Mention(entity=key, text=text[m.start():m.end()], span=Span(start=m.start(), end=m.end()),
                          rule="catalog.v1")

    def _discover(self, doc: Doc, view: str) -> Iterator[tuple[Mention, Entity]]:
        text = doc.text
        candidates: list[tuple[int, int, EntityType, str]] = []
        for m in _TITLE_PERSON.finditer(view):
            name = _person_name(m.group("name"), view, m.start("name"))
            if name:
                candidates.append((m.start("name"), m.start("name") + len(name), EntityType.PERSON, "discover.title_person.v1"))
        for m in _TRANSLITERATED.finditer(view):
            candidates.append((m.start(), m.end(), EntityType.PERSON, "discover.transliterated.v1"))
        for m in _BOOK_TITLE.finditer(view):
            candidates.append((m.start(1), m.end(1), EntityType.CREATIVE_WORK, "discover.book_title.v1"))
        for token in doc:
            word = view[token.idx:token.idx + len(token)]
            if len(word) > 2 and word.endswith(ORG_SUFFIXES) and word not in GENERIC_WORDS and re.fullmatch(f"[{_CJK}]+", word):
                candidates.append((token.idx, token.idx + len(word), EntityType.ORGANIZATION, "discover.org_suffix.v1"))
        for m in _LATIN_NAME.finditer(view):
            word = m.group()
            if word.lower() in LATIN_STOPWORDS or len(word) < 2 or not any(c.isupper() for c in word):
                continue
            candidates.append((m.start(), m.end(), EntityType.PRODUCT, "discover.latin_name.v1"))
        for start, end, etype, rule in candidates:
            surface = text[start:end]
            name = view[start:end]
            if name in GENERIC_WORDS:
                continue
            key = self._folder.key(name)
            if key in self._keys:
                key = self._keys[key]
            entity = Entity(key=key, type=etype, label_zh=None if name.isascii() else name,
                            label_en=name if name.isascii() else None, confirmed=False)
            yield Mention(entity=key, text=surface, span=Span(start=start, end=end), rule=rule), entity


def _name_pattern(folded: str) -> str:
    """A regex for a folded catalog name: Latin letters may be spaced (Open AI = OpenAI)."""
    if folded.isascii():
        body = r"\s?".join(re.escape(c) for c in folded)
        return rf"(?<![A-Za-z0-9]){body}(?![A-Za-z0-9])"
    return re.escape(folded)


def _person_name(candidate: str, view: str, start: int) -> str | None:
    """The 2- or 3-character name at the head of ``candidate``, if it starts with a surname."""
    double = candidate[:2] in SURNAMES
    if not (double or candidate[0] in SURNAMES):
        return None
    # a three-character name unless its third character starts the next word
    following = view[start + 3:start + 4]
    if len(candidate) == 3 and not double and (candidate[2] in _NAME_BREAKERS or following in ("", "，", ",")):
        return candidate[:2] if candidate[2] in _NAME_BREAKERS else candidate
    return candidate


_NAME_BREAKERS = frozenset("日在表称说认指对向和与等也还就则曾已将今昨前后是的了着为所分透告坦感强提解介")


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end
