"""The files of ``kg/``, written article by article as each article's output arrives.

Each RDF file is the articles' blocks in the order they are added (the build adds them in
article id order), then the entities graph, which is known only at the end: N-Triples and
N-Quads sorted within each block, Turtle one block per subject, JSON-LD one node per
subject. Only what spans articles is held until the end: the merged entities, the names
they were found under, the date, the entity network (its size grows with the pairs of
entities, not the text), and the full Gephi graph, which waits in a temporary SQLite file
(spill.py) rather than in memory, its nodes carrying Gephi's labels and columns, not the RDF.

The sink writes through ``open_file(name, binary)``: files in a staging folder for a build,
buffers in memory for ``render``. It does no linking of its own beyond merging.
"""

from __future__ import annotations

import marshal
import multiprocessing
import os
import sys
from collections.abc import Callable
from importlib import resources
from typing import IO, Protocol

import networkx as nx

from ..children import end_with_parent
from ..errors import ExportError
from ..models import Entity
from .gephi import generate_gephi, generate_gexf, generate_graphml
from .rdf import ENTITIES_GRAPH, PREFIXES, entity_triples
from .spill import SpilledGraph
from .views import EntityPairs, entity_node
from .writers import jsonld_footer, jsonld_header, jsonld_nodes, ntriples_lines, terminated, turtle_block, turtle_header

__all__ = ["FILES", "KgSink", "RDF_FILES"]

RDF_FILES = ("graph.nq", "graph.nt", "graph.ttl", "graph.jsonld")
GEPHI_FILES = ("graph.graphml", "graph.gexf", "entities.graphml", "entities.gexf")
PACKAGED_FILES = ("ontology.ttl", "shapes.ttl")
FILES = (*RDF_FILES, *GEPHI_FILES, *PACKAGED_FILES)


class ArticleBlocks(Protocol):
    """What the sink reads of one article's output (``pipeline.ArticleOutput``)."""

    nt: bytes  # UTF-8, as the files hold them
    nq: bytes
    ttl: bytes
    jsonld: bytes
    nodes: list  # spill.node_rows
    edges: list  # spill.edge_rows
    pair_claims: dict
    pair_stances: dict
    pair_articles: dict
    entities: tuple[Entity, ...]
    names: dict
    date: str | None


