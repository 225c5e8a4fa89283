"""The export's check against its own SHACL shapes (data/shapes.ttl): a graph that breaks
the data contract is an error, not a file.

``build --validate`` has each worker check every article's named graph (what a store
receives with one PUT), with the descriptions of the entities it names, on its own; the
test suite checks builds of varied corpora. pySHACL runs without RDFS inference (the
shapes name every class the data asserts) and without checking the shapes graph itself.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from importlib import resources

from rdflib import Graph, Namespace

from ..errors import ExportError

__all__ = ["check_all", "check_conforms", "load_shapes", "raise_violations", "violations"]

_SH = Namespace("http://www.w3.org/ns/shacl#")
_SHOWN = 10  # violations named in the error; the rest are counted


def load_shapes() -> Graph:
    """The packaged SHACL shapes (data/shapes.ttl)."""
    return Graph().parse(data=(resources.files("claimgraph") / "data" / "shapes.ttl").read_text("utf-8"),
                         format="turtle")


def violations(data: Graph, shapes: Graph | None = None) -> list[str]:
    """One line per violation (focus node, path, message), sorted; empty when the data conforms."""
    from pyshacl import validate  # imported on use: pyshacl takes a while to import

    if shapes is None:
        shapes = load_shapes()
    conforms, report, _ = validate(data, shacl_graph=shapes, inference="none", advanced=False,
                                   meta_shacl=False, allow_warnings=True)
    if conforms:
        return []
    lines = []
    for result in report.subjects(_SH.resultSeverity, _SH.Violation):
        focus = report.value(result, _SH.focusNode)
        path = report.value(result, _SH.resultPath)
        message = report.value(result, _SH.resultMessage)
        lines.append(f"{focus} {path or '-'}: {message or report.value(result, _SH.sourceConstraintComponent)}")
    return sorted(lines)


def check_conforms(data: Graph, shapes: Graph | None = None) -> None:
    """Raise ExportError naming the violations when ``data`` does not conform to the shapes."""
    raise_violations(violations(data, shapes))


def raise_violations(found: Sequence[str]) -> None:
    """Raise ExportError naming ``found`` (lines of ``violations``), if there are any."""
    if not found:
        return
    kinds = Counter(line.split(": ", 1)[1] for line in found)
    shown = "\n  ".join(found[:_SHOWN])
    more = f"\n  … and {len(found) - _SHOWN} more" if len(found) > _SHOWN else ""
    summary = "; ".join(f"{n}× {kind}" for kind, n in kinds.most_common(3))
    raise ExportError(f"the graph does not conform to shapes.ttl ({len(found)} violations: {summary}); "
                      f"nothing was written. Fix the exporter or the extraction that produced:\n  {shown}{more}")


def check_all(graphs: Sequence[Graph], shapes: Graph | None = None) -> None:
    """check_conforms over many graphs with one parse of the shapes; raises on the first
    graph (in the order given) that does not conform. (Checking them in parallel processes
    was measured: 10 % faster on two cores, not worth the processes.)"""
    shapes = load_shapes() if shapes is None else shapes
    for g in graphs:
        check_conforms(g, shapes)
