"""Measure a built graph against answer keys: per article and layer, how many items the
key holds, how many the graph has, how many of those are right, and precision, recall, F1.

The answer-key format (one JSON file per article) is documented in the README, section
"Measuring it on your own articles". What is compared:

- entities: an entity the article mentions is right when one of its labels (rdfs:label,
  skos:altLabel) equals one of a key entity's ``names`` (case and surrounding space aside);
- claims: a claim is right when its span overlaps a key claim's with intersection over
  union ≥ 0.5 (each claim matched once, the best overlaps first);
- speaker, type: judged on the claims that matched (so precision = recall = accuracy);
  ``@author`` is the article's publisher, one of its reporters, or the article itself,
  ``@unnamed`` a source typed ``cg:UnnamedSource``;
- about: (claim, entity) pairs of the claims that matched;
- stances: holder, target and polarity all equal;
- relations: between claims that matched (others are not judged), right when the type is
  equal and the two ends matched the key relation's two claims;
- dates: the publication date, and a claim's time references (start and end dates) where
  the key lists ``dates`` for it.

Items marked ``"required": false`` in a key are neither counted missing when not found nor
wrong when found.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import pyoxigraph as ox
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .errors import ClaimgraphError
from .sparql import PREFIXES
from .table import text_table

__all__ = ["LAYERS", "ArticleScore", "Evaluation", "GoldArticle", "Score", "evaluate", "load_gold", "to_table"]

LAYERS = ("entities", "claims", "speaker", "about", "type", "stances", "relations", "dates")
AUTHOR, UNNAMED = "@author", "@unnamed"
MIN_OVERLAP = 0.5  # intersection over union of two claim spans that match


class _Key(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class GoldMetadata(_Key):
    title: str | None = None
    published: dt.date | None = None
    publisher: str | None = None
    authors: tuple[str, ...] = ()


class GoldEntity(_Key):
    key: str
    type: str | None = None
    names: tuple[str, ...] = Field(min_length=1)
    required: bool = True


class GoldDate(_Key):
    start: dt.date | None = None
    end: dt.date | None = None


class GoldClaim(_Key):
    key: str
    quote: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    speaker: str
    about: tuple[str, ...] = ()
    type: str
    required: bool = True
    hedged: bool | None = None
    conditional: bool | None = None
    dates: tuple[GoldDate, ...] | None = None  # None: this claim's dates are not judged


class GoldStance(_Key):
    holder: str
    target: str
    polarity: str
    evidence: tuple[str, ...] = ()
    required: bool = True


class GoldRelation(_Key):
    source: str
    target: str
    type: str
    required: bool = True


class GoldArticle(_Key):
    document: str  # the article's file name (its path below the corpus folder)
    sha256: str | None = None
    language: str = "zh"
    metadata: GoldMetadata = GoldMetadata()
    entities: tuple[GoldEntity, ...] = ()
    claims: tuple[GoldClaim, ...] = ()
    stances: tuple[GoldStance, ...] = ()
    relations: tuple[GoldRelation, ...] = ()


class Score(_Key):
    gold: int = 0  # items the key requires
    found: int = 0  # items the graph has (less those matching optional key items)
    correct: int = 0

    @property
    def precision(self) -> float | None:
        return self.correct / self.found if self.found else None

    @property
    def recall(self) -> float | None:
        return self.correct / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        """None when there is nothing to judge; 0 when the key has items and none was
        found, or the graph has items and the key none."""
        if not self.gold and not self.found:
            return None
        p, r = self.precision or 0.0, self.recall or 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(gold=self.gold + other.gold, found=self.found + other.found, correct=self.correct + other.correct)


class ArticleScore(_Key):
    document: str
    layers: dict[str, Score]


class Evaluation(_Key):
    articles: tuple[ArticleScore, ...]

    @property
    def total(self) -> dict[str, Score]:
        return {layer: sum((a.layers[layer] for a in self.articles), Score()) for layer in LAYERS}

    def as_json(self) -> dict:
        def scores(layers: Mapping[str, Score]) -> dict:
            return {name: {"gold": s.gold, "found": s.found, "correct": s.correct, "precision": _round(s.precision),
                           "recall": _round(s.recall), "f1": _round(s.f1)} for name, s in layers.items()}

        return {"articles": {a.document: scores(a.layers) for a in self.articles}, "total": scores(self.total)}


def to_table(evaluation: Evaluation) -> str:
    """A table per article, then the total over all of them (counts added, then divided)."""
    blocks = [(a.document, a.layers) for a in evaluation.articles]
    blocks.append((f"TOTAL ({len(evaluation.articles)} article{'s' if len(evaluation.articles) != 1 else ''})",
                   evaluation.total))
    out = []
    for title, layers in blocks:
        rows = [[name, str(s.gold), str(s.found), str(s.correct), _fixed(s.precision), _fixed(s.recall), _fixed(s.f1)]
                for name, s in layers.items()]
        out.append(title + "\n" + text_table(["layer", "gold", "found", "correct", "precision", "recall", "F1"], rows))
    return "\n".join(out)


def load_gold(path: Path) -> GoldArticle:
    """One answer key; raises ClaimgraphError naming the file and what is wrong in it."""
    try:
        return GoldArticle.model_validate_json(path.read_bytes())
    except OSError as err:
        raise ClaimgraphError(f"{path}: cannot be read ({err.strerror})") from err
    except ValidationError as err:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc']) or 'the file'}: {e['msg']}"
                             for e in err.errors()[:5])
        raise ClaimgraphError(f"{path}: not an answer key ({problems}); see the README, "
                              "'Measuring it on your own articles'") from err


def evaluate(store: ox.Store, golds: Sequence[GoldArticle]) -> Evaluation:
    """Score the graph in ``store`` (default graph = union of its article graphs) against
    ``golds``; raises ClaimgraphError when a key's article is not in the graph."""
    graph = _Predicted(store)
    return Evaluation(articles=tuple(_score_article(gold, graph) for gold in golds))


