"""click commands, each a few lines over one api call; only this module exits."""

from __future__ import annotations

import json
import logging
import signal
import sys
from pathlib import Path

import click

from . import api, claimtable, evaluate
from .errors import ClaimgraphError
from .guard import ARTICLE_CPU_SECONDS
from .progress import Progress
from .table import fit_fields


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="claimgraph")
def main() -> None:
    """Turn Chinese news articles into a knowledge graph of who claims what, about whom,
    and where they stand.

    \b
    Example:
      claimgraph build corpus/ --out kg/
      claimgraph inspect corpus/000_e2efc9c3b82ea5ae.txt
      claimgraph query 'SELECT (COUNT(*) AS ?n) WHERE { ?c a schema:Claim }'
      claimgraph push --endpoint http://localhost:7878/store
      claimgraph report --kg kg/ --out kg/report
    """
    logger = logging.getLogger("claimgraph")
    if not any(isinstance(h, _Warnings) for h in logger.handlers):
        logger.addHandler(_Warnings(logging.WARNING))


class _Warnings(logging.Handler):
    """The library's warnings (a .txt that is a web page …) on stderr as "warning: …"."""

    def emit(self, record: logging.LogRecord) -> None:
        click.echo(f"warning: {record.getMessage()}", err=True)


@main.command()
@click.argument("corpus", default="corpus", type=click.Path(path_type=Path))
@click.option("--out", "-o", default="kg", show_default=True, type=click.Path(path_type=Path),
              help="Folder the graph files are written into (replaced as a whole when the build is complete).")
@click.option("--catalog", "catalogs", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="An entity catalog (TOML) merged over the default; may be repeated. "
                   "CORPUS/entities.toml is read without asking.")
@click.option("--jobs", "-j", default=0, type=click.IntRange(min=0),
              help="Processes to build articles in (default 0: one per core).")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: a process pool on this machine; dask: a Dask cluster (pip install 'claimgraph[dask]').")
@click.option("--scheduler", metavar="ADDRESS",
              help="A Dask scheduler to run on (e.g. tcp://10.0.0.5:8786); implies --engine dask. "
                   "Without it, --engine dask starts a local cluster of --jobs workers.")
@click.option("--validate", is_flag=True, help="Check every article's graph against shapes.ttl (SHACL) too; "
                                               "nothing is written when one does not conform.")
@click.option("--cache/--no-cache", default=True, show_default=True,
              help="Reuse the extractions of unchanged articles and skip a build whose inputs did not change.")
@click.option("--cache-dir", type=click.Path(file_okay=False, path_type=Path),
              help="Where the cache lives (default: $CLAIMGRAPH_CACHE_DIR, else ~/.cache/claimgraph).")
@click.option("--max-article-size", "max_size", default="1MB", show_default=True, callback=lambda c, p, v: _size(v),
              help="The largest article file read (e.g. 500kB, 2MB); a larger one is reported, not read.")
@click.option("--article-cpu-limit", "cpu_limit", default=ARTICLE_CPU_SECONDS, show_default=True, metavar="SECONDS",
              type=click.FloatRange(min=0),
              help="CPU seconds one article may take; an article that takes longer is stopped and reported, "
                   "the others are built (0: no limit; not applied on Dask workers).")
