"""What the report shows, read from a built ``kg/`` through its RDF (never from the
exporters' file layout): articles, entities, unnamed sources, claims with their
selectors, quantities and time references, mentions, stances and claim relations, as
frozen models. The SPARQL runs in an embedded Oxigraph store whose default graph is the
union of the named graphs; the result is sorted, so the same triples give the same models.

The RDF does not hold an article's full text, only the quotes of its claims and mentions
with some context: ``article_texts`` reads the text from the corpus file the article was
built from, when it is still there with the same bytes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path

import pyoxigraph as ox
from pydantic import BaseModel, ConfigDict

from ..errors import ArticleError, ClaimgraphError
from ..ingest import read_article

__all__ = ["Article", "Claim", "Entity", "Fragment", "Mention", "Quantity", "Relation", "ReportData",
           "Stance", "TimeRef", "article_texts", "read_kg"]

_PREFIXES = """
PREFIX schema: <https://schema.org/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX cg: <https://w3id.org/claimgraph/ns#>
"""
_CG = "https://w3id.org/claimgraph/ns#"
_XSD = "http://www.w3.org/2001/XMLSchema#"
_WIKIDATA = "http://www.wikidata.org/entity/"
_ENTITY_TYPES = {"https://schema.org/Person": "Person", "https://schema.org/Organization": "Organization",
                 "https://schema.org/Product": "Product", "https://schema.org/CreativeWork": "CreativeWork",
                 "http://www.w3.org/2004/02/skos/core#Concept": "Concept", "https://schema.org/Place": "Place"}


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Fragment(_Model):
    """A stretch of an article's text known from a selector: ``text`` starts at ``start``."""

    start: int
    text: str


class Article(_Model):
    iri: str
    name: str  # the file name below the corpus it was built from
    headline: str | None = None
    date: dt.date | None = None
    publisher: str | None = None  # entity IRI
    authors: tuple[str, ...] = ()  # entity IRIs
    sha256: str | None = None
    fragments: tuple[Fragment, ...] = ()  # the text the selectors quote, in offset order

    @property
    def title(self) -> str:
        return self.headline or self.name


class Entity(_Model):
    iri: str
    type: str
    label_zh: str | None = None
    label_en: str | None = None
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None  # Q-id
    confirmed: bool = True

    @property
    def label(self) -> str:
        return self.label_zh or self.label_en or self.iri.rsplit("/", 1)[-1]


class Quantity(_Model):
    quote: str
    value: float
    unit: str | None = None
    approximate: bool = False
    change: bool = False
    measure: str | None = None


class TimeRef(_Model):
    quote: str
    start: dt.date | None = None
    end: dt.date | None = None


class Claim(_Model):
    iri: str
    article: str  # article IRI
    start: int
    end: int
    text: str
    speaker: str  # an entity's, an unnamed source's or the article's IRI
    type: str  # Fact, Statistic, Opinion, Prediction
    hedged: bool = False
    conditional: bool = False
    speaker_rule: str = ""
    type_rule: str = ""
    rule: str = ""
    about: tuple[str, ...] = ()  # entity IRIs
    quantities: tuple[Quantity, ...] = ()
    times: tuple[TimeRef, ...] = ()


class Mention(_Model):
    article: str
    start: int
    end: int
    entity: str
    rule: str = ""


class Stance(_Model):
    iri: str
    article: str
    holder: str
    target: str
    polarity: str  # Favor, Against, Neutral
    score: float = 0.0
    evidence: tuple[str, ...] = ()  # claim IRIs


class Relation(_Model):
    source: str  # claim IRI
    type: str  # disputes, supports, qualifies
    target: str  # claim IRI


class ReportData(_Model):
    articles: tuple[Article, ...]
    entities: tuple[Entity, ...]
    unnamed: Mapping[str, str]  # unnamed source IRI -> its cue (有观点)
    claims: tuple[Claim, ...]
    mentions: tuple[Mention, ...]
    stances: tuple[Stance, ...]
    relations: tuple[Relation, ...]