# --- what the graph says ------------------------------------------------------------------


class _Predicted:
    """The graph's articles, names, claims, stances and relations, read by SPARQL once."""

    def __init__(self, store: ox.Store):
        def rows(query: str) -> list[ox.QuerySolution]:
            return list(store.query(query, use_default_graph_as_union=True, prefixes=dict(PREFIXES)))

        self.articles = {s["doc"].value: (_v(s["name"]), _v(s["sha"]), _v(s["date"])) for s in rows(
            "SELECT ?doc ?name ?sha ?date WHERE { ?doc a schema:NewsArticle OPTIONAL { ?doc schema:name ?name } "
            "OPTIONAL { ?doc cg:sha256 ?sha } OPTIONAL { ?doc schema:datePublished ?date } }")}
        self.names: dict[str, set[str]] = defaultdict(set)
        for s in rows("SELECT ?node ?name WHERE { ?node rdfs:label|skos:altLabel ?name }"):
            self.names[s["node"].value].add(_fold(s["name"].value))
        self.unnamed = {s["node"].value for s in rows("SELECT ?node WHERE { ?node a cg:UnnamedSource }")}
        self.voices = _grouped(rows("SELECT ?doc ?who WHERE { ?doc a schema:NewsArticle "
                                    "{ ?doc schema:publisher ?who } UNION { ?doc schema:author ?who } }"), "doc", "who")
        self.mentions = _grouped(rows("SELECT ?doc ?e WHERE { ?doc a schema:NewsArticle ; schema:mentions ?e . "
                                      "?e a cg:Entity }"), "doc", "e")
        self.claims: dict[str, list[tuple[str, int, int, str, str]]] = defaultdict(list)
        for s in rows("SELECT ?c ?doc ?start ?end ?speaker ?type WHERE { ?c a schema:Claim ; schema:appearance ?doc ; "
                      "schema:author ?speaker ; cg:claimType ?type ; prov:wasDerivedFrom/oa:hasSelector ?p . "
                      "?p oa:start ?start ; oa:end ?end }"):
            self.claims[s["doc"].value].append((s["c"].value, int(s["start"].value), int(s["end"].value),
                                                s["speaker"].value, s["type"].value.rsplit("#", 1)[-1].lower()))
        self.about = _grouped(rows("SELECT ?c ?e WHERE { ?c a schema:Claim ; schema:about ?e }"), "c", "e")
        self.times: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for s in rows("SELECT ?c ?start ?end WHERE { ?c cg:timeRef ?t OPTIONAL { ?t schema:startDate ?start } "
                      "OPTIONAL { ?t schema:endDate ?end } }"):
            self.times[s["c"].value].append((_v(s["start"]), _v(s["end"])))
        self.stances: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
        for s in rows("SELECT ?doc ?holder ?target ?polarity WHERE { ?s a cg:Stance ; schema:appearance ?doc ; "
                      "cg:holder ?holder ; cg:target ?target ; cg:polarity ?polarity }"):
            self.stances[s["doc"].value].append((s["holder"].value, s["target"].value,
                                                 s["polarity"].value.rsplit("#", 1)[-1].lower()))
        self.relations = [(s["a"].value, s["type"].value.rsplit("#", 1)[-1], s["b"].value) for s in rows(
            "SELECT ?a ?type ?b WHERE { VALUES ?type { cg:disputes cg:supports cg:qualifies } ?a ?type ?b }")]

    def article(self, gold: GoldArticle) -> str:
        """The IRI of the key's article: by file name (with or without folders), else by digest."""
        for doc, (name, sha, _) in sorted(self.articles.items()):
            if name == gold.document or name.endswith("/" + gold.document) or (gold.sha256 and sha == gold.sha256):
                return doc
        raise ClaimgraphError(f"{gold.document}: no article of that name in the graph; build the graph of the "
                              "corpus the answer key belongs to (the key's \"document\" is the file name)")


# --- scoring one article ------------------------------------------------------------------


