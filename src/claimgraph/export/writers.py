"""RDF terms and the text of N-Triples, N-Quads, Turtle and JSON-LD, written as strings.

A triple is ``(subject, predicate, object)``: subject and predicate are IRIs (``str``),
the object an ``Iri`` or a ``Lit``. The writers escape every character the grammars
require and more: in a string, ``\\`` and ``"``, every C0 control character and DEL
(``\\n``, ``\\t`` … or ``\\uXXXX``), and U+0085, U+2028, U+2029, U+FFFE, U+FFFF, which
line-oriented tools take for line ends; so one triple is always one line of N-Triples,
and a literal keeps every character of the article (the quote equals ``text[start:end]``).
A lone surrogate cannot be written in UTF-8 and an IRI outside the IRIREF grammar is no
IRI: both raise ExportError rather than reach a file.

Each function returns text and does no I/O; bytes depend on the triples only (sorted),
never on set order or hash seeds.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from operator import itemgetter
from types import MappingProxyType
from typing import NamedTuple

from ..errors import ExportError

__all__ = ["Iri", "Lit", "Triple", "TermTexts", "check_iri", "group", "json_string", "quoted_string", "group_blocks", "terminated", "jsonld_footer", "jsonld_header", "jsonld_nodes", "nt_term",
           "ntriples_lines", "turtle_block", "turtle_header", "RDF_TYPE", "XSD"]

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD = "http://www.w3.org/2001/XMLSchema#"


class Iri(str):
    """An IRI in object position (a plain ``str`` is an IRI in subject and predicate position)."""

    __slots__ = ()


class Lit(NamedTuple):
    """A literal: its lexical form and either a language tag or a datatype IRI (neither: xsd:string)."""

    value: str
    lang: str | None = None
    datatype: str | None = None


Triple = tuple[str, str, "Iri | Lit"]

_ECHAR = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_UCHAR = [chr(c) for c in (*range(0x20), 0x7F, 0x85, 0x2028, 0x2029, 0xFFFE, 0xFFFF)]
_STRING_ESCAPES = MappingProxyType(str.maketrans({**{c: f"\\u{ord(c):04X}" for c in _UCHAR}, **_ECHAR}))
_NEEDS_ESCAPE = re.compile("[" + re.escape("".join({*_UCHAR, *_ECHAR})) + "]")
_SURROGATE = re.compile("[\ud800-\udfff]")
# IRIREF of N-Triples/Turtle, with a scheme; the line separators are refused too
_IRI = re.compile(r'[A-Za-z][A-Za-z0-9+.\-]*:[^\x00-\x20<>"{}|^`\\\x7f\x85\u2028\u2029\ud800-\udfff]*')
_LANG = re.compile(r"[a-zA-Z]+(?:-[a-zA-Z0-9]+)*")
_PNAME_LOCAL = re.compile(r"[A-Za-z_][A-Za-z0-9_\-]*")
_json = json.encoder.encode_basestring  # a JSON string as json.dumps(ensure_ascii=False) writes it
json_string = _json


def check_iri(iri: str) -> str:
    """``iri`` when it is an absolute IRI the RDF grammars accept; raises ExportError otherwise."""
    if not _IRI.fullmatch(iri):
        raise ExportError(f"{iri!r} is not a valid IRI (no scheme, or a space, control character, "
                          "quote or bracket in it); nothing was written. Fix the catalog entry or "
                          "the name it was made from")
    return iri


def escape_string(value: str) -> str:
    """The body of a double-quoted N-Triples/Turtle string: every character kept, escaped where needed."""
    if value.isprintable() and '"' not in value and "\\" not in value:
        return value  # no control, separator, noncharacter or surrogate (all unprintable): nothing to escape
    if '"' not in value and "\\" not in value and (lines := value.replace("\n", "\\n")).isprintable():
        return lines  # line breaks its only escape (a quote's context across paragraphs): no translate of every character
    if _SURROGATE.search(value):
        at = _SURROGATE.search(value).start()
        raise ExportError(f"a text holds a lone surrogate (U+{ord(value[at]):04X} at {at}: {value[max(0, at - 20):at]!r}…), "
                          "which no RDF file can hold; the article was decoded wrongly")
    return value.translate(_STRING_ESCAPES) if _NEEDS_ESCAPE.search(value) else value


def nt_term(term: str | Iri | Lit) -> str:
    """A term as N-Triples writes it."""
    return _nt_term(term, _Written(_quoted))


def _quoted(value: str) -> str:
    return f'"{escape_string(value)}"'


quoted_string = _quoted  # a string literal as N-Triples and Turtle write it


def _nt_term(term: str | Iri | Lit, strings: Mapping[str, str]) -> str:
    if isinstance(term, Lit):
        body = strings[term.value]
        if term.lang:
            if not _LANG.fullmatch(term.lang):
                raise ExportError(f"{term.lang!r} is not a language tag")
            return f"{body}@{term.lang}"
        if term.datatype and term.datatype != XSD + "string":
            return f"{body}^^<{check_iri(term.datatype)}>"
        return body
    return f"<{check_iri(term)}>"


class TermTexts:
    """One document's terms as each writer writes them, each written once and shared: a
    literal is escaped and an IRI checked once for N-Triples, Turtle and JSON-LD together.
    Give the writers of one document the same ``TermTexts`` (made from the prefixes they use)."""

    def __init__(self, prefixes: Mapping[str, str], known: TermTexts | None = None):
        """``known``: a ``TermTexts`` of the same prefixes whose terms this one starts with (a
        vocabulary's classes and predicates, written once for every document, not once a document)."""
        self.prefixes = dict(prefixes)
        if known is None:
            ordered = sorted(self.prefixes.items(), key=lambda pn: -len(pn[1]))
            # a prefixed name's local part as Turtle allows it, and as JSON-LD does
            self._names = _Compacting(ordered, _PNAME_LOCAL.pattern), _Compacting(ordered, "(?!//).+")
        elif known.prefixes != self.prefixes:
            raise ValueError("a TermTexts can start only from the terms of one with the same prefixes")
        else:
            self._names = known._names
        turtle, jsonld = self._names
        # the writers as closures: a partial given keywords copies them into a new dict at each call
        self.strings = strings = _Written(_quoted)  # a literal's value -> its quoted, escaped form
        self.nt = nt = _Written(lambda t: _nt_term(t, strings))
        self.turtle = _Written(lambda t: _turtle_term(t, turtle, nt, strings))
        self.jsonld_iri = iri = _JsonldIris(jsonld, nt)
        self.jsonld_value = _Written(lambda o: _jsonld_value(o, iri, strings))  # (sort key, text)
        if known is not None:
            for mine, theirs in zip(self._tables(), known._tables(), strict=True):
                mine.update(theirs)

    def _tables(self) -> tuple[dict, ...]:
        return self.strings, self.nt, self.turtle, self.jsonld_iri, self.jsonld_value


def group(triples: Iterable[Triple]) -> dict[str, set[tuple[str, Iri | Lit]]]:
    """Subject -> its distinct (predicate, object) pairs: the one pass over the triples
    that every writer reads (give the writers this instead of the triples to share it)."""
    groups: dict[str, set] = {}
    for s, p, o in triples:
        pairs = groups.get(s)
        if pairs is None:
            pairs = groups[s] = set()
        pairs.add((p, o))
    return groups


def group_blocks(blocks: Iterable[tuple[str, Iterable[tuple[str, Iri | Lit]]]]) -> dict[str, set[tuple[str, Iri | Lit]]]:
    """``group`` of triples given as (subject, pairs) blocks (``rdf.article_blocks``): one
    set per subject, filled a block at a time."""
    groups: dict[str, set] = {}
    for s, pairs in blocks:
        known = groups.get(s)
        if known is None:
            groups[s] = set(pairs)
        else:
            known.update(pairs)
    return groups


def _grouped(triples: Iterable[Triple] | dict) -> dict[str, set]:
    return triples if isinstance(triples, dict) else group(triples)


def ntriples_lines(triples: Iterable[Triple] | dict, terms: TermTexts | None = None,
                   written: Iterable[tuple[str, list[str]]] = ()) -> list[str]:
    """``s p o`` of each distinct triple (no final `` .``), sorted: append `` .`` for
    N-Triples, `` <graph> .`` for N-Quads. ``written``: (subject as written, its lines) of
    other triples, already written (selectors.py), sorted in.

    Sorted a subject at a time: a subject is written ``<iri>`` and no IRI holds ``>``, so
    no subject's text begins another's, and the lines sort as their subjects do, then
    within each subject. Sorting the subjects and then each one's few lines compares far
    fewer and shorter strings than sorting the lines, which share long prefixes."""
    term = (terms or TermTexts({})).nt
    blocks: dict[str, list[str]] = {}
    for head, lines in written:
        known = blocks.get(head)
        if known is None:
            blocks[head] = list(lines)
        else:
            known += lines
    for subject, pairs in _grouped(triples).items():
        head = term[subject]
        lines = [f"{head} {term[p]} {term[o]}" for p, o in pairs]
        known = blocks.get(head)
        if known is None:
            blocks[head] = lines
        else:
            known += lines
    out: list[str] = []
    for head in sorted(blocks):
        lines = blocks[head]
        lines.sort()
        out += lines
    return out


def terminated(lines: Sequence[str], end: str) -> str:
    """Each line followed by ``end`` (`` .\n`` for N-Triples, `` <graph> .\n`` for N-Quads), as one text
    (joined with an empty last line: one copy of the text, not a second to add the last ``end``)."""
    return end.join([*lines, ""]) if lines else ""


class _Written(dict):
    """Term -> its text, each term written once (``written[t]``: a plain look-up once known)."""

    def __init__(self, write: Callable[[object], str]):
        super().__init__()
        self._write = write

    def __missing__(self, t) -> str:
        out = self[t] = self._write(t)
        return out


def turtle_header(prefixes: Mapping[str, str]) -> str:
    return "".join(f"@prefix {p}: <{check_iri(ns)}> .\n" for p, ns in sorted(prefixes.items()))


def turtle_block(triples: Iterable[Triple] | dict, prefixes: Mapping[str, str], terms: TermTexts | None = None,
                 written: Iterable[tuple[str, str]] = ()) -> str:
    """Turtle statements of ``triples``, one block per subject, subjects, predicates and
    objects sorted (rdf:type first, written ``a``); every string written on one line.
    ``written``: (subject as written, block) of other subjects, already written
    (selectors.py), sorted in."""
    term = (terms or TermTexts(prefixes)).turtle
    blocks = _grouped(triples)
    out = list(written)
    for subject, pairs in blocks.items():
        rows = sorted([(p != RDF_TYPE, term[p], term[o]) for p, o in pairs])
        lines: list[str] = []
        last = None
        for not_type, predicate, obj in rows:
            if predicate == last:
                lines[-1] += " ,\n        " + obj
            else:
                lines.append(f"    {predicate if not_type else 'a'} {obj}")
                last = predicate
        head = term[subject]
        out.append((head, f"\n{head}\n" + " ;\n".join(lines) + " .\n"))
    out.sort(key=_first)  # a subject's text is its only block
    return "".join([text for _, text in out])


class _Compacting:
    """Prefixed names: ``prefixed(iri)`` is ``prefix:local`` under the longest namespace
    whose rest of ``iri`` the ``local`` pattern takes whole, else None; one regular
    expression of every namespace, longest first, tried in that order."""

    __slots__ = ("_pattern", "_prefixes")

    def __init__(self, ordered: Sequence[tuple[str, str]], local: str):
        alternatives = "|".join(f"{re.escape(ns)}({local})" for _, ns in ordered) or "(?!)"
        self._pattern = re.compile(alternatives, re.DOTALL)
        self._prefixes = (None, *(f"{p}:" for p, _ in ordered))  # ``prefix:`` by the number of its group

    def prefixed(self, iri: str) -> str | None:
        m = self._pattern.fullmatch(iri)
        if m is None:
            return None
        group = m.lastindex
        return self._prefixes[group] + m[group]


def _turtle_term(t: str | Iri | Lit, names: _Compacting, nt: Mapping, strings: Mapping) -> str:
    if isinstance(t, Lit):
        if t.datatype and t.datatype.startswith(XSD) and _PNAME_LOCAL.fullmatch(t.datatype[len(XSD):]):
            if t.datatype == XSD + "string":
                return strings[t.value]
            return f'{strings[t.value]}^^xsd:{t.datatype[len(XSD):]}'
        return nt[t]
    written = nt[t]  # checks the IRI
    return names.prefixed(t) or written


def jsonld_header(prefixes: Mapping[str, str]) -> str:
    """The opening of a flattened JSON-LD document: its context and the ``@graph`` array."""
    context = json.dumps({p: check_iri(ns) for p, ns in sorted(prefixes.items())}, ensure_ascii=False, indent=1)
    return '{\n "@context": ' + context.replace("\n", "\n ") + ',\n "@graph": ['


def jsonld_footer(wrote_any: bool) -> str:
    return ("\n ]\n}\n" if wrote_any else "]\n}\n")


def jsonld_nodes(triples: Iterable[Triple] | dict, prefixes: Mapping[str, str], terms: TermTexts | None = None,
                 written: Iterable[tuple[str, str]] = ()) -> str:
    """The node objects of ``triples`` (one per subject, sorted by ``@id``, values sorted),
    laid out as ``json.dumps(indent=1, sort_keys=True)`` would, indented for the ``@graph``
    array and separated by commas; "" for no triple. Strings are escaped as ``json.dumps``
    escapes them (every control character), by its C encoder. ``written``: (``@id``, node
    text) of other subjects, already written (selectors.py), sorted in."""
    terms = terms or TermTexts(prefixes)
    compact, value = terms.jsonld_iri, terms.jsonld_value
    opening = _Written(lambda predicate: f"   {_json(predicate)}: [\n")  # by compact predicate
    nodes = []
    for s, pairs in _grouped(triples).items():
        types, values = set(), {}
        for p, o in pairs:
            if p == RDF_TYPE and not isinstance(o, Lit):
                types.add(compact[o])
            else:
                objects = values.get(name := compact[p])
                if objects is None:
                    values[name] = [value[o]]
                else:
                    objects.append(value[o])
        nodes.append((compact[s], types, values))
    texts = list(written)
    for subject_id, types, values in nodes:
        members = [f'   "@id": {_json(subject_id)}']
        if types:
            members.append('   "@type": [\n    ' + ",\n    ".join([_json(t) for t in sorted(types)]) + "\n   ]")
        for predicate in sorted(values):
            objects = values[predicate]
            if len(objects) > 1:
                objects.sort(key=_first)
                members.append(opening[predicate] + ",\n".join([text for _, text in objects]) + "\n   ]")
            else:
                members.append(opening[predicate] + objects[0][1] + "\n   ]")
        texts.append((subject_id, "  {\n" + ",\n".join(members) + "\n  }"))
    texts.sort(key=_first)  # one node a subject
    return ",\n".join([text for _, text in texts])


class _JsonldIris(dict):
    """IRI -> its compact JSON-LD form (``prefix:local`` under the longest namespace it
    extends, else the IRI), each IRI checked and compacted once."""

    def __init__(self, names: _Compacting, nt: Mapping[str, str]):
        super().__init__()
        self._names, self._nt = names, nt  # local part: not empty, not starting "//"; N-Triples terms (checked)

    def __missing__(self, t: str) -> str:
        self._nt[t]  # checks the IRI
        out = self[t] = self._names.prefixed(t) or t
        return out


_first = itemgetter(0)  # the sort key of (key, text) pairs, called from C


def _jsonld_value(o: Iri | Lit, iri: _JsonldIris, strings: Mapping[str, str]) -> tuple[tuple, str]:
    """(sort key, text) of one value object: ``{"@id"}`` or ``{"@language"/"@type", "@value"}``."""
    if not isinstance(o, Lit):
        compact = iri[o]
        return (compact, "", "", ""), f'    {{\n     "@id": {_json(compact)}\n    }}'
    strings[o.value]  # refuses what UTF-8 cannot hold
    if o.lang:
        return (("", o.value, o.lang, ""),
                f'    {{\n     "@language": {_json(o.lang)},\n     "@value": {_json(o.value)}\n    }}')
    if o.datatype and o.datatype != XSD + "string":
        kind = iri[o.datatype]
        return (("", o.value, "", kind),
                f'    {{\n     "@type": {_json(kind)},\n     "@value": {_json(o.value)}\n    }}')
    return ("", o.value, "", ""), f'    {{\n     "@value": {_json(o.value)}\n    }}'
