"""The stable operations: build a graph from a corpus, inspect one article, ask SPARQL
over a built graph, push it into a triple store."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from .builder import BuildReport, Progress, build_kg
from .catalog import load_catalog
from .claimtable import ClaimRow, claim_rows, graph_store
from .errors import ArticleError, ClaimgraphError
from .evaluate import Evaluation, evaluate, load_gold
from .export import render
from .extract.lexicons import load_claim_lexicon
from .extract.parts import extract_in_parts
from .extract.polarity import Lexicon, load_lexicon
from .files import Discovery, display_path
from .files import find_articles as discover
from .graph import KnowledgeGraph, build_graph
from .guard import ARTICLE_CPU_SECONDS
from .ingest import MAX_ARTICLE_BYTES, article_id, parse_article, read_article
from .kgquery import Limits, local_query
from .models import ArticleExtraction, Failure
from .nlp import build_nlp
from .pipeline import default_jobs
from .push import PushReport
from .push import push as push_graphs
from .report import ReportSummary, write_report
from .sparql import DISPLAY_PREFIXES, declared_prefixes
from .store import format_results, open_store, text_table

__all__ = ["BuildReport", "ClaimRow", "Evaluation", "Limits", "Progress", "PushReport", "QueryAnswer", "ReportSummary",
           "build", "claims", "default_jobs", "evaluation", "extract_corpus", "find_articles", "inspect",
           "inspect_rows", "push", "query", "report", "text_table"]


def find_articles(corpus: Path) -> list[Path]:
    """The ``.txt`` (and ``.html``, ``.htm``) files of a corpus folder (or the one file
    given), in name order."""
    return list(_discover(corpus).paths)


def _discover(corpus: Path) -> Discovery:
    found = discover(corpus)
    if not found.paths:
        passed = "".join(f"; {f.path}: {f.reason}" for f in found.skipped)
        raise ClaimgraphError(f"{display_path(corpus)}: holds no .txt article; put UTF-8 (or GB18030/Big5) "
                              f"text files (or .html pages) in it{passed}")
    return found


def extract_corpus(paths: Sequence[Path], catalogs: Iterable[Path] = (),
                   progress: Callable[[Iterable[Path]], Iterable[Path]] = iter, root: Path | None = None,
                   max_bytes: int = MAX_ARTICLE_BYTES, lexicon: Lexicon | None = None,
                   ) -> tuple[list[ArticleExtraction], list[Failure]]:
    """Run the per-article function over every file; unreadable files become failures.
    An article's id comes from its path below ``root`` (its file name without one), so
    two files of one name in different folders stay two articles. A file larger than
    ``max_bytes`` is not read."""
    nlp, lexicon = build_nlp(load_catalog(catalogs)), lexicon or load_lexicon()
    claim_lexicon = load_claim_lexicon(nlp.get_pipe("claimgraph_entity_matcher_v1").folder)
    extractions, failures = [], []
    ids: dict[str, str] = {}
    for path in progress(paths):
        name = display_path(path.relative_to(root).as_posix() if root is not None else path.name)
        shown = display_path(path)
        if (same := ids.setdefault(article_id(name), name)) != name:
            failures.append(Failure(path=shown, reason=f"would have the article id of {same}; rename one of them"))
            continue
        try:
            extractions.append(extract_in_parts(read_article(path, name, max_bytes), nlp, lexicon, claim_lexicon))
        except ArticleError as err:
            failures.append(Failure(path=shown, reason=err.reason))
        except Exception as err:  # noqa: BLE001 - one article's bug must not cost the others
            failures.append(Failure(path=shown, reason=f"could not be processed ({type(err).__name__}: {err}); "
                                                       "please report it with the file"))
    return extractions, failures


def build(corpus: Path, out: Path, catalogs: Sequence[Path] = (), progress: Progress | None = None, *,
          jobs: int = 1, scheduler: str | None = None, engine: str = "local", validate: bool = False,
          cache: bool = True, cache_dir: Path | None = None, max_article_bytes: int = MAX_ARTICLE_BYTES,
          notice: Callable[[str], None] | None = None,
          article_cpu_seconds: float | None = ARTICLE_CPU_SECONDS) -> BuildReport:
    """Build ``out`` from ``corpus``: RDF (graph.ttl, .nt, .nq, .jsonld), Gephi (graph and
    entities .graphml/.gexf), ontology and shapes, article by article on ``jobs`` processes
    (or a Dask cluster: ``engine="dask"``, ``scheduler`` its address), into a fresh folder
    swapped in for ``out`` when complete (see ``builder.build_kg``). The same corpus gives
    the same bytes whatever the engine, the number of jobs and the cache. Paths passed over
    (a broken link, a FIFO …) and files larger than ``max_article_bytes`` are reported as
    failures; the others still build. ``validate``: check each article's graph against the
    SHACL shapes; raises ExportError, writing nothing, when one does not conform.
    ``article_cpu_seconds``: an article whose extraction takes more CPU time is stopped and
    reported as a failure, the others still built (None or 0: no limit; see guard.py)."""
    found = _discover(corpus)
    return build_kg(corpus, found, out, catalogs, progress, jobs=jobs, scheduler=scheduler,
                    engine=engine, validate=validate, cache=cache, cache_dir=cache_dir,
                    max_bytes=max_article_bytes, notice=notice, article_cpu_seconds=article_cpu_seconds)


def inspect(path: Path, catalogs: Sequence[Path] = (), data: bytes | None = None) -> KnowledgeGraph:
    """One article's extractions, linked as a graph of its own; ``data``, when given, is
    the article's bytes (read from standard input) and ``path`` only names it."""
    if data is None:
        extractions, failures = extract_corpus([path], catalogs)
        if failures:
            raise ArticleError(failures[0].path, failures[0].reason)
    else:
        nlp, lexicon = build_nlp(load_catalog(catalogs)), load_lexicon()
        extractions = [extract_in_parts(parse_article(data, path.name), nlp, lexicon)]
    return build_graph(extractions)


