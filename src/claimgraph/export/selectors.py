"""The source, position and quote nodes of every quoted span (a mention's or a claim's
provenance, rdf.py's ``_provenance``), and the mention nodes, written from templates.

These three nodes have one shape whatever the span: a SpecificResource with two
selectors, a TextPositionSelector with a start and an end, a TextQuoteSelector with the
exact text, a prefix and a suffix. They are over half of an article's triples, and the
writers' general path (a set of pairs per subject, each term looked up, each subject's
pairs sorted) does the same work for each of them; here only the span's numbers and texts
change between one and the next, so each is written from one format string per syntax,
in the order the general writers would put its lines, predicates and values in: the same
bytes (the tests compare the two paths).

A mention node has one shape too (a Mention, mentionOf its entity, appearance in its
article, its rule and wasDerivedFrom its source): over a third of the rest.

The nodes hang under the node they describe (``{node}/source``), an IRI under the ``cgid``
namespace with a ``/`` in its local part: Turtle writes it whole (``<…>``), JSON-LD as the
node's compact form and the suffix.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..models import Span
from .rdf import CG, PROV, SCHEMA, Templated
from .vocab import OA
from .writers import RDF_TYPE, XSD, Iri, Lit, TermTexts, json_string, quoted_string

__all__ = ["SelectorTexts", "mention_texts", "selector_texts"]

_CONTEXT = 32  # characters of prefix and suffix in a quote selector
_O = str(OA._NS)


class SelectorTexts:
    """The three syntaxes' texts of the selectors of one article: N-Triples (subject as
    written, its lines without `` .``), Turtle (subject as written, block) and JSON-LD
    (``@id``, node) pairs."""

    __slots__ = ("nt", "turtle", "jsonld")

    def __init__(self) -> None:
        self.nt: list[tuple[str, list[str]]] = []
        self.turtle: list[tuple[str, str]] = []
        self.jsonld: list[tuple[str, str]] = []


def selector_texts(selected: Mapping[str, Span | None], text: str, article_iri: str, terms: TermTexts) -> SelectorTexts:
    """The texts of the source, position and quote nodes of each node in ``selected``
    (node -> the span it quotes; None: described by triples instead)."""
    out = SelectorTexts()
    if not selected:
        return out
    nt, ttl, ids = _Forms(terms, article_iri, "nt"), _Forms(terms, article_iri, "turtle"), _Forms(terms, article_iri, "jsonld")
    # each node's N-Triples lines, Turtle blocks and JSON-LD nodes: the constant parts written once here
    nt_source = (f" {nt.type} {nt.resource}", f" {nt.has_selector} ", f" {nt.has_source} {nt.article}")
    nt_position = (f" {nt.type} {nt.position}", f" {nt.end} \"", f" {nt.start} \"", f'"^^{nt.integer}')
    nt_quote = (f" {nt.type} {nt.quote}", f" {nt.exact} ", f" {nt.prefix} ", f" {nt.suffix} ")
    ttl_source = (f"\n    a {ttl.resource} ;\n    {ttl.has_selector} ", " ,\n        ",
                  f" ;\n    {ttl.has_source} {ttl.article} .\n")
    ttl_position = (f"\n    a {ttl.position} ;\n    {ttl.end} \"", f'"^^xsd:integer ;\n    {ttl.start} "',
                    '"^^xsd:integer .\n')
    ttl_quote = (f"\n    a {ttl.quote} ;\n    {ttl.exact} ", f" ;\n    {ttl.prefix} ", f" ;\n    {ttl.suffix} ", " .\n")
    open_id, close_id = '  {\n   "@id": "', '",\n   "@type": [\n    "'
    j_source = (f'{close_id}{ids.resource}"\n   ],\n   "{ids.has_selector}": [\n    {{\n     "@id": "',
                f'"\n    }},\n    {{\n     "@id": "',
                f'"\n    }}\n   ],\n   "{ids.has_source}": [\n    {{\n     "@id": "{ids.article}"\n    }}\n   ]\n  }}')
    typed = '\n   ],\n   "{}": [\n    {{\n     "@type": "' + ids.integer + '",\n     "@value": "'
    j_position = (f'{close_id}{ids.position}"' + typed.format(ids.end), '"\n    }' + typed.format(ids.start),
                  '"\n    }\n   ]\n  }')
    plain = '\n   ],\n   "{}": [\n    {{\n     "@value": '
    j_quote = (f'{close_id}{ids.quote}"' + plain.format(ids.exact), "\n    }" + plain.format(ids.prefix),
               "\n    }" + plain.format(ids.suffix), "\n    }\n   ]\n  }")
    quoted, json = quoted_string, json_string
    compact = terms.jsonld_iri
    nt_lines, turtle, jsonld = out.nt, out.turtle, out.jsonld
    for node, span in selected.items():
        if span is None:
            continue
        terms.nt[node]  # checks the IRI, once for every syntax
        s, e = span.start, span.end
        exact, before, after = text[s:e], text[max(0, s - _CONTEXT):s], text[e:e + _CONTEXT]
        x, p, q = terms.strings[exact], quoted(before), quoted(after)  # an exact text recurs (a claim's text)
        source, pos, quo = f"<{node}/source>", f"<{node}/position>", f"<{node}/quote>"
        nt_lines += [
            (source, [source + nt_source[0], source + nt_source[1] + pos, source + nt_source[1] + quo,
                      source + nt_source[2]]),
            (pos, [pos + nt_position[0], f"{pos}{nt_position[1]}{e}{nt_position[3]}",
                   f"{pos}{nt_position[2]}{s}{nt_position[3]}"]),
            (quo, [quo + nt_quote[0], quo + nt_quote[1] + x, quo + nt_quote[2] + p, quo + nt_quote[3] + q]),
        ]
        turtle += [
            (source, f"\n{source}{ttl_source[0]}{pos}{ttl_source[1]}{quo}{ttl_source[2]}"),
            (pos, f"\n{pos}{ttl_position[0]}{e}{ttl_position[1]}{s}{ttl_position[2]}"),
            (quo, f"\n{quo}{ttl_quote[0]}{x}{ttl_quote[1]}{p}{ttl_quote[2]}{q}{ttl_quote[3]}"),
        ]
        c = compact[node]
        c_source, c_pos, c_quo = f"{c}/source", f"{c}/position", f"{c}/quote"
        jsonld += [
            (c_source, f"{open_id}{c_source}{j_source[0]}{c_pos}{j_source[1]}{c_quo}{j_source[2]}"),
            (c_pos, f"{open_id}{c_pos}{j_position[0]}{e}{j_position[1]}{s}{j_position[2]}"),
            (c_quo, f"{open_id}{c_quo}{j_quote[0]}{json(exact)}{j_quote[1]}{json(before)}{j_quote[2]}{json(after)}{j_quote[3]}"),
        ]
    return out


def mention_texts(mentions: Templated, article_iri: str, terms: TermTexts, out: SelectorTexts) -> None:
    """The N-Triples lines, Turtle blocks and JSON-LD nodes of each mention node noted by
    ``rdf.article_blocks`` (node, entity, rule), added to ``out``: each node's predicates in
    the order the general writers sort them (by their text in each syntax), worked out once."""
    if not mentions:
        return
    nt, ttl, compact, value = terms.nt, terms.turtle, terms.jsonld_iri, terms.jsonld_value
    article = Iri(article_iri)
    # the four predicates after rdf:type; {1}…{4}: their objects (entity, article, rule, source)
    predicates = ((CG.mentionOf, 1), (SCHEMA.appearance, 2), (CG.rule, 3), (PROV.wasDerivedFrom, 4))
    mention = Iri(CG.Mention)
    nt_lines = tuple((f" {nt[p]} ", i) for p, i in ((RDF_TYPE, 5), *predicates))  # after the subject, before object i
    turtle = (f"\n{{0}}\n    a {_braced(ttl[mention])}"
              + "".join(f" ;\n    {_braced(name)} {{{i}}}" for name, i in sorted((ttl[p], i) for p, i in predicates))
              + " .\n")
    jsonld = ('  {{\n   "@id": {0},\n   "@type": [\n    ' + _braced(json_string(compact[mention])) + "\n   ]"
              + "".join(f",\n   {_braced(json_string(name))}: [\n{{{i}}}\n   ]"
                        for name, i in sorted((compact[p], i) for p, i in predicates))
              + "\n  }}")
    nt_article, ttl_article, j_article = nt[article], ttl[article], value[article][1]
    nt_type = nt[mention]
    lines, blocks, nodes = out.nt, out.turtle, out.jsonld
    rules: dict[str, tuple[str, str, str]] = {}  # a rule's literal in each syntax: a few rules, many mentions
    for node, entity, rule in mentions:
        rule_texts = rules.get(rule)
        if rule_texts is None:
            rule_lit = Lit(rule)
            rule_texts = rules[rule] = nt[rule_lit], ttl[rule_lit], value[rule_lit][1]
        subject, source = nt[node], f"<{node}/source>"
        objects = (subject, nt[entity], nt_article, rule_texts[0], source, nt_type)
        lines.append((subject, [f"{subject}{predicate}{objects[i]}" for predicate, i in nt_lines]))
        head = ttl[node]
        blocks.append((head, turtle.format(head, ttl[entity], ttl_article, rule_texts[1], source)))
        c = compact[node]
        nodes.append((c, jsonld.format(json_string(c), value[entity][1], j_article, rule_texts[2],
                                       f'    {{\n     "@id": {json_string(c + "/source")}\n    }}')))


def _braced(text: str) -> str:
    """``text`` as a constant part of a ``str.format`` template."""
    return text.replace("{", "{{").replace("}", "}}")


class _Forms:
    """The terms the selectors use, as one syntax writes them (JSON-LD: compact, unquoted)."""

    def __init__(self, terms: TermTexts, article_iri: str, syntax: str):
        write = {"nt": terms.nt, "turtle": terms.turtle, "jsonld": terms.jsonld_iri}[syntax]
        if syntax == "jsonld":
            terms.nt[article_iri]  # checks the IRI
        self.article = write[article_iri]
        self.type = write[RDF_TYPE]
        self.integer = write[XSD + "integer"]
        for name in ("resource", "position", "quote", "has_selector", "has_source", "start", "end", "exact", "prefix",
                     "suffix"):
            setattr(self, name, write[_O + _TERMS[name]])


_TERMS = {"resource": "SpecificResource", "position": "TextPositionSelector", "quote": "TextQuoteSelector",
          "has_selector": "hasSelector", "has_source": "hasSource", "start": "start", "end": "end", "exact": "exact",
          "prefix": "prefix", "suffix": "suffix"}
