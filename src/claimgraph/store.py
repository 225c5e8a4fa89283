"""Triple stores: push a built ``kg/`` into one, and ask SPARQL over ``kg/`` locally.

``push`` reads the named graphs from ``kg/graph.nq`` and sends each with the SPARQL 1.1
Graph Store HTTP Protocol: ``PUT <endpoint>?graph=<article IRI>``, which replaces that
graph, so pushing the same build again leaves the store as it was. ``open_store``
loads ``kg/graph.nq`` into an embedded Oxigraph store (the one place that knows which
file of ``kg/`` holds the named graphs). ``format_results`` renders SPARQL JSON results
as a table, CSV or JSON, the same way whichever store answered.
"""

from __future__ import annotations

import csv
import io
import json
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict
from collections.abc import Mapping
from pathlib import Path

import pyoxigraph as ox
from pydantic import BaseModel, ConfigDict

from .errors import ClaimgraphError, StoreError
from .sparql import DISPLAY_PREFIXES, shorten
from .table import text_table

__all__ = ["FORMATS", "PushReport", "format_results", "named_graphs", "open_store", "push", "text_table"]

FORMATS = ("table", "csv", "json")
_NQ = "graph.nq"


class PushReport(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    endpoint: str
    graphs: int
    triples: int


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


def push(kg: Path, endpoint: str, timeout: float = 60.0) -> PushReport:
    """PUT every article's named graph to a Graph Store Protocol endpoint, replacing it."""
    parts = urllib.parse.urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise StoreError(f"{endpoint!r} is not an http(s) URL; give the store's Graph Store endpoint, "
                         "e.g. http://localhost:7878/store (Oxigraph)")
    graphs = named_graphs(kg)
    if not graphs:
        raise StoreError(f"{_nquads(kg)} holds no named graph; run claimgraph build first")
    triples = 0
    for iri, body in graphs.items():
        separator = "&" if parts.query else "?"
        url = f"{endpoint}{separator}{urllib.parse.urlencode({'graph': iri})}"
        request = urllib.request.Request(url, data=body, method="PUT",
                                         headers={"Content-Type": "application/n-triples; charset=utf-8"})
        _send(request, endpoint, iri, timeout)
        triples += body.count(b"\n")
    return PushReport(endpoint=endpoint, graphs=len(graphs), triples=triples)


def _send(request: urllib.request.Request, endpoint: str, iri: str, timeout: float) -> None:
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (http(s) only)
            response.read()
    except urllib.error.HTTPError as err:
        detail = err.read(300).decode("utf-8", "replace").strip()
        hint = (" (is this the Graph Store endpoint? Oxigraph: /store, Fuseki: /DATASET/data, "
                "GraphDB: /repositories/REPO/rdf-graphs/service)" if err.code in (404, 405) else "")
        raise StoreError(f"{endpoint} refused graph <{iri}>: HTTP {err.code} {err.reason}{hint}"
                         f"{': ' + detail if detail else ''}") from err
    except (urllib.error.URLError, OSError) as err:
        reason = getattr(err, "reason", err)
        raise StoreError(f"cannot reach the store at {endpoint}: {reason}; is it running, "
                         "and is the URL right?") from err


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
