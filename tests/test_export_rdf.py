"""RDF exports read back by two parsers (pyoxigraph, rdflib), free of blank nodes, one
named graph per article, conforming to the shapes, and a build that refuses otherwise."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib import Namespace, URIRef

import claimgraph.export as export
from claimgraph import api
from claimgraph.errors import ExportError
from claimgraph.export.rdf import _number
from claimgraph.export.shacl import check_conforms, violations
from claimgraph.export.writers import Lit

ROOT = Path(__file__).parent.parent
CG = Namespace("https://w3id.org/claimgraph/ns#")
FORMATS = {"graph.ttl": (ox.RdfFormat.TURTLE, "turtle"), "graph.nt": (ox.RdfFormat.N_TRIPLES, "nt"),
           "graph.nq": (ox.RdfFormat.N_QUADS, "nquads"), "graph.jsonld": (ox.RdfFormat.JSON_LD, "json-ld")}


@pytest.fixture(scope="module")
def kg(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("rdf") / "kg"
    api.build(ROOT / "corpus", out)
    return out


def _rdflib_count(path: Path, fmt: str) -> int:
    if fmt == "nquads":
        ds = rdflib.Dataset()
        ds.parse(path, format=fmt)
        return sum(1 for _ in ds.quads())
    return len(rdflib.Graph().parse(path, format=fmt))


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_two_parsers_read_the_same_number_of_triples(kg, name):
    ox_format, rdflib_format = FORMATS[name]
    quads = list(ox.parse(path=str(kg / name), format=ox_format))
    assert len(quads) > 1000
    assert len(quads) == _rdflib_count(kg / name, rdflib_format)


def test_every_format_holds_the_same_triples(kg):
    counts = {name: sum(1 for _ in ox.parse(path=str(kg / name), format=fmt)) for name, (fmt, _) in FORMATS.items()}
    assert len(set(counts.values())) == 1, counts  # one article: the quads are the triples


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_no_blank_nodes(kg, name):
    blank = [q for q in ox.parse(path=str(kg / name), format=FORMATS[name][0])
             if isinstance(q.subject, ox.BlankNode) or isinstance(q.object, ox.BlankNode)]
    assert blank == []


def test_each_article_is_one_named_graph_and_the_entities_one_more(kg):
    quads = list(ox.parse(path=str(kg / "graph.nq"), format=ox.RdfFormat.N_QUADS))
    graphs = {q.graph_name for q in quads}
    articles = {q.subject for q in quads if q.predicate.value.endswith("rdf-syntax-ns#type")
                and q.object.value == "https://schema.org/NewsArticle"}
    entities = ox.NamedNode("https://w3id.org/claimgraph/id/graph/entities")
    assert graphs == articles | {entities} and len(articles) == 1
    described = {q.graph_name for q in quads if q.predicate.value.endswith("rdf-schema#label")
                 and q.subject.value.startswith("https://w3id.org/claimgraph/id/entity/")}
    assert described == {entities}  # a label is said once, whatever the number of articles


def test_export_conforms_to_the_shapes(kg):
    assert violations(rdflib.Graph().parse(kg / "graph.nt", format="nt")) == []


def test_a_graph_that_breaks_the_shapes_is_named_in_the_error():
    g = rdflib.Graph()
    claim = URIRef("https://w3id.org/claimgraph/id/claim/x/0-4")
    g.add((claim, rdflib.RDF.type, URIRef("https://schema.org/Claim")))
    with pytest.raises(ExportError, match=r"does not conform.*claim/x/0-4"):
        check_conforms(g)


def test_a_validated_build_that_breaks_the_shapes_fails_loudly_and_writes_nothing(tmp_path, monkeypatch):
    real = export.article_blocks

    def broken(x, *rest):
        return [*real(x, *rest), (x.article.iri, [(str(CG.sha256), Lit("not a digest"))])]

    monkeypatch.setattr(export, "article_blocks", broken)
    with pytest.raises(ExportError, match="sha256"):
        api.build(ROOT / "corpus", tmp_path / "kg", validate=True, cache=False)
    assert not (tmp_path / "kg").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name != ".kg.lock"] == []  # no staging folder left


def test_a_validated_build_writes_what_an_unchecked_one_writes(kg, tmp_path):
    api.build(ROOT / "corpus", tmp_path / "kg", validate=True, cache=False)
    for name in FORMATS:
        assert (tmp_path / "kg" / name).read_bytes() == (kg / name).read_bytes(), name


@pytest.mark.parametrize(("value", "lexical", "datatype"), [
    (2.14 * 10**12, "2140000000000", "integer"),  # float noise would say 2140000000000.0002
    (0.1 + 0.2, "0.3", "decimal"),
    (1e-7, "0.0000001", "decimal"),  # never "1E-7", which is no xsd:decimal
    (857.74, "857.74", "decimal"),
])
def test_numbers_are_written_as_people_wrote_them(value, lexical, datatype):
    literal = _number(value)
    assert literal.value == lexical and literal.datatype.endswith(datatype)
