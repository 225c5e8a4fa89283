"""Entity mentions: catalog names matched in the folded view (``names.NameIndex``), and
names no catalog knows found by the sieves of ``discover``, each mention naming the rule
that found it. A gloss in brackets (普莱斯（Anna Price）, 輝達（NVIDIA）) is another name of
the entity before it, not an entity of its own.

The component only annotates: ``doc._.cg_mentions`` (Mention records, exact character
offsets into ``doc.text``) and ``doc._.cg_discovered`` (the Entity records it made up).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from types import MappingProxyType

from spacy.attrs import IDX, IS_SPACE, LENGTH
from spacy.language import Language
from spacy.tokens import Doc

from ..catalog import Catalog
from ..models import Entity, EntityType, Mention, Span
from .companies import MODEL_CODE, short_forms, work_references
from .contexts import ContextWords, load_context_words
from .discover import COMPANY_HEADS, Candidate, Discoverer, Tokens
from .tokens import ALL_CJK, NAME_BREAKERS, occurrences
from .gates import plausible_name
from .lexicons import GENERIC_WORDS, SURNAMES, NameWords, load_name_words
from .names import NameIndex
from .normalize import Folder

_ENGLISH_BEFORE = re.compile(r"[A-Za-z,] ")
_ENGLISH_AFTER = re.compile(r" [A-Za-z]")
_GLOSS = re.compile(r"[(（]\s*([^()（）\n]{1,40}?)\s*[)）]")
_NO_TAGS: Mapping[str, str] = MappingProxyType({})
_CJK_CHAR = re.compile("[\u4e00-\u9fff]")
_SURNAME_RULE = "discover.surname_reference.v1"
# a short name the text declares for what it just named: (以下简称《意见》), (下称"星澜"), (简称：某某)
_DECLARED_RULE = "discover.declared_short_name.v1"
_DECLARED = re.compile(r"[(（]\s*(?:以下|下文)?(?:简称|簡稱|下称|下稱|以下称|以下稱)[:：]?\s*(?P<mark>[《“「\"])?(?P<short>[^()（）《》“”「」\"\s]{2,12})[》”」\"]?\s*[)）]")


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
        self._discoverer: Discoverer | None = None
        self._keys: Mapping[str, str] = _NO_TAGS
        self._tags: Mapping[str, str] = _NO_TAGS
        self._cut: Callable[[str], Iterator[str]] | None = None

    def configure(self, catalog: Catalog, folder: Folder, word_tags: Mapping[str, str] = _NO_TAGS,
                  words: NameWords | None = None, cut: Callable[[str], Iterator[str]] | None = None,
                  context: ContextWords | None = None) -> None:
        """The catalog to match, the folder of the tokenizer, jieba's dictionary tags, and
        the title and organisation-head lexicons (read from the package when not given), and
        the segmenter's cut (which ``plausible`` reads)."""
        self._catalog, self._folder, self._tags, self._cut = catalog, folder, word_tags, cut
        keys: dict[str, str] = {}
        for name, key in catalog.names():
            keys.setdefault(folder.key(name), key)
        self._keys = MappingProxyType(keys)
        self._index = NameIndex(keys)
        self._words = words or load_name_words()
        # what a short form is the name before: not a person's (某某工作室) nor a public service's, whose
        # name is its place's (湄江地方法院, 某某市疾控中心: 湄江 alone is the place)
        self._short_heads = self._words.trades - self._words.personal_heads - self._words.services
        self._discoverer = Discoverer(catalog, folder, self._index, word_tags, self._words,
                                      context or load_context_words())

    @property
    def catalog(self) -> Catalog:
        return self._catalog

    @property
    def folder(self) -> Folder:
        return self._folder

    @property
    def word_tags(self) -> Mapping[str, str]:
        """jieba's dictionary tag of each word (完成 v, 已经 d), as ``configure`` got them."""
        return self._tags

    @property
    def own_honorifics(self) -> tuple[str, ...]:
        """The honorifics a person's own surname takes to name them (先生, 女士), longest first."""
        return self._discoverer.contexts.own_honorifics if self._discoverer is not None else ()

    @property
    def spouse_honorifics(self) -> tuple[str, ...]:
        """The honorifics that name a wife by her husband's surname (陈太太, 黎太), longest first."""
        return self._discoverer.contexts.spouse_honorifics if self._discoverer is not None else ()

    def lookup(self, name: str) -> str | None:
        """The catalog key a name denotes, if any."""
        return self._keys.get(self._folder.key(name))

    def __call__(self, doc: Doc) -> Doc:
        # the tokenizer left the text and its view (Doc.text joins every token each time it is read)
        text = doc._.cg_text or doc.text
        view = doc._.cg_view or self._folder.view(text)
        doc._.cg_view = view
        tokens = Tokens(view, token_spans(doc))
        mentions = list(self._catalog_mentions(text, view, tokens.boundaries))
        discovered: dict[str, Entity] = {}
        if self._discoverer is not None:
            mentions = self._settle(text, view, self._discoverer.candidates(view, tokens, mentions), mentions, discovered)

            def type_of(key: str) -> EntityType | None:
                entity = discovered.get(key) or self._catalog.get(key)
                return entity.type if entity else None

            mentions = self._settle(text, view, self._discoverer.coordinated(view, tokens, mentions, type_of),
                                    mentions, discovered)
            mentions = self._short_forms(text, view, tokens, mentions, discovered)
            mentions = self._surname_references(text, view, tokens, mentions, discovered)
            mentions = _short_names_joined(view, mentions, discovered)
            mentions = _declared_short_names(text, view, tokens, mentions)
        mentions, discovered = _glosses(view, mentions, discovered)
        doc._.cg_mentions = tuple(sorted(mentions, key=lambda m: (m.span.start, m.span.end)))
        used = {m.entity for m in mentions}
        doc._.cg_discovered = tuple(discovered[k] for k in sorted(discovered) if k in used)
        return doc

    def _surname_references(self, text: str, view: str, tokens: Tokens, mentions: list[Mention],
                            discovered: dict[str, Entity]) -> list[Mention]:
        """穆勒 on its own after 希尔德加德·穆勒: the last part of a transliterated person's name,
        standing on a word's edge after the full name, names that person (the news writes a
        foreigner's full name once, then the surname). A last part two people share names no one."""
        people: dict[str, set[str]] = {}
        first: dict[str, int] = {}
        for m in mentions:
            name = view[m.span.start:m.span.end]
            entity = discovered.get(m.entity) or self._catalog.get(m.entity)
            if "·" not in name or entity is None or entity.type is not EntityType.PERSON:
                continue
            last = name.rsplit("·", 1)[1]
            if len(last) >= 2 and ALL_CJK.fullmatch(last):
                people.setdefault(last, set()).add(m.entity)
                first[last] = min(first.get(last, m.span.end), m.span.end)
        if not people:
            return mentions

        def replaceable(m: Mention, at: int, end: int) -> bool:
            """A new person another sieve read inside the surname (文德勒表示, 霍夫|施密特表示)."""
            entity = discovered.get(m.entity)
            return at <= m.span.start and m.span.end <= end and entity is not None and entity.type is EntityType.PERSON

        kept, added = list(mentions), []
        for last, keys in sorted(people.items()):
            if len(keys) != 1:
                continue
            (key,) = keys
            for at in occurrences(view, last, first[last]):
                end = at + len(last)
                if at in tokens.boundaries and (end in tokens.boundaries or not _CJK_CHAR.match(view[end:end + 1] or " ")
                                                or view[end] in NAME_BREAKERS) and view[at - 1:at] != "·":
                    inside = [m for m in kept if m.span.start < end and at < m.span.end]
                    if all(m.entity != key and replaceable(m, at, end) for m in inside):
                        kept = [m for m in kept if m not in inside]
                        added.append(Mention(entity=key, text=text[at:end], span=Span(start=at, end=end),
                                             rule=_SURNAME_RULE))
        return sorted(kept + added, key=lambda m: (m.span.start, m.span.end)) if added else mentions

    def plausible(self, view: str, span: Span) -> bool:
        """Whether a name another stage read from a phrase's structure (a speaker before a
        cue, a label before a colon) may be a name, by ``gates.plausible_name``."""
        name = view[span.start:span.end]
        return plausible_name(name, self._folder_cut(name), self._tags)

    def _folder_cut(self, name: str) -> list[str]:
        return list(self._cut(name)) if self._cut is not None else [name]

    def _settle(self, text: str, view: str, found: Iterator[Candidate], mentions: list[Mention],
                discovered: dict[str, Entity]) -> list[Mention]:
        """The mentions with the candidates that clash with none of them, longest first; a
        candidate may replace catalog mentions it strictly contains where its sieve says so."""
        found = _lengthened(view, list(found))
        # longest first; of one span, the candidate of the sieve that runs first (the more precise)
        candidates = [c for _, c in sorted(enumerate(found), key=lambda ic: (-(ic[1].end - ic[1].start), ic[1].start, ic[0]))]
        owner: dict[int, Mention] = {i: m for m in mentions for i in range(m.span.start, m.span.end)}
        for cand in candidates:
            if cand.end <= cand.start:
                continue
            span = Span(start=cand.start, end=cand.end)
            clashing = list({id(m): m for i in range(cand.start, cand.end) if (m := owner.get(i))}.values())
            if clashing and not (cand.over_catalog and all(
                    m.rule == "catalog.v1" and _strictly_inside(m.span, span) for m in clashing)):
                continue
            made = self._entity(view[cand.start:cand.end], cand.type)
            if made is None:
                continue
            key, entity = made
            if entity is None and clashing:
                continue  # a catalog name in other words: the catalog mention stands
            mention = Mention(entity=key, text=text[cand.start:cand.end], span=span, rule=cand.rule)
            for i in range(cand.start, cand.end):  # it takes the place of what it clashed with
                owner[i] = mention
            if entity is not None:
                discovered.setdefault(key, entity)
        return sorted({id(m): m for m in owner.values()}.values(), key=lambda m: (m.span.start, m.span.end))

    def _short_forms(self, text: str, view: str, tokens: Tokens, mentions: list[Mention],
                     discovered: dict[str, Entity]) -> list[Mention]:
        """某某 standing alone where 某某科技 was found names the same company; 某某W3, the
        short form glued to a model code, is its product; 该办法, 条例 and 新规 after a law's
        name stand for it."""
        added = []
        def new_org(key: str) -> bool:
            return key in discovered and discovered[key].type is EntityType.ORGANIZATION

        def may_stand(name: str, rule: str) -> bool:
            if len(name) < 2 or name in GENERIC_WORDS or self.lookup(name) is not None:
                return False
            if rule == "discover.trade_company.v1" and self._tags.get(name) == "n":
                return True  # 手机厂商星野科技: the context showed a company
            pieces = self._folder_cut(name)
            return self._tags.get(pieces[0]) != "ns" and plausible_name(name, pieces, self._tags)  # not 中国/电池

        for start, end, key in short_forms(view, tokens, mentions, self._short_heads, new_org, may_stand):
            code = MODEL_CODE.match(view, end)
            if code is None:
                added.append(Mention(entity=key, text=text[start:end], span=Span(start=start, end=end),
                                     rule="discover.short_form.v1"))
                continue
            made = self._entity(view[start:code.end()], EntityType.PRODUCT)
            if made is not None:
                if made[1] is not None:
                    discovered.setdefault(made[0], made[1])
                added.append(Mention(entity=made[0], text=text[start:code.end()], span=Span(start=start, end=code.end()),
                                     rule="discover.model_code.v1"))
        codes = {}  # W3 alone, once 某某W3 (or a product named 星辰X9) is named
        for m in added:
            if m.rule == "discover.model_code.v1":
                codes.setdefault(MODEL_CODE.search(view, m.span.start, m.span.end).group(), m.entity)
        for m in mentions:
            entity = discovered.get(m.entity) or self._catalog.get(m.entity)
            code = MODEL_CODE.search(view, m.span.start, m.span.end) if entity is not None \
                and entity.type is EntityType.PRODUCT else None
            if code is not None and code.end() == m.span.end and code.start() > m.span.start \
                    and not view[code.start() - 1].isascii():
                codes.setdefault(code.group(), m.entity)  # 星辰X9, then X9 alone
        if codes:
            # a code another sieve took for a new Latin name of its own (GT5) is the product's too
            latin = {(m.span.start, m.span.end): m for m in mentions if m.rule == "discover.latin_name.v1"
                     and view[m.span.start:m.span.end] in codes}
            mentions = [m for m in mentions if (m.span.start, m.span.end) not in latin]
            taken = {i for x in (*mentions, *added) for i in range(x.span.start, x.span.end)}
            for bare in MODEL_CODE.finditer(view):
                key = codes.get(bare.group())
                glued = view[bare.start() - 1:bare.start()]
                if key is not None and not (glued.isascii() and glued.isalnum()) \
                        and not any(i in taken for i in range(*bare.span())):
                    added.append(Mention(entity=key, text=text[bare.start():bare.end()],
                                         span=Span(start=bare.start(), end=bare.end()), rule="discover.model_code.v1"))
            added.extend(m for span, m in latin.items() if not any(a.span.start == span[0] for a in added))
        works = {k: e.label for k, e in discovered.items() if e.type is EntityType.CREATIVE_WORK and e.label}
        for start, end, key in work_references(view, tokens, [*mentions, *added], works):
            added.append(Mention(entity=key, text=text[start:end], span=Span(start=start, end=end),
                                 rule="discover.work_reference.v1"))
        return sorted([*mentions, *added], key=lambda m: (m.span.start, m.span.end)) if added else mentions

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
        def on_word_edges(start: int, end: int) -> bool:
            """Not a name inside a longer word (快手 in 快手快脚, 中国银行 in 中国银行业)."""
            return (start in boundaries or not _CJK_CHAR.match(view[start])) \
                and (end in boundaries or not _CJK_CHAR.match(view[end - 1]))

        for start, end, key in self._index.find(view, on_word_edges):
            found = view[start:end]
            if view[start - 1:start] == "·" or view[end:end + 1] == "·":
                continue  # part of a transliterated name (阿里 in 阿里·某某)
            if start - 1 in boundaries and view[start - 1:start + 1] in SURNAMES:
                continue  # a surname of two characters before it (司|马云 is 司马云): part of another's name
            if found.isascii() and found.islower() and _in_english_phrase(view, start, end):
                continue  # an English word in English prose (wind power), not the name Wind
            yield Mention(entity=key, text=text[start:end], span=Span(start=start, end=end), rule="catalog.v1")


