"""SPARQL over a built ``kg/``, bounded: the query runs in a child process with an
embedded Oxigraph store (default graph = the union of the named graphs), which is stopped
when it runs past its time or memory limit, and which hands back at most ``limit`` rows.

The bounds are the child's, so a runaway query (a cartesian product, an ORDER BY over one)
never takes the caller down with it: the time limit counts from the end of loading, the
memory limit is what the query may add to the loaded store. An update is refused before
anything runs, and so is a SERVICE call unless it is allowed.
"""

from __future__ import annotations

import multiprocessing
import os
import resource
import threading
from multiprocessing.connection import Connection
from pathlib import Path

import pyoxigraph as ox
from pydantic import BaseModel, ConfigDict

from .children import end_with_parent
from .errors import ClaimgraphError, QueryError, StoreError
from .sparql import PREFIXES, check_read_only, in_order_of_use, selects_all, syntax_error
from .store import open_store

__all__ = ["Answer", "Limits", "local_query"]

_MB = 1 << 20


class Limits(BaseModel):
    """How far a query may go: seconds (0: no limit), MB of memory beyond the loaded store
    (0: no limit), rows handed back (0: all), and whether SERVICE may call out."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    timeout: float = 60.0
    memory_mb: int = 4096
    rows: int = 10_000
    allow_service: bool = False


class Answer(BaseModel):
    """SPARQL 1.1 JSON results (``{"ntriples": …}`` for CONSTRUCT and DESCRIBE) and
    whether rows beyond the limit were left out."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    results: dict
    truncated: bool = False


def local_query(kg: Path, sparql: str, limits: Limits = Limits()) -> Answer:
    """Answer ``sparql`` over ``kg``; raises QueryError for an invalid or refused query, or
    one stopped at a limit, and StoreError for a missing or unreadable ``kg/``."""
    check_read_only(sparql, limits.allow_service)
    context = multiprocessing.get_context("fork" if _forkable() else "spawn")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_answer, args=(sender, kg, sparql, limits, os.getpid()), daemon=True)
    child.start()
    sender.close()
    try:
        kind, payload = _receive(receiver, child, None, limits)  # loading: bounded by the file
        if kind == "loaded":
            kind, payload = _receive(receiver, child, limits.timeout or None, limits)
    finally:
        if child.is_alive():
            child.kill()
        child.join()
        receiver.close()
    if kind == "syntax":
        raise syntax_error(sparql, payload)
    if kind == "store":
        raise StoreError(payload)
    if kind == "error":
        raise QueryError(payload)
    results, truncated = payload
    return Answer(results=results, truncated=truncated)


def _receive(receiver: Connection, child, timeout: float | None, limits: Limits) -> tuple[str, object]:
    if not receiver.poll(timeout):
        raise QueryError(f"the query ran for more than {limits.timeout:g} s and was stopped; narrow it (more "
                         "specific patterns, a LIMIT) or give it longer with --timeout SECONDS")
    try:
        return receiver.recv()
    except EOFError:  # the child died without a word: out of memory (Rust aborts), or killed
        child.join()
        if limits.memory_mb:
            raise QueryError(f"the query needed more than {limits.memory_mb} MB of memory and was stopped; "
                             "narrow it (more specific patterns, a LIMIT) or allow more with --memory MB") from None
        raise QueryError(f"the query process ended unexpectedly (exit status {child.exitcode})") from None


def _answer(sender: Connection, kg: Path, sparql: str, limits: Limits, parent: int) -> None:
    """The child: load, bound the memory, query, send back ``(kind, payload)``; a query left
    running by a killed command ends with it."""
    end_with_parent(parent)
    _silence_stderr()
    try:
        store = open_store(kg)
    except ClaimgraphError as err:
        sender.send(("store", str(err)))
        return
    if limits.memory_mb:
        _bound_memory(limits.memory_mb)
    sender.send(("loaded", None))
    try:
        result = store.query(sparql, use_default_graph_as_union=True, prefixes=dict(PREFIXES))
        sender.send(("ok", _collect(result, sparql, limits.rows)))
    except SyntaxError as err:
        sender.send(("syntax", str(err)))
    except MemoryError:
        os._exit(1)  # reported by the parent as out of memory
    except OSError as err:  # a SERVICE that failed, a store error
        sender.send(("error", f"the query failed: {' '.join(str(err).split())}"))


def _collect(result, sparql: str, limit: int) -> tuple[dict, bool]:
    if isinstance(result, bool | ox.QueryBoolean):
        return {"head": {}, "boolean": bool(result)}, False
    if isinstance(result, ox.QueryTriples):
        triples, truncated = _take(result, limit)
        return {"ntriples": ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")}, truncated
    names = [v.value for v in result.variables]
    if selects_all(sparql):
        names = in_order_of_use(sparql, names)
    solutions, truncated = _take(result, limit)
    bindings = [{name: _json_term(s[name]) for name in names if s[name] is not None} for s in solutions]
    return {"head": {"vars": names}, "results": {"bindings": bindings}}, truncated


def _take(items, limit: int) -> tuple[list, bool]:
    taken = []
    for item in items:
        if limit and len(taken) == limit:
            return taken, True
        taken.append(item)
    return taken, False


def _json_term(term) -> dict:
    """A term as SPARQL 1.1 JSON results write it."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = term.datatype.value
        return out
    return {"type": "triple", "value": {"subject": _json_term(term.subject),
                                        "predicate": _json_term(term.predicate), "object": _json_term(term.object)}}


def _bound_memory(budget_mb: int) -> None:
    """Let the address space grow ``budget_mb`` beyond what the child holds now."""
    try:
        with open("/proc/self/statm") as fh:
            pages = int(fh.read().split()[0])
    except OSError:  # no /proc: no bound rather than a wrong one
        return
    limit = pages * os.sysconf("SC_PAGE_SIZE") + budget_mb * _MB
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _silence_stderr() -> None:
    """The child reports through the pipe; an allocator's abort message is not the user's."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)
    os.close(devnull)


def _forkable() -> bool:
    """fork is fast and safe while this process runs one thread; else start afresh."""
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1