@click.option("--report", "with_report", is_flag=True,
              help="Also write the HTML report into OUT/report (see claimgraph report).")
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors.")
def build(corpus: Path, out: Path, catalogs: tuple[Path, ...], jobs: int, engine: str, scheduler: str | None,
          validate: bool, cache: bool, cache_dir: Path | None, max_size: int, cpu_limit: float, with_report: bool,
          quiet: bool) -> None:
    """Build the graph of every .txt article (and .html page) in CORPUS (default: corpus/) into --out.

    Writes graph.ttl, graph.nt, graph.nq (one named graph per article), graph.jsonld,
    graph.graphml and graph.gexf (the full graph), entities.graphml and entities.gexf
    (the entity network), ontology.ttl and shapes.ttl, into a new folder that replaces
    --out only once it is complete. An article that cannot be read is named with the
    reason; the others are still built, and the exit status is 1. On a terminal, the
    stages (read, extract, link, write) are shown with counts and, on long corpora, an ETA.

    \b
    Example:
      claimgraph build corpus/ --out kg/
      claimgraph build corpus/ --out kg/ --report
      claimgraph build archive/ --out kg/ --jobs 8
      claimgraph build archive/ --scheduler tcp://scheduler:8786
    """
    _check_out(out)
    display = None if quiet else Progress.for_stream(sys.stderr)
    # a terminated build cleans up after itself (its half-written folder removed) like an interrupted one
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
    try:
        report = api.build(corpus, out, catalogs, display, jobs=jobs or api.default_jobs(), engine=engine,
                           scheduler=scheduler, validate=validate, cache=cache, cache_dir=cache_dir,
                           max_article_bytes=max_size, article_cpu_seconds=cpu_limit,
                           notice=None if quiet else lambda message: click.echo(message, err=True))
    except ClaimgraphError as err:
        raise click.ClickException(str(err)) from err
    finally:
        if display is not None:
            display.done()
    for failure in report.failures:
        click.echo(f"error: {failure.path}: {failure.reason}", err=True)
    for warning in report.warnings:
        click.echo(f"warning: {warning.path}: {warning.reason}", err=True)
    if not quiet:
        click.echo(f"{report.articles} articles, {report.entities} entities, {report.claims} claims, "
                   f"{report.stances} stances, {report.relations} relations -> {report.out}/ "
                   f"in {report.seconds:.2f} s")
        if report.up_to_date:
            click.echo(f"{report.out}/ is up to date: no article, catalog or option changed since it was built")
        elif report.cached:
            click.echo(f"{report.cached} article(s) from the cache, {report.articles - report.cached} extracted "
                       f"on {report.jobs} job(s)")
    if with_report:
        _write_report(out, out / "report", corpus)
    if report.failures:
        click.echo(f"{len(report.failures)} path(s) could not be read", err=True)
        sys.exit(1)


def _check_out(out: Path) -> None:
    """Refuse an --out that is, or lies under, a file before any article is read."""
    for folder in (out, *out.parents):
        if folder.exists():
            if not folder.is_dir():
                raise click.ClickException(f"--out {out}: {folder} is a file, not a folder; "
                                           "give --out a folder (it is made if missing)")
            return


def _size(value: str) -> int:
    """A size such as 1MB, 500kB or 2000000 (bytes) in bytes."""
    units = {"": 1, "b": 1, "kb": 1_000, "k": 1_000, "mb": 1_000_000, "m": 1_000_000, "gb": 1_000_000_000}
    number = value.strip().lower().rstrip("bkmg")
    unit = value.strip().lower()[len(number):]
    try:
        size = float(number) * units[unit]
    except (ValueError, KeyError) as err:
        raise click.BadParameter(f"{value!r} is not a size; write e.g. 1MB, 500kB or 2000000") from err
    if size < 1:
        raise click.BadParameter(f"{value!r} is not a size above zero")
    return int(size)


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, allow_dash=True, path_type=Path))
@click.option("--catalog", "catalogs", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="An entity catalog (TOML) merged over the default; may be repeated.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True,
              help="table (wrapped to --width), JSON (the article, its text and its claims) or CSV (the claims).")
@click.option("--width", default=100, show_default=True, type=click.IntRange(min=60),
              help="Columns the table may take; long cells wrap.")
def inspect(file: Path, catalogs: tuple[Path, ...], fmt: str, width: int) -> None:
    """Print one article's claims: offsets, speaker, rule, type, flags, what they are about, text.

    FILE is a .txt or .html article, or - for standard input. Speakers and entities are
    shown by their labels, as the graph has them.

    \b
    Example:
      claimgraph inspect corpus/000_e2efc9c3b82ea5ae.txt
      claimgraph inspect page.html --format json
      pbpaste | claimgraph inspect - --format csv
    """
    data = sys.stdin.buffer.read() if str(file) == "-" else None
    try:
        kg = api.inspect(Path("stdin") if data is not None else file, catalogs, data)
        rows = api.inspect_rows(kg)
    except ClaimgraphError as err:
        raise click.ClickException(str(err)) from err
    a = kg.extractions[0].article
    if fmt == "csv":
        click.echo(claimtable.to_csv(rows), nl=False)
    elif fmt == "json":
        article = {"path": a.path, "headline": a.headline, "date": a.date_published and a.date_published.isoformat(),
                   "publisher": a.publisher, "reporters": list(a.authors), "sha256": a.sha256,
                   "encoding": a.encoding, "text": a.text}
        click.echo(json.dumps({"article": article, "claims": [r.model_dump(mode="json") for r in rows],
                               "stances": len(kg.stances), "relations": len(kg.relations)},
                              ensure_ascii=False, indent=1))
    else:
        header = [a.path, f"headline: {a.headline or '-'}", f"date: {a.date_published or '-'}",
                  f"publisher: {a.publisher or '-'}", f"reporters: {', '.join(a.authors) or '-'}"]
        click.echo("\n".join(fit_fields(header, width)))
        click.echo(claimtable.to_table(rows, width, with_article=False), nl=False)
        click.echo(f"{len(rows)} claims, {len(kg.stances)} stances, {len(kg.relations)} relations "
                   "(flags: H hedged, C conditional)")
    for warning in a.warnings:
        click.echo(f"warning: {a.path}: {warning}", err=True)


