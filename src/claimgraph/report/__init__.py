"""A static HTML report of a built ``kg/``: an index of the corpus, a page per article
with its claims highlighted, a page per entity, and an interactive entity network drawn
with sigma.js. Read from the RDF (data.py), laid out into pages (site.py, with text.py
and network.py), written whole or not at all (write.py). Opened from disk or any web
server; nothing is fetched at view time; the same graph gives the same bytes."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict

from .data import article_texts, read_kg
from .site import GENERATOR, render_site
from .write import write_site

__all__ = ["ReportSummary", "write_report"]


class ReportSummary(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    out: str
    pages: int
    articles: int
    without_text: tuple[str, ...]  # articles whose file was not found in the corpus


def write_report(kg: Path, out: Path, corpus: Path | None = None) -> ReportSummary:
    """Write the report of ``kg`` into ``out``, the articles' texts read from ``corpus``."""
    data = read_kg(kg)
    texts = article_texts(data.articles, corpus)
    files = render_site(data, texts)
    write_site(files, out, GENERATOR)
    return ReportSummary(out=str(out), pages=sum(name.endswith(".html") for name in files),
                         articles=len(data.articles),
                         without_text=tuple(a.name for a in data.articles if a.iri not in texts))
