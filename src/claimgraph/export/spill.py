"""The full Gephi graph of a build, held on disk while the articles come in.

A build's full graph (articles, claims, entities, sources and every edge between them)
grows with the corpus: held as a networkx graph it was the one thing in a build's memory
that did (some 150 KB an article). ``SpilledGraph`` keeps it in a temporary SQLite file
instead, merging a node's or an edge's attributes the way networkx does (a later article's
value of an attribute replaces an earlier one's), and at the end reads it back, styled as
``views.styled`` styles a networkx graph, in the order the writers of gephi.py write:
nodes sorted by id, edges by (key, source, target). What stays in memory is what the end
needs all at once: each node's degree and the edges between node numbers for the layout.

SQLite's default (binary) collation compares UTF-8 bytes, which orders strings as Python
does (by code point), so the order read back is the order ``sorted`` gives.

The folder (``claimgraph-gephi-*`` in the temporary folder) is kept locked (flock on the
folder itself) by its build while it lives; the kernel lets go of it when the process ends,
killed or not, so each new build removes the folders no build holds: those of builds killed
before they could remove them (some 40 KB an article, 400 MB after a killed build of
10,000), even one killed between making its folder and locking it. A folder removed that
way just before its own build locked it is seen to be gone (no link left), and the build
makes another.
"""

from __future__ import annotations

import marshal
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from ..children import held, let_go
from ..errors import ExportError
from .gephi import columns
from .layout import numbered_layout
from .views import style_edge, style_node

__all__ = ["SpilledGraph", "edge_rows", "node_rows", "remove_abandoned"]

_BATCH = 2_000  # rows read back per query round
_PREFIX = "claimgraph-gephi-"


class _Unplaced(dict):
    """Every node at the origin: the positions while the columns are read, before the layout's."""

    def __missing__(self, node: str) -> tuple[float, float]:
        return 0.0, 0.0


class _NodeView:
    """``graph.nodes`` as networkx gives it, as far as the writers use it."""

    def __init__(self, graph: SpilledGraph):
        self._graph = graph

    def __iter__(self) -> Iterator[str]:
        return iter(self._graph.degree)

    def __call__(self, data: bool = False) -> Iterator:
        return self._graph.sorted_nodes() if data else iter(self._graph.degree)


def node_rows(nodes: Iterable[tuple[str, dict]]) -> list[tuple[str, bytes]]:
    """(node, attributes marshalled): a node as ``SpilledGraph.add_rows`` stores it."""
    return [(node, _blob(attrs)) for node, attrs in nodes]


def edge_rows(edges: Iterable[tuple[str, str, str, dict]]) -> list[tuple[str, str, str, bytes]]:
    """(key, source, target, attributes marshalled) of (source, target, key, attributes):
    an edge as ``SpilledGraph.add_rows`` stores it."""
    return [(str(key), u, v, _blob(attrs)) for u, v, key, attrs in edges]


def _blob(attrs) -> bytes:
    return marshal.dumps(attrs if type(attrs) is dict else dict(attrs))  # a view of networkx's is no dict


def _merged(old: bytes, new: bytes) -> bytes:
    """networkx's update of an element's attributes: the new values over the old ones."""
    return marshal.dumps({**marshal.loads(old), **marshal.loads(new)})


