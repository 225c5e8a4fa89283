"""push that never leaves a store half-written without saying so: a partial push keeps
what the store's other articles use (a real Oxigraph server), a failing store is retried
and the graphs written and not written are reported (a fake store), a store that drips
one byte at a time meets the deadline, bad endpoints are refused before anything is sent,
and every transport error is one line with the credentials masked."""

from __future__ import annotations

import time
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from claimgraph import api
from claimgraph.cli import main
from claimgraph.errors import StoreError
from claimgraph.store import named_graphs

from servers import FakeStore, drip, free_port, oxigraph_server, raw_server

ENTITIES = "https://w3id.org/claimgraph/id/graph/entities"
ARTICLES = {  # invented texts; the entities each names overlap
    "a.txt": "星河日报讯 英伟达今天发布了新芯片。分析师李明远表示，英伟达和谷歌的竞争会更激烈。\n",
    "b.txt": "谷歌宣布在上海开设研究中心。王晓峰认为，谷歌和亚马逊的云计算业务还会增长。\n",
    "c.txt": "亚马逊表示，云计算收入同比增长20%。李明远指出，英伟达的芯片供不应求。\n",
}


@pytest.fixture(scope="module")
def builds(tmp_path_factory) -> tuple[Path, Path]:
    """(kg of the three articles, kg of a.txt alone)."""
    root = tmp_path_factory.mktemp("builds")
    for name, articles in (("full", ARTICLES), ("one", {"a.txt": ARTICLES["a.txt"]})):
        corpus = root / f"corpus_{name}"
        corpus.mkdir()
        for file, text in articles.items():
            (corpus / file).write_text(text, "utf-8")
        api.build(corpus, root / name)
    return root / "full", root / "one"


@pytest.fixture()
def small_kg(tmp_path) -> Path:
    """A graph.nq of three article graphs and the entities graph, written by hand."""
    lines = [f'<urn:x:e{i}> <http://www.w3.org/2000/01/rdf-schema#label> "实体{i}"@zh <{ENTITIES}> .' for i in range(3)]
    lines += [f'<urn:x:s{i}> <urn:x:p> "文章{i}" <https://w3id.org/claimgraph/id/article/a{i}> .' for i in range(3)]
    (tmp_path / "graph.nq").write_text("\n".join(lines) + "\n", "utf-8")
    return tmp_path


