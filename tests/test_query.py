"""`claimgraph query`: SPARQL over a built kg/, printed as a table, CSV or JSON."""

from __future__ import annotations

import csv
import io
import json
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
        SELECT ?label WHERE { ?e rdfs:label ?label FILTER(?label = "英伟达"@zh) }""", tmp_path / "kg", "json"))
    assert len(rows["results"]["bindings"]) == 1
