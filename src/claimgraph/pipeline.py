"""The per-article function, and the local engines that map it over a corpus.

``run_article`` takes one article's bytes (and, from the cache, its earlier extraction
and linking) and returns everything the build writes for it: the article's named graph as
N-Quads, N-Triples, Turtle and JSON-LD text, its part of the Gephi graphs, the entities it
names, and the extraction with its stances and claim relations as JSON for the cache. It
reads nothing but its arguments and a ``Worker`` (the spaCy pipeline and lexicons, built
once per process), does no I/O, and gives the same output in any process: so the serial
loop, the process pool and a Dask cluster (``cluster.py``) all write the same bytes.

``run_local`` yields the outputs in task order, whatever order the workers finish in,
with a bounded number of articles in flight, so memory does not grow with the corpus.
"""

from __future__ import annotations

import gc
import hashlib
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict
from spacy.language import Language

from .cache import code_fingerprint
from .catalog import Catalog
from .children import end_with_parent
from .errors import ArticleError, ClaimgraphError, ExportError
from .export import RenderedArticle, render_article
from .export.rdf import entity_triples
from .export.writers import ntriples_lines
from .extract.evaluation import ClauseMemo
from .extract.lexicons import load_claim_lexicon
from .extract.parts import extract_in_parts
from .extract.polarity import load_lexicon
from .graph import link_article
from .guard import ARTICLE_CPU_SECONDS, ArticleTimeout, cpu_limit
from .ingest import parse_article
from .models import ArticleExtraction, ClaimRelation, Entity, Stance
from .nlp import Folder, build_nlp

__all__ = ["ArticleOutput", "ArticleTask", "Settings", "Worker", "default_jobs", "run_article", "run_local"]

_IN_FLIGHT_PER_JOB = 4  # articles queued per worker: enough to keep it busy, bounded memory
# A build allocates millions of small, short-lived, acyclic objects (terms, triples, lines);
# the cyclic collector's default (a pass every 700 allocations) spends its time on them.
_GC_THRESHOLDS = (50_000, 50, 100)


@contextmanager
def relaxed_collector() -> Iterator[None]:
    """Run the cyclic garbage collector rarely for the block (reference counting frees
    nearly everything a build makes); the previous thresholds come back after it."""
    previous = gc.get_threshold()
    gc.set_threshold(*_GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*previous)


@dataclass(frozen=True)
class Settings:
    """What every worker needs to build its pipeline: the merged catalog, whether each
    article's graph is checked against the SHACL shapes, and the CPU seconds one article
    may take (None: no limit; see guard.py)."""

    entities: tuple[Entity, ...]
    validate: bool = False
    article_cpu_seconds: float | None = ARTICLE_CPU_SECONDS


class Worker:
    """What one process builds once and reuses for every article; the spaCy pipeline is
    built on the first article that needs extracting (none, when all come from the cache)."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.code = code_fingerprint()  # the client checks that every worker runs its claimgraph
        self.lexicon = load_lexicon()
        self.folder = Folder()
        self.claim_lexicon = load_claim_lexicon(self.folder)
        self.shapes = None
        if settings.validate:
            from .export.shacl import load_shapes
            self.shapes = load_shapes()
        self._nlp: Language | None = None

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = build_nlp(Catalog(self.settings.entities))
            # the pipeline lives as long as the process: keep the cyclic collector off it
            gc.collect()
            gc.freeze()
        return self._nlp


@dataclass(frozen=True, slots=True)
class ArticleTask:
    """One article to build: its name (the id comes from it), the path to show in messages,
    its bytes, and the extraction the cache holds for it, if any (JSON, checked before use)."""

    name: str
    path: str
    data: bytes
    cached: bytes | None = None
    key: str = ""  # its cache key, handed back with the output
    error: str | None = None  # why it could not even be read


@dataclass(slots=True)
class ArticleOutput:
    """Everything the build writes for one article; ``failure`` set when it could not be read."""

    name: str
    path: str
    key: str = ""
    failure: str | None = None
    cache_entry: bytes | None = None  # a fresh extraction and its linking (a Cached as JSON), for the cache
    from_cache: bool = False
    rendered: RenderedArticle | None = None
    claims: int = 0
    stances: int = 0
    relations: int = 0
    violations: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()  # what was lost reading it (damaged bytes), or extracting it in parts
    code: str = ""  # the worker's code_fingerprint()


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def run_article(task: ArticleTask, worker: Worker) -> ArticleOutput:
    """Extract and link one article (or take both from the cache) and render it. An article
    that cannot be read or written becomes an output with ``failure`` set; it never raises
    for one article."""
    out = ArticleOutput(name=task.name, path=task.path, key=task.key, failure=task.error, code=worker.code)
    if task.error is not None:
        return out
    limit = worker.settings.article_cpu_seconds
    try:
        cached = _cached(task)
        out.from_cache = cached is not None
        nlp = worker.nlp if cached is None else None  # built (once per process) outside the article's limit
        with cpu_limit(limit):
            if cached is None:
                memo = ClauseMemo()  # the clauses the extraction reads, read again by the linking
                x = extract_in_parts(parse_article(task.data, task.name), nlp, worker.lexicon, worker.claim_lexicon,
                                     memo=memo)
                stances, relations = link_article(x, worker.lexicon, worker.folder, memo)
                cached = Cached(extraction=x, stances=stances, relations=relations)
                out.cache_entry = cached.model_dump_json().encode("utf-8")
            out.warnings = cached.extraction.article.warnings
            _render(cached, worker, out)
    except ArticleTimeout:
        out.rendered, out.cache_entry = None, None
        out.failure = (f"took more than {limit:g} s of CPU time and was stopped (an extraction rule ran away on "
                       "this text; the other articles are built); please report it with the file, or raise the "
                       "limit with --article-cpu-limit")
    except ArticleError as err:
        out.failure = err.reason
    except ExportError as err:
        out.failure = f"cannot be written as RDF: {err}"
    except Exception as err:  # noqa: BLE001 - one article's bug must not cost the others
        out.failure = f"could not be processed ({type(err).__name__}: {err}); please report it with the file"
    return out


class Cached(BaseModel):
    """What the cache keeps of an article: its extraction and its linking (stances, claim
    relations), which read nothing but the extraction and the code the cache key names, so
    an article from the cache is only rendered."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    extraction: ArticleExtraction
    stances: tuple[Stance, ...]
    relations: tuple[ClaimRelation, ...]


