"""The RDF writers against strict parsers (pyoxigraph, rdflib, and serd's serdi where it is
installed): every character a text can hold comes back exactly, one triple is one line,
and what no RDF file can hold is refused with a reason, never dropped."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

from claimgraph import api
from claimgraph.errors import ClaimgraphError, ExportError
from claimgraph.export.rdf import PREFIXES
from claimgraph.export.writers import (
    Iri, Lit, TermTexts, jsonld_footer, jsonld_header, jsonld_nodes, ntriples_lines, turtle_block, turtle_header,
)

S = "https://w3id.org/claimgraph/id/claim/a%2Fb/1-2"
TEXT = "https://schema.org/text"
# every class of character that has broken an export: controls, line and paragraph
# separators, NEL, noncharacters, a quote and backslash at the end of a line, astral, bidi
AWKWARD = [
    "张三表示,英伟达的市值\u2028达到2万亿美元。", "第一段\u2029第二段", "下一行\u0085结束",
    "空字符\x00在中间", "竖\x0b表\x0c页\x1b转义\x7f删除", '他说:"好"\n第二行以引号结束\\"',
    'ends with a quote"\n', "ends with a backslash\\", "\r\n\t", "𠀀𪚥 astral", "\u202eبidi\u200b零宽",
    "\ufffe\uffff", "", " ", "第一段\n第二段\n",  # line breaks alone: escape_string's short way
]


def _triples():
    out = [(S, TEXT, Lit(v, "zh")) for v in AWKWARD]
    out += [(S, "https://schema.org/name", Lit(v)) for v in AWKWARD]
    out += [(S, "https://w3id.org/claimgraph/ns#score", Lit("0.5000", datatype="http://www.w3.org/2001/XMLSchema#decimal")),
            (S, "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", Iri("https://schema.org/Claim")),
            (S, "http://www.w3.org/2002/07/owl#sameAs", Iri("http://www.wikidata.org/entity/Q95"))]
    return out


def _documents() -> dict[str, str]:
    triples = _triples()
    lines = ntriples_lines(triples)
    return {
        "nt": "".join(f"{line} .\n" for line in lines),
        "nq": "".join(f"{line} <https://w3id.org/claimgraph/id/article/a> .\n" for line in lines),
        "ttl": turtle_header(PREFIXES) + turtle_block(triples, PREFIXES),
        "jsonld": jsonld_header(PREFIXES) + "\n" + jsonld_nodes(triples, PREFIXES) + jsonld_footer(True),
    }


OX = {"nt": ox.RdfFormat.N_TRIPLES, "nq": ox.RdfFormat.N_QUADS, "ttl": ox.RdfFormat.TURTLE,
      "jsonld": ox.RdfFormat.JSON_LD}
RDFLIB = {"nt": "nt", "nq": "nquads", "ttl": "turtle", "jsonld": "json-ld"}


@pytest.mark.parametrize("fmt", sorted(OX))
def test_pyoxigraph_reads_every_character_back(fmt):
    quads = list(ox.parse(_documents()[fmt].encode("utf-8"), format=OX[fmt]))
    texts = {q.object.value for q in quads if q.predicate.value == TEXT}
    assert texts == set(AWKWARD)
    assert len(quads) == len(set(_triples()))


@pytest.mark.parametrize("fmt", sorted(RDFLIB))
def test_rdflib_reads_every_character_back(fmt):
    data = _documents()[fmt]
    if fmt == "nq":
        ds = rdflib.Dataset()
        ds.parse(data=data, format="nquads")
        texts = {str(o) for _, p, o, _ in ds.quads() if str(p) == TEXT}
    else:
        g = rdflib.Graph().parse(data=data, format=RDFLIB[fmt])
        texts = {str(o) for _, p, o in g if str(p) == TEXT}
    assert texts == set(AWKWARD)


@pytest.mark.parametrize("fmt", ["nt", "nq"])
def test_one_triple_is_one_line_whatever_the_text(fmt):
    data = _documents()[fmt]
    assert data.count("\n") == len(set(_triples()))
    assert len(data.splitlines()) == data.count("\n")  # nothing str.splitlines() would split on


@pytest.mark.skipif(shutil.which("serdi") is None, reason="serd's serdi is not installed (apt-get install serdi)")
@pytest.mark.parametrize(("fmt", "syntax"), [("nt", "ntriples"), ("nq", "nquads"), ("ttl", "turtle")])
def test_serd_accepts_the_files(tmp_path, fmt, syntax):
    path = tmp_path / f"g.{fmt}"
    path.write_text(_documents()[fmt], encoding="utf-8")
    done = subprocess.run(["serdi", "-i", syntax, "-o", "ntriples", str(path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("\n") == len(set(_triples()))


@pytest.mark.parametrize("iri", ["http://www.wikidata.org/entity/Q42\n", "no scheme", "http://x/a b", "http://x/<a>",
                                 "http://x/\u2028"])
def test_an_invalid_iri_is_refused_not_written(iri):
    with pytest.raises(ExportError, match="not a valid IRI"):
        ntriples_lines([(S, "http://www.w3.org/2002/07/owl#sameAs", Iri(iri))])


def test_a_lone_surrogate_is_refused_with_its_position():
    with pytest.raises(ExportError, match="lone surrogate"):
        ntriples_lines([(S, TEXT, Lit("好\ud800坏"))])


def test_output_does_not_depend_on_triple_order():
    triples = _triples()
    assert ntriples_lines(triples) == ntriples_lines(list(reversed(triples)))
    assert turtle_block(triples, PREFIXES) == turtle_block(list(reversed(triples)), PREFIXES)
    assert jsonld_nodes(triples, PREFIXES) == jsonld_nodes(list(reversed(triples)), PREFIXES)


HOSTILE = ("（本报记者 王小明 报道）\n\n"
           "李四表示,新能源\u2028汽车的销量\x0b增长了30%。\n\n"
           "王五认为,\x00芯片\x1b行业\u2029仍有\x0c差距\u0085。\n\n"
           '赵六说:"市场会好起来\\"\n\n'
           # ordinary prose, so the few control characters above stay "a few" (ingest refuses binary)
           + "".join(f"第{i}段是一段普通的新闻文字,没有任何特殊的字符,用来凑足文章的长度。\n\n" for i in range(40)))


def test_a_built_article_keeps_every_character_of_its_quotes(tmp_path):
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    api.build(tmp_path / "c", tmp_path / "kg", cache=False, validate=True)  # conforms to the shapes too
    kg = tmp_path / "kg"
    nq = (kg / "graph.nq").read_text(encoding="utf-8")
    assert len(nq.splitlines()) == nq.count("\n") == len(list(ox.parse(nq.encode(), format=ox.RdfFormat.N_QUADS)))
    store = ox.Store()
    store.load(path=str(kg / "graph.nq"), format=ox.RdfFormat.N_QUADS)
    rows = list(store.query("""
        PREFIX oa: <http://www.w3.org/ns/oa#>
        SELECT ?exact ?start ?end WHERE { GRAPH ?g { ?q oa:exact ?exact . ?s oa:hasSelector ?q , ?p .
                                                     ?p oa:start ?start ; oa:end ?end } }"""))
    assert rows
    for row in rows:
        assert row["exact"].value == HOSTILE[int(row["start"].value):int(row["end"].value)]
    quoted = "".join(row["exact"].value for row in rows)
    assert "\x0b" in quoted and "\u2028" in quoted and "\x00" in quoted  # kept, not dropped
    for name, fmt in (("graph.ttl", ox.RdfFormat.TURTLE), ("graph.nt", ox.RdfFormat.N_TRIPLES),
                      ("graph.jsonld", ox.RdfFormat.JSON_LD)):
        assert len(list(ox.parse(path=str(kg / name), format=fmt))) == nq.count("\n"), name
    if shutil.which("serdi"):
        for name, syntax in (("graph.ttl", "turtle"), ("graph.nq", "nquads")):
            done = subprocess.run(["serdi", "-i", syntax, "-o", "ntriples", str(kg / name)],
                                  capture_output=True, text=True)
            assert done.returncode == 0, (name, done.stderr)


def test_a_wikidata_id_with_a_newline_never_reaches_a_file(tmp_path):
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "a.txt").write_text("赵六表示,新能源汽车的销量增长了30%。\n", encoding="utf-8")
    (tmp_path / "c" / "entities.toml").write_text(
        '[zhao_liu]\ntype = "Person"\nzh = "赵六"\nwikidata = "Q42\\n"\n', encoding="utf-8")
    with pytest.raises(ClaimgraphError, match="Q42"):
        api.build(tmp_path / "c", tmp_path / "kg", cache=False)
    assert not (tmp_path / "kg").exists()


def test_term_texts_start_from_the_terms_of_another():
    """An article's TermTexts starts from the vocabulary's: the same texts as writing them anew."""
    triples = _triples()
    known = TermTexts(PREFIXES)
    turtle_block(triples[:3], PREFIXES, known)
    jsonld_nodes(triples[:3], PREFIXES, known)
    assert ntriples_lines(triples, TermTexts(PREFIXES, known)) == ntriples_lines(triples)
    assert turtle_block(triples, PREFIXES, TermTexts(PREFIXES, known)) == turtle_block(triples, PREFIXES)
    assert jsonld_nodes(triples, PREFIXES, TermTexts(PREFIXES, known)) == jsonld_nodes(triples, PREFIXES)
    with pytest.raises(ValueError, match="same prefixes"):
        TermTexts({"ex": "http://example.org/"}, known)