@main.command()
@click.option("--kg", default="kg", show_default=True, type=click.Path(path_type=Path), help="The built graph folder.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "jsonl"]), default="table", show_default=True,
              help="table (wrapped to --width), CSV (a spreadsheet, pandas.read_csv) or JSON lines.")
@click.option("--width", default=100, show_default=True, type=click.IntRange(min=60),
              help="Columns the table may take; long cells wrap.")
def claims(kg: Path, fmt: str, width: int) -> None:
    """Print every claim of KG, one row each: article, offsets, text, speaker (label and
    IRI), attribution rule, type, flags, what it is about, quantities.

    \b
    Example:
      claimgraph claims --kg kg/ --format csv > claims.csv
      claimgraph claims --format jsonl | jq -r .speaker.label | sort | uniq -c
    """
    try:
        rows = api.claims(kg)
    except ClaimgraphError as err:
        raise click.ClickException(str(err)) from err
    writers = {"csv": claimtable.to_csv, "jsonl": claimtable.to_jsonl,
               "table": lambda rs: claimtable.to_table(rs, width)}
    click.echo(writers[fmt](rows), nl=False)


@main.command()
@click.argument("sparql", required=False)
@click.option("--file", "-f", "file", type=click.File("r", encoding="utf-8"), help="Read the query from a file.")
@click.option("--kg", default="kg", show_default=True, type=click.Path(path_type=Path), help="The built graph folder.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True,
              help="table (IRIs shortened), CSV or SPARQL JSON results.")
@click.option("--timeout", default=60.0, show_default=True, type=click.FloatRange(min=0),
              help="Stop the query after this many seconds (0: never).")
@click.option("--memory", "memory_mb", default=4096, show_default=True, type=click.IntRange(min=0),
              help="Stop the query when it needs more than this many MB beyond the loaded graph (0: no limit).")
@click.option("--limit", "rows", default=10_000, show_default=True, type=click.IntRange(min=0),
              help="Print at most this many rows, and say so when there were more (0: all).")
@click.option("--allow-service", is_flag=True, help="Let SERVICE clauses call remote endpoints.")
def query(sparql: str | None, file, kg: Path, fmt: str, timeout: float, memory_mb: int, rows: int,
          allow_service: bool) -> None:
    """Answer a SPARQL query over KG (default graph: every article's graph).

    The query comes as an argument, from --file, or on standard input (or as -). The
    prefixes schema: rdfs: rdf: xsd: prov: oa: cg: cgid: owl: skos: are declared for
    every query. kg/ is read-only: an update is refused. A query is stopped after
    --timeout seconds or when it needs more than --memory MB, and prints at most --limit rows.

    \b
    Example:
      claimgraph query 'SELECT (COUNT(*) AS ?n) WHERE { ?c a schema:Claim }'
      claimgraph query --file question.rq --format csv
      echo 'SELECT ?label WHERE { ?e a schema:Person ; rdfs:label ?label }' | claimgraph query
    """
    text = _query_text(sparql, file)
    limits = api.Limits(timeout=timeout, memory_mb=memory_mb, rows=rows, allow_service=allow_service)
    try:
        answer = api.query(text, kg, fmt, limits)
    except ClaimgraphError as err:
        raise click.ClickException(str(err)) from err
    click.echo(answer.text, nl=False)
    if answer.truncated:
        click.echo(f"warning: only the first {rows} rows are shown; the query has more "
                   "(raise --limit, or 0 for all)", err=True)


def _query_text(sparql: str | None, file) -> str:
    """The query from the argument, --file or standard input; exactly one of them."""
    stdin = sys.stdin
    if sparql is not None and file is not None:
        raise click.UsageError("give the query as an argument or with --file, not both")
    if file is not None:
        return file.read()
    if sparql is not None and sparql != "-":
        return sparql
    text = "" if sparql is None and stdin.isatty() else stdin.read()
    if not text.strip():
        raise click.UsageError("give a query as an argument, with --file, or on standard input")
    return text


