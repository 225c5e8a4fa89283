"""Triple stores: the named graphs of a built ``kg/`` (which push.py sends to a store), and
SPARQL over ``kg/`` locally.

``named_graphs`` reads the named graphs from ``kg/graph.nq`` (push.py sends them to a
store). ``open_store`` loads ``kg/graph.nq`` into an embedded Oxigraph store (the one place
that knows which file of ``kg/`` holds the named graphs). ``format_results`` renders SPARQL
JSON results as a table, CSV or JSON, the same way whichever store answered.
"""

from __future__ import annotations

import csv
import io
import json
import urllib.parse
from collections import defaultdict
from collections.abc import Mapping
from pathlib import Path

import pyoxigraph as ox

from .errors import ClaimgraphError, StoreError
from .sparql import DISPLAY_PREFIXES, shorten
from .table import text_table

__all__ = ["FORMATS", "format_results", "named_graphs", "open_store", "text_table"]

FORMATS = ("table", "csv", "json")
_NQ = "graph.nq"


def named_graphs(kg: Path) -> dict[str, bytes]:
    """Graph IRI -> its triples as N-Triples, read from ``kg/graph.nq``, in IRI order."""
    path = _nquads(kg)
    triples: dict[str, list[ox.Triple]] = defaultdict(list)
    try:
        for quad in ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS):
            if not isinstance(quad.graph_name, ox.NamedNode):
                raise StoreError(f"{path}: a triple outside a named graph ({quad}); rebuild kg/ with claimgraph build")
            triples[quad.graph_name.value].append(quad.triple)
    except SyntaxError as err:
        raise StoreError(f"{path} is not valid N-Quads ({err}); rebuild it with claimgraph build") from err
    return {iri: ox.serialize(ts, format=ox.RdfFormat.N_TRIPLES) for iri, ts in sorted(triples.items())}


def open_store(kg: Path) -> ox.Store:
    """``kg/``'s named graphs in an in-memory Oxigraph store; query it with
    ``use_default_graph_as_union=True`` to read them as one graph."""
    store = ox.Store()
    path = _nquads(kg)
    try:
        store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
    except SyntaxError as err:
        raise StoreError(f"{path} is not valid N-Quads ({err}); rebuild it with claimgraph build") from err
    return store


def format_results(results: dict, fmt: str = "table", prefixes: Mapping[str, str] = DISPLAY_PREFIXES) -> str:
    """SPARQL JSON results as ``table`` (IRIs shortened with ``prefixes``, aligned for
    CJK), ``csv`` or ``json``."""
    if fmt not in FORMATS:
        raise ClaimgraphError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    if "ntriples" in results:
        return results["ntriples"]
    if fmt == "json":
        return json.dumps(results, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    if "boolean" in results:
        return ("true" if results["boolean"] else "false") + "\n"
    names = results["head"].get("vars", [])
    if fmt == "csv":
        out = io.StringIO()
        rows = [[binding.get(name, {}).get("value", "") for name in names] for binding in results["results"]["bindings"]]
        csv.writer(out, lineterminator="\r\n").writerows([names, *rows])
        return out.getvalue()
    rows = [[_cell(binding.get(name), prefixes) for name in names] for binding in results["results"]["bindings"]]
    return text_table(names, rows)


def _cell(term: dict | None, prefixes: Mapping[str, str]) -> str:
    if term is None:
        return ""
    if term["type"] == "uri":
        return shorten(term["value"], prefixes)
    return " ".join(term["value"].split())


def _nquads(kg: Path) -> Path:
    path = kg / _NQ if kg.is_dir() else kg
    if not path.is_file():
        raise ClaimgraphError(f"{path}: not found; build the graph first (claimgraph build corpus --out {kg})")
    return path
