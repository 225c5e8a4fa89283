"""The stable operations: build a graph from a corpus, inspect one article, ask SPARQL
over a built graph, push it into a triple store."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from .builder import BuildReport, Progress, build_kg
from .catalog import load_catalog
from .errors import ArticleError, ClaimgraphError
from .extract import process_article
from .extract.polarity import load_lexicon
from .graph import KnowledgeGraph, build_graph
from .ingest import read_article
from .models import ArticleExtraction, Failure
from .nlp import build_nlp
from .pipeline import default_jobs
from .store import PushReport, format_results, local_query, text_table
from .store import push as push_graphs

__all__ = ["BuildReport", "Progress", "PushReport", "build", "default_jobs", "extract_corpus", "find_articles", "inspect", "push", "query", "text_table"]


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


def build(corpus: Path, out: Path, catalogs: Sequence[Path] = (), progress: Progress | None = None, *,
          jobs: int = 1, scheduler: str | None = None, engine: str = "local", validate: bool = False,
          cache: bool = True, cache_dir: Path | None = None,
          notice: Callable[[str], None] | None = None) -> BuildReport:
    """Build ``out`` from ``corpus``: RDF (graph.ttl, .nt, .nq, .jsonld), Gephi (graph and
    entities .graphml/.gexf), ontology and shapes, article by article on ``jobs`` processes
    (or a Dask cluster: ``engine="dask"``, ``scheduler`` its address), into a fresh folder
    swapped in for ``out`` when complete (see ``builder.build_kg``). The same corpus gives
    the same bytes whatever the engine, the number of jobs and the cache. ``validate``:
    check each article's graph against the SHACL shapes; raises ExportError, writing
    nothing, when one does not conform."""
    return build_kg(corpus, find_articles(corpus), out, catalogs, progress, jobs=jobs, scheduler=scheduler,
                    engine=engine, validate=validate, cache=cache, cache_dir=cache_dir, notice=notice)


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
