"""The stable operations: build a graph from a corpus, inspect one article, ask SPARQL
over a built graph, push it into a triple store."""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import closing
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from .catalog import USER_CATALOG_NAME, load_catalog
from .errors import ArticleError, ClaimgraphError
from .cache import Cache, fingerprint
from .cache import default_dir as default_cache_dir
from .export import KgSink
from .export.shacl import raise_violations
from .extract import process_article
from .extract.polarity import load_lexicon
from .graph import KnowledgeGraph, build_graph
from .ingest import article_id, read_article
from .models import ArticleExtraction, Failure
from .nlp import build_nlp
from .outdir import StagedFile, check_out, locked, staged
from .pipeline import ArticleTask, Settings, default_jobs, relaxed_collector, run_local
from .store import PushReport, format_results, local_query, text_table
from .store import push as push_graphs

__all__ = ["BuildReport", "Progress", "PushReport", "build", "default_jobs", "extract_corpus", "find_articles", "inspect", "push", "query", "text_table"]


class BuildReport(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    articles: int
    entities: int
    claims: int
    stances: int
    relations: int
    failures: tuple[Failure, ...]
    seconds: float
    out: str
    cached: int = 0  # articles whose extraction came from the cache
    up_to_date: bool = False  # nothing changed since the last build: nothing was written
    jobs: int = 1


def find_articles(corpus: Path) -> list[Path]:
    """The ``.txt`` files of a corpus folder (or the one file given), in name order."""
    if corpus.is_file():
        return [corpus]
    if not corpus.is_dir():
        raise ClaimgraphError(f"{corpus}: no such folder; give a folder of .txt articles")
    found = sorted(p for p in corpus.rglob("*.txt") if p.is_file())
    if not found:
        raise ClaimgraphError(f"{corpus}: holds no .txt article; put UTF-8 (or GB18030/Big5) text files in it")
    return found


def extract_corpus(paths: Sequence[Path], catalogs: Iterable[Path] = (),
                   progress: Callable[[Iterable[Path]], Iterable[Path]] = iter, root: Path | None = None,
                   ) -> tuple[list[ArticleExtraction], list[Failure]]:
    """Run the per-article function over every file; unreadable files become failures.
    An article's id comes from its path below ``root`` (its file name without one), so
    two files of one name in different folders stay two articles."""
    nlp, lexicon = build_nlp(load_catalog(catalogs)), load_lexicon()
    extractions, failures = [], []
    for path in progress(paths):
        name = path.relative_to(root).as_posix() if root is not None else path.name
        try:
            extractions.append(process_article(read_article(path, name), nlp, lexicon))
        except ArticleError as err:
            failures.append(Failure(path=str(path), reason=err.reason))
        except Exception as err:  # noqa: BLE001 - one article's bug must not cost the others
            failures.append(Failure(path=str(path), reason=f"could not be processed ({type(err).__name__}: {err}); "
                                                           "please report it with the file"))
    return extractions, failures


Progress = Callable[[str, int, int], None]  # (stage, done, total): read, extract, link, write


def build(corpus: Path, out: Path, catalogs: Sequence[Path] = (), progress: Progress | None = None, *,
          jobs: int = 1, scheduler: str | None = None, engine: str = "local", validate: bool = False,
          cache: bool = True, cache_dir: Path | None = None,
          notice: Callable[[str], None] | None = None) -> BuildReport:
    """Build ``out`` from ``corpus``: RDF (graph.ttl, .nt, .nq, .jsonld), Gephi (graph and
    entities .graphml/.gexf), ontology and shapes, article by article on ``jobs`` processes
    (or a Dask cluster: ``engine="dask"``, ``scheduler`` its address), into a fresh folder
    swapped in for ``out`` when complete. The same corpus gives the same bytes whatever the
    engine, the number of jobs and the cache. ``validate``: check each article's graph
    against the SHACL shapes; raises ExportError, writing nothing, when one does not conform."""
    started = time.perf_counter()
    tell: Progress = progress or (lambda stage, done, total: None)
    paths = find_articles(corpus)
    check_out(out)
    root = corpus if corpus.is_dir() else None
    user_catalog = corpus / USER_CATALOG_NAME if corpus.is_dir() else None
    catalogs = [*([user_catalog] if user_catalog and user_catalog.is_file() else []), *catalogs]
    settings = Settings(entities=tuple(load_catalog(catalogs)), validate=validate)
    named = sorted(((path.relative_to(root).as_posix() if root is not None else path.name, path) for path in paths),
                   key=lambda np: article_id(np[0]))
    store = Cache(cache_dir or default_cache_dir(), fingerprint(catalogs, f"validate={validate}")) if cache else None
    with locked(out, notice or (lambda message: None)):
        digests = _read_stage(named, tell)
        key = hashlib.sha256(json.dumps([store.fingerprint if store else "", digests]).encode()).hexdigest()
        if store is not None:
            report = _up_to_date(store, out, key, started)
            if report is not None:
                return report
            store.forget(out)
        with staged(out) as (folder, commit), relaxed_collector():
            report = _write_build(named, settings, store, folder, tell, jobs=jobs, engine=engine,
                                  scheduler=scheduler, corpus=corpus, out=out)
            commit()
        report = report.model_copy(update={"seconds": round(time.perf_counter() - started, 2)})
        if store is not None:
            store.save_record(out, {"key": key, "files": _stats(out), "report": report.model_dump(mode="json")})
            store.prune()
    return report


def _read_stage(named: list[tuple[str, Path]], tell: Progress) -> list[tuple[str, str | None]]:
    """(name, SHA-256 of the file or None when unreadable) of every article, in build order."""
    digests = []
    for i, (name, path) in enumerate(named, 1):
        try:
            with path.open("rb") as fh:
                digests.append((name, hashlib.file_digest(fh, "sha256").hexdigest()))
        except OSError:
            digests.append((name, None))
        tell("read", i, len(named))
    return digests


def _up_to_date(store: Cache, out: Path, key: str, started: float) -> BuildReport | None:
    """The last build's report when it was made from the same inputs and ``out`` still holds
    exactly the files it wrote (same names, sizes and modification times)."""
    record = store.record(out)
    if not record or record.get("key") != key or not out.is_dir() or record.get("files") != _stats(out):
        return None
    try:
        report = BuildReport.model_validate(record["report"])
    except (KeyError, ValueError):
        return None
    return report.model_copy(update={"up_to_date": True, "seconds": round(time.perf_counter() - started, 2)})


def _stats(out: Path) -> dict[str, list[int]]:
    return {p.name: [p.stat().st_size, p.stat().st_mtime_ns] for p in sorted(out.iterdir()) if p.is_file()}


def _write_build(named: list[tuple[str, Path]], settings: Settings, store: Cache | None, folder: Path,
                 tell: Progress, *, jobs: int, engine: str, scheduler: str | None, corpus: Path,
                 out: Path) -> BuildReport:
    """Run the per-article function over every article and write their outputs, in order,
    into ``folder``; the files that span articles at the end."""
    tasks = _tasks(named, store)
    jobs = max(1, min(jobs, len(named)))
    if engine == "dask" or scheduler:
        from .cluster import run_on_dask  # Dask is an optional extra
        outputs = run_on_dask(tasks, settings, scheduler, jobs)
    elif engine == "local":
        outputs = run_local(tasks, settings, jobs)
    else:
        raise ClaimgraphError(f"unknown engine {engine!r}; use local or dask")
    sink = KgSink(lambda name: StagedFile(folder / name))
    failures, violations = [], []
    claims = stances = relations = cached = 0
    stage = "extract, check" if settings.validate else "extract"
    with closing(outputs):
        for i, output in enumerate(outputs, 1):
            if output.failure is not None:
                failures.append(Failure(path=output.path, reason=output.failure))
            else:
                sink.add(output.rendered)
                claims, stances, relations = claims + output.claims, stances + output.stances, relations + output.relations
                cached += output.from_cache
                violations.extend(output.violations)
                if store is not None and output.extraction_json is not None:
                    store.put(output.key, output.extraction_json)
            tell(stage, i, len(named))
    if not sink.articles:  # keep whatever graph is there rather than replace it with an empty one
        reasons = "; ".join(f"{f.path}: {f.reason}" for f in failures)
        raise ClaimgraphError(f"no article of {corpus} could be read, {out} is left as it was ({reasons})")
    raise_violations(violations)
    tell("link", 0, 1)
    sink.close(lambda stage: tell(stage, 0, 1))
    tell("write", 1, 1)
    return BuildReport(
        articles=sink.articles, entities=len(sink.entities), claims=claims, stances=stances, relations=relations,
        failures=tuple(failures), seconds=0.0, out=str(out), cached=cached, jobs=jobs)


def _tasks(named: list[tuple[str, Path]], store: Cache | None) -> Iterator[ArticleTask]:
    """Each article's bytes (read now, not held), with its cache entry when there is one."""
    for name, path in named:
        try:
            data = path.read_bytes()
        except OSError as err:
            yield ArticleTask(name=name, path=str(path), data=b"", error=f"cannot be read ({err.strerror})")
            continue
        key = store.key(name, hashlib.sha256(data).hexdigest()) if store is not None else ""
        yield ArticleTask(name=name, path=str(path), data=data, cached=store.get(key) if store else None, key=key)


def inspect(path: Path, catalogs: Sequence[Path] = ()) -> KnowledgeGraph:
    """One article's extractions, linked as a graph of its own."""
    extractions, failures = extract_corpus([path], catalogs)
    if failures:
        raise ArticleError(failures[0].path, failures[0].reason)
    return build_graph(extractions)


def query(sparql: str, kg: Path = Path("kg"), fmt: str = "table") -> str:
    """The answer to a SPARQL query over a built ``kg/`` as text: a table, CSV or JSON."""
    return format_results(local_query(kg, sparql), fmt)


def push(endpoint: str, kg: Path = Path("kg"), timeout: float = 60.0) -> PushReport:
    """Send every article's named graph to a store's Graph Store endpoint, replacing it."""
    return push_graphs(kg, endpoint, timeout)
