"""GraphML for Gephi, written from the knowledge graph's networkx view.

GraphML cannot hold: None (the attribute is left out), lists (joined with "; "),
control characters (dropped), NaN (left out); ids must be XML NMTOKENs, so node ids
are the graph's keys with every other character replaced, and every edge has an id
unique in the whole file. Keys get readable ids (``node_label``, ``edge_weight``) so
Gephi does not mistake numbered keys for its label columns.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from xml.sax.saxutils import quoteattr

import networkx as nx

_NOT_NMTOKEN = re.compile(r"[^\w.\-:]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}


def generate_graphml(graph: nx.MultiDiGraph) -> Iterator[str]:
    """GraphML text, piece by piece; no I/O."""
    ids = _node_ids(graph)
    node_keys = _keys(data for _, data in graph.nodes(data=True))
    edge_keys = _keys(data for _, _, data in graph.edges(data=True))
    yield '<?xml version="1.0" encoding="UTF-8"?>\n'
    yield ('<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
           'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
           'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
           'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n')
    for domain, keys in (("node", node_keys), ("edge", edge_keys)):
        for name, kind in keys.items():
            yield (f'  <key id={quoteattr(f"{domain}_{name}")} for="{domain}" '
                   f'attr.name={quoteattr(name)} attr.type="{kind}"/>\n')
    yield '  <graph id="claimgraph" edgedefault="directed">\n'
    for node in sorted(graph.nodes):
        yield f"    <node id={quoteattr(ids[node])}>\n"
        yield from _data("node", graph.nodes[node], node_keys)
        yield "    </node>\n"
    edges = sorted(graph.edges(keys=True, data=True), key=lambda e: (str(e[2]), e[0], e[1]))
    used: set[str] = set()
    for source, target, key, data in edges:
        edge_id = _unique(_NOT_NMTOKEN.sub("_", f"e:{key}"), used)
        yield (f"    <edge id={quoteattr(edge_id)} source={quoteattr(ids[source])} "
               f"target={quoteattr(ids[target])}>\n")
        yield from _data("edge", data, edge_keys)
        yield "    </edge>\n"
    yield "  </graph>\n</graphml>\n"


def _node_ids(graph: nx.MultiDiGraph) -> dict[str, str]:
    used: set[str] = set()
    return {node: _unique(_NOT_NMTOKEN.sub("_", str(node)) or "node", used) for node in sorted(graph.nodes)}


def _unique(candidate: str, used: set[str]) -> str:
    out, n = candidate, 1
    while out in used:
        n += 1
        out = f"{candidate}.{n}"
    used.add(out)
    return out


def _keys(datas) -> dict[str, str]:
    """Attribute name -> GraphML type; a name seen with two types becomes a string."""
    keys: dict[str, str] = {}
    for data in datas:
        for name, value in data.items():
            value = _clean(value)
            if value is None:
                continue
            kind = _TYPES[type(value)]
            keys[name] = kind if keys.get(name, kind) == kind else "string"
    return dict(sorted(keys.items()))


def _data(domain: str, data: dict, keys: dict[str, str]) -> Iterator[str]:
    for name in keys:
        value = _clean(data.get(name))
        if value is None:
            continue
        if isinstance(value, bool):
            text = "true" if value else "false"
        elif keys[name] == "string":
            text = str(value)
        else:
            text = repr(value)
        escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        yield f'      <data key={quoteattr(f"{domain}_{name}")}>{escaped}</data>\n'


def _clean(value):
    """The value as GraphML can hold it, or None to leave it out."""
    if value is None:
        return None
    if isinstance(value, (list, tuple, set, frozenset)):
        value = "; ".join(str(v) for v in value)
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, bool | int | float):
        return value
    return _CONTROL.sub("", str(value))
