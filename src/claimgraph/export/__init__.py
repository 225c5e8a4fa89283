"""Exporters: they translate the knowledge graph into files, never link or extract.

``render`` makes every file's bytes in memory; ``write_atomic`` then puts them in place
through temporary files and renames, so a crash never leaves a half-written graph.
"""

from __future__ import annotations

import os
import tempfile
from importlib import resources
from pathlib import Path

from ..errors import ExportError
from ..graph import KnowledgeGraph
from .gephi import generate_graphml
from .rdf import dataset, to_jsonld, to_nquads, to_ntriples, to_turtle, union_graph

__all__ = ["render", "write_atomic"]


def render(kg: KnowledgeGraph) -> dict[str, bytes]:
    """File name -> bytes for everything a build writes into ``kg/``."""
    union = union_graph(kg)
    files = {
        "graph.ttl": to_turtle(union),
        "graph.nt": to_ntriples(union),
        "graph.nq": to_nquads(dataset(kg)),
        "graph.jsonld": to_jsonld(union),
        "graph.graphml": "".join(generate_graphml(kg.graph)),
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
