"""GraphML and GEXF 1.3 for Gephi, written from a networkx graph (see views.py).

Neither format can hold None (the attribute is left out), lists (joined with "; "),
NaN or infinities (left out), or control characters (dropped); a value whose column
was declared with another type becomes a string column. GraphML ids must be XML
NMTOKENs, so node ids are the graph's keys with every other character replaced, and
every edge has an id unique in the whole file; keys get readable ids (``node_label``,
``edge_weight``) so Gephi does not take numbered keys for its label columns; a node's
position is its ``x`` and ``y`` columns and an element's colour its ``r``/``g``/``b``
columns, which Gephi and graphology read as such. GEXF has no empty graph name, declares
every attribute it uses, puts a node's colour, position and size and an edge's colour
into ``viz:`` elements, and pins ``lastmodifieddate`` to the data (the latest article
date), never to today, so rebuilds are byte-identical.

The writers yield text and do no I/O.
"""

from __future__ import annotations

import marshal
import math
import re
from collections.abc import Iterable, Iterator
from types import MappingProxyType

import networkx as nx

__all__ = ["columns", "generate_gephi", "generate_gexf", "generate_graphml", "graph_columns"]

_NOT_NMTOKEN = re.compile(r"[^\w.\-:]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_SPACE = re.compile(r"\s+")
_GRAPHML_TYPES = MappingProxyType({bool: "boolean", int: "long", float: "double", str: "string"})
_KEPT_TYPES = MappingProxyType({str: "string", int: "long"})  # types _clean returns as they are, never None
_GEXF_TYPES = MappingProxyType({"boolean": "boolean", "long": "long", "double": "double", "string": "string"})
_VIZ = ("r", "g", "b", "size", "x", "y")  # node attributes GEXF writes as viz: elements
_GEXF_EDGE_SPECIAL = ("label", "weight", "r", "g", "b")
# what xml.sax.saxutils.escape and quoteattr replace, in one pass of str.translate
_TEXT_ESCAPES = MappingProxyType(str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"}))
_ATTR_ESCAPES = MappingProxyType(str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;",
                                                "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"}))
_TEXT_SPECIAL = re.compile(r"[&<>]")
_ATTR_SPECIAL = re.compile(r"[&<>\n\r\t\"]")


def generate_graphml(graph: nx.Graph) -> Iterator[str]:
    """GraphML text, piece by piece (one an element); no I/O."""
    pieces = _Pieces(graph)
    yield pieces.graphml_head()
    for node, data in _sorted_nodes(graph):
        yield pieces.graphml_node(node, pieces.node_values.values(data))
    for edge_id, source, target, data in _edges(graph):
        yield pieces.edge(edge_id, source, target, data)[0]
    yield "  </graph>\n</graphml>\n"


def generate_gexf(graph: nx.Graph, date: str | None = None, description: str = "") -> Iterator[str]:
    """GEXF 1.3 text, piece by piece (one an element); no I/O. ``date`` (YYYY-MM-DD) is the data's date."""
    pieces = _Pieces(graph)
    yield pieces.gexf_head(date, description)
    for node, data in _sorted_nodes(graph):
        yield pieces.gexf_node(node, data, pieces.gexf_node_values.values(data))
    yield pieces.gexf_between()
    for edge_id, source, target, data in _edges(graph):
        yield pieces.edge(edge_id, source, target, data)[1]
    yield _GEXF_END


def generate_gephi(graph: nx.Graph, date: str | None = None, description: str = "") -> Iterator[tuple[str, str]]:
    """(GraphML piece, GEXF piece) pairs: the texts of ``generate_graphml`` and of
    ``generate_gexf`` from one reading of the graph, each element's values written once; no I/O."""
    pieces = _Pieces(graph)
    yield pieces.graphml_head(), pieces.gexf_head(date, description)
    gexf_keys = pieces.gexf_node_values.keys
    for node, data in _sorted_nodes(graph):
        values = pieces.node_values.values(data)
        yield (pieces.graphml_node(node, values),
               pieces.gexf_node(node, data, [value for value in values if value[0] in gexf_keys]))
    yield "", pieces.gexf_between()
    for edge_id, source, target, data in _edges(graph):
        yield pieces.edge(edge_id, source, target, data)
    yield "  </graph>\n</graphml>\n", _GEXF_END


_GEXF_END = "    </edges>\n  </graph>\n</gexf>\n"
_EDGE_TEXTS = 4096  # distinct edge data whose texts are kept (the rest are unique: stances)


