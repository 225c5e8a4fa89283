"""click commands, each a few lines over one api call; only this module exits."""

from __future__ import annotations

import signal
import sys
from pathlib import Path

import click

from . import api
from .api import text_table
from .errors import ClaimgraphError
from .progress import Progress


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
    """


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
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors.")
def build(corpus: Path, out: Path, catalogs: tuple[Path, ...], jobs: int, engine: str, scheduler: str | None,
          validate: bool, cache: bool, cache_dir: Path | None, quiet: bool) -> None:
    """Build the graph of every .txt article in CORPUS (default: corpus/) into --out.

    Writes graph.ttl, graph.nt, graph.nq (one named graph per article), graph.jsonld,
    graph.graphml and graph.gexf (the full graph), entities.graphml and entities.gexf
    (the entity network), ontology.ttl and shapes.ttl, into a new folder that replaces
    --out only once it is complete. An article that cannot be read is named with the
    reason; the others are still built, and the exit status is 1. On a terminal, the
    stages (read, extract, link, write) are shown with counts and, on long corpora, an ETA.

    \b
    Example:
      claimgraph build corpus/ --out kg/
      claimgraph build archive/ --out kg/ --jobs 8
      claimgraph build archive/ --scheduler tcp://scheduler:8786
    """
    display = None if quiet else Progress.for_stream(sys.stderr)
    # a terminated build cleans up after itself (its half-written folder removed) like an interrupted one
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
    try:
        report = api.build(corpus, out, catalogs, display, jobs=jobs or api.default_jobs(), engine=engine,
                           scheduler=scheduler, validate=validate, cache=cache, cache_dir=cache_dir,
                           notice=None if quiet else lambda message: click.echo(message, err=True))
    except ClaimgraphError as err:
        raise click.ClickException(str(err)) from err
    finally:
        if display is not None:
            display.done()
    for failure in report.failures:
        click.echo(f"error: {failure.path}: {failure.reason}", err=True)
    if not quiet:
        click.echo(f"{report.articles} articles, {report.entities} entities, {report.claims} claims, "
                   f"{report.stances} stances, {report.relations} relations -> {report.out}/ "
                   f"in {report.seconds:.2f} s")
        if report.up_to_date:
            click.echo(f"{report.out}/ is up to date: no article, catalog or option changed since it was built")
        elif report.cached:
            click.echo(f"{report.cached} article(s) from the cache, {report.articles - report.cached} extracted "
                       f"on {report.jobs} job(s)")
    if report.failures:
        click.echo(f"{len(report.failures)} article(s) could not be read", err=True)
        sys.exit(1)


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--catalog", "catalogs", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="An entity catalog (TOML) merged over the default; may be repeated.")
def inspect(file: Path, catalogs: tuple[Path, ...]) -> None:
    """Print one article's claims as a table: offsets, speaker, rule, type, flags, text.

    \b
    Example:
      claimgraph inspect corpus/000_e2efc9c3b82ea5ae.txt
    """
    try:
        kg = api.inspect(file, catalogs)
    except ClaimgraphError as err:
        raise click.ClickException(str(err)) from err
    x = kg.extractions[0]
    a = x.article
    click.echo(f"{a.path}  headline: {a.headline or '-'}  date: {a.date_published or '-'}  "
               f"publisher: {a.publisher or '-'}  reporters: {', '.join(a.authors) or '-'}")
    rows = []
    for c in x.claims:
        flags = ("H" if c.hedged else "-") + ("C" if c.conditional else "-")
        speaker = c.speaker.key if c.speaker.kind != "author" else (x.publisher_entity or "@author")
        rows.append([str(c.span.start), str(c.span.end), speaker, c.speaker.rule.removeprefix("attribution."),
                     c.type.value, flags, ",".join(c.about) or "-", c.text])
    click.echo(text_table(["start", "end", "speaker", "rule", "type", "flags", "about", "text"], rows), nl=False)
    click.echo(f"{len(x.claims)} claims, {len(kg.stances)} stances, {len(kg.relations)} relations "
               "(flags: H hedged, C conditional)")


@main.command()
@click.argument("sparql", required=False)
@click.option("--file", "-f", "file", type=click.File("r", encoding="utf-8"), help="Read the query from a file.")
@click.option("--kg", default="kg", show_default=True, type=click.Path(path_type=Path), help="The built graph folder.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True,
              help="table (IRIs shortened), CSV or SPARQL JSON results.")
def query(sparql: str | None, file, kg: Path, fmt: str) -> None:
    """Answer a SPARQL query over KG (default graph: every article's graph).

    The prefixes schema:, cg:, oa:, prov:, rdfs:, skos:, xsd: must be declared in the query.

    \b
    Example:
      claimgraph query 'PREFIX schema: <https://schema.org/>
        SELECT (COUNT(?c) AS ?claims) WHERE { ?c a schema:Claim }'
      claimgraph query --file question.rq --format csv
    """
    if (sparql is None) == (file is None):
        raise click.UsageError("give a query or --file, not both")
    try:
        click.echo(api.query(sparql if file is None else file.read(), kg, fmt), nl=False)
    except ClaimgraphError as err:
        raise click.ClickException(str(err)) from err


@main.command()
@click.option("--endpoint", "-e", required=True,
              help="The store's Graph Store endpoint, e.g. http://localhost:7878/store (Oxigraph), "
                   "http://localhost:3030/DATASET/data (Fuseki), "
                   "http://localhost:7200/repositories/REPO/rdf-graphs/service (GraphDB).")
@click.option("--kg", default="kg", show_default=True, type=click.Path(path_type=Path), help="The built graph folder.")
def push(endpoint: str, kg: Path) -> None:
    """PUT each article's named graph (from KG/graph.nq) into a triple store, replacing it,
    with the SPARQL 1.1 Graph Store HTTP Protocol; pushing again leaves the store unchanged.

    \b
    Example:
      claimgraph push --endpoint http://localhost:7878/store --kg kg/
    """
    try:
        report = api.push(endpoint, kg)
    except ClaimgraphError as err:
        raise click.ClickException(str(err)) from err
    click.echo(f"{report.graphs} graph(s), {report.triples} triples -> {report.endpoint}")


if __name__ == "__main__":
    main()