def read_kg(kg: Path) -> ReportData:
    """Everything the report shows, from ``kg/graph.nq`` (or ``kg/graph.ttl``)."""
    return read_store(_load(kg))


def read_store(store: ox.Store) -> ReportData:
    def rows(query: str) -> list[dict]:
        try:
            result = store.query(_PREFIXES + query, use_default_graph_as_union=True)
        except SyntaxError as err:  # a bug of ours, not of the data
            raise ClaimgraphError(f"the report's query is not valid SPARQL: {err}") from err
        names = [v.value for v in result.variables]
        found = [{n: _python(s[n]) for n in names if s[n] is not None} for s in result]
        return sorted(found, key=lambda row: [(n, str(row.get(n, ""))) for n in names])  # an order of our own

    return ReportData(articles=_articles(rows), entities=_entities(rows), unnamed=_unnamed(rows),
                      claims=_claims(rows), mentions=_mentions(rows), stances=_stances(rows),
                      relations=_relations(rows))


def article_texts(articles: Iterable[Article], corpus: Path | None) -> dict[str, str]:
    """Article IRI -> its text, read from ``corpus/NAME`` where that file still has the
    bytes the graph was built from (its sha256); articles whose file is gone or changed
    are left out."""
    texts: dict[str, str] = {}
    if corpus is None:
        return texts
    folder = corpus if corpus.is_dir() else corpus.parent
    for article in articles:
        path = folder / article.name
        try:
            data = path.read_bytes()
        except OSError:
            continue
        if article.sha256 and hashlib.sha256(data).hexdigest() != article.sha256:
            continue
        try:
            texts[article.iri] = read_article(path, article.name).text
        except ArticleError:
            continue
    return texts


def _load(kg: Path) -> ox.Store:
    candidates = [(kg / "graph.nq", ox.RdfFormat.N_QUADS), (kg / "graph.ttl", ox.RdfFormat.TURTLE)]
    path, fmt = next(((p, f) for p, f in candidates if p.is_file()), (None, None))
    if path is None:
        raise ClaimgraphError(f"{kg} holds no graph.nq or graph.ttl; build it first "
                              f"(claimgraph build corpus --out {kg})")
    store = ox.Store()
    try:
        store.bulk_load(path=str(path), format=fmt)
    except (SyntaxError, OSError) as err:
        raise ClaimgraphError(f"{path} cannot be read as RDF ({err}); rebuild it with claimgraph build") from err
    return store


def _python(term):
    if isinstance(term, ox.Literal):
        kind = term.datatype.value.removeprefix(_XSD)
        if kind in ("integer", "int", "long"):
            return int(term.value)
        if kind in ("decimal", "double", "float"):
            return float(term.value)
        if kind == "boolean":
            return term.value == "true"
        if kind == "date":
            return dt.date.fromisoformat(term.value)
        return term.value
    return term.value


def _grouped(rows: list[dict], key: str, value: str) -> dict[str, list]:
    out: dict[str, list] = defaultdict(list)
    for row in rows:
        out[row[key]].append(row[value])
    return out


def _articles(rows) -> tuple[Article, ...]:
    authors = _grouped(rows("SELECT ?a ?p WHERE { ?a a schema:NewsArticle ; schema:author ?p }"), "a", "p")
    selectors: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for row in rows("""
        SELECT ?a ?start ?exact ?prefix ?suffix WHERE {
          ?src oa:hasSource ?a ; oa:hasSelector ?pos , ?quote .
          ?pos oa:start ?start . ?quote oa:exact ?exact .
          OPTIONAL { ?quote oa:prefix ?prefix } OPTIONAL { ?quote oa:suffix ?suffix } }"""):
        prefix = row.get("prefix", "")
        selectors[row["a"]].append((row["start"] - len(prefix), prefix + row["exact"] + row.get("suffix", "")))
    out = []
    for row in rows("""
        SELECT ?a ?name ?headline ?date ?publisher ?sha WHERE { ?a a schema:NewsArticle .
          OPTIONAL { ?a schema:name ?name } OPTIONAL { ?a schema:headline ?headline }
          OPTIONAL { ?a schema:datePublished ?date } OPTIONAL { ?a schema:publisher ?publisher }
          OPTIONAL { ?a cg:sha256 ?sha } }"""):
        iri = row["a"]
        out.append(Article(iri=iri, name=row.get("name", iri.rsplit("/", 1)[-1]), headline=row.get("headline"),
                           date=row.get("date"), publisher=row.get("publisher"),
                           authors=tuple(sorted(authors.get(iri, ()))), sha256=row.get("sha"),
                           fragments=_stitched(selectors.get(iri, ()))))
    return tuple(sorted(out, key=lambda a: a.iri))


