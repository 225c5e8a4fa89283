"""The data contract between stages: pydantic models and their deterministic ids.

Every stage takes and returns these models; nothing else crosses a module boundary.
Offsets are code-point offsets into ``Article.text`` (the file as decoded, BOM dropped,
line endings untouched), end exclusive.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Literal
from urllib.parse import quote

from pydantic import BaseModel, ConfigDict, model_validator

BASE_IRI = "https://w3id.org/claimgraph/id/"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class EntityType(str, Enum):
    PERSON = "Person"
    ORGANIZATION = "Organization"
    PRODUCT = "Product"
    CREATIVE_WORK = "CreativeWork"
    CONCEPT = "Concept"
    PLACE = "Place"


class ClaimType(str, Enum):
    FACT = "fact"
    STATISTIC = "statistic"
    OPINION = "opinion"
    PREDICTION = "prediction"


class Polarity(str, Enum):
    FAVOR = "favor"
    AGAINST = "against"
    NEUTRAL = "neutral"


class RelationType(str, Enum):
    DISPUTES = "disputes"
    SUPPORTS = "supports"
    QUALIFIES = "qualifies"


class Span(_Model):
    start: int
    end: int

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"span [{self.start}, {self.end}) is not ordered")
        return self


class Entity(_Model):
    """A canonical node: from the catalog (confirmed) or discovered by a rule."""

    key: str
    type: EntityType
    label_zh: str | None = None
    label_en: str | None = None
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    confirmed: bool = True

    @property
    def iri(self) -> str:
        return entity_iri(self.key)

    @property
    def label(self) -> str:
        return self.label_zh or self.label_en or self.key


class Mention(_Model):
    """One occurrence of an entity in an article."""

    entity: str  # Entity.key
    text: str
    span: Span
    rule: str


class Quantity(_Model):
    """A number found in a claim, normalised (221亿美元 -> 2.21e10 USD)."""

    text: str
    span: Span
    value: float
    unit: str | None = None  # ISO 4217 code, "percent", or the counter word as written
    approximate: bool = False
    measure: str | None = None  # what it measures, where the sentence says so (营收, 股价)
    change: bool = False  # a change (同比增长265%) rather than a level


class TimeRef(_Model):
    """A date or period in a claim, resolved against the publication date."""

    text: str
    span: Span
    start: dt.date | None = None
    end: dt.date | None = None


class Speaker(_Model):
    """Who a claim is attributed to."""

    kind: Literal["entity", "author", "unnamed"]
    key: str  # entity key; "@author"; or the unnamed source's cue (有观点)
    rule: str  # the attribution rule that chose this speaker
    cue: Span | None = None  # where the attribution cue is in the text


class TargetPolarity(_Model):
    """A claim's evaluation of one entity it is about."""

    entity: str
    polarity: Polarity
    score: float  # signed strength, negative is against
    rule: str


class Claim(_Model):
    article: str  # Article.id
    span: Span
    text: str
    speaker: Speaker
    type: ClaimType
    type_rule: str
    hedged: bool = False
    conditional: bool = False
    about: tuple[str, ...] = ()  # entity keys
    quantities: tuple[Quantity, ...] = ()
    times: tuple[TimeRef, ...] = ()
    polarities: tuple[TargetPolarity, ...] = ()
    # discourse signals that the graph stage turns into claim relations
    responds: bool = False  # opens with 对此 / 對此 (answers a claim before it)
    contrast: bool = False  # opens with 但 / 不过 / 然而
    rule: str = "segment.v1"

    @property
    def id(self) -> str:
        return claim_id(self.article, self.span)

    @property
    def iri(self) -> str:
        return BASE_IRI + "claim/" + self.id


class Article(_Model):
    """A decoded article with its metadata; ``text`` is what every offset points into."""

    id: str  # stable, from the file name
    path: str  # file name as given
    sha256: str
    encoding: str
    text: str
    headline: str | None = None
    date_published: dt.date | None = None
    publisher: str | None = None
    authors: tuple[str, ...] = ()
    body: tuple[Span, ...] = ()  # regions that hold the article's own content
    metadata_spans: tuple[Span, ...] = ()  # where headline, date, byline (and boilerplate) were read
    boilerplate: tuple[Span, ...] = ()  # site furniture: breadcrumbs, copyright footers
    warnings: tuple[str, ...] = ()  # what reading or extraction could not keep (damaged bytes, parts)

    @property
    def iri(self) -> str:
        return BASE_IRI + "article/" + self.id


class ArticleExtraction(_Model):
    """Everything the per-article function found in one article."""

    article: Article
    entities: tuple[Entity, ...]  # every entity mentioned, catalog or discovered
    mentions: tuple[Mention, ...]
    claims: tuple[Claim, ...]
    publisher_entity: str | None = None
    author_entities: tuple[str, ...] = ()
    # where the segmenter's tokens start (offsets into the text): the linking rules match
    # words on token boundaries (会 is not inside 机会); empty, every character is one
    tokens: tuple[int, ...] = ()


class Stance(_Model):
    article: str
    holder: Speaker
    target: str  # entity key
    polarity: Polarity
    score: float
    evidence: tuple[str, ...]  # claim ids

    @property
    def iri(self) -> str:
        return f"{BASE_IRI}stance/{self.article}/{slug(holder_key(self.holder))}/{slug(self.target)}"


class ClaimRelation(_Model):
    source: str  # claim id
    target: str  # claim id
    type: RelationType
    rule: str


class Failure(_Model):
    """An article that could not be read, and why."""

    path: str
    reason: str


def slug(text: str) -> str:
    """An IRI-safe, stable form of a key (percent-encoded UTF-8)."""
    return quote(text, safe="-._~")


def entity_iri(key: str) -> str:
    return BASE_IRI + "entity/" + slug(key)


def claim_id(article: str, span: Span) -> str:
    return f"{article}/{span.start}-{span.end}"


def holder_key(speaker: Speaker) -> str:
    """The node a speaker stands for: an entity key, the article's voice, or an unnamed cue."""
    if speaker.kind == "unnamed":
        return "unnamed:" + speaker.key
    return speaker.key