@main.command("eval")
@click.argument("golds", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--kg", default="kg", show_default=True, type=click.Path(path_type=Path), help="The built graph folder.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="A table per article and the total, or JSON.")
def eval_(golds: tuple[Path, ...], kg: Path, fmt: str) -> None:
    """Measure KG against answer keys you wrote: per article and in total, precision,
    recall and F1 of entities, claims (spans overlapping by half), speaker, about, type,
    stances, relations and dates. The key format is in the README.

    \b
    Example:
      claimgraph build corpus/ --out kg/
      claimgraph eval gold/*.gold.json --kg kg/
    """
    try:
        result = api.evaluation(golds, kg)
    except ClaimgraphError as err:
        raise click.ClickException(str(err)) from err
    if fmt == "json":
        click.echo(json.dumps(result.as_json(), ensure_ascii=False, indent=1))
    else:
        click.echo(evaluate.to_table(result), nl=False)


@main.command()
@click.option("--endpoint", "-e", required=True,
              help="The store's Graph Store endpoint, e.g. http://localhost:7878/store (Oxigraph), "
                   "http://localhost:3030/DATASET/data (Fuseki), "
                   "http://localhost:7200/repositories/REPO/rdf-graphs/service (GraphDB). "
                   "Credentials may be given in it: http://USER:PASSWORD@host/…")
@click.option("--update-endpoint", default=None,
              help="The store's SPARQL UPDATE endpoint, which the entities' descriptions are merged through; "
                   "found from --endpoint for Oxigraph (/update), Fuseki (/DATASET/update) and GraphDB "
                   "(/repositories/REPO/statements).")
@click.option("--kg", default="kg", show_default=True, type=click.Path(path_type=Path), help="The built graph folder.")
@click.option("--timeout", default=60.0, show_default=True, type=click.FloatRange(min=0, min_open=True),
              help="Seconds each request may take in all before it is given up.")
def push(endpoint: str, update_endpoint: str | None, kg: Path, timeout: float) -> None:
    """PUT each article's named graph (from KG/graph.nq) into a triple store, replacing it,
    with the SPARQL 1.1 Graph Store HTTP Protocol, and merge the entities' descriptions into
    the store's entities graph; pushing again leaves the store unchanged.

    A request that fails is retried; a push that stops lists the graphs it wrote and those
    it did not.

    \b
    Example:
      claimgraph push --endpoint http://localhost:7878/store --kg kg/
    """
    try:
        report = api.push(endpoint, kg, timeout, update_endpoint)
    except ClaimgraphError as err:
        raise click.ClickException(str(err)) from err
    retried = f" ({report.retried} request(s) sent again after a failure)" if report.retried else ""
    click.echo(f"{report.graphs} graph(s), {report.triples} triples -> {report.endpoint}{retried}")


@main.command()
@click.option("--kg", default="kg", show_default=True, type=click.Path(path_type=Path), help="The built graph folder.")
@click.option("--out", "-o", type=click.Path(path_type=Path), help="Folder the report is written into [default: KG/report].")
@click.option("--corpus", default="corpus", show_default=True, type=click.Path(path_type=Path),
              help="The corpus the graph was built from, for the articles' texts.")
def report(kg: Path, out: Path | None, corpus: Path) -> None:
    """Write an HTML report of KG: an overview, a page per article with every claim
    highlighted in its speaker's colour, a page per entity, and the entity network.

    Open OUT/index.html in a browser, from disk or any web server; it fetches nothing.
    Articles whose file is no longer in --corpus show only the passages the graph quotes.

    \b
    Example:
      claimgraph report --kg kg/ --out kg/report
      python -m http.server --directory kg/report
    """
    _write_report(kg, out if out is not None else kg / "report", corpus)


def _write_report(kg: Path, out: Path, corpus: Path) -> None:
    try:
        summary = api.report(kg, out, corpus)
    except ClaimgraphError as err:
        raise click.ClickException(str(err)) from err
    for name in summary.without_text:
        click.echo(f"warning: {corpus / name} is missing or changed since the build; its page shows only "
                   "the passages the graph quotes", err=True)
    click.echo(f"{summary.articles} articles, {summary.pages} pages -> {Path(summary.out) / 'index.html'}")


if __name__ == "__main__":
    main()
