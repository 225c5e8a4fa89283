"""`claimgraph query`: SPARQL over a built kg/, printed as a table, CSV or JSON."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimgraph import api
from claimgraph.cli import main
from claimgraph.store import format_results

ROOT = Path(__file__).parent.parent
COUNT = """PREFIX schema: <https://schema.org/>
SELECT (COUNT(DISTINCT ?c) AS ?claims) WHERE { ?c a schema:Claim }"""
NVIDIA = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?e ?label WHERE { ?e rdfs:label ?label FILTER(?label = "英伟达"@zh) }"""


@pytest.fixture(scope="module")
def kg(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("query") / "kg"
    report = api.build(ROOT / "corpus", out)
    return out, report


def run(*args: str):
    return CliRunner().invoke(main, ["query", *args])


def test_table_answers_over_the_union_of_the_articles(kg):
    out, report = kg
    result = run(COUNT, "--kg", str(out))
    assert result.exit_code == 0, result.output
    assert result.output == f"claims\n------\n{report.claims}\n"


def test_table_shortens_iris_and_aligns_chinese(kg):
    result = run(NVIDIA, "--kg", str(kg[0]))
    assert result.output.splitlines() == ["e                   label", "------------------  ------",
                                          "cgid:entity/nvidia  英伟达"]


def test_csv_keeps_whole_iris(kg):
    result = run(NVIDIA, "--kg", str(kg[0]), "--format", "csv")
    assert list(csv.reader(io.StringIO(result.output))) == [
        ["e", "label"], ["https://w3id.org/claimgraph/id/entity/nvidia", "英伟达"]]


def test_json_is_sparql_results_json(kg):
    result = run(NVIDIA, "--kg", str(kg[0]), "--format", "json")
    data = json.loads(result.output)
    assert data["head"]["vars"] == ["e", "label"]
    assert data["results"]["bindings"][0]["label"] == {"type": "literal", "value": "英伟达", "xml:lang": "zh"}


def test_query_from_a_file(kg, tmp_path):
    (tmp_path / "q.rq").write_text(COUNT, "utf-8")
    assert run("--file", str(tmp_path / "q.rq"), "--kg", str(kg[0])).output == run(COUNT, "--kg", str(kg[0])).output


def test_ask_prints_true_or_false(kg):
    assert run("ASK { ?s ?p ?o }", "--kg", str(kg[0])).output == "true\n"


def test_a_bad_query_is_an_error_not_a_traceback(kg):
    result = run("SELECT WHERE {", "--kg", str(kg[0]))
    assert result.exit_code == 1 and "not valid SPARQL" in result.output


def test_a_missing_graph_says_to_build_it(tmp_path):
    result = run(COUNT, "--kg", str(tmp_path / "nowhere"))
    assert result.exit_code == 1 and "claimgraph build" in result.output


def test_query_and_file_together_is_a_usage_error(kg, tmp_path):
    (tmp_path / "q.rq").write_text(COUNT, "utf-8")
    assert run(COUNT, "--file", str(tmp_path / "q.rq")).exit_code == 2


def test_unbound_values_are_empty_cells():
    results = {"head": {"vars": ["a", "b"]}, "results": {"bindings": [{"a": {"type": "literal", "value": "x"}}]}}
    assert format_results(results, "table") == "a  b\n-  -\nx\n"


def test_an_entity_named_in_two_articles_is_counted_once(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "one.txt").write_text("英伟达发布了新芯片。\n", encoding="utf-8")
    (corpus / "two.txt").write_text("分析师认为,英伟达的优势仍然明显。\n", encoding="utf-8")
    api.build(corpus, tmp_path / "kg")
    rows = json.loads(api.query("""PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?label WHERE { ?e rdfs:label ?label FILTER(?label = "英伟达"@zh) }""", tmp_path / "kg", "json").text)
    assert len(rows["results"]["bindings"]) == 1


# --- the query as a user meets it (issue 15) ---------------------------------------------

COMMITTED = ROOT / "kg"  # the committed graph: read-only here, nothing rebuilds it


def committed(*args: str, **kwargs):
    return CliRunner().invoke(main, ["query", *args, "--kg", str(COMMITTED)], **kwargs)


def test_the_help_example_runs_as_written_with_predeclared_prefixes():
    help_text = CliRunner().invoke(main, ["--help"]).output
    example = "SELECT (COUNT(*) AS ?n) WHERE { ?c a schema:Claim }"
    assert f"claimgraph query '{example}'" in help_text
    declared = committed("PREFIX schema: <https://schema.org/> " + example)
    result = committed(example)
    assert result.exit_code == 0, result.output
    assert result.output == declared.output
    assert re.fullmatch(r"n\n-+\n[1-9][0-9]*\n", result.output)


@pytest.mark.parametrize(("prefix", "term"), [
    ("schema", "schema:Claim"), ("rdfs", "rdfs:label"), ("rdf", "rdf:type"), ("xsd", "xsd:date"),
    ("prov", "prov:wasDerivedFrom"), ("oa", "oa:start"), ("cg", "cg:claimType"), ("cgid", "cgid:graph"),
    ("owl", "owl:sameAs"), ("skos", "skos:altLabel")])
def test_every_common_prefix_is_predeclared(prefix, term):
    result = committed(f"SELECT ?x WHERE {{ BIND({term} AS ?x) }}")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[2] == term


def test_a_prefix_declared_in_the_query_wins_and_shortens_its_iris():
    result = committed("PREFIX ex: <http://example.org/ns#> SELECT ?x WHERE { BIND(ex:thing AS ?x) }")
    assert result.output == "x\n--------\nex:thing\n"


def test_select_star_keeps_the_order_the_variables_appear_in():
    result = committed("SELECT * WHERE { ?s a schema:NewsArticle ; ?p ?o } ORDER BY ?p ?o LIMIT 1")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0].split() == ["s", "p", "o"]
    assert result.output.splitlines()[2].split() == ["cgid:article/000_e2efc9c3b82ea5ae", "rdf:type",
                                                     "schema:NewsArticle"]


