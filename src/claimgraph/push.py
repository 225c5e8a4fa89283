"""push: a built ``kg/`` into a triple store, never leaving it half-written without saying so.

Each article's named graph is sent with the SPARQL 1.1 Graph Store HTTP Protocol,
``PUT <endpoint>?graph=<article IRI>``, which replaces that article. The entities'
descriptions, which every article shares, are *merged* into the store's entities graph
by one SPARQL UPDATE sent first: for each entity of this build its labels, types,
Wikidata link and confirmed flag are replaced, the names it was seen under are added,
and every other entity is left alone, so pushing a build of a few articles removes
nothing the store's other articles use. A failed request is retried (transport.py); a
push that still fails raises PushError listing the graphs written and not written.
"""

from __future__ import annotations

from pathlib import Path
from types import MappingProxyType

import pyoxigraph as ox
from pydantic import BaseModel, ConfigDict

from .errors import StoreError
from .models import BASE_IRI
from .store import named_graphs
from .transport import Endpoint, Response, TransportError, one_line, parse_endpoint, send

__all__ = ["PushError", "PushReport", "entities_update", "push", "update_endpoint_for"]

ENTITIES_GRAPH = BASE_IRI + "graph/entities"
_ALT_LABEL = "http://www.w3.org/2004/02/skos/core#altLabel"
_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
# Graph Store endpoint path -> the same store's SPARQL UPDATE endpoint path
_UPDATE_PATHS = (("/rdf-graphs/service", "/statements"),  # GraphDB
                 ("/store", "/update"),  # Oxigraph
                 ("/data", "/update"))  # Fuseki
_LISTED = 20  # graph IRIs named in an error; the rest are counted
_GSP_HINT = (" (is this the Graph Store endpoint? Oxigraph: /store, Fuseki: /DATASET/data, "
             "GraphDB: /repositories/REPO/rdf-graphs/service)")
_HINTS = MappingProxyType({
    401: " (the store wants credentials: give them in the URL, http://USER:PASSWORD@host/…)",
    403: " (the store refuses to write: check the account's rights, or whether the store is read-only)",
    404: _GSP_HINT, 405: _GSP_HINT})