def _stitched(pieces: Iterable[tuple[int, str]]) -> tuple[Fragment, ...]:
    """Overlapping quotes (with their prefix and suffix) joined into contiguous fragments."""
    known: dict[int, str] = {}
    for start, text in pieces:
        for offset, ch in enumerate(text, start):
            if offset >= 0:
                known.setdefault(offset, ch)
    out: list[Fragment] = []
    run_start, run = None, []
    for offset in sorted(known):
        if run and offset != run_start + len(run):
            out.append(Fragment(start=run_start, text="".join(run)))
            run = []
        if not run:
            run_start = offset
        run.append(known[offset])
    if run:
        out.append(Fragment(start=run_start, text="".join(run)))
    return tuple(out)


def _entities(rows) -> tuple[Entity, ...]:
    labels: dict[str, dict[str, str]] = defaultdict(dict)
    for row in rows("SELECT ?e ?l (LANG(?l) AS ?lang) WHERE { ?e a cg:Entity ; rdfs:label ?l }"):
        labels[row["e"]].setdefault(row.get("lang") or "", row["l"])
    aliases = _grouped(rows("SELECT ?e ?l WHERE { ?e a cg:Entity ; skos:altLabel ?l }"), "e", "l")
    types = _grouped(rows("SELECT ?e ?t WHERE { ?e a cg:Entity , ?t }"), "e", "t")
    out = []
    for row in rows("""SELECT ?e ?confirmed ?same WHERE { ?e a cg:Entity .
                         OPTIONAL { ?e cg:confirmed ?confirmed } OPTIONAL { ?e owl:sameAs ?same } }"""):
        iri = row["e"]
        kind = next((_ENTITY_TYPES[t] for t in sorted(types.get(iri, ())) if t in _ENTITY_TYPES), "Concept")
        same = row.get("same", "")
        out.append(Entity(iri=iri, type=kind, label_zh=labels[iri].get("zh"), label_en=labels[iri].get("en"),
                          aliases=tuple(sorted(set(aliases.get(iri, ())))), confirmed=row.get("confirmed", True),
                          wikidata=same.removeprefix(_WIKIDATA) if same.startswith(_WIKIDATA) else None))
    return tuple(sorted({e.iri: e for e in out}.values(), key=lambda e: e.iri))


def _unnamed(rows) -> dict[str, str]:
    return dict(sorted((r["u"], r["l"]) for r in rows("SELECT ?u ?l WHERE { ?u a cg:UnnamedSource ; rdfs:label ?l }")))