class KgSink:
    """Writes every file of ``kg/``; ``add`` one article at a time, then ``close``."""

    def __init__(self, open_file: Callable[[str, bool], IO], fork: bool = False):
        """``open_file(name, binary)``: the file to write ``name`` into, taking bytes when
        ``binary`` (the RDF files, whose blocks arrive encoded) else text."""
        self._open = lambda name: open_file(name, False)
        self._fork = fork  # files on disk and more than one core: the layout and the big Gephi pair in forked processes
        self._rdf = {name: open_file(name, True) for name in RDF_FILES}
        self._rdf["graph.ttl"].write(turtle_header(PREFIXES).encode())
        self._rdf["graph.jsonld"].write(jsonld_header(PREFIXES).encode())
        self._jsonld_nodes = 0
        self.entities: dict[str, Entity] = {}
        self._names: dict[str, set[str]] = {}
        self._graph = SpilledGraph()
        self._pairs = EntityPairs()
        self._date: str | None = None
        self.articles = 0

    def add(self, out: ArticleBlocks) -> None:
        """One article's blocks, in the order the files will hold them."""
        self._rdf["graph.nt"].write(out.nt)
        self._rdf["graph.nq"].write(out.nq)
        self._rdf["graph.ttl"].write(out.ttl)
        self._jsonld(out.jsonld)
        for e in out.entities:
            known = self.entities.get(e.key)
            if known is None or (e.confirmed and not known.confirmed):
                self.entities[e.key] = e
        for key, names in out.names.items():
            self._names.setdefault(key, set()).update(names)
        self._graph.add_rows(out.nodes, out.edges)
        self._pairs.add(out.pair_claims, out.pair_stances, out.pair_articles)
        if out.date and (self._date is None or out.date > self._date):
            self._date = out.date
        self.articles += 1

    def close(self, stage: Callable[[str], None] = lambda name: None) -> None:
        """The entities graph, the RDF files' endings, the Gephi files, ontology and shapes;
        ``stage("write")`` is called once everything but the full graph's Gephi pair is written."""
        entities = dict(sorted(self.entities.items()))
        full = self._graph
        full.add_nodes_from((f"entity:{key}", entity_node(e)) for key, e in entities.items())
        positions = self._forked(full.layout)  # on a second core while this one writes the rest
        names = {k: tuple(sorted(v)) for k, v in sorted(self._names.items())}
        triples = entity_triples(entities.values(), names)
        lines = ntriples_lines(triples)
        self._rdf["graph.nt"].write(terminated(lines, " .\n").encode())
        self._rdf["graph.nq"].write(terminated(lines, f" <{ENTITIES_GRAPH}> .\n").encode())
        self._rdf["graph.ttl"].write(turtle_block(triples, PREFIXES).encode())
        self._jsonld(jsonld_nodes(triples, PREFIXES).encode())
        self._rdf["graph.jsonld"].write(jsonld_footer(self._jsonld_nodes > 0).encode())
        for name in RDF_FILES:
            self._finish(self._rdf[name])
        network = self._pairs.network(entities)
        self._gephi("entities", network, "entities linked through claims and stances")
        for name in PACKAGED_FILES:
            fh = self._open(name)
            fh.write((resources.files("claimgraph") / "data" / name).read_text(encoding="utf-8"))
            self._finish(fh)
        full.finish(positions)  # degrees and the layout: read back styled as views.styled styles a graph
        stage("write")
        description = "articles, claims, entities and stances"
        helper = self._helper("graph.gexf", lambda: self._gexf("graph.gexf", full, description))
        if helper is None:  # one process: both files from one reading of the graph
            self._gephi("graph", full, description)
        else:
            self._graphml("graph.graphml", full)
            _joined(helper, "graph.gexf could not be written")
        full.close()

    def _helper(self, name: str, write: Callable[[], None]):
        """``write`` started in a forked process when the sink writes files and may use a
        second core (the two big Gephi files take the same time: one each); else None."""
        if not self._forks():
            return None
        helper = multiprocessing.get_context("fork").Process(target=_run_helper, args=(write, name, os.getpid()),
                                                             daemon=True)
        helper.start()
        return helper

    def _forks(self) -> bool:
        return self._fork and "fork" in multiprocessing.get_all_start_methods()

    def _forked(self, compute: Callable[[], object]) -> Callable[[], object] | None:
        """``compute`` started in a forked process, as ``_helper`` starts one, and the call that
        waits for its result (marshalled back through a pipe); None where ``_helper`` gives None."""
        if not self._forks():
            return None
        receive, send = multiprocessing.get_context("fork").Pipe(duplex=False)
        helper = self._helper("the layout of graph.graphml", lambda: send.send_bytes(marshal.dumps(compute())))
        send.close()

        def result() -> object:
            try:
                data = receive.recv_bytes()
            except EOFError:  # it stopped before sending: its status says why
                data = b""
            finally:
                receive.close()
            _joined(helper, "the layout of graph.graphml could not be worked out")
            return marshal.loads(data)

        return result

    def _jsonld(self, text: bytes) -> None:
        if text:
            self._rdf["graph.jsonld"].write(b",\n" if self._jsonld_nodes else b"\n")
            self._rdf["graph.jsonld"].write(text)
            self._jsonld_nodes += 1

    def _graphml(self, name: str, graph: nx.Graph) -> None:
        fh = self._open(name)
        fh.writelines(generate_graphml(graph))
        self._finish(fh)

    def _gephi(self, stem: str, graph: nx.Graph, description: str) -> None:
        """``stem``.graphml and ``stem``.gexf, written together from one reading of ``graph``."""
        graphml, gexf = self._open(f"{stem}.graphml"), self._open(f"{stem}.gexf")
        for graphml_piece, gexf_piece in generate_gephi(graph, self._date, description):
            graphml.write(graphml_piece)
            gexf.write(gexf_piece)
        self._finish(graphml)
        self._finish(gexf)

    def _gexf(self, name: str, graph: nx.Graph, description: str) -> None:
        fh = self._open(name)
        fh.writelines(generate_gexf(graph, self._date, description))
        self._finish(fh)

    @staticmethod
    def _finish(fh: IO) -> None:
        finish = getattr(fh, "finish", None)
        if finish is not None:
            finish()


def _joined(helper: multiprocessing.Process, failed: str) -> None:
    """Waits for ``helper``; an ExportError saying ``failed`` when it did not end well."""
    helper.join()
    if helper.exitcode != 0:
        raise ExportError(f"{failed} (its process stopped with status {helper.exitcode}); nothing was replaced")


def _run_helper(write: Callable[[], None], name: str, parent: int) -> None:
    end_with_parent(parent)  # a build killed leaves no helper writing into its abandoned folder
    try:
        write()
    except BaseException as err:  # noqa: BLE001 - reported by the exit status, named here
        print(f"claimgraph: cannot write {name}: {err}", file=sys.stderr)
        os._exit(1)
    os._exit(0)
