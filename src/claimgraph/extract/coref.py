"""Later, shorter mentions that name someone the article named in full before, as readers
of the article take them:

- a person by surname and honorific (郑家豪 … 郑先生指);
- an organisation by the head of its name (汀兰市统计局 … 统计局指出), which discovery
  would otherwise make a body of its own.

A mention whose words are a surname and an honorific, whichever rule found it, is re-pointed
at the one person named before it whose name is that surname and a given name of one or two
characters; where two such people came before, or none, it stays a person of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..models import EntityType, Mention
from ..nlp.lexicons import SURNAMES
from ..nlp.tokens import ALL_CJK

RULE = "coref.honorific.v1"
HEAD_RULE = "coref.head.v1"


def honorific_references(view: str, mentions: list[Mention], honorifics: tuple[str, ...],
                         type_of: Callable[[str], EntityType | None],
                         titled: Callable[[str], bool] = lambda _: False,
                         spouses: tuple[str, ...] = ()) -> list[Mention]:
    """``mentions`` with each honorific mention that refers back to a full name re-pointed, and
    each surname and title a speaker phrase found (陈老板, 李教授: ``titled`` says a title is one).
    A wife named by her husband's surname (黎太, ``spouses``) is no full name another honorific of
    that surname refers back to (其女儿黎小姐 is not 黎太)."""
    out, named = [], []  # named: (name, entity) of the full names seen so far
    for m in mentions:
        name = view[m.span.start:m.span.end]
        surname = _surname(name, honorifics) or surname_titled(name, titled)
        if surname is not None:
            earlier = {key for full, key in named if full.startswith(surname) and 1 <= len(full) - len(surname) <= 2}
            if len(earlier) == 1:
                m = m.model_copy(update={"entity": earlier.pop(), "rule": RULE})
        elif 2 <= len(name) <= 4 and ALL_CJK.fullmatch(name) and type_of(m.entity) is EntityType.PERSON \
                and _surname(name, spouses) is None:
            named.append((name, m.entity))
        out.append(m)
    return out


def _surname(name: str, honorifics: tuple[str, ...]) -> str | None:
    """The surname of a name made of a surname and an honorific (郑先生 -> 郑), else None."""
    for h in honorifics:
        if name.endswith(h) and name[:-len(h)] in SURNAMES:
            return name[:-len(h)]
    return None


def surname_titled(name: str, titled: Callable[[str], bool]) -> str | None:
    """The surname of a name made of a surname and a title (陈老板 -> 陈, 欧阳教授 -> 欧阳; ``titled``
    says a title is one), else None."""
    return next((name[:n] for n in (2, 1) if name[:n] in SURNAMES and len(name) > n + 1 and titled(name[n:])), None)


def head_references(view: str, mentions: list[Mention], type_of: Callable[[str], EntityType | None],
                    discovered: Callable[[str], bool]) -> list[Mention]:
    """``mentions`` with each discovered organisation whose name is the end of the name of
    one named before it (统计局 after 汀兰市统计局) re-pointed at the nearest such one."""
    out, named = [], []  # named: (name, entity) of the organisations seen so far, nearest last
    for m in mentions:
        name = view[m.span.start:m.span.end]
        if type_of(m.entity) is EntityType.ORGANIZATION:
            earlier = next((key for full, key in reversed(named) if full.endswith(name) and len(full) > len(name)), None)
            if earlier is not None and earlier != m.entity and discovered(m.entity) and len(name) >= 2:
                m = m.model_copy(update={"entity": earlier, "rule": HEAD_RULE})
            else:
                named.append((name, m.entity))
        out.append(m)
    return out


def latin_surnames(mentions: list[Mention], type_of: Callable[[str], EntityType | None]) -> list[Mention]:
    """A person's Latin surname standing alone (Hsu after 创始人兼CEO Daniel Hsu) is that person:
    the one-word mention, whatever entity another sieve gave it, is the full name's."""
    full: dict[str, str] = {}
    for m in mentions:
        parts = m.text.split()
        if len(parts) >= 2 and m.text.isascii() and type_of(m.entity) is EntityType.PERSON:
            full.setdefault(parts[-1], m.entity)
    if not full:
        return mentions
    return [m.model_copy(update={"entity": full[m.text], "rule": "discover.latin_surname.v1"})
            if m.text in full and m.entity != full[m.text] else m for m in mentions]


