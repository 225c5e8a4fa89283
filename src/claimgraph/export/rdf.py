"""RDF per the data contract (CONTRACT.md): one named graph per article, every node an
IRI (selectors and quantities included, so a re-import replaces rather than grows), and
serialisations whose bytes do not depend on set order or hash seeds.

Text is kept as it is, control characters and line separators included; each writer
escapes what its syntax cannot hold.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from types import MappingProxyType

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import OWL, SKOS

from ..graph import KnowledgeGraph
from ..models import (
    BASE_IRI, ArticleExtraction, Claim, ClaimType, Entity, EntityType, Mention, Polarity, Span, Speaker,
    entity_iri, slug,
)
from .vocab import CG, OA, PROV, SCHEMA, WIKIDATA

PREFIXES = MappingProxyType({"schema": SCHEMA, "prov": PROV, "oa": OA._NS, "skos": SKOS, "rdfs": RDFS, "owl": OWL,
            "xsd": XSD, "cg": CG._NS, "cgid": BASE_IRI})
_CONTEXT = 32  # characters of prefix and suffix in a quote selector
_TYPES = MappingProxyType({EntityType.PERSON: SCHEMA.Person, EntityType.ORGANIZATION: SCHEMA.Organization,
          EntityType.PRODUCT: SCHEMA.Product, EntityType.CREATIVE_WORK: SCHEMA.CreativeWork,
          EntityType.CONCEPT: SKOS.Concept, EntityType.PLACE: SCHEMA.Place})
_CLAIM_TYPES = MappingProxyType({ClaimType.FACT: CG.Fact, ClaimType.STATISTIC: CG.Statistic,
                ClaimType.OPINION: CG.Opinion, ClaimType.PREDICTION: CG.Prediction})
_POLARITIES = MappingProxyType({Polarity.FAVOR: CG.Favor, Polarity.AGAINST: CG.Against, Polarity.NEUTRAL: CG.Neutral})


ENTITIES_GRAPH = URIRef(BASE_IRI + "graph/entities")


def named_graphs(kg: KnowledgeGraph) -> list[tuple[URIRef, Graph]]:
    """(graph name, triples): one graph per article, in article order, then one graph of
    the entities' descriptions (labels, aliases, types, Wikidata links), which all
    articles share. Every triple is in exactly one graph, so a store whose default graph
    is the union of the named graphs (Oxigraph's) counts nothing twice."""
    return [*((URIRef(x.article.iri), _article_graph(x, kg)) for x in kg.extractions),
            (ENTITIES_GRAPH, entities_graph(kg))]


def entities_graph(kg: KnowledgeGraph) -> Graph:
    g = Graph()
    for key, entity in kg.entities.items():
        _entity(g, entity, kg.names_seen.get(key, ()))
    return g


def self_contained(parts: list[tuple[URIRef, Graph]]) -> list[Graph]:
    """Each named graph with the descriptions of the entities it refers to: what must
    conform to the shapes on its own."""
    entities = dict(parts).get(ENTITIES_GRAPH, Graph())
    described: dict = {}
    for triple in entities:
        described.setdefault(triple[0], []).append(triple)
    out = []
    for name, part in parts:
        g = Graph()
        g.addN((s, p, o, g) for s, p, o in part)
        if name != ENTITIES_GRAPH:
            for node in {o for o in part.objects() if o in described}:
                g.addN((s, p, o, g) for s, p, o in described[node])
        out.append(g)
    return out


def union_graph(kg: KnowledgeGraph, parts: list[tuple[URIRef, Graph]] | None = None) -> Graph:
    """All articles' triples in one graph."""
    g = Graph()
    _bind(g)
    for _, part in parts if parts is not None else named_graphs(kg):
        g.addN((s, p, o, g) for s, p, o in part)
    return g


def to_turtle(g: Graph) -> str:
    """Turtle with the project's prefixes, one block per subject; subjects, predicates and
    objects sorted, so the bytes depend on the triples only. Written directly: rdflib's
    pretty printer takes several times as long and grows worse than linearly."""
    prefixes = sorted(((p, str(ns)) for p, ns in PREFIXES.items()), key=lambda pn: -len(pn[1]))
    names: dict = {}

    def term(t) -> str:
        if t not in names:
            names[t] = _turtle_term(t, prefixes)
        return names[t]

    blocks: dict = {}
    for subject, predicate, obj in g:
        blocks.setdefault(subject, []).append((predicate, obj))
    out = [f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(PREFIXES.items())]
    for subject in sorted(blocks, key=term):
        pairs = sorted(blocks[subject], key=lambda po: (po[0] != RDF.type, term(po[0]), term(po[1])))
        lines, last = [], None
        for predicate, obj in pairs:
            if predicate == last:
                lines[-1] += " ,\n        " + term(obj)
            else:
                lines.append(f"    {'a' if predicate == RDF.type else term(predicate)} {term(obj)}")
                last = predicate
        out.append(f"\n{term(subject)}\n" + " ;\n".join(lines) + " .\n")
    return "".join(out)


_PNAME_LOCAL = re.compile(r"[A-Za-z_][A-Za-z0-9_\-]*")


def _turtle_term(t, prefixes) -> str:
    if isinstance(t, URIRef):
        iri = str(t)
        for prefix, ns in prefixes:
            if iri.startswith(ns) and _PNAME_LOCAL.fullmatch(iri[len(ns):]):
                return f"{prefix}:{iri[len(ns):]}"
        return f"<{iri}>"
    if isinstance(t, Literal):  # not Literal.n3(): its long form breaks on a text ending in \"
        lexical = '"' + str(t).translate(_TURTLE_ESCAPES) + '"'
        if t.language:
            return f"{lexical}@{t.language}"
        if t.datatype is not None and str(t.datatype).startswith(str(XSD)):
            return f"{lexical}^^xsd:{str(t.datatype)[len(str(XSD)):]}"
        return f"{lexical}^^<{t.datatype}>" if t.datatype is not None else lexical
    return t.n3()


# a Turtle string in one line: quote and backslash escaped, control characters and line
# and paragraph separators as \uXXXX
_TURTLE_ESCAPES = MappingProxyType({
    **{c: f"\\u{c:04X}" for c in [*range(0x20), *range(0x7F, 0xA0), 0x2028, 0x2029]},
    ord("\\"): "\\\\", ord('"'): '\\"', ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t"})


def to_ntriples(g: Graph) -> str:
    """N-Triples, one triple a line, sorted (rdflib writes them in set order)."""
    lines = [line for line in g.serialize(format="nt").split("\n") if line.strip()]  # not splitlines(): U+2028 …
    return "".join(f"{line}\n" for line in sorted(set(lines)))


def to_nquads(parts: list[tuple[URIRef, Graph]]) -> str:
    """N-Quads, every article's triples in its named graph, one quad a line, sorted."""
    lines = set()
    for name, g in parts:
        graph = f" <{name}> .\n"
        for line in g.serialize(format="nt").split("\n"):  # not splitlines(): U+2028 is no line end
            if line.strip():
                lines.add(line.rstrip().removesuffix(" .") + graph)
    return "".join(sorted(lines))


def to_jsonld(g: Graph) -> str:
    """Flattened JSON-LD with a context of the prefixes: one object per node, sorted by
    @id, every value a list in a stable order. Written directly (rdflib's serializer is
    slow); each literal keeps its language or datatype, so parsers read the same triples."""
    context = {prefix: str(ns) for prefix, ns in sorted(PREFIXES.items())}
    prefixes = sorted(context.items(), key=lambda pn: -len(pn[1]))

    def iri(t) -> str:
        text = str(t)
        for prefix, ns in prefixes:
            if text.startswith(ns) and text[len(ns):] and not text[len(ns):].startswith("//"):
                return f"{prefix}:{text[len(ns):]}"
        return text

    def value(t) -> dict:
        if isinstance(t, Literal):
            out = {"@value": str(t)}
            if t.language:
                out["@language"] = t.language
            elif t.datatype is not None and t.datatype != XSD.string:
                out["@type"] = iri(t.datatype)
            return out
        return {"@id": iri(t) if isinstance(t, URIRef) else f"_:{t}"}

    nodes: dict = {}
    for subject, predicate, obj in g:
        node = nodes.setdefault(subject, {"@id": value(subject)["@id"]})
        if predicate == RDF.type and isinstance(obj, URIRef):
            node.setdefault("@type", []).append(iri(obj))
        else:
            node.setdefault(iri(predicate), []).append(value(obj))
    ordered = []
    for node in sorted(nodes.values(), key=lambda n: n["@id"]):
        ordered.append({k: v if k == "@id" else sorted(v, key=_jsonld_order) for k, v in node.items()})
    return json.dumps({"@context": context, "@graph": ordered}, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def _jsonld_order(v) -> tuple:
    if isinstance(v, str):
        return (v, "", "", "")
    return (v.get("@id", ""), v.get("@value", ""), v.get("@language", ""), v.get("@type", ""))


def _bind(g: Graph) -> None:
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True, replace=True)


def _article_graph(x: ArticleExtraction, kg: KnowledgeGraph) -> Graph:
    g = Graph()
    a = x.article
    doc = URIRef(a.iri)
    g.add((doc, RDF.type, SCHEMA.NewsArticle))
    g.add((doc, CG.sha256, Literal(a.sha256)))
    g.add((doc, SCHEMA.inLanguage, Literal("zh")))
    g.add((doc, SCHEMA.name, _text(a.path)))
    if a.headline:
        g.add((doc, SCHEMA.headline, _text(a.headline, "zh")))
    if a.date_published:
        g.add((doc, SCHEMA.datePublished, Literal(a.date_published, datatype=XSD.date)))
    if x.publisher_entity:
        g.add((doc, SCHEMA.publisher, URIRef(entity_iri(x.publisher_entity))))
    for key in x.author_entities:
        g.add((doc, SCHEMA.author, URIRef(entity_iri(key))))
    mentioned = {m.entity for m in x.mentions} | set(x.author_entities) | (
        {x.publisher_entity} if x.publisher_entity else set())
    for key in sorted(mentioned):
        g.add((doc, SCHEMA.mentions, URIRef(entity_iri(key))))
    for m in x.mentions:
        _mention(g, x, m)
    for claim in x.claims:
        _claim(g, x, claim)
    for s in kg.stances:
        if s.article == a.id:
            node = URIRef(s.iri)
            g.add((node, RDF.type, CG.Stance))
            g.add((node, CG.holder, _speaker(g, x, s.holder)))
            g.add((node, CG.target, URIRef(entity_iri(s.target))))
            g.add((node, CG.polarity, _POLARITIES[s.polarity]))
            g.add((node, CG.score, Literal(Decimal(str(s.score)).quantize(Decimal("0.0001")))))
            g.add((node, SCHEMA.appearance, doc))
            g.add((node, CG.rule, Literal("stance.mean_score.v1")))
            for cid in s.evidence:
                g.add((node, CG.evidence, URIRef(BASE_IRI + "claim/" + cid)))
    ids = {c.id for c in x.claims}
    for r in kg.relations:
        if r.source in ids:
            g.add((URIRef(BASE_IRI + "claim/" + r.source), CG[r.type.value], URIRef(BASE_IRI + "claim/" + r.target)))
    return g


def _entity(g: Graph, e: Entity, seen: tuple[str, ...]) -> None:
    node = URIRef(e.iri)
    g.add((node, RDF.type, CG.Entity))
    g.add((node, RDF.type, _TYPES[e.type]))
    g.add((node, CG.confirmed, Literal(e.confirmed)))
    labels = set()
    for label, lang in ((e.label_zh, "zh"), (e.label_en, "en")):
        if label:
            g.add((node, RDFS.label, _text(label, lang)))
            labels.add(label)
    for alias in sorted(set(e.aliases) | set(seen)):
        if alias not in labels:
            g.add((node, SKOS.altLabel, _text(alias, "en" if alias.isascii() else "zh")))
    if e.wikidata:
        g.add((node, OWL.sameAs, WIKIDATA[e.wikidata]))


def _speaker(g: Graph, x: ArticleExtraction, speaker: Speaker) -> URIRef:
    """The node a speaker is; an unnamed source is described on first use."""
    if speaker.kind == "entity":
        return URIRef(entity_iri(speaker.key))
    if speaker.kind == "unnamed":
        node = URIRef(f"{BASE_IRI}unnamed/{x.article.id}/{slug(speaker.key)}")
        g.add((node, RDF.type, CG.UnnamedSource))
        g.add((node, RDFS.label, _text(speaker.key, "zh")))
        g.add((node, SCHEMA.appearance, URIRef(x.article.iri)))
        return node
    if x.publisher_entity:
        return URIRef(entity_iri(x.publisher_entity))
    return URIRef(x.article.iri)


def _provenance(g: Graph, x: ArticleExtraction, node: URIRef, span: Span) -> None:
    """prov:wasDerivedFrom a SpecificResource with a position and a quote selector."""
    text = x.article.text
    source = URIRef(f"{node}/source")
    position = URIRef(f"{node}/position")
    quote = URIRef(f"{node}/quote")
    g.add((node, PROV.wasDerivedFrom, source))
    g.add((source, RDF.type, OA.SpecificResource))
    g.add((source, OA.hasSource, URIRef(x.article.iri)))
    g.add((source, OA.hasSelector, position))
    g.add((source, OA.hasSelector, quote))
    g.add((position, RDF.type, OA.TextPositionSelector))
    g.add((position, OA.start, Literal(span.start)))
    g.add((position, OA.end, Literal(span.end)))
    g.add((quote, RDF.type, OA.TextQuoteSelector))
    g.add((quote, OA.exact, _text(text[span.start:span.end])))
    g.add((quote, OA.prefix, _text(text[max(0, span.start - _CONTEXT):span.start])))
    g.add((quote, OA.suffix, _text(text[span.end:span.end + _CONTEXT])))


def _mention(g: Graph, x: ArticleExtraction, m: Mention) -> None:
    node = URIRef(f"{BASE_IRI}mention/{x.article.id}/{m.span.start}-{m.span.end}")
    g.add((node, RDF.type, CG.Mention))
    g.add((node, CG.mentionOf, URIRef(entity_iri(m.entity))))
    g.add((node, SCHEMA.appearance, URIRef(x.article.iri)))
    g.add((node, CG.rule, Literal(m.rule)))
    _provenance(g, x, node, m.span)


def _claim(g: Graph, x: ArticleExtraction, c: Claim) -> None:
    node = URIRef(c.iri)
    g.add((node, RDF.type, SCHEMA.Claim))
    g.add((node, SCHEMA.text, _text(c.text, "zh")))
    g.add((node, SCHEMA.author, _speaker(g, x, c.speaker)))
    g.add((node, SCHEMA.appearance, URIRef(x.article.iri)))
    g.add((node, CG.claimType, _CLAIM_TYPES[c.type]))
    g.add((node, CG.hedged, Literal(c.hedged)))
    g.add((node, CG.conditional, Literal(c.conditional)))
    g.add((node, CG.speakerRule, Literal(c.speaker.rule)))
    g.add((node, CG.typeRule, Literal(c.type_rule)))
    g.add((node, CG.rule, Literal(c.rule)))
    for key in c.about:
        g.add((node, SCHEMA.about, URIRef(entity_iri(key))))
    _provenance(g, x, node, c.span)
    for q in c.quantities:
        qn = URIRef(f"{node}/quantity/{q.span.start}-{q.span.end}")
        g.add((node, CG.quantity, qn))
        g.add((qn, RDF.type, SCHEMA.QuantitativeValue))
        g.add((qn, SCHEMA.value, _number(q.value)))
        if q.unit:
            g.add((qn, SCHEMA.unitText, Literal(q.unit)))
        g.add((qn, CG.approximate, Literal(q.approximate)))
        g.add((qn, CG.isChange, Literal(q.change)))
        g.add((qn, CG.quote, _text(q.text)))
        if q.measure:
            g.add((qn, CG.measure, Literal(q.measure)))
    for t in c.times:
        tn = URIRef(f"{node}/time/{t.span.start}-{t.span.end}")
        g.add((node, CG.timeRef, tn))
        g.add((tn, RDF.type, CG.TimeReference))
        g.add((tn, CG.quote, _text(t.text)))
        if t.start:
            g.add((tn, SCHEMA.startDate, Literal(t.start, datatype=XSD.date)))
        if t.end:
            g.add((tn, SCHEMA.endDate, Literal(t.end, datatype=XSD.date)))


def _number(value: float) -> Literal:
    """A number as xsd:integer when whole, else xsd:decimal in plain notation; 15 significant
    digits, so float noise (2.14e12 read as 2140000000000.0002) does not reach the graph."""
    number = Decimal(format(value, ".15g"))
    if number == number.to_integral_value():
        return Literal(int(number))
    return Literal(format(number.normalize(), "f"), datatype=XSD.decimal)


def _text(value: str, lang: str | None = None) -> Literal:
    """Text as it is, control characters included: every writer escapes what its syntax
    cannot hold, so that a quote stays ``text[start:end]``."""
    return Literal(value, lang=lang) if lang else Literal(value)