def _claims(rows) -> tuple[Claim, ...]:
    about = _grouped(rows("SELECT ?c ?e WHERE { ?c a schema:Claim ; schema:about ?e }"), "c", "e")
    quantities: dict[str, list[Quantity]] = defaultdict(list)
    for r in rows("""SELECT ?c ?quote ?value ?unit ?approximate ?change ?measure WHERE {
                       ?c cg:quantity ?q . ?q schema:value ?value ; cg:quote ?quote .
                       OPTIONAL { ?q schema:unitText ?unit } OPTIONAL { ?q cg:approximate ?approximate }
                       OPTIONAL { ?q cg:isChange ?change } OPTIONAL { ?q cg:measure ?measure } }"""):
        quantities[r["c"]].append(Quantity(quote=r["quote"], value=float(r["value"]), unit=r.get("unit"),
                                           approximate=r.get("approximate", False), change=r.get("change", False),
                                           measure=r.get("measure")))
    times: dict[str, list[TimeRef]] = defaultdict(list)
    for r in rows("""SELECT ?c ?quote ?start ?end WHERE { ?c cg:timeRef ?t . ?t cg:quote ?quote .
                       OPTIONAL { ?t schema:startDate ?start } OPTIONAL { ?t schema:endDate ?end } }"""):
        times[r["c"]].append(TimeRef(quote=r["quote"], start=r.get("start"), end=r.get("end")))
    out = []
    for r in rows("""
        SELECT ?c ?a ?text ?speaker ?type ?start ?end ?hedged ?conditional ?srule ?trule ?rule WHERE {
          ?c a schema:Claim ; schema:text ?text ; schema:author ?speaker ; schema:appearance ?a ;
             cg:claimType ?type ; prov:wasDerivedFrom/oa:hasSelector ?pos .
          ?pos oa:start ?start ; oa:end ?end .
          OPTIONAL { ?c cg:hedged ?hedged } OPTIONAL { ?c cg:conditional ?conditional }
          OPTIONAL { ?c cg:speakerRule ?srule } OPTIONAL { ?c cg:typeRule ?trule } OPTIONAL { ?c cg:rule ?rule } }"""):
        iri = r["c"]
        out.append(Claim(
            iri=iri, article=r["a"], start=r["start"], end=r["end"], text=r["text"], speaker=r["speaker"],
            type=r["type"].removeprefix(_CG), hedged=r.get("hedged", False), conditional=r.get("conditional", False),
            speaker_rule=r.get("srule", ""), type_rule=r.get("trule", ""), rule=r.get("rule", ""),
            about=tuple(sorted(about.get(iri, ()))),
            quantities=tuple(sorted(quantities.get(iri, ()), key=lambda q: (q.quote, q.value))),
            times=tuple(sorted(times.get(iri, ()), key=lambda t: (t.quote, str(t.start), str(t.end))))))
    return tuple(sorted(out, key=lambda c: (c.article, c.start, c.end, c.iri)))


def _mentions(rows) -> tuple[Mention, ...]:
    out = [Mention(article=r["a"], start=r["start"], end=r["end"], entity=r["e"], rule=r.get("rule", ""))
           for r in rows("""SELECT ?a ?start ?end ?e ?rule WHERE {
                              ?m a cg:Mention ; cg:mentionOf ?e ; schema:appearance ?a ;
                                 prov:wasDerivedFrom/oa:hasSelector ?pos .
                              ?pos oa:start ?start ; oa:end ?end . OPTIONAL { ?m cg:rule ?rule } }""")]
    return tuple(sorted(out, key=lambda m: (m.article, m.start, m.end, m.entity)))


def _stances(rows) -> tuple[Stance, ...]:
    evidence = _grouped(rows("SELECT ?s ?c WHERE { ?s a cg:Stance ; cg:evidence ?c }"), "s", "c")
    out = [Stance(iri=r["s"], article=r["a"], holder=r["h"], target=r["t"], polarity=r["p"].removeprefix(_CG),
                  score=float(r.get("score", 0.0)), evidence=tuple(sorted(evidence.get(r["s"], ()))))
           for r in rows("""SELECT ?s ?a ?h ?t ?p ?score WHERE {
                              ?s a cg:Stance ; cg:holder ?h ; cg:target ?t ; cg:polarity ?p ; schema:appearance ?a .
                              OPTIONAL { ?s cg:score ?score } }""")]
    return tuple(sorted(out, key=lambda s: s.iri))


def _relations(rows) -> tuple[Relation, ...]:
    out = [Relation(source=r["x"], type=r["r"].removeprefix(_CG), target=r["y"])
           for r in rows("""SELECT ?x ?r ?y WHERE { VALUES ?r { cg:disputes cg:supports cg:qualifies } ?x ?r ?y }""")]
    return tuple(sorted(out, key=lambda r: (r.source, r.type, r.target)))
