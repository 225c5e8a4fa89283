"""Exporters: they translate the knowledge graph into files, never link or extract.

``render`` makes every file's bytes in memory and checks the RDF against the SHACL
shapes; ``write_atomic`` then puts them in place through temporary files and renames,
so neither a crash nor a non-conforming graph leaves a half-written ``kg/``.
"""

from __future__ import annotations

import os
import tempfile
from importlib import resources
from pathlib import Path

from ..errors import ExportError
from ..graph import KnowledgeGraph
from .gephi import generate_gexf, generate_graphml
from .rdf import named_graphs, self_contained, to_jsonld, to_nquads, to_ntriples, to_turtle, union_graph
from .shacl import check_all
from .views import entity_network, full_view

__all__ = ["render", "write_atomic"]


def render(kg: KnowledgeGraph) -> dict[str, bytes]:
    """File name -> bytes for everything a build writes into ``kg/``; raises ExportError
    when the RDF does not conform to the shapes."""
    parts = named_graphs(kg)
    check_all(self_contained(parts))  # each named graph a store receives conforms on its own
    union = union_graph(kg, parts)
    dates = [x.article.date_published for x in kg.extractions if x.article.date_published]
    date = str(max(dates))[:10] if dates else None
    full, entities = full_view(kg), entity_network(kg)
    files = {
        "graph.ttl": to_turtle(union),
        "graph.nt": to_ntriples(union),
        "graph.nq": to_nquads(parts),
        "graph.jsonld": to_jsonld(union),
        "graph.graphml": "".join(generate_graphml(full)),
        "graph.gexf": "".join(generate_gexf(full, date, "articles, claims, entities and stances")),
        "entities.graphml": "".join(generate_graphml(entities)),
        "entities.gexf": "".join(generate_gexf(entities, date, "entities linked through claims and stances")),
    }
    out = {name: text.encode("utf-8") for name, text in files.items()}
    for name in ("ontology.ttl", "shapes.ttl"):
        out[name] = (resources.files("claimgraph") / "data" / name).read_bytes()
    return out


def write_atomic(files: dict[str, bytes], out: Path) -> None:
    """Write every file into ``out`` by temporary file and rename: every file is complete
    on disk before the first rename, and a failure leaves the old files and no debris."""
    staged: list[tuple[Path, Path]] = []
    try:
        out.mkdir(parents=True, exist_ok=True)
        for name, data in sorted(files.items()):
            fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=out)
            staged.append((Path(tmp), out / name))
            os.fchmod(fd, 0o644)
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
        for tmp, final in staged:
            os.replace(tmp, final)
    except OSError as err:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
        raise ExportError(f"cannot write the graph into {out}: {err.strerror or err}") from err
