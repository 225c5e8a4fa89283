"""Triple stores: the named graphs of a built ``kg/`` (which push.py sends to a store), and
SPARQL over ``kg/`` locally.

``named_graphs`` reads the named graphs from ``kg/graph.nq``. ``local_query``
answers over ``kg/graph.nq`` in an embedded Oxigraph store whose default graph is the
union of the named graphs. ``format_results`` renders SPARQL JSON results as a table,
CSV or JSON, the same way whichever store answered.
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
import urllib.parse
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox

from .errors import ClaimgraphError, StoreError

__all__ = ["FORMATS", "format_results", "local_query", "named_graphs"]

FORMATS = ("table", "csv", "json")
# Prefixes a table shows IRIs with (CSV and JSON keep them whole).
TABLE_PREFIXES = (
    ("cgid:", "https://w3id.org/claimgraph/id/"), ("cg:", "https://w3id.org/claimgraph/ns#"),
    ("schema:", "https://schema.org/"), ("oa:", "http://www.w3.org/ns/oa#"),
    ("prov:", "http://www.w3.org/ns/prov#"), ("skos:", "http://www.w3.org/2004/02/skos/core#"),
    ("rdfs:", "http://www.w3.org/2000/01/rdf-schema#"), ("xsd:", "http://www.w3.org/2001/XMLSchema#"),
    ("wd:", "http://www.wikidata.org/entity/"),
)
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


def local_query(kg: Path, sparql: str) -> dict:
    """SPARQL over ``kg/graph.nq`` (default graph = union of the articles' graphs), as
    SPARQL 1.1 JSON results; a CONSTRUCT or DESCRIBE gives ``{"ntriples": …}``."""
    store = ox.Store()
    path = _nquads(kg)
    try:
        store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
    except SyntaxError as err:
        raise StoreError(f"{path} is not valid N-Quads ({err}); rebuild it with claimgraph build") from err
    try:
        result = store.query(sparql, use_default_graph_as_union=True)
    except SyntaxError as err:
        raise ClaimgraphError(f"the query is not valid SPARQL: {err}") from err
    if isinstance(result, ox.QueryTriples):
        return {"ntriples": ox.serialize(result, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")}
    if isinstance(result, bool):
        return {"head": {}, "boolean": result}
    return json.loads(result.serialize(format=ox.QueryResultsFormat.JSON))


def format_results(results: dict, fmt: str = "table") -> str:
    """SPARQL JSON results as ``table`` (IRIs shortened, aligned for CJK), ``csv`` or ``json``."""
    if fmt not in FORMATS:
        raise ClaimgraphError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    if "ntriples" in results:
        return results["ntriples"]
    if fmt == "json":
        return json.dumps(results, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    if "boolean" in results:
        return ("true" if results["boolean"] else "false") + "\n"
    names = results["head"].get("vars", [])
    rows = [[_cell(binding.get(name), fmt) for name in names] for binding in results["results"]["bindings"]]
    if fmt == "csv":
        out = io.StringIO()
        csv.writer(out, lineterminator="\r\n").writerows([names, *rows])
        return out.getvalue()
    return text_table(names, rows)


def _cell(term: dict | None, fmt: str) -> str:
    if term is None:
        return ""
    value = term["value"]
    if fmt == "table":
        value = " ".join(value.split())
        if term["type"] == "uri":
            for prefix, iri in TABLE_PREFIXES:
                if value.startswith(iri):
                    return prefix + urllib.parse.unquote(value[len(iri):])
    return value


def text_table(names: list[str], rows: list[list[str]]) -> str:
    """Rows under a header, columns aligned for a terminal (CJK characters are two wide)."""
    widths = [max(_width(r[i]) for r in [names, *rows]) for i in range(len(names))]
    lines = [names, ["-" * w for w in widths], *rows]
    return "".join("  ".join(_pad(c, w) for c, w in zip(line, widths)).rstrip() + "\n" for line in lines)


def _width(text: str) -> int:
    """Columns a terminal gives ``text``: two for wide (CJK) characters."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def _nquads(kg: Path) -> Path:
    path = kg / _NQ if kg.is_dir() else kg
    if not path.is_file():
        raise ClaimgraphError(f"{path}: not found; build the graph first (claimgraph build corpus --out {kg})")
    return path