def _declared_short_names(text: str, view: str, tokens: Tokens, mentions: list[Mention]) -> list[Mention]:
    """A short name the text declares (《某某指导意见》(以下简称《意见》), 某某有限公司(下称"某某")):
    every later use of it names the entity named right before the declaration, in the title
    marks it was declared in (《意见》, not the word 意见 in 征求意见) or else as a word of its
    own; another sieve's entity for the short name gives way."""
    by_end = {m.span.end: m for m in mentions}
    declared: dict[str, tuple[str, bool]] = {}  # short name -> (entity, declared as a title)
    after = len(view)
    for d in _DECLARED.finditer(view):
        end = d.start() - (view[d.start() - 1:d.start()] in "》」”\"")  # 《……意见》(以下简称……): the name ends before 》
        named = by_end.get(end)
        if named is not None and d.group("short") not in declared:
            declared[d.group("short")] = (named.entity, d.group("mark") == "《")
            after = min(after, d.end())
    if not declared:
        return mentions

    def used(at: int, short: str, titled: bool) -> bool:
        end = at + len(short)
        if titled:
            return view[at - 1:at] == "《" and view[end:end + 1] == "》"
        return at in tokens.boundaries and end in tokens.boundaries

    out = [m.model_copy(update={"entity": declared[name][0], "rule": _DECLARED_RULE})
           if (name := view[m.span.start:m.span.end]) in declared and m.entity != declared[name][0] else m for m in mentions]
    covered = {i for m in out for i in range(m.span.start, m.span.end)}
    for short, (key, titled) in declared.items():
        for at in occurrences(view, short, after):
            if used(at, short, titled) and covered.isdisjoint(range(at, at + len(short))):
                out.append(Mention(entity=key, text=text[at:at + len(short)], span=Span(start=at, end=at + len(short)),
                                   rule=_DECLARED_RULE))
                covered.update(range(at, at + len(short)))
    return sorted(out, key=lambda m: (m.span.start, m.span.end))


