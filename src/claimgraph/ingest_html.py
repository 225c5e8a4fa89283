"""HTML pages -> Article: the main text taken out of the page with trafilatura, and the
headline, date, reporters and site taken from the page's metadata where it has them.

The article's ``text`` is the extracted text exactly as extracted, so that every offset a
later stage reports points into it (``text[start:end]`` is the quote); ``sha256`` stays
that of the file. A page is read as HTML when its name ends in .html or .htm, or, with a
warning, when a .txt file's content is a page.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re

import trafilatura
from lxml import html as lxml_html

from .errors import ArticleError
from .ingest import parse_article
from .models import Article

__all__ = ["HTML_SUFFIXES", "looks_like_html", "read_page"]

HTML_SUFFIXES = (".html", ".htm")
_LOG = logging.getLogger(__name__)
_PAGE_START = re.compile(r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])",
                         re.IGNORECASE | re.DOTALL)
_AUTHOR_META = ("author", "article:author", "byl", "dc.creator", "sailthru.author")
_AUTHOR_SPLIT = re.compile(r"\s*[;；,，、|/]\s*")
_BYLINE_WORDS = re.compile(r"^(?:作者|记者|記者|文|by)[:：\s]*", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is a web page: it opens with a doctype or an html, head or body tag."""
    return bool(_PAGE_START.match(text[:4096]))


def read_page(data: bytes, text: str, encoding: str, name: str) -> Article | None:
    """The Article of an HTML page (``text`` is ``data`` decoded), or None when ``name`` and
    content say it is no page. Raises ArticleError when the page holds no article text."""
    if not name.lower().endswith(HTML_SUFFIXES):
        if not looks_like_html(text):
            return None
        _LOG.warning("%s: looks like an HTML page, not text; read as HTML (name it .html to say so)", name)
    body = _main_text(text)
    if not body or not body.strip():
        raise ArticleError(name, "is an HTML page in which no article text was found")
    article = parse_article(body.encode("utf-8"), name, markup=False)
    meta = trafilatura.extract_metadata(text, extensive=False)
    authors = _authors(text) or article.authors
    return article.model_copy(update={
        "sha256": hashlib.sha256(data).hexdigest(), "encoding": encoding,
        "headline": (meta.title if meta and meta.title else None) or article.headline,
        "date_published": _date(meta.date if meta else None) or article.date_published,
        "publisher": (meta.sitename if meta and meta.sitename else None) or article.publisher,
        "authors": authors})


def _main_text(page: str) -> str | None:
    """The page's main text, a paragraph a line. Precision first (it keeps paragraphs
    apart); the default settings when that finds nothing."""
    options = {"output_format": "txt", "include_comments": False, "include_tables": True, "deduplicate": False,
               "with_metadata": False}
    return trafilatura.extract(page, favor_precision=True, **options) or trafilatura.extract(page, **options)


def _authors(page: str) -> tuple[str, ...]:
    """Reporter names from the page's author meta tags (trafilatura drops CJK names)."""
    try:
        tree = lxml_html.document_fromstring(page)
    except (ValueError, lxml_html.etree.ParserError):
        return ()
    names: list[str] = []
    for meta in tree.iter("meta"):
        key = (meta.get("name") or meta.get("property") or "").lower()
        if key in _AUTHOR_META:
            for part in _AUTHOR_SPLIT.split(_BYLINE_WORDS.sub("", (meta.get("content") or "").strip())):
                if part and part not in names and not part.startswith("http"):
                    names.append(part)
    return tuple(names)


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
