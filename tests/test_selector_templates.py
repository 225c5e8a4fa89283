"""The selector nodes (each mention's and claim's source, position and quote) are written
from templates (export/selectors.py): byte for byte what the general writers write of the
same triples, escapes included."""

from __future__ import annotations

import pytest

from claimgraph.export import render_article
from claimgraph.export.rdf import PREFIXES, article_blocks
from claimgraph.export.writers import TermTexts, group_blocks, jsonld_nodes, ntriples_lines, terminated, turtle_block

TEXTS = [
    "张伟明表示：“明年出口将增长百分之五。”\n李华说，价格会下降。",
    "王小红指出，\"成本\"和\\路径\\都很高。\t她说：「公司\r\n将扩张」。",
    "赵大力表示，需求\u2028上升很快；\x01刘芳说：『利润会翻倍』。",
    "陈静認為，市場將於明年復甦。黃偉說：「價格不會下降。」",
    "“”\"\"''\n\n钱多多称：今年收入增长了三成。",
]


@pytest.mark.parametrize("text", TEXTS)
def test_templates_write_what_the_general_writers_write(extract, text):
    x = extract(text)
    assert x.mentions or x.claims
    rendered = render_article(x, (), ())
    triples = group_blocks(article_blocks(x))
    terms = TermTexts(PREFIXES)
    lines = ntriples_lines(triples, terms)
    assert rendered.nt == terminated(lines, " .\n").encode()
    assert rendered.ttl == turtle_block(triples, PREFIXES, terms).encode()
    assert rendered.jsonld == jsonld_nodes(triples, PREFIXES, terms).encode()
    assert sorted(rendered.lines) == lines


def test_mention_nodes_two_mentions_share_or_odd_rules_write_what_the_general_writers_write(extract):
    """A span two mentions share is one node with both pairs (written by the general path);
    a rule with quotes, braces or a line break is escaped as any literal."""
    x = extract(TEXTS[0])
    first = x.mentions[0]
    other = next(e.key for e in x.entities if e.key != first.entity)
    x = x.model_copy(update={"mentions": (
        *x.mentions,
        first.model_copy(update={"entity": other, "rule": "shared.span"}),
        x.mentions[-1].model_copy(update={"span": x.mentions[-1].span.model_copy(update={"end": x.mentions[-1].span.end - 1}),
                                          "rule": 'odd "rule" {0} {}\n\\'}),
    )})
    rendered = render_article(x, (), ())
    triples = group_blocks(article_blocks(x))
    terms = TermTexts(PREFIXES)
    assert rendered.nt == terminated(ntriples_lines(triples, terms), " .\n").encode()
    assert rendered.ttl == turtle_block(triples, PREFIXES, terms).encode()
    assert rendered.jsonld == jsonld_nodes(triples, PREFIXES, terms).encode()
    nt = rendered.nt.decode()
    assert nt.count("shared.span") == 1 and "odd \\\"rule\\\" {0} {}\\n\\\\" in nt


def test_the_n_quads_are_the_n_triples_with_the_graph_even_where_a_text_holds_a_line_end(extract):
    """The N-Quads block is made from the N-Triples one: a rule (or any text) holding " ." and
    a line break must not be taken for the end of a line."""
    x = extract(TEXTS[0])
    x = x.model_copy(update={"mentions": (
        *x.mentions[:-1], x.mentions[-1].model_copy(update={"rule": "looks like an end .\n<x> <y> <z> .\n"}))})
    rendered = render_article(x, (), ())
    lines = ntriples_lines(group_blocks(article_blocks(x)), TermTexts(PREFIXES))
    assert rendered.nq == terminated(lines, f" <{x.article.iri}> .\n").encode()
    assert rendered.nq.count(b"\n") == rendered.nt.count(b"\n") == len(lines)