def _graph(base: str, iri: str) -> set[ox.Triple]:
    request = urllib.request.Request(f"{base}/store?graph={iri}", headers={"Accept": "application/n-triples"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return set(ox.parse(response.read(), format=ox.RdfFormat.N_TRIPLES))


def _triples(ntriples: bytes) -> set[ox.Triple]:
    return set(ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES))


def test_a_partial_push_keeps_every_description_other_articles_use(builds, tmp_path):
    full, one = builds
    with oxigraph_server(tmp_path / "store") as base:
        api.push(f"{base}/store", full)
        api.push(f"{base}/store", one)
        kept = _graph(base, ENTITIES)
        graphs = named_graphs(full)
        for iri, body in graphs.items():
            if iri != ENTITIES:
                assert _graph(base, iri) == _triples(body), f"article graph {iri} changed"
    lost = _triples(graphs[ENTITIES]) - kept
    assert not lost, f"{len(lost)} descriptions lost, e.g. {sorted(map(str, lost))[:3]}"
    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    described = {t.subject for t in kept if t.predicate == label}
    assert described == {t.subject for t in kept}, "an entity without a label"


def test_a_partial_push_replaces_what_changed_in_an_entity(tmp_path):
    """An entity's label, type and confirmed flag are those of the latest push; the names it
    was seen under accumulate."""
    old = (f'<urn:x:e> <http://www.w3.org/2000/01/rdf-schema#label> "旧名"@zh <{ENTITIES}> .\n'
           f'<urn:x:e> <https://w3id.org/claimgraph/ns#confirmed> "false"^^<http://www.w3.org/2001/XMLSchema#boolean> <{ENTITIES}> .\n'
           f'<urn:x:e> <http://www.w3.org/2004/02/skos/core#altLabel> "别名甲"@zh <{ENTITIES}> .\n'
           f'<urn:x:e> <http://www.w3.org/2004/02/skos/core#altLabel> "新名"@zh <{ENTITIES}> .\n'
           f'<urn:x:f> <http://www.w3.org/2000/01/rdf-schema#label> "他者"@zh <{ENTITIES}> .\n')
    new = (f'<urn:x:e> <http://www.w3.org/2000/01/rdf-schema#label> "新名"@zh <{ENTITIES}> .\n'
           f'<urn:x:e> <https://w3id.org/claimgraph/ns#confirmed> "true"^^<http://www.w3.org/2001/XMLSchema#boolean> <{ENTITIES}> .\n'
           f'<urn:x:e> <http://www.w3.org/2004/02/skos/core#altLabel> "别名乙\\u2028\\"尾"@zh <{ENTITIES}> .\n')
    (tmp_path / "old").mkdir()
    (tmp_path / "new").mkdir()
    (tmp_path / "old" / "graph.nq").write_text(old, "utf-8")
    (tmp_path / "new" / "graph.nq").write_text(new, "utf-8")
    with oxigraph_server(tmp_path / "store") as base:
        api.push(f"{base}/store", tmp_path / "old")
        api.push(f"{base}/store", tmp_path / "new")
        kept = {str(t) for t in _graph(base, ENTITIES)}
    assert kept == {
        '<urn:x:e> <http://www.w3.org/2000/01/rdf-schema#label> "新名"@zh',
        '<urn:x:e> <https://w3id.org/claimgraph/ns#confirmed> "true"^^<http://www.w3.org/2001/XMLSchema#boolean>',
        '<urn:x:e> <http://www.w3.org/2004/02/skos/core#altLabel> "别名甲"@zh',
        '<urn:x:e> <http://www.w3.org/2004/02/skos/core#altLabel> "别名乙\u2028\\"尾"@zh',
        '<urn:x:f> <http://www.w3.org/2000/01/rdf-schema#label> "他者"@zh',
    }


def test_a_failing_put_is_retried_until_it_succeeds(small_kg):
    with FakeStore(lambda method, path, n: 503 if method == "PUT" and n in (1, 2) else 204) as store:
        report = api.push(f"{store.url}/store", small_kg, backoff=0.01)
    assert (report.graphs, report.retried) == (4, 2)
    assert store.count("PUT") == 3 + 2 and store.count("POST") == 1
    assert store.requests[0][:2] == ("POST", "/update")  # the shared descriptions first


def test_a_store_that_keeps_failing_is_told_what_was_and_was_not_written(small_kg):
    with FakeStore(lambda method, path, n: 503 if method == "PUT" and n >= 1 else 204) as store:
        with pytest.raises(StoreError) as caught:
            api.push(f"{store.url}/store", small_kg, retries=2, backoff=0.01)
    err = caught.value
    article = "https://w3id.org/claimgraph/id/article/a"
    assert err.written == (ENTITIES, article + "0")
    assert err.not_written == (article + "1", article + "2")
    assert store.count("PUT") == 1 + 3  # the first graph, then the second tried three times, then stop
    message = str(err)
    assert "HTTP 503" in message and "3 tries" in message
    assert f"written (2): <{ENTITIES}>, <{article}0>" in message
    assert f"not written (2): <{article}1>, <{article}2>" in message
    result = CliRunner().invoke(main, ["push", "--endpoint", f"{store.url}/store", "--kg", str(small_kg)])
    assert result.exit_code == 1 and "Traceback" not in result.output


def test_a_store_dripping_one_byte_at_a_time_meets_the_deadline(small_kg):
    with raw_server(drip(stop_after=8)) as base:
        started = time.monotonic()
        with pytest.raises(StoreError, match=r"no complete answer within 1\.5 s") as caught:
            api.push(f"{base}/store", small_kg, timeout=1.5, backoff=0.01)
        took = time.monotonic() - started
    assert took < 5, f"held for {took:.1f} s"
    assert str(caught.value).count("\n") == 1 and str(caught.value).endswith("\nnothing was written to the store")


@pytest.mark.parametrize("reply, message", [
    (lambda c: c.sendall(b"SSH-2.0-OpenSSH_9.2\r\n"), "did not answer in HTTP"),
    (lambda c: c.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nshort"), "reply was cut short"),
    (lambda c: None, "closed the connection"),
], ids=["not HTTP", "short body", "closed"])
def test_a_broken_reply_is_one_line_and_no_traceback(small_kg, reply, message, monkeypatch):
    monkeypatch.setattr("claimgraph.transport.time.sleep", lambda seconds: None)  # retries without the backoff
    with raw_server(reply) as base:
        result = CliRunner().invoke(main, ["push", "--endpoint", f"{base}/store", "--kg", str(small_kg)])
    assert result.exit_code == 1
    assert message in result.output and "Traceback" not in result.output
    assert result.output.startswith("Error: ") and result.output.count("\n") <= 3


@pytest.mark.parametrize("endpoint, message", [
    ("http://127.0.0.1:abc/store", "port"),
    ("http://127.0.0.1:99999/store", "port"),
    ("http://[::1/store", "not a valid URL"),
    ("http://127.0.0.1:7878/store#frag", "fragment"),
    ("ftp://127.0.0.1/store", "http"),
    ("http:///store", "no host"),
    ("http://exa mple.org/store", "white space"),
    ("http://bad_host!.org/store", "host"),
    ("localhost:7878/store", "http"),
])
def test_a_malformed_endpoint_is_refused_before_sending(small_kg, endpoint, message):
    with pytest.raises(StoreError, match=message) as caught:
        api.push(endpoint, small_kg)
    assert "\n" not in str(caught.value)


def test_a_fragment_sends_nothing(small_kg):
    with FakeStore(lambda *_: 204) as store:
        with pytest.raises(StoreError, match="fragment"):
            api.push(f"{store.url}/store#frag", small_kg)
    assert store.requests == []


def test_credentials_are_sent_and_never_shown(small_kg):
    port = free_port()
    with pytest.raises(StoreError) as caught:
        api.push(f"http://analyst:s3cret@127.0.0.1:{port}/store", small_kg)
    assert "s3cret" not in str(caught.value) and f"analyst:***@127.0.0.1:{port}" in str(caught.value)
    with FakeStore(lambda method, path, n: 401) as store:
        result = CliRunner().invoke(main, ["push", "--endpoint", f"http://analyst:s3cret@{store.url[7:]}/store",
                                           "--kg", str(small_kg)])
    assert result.exit_code == 1 and "s3cret" not in result.output and "HTTP 401" in result.output


def test_an_unknown_store_layout_asks_for_the_update_endpoint(small_kg):
    with FakeStore(lambda *_: 204) as store:
        with pytest.raises(StoreError, match="--update-endpoint"):
            api.push(f"{store.url}/graphs", small_kg)
        report = api.push(f"{store.url}/graphs", small_kg, update_endpoint=f"{store.url}/sparql/update")
    assert report.graphs == 4
    assert ("POST", "/sparql/update") in {r[:2] for r in store.requests}