def surname_references(view: str, mentions: list[Mention], type_of: Callable[[str], EntityType | None],
                       discovered: Callable[[str], bool]) -> list[Mention]:
    """A discovered person named by a surname alone (上官: labelling a turn, 欧阳 before a cue) is
    the one person named in full with that surname in the article; with two such, or none, it
    stays as it is."""
    people = [m for m in mentions if type_of(m.entity) is EntityType.PERSON]
    out = []
    for m in mentions:
        name = view[m.span.start:m.span.end]
        if name in SURNAMES and type_of(m.entity) is EntityType.PERSON and discovered(m.entity):
            bearer = one_bearer(view, people, name, m.entity)
            if bearer is not None:
                m = m.model_copy(update={"entity": bearer, "rule": "discover.surname_reference.v1"})
        out.append(m)
    return out


def one_bearer(view: str, people: Iterable[Mention], surname: str, besides: str | None = None) -> str | None:
    """The one person (other than ``besides``) that ``people`` name in full with ``surname``, if
    only one; ``people``: mentions of persons."""
    named = {m.entity for m in people if m.entity != besides and m.span.end - m.span.start > len(surname)
             and view.startswith(surname, m.span.start)}
    return next(iter(named)) if len(named) == 1 else None


_BODY_HEADS = frozenset("部院局署厅委司处室科会")  # what ends the name of a body within another (某某航空企业工会)


def short_titles(view: str, mentions: list[Mention], type_of: Callable[[str], EntityType | None],
                 discovered: Callable[[str], bool]) -> list[Mention]:
    """``mentions`` with each discovered work whose title is the title or the subtitle of
    another work's in the article (《悟空》 after 《某某:悟空》) re-pointed at that one."""
    parts: dict[str, str] = {}
    for m in mentions:
        if type_of(m.entity) is EntityType.CREATIVE_WORK:
            title, colon, subtitle = view[m.span.start:m.span.end].partition(":")
            for part in (title, subtitle) if colon else ():
                if len(part.strip()) >= 2:
                    parts.setdefault(part.strip(), m.entity)
    if not parts:
        return mentions
    out = []
    for m in mentions:
        key = parts.get(view[m.span.start:m.span.end])
        if key is not None and key != m.entity and type_of(m.entity) is EntityType.CREATIVE_WORK \
                and discovered(m.entity):
            m = m.model_copy(update={"entity": key, "rule": "discover.short_title.v1"})
        out.append(m)
    return out


def short_names(view: str, mentions: list[Mention], type_of: Callable[[str], EntityType | None],
                discovered: Callable[[str], bool]) -> list[Mention]:
    """``mentions`` with each discovered organisation whose name begins the longer name of
    another in the article (特斯帕 in a headline or after 特斯帕汽车(上海)有限公司, 海峰 and 海峰科技)
    re-pointed at the first such one: the company's short name. A body named after another
    (经济部 and 经济部商业署) is part of it, not the same."""
    named = [(view[m.span.start:m.span.end], m.entity) for m in mentions
             if type_of(m.entity) is EntityType.ORGANIZATION]
    out = []
    for m in mentions:
        name = view[m.span.start:m.span.end]
        if type_of(m.entity) is EntityType.ORGANIZATION and len(name) >= 2 and ALL_CJK.fullmatch(name) \
                and discovered(m.entity):
            longer = next((key for full, key in named if full.startswith(name) and len(full) >= len(name) + 2
                           and key != m.entity and (full[-1] not in _BODY_HEADS or full.endswith("公司"))), None)
            if longer is not None:
                m = m.model_copy(update={"entity": longer, "rule": "discover.short_name.v1"})
        out.append(m)
    return out