class _Pieces:
    """The texts of one graph's GraphML and GEXF: what the elements share (ids, columns,
    each column's opening) made once, then each element's piece from its values."""

    def __init__(self, graph: nx.Graph):
        self.graph = graph
        self.ids = _node_ids(graph)  # quoted
        self.node_keys, self.edge_keys = graph_columns(graph)
        self.node_values, self.edge_values = _Declared(self.node_keys), _Declared(self.edge_keys)
        self.gexf_node_values = _Declared({k: v for k, v in self.node_keys.items() if k not in ("label", *_VIZ)})
        self.gexf_edge_values = _Declared({k: v for k, v in self.edge_keys.items() if k not in _GEXF_EDGE_SPECIAL})
        self._node_data = {name: f'      <data key={quoteattr(f"node_{name}")}>' for name in self.node_keys}
        self._edge_data = {name: f'      <data key={quoteattr(f"edge_{name}")}>' for name in self.edge_keys}
        self._node_attvalues = {name: f"          <attvalue for={quoteattr(name)} value="
                                for name in self.gexf_node_values.keys}
        self._edge_attvalues = {name: f"          <attvalue for={quoteattr(name)} value="
                                for name in self.gexf_edge_values.keys}
        self._edge_texts: dict[bytes, tuple[str, str, str]] = {}  # by the edge's data, marshalled

    def graphml_head(self) -> str:
        parts = ['<?xml version="1.0" encoding="UTF-8"?>\n',
                 '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
                 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
                 'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
                 'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n']
        for domain, keys in (("node", self.node_keys), ("edge", self.edge_keys)):
            parts += [f'  <key id={quoteattr(f"{domain}_{name}")} for="{domain}" '
                      f'attr.name={quoteattr(name)} attr.type="{kind}"/>\n' for name, kind in keys.items()]
        parts.append('  <graph id="claimgraph" edgedefault="directed">\n')
        return "".join(parts)

    def graphml_node(self, node, values: list[tuple[str, str]]) -> str:
        opening = self._node_data
        return "".join([f"    <node id={self.ids[node]}>\n",
                        *[f"{opening[name]}{escape(text)}</data>\n" for name, text in values], "    </node>\n"])

    def edge(self, edge_id: str, source, target, data: dict) -> tuple[str, str]:
        """The edge's GraphML and GEXF elements."""
        graphml, gexf_attributes, gexf = self._edge_text(data)
        ends = f"id={quoteattr(edge_id)} source={self.ids[source]} target={self.ids[target]}"
        return f"    <edge {ends}>\n{graphml}", f"      <edge {ends}{gexf_attributes}>\n{gexf}"

    def _edge_text(self, data: dict) -> tuple[str, str, str]:
        """What an edge's two elements say of its data: GraphML's <data> elements and end tag,
        GEXF's label and weight attributes, and its <attvalues>, colour and end tag. Worked
        out once for each distinct data (most edges share theirs with thousands: a mention,
        an appearance), known by its marshalled bytes, which tell -0.0 from 0.0 and 1 from
        1.0 and True; data marshal cannot write (an enum) is worked out every time."""
        try:
            known = marshal.dumps(data)
        except ValueError:
            known = None
        text = self._edge_texts.get(known) if known is not None else None
        if text is not None:
            return text
        values = self.edge_values.values(data)
        opening = self._edge_data
        graphml = "".join([*[f"{opening[name]}{escape(text)}</data>\n" for name, text in values], "    </edge>\n"])
        gexf_keys = self.gexf_edge_values.keys
        label, weight = _token(data.get("label")), _real(data.get("weight"))
        attributes = (f" label={quoteattr(label)}" if label else "") + (f' weight="{weight!r}"' if weight is not None else "")
        gexf = (f"{_attvalues([value for value in values if value[0] in gexf_keys], self._edge_attvalues)}"
                f"{_viz_colour(data)}      </edge>\n")
        text = (graphml, attributes, gexf)
        if known is not None and len(self._edge_texts) < _EDGE_TEXTS:
            self._edge_texts[known] = text
        return text

    def gexf_head(self, date: str | None, description: str) -> str:
        # no xsi:schemaLocation: the 1.3 RelaxNG does not allow it
        parts = ['<?xml version="1.0" encoding="UTF-8"?>\n',
                 '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">\n',
                 f"  <meta{f' lastmodifieddate={quoteattr(date)}' if date else ''}>\n",
                 "    <creator>claimgraph</creator>\n"]
        if description:
            parts.append(f"    <description>{escape(_clean_text(description))}</description>\n")
        parts += ["  </meta>\n", '  <graph defaultedgetype="directed" mode="static">\n']
        for domain, keys in (("node", self.gexf_node_values.keys), ("edge", self.gexf_edge_values.keys)):
            if keys:
                parts.append(f'    <attributes class="{domain}" mode="static">\n')
                parts += [f"      <attribute id={quoteattr(name)} title={quoteattr(name)} "
                          f'type="{_GEXF_TYPES[kind]}"/>\n' for name, kind in keys.items()]
                parts.append("    </attributes>\n")
        parts.append(f'    <nodes count="{self.graph.number_of_nodes()}">\n')
        return "".join(parts)

    def gexf_node(self, node, data: dict, values: list[tuple[str, str]]) -> str:
        label = _token(data.get("label"))
        parts = [f"      <node id={self.ids[node]}{f' label={quoteattr(label)}' if label else ''}>\n",
                 _attvalues(values, self._node_attvalues), _viz_colour(data)]
        x, y = _real(data.get("x")), _real(data.get("y"))
        if x is not None and y is not None:
            parts.append(f'        <viz:position x="{x!r}" y="{y!r}" z="0.0"/>\n')
        size = _real(data.get("size"))
        if size is not None:
            parts.append(f'        <viz:size value="{size!r}"/>\n')
        parts.append("      </node>\n")
        return "".join(parts)

    def gexf_between(self) -> str:
        return f'    </nodes>\n    <edges count="{self.graph.number_of_edges()}">\n'



