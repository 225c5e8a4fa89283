"""The source, position and quote nodes of every quoted span (a mention's or a claim's
provenance, rdf.py's ``_provenance``), written from templates.

These three nodes have one shape whatever the span: a SpecificResource with two
selectors, a TextPositionSelector with a start and an end, a TextQuoteSelector with the
exact text, a prefix and a suffix. They are over half of an article's triples, and the
writers' general path (a set of pairs per subject, each term looked up, each subject's
pairs sorted) does the same work for each of them; here only the span's numbers and texts
change between one and the next, so each is written from one format string per syntax,
in the order the general writers would put its lines, predicates and values in: the same
bytes (the tests compare the two paths).

The nodes hang under the node they describe (``{node}/source``), an IRI under the ``cgid``
namespace with a ``/`` in its local part: Turtle writes it whole (``<…>``), JSON-LD as the
node's compact form and the suffix.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..models import Span
from .vocab import OA
from .writers import RDF_TYPE, XSD, TermTexts, check_iri, json_string

__all__ = ["SelectorTexts", "selector_texts"]

_CONTEXT = 32  # characters of prefix and suffix in a quote selector
_O = str(OA._NS)


class SelectorTexts:
    """The three syntaxes' texts of the selectors of one article: N-Triples lines (without
    `` .``), Turtle (subject as written, block) and JSON-LD (``@id``, node) pairs."""

    __slots__ = ("nt", "turtle", "jsonld")

    def __init__(self) -> None:
        self.nt: list[str] = []
        self.turtle: list[tuple[str, str]] = []
        self.jsonld: list[tuple[str, str]] = []


def selector_texts(selected: Mapping[str, Span | None], text: str, article_iri: str, terms: TermTexts) -> SelectorTexts:
    """The texts of the source, position and quote nodes of each node in ``selected``
    (node -> the span it quotes; None: described by triples instead)."""
    out = SelectorTexts()
    if not selected:
        return out
    nt, strings, compact = terms.nt, terms.strings, terms.jsonld_iri
    a_nt, a_ttl, a_id = nt[article_iri], terms.turtle[article_iri], json_string(compact[article_iri])
    typ = nt[RDF_TYPE]
    resource, position, quote = (_O + "SpecificResource", _O + "TextPositionSelector", _O + "TextQuoteSelector")
    has_selector, has_source, start_, end_, exact_, prefix_, suffix_ = (
        _O + name for name in ("hasSelector", "hasSource", "start", "end", "exact", "prefix", "suffix"))
    integer = "^^" + nt[XSD + "integer"]
    t = terms.turtle
    t_integer = "^^xsd:" + "integer"
    j_integer = json_string(compact[XSD + "integer"])
    nt_lines, turtle, jsonld = out.nt, out.turtle, out.jsonld
    for node, span in selected.items():
        if span is None:
            continue
        check_iri(node)
        s, e = span.start, span.end
        x, p, q = strings[text[s:e]], strings[text[max(0, s - _CONTEXT):s]], strings[text[e:e + _CONTEXT]]
        source, pos, quo = f"<{node}/source>", f"<{node}/position>", f"<{node}/quote>"
        nt_lines += [
            f"{source} {typ} {nt[resource]}", f"{source} {nt[has_selector]} {pos}",
            f"{source} {nt[has_selector]} {quo}", f"{source} {nt[has_source]} {a_nt}",
            f"{pos} {typ} {nt[position]}", f'{pos} {nt[end_]} "{e}"{integer}', f'{pos} {nt[start_]} "{s}"{integer}',
            f"{quo} {typ} {nt[quote]}", f"{quo} {nt[exact_]} {x}", f"{quo} {nt[prefix_]} {p}",
            f"{quo} {nt[suffix_]} {q}",
        ]
        turtle += [
            (source, f"\n{source}\n    a {t[resource]} ;\n    {t[has_selector]} {pos} ,\n        {quo} ;\n"
                     f"    {t[has_source]} {a_ttl} .\n"),
            (pos, f"\n{pos}\n    a {t[position]} ;\n    {t[end_]} \"{e}\"{t_integer} ;\n"
                  f"    {t[start_]} \"{s}\"{t_integer} .\n"),
            (quo, f"\n{quo}\n    a {t[quote]} ;\n    {t[exact_]} {x} ;\n    {t[prefix_]} {p} ;\n    {t[suffix_]} {q} .\n"),
        ]
        c = compact[node]
        j_source, j_pos, j_quo = f"{c}/source", f"{c}/position", f"{c}/quote"
        jsonld += [
            (j_source, _jsonld_node(j_source, compact[resource], (
                (compact[has_selector], (_id(json_string(j_pos)), _id(json_string(j_quo)))),
                (compact[has_source], (_id(a_id),))))),
            (j_pos, _jsonld_node(j_pos, compact[position], (
                (compact[end_], (_typed(j_integer, str(e)),)), (compact[start_], (_typed(j_integer, str(s)),))))),
            (j_quo, _jsonld_node(j_quo, compact[quote], (
                (compact[exact_], (_plain(text[s:e]),)), (compact[prefix_], (_plain(text[max(0, s - _CONTEXT):s]),)),
                (compact[suffix_], (_plain(text[e:e + _CONTEXT]),))))),
        ]
    return out


def _jsonld_node(subject_id: str, kind: str, values: tuple[tuple[str, tuple[str, ...]], ...]) -> str:
    """A node object as ``writers.jsonld_nodes`` lays it out (predicates given sorted)."""
    members = [f'   "@id": {json_string(subject_id)}', f'   "@type": [\n    {json_string(kind)}\n   ]']
    members += [f"   {json_string(predicate)}: [\n" + ",\n".join(objects) + "\n   ]" for predicate, objects in values]
    return "  {\n" + ",\n".join(members) + "\n  }"


def _id(written: str) -> str:
    return f'    {{\n     "@id": {written}\n    }}'


def _typed(kind: str, value: str) -> str:
    return f'    {{\n     "@type": {kind},\n     "@value": "{value}"\n    }}'


def _plain(value: str) -> str:
    return f'    {{\n     "@value": {json_string(value)}\n    }}'