class PushReport(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    endpoint: str  # as given, the password masked
    graphs: int
    triples: int
    retried: int = 0  # requests that were sent again after a failure


class PushError(StoreError):
    """A push that stopped: the message says why, and which graphs the store now holds
    from this build (``written``) and which it does not (``not_written``)."""

    def __init__(self, reason: str, written: tuple[str, ...], not_written: tuple[str, ...]):
        lists = (f"{_listed('written', written)}\n{_listed('not written', not_written)}; push again to finish "
                 "(pushing twice changes nothing)" if written else "nothing was written to the store")
        super().__init__(f"{reason}\n{lists}")
        self.reason = reason
        self.written = written
        self.not_written = not_written


def _listed(what: str, iris: tuple[str, ...]) -> str:
    shown = ", ".join(f"<{iri}>" for iri in iris[:_LISTED])
    more = f" … and {len(iris) - _LISTED} more" if len(iris) > _LISTED else ""
    return f"{what} ({len(iris)}): {shown or '-'}{more}"


def update_endpoint_for(store: str) -> str | None:
    """The SPARQL UPDATE endpoint of the store whose Graph Store endpoint is ``store``, for
    the stores whose layout is known (Oxigraph, Fuseki, GraphDB); else None."""
    base, _, query = store.partition("?")
    for gsp, update in _UPDATE_PATHS:
        if base.rstrip("/").endswith(gsp):
            return base.rstrip("/")[: -len(gsp)] + update + (f"?{query}" if query else "")
    return None


def push(kg: Path, endpoint: str, update_endpoint: str | None = None, timeout: float = 60.0,
         retries: int = 3, backoff: float = 0.5) -> PushReport:
    """Merge the entities' descriptions into the store, then PUT every article's graph.
    ``timeout`` is the deadline of each request in seconds. Raises StoreError before
    sending anything when an endpoint is malformed, PushError when the push stopped."""
    store = parse_endpoint(endpoint)
    graphs = named_graphs(kg)
    if not graphs:
        raise StoreError(f"{kg} holds no named graph; run claimgraph build first")
    entities = graphs.pop(ENTITIES_GRAPH, None)
    update = None
    if entities is not None:
        update_url = update_endpoint or update_endpoint_for(endpoint)
        if update_url is None:
            raise StoreError(f"cannot tell the SPARQL UPDATE endpoint of the store at {store.shown}, which the "
                             "entities' descriptions are merged through; give it with --update-endpoint "
                             "(Oxigraph: …/update, Fuseki: …/DATASET/update, GraphDB: …/repositories/REPO/statements)")
        update = parse_endpoint(update_url, "update endpoint")
    order = ([ENTITIES_GRAPH] if entities is not None else []) + list(graphs)
    written: list[str] = []
    retried = triples = 0
    try:
        if update is not None and entities is not None:
            retried += _send(update, "POST", entities_update(entities), "application/sparql-update",
                             timeout, retries, backoff, ENTITIES_GRAPH)
            written.append(ENTITIES_GRAPH)
            triples += entities.count(b"\n")
        for iri, body in graphs.items():
            retried += _send(store.with_params({"graph": iri}), "PUT", body, "application/n-triples; charset=utf-8",
                             timeout, retries, backoff, iri)
            written.append(iri)
            triples += body.count(b"\n")
    except StoreError as err:
        raise PushError(str(err), tuple(written), tuple(order[len(written):])) from err
    return PushReport(endpoint=store.shown, graphs=len(written), triples=triples, retried=retried)


def _send(endpoint: Endpoint, method: str, body: bytes, content_type: str, timeout: float, retries: int,
          backoff: float, iri: str) -> int:
    """Send one graph; how many retries it took. Raises StoreError naming the graph."""
    try:
        response, retried = send(endpoint, method, body, content_type, timeout, retries, backoff)
    except TransportError as err:
        raise StoreError(f"{err} (sending graph <{iri}>)") from err
    if not 200 <= response.status < 300:
        tries = f" (after {retried + 1} tries)" if retried else ""
        raise StoreError(f"{endpoint.shown.split('?')[0]} refused graph <{iri}>: HTTP {response.status} "
                         f"{response.reason}{tries}{_hint(response)}")
    return retried


def _hint(response: Response) -> str:
    detail = one_line(response.body[:300].decode("utf-8", "replace"))
    hint = _HINTS.get(response.status, "")
    if 300 <= response.status < 400 and response.location:
        hint = f" (it redirects to {one_line(response.location)[:200]}: give that URL)"
    return f"{hint}{': ' + detail[:200] if detail else ''}"


def entities_update(ntriples: bytes) -> bytes:
    """One SPARQL UPDATE that merges these descriptions into the entities graph: for each
    entity described, what it has in the graph is replaced, except the names it was seen
    under (skos:altLabel), which are added to; a name that is now a label stops being an
    alternative one."""
    triples = list(ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES))
    subjects = sorted({str(t.subject) for t in triples})
    graph = f"<{ENTITIES_GRAPH}>"
    renamed = sorted(f"{t.subject} <{_ALT_LABEL}> {t.object} ." for t in triples if t.predicate.value == _LABEL)
    inserted = sorted(f"{t} ." for t in triples)
    return "\n".join([
        f"DELETE {{ GRAPH {graph} {{ ?e ?p ?o }} }}",
        f"WHERE {{ VALUES ?e {{ {' '.join(subjects)} }} GRAPH {graph} {{ ?e ?p ?o }} FILTER(?p != <{_ALT_LABEL}>) }} ;",
        f"DELETE DATA {{ GRAPH {graph} {{", *renamed, "} } ;",
        f"INSERT DATA {{ GRAPH {graph} {{", *inserted, "} }",
    ]).encode("utf-8") + b"\n"