def _viz_colour(data: dict) -> str:
    r, g, b = data.get("r"), data.get("g"), data.get("b")
    if type(r) is int and type(g) is int and type(b) is int:  # most colours: the check below without its calls
        return f'        <viz:color r="{min(max(r, 0), 255)}" g="{min(max(g, 0), 255)}" b="{min(max(b, 0), 255)}"/>\n'
    if all(isinstance(data.get(c), int) and not isinstance(data.get(c), bool) for c in "rgb"):
        rgb = " ".join(f'{c}="{min(max(data[c], 0), 255)}"' for c in "rgb")
        return f"        <viz:color {rgb}/>\n"
    return ""


def _attvalues(values: list[tuple[str, str]], openings: dict[str, str]) -> str:
    """An element's <attvalues> of its (attribute name, text) ``values``, "" for none;
    ``openings``: each declared attribute's ``<attvalue for=… value=``."""
    if not values:
        return ""
    return "".join(["        <attvalues>\n", *[f"{openings[name]}{quoteattr(text)}/>\n" for name, text in values],
                    "        </attvalues>\n"])


def _edges(graph: nx.Graph) -> Iterator[tuple[str, str, str, dict]]:
    """(unique edge id, source, target, data) in a stable order."""
    if hasattr(graph, "sorted_edges"):  # a graph held on disk, read back in this order (spill.py)
        named = ((f"e:{key}", u, v, data) for u, v, key, data in graph.sorted_edges())
    elif graph.is_multigraph():
        edges = sorted(graph.edges(keys=True, data=True), key=lambda e: (str(e[2]), str(e[0]), str(e[1])))
        named = [(f"e:{key}", u, v, data) for u, v, key, data in edges]
    else:
        named = [(f"e:{u}--{v}", u, v, data) for u, v, data in sorted(graph.edges(data=True), key=lambda e: (str(e[0]), str(e[1])))]
    used: set[str] = set()
    for name, u, v, data in named:
        yield _unique(_NOT_NMTOKEN.sub("_", name), used), u, v, data


def graph_columns(graph: nx.Graph) -> tuple[dict[str, str], dict[str, str]]:
    """The node and the edge columns (attribute name -> GraphML type) of ``graph``: read once
    for a graph held on disk, which knows them once finished (spill.py); else gathered here."""
    known = getattr(graph, "columns", None)
    if known is not None:
        return known
    return columns(data for _, data in graph.nodes(data=True)), columns(_edge_data(graph))


def _edge_data(graph: nx.Graph) -> Iterable[dict]:
    """Every edge's data, in any order (what ``columns`` reads: it does not depend on the order)."""
    if hasattr(graph, "edge_data"):  # a graph held on disk (spill.py)
        return graph.edge_data()
    return (data for *_, data in graph.edges(data=True))


def _sorted_nodes(graph: nx.Graph) -> Iterator[tuple[object, dict]]:
    """(node, data), sorted by node."""
    if hasattr(graph, "sorted_nodes"):  # a graph held on disk (spill.py)
        return graph.sorted_nodes()
    return ((node, graph.nodes[node]) for node in sorted(graph.nodes))


def _node_ids(graph: nx.Graph) -> dict:
    """Node -> its id as a quoted XML attribute value (quoted once: every edge names two)."""
    used: set[str] = set()
    return {node: quoteattr(_unique(_NOT_NMTOKEN.sub("_", str(node)) or "node", used)) for node in sorted(graph.nodes)}