def test_explicit_columns_come_in_select_order():
    result = committed("SELECT ?o ?s WHERE { ?s a schema:NewsArticle ; rdf:type ?o }", "--format", "csv")
    assert result.output.splitlines() == ["o,s", "https://schema.org/NewsArticle,"
                                          "https://w3id.org/claimgraph/id/article/000_e2efc9c3b82ea5ae"]


def test_the_query_can_come_on_standard_input():
    piped = committed(input="SELECT (COUNT(*) AS ?n) WHERE { ?c a schema:Claim }\n")
    dash = CliRunner().invoke(main, ["query", "-", "--kg", str(COMMITTED)],
                              input="SELECT (COUNT(*) AS ?n) WHERE { ?c a schema:Claim }")
    assert piped.exit_code == 0, piped.output
    assert piped.output == dash.output == committed("SELECT (COUNT(*) AS ?n) WHERE { ?c a schema:Claim }").output


def test_no_query_at_all_says_the_three_ways_to_give_one():
    result = committed(input="")
    assert result.exit_code == 2
    assert "give a query as an argument, with --file, or on standard input" in result.output


def test_a_parse_error_is_one_line_with_the_position_and_a_caret():
    result = committed("SELECT ?x WHERE {\n  ?x ?y ?z } LIMIT ten")
    assert result.exit_code == 1
    assert result.stderr == ("Error: the query is not valid SPARQL: line 2, column 20: "
                             "expected one of HAVING, OFFSET, OPTIONAL, VALUES\n"
                             "  ?x ?y ?z } LIMIT ten\n"
                             "                   ^\n")


def test_an_unknown_prefix_is_named_with_the_fix():
    result = committed("SELECT ?x WHERE { ?x foaf:name ?n }")
    assert result.exit_code == 1
    assert result.stderr == ("Error: the query is not valid SPARQL: line 1, column 22: unknown prefix foaf:; "
                             "declare it, e.g. PREFIX foaf: <http://…#>\n"
                             "SELECT ?x WHERE { ?x foaf:name ?n }\n"
                             "                     ^\n")


def test_rdf_type_and_every_known_namespace_are_shortened_in_tables():
    result = committed("SELECT ?p WHERE { ?s ?p ?o FILTER(?p IN (rdf:type, owl:sameAs)) } GROUP BY ?p ORDER BY ?p")
    assert result.output == "p\n----------\nrdf:type\nowl:sameAs\n"  # ordered by the whole IRI
