"""SPARQL query text, before and after a store sees it: the prefixes every query may use
without declaring them, what a query is (a read or an update, with or without SERVICE),
the parser's complaint as one line and a caret, and IRIs shortened for a table.

Pure functions over the query's tokens (comments, strings and IRIs skipped), so a
keyword inside a string or a comment never counts.
"""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import NamedTuple

from .errors import QueryError
from .table import display_width

# Declared for every query (a PREFIX in the query wins); the same namespaces the exports use.
PREFIXES: Mapping[str, str] = MappingProxyType({
    "schema": "https://schema.org/",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "prov": "http://www.w3.org/ns/prov#",
    "oa": "http://www.w3.org/ns/oa#",
    "cg": "https://w3id.org/claimgraph/ns#",
    "cgid": "https://w3id.org/claimgraph/id/",
    "owl": "http://www.w3.org/2002/07/owl#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
})
# Shown shortened in tables besides those (never declared: wd: is no common prefix here).
DISPLAY_PREFIXES: Mapping[str, str] = MappingProxyType({**PREFIXES, "wd": "http://www.wikidata.org/entity/"})

UPDATE_KEYWORDS = frozenset({"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"})
READ_ONLY = "kg/ is read-only: use a store for updates (claimgraph push, then update there)"

_TOKEN = re.compile(r"""
    (?P<comment>\#[^\r\n]*)
  | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''
              |"(?:[^"\\\r\n]|\\.)*"|'(?:[^'\\\r\n]|\\.)*')
  | (?P<iri><[^<>"{}|^`\\\s]*>)
  | (?P<var>[?$]\w+)
  | (?P<pname>(?:[^\W\d_][\w.\-]*)?:(?:[\w%\\\-.:]*[\w%\\\-:])?)
  | (?P<word>[^\W\d]\w*)
  | (?P<space>\s+)
  | (?P<other>.)
""", re.VERBOSE | re.DOTALL)
# one item of the parser's list: a quoted token, a bracketed character class, or a word
_EXPECTED_ITEM = re.compile(r'"(?:[^"\\]|\\.)*"|\[(?:[^\]\\]|\\.)*\]|[^,\s][^,]*')
_POSITION = re.compile(r"error at (\d+):(\d+):\s*(.*)", re.DOTALL)
_SNIPPET = 72  # characters of the query line shown around the error


class Token(NamedTuple):
    kind: str
    text: str
    start: int


def tokens(query: str) -> Iterator[Token]:
    """The query's tokens, comments and white space left out."""
    for m in _TOKEN.finditer(query):
        if m.lastgroup not in ("comment", "space"):
            yield Token(m.lastgroup or "other", m.group(), m.start())


def declared_prefixes(query: str) -> dict[str, str]:
    """``PREFIX p: <iri>`` declarations of the query, prefix -> namespace."""
    found: dict[str, str] = {}
    toks = list(tokens(query))
    for i, tok in enumerate(toks[:-2]):
        if tok.kind == "word" and tok.text.upper() == "PREFIX" and toks[i + 1].kind == "pname" \
                and toks[i + 1].text.endswith(":") and toks[i + 2].kind == "iri":
            found[toks[i + 1].text[:-1]] = toks[i + 2].text[1:-1]
    return found


def form(query: str) -> str:
    """The query's form, upper case: SELECT, CONSTRUCT, ASK, DESCRIBE, an update keyword
    (INSERT, DELETE, LOAD …) or "" when there is none; the prologue is skipped."""
    toks = list(tokens(query))
    i = 0
    while i < len(toks):
        word = toks[i].text.upper() if toks[i].kind == "word" else ""
        if word == "PREFIX":
            i += 3
        elif word == "BASE":
            i += 2
        else:
            return word
    return ""


def check_read_only(query: str, allow_service: bool = False) -> None:
    """Raise QueryError for an update, or for a SERVICE call unless ``allow_service``."""
    if form(query) in UPDATE_KEYWORDS:
        raise QueryError(READ_ONLY)
    if allow_service:
        return
    for tok in tokens(query):
        if tok.kind == "word" and tok.text.upper() == "SERVICE":
            line, column = _line_column(query, tok.start)
            raise QueryError(f"the query calls a remote endpoint (SERVICE at line {line}, column {column}); "
                             "give --allow-service to let it")