def _unique(candidate: str, used: set[str]) -> str:
    out, n = candidate, 1
    while out in used:
        n += 1
        out = f"{candidate}.{n}"
    used.add(out)
    return out


def columns(datas: Iterable[dict]) -> dict[str, str]:
    """Attribute name -> GraphML type; a name seen with two types becomes a string."""
    keys: dict[str, str] = {}
    for data in datas:
        for name, value in data.items():
            kind = _KEPT_TYPES.get(type(value))  # a str or an int is written whatever it holds
            if kind is None:
                value = _clean(value)
                if value is None:
                    continue
                kind = _GRAPHML_TYPES[type(value)]
            keys[name] = kind if keys.get(name, kind) == kind else "string"
    return dict(sorted(keys.items()))


class _Declared:
    """The declared columns of one kind of element (name -> GraphML type) and, for each list
    of attribute names met (the elements of one kind share a few), the declared ones among
    them in the order they are written (sorted by name): worked out once, not per element."""

    __slots__ = ("keys", "_plans")

    def __init__(self, keys: dict[str, str]):
        self.keys = keys
        self._plans: dict[tuple, tuple[tuple[str, str], ...]] = {}

    def values(self, data: dict) -> list[tuple[str, str]]:
        """(attribute name, text) for every declared attribute the element has, sorted by name."""
        names = tuple(data)
        plan = self._plans.get(names)
        if plan is None:
            keys = self.keys
            plan = self._plans[names] = tuple((name, keys[name]) for name in sorted(data) if name in keys)
        out = []
        for name, kind in plan:
            value = data[name]
            exact = type(value)
            if exact is str:  # most values: _clean's first case, without the call
                text = value if value.isprintable() else _CONTROL.sub("", value)
                out.append((name, text if kind == "string" else repr(text)))
            elif exact is int:  # str and repr of an int (or a float) are one text
                out.append((name, repr(value)))
            elif exact is float:
                if math.isfinite(value):
                    out.append((name, repr(value)))
            elif exact is bool:  # a claim's hedged and conditional, an entity's confirmed
                out.append((name, "true" if value else "false"))
            elif (text := _text(value, kind)) is not None:
                out.append((name, text))
        return out


def _text(value, kind: str) -> str | None:
    """Any other value as written in a column of type ``kind``; None: left out."""
    value = _clean(value)
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value) if kind == "string" else repr(value)


def escape(text: str) -> str:
    """``text`` as XML character data (``xml.sax.saxutils.escape``)."""
    return text.translate(_TEXT_ESCAPES) if _TEXT_SPECIAL.search(text) else text


def quoteattr(text: str) -> str:
    """``text`` as a quoted XML attribute value, as ``xml.sax.saxutils.quoteattr`` writes it."""
    if not _ATTR_SPECIAL.search(text):
        return f'"{text}"'
    text = text.translate(_ATTR_ESCAPES)
    if '"' not in text:
        return f'"{text}"'
    return f"'{text}'" if "'" not in text else '"' + text.replace('"', "&quot;") + '"'


def _clean(value):
    """The value as GraphML and GEXF can hold it (bool, int, float, str), or None to leave it out."""
    if value is None:
        return None
    kind = type(value)  # the common exact types first; subclasses (enums, numpy) take the long way
    if kind is str:  # every character _CONTROL drops is unprintable: most texts need no search
        return value if value.isprintable() else _CONTROL.sub("", value)
    if kind is int:
        return value
    if kind is float:
        return value if math.isfinite(value) else None
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value, key=str) if isinstance(value, (set, frozenset)) else value
        value = "; ".join(str(v) for v in items)
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value) if math.isfinite(value) else None
    if hasattr(value, "item") and not isinstance(value, str):  # numpy scalars
        return _clean(value.item())
    if hasattr(value, "value") and isinstance(getattr(value, "value"), str):  # enums
        value = value.value
    return _clean_text(str(value))


def _clean_text(text: str) -> str:
    return _CONTROL.sub("", text)


def _real(value) -> float | None:
    """A number as GEXF's positions, sizes and weights take it (a float), or None to leave it out."""
    if type(value) is float:
        return value if math.isfinite(value) else None
    value = _clean(value)
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _token(value) -> str:
    """A label as an XML token: no control characters, whitespace collapsed."""
    if type(value) is str and value.isprintable() and "  " not in value:  # its only whitespace single spaces
        return value.strip()
    value = _clean(value)
    return _SPACE.sub(" ", str(value)).strip() if value is not None else ""
