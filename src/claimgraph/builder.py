"""The build of ``kg/`` from a corpus, article by article.

1. read: every article's SHA-256 (with the catalogs, code and options, the build's key; a
   folder last built from the same key and untouched since is left as it is);
2. extract: each article end to end (extraction from the cache where it holds one, else
   spaCy and the rules; linking; rendering) on a process pool or a Dask cluster, the
   outputs streamed into the files of a fresh folder in article id order;
3. link and write: the entities graph and the Gephi graphs, which span articles;
4. the folder swapped in for ``out`` (outdir.py), under ``out``'s lock throughout.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from .cache import Cache, code_fingerprint, fingerprint
from .cache import default_dir as default_cache_dir
from .catalog import USER_CATALOG_NAME, load_catalog
from .errors import ClaimgraphError
from .export import KgSink
from .export.shacl import raise_violations
from .files import Discovery, FileRefused, display_path, read_regular
from .ingest import MAX_ARTICLE_BYTES, article_id
from .models import Failure
from .outdir import StagedFile, check_out, locked, staged
from .guard import ARTICLE_CPU_SECONDS
from .pipeline import ArticleTask, Settings, relaxed_collector, run_local

__all__ = ["BuildReport", "Progress", "build_kg"]


class BuildReport(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    articles: int
    entities: int
    claims: int
    stances: int
    relations: int
    failures: tuple[Failure, ...]  # articles not built, and paths passed over, with the reason
    seconds: float
    out: str
    warnings: tuple[Failure, ...] = ()  # articles built with something lost (damaged bytes), links not followed
    cached: int = 0  # articles whose extraction came from the cache
    up_to_date: bool = False  # nothing changed since the last build: nothing was written
    jobs: int = 1


Progress = Callable[[str, int, int], None]  # (stage, done, total): read, extract, link, write


def build_kg(corpus: Path, found: Discovery, out: Path, catalogs: Sequence[Path] = (),
             progress: Progress | None = None, *, jobs: int = 1, scheduler: str | None = None,
             engine: str = "local", validate: bool = False, cache: bool = True, cache_dir: Path | None = None,
             max_bytes: int | None = MAX_ARTICLE_BYTES, notice: Callable[[str], None] | None = None,
             article_cpu_seconds: float | None = ARTICLE_CPU_SECONDS) -> BuildReport:
    """Build ``out`` from the articles ``found`` in ``corpus`` (see the module docstring)."""
    started = time.perf_counter()
    tell: Progress = progress or (lambda stage, done, total: None)
    check_out(out)
    root = corpus if corpus.is_dir() else None
    user_catalog = corpus / USER_CATALOG_NAME if corpus.is_dir() else None
    catalogs = [*([user_catalog] if user_catalog and user_catalog.is_file() else []), *catalogs]
    settings = Settings(entities=tuple(load_catalog(catalogs)), validate=validate,
                        article_cpu_seconds=article_cpu_seconds or None)
    named, clashes = _named(found.paths, root)
    store = Cache(cache_dir or default_cache_dir(), fingerprint(catalogs, f"validate={validate};max={max_bytes}")
                  ) if cache else None
    with locked(out, notice or (lambda message: None)):
        digests = _read_stage(named, tell)
        # the limit is part of the key: a build with an article stopped at it is not up to date once it is raised
        key = hashlib.sha256(json.dumps([store.fingerprint if store else "", digests,
                                         settings.article_cpu_seconds]).encode()).hexdigest()
        if store is not None:
            report = _up_to_date(store, out, key, started)
            if report is not None:
                return report
            store.forget(out)
        with staged(out) as (folder, commit), relaxed_collector():
            report = _write_build(named, settings, store, folder, tell, jobs=jobs, engine=engine,
                                  scheduler=scheduler, corpus=corpus, out=out, max_bytes=max_bytes,
                                  passed=(*found.skipped, *clashes), notes=found.notes)
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


def _named(paths: Sequence[Path], root: Path | None) -> tuple[list[tuple[str, Path]], list[Failure]]:
    """(name below the corpus, path) of every article in article id order, and the paths
    whose id another file already has (a.txt and a.TXT, say), reported rather than merged."""
    named, ids, clashes = [], {}, []
    for path in paths:
        name = display_path(path.relative_to(root).as_posix() if root is not None else path.name)
        if (same := ids.setdefault(article_id(name), name)) != name:
            clashes.append(Failure(path=display_path(path), reason=f"would have the article id of {same}; "
                                                                    "rename one of them"))
            continue
        named.append((name, path))
    return sorted(named, key=lambda np: article_id(np[0])), clashes


def _write_build(named: list[tuple[str, Path]], settings: Settings, store: Cache | None, folder: Path,
                 tell: Progress, *, jobs: int, engine: str, scheduler: str | None, corpus: Path,
                 out: Path, max_bytes: int | None, passed: Sequence[Failure] = (),
                 notes: Sequence[Failure] = ()) -> BuildReport:
    """Run the per-article function over every article and write their outputs, in order,
    into ``folder``; the files that span articles at the end."""
    tasks = _tasks(named, store, max_bytes)
    jobs = max(1, min(jobs, len(named)))
    if engine == "dask" or scheduler:
        from .cluster import run_on_dask  # Dask is an optional extra
        outputs = run_on_dask(tasks, settings, scheduler, jobs)
    elif engine == "local":
        outputs = run_local(tasks, settings, jobs)
    else:
        raise ClaimgraphError(f"unknown engine {engine!r}; use local or dask")
    # a second core works out the layout and writes one of the big Gephi pair; not after Dask,
    # whose threads a fork must not copy
    sink = KgSink(lambda name, binary: StagedFile(folder / name, binary),
                  fork=jobs > 1 and engine == "local" and not scheduler)
    failures, violations, warnings = list(passed), [], list(notes)
    claims = stances = relations = cached = 0
    stage = "extract, check" if settings.validate else "extract"
    tell(stage, 0, len(named))  # shown while the workers build their pipelines
    code = code_fingerprint()
    with closing(outputs):
        for i, output in enumerate(outputs, 1):
            if output.code != code:  # a cluster worker with another claimgraph would write other bytes
                raise ClaimgraphError(f"a worker runs another claimgraph than this machine (its code differs) "
                                      f"and built {output.path}; install the same version on every worker")
            if output.failure is not None:
                failures.append(Failure(path=output.path, reason=output.failure))
            else:
                sink.add(output.rendered)
                claims, stances, relations = claims + output.claims, stances + output.stances, relations + output.relations
                cached += output.from_cache
                violations.extend(output.violations)
                warnings.extend(Failure(path=output.path, reason=w) for w in output.warnings)
                if store is not None and output.cache_entry is not None:
                    store.put(output.key, output.cache_entry)
            tell(stage, i, len(named))
    if not sink.articles:  # keep whatever graph is there rather than replace it with an empty one
        reasons = "; ".join(f"{f.path}: {f.reason}" for f in failures)
        raise ClaimgraphError(f"no article of {display_path(corpus)} could be read, {display_path(out)} is left as "
                              f"it was ({reasons})")
    raise_violations(violations)
    tell("link", 0, 1)
    sink.close(lambda stage: tell(stage, 0, 1))
    tell("write", 1, 1)
    return BuildReport(
        articles=sink.articles, entities=len(sink.entities), claims=claims, stances=stances, relations=relations,
        failures=tuple(failures), warnings=tuple(warnings), seconds=0.0, out=str(out), cached=cached, jobs=jobs)


def _tasks(named: list[tuple[str, Path]], store: Cache | None, max_bytes: int | None) -> Iterator[ArticleTask]:
    """Each article's bytes (read now, not held), with its cache entry when there is one;
    only regular files are opened, and none larger than ``max_bytes``."""
    for name, path in named:
        try:
            data = read_regular(path, max_bytes)
        except FileRefused as err:
            advice = ("; split it into several articles, or raise the limit with --max-article-size"
                      if "limit" in err.reason else "")
            yield ArticleTask(name=name, path=display_path(path), data=b"", error=err.reason + advice)
            continue
        key = store.key(name, hashlib.sha256(data).hexdigest()) if store is not None else ""
        yield ArticleTask(name=name, path=display_path(path), data=data, cached=store.get(key) if store else None,
                          key=key)