def selects_all(query: str) -> bool:
    """Whether the query's (outermost) projection is ``SELECT *``."""
    toks = [t.text.upper() for t in tokens(query)]
    for i, word in enumerate(toks):
        if word == "SELECT":
            rest = toks[i + 1:i + 3]
            return rest[:1] == ["*"] or rest[:1] in (["DISTINCT"], ["REDUCED"]) and rest[1:] == ["*"]
    return False


def in_order_of_use(query: str, names: list[str]) -> list[str]:
    """``names`` in the order their variables first appear in the query text (what a reader
    of ``SELECT *`` expects; stores order them as they like)."""
    first: dict[str, int] = {}
    for tok in tokens(query):
        if tok.kind == "var":
            first.setdefault(tok.text[1:], tok.start)
    return sorted(names, key=lambda name: (first.get(name, len(query)), names.index(name)))


def syntax_error(query: str, message: str, prefixes: Mapping[str, str] = PREFIXES) -> QueryError:
    """The store parser's ``error at L:C: expected …`` as one line naming the position, then
    the query's line with a caret under it."""
    m = _POSITION.match(message)
    if m is None:
        return QueryError(f"the query is not valid SPARQL: {' '.join(message.split())}")
    line, column, detail = int(m[1]), int(m[2]), m[3]
    unknown = _unknown_prefix(query, {**prefixes, **declared_prefixes(query)})
    if unknown is not None:
        line, column = _line_column(query, unknown.start)
        name = unknown.text.split(":", 1)[0]
        detail = f"unknown prefix {name}:; declare it, e.g. PREFIX {name}: <http://…#>"
    else:
        detail = _expected(detail)
    return QueryError(f"the query is not valid SPARQL: line {line}, column {column}: {detail}\n"
                      + _caret(query, line, column))


def shorten(iri: str, prefixes: Mapping[str, str] = DISPLAY_PREFIXES) -> str:
    """``iri`` as prefix:local with the longest namespace that starts it (the local part
    percent-decoded, for reading, not for pasting into a query), else unchanged."""
    best = max((ns for ns in prefixes.values() if iri.startswith(ns) and len(iri) > len(ns)), key=len, default=None)
    if best is None:
        return iri
    prefix = min(p for p, ns in prefixes.items() if ns == best)
    return prefix + ":" + urllib.parse.unquote(iri[len(best):])


def _unknown_prefix(query: str, known: Mapping[str, str]) -> Token | None:
    previous = None
    for tok in tokens(query):
        if tok.kind == "pname" and tok.text.split(":", 1)[0] not in known \
                and not (previous and previous.text.upper() == "PREFIX"):
            return tok
        previous = tok
    return None


def _expected(detail: str) -> str:
    """``expected one of A, [char class], B`` without the parser's character classes."""
    if not detail.startswith("expected"):
        return " ".join(detail.split())
    items = [m.group().strip() for m in _EXPECTED_ITEM.finditer(
        detail.removeprefix("expected one of").removeprefix("expected"))]
    words = [" ".join(item.split()) for item in items if item and not item.startswith("[")]
    if not words:
        return "unexpected text here"
    return ("expected " if len(words) == 1 else "expected one of ") + ", ".join(words)


def _line_column(query: str, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of ``offset``."""
    before = query[:offset]
    return before.count("\n") + 1, offset - (before.rfind("\n") + 1) + 1


def _caret(query: str, line: int, column: int) -> str:
    lines = query.split("\n")
    text = lines[line - 1].rstrip("\r") if 0 < line <= len(lines) else ""
    start = max(0, min(column - 1 - _SNIPPET // 2, len(text) - _SNIPPET))
    shown = text[start:start + _SNIPPET]
    return f"{shown}\n{' ' * display_width(shown[:column - 1 - start])}^"