def _short_names_joined(view: str, mentions: list[Mention], discovered: dict[str, Entity]) -> list[Mention]:
    """Two new organisations of one article, one named as the other and a company's head
    (港铁 and 港铁公司, 星澜 and 星澜集团), are one: the shorter name's mentions name the longer's
    entity (another sieve may have read the short name first, before a title: 港铁行政总裁)."""
    names = {view[m.span.start:m.span.end]: m.entity for m in mentions
             if m.entity in discovered and discovered[m.entity].type is EntityType.ORGANIZATION}
    joined = {short_key: names[long] for short, short_key in names.items()
              for long in (short + head for head in COMPANY_HEADS) if long in names and names[long] != short_key}
    if not joined:
        return mentions
    return [m.model_copy(update={"entity": joined[m.entity]}) if m.entity in joined else m for m in mentions]


def token_spans(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of every token that is not white space: as the tokenizer left them, or
    read in one array."""
    if doc._.cg_spans is not None:
        return list(doc._.cg_spans)
    rows = doc.to_array([IDX, LENGTH, IS_SPACE]).tolist()
    return [(idx, idx + length) for idx, length, space in rows if not space]


def token_starts(doc: Doc) -> list[int]:
    """Where every token starts, white space included: as the tokenizer left them, or read
    in one array."""
    if doc._.cg_starts is not None:
        return list(doc._.cg_starts)
    return doc.to_array(IDX).tolist()


def _in_english_phrase(view: str, start: int, end: int) -> bool:
    return bool(_ENGLISH_BEFORE.fullmatch(view[max(0, start - 2):start]) or _ENGLISH_AFTER.fullmatch(view[end:end + 2]))


def _lengthened(view: str, found: list[Candidate]) -> list[Candidate]:
    """The candidates, a person's name that the text goes on into a longer name found
    elsewhere in the article made that name (前锋梅尔|滕以自由身加盟 after 梅尔滕本人表示): the
    segmenter cut it where it stood."""
    people = sorted({view[c.start:c.end] for c in found if c.type is EntityType.PERSON and c.end - c.start >= 2},
                    key=len, reverse=True)
    if len(people) < 2:
        return found
    out = []
    for c in found:
        name = view[c.start:c.end]
        longer = next((p for p in people if len(p) > len(name) and p.startswith(name) and view.startswith(p, c.start)),
                      None) if c.type is EntityType.PERSON else None
        out.append(c if longer is None else Candidate(c.start, c.start + len(longer), c.type, c.rule, c.over_catalog))
    return out


def _strictly_inside(inner: Span, outer: Span) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end and (inner.end - inner.start) < (outer.end - outer.start)


def _glosses(view: str, mentions: list[Mention], discovered: dict[str, Entity],
             ) -> tuple[list[Mention], dict[str, Entity]]:
    """A name glossed in brackets right after another (普莱斯（Anna Price）, 斯泰兰蒂斯（Stellantis）)
    names the same entity: a discovered name joins the catalog's or the first name's entity,
    and the gloss becomes the discovered entity's other label."""
    by_start = {m.span.start: m for m in mentions}
    rekey: dict[int, str] = {}  # id of a mention -> the entity it names instead
    for m in sorted(mentions, key=lambda m: m.span.start):
        g = _GLOSS.match(view, m.span.end)
        if g is None:
            continue
        inner = by_start.get(g.start(1))
        gloss = g.group(1)
        if inner is not None and inner.span.end == g.end(1) and inner.entity != m.entity:
            if inner.rule != "catalog.v1":
                rekey[id(inner)] = rekey.get(id(m), m.entity)
            elif m.rule != "catalog.v1":
                rekey[id(m)] = inner.entity
                continue
        elif inner is not None or not re.fullmatch(r"[A-Za-z][A-Za-z.\-&' ]*[A-Za-z.]", gloss):
            continue
        target = discovered.get(rekey.get(id(m), m.entity))
        if target is not None and gloss != target.label:
            update = {"label_en": gloss} if target.label_en is None else {"aliases": (*target.aliases, gloss)}
            discovered[target.key] = target.model_copy(update=update)
    if not rekey:
        return mentions, discovered
    out = [m.model_copy(update={"entity": rekey[id(m)], "rule": "discover.gloss.v1" if m.rule != "catalog.v1" else m.rule})
           if id(m) in rekey else m for m in mentions]
    return out, discovered
