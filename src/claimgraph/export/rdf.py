"""RDF per the data contract (CONTRACT.md): the triples of one article's named graph and
of the shared entities graph, made from the models as plain terms (``writers.Iri``,
``writers.Lit``), without building rdflib graphs. Every node is an IRI (selectors and
quantities included, so a re-import replaces rather than grows).

An article's triples depend only on its own extraction, stances and relations, so each
article is written (and can be checked) on its own, in any process; the entities' labels,
aliases, types and Wikidata links go once into ``ENTITIES_GRAPH``.

Texts are kept exactly, control characters included: the writers escape them, so a quote
always equals ``text[start:end]``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from decimal import Decimal
from types import MappingProxyType

from ..models import (
    BASE_IRI, ArticleExtraction, Claim, ClaimRelation, ClaimType, Entity, EntityType, Mention, Polarity, Span,
    Speaker, Stance, entity_iri, slug,
)
from . import vocab
from .vocab import PROV_TERMS, SCHEMA_TERMS, Terms
from .writers import RDF_TYPE, XSD, Iri, Lit, TermTexts, Triple

__all__ = ["ENTITIES_GRAPH", "PREFIXES", "VOCABULARY_TERMS", "article_blocks", "article_triples", "entity_triples"]

CG, OA = Terms.of(vocab.CG), Terms.of(vocab.OA)
SCHEMA, PROV = Terms(vocab.SCHEMA, SCHEMA_TERMS), Terms(vocab.PROV, PROV_TERMS)
WIKIDATA = str(vocab.WIKIDATA)
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
OWL = "http://www.w3.org/2002/07/owl#"
PREFIXES = MappingProxyType({"schema": str(SCHEMA), "prov": str(PROV), "oa": str(OA), "skos": SKOS,
                             "rdfs": RDFS, "owl": OWL, "xsd": XSD, "cg": str(CG), "cgid": BASE_IRI})
ENTITIES_GRAPH = BASE_IRI + "graph/entities"
_CONTEXT = 32  # characters of prefix and suffix in a quote selector
_TYPES = MappingProxyType({EntityType.PERSON: SCHEMA.Person, EntityType.ORGANIZATION: SCHEMA.Organization,
                           EntityType.PRODUCT: SCHEMA.Product, EntityType.CREATIVE_WORK: SCHEMA.CreativeWork,
                           EntityType.CONCEPT: SKOS + "Concept", EntityType.PLACE: SCHEMA.Place})
_CLAIM_TYPES = MappingProxyType({ClaimType.FACT: CG.Fact, ClaimType.STATISTIC: CG.Statistic,
                                 ClaimType.OPINION: CG.Opinion, ClaimType.PREDICTION: CG.Prediction})
_POLARITIES = MappingProxyType({Polarity.FAVOR: CG.Favor, Polarity.AGAINST: CG.Against,
                                Polarity.NEUTRAL: CG.Neutral})
_STANCE_RULE = "stance.mean_score.v1"
_SPECIFIC_RESOURCE = Iri(OA.SpecificResource)
_POSITION_SELECTOR = Iri(OA.TextPositionSelector)
_QUOTE_SELECTOR = Iri(OA.TextQuoteSelector)


Pairs = list[tuple[str, "Iri | Lit"]]
Selected = dict[str, "Span | None"]  # node -> the span its selectors quote (None: written as triples)
Templated = list[tuple[str, "Iri", str]]  # (node, entity, rule) of each mention node written from a template
Block = tuple[str, Pairs]  # a subject and (some of) its (predicate, object) pairs


def article_triples(x: ArticleExtraction, stances: Iterable[Stance] = (),
                    relations: Iterable[ClaimRelation] = ()) -> list[Triple]:
    """The triples of one article's named graph: the article, its mentions, claims (with
    provenance, quantities and times), and the stances and claim relations found in it."""
    return [(s, p, o) for s, pairs in article_blocks(x, stances, relations) for p, o in pairs]


def article_blocks(x: ArticleExtraction, stances: Iterable[Stance] = (),
                   relations: Iterable[ClaimRelation] = (), selected: Selected | None = None,
                   mentions: Templated | None = None) -> list[Block]:
    """``article_triples`` as (subject, pairs) blocks, in the order made (a subject may have
    several blocks): what ``writers.group_blocks`` groups without a tuple per triple. Given
    ``selected`` (a dict), the source, position and quote nodes of each quoted span are left
    out and their node and span put there instead, for selectors.py to write; given
    ``mentions`` (a list), so is each mention node that no other mention shares (node, entity, rule)."""
    out: list[Block] = []
    a = x.article
    doc = a.iri
    entity = _EntityIris()
    pairs: Pairs = [(RDF_TYPE, Iri(SCHEMA.NewsArticle)), (CG.sha256, Lit(a.sha256)),
                    (SCHEMA.inLanguage, Lit("zh")), (SCHEMA.name, Lit(a.path))]
    if a.headline:
        pairs.append((SCHEMA.headline, Lit(a.headline, "zh")))
    if a.date_published:
        pairs.append((SCHEMA.datePublished, _date(a.date_published)))
    if x.publisher_entity:
        pairs.append((SCHEMA.publisher, entity[x.publisher_entity]))
    pairs += [(SCHEMA.author, entity[key]) for key in x.author_entities]
    mentioned = {m.entity for m in x.mentions} | set(x.author_entities) | (
        {x.publisher_entity} if x.publisher_entity else set())
    pairs += [(SCHEMA.mentions, entity[key]) for key in sorted(mentioned)]
    out.append((doc, pairs))
    nodes = [f"{BASE_IRI}mention/{x.article.id}/{m.span.start}-{m.span.end}" for m in x.mentions]
    alone = _once(nodes) if mentions is not None else set()  # two mentions of one span: one node, its pairs merged
    for m, node in zip(x.mentions, nodes, strict=True):
        _mention(out, x, m, node, entity, selected, mentions if node in alone else None)
    for claim in x.claims:
        _claim(out, x, claim, entity, selected)
    for s in stances:
        pairs = [(RDF_TYPE, Iri(CG.Stance)), (CG.holder, _speaker(out, x, s.holder, entity)),
                 (CG.target, entity[s.target]), (CG.polarity, Iri(_POLARITIES[s.polarity])),
                 (CG.score, _score(s.score)), (SCHEMA.appearance, Iri(doc)), (CG.rule, Lit(_STANCE_RULE))]
        pairs += [(CG.evidence, Iri(BASE_IRI + "claim/" + cid)) for cid in s.evidence]
        out.append((s.iri, pairs))
    for r in relations:
        out.append((BASE_IRI + "claim/" + r.source, [(CG[r.type.value], Iri(BASE_IRI + "claim/" + r.target))]))
    return out


def entity_triples(entities: Iterable[Entity], names_seen: Mapping[str, Iterable[str]]) -> list[Triple]:
    """The entities graph: each entity's classes, labels, aliases (the catalog's and every
    name it was found under) and Wikidata link."""
    out: list[Triple] = []
    for e in entities:
        node = e.iri
        out.append((node, RDF_TYPE, Iri(CG.Entity)))
        out.append((node, RDF_TYPE, Iri(_TYPES[e.type])))
        out.append((node, CG.confirmed, _boolean(e.confirmed)))
        labels = set()
        for label, lang in ((e.label_zh, "zh"), (e.label_en, "en")):
            if label:
                out.append((node, RDFS + "label", Lit(label, lang)))
                labels.add(label)
        for alias in sorted(set(e.aliases) | set(names_seen.get(e.key, ()))):
            if alias not in labels:
                out.append((node, SKOS + "altLabel", Lit(alias, "en" if alias.isascii() else "zh")))
        if e.wikidata:
            out.append((node, OWL + "sameAs", Iri(WIKIDATA + e.wikidata)))
    return out


class _EntityIris(dict):
    """Entity key -> its IRI as an object term, made once per article (keys recur in every mention)."""

    def __missing__(self, key: str) -> Iri:
        made = self[key] = Iri(entity_iri(key))
        return made


def _speaker(out: list[Block], x: ArticleExtraction, speaker: Speaker, entity: _EntityIris) -> Iri:
    """The node a speaker is; an unnamed source is described where it is used."""
    if speaker.kind == "entity":
        return entity[speaker.key]
    if speaker.kind == "unnamed":
        node = f"{BASE_IRI}unnamed/{x.article.id}/{slug(speaker.key)}"
        out.append((node, [(RDF_TYPE, Iri(CG.UnnamedSource)), (RDFS + "label", Lit(speaker.key, "zh")),
                           (SCHEMA.appearance, Iri(x.article.iri))]))
        return Iri(node)
    if x.publisher_entity:
        return entity[x.publisher_entity]
    return Iri(x.article.iri)


def _provenance(out: list[Block], x: ArticleExtraction, node: str, span: Span, selected: Selected | None) -> Iri:
    """The blocks of a SpecificResource with a position and a quote selector (or, given
    ``selected``, the span noted there); returns the resource, which ``node`` was
    prov:wasDerivedFrom."""
    if selected is not None:
        known = selected.get(node, span)
        # a node's IRI names its span: the usual case, once (``span`` itself: no field by field
        # comparison of two models) or repeated
        if known is span or known == span:
            selected[node] = span
            return Iri(f"{node}/source")
        if known is not None:  # one node quoting two spans: its selectors merged as triples
            _provenance(out, x, node, known, None)
            selected[node] = None
    text = x.article.text
    source, position, quote = f"{node}/source", f"{node}/position", f"{node}/quote"
    out += [
        (source, [(RDF_TYPE, _SPECIFIC_RESOURCE), (OA.hasSource, Iri(x.article.iri)),
                  (OA.hasSelector, Iri(position)), (OA.hasSelector, Iri(quote))]),
        (position, [(RDF_TYPE, _POSITION_SELECTOR), (OA.start, _integer(span.start)), (OA.end, _integer(span.end))]),
        (quote, [(RDF_TYPE, _QUOTE_SELECTOR), (OA.exact, Lit(text[span.start:span.end])),
                 (OA.prefix, Lit(text[max(0, span.start - _CONTEXT):span.start])),
                 (OA.suffix, Lit(text[span.end:span.end + _CONTEXT]))]),
    ]
    return Iri(source)


def _once(nodes: list[str]) -> set[str]:
    """The nodes that occur once in ``nodes``."""
    seen: set[str] = set()
    twice = {node for node in nodes if node in seen or seen.add(node)}
    return seen - twice


def _mention(out: list[Block], x: ArticleExtraction, m: Mention, node: str, entity: _EntityIris,
             selected: Selected | None, templated: Templated | None) -> None:
    """A mention node's block, or given ``templated``, its node, entity and rule noted there
    (selectors.py writes its five triples: a Mention, mentionOf, appearance, rule and
    wasDerivedFrom its ``{node}/source``)."""
    source = _provenance(out, x, node, m.span, selected)
    if templated is not None:
        templated.append((node, entity[m.entity], m.rule))
        return
    out.append((node, [(RDF_TYPE, Iri(CG.Mention)), (CG.mentionOf, entity[m.entity]),
                       (SCHEMA.appearance, Iri(x.article.iri)), (CG.rule, Lit(m.rule)),
                       (PROV.wasDerivedFrom, source)]))


def _claim(out: list[Block], x: ArticleExtraction, c: Claim, entity: _EntityIris, selected: Selected | None) -> None:
    node = c.iri
    pairs: Pairs = [
        (RDF_TYPE, Iri(SCHEMA.Claim)),
        (SCHEMA.text, Lit(c.text, "zh")),
        (SCHEMA.author, _speaker(out, x, c.speaker, entity)),
        (SCHEMA.appearance, Iri(x.article.iri)),
        (CG.claimType, Iri(_CLAIM_TYPES[c.type])),
        (CG.hedged, _boolean(c.hedged)),
        (CG.conditional, _boolean(c.conditional)),
        (CG.speakerRule, Lit(c.speaker.rule)),
        (CG.typeRule, Lit(c.type_rule)),
        (CG.rule, Lit(c.rule)),
    ]
    pairs += [(SCHEMA.about, entity[key]) for key in c.about]
    pairs.append((PROV.wasDerivedFrom, _provenance(out, x, node, c.span, selected)))
    for q in c.quantities:
        qn = f"{node}/quantity/{q.span.start}-{q.span.end}"
        pairs.append((CG.quantity, Iri(qn)))
        quantity: Pairs = [(RDF_TYPE, Iri(SCHEMA.QuantitativeValue)), (SCHEMA.value, _number(q.value)),
                           (CG.approximate, _boolean(q.approximate)), (CG.isChange, _boolean(q.change)),
                           (CG.quote, Lit(q.text))]
        if q.unit:
            quantity.append((SCHEMA.unitText, Lit(q.unit)))
        if q.measure:
            quantity.append((CG.measure, Lit(q.measure)))
        out.append((qn, quantity))
    for t in c.times:
        tn = f"{node}/time/{t.span.start}-{t.span.end}"
        pairs.append((CG.timeRef, Iri(tn)))
        when: Pairs = [(RDF_TYPE, Iri(CG.TimeReference)), (CG.quote, Lit(t.text))]
        if t.start:
            when.append((SCHEMA.startDate, _date(t.start)))
        if t.end:
            when.append((SCHEMA.endDate, _date(t.end)))
        out.append((tn, when))
    out.append((node, pairs))


def _score(value: float) -> Lit:
    """A stance score as xsd:decimal in its canonical form (0.5, not 0.5000: a store
    normalises the lexical form, and a re-pushed graph must compare equal)."""
    number = Decimal(str(value)).quantize(Decimal("0.0001")).normalize()
    return Lit(format(number, "f") if number != 0 else "0", datatype=XSD + "decimal")


def _number(value: float) -> Lit:
    """A number as xsd:integer when whole, else xsd:decimal in plain notation; 15 significant
    digits, so float noise (2.14e12 read as 2140000000000.0002) does not reach the graph."""
    number = Decimal(format(value, ".15g"))
    if number == number.to_integral_value():
        return _integer(int(number))
    return Lit(format(number.normalize(), "f"), datatype=XSD + "decimal")


def _integer(value: int) -> Lit:
    return Lit(str(value), datatype=XSD + "integer")


_TRUE, _FALSE = Lit("true", datatype=XSD + "boolean"), Lit("false", datatype=XSD + "boolean")


def _boolean(value: bool) -> Lit:
    return _TRUE if value else _FALSE


def _date(value: dt.date) -> Lit:
    return Lit(value.isoformat(), datatype=XSD + "date")


def _vocabulary_terms() -> TermTexts:
    """Every class, predicate and datatype the triples use, and the two booleans, as each
    writer writes them: what each article's ``TermTexts`` starts from (some 200 texts an
    article would otherwise write again, each IRI checked and compacted)."""
    terms = TermTexts(PREFIXES)
    iris = [*(CG[name] for name in vocab.CG.__annotations__), *(OA[name] for name in vocab.OA.__annotations__),
            *(SCHEMA[name] for name in SCHEMA_TERMS), *(PROV[name] for name in PROV_TERMS), RDF_TYPE,
            RDFS + "label", SKOS + "altLabel", SKOS + "Concept", OWL + "sameAs",
            *(XSD + name for name in ("integer", "decimal", "boolean", "date"))]
    for term in (*map(Iri, iris), _TRUE, _FALSE):
        for written in (terms.nt, terms.turtle, terms.jsonld_value):  # an IRI's value: its compact form too
            written[term]
    return terms


VOCABULARY_TERMS = _vocabulary_terms()  # read only: articles' TermTexts copy it
