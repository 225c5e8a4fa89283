"""The vocabularies the exports write, as closed namespaces: a typo in a term is an
error, not a new IRI."""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace


class CG(DefinedNamespace):
    """claimgraph's own vocabulary (declared in data/ontology.ttl)."""

    _NS = Namespace("https://w3id.org/claimgraph/ns#")
    _fail = True

    Entity: URIRef
    UnnamedSource: URIRef
    Stance: URIRef
    Mention: URIRef
    TimeReference: URIRef
    ClaimType: URIRef
    Polarity: URIRef
    Fact: URIRef
    Statistic: URIRef
    Opinion: URIRef
    Prediction: URIRef
    Favor: URIRef
    Against: URIRef
    Neutral: URIRef
    sha256: URIRef
    claimType: URIRef
    hedged: URIRef
    conditional: URIRef
    disputes: URIRef
    supports: URIRef
    qualifies: URIRef
    holder: URIRef
    target: URIRef
    polarity: URIRef
    evidence: URIRef
    score: URIRef
    rule: URIRef
    speakerRule: URIRef
    typeRule: URIRef
    confirmed: URIRef
    mentionOf: URIRef
    quantity: URIRef
    approximate: URIRef
    isChange: URIRef
    measure: URIRef
    quote: URIRef
    timeRef: URIRef


class OA(DefinedNamespace):
    """The Web Annotation terms the exports use."""

    _NS = Namespace("http://www.w3.org/ns/oa#")
    _fail = True

    SpecificResource: URIRef
    TextPositionSelector: URIRef
    TextQuoteSelector: URIRef
    hasSource: URIRef
    hasSelector: URIRef
    start: URIRef
    end: URIRef
    exact: URIRef
    prefix: URIRef
    suffix: URIRef


SCHEMA = Namespace("https://schema.org/")
PROV = Namespace("http://www.w3.org/ns/prov#")
WIKIDATA = Namespace("http://www.wikidata.org/entity/")


class Terms:
    """A closed vocabulary's terms as plain ``str`` (fast to hash and compare, equal to the
    same IRI written anywhere): ``Terms.of(CG).Claim``; a term not declared raises
    AttributeError, and no term can be set."""

    def __init__(self, namespace: str, names: Iterable[str]):
        object.__setattr__(self, "_ns", str(namespace))
        for name in names:
            object.__setattr__(self, name, str(namespace) + name)

    @classmethod
    def of(cls, vocabulary: type[DefinedNamespace]) -> Terms:
        return cls(str(vocabulary._NS), vocabulary.__annotations__)

    def __getattr__(self, name: str) -> str:  # only called for a name that is not a term
        raise AttributeError(f"{name!r} is not a term of <{self._ns}>")

    def __getitem__(self, name: str) -> str:
        return getattr(self, name)

    def __setattr__(self, name: str, value) -> None:
        raise AttributeError("vocabulary terms are read-only")

    def __str__(self) -> str:
        return self._ns


SCHEMA_TERMS = ("NewsArticle", "Claim", "QuantitativeValue", "Person", "Organization", "Product", "CreativeWork",
                "Place", "inLanguage", "name", "headline", "datePublished", "publisher", "author", "mentions",
                "appearance", "text", "about", "value", "unitText", "startDate", "endDate")
PROV_TERMS = ("wasDerivedFrom",)