def _score_article(gold: GoldArticle, graph: _Predicted) -> ArticleScore:
    doc = graph.article(gold)
    names = {e.key: {_fold(n) for n in e.names} for e in gold.entities}
    voices = graph.voices.get(doc, set()) | {doc}

    def is_entity(iri: str, key: str) -> bool:  # does graph node ``iri`` stand for key entity ``key``
        if key == AUTHOR:
            return iri in voices
        if key == UNNAMED:
            return iri in graph.unnamed
        return bool(graph.names.get(iri, set()) & names.get(key, {_fold(key)}))

    layers = {"entities": _match_items(sorted(graph.mentions.get(doc, ())), gold.entities,
                                       lambda iri, e: is_entity(iri, e.key))[0]}
    predicted = sorted(graph.claims.get(doc, ()), key=lambda c: (c[1], c[2], c[0]))
    claims, pairs = _match_claims(predicted, gold.claims)
    layers["claims"] = claims
    layers["speaker"] = _judged(pairs, lambda c, g: is_entity(c[3], g.speaker))
    layers["about"] = sum((_match_items(sorted(graph.about.get(c[0], ())), [k for k in g.about],
                                        lambda iri, key: is_entity(iri, key))[0] for c, g in pairs), Score())
    layers["type"] = _judged(pairs, lambda c, g: c[4] == g.type.lower())
    claim_of = {c[0]: g.key for c, g in pairs}
    layers["stances"] = _match_items(
        sorted(graph.stances.get(doc, ())), gold.stances,
        lambda s, g: s[2] == g.polarity.lower() and is_entity(s[0], g.holder) and is_entity(s[1], g.target))[0]
    relations = sorted(r for r in graph.relations if r[0] in claim_of and r[2] in claim_of)
    layers["relations"] = _match_items(
        relations, gold.relations,
        lambda r, g: r[1] == g.type.lower() and claim_of.get(r[0]) == g.source and claim_of.get(r[2]) == g.target)[0]
    layers["dates"] = _dates(gold, graph.articles[doc][2], pairs, graph.times)
    return ArticleScore(document=gold.document, layers=layers)


def _match_claims(predicted: list[tuple], golds: Sequence[GoldClaim]) -> tuple[Score, list[tuple]]:
    """Span matching, best overlap first; the pairs returned are those with a required claim."""
    candidates = sorted((-_iou(c[1], c[2], g.start, g.end), i, j) for i, c in enumerate(predicted)
                        for j, g in enumerate(golds) if _iou(c[1], c[2], g.start, g.end) >= MIN_OVERLAP)
    used_p, used_g, pairs, optional = set(), set(), [], 0
    for _, i, j in candidates:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        if golds[j].required:
            pairs.append((predicted[i], golds[j]))
        else:
            optional += 1
    pairs.sort(key=lambda p: (p[0][1], p[0][2]))
    score = Score(gold=sum(g.required for g in golds), found=len(predicted) - optional, correct=len(pairs))
    return score, pairs


def _match_items(predicted: Sequence, golds: Sequence, same) -> tuple[Score, list[tuple]]:
    """One-to-one matching of predicted items to key items by ``same(predicted, gold)``, in
    order; a key item without ``required`` (a plain key) is required."""
    used, pairs, optional = set(), [], 0
    for p in predicted:
        j = next((j for j, g in enumerate(golds) if j not in used and same(p, g)), None)
        if j is None:
            continue
        used.add(j)
        if getattr(golds[j], "required", True):
            pairs.append((p, golds[j]))
        else:
            optional += 1
    return Score(gold=sum(getattr(g, "required", True) for g in golds), found=len(predicted) - optional,
                 correct=len(pairs)), pairs


def _judged(pairs: list[tuple], right) -> Score:
    """An attribute of the matched claims: every matched claim is one judged item."""
    return Score(gold=len(pairs), found=len(pairs), correct=sum(1 for c, g in pairs if right(c, g)))


def _dates(gold: GoldArticle, published: str, pairs: list[tuple], times: Mapping[str, list]) -> Score:
    want = gold.metadata.published
    score = Score(gold=int(want is not None), found=int(bool(published) and want is not None),
                  correct=int(want is not None and published == want.isoformat()))
    for claim, g in pairs:
        if g.dates is None:
            continue
        keys = [(d.start.isoformat() if d.start else "", d.end.isoformat() if d.end else "") for d in g.dates]
        score = score + _match_items(sorted(times.get(claim[0], ())), keys, lambda p, k: p == k)[0]
    return score


def _iou(a_start: int, a_end: int, b_start: int, b_end: int) -> float:
    inter = max(0, min(a_end, b_end) - max(a_start, b_start))
    union = max(a_end, b_end) - min(a_start, b_start)
    return inter / union if union else 0.0


def _grouped(solutions: Iterable[ox.QuerySolution], key: str, value: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for s in solutions:
        out[s[key].value].add(s[value].value)
    return out


def _fold(name: str) -> str:
    return name.strip().casefold()


def _v(term) -> str:
    return term.value if term is not None else ""


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _fixed(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"
