"""`claimgraph push` into a real Oxigraph server (started here on 127.0.0.1, a free port and a
temporary folder, stopped at the end): pushing twice leaves the store as it was, and the
store answers the README's cookbook queries with the rows the README shows."""

from __future__ import annotations

import json
import sys
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimgraph import api
from claimgraph.cli import main
from claimgraph.errors import StoreError
from claimgraph.store import format_results, named_graphs

ROOT = Path(__file__).parent.parent
KG = ROOT / "kg"  # the committed graph, which the README's answers describe
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
sys.path.insert(0, str(Path(__file__).parent))
from servers import free_port, oxigraph_server  # noqa: E402
from test_readme import cookbook  # noqa: E402


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory):
    """The base URL of a running Oxigraph server with an empty store."""
    with oxigraph_server(tmp_path_factory.mktemp("oxigraph")) as base:
        yield base


def _select(base: str, sparql: str) -> dict:
    url = f"{base}/query?{urllib.parse.urlencode({'query': sparql})}&union-default-graph"
    request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())


def _count(base: str) -> int:
    return int(_select(base, COUNT)["results"]["bindings"][0]["n"]["value"])


def test_pushing_twice_leaves_the_store_unchanged(oxigraph):
    expected = sum(1 for line in (KG / "graph.nq").read_text("utf-8").splitlines() if line.strip())
    first = CliRunner().invoke(main, ["push", "--endpoint", f"{oxigraph}/store", "--kg", str(KG)])
    assert first.exit_code == 0, first.output
    assert _count(oxigraph) == expected
    second = CliRunner().invoke(main, ["push", "--endpoint", f"{oxigraph}/store", "--kg", str(KG)])
    assert second.exit_code == 0 and second.output == first.output
    assert _count(oxigraph) == expected
    assert f"{len(named_graphs(KG))} graph(s), {expected} triples" in first.output


@pytest.mark.parametrize(("query", "answer"), cookbook(), ids=lambda v: v.strip().splitlines()[-1][:40])
def test_the_store_answers_the_cookbook_as_the_readme_shows(oxigraph, query, answer):
    api.push(f"{oxigraph}/store", KG)
    assert format_results(_select(oxigraph, query), "table") == answer


def test_pushing_a_changed_article_replaces_only_its_graph(oxigraph, tmp_path):
    api.push(f"{oxigraph}/store", KG)
    before = _count(oxigraph)
    iri = next(iter(named_graphs(KG)))
    (tmp_path / "graph.nq").write_text(f'<urn:x:s> <urn:x:p> "only this" <{iri}> .\n', "utf-8")
    report = api.push(f"{oxigraph}/store", tmp_path)
    assert (report.graphs, report.triples) == (1, 1)
    assert _count(oxigraph) == before - len(named_graphs(KG)[iri].splitlines()) + 1
    api.push(f"{oxigraph}/store", KG)
    assert _count(oxigraph) == before


def test_an_unreachable_store_is_a_clear_error():
    with pytest.raises(StoreError, match=r"cannot reach the store at http://127\.0\.0\.1:\d+/"):
        api.push(f"http://127.0.0.1:{free_port()}/store", KG, timeout=5)


def test_a_store_that_refuses_names_the_status_and_the_graph(oxigraph):
    result = CliRunner().invoke(main, ["push", "--endpoint", f"{oxigraph}/nothing-here",
                                       "--update-endpoint", f"{oxigraph}/update", "--kg", str(KG)])
    assert result.exit_code == 1
    assert "refused graph <https://w3id.org/claimgraph/id/article/" in result.output and "HTTP 404" in result.output


def test_an_endpoint_that_is_no_url_is_refused_before_sending():
    with pytest.raises(StoreError, match="not an http"):
        api.push("localhost:7878/store", KG)