class SpilledGraph:
    """A directed multigraph written to a temporary SQLite file; ``add_nodes_from`` and
    ``add_edges_from`` as networkx takes them, then ``finish`` once, then the read side
    (``nodes``, ``sorted_nodes``, ``sorted_edges`` …) as many times as needed, in this
    process or a forked one."""

    def __init__(self) -> None:
        try:
            remove_abandoned(Path(tempfile.gettempdir()))
            self._folder, self._lock = _held_folder()
        except OSError as err:
            raise ExportError(f"cannot make a temporary folder for the Gephi graph ({err}); set TMPDIR to a "
                              "writable folder with room for some 40 KB an article") from err
        self._path = Path(self._folder.name) / "graph.sqlite"
        self._pid = os.getpid()
        try:
            with self._writing():
                self._db = self._connect()
                self._db.executescript("""
            PRAGMA journal_mode = OFF;
            PRAGMA synchronous = OFF;
            CREATE TABLE nodes (id TEXT PRIMARY KEY, data BLOB NOT NULL) WITHOUT ROWID;
            CREATE TABLE edges (key TEXT, u TEXT, v TEXT, data BLOB NOT NULL, PRIMARY KEY (key, u, v)) WITHOUT ROWID;
            """)
        except ExportError:
            self._release()
            raise
        self.degree: dict[str, int] = {}
        self._top = 0
        self._positions: dict[str, tuple[float, float]] = {}
        self._styles: dict[tuple, dict] = {}  # node_style by (kind, type, degree): a few dozen, once finished
        self._nodes = self._edges = 0
        self.columns: tuple[dict[str, str], dict[str, str]] | None = None  # known once finished

    @contextmanager
    def _writing(self) -> Iterator[None]:
        """SQLite's errors (a full disk, most often) as ExportError naming the file and the fix."""
        try:
            yield
        except sqlite3.Error as err:
            raise ExportError(f"cannot hold the Gephi graph in {self._path} ({err}); free some room there or set "
                              "TMPDIR to a folder with room for some 40 KB an article") from err

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self._path, isolation_level=None)
        db.create_function("merged", 2, _merged, deterministic=True)
        return db

    def _conn(self) -> sqlite3.Connection:
        """The connection of this process (a forked process opens its own)."""
        if os.getpid() != self._pid:
            self._pid, self._db = os.getpid(), self._connect()
        return self._db

    def add_nodes_from(self, nodes: Iterable[tuple[str, dict]]) -> None:
        self.add_rows(node_rows(nodes), [])

    def add_node(self, node: str, **attrs) -> None:
        self.add_nodes_from([(node, attrs)])

    def add_edges_from(self, edges: Iterable[tuple[str, str, str, dict]]) -> None:
        self.add_rows([], edge_rows(edges))

    def add_rows(self, nodes: list[tuple[str, bytes]], edges: list[tuple[str, str, str, bytes]]) -> None:
        """Nodes and edges as ``node_rows`` and ``edge_rows`` give them (made where the article
        was rendered), with the edges' ends as nodes, in one transaction."""
        empty = marshal.dumps({})
        with self._writing():
            db = self._conn()
            db.execute("BEGIN")
            db.executemany("INSERT INTO nodes VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET data = merged(data, excluded.data)",
                           nodes)
            # the ends not among ``nodes``, each once: none for an article's rows (article_network lists every end)
            listed = {node for node, _ in nodes}
            endpoints = dict.fromkeys(n for _, u, v, _ in edges for n in (u, v) if n not in listed)
            db.executemany("INSERT INTO nodes VALUES (?, ?) ON CONFLICT (id) DO NOTHING",
                           [(n, empty) for n in endpoints])
            db.executemany("INSERT INTO edges VALUES (?, ?, ?, ?) ON CONFLICT (key, u, v) "
                           "DO UPDATE SET data = merged(data, excluded.data)", edges)
            db.execute("COMMIT")

    def layout(self) -> list[tuple[float, float]]:
        """The layout's positions of the nodes, in id order, for ``finish``: the slowest step
        of the end, and one that reads only the nodes and edges, so a forked process can work
        it out while this one does the rest."""
        db = self._conn()
        # the nodes numbered in id order, and each pair of two joined once, in order, worked out
        # by SQLite on disk: the pairs reach igraph one row at a time, never as a Python set
        db.execute("CREATE TEMP TABLE IF NOT EXISTS numbered (id TEXT PRIMARY KEY, i INTEGER NOT NULL) WITHOUT ROWID")
        db.execute("DELETE FROM numbered")
        db.execute("INSERT INTO numbered SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 FROM nodes")
        n = db.execute("SELECT COUNT(*) FROM numbered").fetchone()[0]
        pairs = db.execute("SELECT DISTINCT min(a.i, b.i), max(a.i, b.i) FROM edges JOIN numbered a ON a.id = edges.u "
                           "JOIN numbered b ON b.id = edges.v WHERE edges.u != edges.v ORDER BY 1, 2")
        return numbered_layout(n, pairs)

    def finish(self, positions: Callable[[], list[tuple[float, float]]] | None = None) -> None:
        """Degrees, the layout's positions, the counts and the columns, once every element is in;
        ``positions()`` gives the positions when ``layout`` was worked out elsewhere meanwhile."""
        db = self._conn()
        degree = dict.fromkeys((n for (n,) in db.execute("SELECT id FROM nodes ORDER BY id")), 0)
        for query in ("SELECT u, COUNT(*) FROM edges GROUP BY u", "SELECT v, COUNT(*) FROM edges GROUP BY v"):
            for node, n in db.execute(query):
                degree[node] += n
        self.degree, self._top, self._styles = degree, max(degree.values(), default=0), {}
        self._nodes = len(degree)
        self._edges = db.execute("SELECT COUNT(*) FROM edges").fetchone()[0]
        # the writers' columns, read once here rather than by each writer (and each forked one);
        # every node has a position, a float, whatever the layout gives
        self._positions = _Unplaced()
        self.columns = (columns(data for _, data in self.sorted_nodes()), columns(self.edge_data()))
        self._positions = dict(zip(degree, positions() if positions is not None else self.layout(), strict=True))

    # the read side, as gephi.py reads a networkx graph
    def is_multigraph(self) -> bool:
        return True

    def number_of_nodes(self) -> int:
        return self._nodes

    def number_of_edges(self) -> int:
        return self._edges

    @property
    def nodes(self) -> _NodeView:
        """Iterated: the node ids, sorted; called with ``data=True``: ``sorted_nodes()``."""
        return _NodeView(self)

    def sorted_nodes(self) -> Iterator[tuple[str, dict]]:
        """(node, styled attributes), sorted by node."""
        for node, blob in self._rows("SELECT id, data FROM nodes {} ORDER BY id LIMIT ?", "id", 1):
            attrs = marshal.loads(blob)
            style_node(attrs, node, self.degree[node], self._top, self._styles)
            attrs["x"], attrs["y"] = self._positions[node]
            yield node, attrs

    def sorted_edges(self) -> Iterator[tuple[str, str, str, dict]]:
        """(source, target, key, styled attributes), sorted by (key, source, target). Edges
        of one relation sort together and most hold the same data ({"relation": "mentions"}):
        an edge with the data of the edge before gets a copy of its styled attributes."""
        last, styled = None, {}
        for key, u, v, blob in self._rows("SELECT key, u, v, data FROM edges {} ORDER BY key, u, v LIMIT ?",
                                          "(key, u, v)", 3):
            if blob != last:
                last, styled = blob, marshal.loads(blob)
                style_edge(styled)
            yield u, v, key, dict(styled)

    def edge_data(self) -> Iterator[dict]:
        """The styled attributes of the edges, each distinct set once, in no particular order:
        all the columns read (a column's type does not depend on how many edges hold a value),
        and most edges share theirs with thousands of others (a mention, an appearance)."""
        for (blob,) in self._conn().execute("SELECT DISTINCT data FROM edges"):
            attrs = marshal.loads(blob)
            style_edge(attrs)
            yield attrs

    def _rows(self, query: str, order: str, width: int) -> Iterator[tuple]:
        """Every row of ``query`` (ordered by ``order``, the table's key of ``width`` columns),
        a batch at a time, each batch after the last row of the one before; no cursor is held
        between batches, so two readings can interleave."""
        rows = self._conn().execute(query.format(""), (_BATCH,)).fetchall()
        after = query.format(f"WHERE {order} > ({', '.join('?' * width)})")
        while True:
            yield from rows
            if len(rows) < _BATCH:
                return
            rows = self._conn().execute(after, (*rows[-1][:width], _BATCH)).fetchall()

    def close(self) -> None:
        if os.getpid() == self._pid:
            self._db.close()
            self._release()

    def _release(self) -> None:
        """The folder removed, then its lock let go."""
        self._folder.cleanup()
        if self._lock is not None:
            let_go(self._lock)
            os.close(self._lock)
            self._lock = None


