"""The vocabularies the exports write, as closed namespaces: a typo in a term is an
error, not a new IRI."""

from __future__ import annotations

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
