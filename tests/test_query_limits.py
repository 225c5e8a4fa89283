"""`claimgraph query` is bounded: a runaway query is stopped and the user told (a time
limit, a memory limit, a row limit), a SERVICE call goes out only when asked for, and an
update is refused. A test whose query could hang runs the command in a subprocess with a
deadline of its own, so that before the bounds existed it failed instead of hanging; the
others run it in-process."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimgraph.cli import main

ROOT = Path(__file__).parent.parent
KG = ROOT / "kg"  # the committed graph, read-only here
# every triple against every triple against every triple: ~10^12 rows on the committed kg/
CARTESIAN = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def claimgraph(*args: str, deadline: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "claimgraph.cli", *args], capture_output=True, text=True,
                          timeout=deadline, stdin=subprocess.DEVNULL)


def test_a_runaway_query_is_stopped_at_the_timeout_and_the_user_told():
    started = time.monotonic()
    result = claimgraph("query", "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
                        "--kg", str(KG), "--timeout", "2")
    assert result.returncode == 1
    assert time.monotonic() - started < 30
    assert result.stderr == ("Error: the query ran for more than 2 s and was stopped; narrow it (more specific "
                             "patterns, a LIMIT) or give it longer with --timeout SECONDS\n")
    assert result.stdout == ""


def test_a_query_that_outgrows_its_memory_is_stopped_and_the_user_told():
    result = claimgraph("query", CARTESIAN + " ORDER BY ?a ?d ?g", "--kg", str(KG), "--memory", "300")
    assert result.returncode == 1
    assert result.stderr == ("Error: the query needed more than 300 MB of memory and was stopped; narrow it "
                             "(more specific patterns, a LIMIT) or allow more with --memory MB\n")


def in_process(*args: str):
    return CliRunner().invoke(main, list(args))


def test_rows_beyond_the_limit_are_cut_and_the_user_told():
    result = in_process("query", CARTESIAN, "--kg", str(KG), "--limit", "3", "--format", "csv")
    assert result.exit_code == 0, result.output
    assert len(result.stdout.splitlines()) == 1 + 3
    assert result.stdout.splitlines()[0] == "a,b,c,d,e,f,g,h,i"  # in the order they appear
    assert result.stderr == "warning: only the first 3 rows are shown; the query has more (raise --limit, or 0 for all)\n"


def test_a_query_within_the_limit_says_nothing_more():
    result = in_process("query", "SELECT ?x WHERE { VALUES ?x { 1 2 3 } }", "--kg", str(KG), "--limit", "3")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "x\n-\n1\n2\n3\n", "")


@pytest.fixture()
def listener():
    """A TCP port on 127.0.0.1 that records whether anything connected to it."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    server.settimeout(0.2)
    connected = []
    stop = threading.Event()

    def accept():
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except OSError:
                continue
            connected.append(conn)

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield server.getsockname()[1], connected
    stop.set()
    thread.join()
    for conn in connected:
        conn.close()
    server.close()


def test_service_is_refused_without_allow_service_and_nothing_goes_out(listener):
    port, connected = listener
    query = f"SELECT ?x WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?x ?y ?z }} }}"
    result = claimgraph("query", query, "--kg", str(KG), deadline=30)
    assert result.returncode == 1
    assert result.stderr == ("Error: the query calls a remote endpoint (SERVICE at line 1, column 19); "
                             "give --allow-service to let it\n")
    assert connected == []


def test_allow_service_lets_it_out_within_the_timeout(listener):
    port, connected = listener  # accepts, never answers
    query = f"SELECT ?x WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?x ?y ?z }} }}"
    result = claimgraph("query", query, "--kg", str(KG), "--allow-service", "--timeout", "2", deadline=30)
    assert result.returncode == 1
    assert "ran for more than 2 s and was stopped" in result.stderr
    assert len(connected) == 1


@pytest.mark.parametrize("update", [
    "INSERT DATA { <http://example.org/a> <http://example.org/b> 1 }",
    "PREFIX ex: <http://example.org/>\nDELETE WHERE { ?s ex:p ?o }",
    "# a comment first\nCLEAR ALL",
    "LOAD <http://127.0.0.1:9/data.nt>",
    "WITH <http://example.org/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
])
def test_an_update_is_refused_as_read_only(update):
    before = {p.name: p.stat().st_mtime_ns for p in KG.iterdir()}
    result = in_process("query", update, "--kg", str(KG))
    assert result.exit_code == 1
    assert result.stderr == "Error: kg/ is read-only: use a store for updates (claimgraph push, then update there)\n"
    assert {p.name: p.stat().st_mtime_ns for p in KG.iterdir()} == before