def _cached(task: ArticleTask) -> Cached | None:
    """The cached article when it parses and is of exactly these bytes and this name."""
    if task.cached is None:
        return None
    try:
        cached = Cached.model_validate_json(task.cached)
    except ValueError:
        return None
    article = cached.extraction.article
    if article.path != task.name or article.sha256 != hashlib.sha256(task.data).hexdigest():
        return None
    return cached


def _render(cached: Cached, worker: Worker, out: ArticleOutput) -> None:
    x, stances, relations = cached.extraction, cached.stances, cached.relations
    out.rendered = render_article(x, stances, relations)
    out.claims, out.stances, out.relations = len(x.claims), len(stances), len(relations)
    if worker.shapes is not None:
        out.violations = _violations(out.rendered.lines, x, worker)
    out.rendered.lines = []  # not needed past the check: don't send it back


def _violations(lines: list[str], x: ArticleExtraction, worker: Worker) -> tuple[str, ...]:
    """SHACL violations of the article's graph with the descriptions of its entities (what
    a store holds once the article is pushed)."""
    from rdflib import Graph

    from .export.shacl import violations

    described = ntriples_lines(entity_triples(x.entities, {}))
    g = Graph().parse(data="".join(f"{line} .\n" for line in (*lines, *described)), format="nt")
    return tuple(violations(g, worker.shapes))


def run_local(tasks: Iterable[ArticleTask], settings: Settings, jobs: int = 1) -> Iterator[ArticleOutput]:
    """``run_article`` over ``tasks``, in their order: in this process when ``jobs`` is 1,
    else in a pool of ``jobs`` processes, each building its pipeline once."""
    if jobs <= 1:
        worker = Worker(settings)
        with relaxed_collector():
            for task in tasks:
                yield run_article(task, worker)
        return
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_start_worker,
                             initargs=(settings, os.getpid())) as pool:
        yield from in_order(tasks, lambda task: pool.submit(_run_in_pool, task), jobs * _IN_FLIGHT_PER_JOB)


def in_order(tasks: Iterable, submit: Callable[[object], Future], window: int) -> Iterator:
    """Results of ``submit(task)`` in task order, at most ``window`` tasks in flight."""
    pending: deque = deque()
    for task in tasks:
        pending.append(submit(task))
        if len(pending) >= window:
            yield _result(pending.popleft())
    while pending:
        yield _result(pending.popleft())


def _result(future) -> object:
    try:
        return future.result()
    except (OSError, EOFError, RuntimeError) as err:  # a worker died (killed, out of memory)
        raise ClaimgraphError(f"a worker process stopped ({type(err).__name__}: {err}); "
                              "nothing was written. Run again, or with --jobs 1 to see the article") from err


# One Worker per pool process, made by the pool's initializer: the state a process pool
# needs (built once per process, never shared between processes).
_POOL_WORKER: list[Worker] = []


def relax_collector_for_good() -> None:
    """For a process that does nothing but build articles (a pool or Dask worker)."""
    gc.set_threshold(*_GC_THRESHOLDS)


def _start_worker(settings: Settings, parent: int) -> None:
    end_with_parent(parent)  # a build killed leaves no worker behind
    relax_collector_for_good()
    _POOL_WORKER.clear()
    _POOL_WORKER.append(Worker(settings))


def _run_in_pool(task: ArticleTask) -> ArticleOutput:
    return run_article(task, _POOL_WORKER[0])