def _held_folder() -> tuple[tempfile.TemporaryDirectory, int | None]:
    """A new folder for the graph and the descriptor that keeps it locked (None where there
    is no flock: it is never taken for abandoned). Another build that took it for abandoned in
    the instant between its making and its lock has removed it: then it is made again."""
    while True:
        folder = tempfile.TemporaryDirectory(prefix=_PREFIX, ignore_cleanup_errors=True)
        try:
            lock = _hold(Path(folder.name))
        except FileNotFoundError:  # removed before it could even be opened
            folder.cleanup()
            continue
        if lock is None or os.fstat(lock).st_nlink > 0:
            return folder, lock
        os.close(lock)
        folder.cleanup()


def _hold(folder: Path) -> int | None:
    """A descriptor of ``folder`` holding its lock (flock) for as long as it stays open; it
    waits while another build holds the folder to remove it. None where there is no flock
    (Windows, some network file systems)."""
    try:
        import fcntl
    except ImportError:
        return None
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
    except OSError:
        os.close(fd)
        return None
    return held(fd)  # a process forked while it lives holds no copy of it


def remove_abandoned(folder: Path) -> list[Path]:
    """Remove the Gephi graph folders in ``folder`` that no build holds locked: their build
    ended without removing them (it was killed). A folder held is a live build's; one that
    cannot be locked here (no flock on that file system) or opened (another user's) is left
    alone. Each is removed while this build holds its lock. Returns the folders removed."""
    try:
        import fcntl
        candidates = sorted(p for p in folder.iterdir() if p.name.startswith(_PREFIX))
    except (ImportError, OSError):
        return []
    removed = []
    for path in candidates:
        try:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        except OSError:  # another user's, or gone
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:  # held by a live build, or no flock here
            os.close(fd)
            continue
        try:
            shutil.rmtree(path, ignore_errors=True)
        finally:
            os.close(fd)
        removed.append(path)
    return removed