def inspect_rows(kg: KnowledgeGraph) -> list[ClaimRow]:
    """The claims of an inspected article as rows, read from its RDF as ``claims`` reads kg/."""
    return claim_rows(graph_store(render(kg)["graph.nq"]))


def evaluation(golds: Sequence[Path], kg: Path = Path("kg")) -> Evaluation:
    """Precision, recall and F1 per layer of a built ``kg/`` against answer keys (JSON)."""
    keys = [load_gold(path) for path in golds]
    return evaluate(open_store(kg), keys)


def claims(kg: Path = Path("kg")) -> list[ClaimRow]:
    """Every claim of a built ``kg/``, one row each, by article and offsets."""
    return claim_rows(open_store(kg))


class QueryAnswer(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    text: str
    truncated: bool  # rows beyond Limits.rows were left out


def query(sparql: str, kg: Path = Path("kg"), fmt: str = "table", limits: Limits = Limits()) -> QueryAnswer:
    """The answer to a SPARQL query over a built ``kg/`` as text: a table (IRIs shortened
    with the common prefixes and the query's own), CSV or JSON. Raises QueryError for a
    query that is invalid, an update, calls SERVICE unasked, or outruns ``limits``."""
    answer = local_query(kg, sparql, limits)
    prefixes = {**DISPLAY_PREFIXES, **declared_prefixes(sparql)}
    return QueryAnswer(text=format_results(answer.results, fmt, prefixes), truncated=answer.truncated)


def push(endpoint: str, kg: Path = Path("kg"), timeout: float = 60.0, update_endpoint: str | None = None,
         retries: int = 3, backoff: float = 0.5) -> PushReport:
    """Send every article's named graph to a store's Graph Store endpoint, replacing it,
    and merge the entities' descriptions into the store's entities graph."""
    return push_graphs(kg, endpoint, update_endpoint, timeout, retries, backoff)


def report(kg: Path = Path("kg"), out: Path | None = None, corpus: Path | None = Path("corpus")) -> ReportSummary:
    """Write the HTML report of a built ``kg/`` into ``out`` (default: ``kg/report``); the
    articles' texts are read from ``corpus``, the folder (or file) the graph was built from."""
    return write_report(kg, out if out is not None else kg / "report", corpus)
