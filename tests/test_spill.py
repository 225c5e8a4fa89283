"""The full Gephi graph held on disk (export/spill.py) writes what the same graph held by
networkx writes: attributes merged the way networkx merges them, nodes and edges in the
writers' order, degrees (self-loops twice) and layout the same."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from claimgraph.export.gephi import generate_gephi, generate_gexf, generate_graphml
from claimgraph.export.spill import SpilledGraph
from claimgraph.export.views import styled

# (nodes, edges) added article by article; later values of an attribute replace earlier ones
ARTICLES = [
    ([("article:a1", {"kind": "article", "type": "NewsArticle", "label": "第一篇 & <标题>"}),
      ("claim:c1", {"kind": "claim", "type": "Opinion", "label": "星河智能\n表示", "hedged": True, "start": 3}),
      ("entity:星河", {})],
     [("claim:c1", "article:a1", "appearance:c1", {"relation": "appearance"}),
      ("claim:c1", "entity:星河", "about:c1:星河", {"relation": "about"}),
      ("entity:星河", "entity:星河", "stance:a1:星河:星河", {"relation": "stance", "score": -0.5, "polarity": "against",
                                                      "evidence": ("c1", "c2")})]),
    ([("article:a2", {"kind": "article", "type": "NewsArticle", "label": "Second"}),
      ("claim:c2", {"kind": "claim", "type": "Fact", "label": "quote \"x\"", "hedged": False, "start": 0}),
      ("claim:c1", {"label": "改过的", "end": 9}),  # the same node again: merged
      ("entity:Zeta", {})],
     [("claim:c2", "article:a2", "appearance:c2", {"relation": "appearance"}),
      ("claim:c2", "claim:c1", "supports:c2:c1", {"relation": "supports", "weight": 2.0}),
      ("claim:c1", "entity:星河", "about:c1:星河", {"relation": "about", "note": "again"}),  # the same edge: merged
      ("claim:c2", "entity:Zeta", "about:c2:Zeta", {"relation": "about"}),
      ("source:a2:记者", "claim:c2", "author:c2", {"relation": "author"})]),
]
ENTITIES = [("entity:星河", {"kind": "entity", "type": "Organization", "label": "星河智能", "confirmed": True}),
            ("entity:Zeta", {"kind": "entity", "type": "Person", "label": "", "label_en": "Zeta", "confirmed": False})]


def _held_by_networkx() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for nodes, edges in ARTICLES:
        g.add_nodes_from(nodes)
        g.add_edges_from(edges)
    g.add_nodes_from(ENTITIES)
    return styled(g, in_place=True)


def _held_on_disk() -> SpilledGraph:
    g = SpilledGraph()
    for nodes, edges in ARTICLES:
        g.add_nodes_from(nodes)
        g.add_edges_from(edges)
    g.add_nodes_from(ENTITIES)
    g.finish()
    return g


def test_a_graph_held_on_disk_writes_the_same_graphml_and_gexf_as_networkx():
    expected = _held_by_networkx()
    spilled = _held_on_disk()
    try:
        assert "".join(generate_graphml(spilled)) == "".join(generate_graphml(expected))
        assert "".join(generate_gexf(spilled, "2024-05-01", "d")) == "".join(generate_gexf(expected, "2024-05-01", "d"))
        assert spilled.degree == dict(sorted(expected.degree()))
    finally:
        spilled.close()


def test_a_graph_held_on_disk_reads_back_in_batches(monkeypatch):
    monkeypatch.setattr("claimgraph.export.spill._BATCH", 2)  # every reading crosses several batches
    expected = _held_by_networkx()
    spilled = _held_on_disk()
    try:
        assert "".join(generate_graphml(spilled)) == "".join(generate_graphml(expected))
    finally:
        spilled.close()


def test_a_temporary_folder_that_cannot_hold_the_graph_is_an_error_that_says_what_to_do(monkeypatch):
    import sqlite3

    import pytest

    from claimgraph.errors import ExportError

    def refuse(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(sqlite3, "connect", refuse)
    with pytest.raises(ExportError, match="TMPDIR"):
        SpilledGraph()


def test_both_gephi_files_from_one_reading_are_what_each_writer_writes():
    spilled = _held_on_disk()
    try:
        for graph in (spilled, _held_by_networkx()):
            pairs = list(generate_gephi(graph, "2024-05-01", "d"))
            assert "".join(graphml for graphml, _ in pairs) == "".join(generate_graphml(graph))
            assert "".join(gexf for _, gexf in pairs) == "".join(generate_gexf(graph, "2024-05-01", "d"))
    finally:
        spilled.close()


def test_positions_worked_out_apart_are_the_positions_worked_out_in_finish():
    inline, apart = _held_on_disk(), SpilledGraph()
    try:
        for nodes, edges in ARTICLES:
            apart.add_nodes_from(nodes)
            apart.add_edges_from(edges)
        apart.add_nodes_from(ENTITIES)
        apart.finish(apart.layout)
        assert "".join(generate_graphml(apart)) == "".join(generate_graphml(inline))
        assert "".join(generate_gexf(apart, "2024-05-01", "d")) == "".join(generate_gexf(inline, "2024-05-01", "d"))
    finally:
        inline.close()
        apart.close()


def test_a_layout_process_that_stops_is_an_error_naming_it(tmp_path, monkeypatch):
    import pytest

    from claimgraph.errors import ExportError
    from claimgraph.export.sink import KgSink

    def broken(self):
        raise MemoryError("no room for the layout")

    monkeypatch.setattr(SpilledGraph, "layout", broken)  # the forked process inherits it
    sink = KgSink(lambda name, binary: open(tmp_path / name, "wb") if binary else
                  open(tmp_path / name, "w", encoding="utf-8"), fork=True)
    with pytest.raises(ExportError, match="layout of graph.graphml could not be worked out.*status 1"):
        sink.close()


def _repeated_keys(keys: list[str]) -> tuple[nx.MultiDiGraph, SpilledGraph]:
    """The same graph held both ways, the i-th edge keyed ``keys[i]``, between nodes that make
    every (key, source, target) distinct."""
    g, spilled = nx.MultiDiGraph(), SpilledGraph()
    for i, key in enumerate(keys):
        edge = (f"claim:c{i}", f"entity:e{i % 3}", key, {"relation": "about"})
        g.add_edges_from([edge])
        spilled.add_edges_from([edge])
    spilled.finish()
    return styled(g, in_place=True), spilled


def test_repeated_and_suffix_like_edge_keys_get_the_same_unique_ids_on_disk():
    """An edge key met again (a multigraph's), keys that look like the suffix the writer adds
    to keep ids unique (k.2), and keys whose characters are replaced (a b and a_b make one
    id): the disk-held graph writes the unique ids networkx's writer gives."""
    plain = ["k", "k", "k", "k.2", "k.2", "k.2.2", "k.3", "k2", "k.2", "m", "m.2", "m"]
    for keys in (plain, [*plain, "a b", "a_b", "a:b", "a b"]):
        expected, spilled = _repeated_keys(keys)
        try:
            assert "".join(generate_graphml(spilled)) == "".join(generate_graphml(expected))
            assert "".join(generate_gexf(spilled, None, "d")) == "".join(generate_gexf(expected, None, "d"))
        finally:
            spilled.close()


def _gephi_folders(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("claimgraph-gephi-"))


def test_a_new_graph_removes_the_folders_of_killed_builds_and_keeps_the_live_ones(tmp_path, monkeypatch):
    import tempfile

    from claimgraph.export.spill import remove_abandoned

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    live = SpilledGraph()
    (tmp_path / "claimgraph-gephi-killed").mkdir()  # a build killed mid-way: held by nobody
    (tmp_path / "claimgraph-gephi-killed" / "graph.sqlite").write_bytes(b"x" * 1000)
    (tmp_path / "claimgraph-gephi-early").mkdir()  # one killed between making its folder and locking it
    (tmp_path / "other-tool-folder").mkdir()
    assert len(_gephi_folders(tmp_path)) == 3
    assert remove_abandoned(tmp_path) == [tmp_path / "claimgraph-gephi-early", tmp_path / "claimgraph-gephi-killed"]
    assert _gephi_folders(tmp_path) == [Path(live._folder.name).name]
    second = SpilledGraph()  # a second build in the same folder leaves the first alone
    assert len(_gephi_folders(tmp_path)) == 2
    second.close()
    live.close()
    assert _gephi_folders(tmp_path) == []
    assert (tmp_path / "other-tool-folder").is_dir()


_HOLDER = """
import sys, tempfile, time
tempfile.tempdir = sys.argv[1]
from claimgraph.export.spill import SpilledGraph
graph = SpilledGraph()
graph.add_nodes_from([("n", {"label": "x"})])
print(graph._folder.name, flush=True)
time.sleep(600)
"""


def test_the_folder_of_a_killed_build_process_is_removed_by_the_next(tmp_path, monkeypatch):
    import subprocess
    import sys
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    holder = subprocess.Popen([sys.executable, "-c", _HOLDER, str(tmp_path)], stdout=subprocess.PIPE, text=True)
    try:
        held = Path(holder.stdout.readline().strip())
        assert held.is_dir()
        alongside = SpilledGraph()  # the holder lives: its folder stays
        assert held.is_dir()
        alongside.close()
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    after = SpilledGraph()
    assert not held.exists()
    assert _gephi_folders(tmp_path) == [Path(after._folder.name).name]
    after.close()


def test_a_folder_taken_for_abandoned_before_its_build_opened_it_is_made_again(tmp_path, monkeypatch):
    """Another build's sweep in the instant between making the folder and opening it."""
    import tempfile

    from claimgraph.export import spill

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    made, real = [], spill._hold

    def swept_first(folder):
        made.append(folder)
        if len(made) == 1:
            assert spill.remove_abandoned(tmp_path) == [folder]
        return real(folder)

    monkeypatch.setattr(spill, "_hold", swept_first)
    _usable_and_alone(SpilledGraph(), tmp_path)
    assert len(made) == 2 and not made[0].exists()


def test_a_folder_taken_for_abandoned_before_its_build_locked_it_is_made_again(tmp_path, monkeypatch):
    """The sweep between opening the folder and locking it: the build waits for the sweep,
    sees its folder gone and makes another."""
    import fcntl
    import tempfile

    from claimgraph.export import spill

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    real, swept = fcntl.flock, []

    def sweep_first(fd, operation):
        if operation == fcntl.LOCK_EX and not swept:  # the build's own lock, not the sweep's (LOCK_NB)
            swept.extend(spill.remove_abandoned(tmp_path))
        return real(fd, operation)

    monkeypatch.setattr(fcntl, "flock", sweep_first)
    graph = SpilledGraph()
    assert len(swept) == 1 and not swept[0].exists() and Path(graph._folder.name) != swept[0]
    _usable_and_alone(graph, tmp_path)


def _usable_and_alone(graph: SpilledGraph, folder: Path) -> None:
    graph.add_nodes_from([("n", {"label": "x"})])
    graph.add_edges_from([("n", "n", "k", {"relation": "r"})])
    assert _gephi_folders(folder) == [Path(graph._folder.name).name]
    graph.close()
    assert _gephi_folders(folder) == []


def test_a_graph_that_cannot_start_leaves_no_folder_nor_lock(tmp_path, monkeypatch):
    import sqlite3
    import tempfile

    import pytest

    from claimgraph.errors import ExportError

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))

    def refuse(*args, **kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    with monkeypatch.context() as m:
        m.setattr(sqlite3, "connect", refuse)
        with pytest.raises(ExportError, match="TMPDIR"):
            SpilledGraph()
    assert _gephi_folders(tmp_path) == []
