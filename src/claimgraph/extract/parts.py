"""Long articles in parts, so that one long article cannot stall a build.

Some extraction rules compare each claim with every mention of its article, so the time
an article takes grows faster than its length (measured: 20,000 characters 4 s, 40,000
characters 19 s). An article longer than ``PART_CHARS`` is therefore cut into parts, at
paragraph breaks where it has them (else after a sentence end, else at white space or a
comma, else anywhere), each part is extracted on its own, and the parts are joined into
one extraction whose offsets are those of the whole article. What a rule carries from
one sentence to the next (a speaker, a pronoun's referent, a name found once and then
repeated) is not carried from one part into the next; the article's warnings say so.
"""

from __future__ import annotations

from pydantic import BaseModel
from spacy.language import Language

from ..models import Article, ArticleExtraction, Span
from . import process_article
from .evaluation import ClauseMemo
from .lexicons import ClaimLexicon
from .polarity import Lexicon

__all__ = ["PART_CHARS", "extract_in_parts", "part_bounds"]

PART_CHARS = 20_000  # characters; news articles are a few thousand
_SENTENCE_ENDS = "。！？!?；;…"
_WEAK_BREAKS = " \t\u3000，,、"


def part_bounds(text: str, size: int = PART_CHARS) -> list[int]:
    """Offsets ``[0, …, len(text)]`` that cut ``text`` into parts of at most ``size``
    characters, each cut as late as it can be at the strongest break in the part's second half."""
    bounds = [0]
    while len(text) - bounds[-1] > size:
        start = bounds[-1]
        low, high = start + size // 2, start + size
        cut = text.rfind("\n", low, high) + 1
        if not cut:
            cut = max(text.rfind(ch, low, high) for ch in _SENTENCE_ENDS) + 1
        if not cut:
            cut = max(text.rfind(ch, low, high) for ch in _WEAK_BREAKS) + 1
        if not cut:
            cut = high
        bounds.append(cut)
    bounds.append(len(text))
    return bounds


def extract_in_parts(article: Article, nlp: Language, lexicon: Lexicon | None = None,
                     claim_lexicon: ClaimLexicon | None = None, size: int = PART_CHARS,
                     memo: ClauseMemo | None = None) -> ArticleExtraction:
    """``process_article`` over ``article``, part by part when it is longer than ``size``
    (``memo`` is filled only for an article read in one part)."""
    if len(article.text) <= size:
        return process_article(article, nlp, lexicon, claim_lexicon, memo)
    bounds = part_bounds(article.text, size)
    parts = [process_article(_part(article, start, end), nlp, lexicon, claim_lexicon) for start, end in zip(bounds, bounds[1:])]
    entities = {}
    for part in parts:
        for entity in part.entities:
            entities.setdefault(entity.key, entity)
    note = (f"is {len(article.text):,} characters long: extracted in {len(parts)} parts of at most {size:,} "
            "characters, cut at paragraph breaks where it has them; a speaker, a pronoun or a repeated name is "
            "not carried from one part into the next")
    return ArticleExtraction(
        article=article.model_copy(update={"warnings": (*article.warnings, note)}),
        entities=tuple(entities[k] for k in sorted(entities)),
        mentions=tuple(m for start, part in zip(bounds, parts) for m in _shifted(part.mentions, start)),
        claims=tuple(c for start, part in zip(bounds, parts) for c in _shifted(part.claims, start)),
        publisher_entity=parts[0].publisher_entity, author_entities=parts[0].author_entities)


def _part(article: Article, start: int, end: int) -> Article:
    """The article's text from ``start`` to ``end`` as an article of its own, with its
    metadata (headline, date, publisher) and the regions that fall in that part."""

    def clip(spans: tuple[Span, ...]) -> tuple[Span, ...]:
        return tuple(Span(start=max(s.start, start) - start, end=min(s.end, end) - start)
                     for s in spans if s.start < end and s.end > start)

    return article.model_copy(update={"text": article.text[start:end], "body": clip(article.body),
                                      "metadata_spans": clip(article.metadata_spans),
                                      "boilerplate": clip(article.boilerplate)})


def _shifted(value, by: int):
    """``value`` with every Span inside it moved ``by`` characters on."""
    if isinstance(value, Span):
        return Span(start=value.start + by, end=value.end + by)
    if isinstance(value, tuple):
        return tuple(_shifted(v, by) for v in value)
    if isinstance(value, BaseModel):
        return value.model_copy(update={name: _shifted(getattr(value, name), by) for name in type(value).model_fields})
    return value
