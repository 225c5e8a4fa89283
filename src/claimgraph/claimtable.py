"""The claims of a graph as rows, one per claim: article, offsets, text, speaker (label
and IRI), the rules that decided, type, flags, what it is about, its quantities.

Rows are read from RDF through SPARQL, the same way from a built ``kg/`` (``claimgraph
claims``) and from one article's graph held in memory (``claimgraph inspect``), so both
show what the exports say. Writers turn rows into CSV, JSON lines or a terminal table;
they do no I/O.
"""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from decimal import Decimal

import pyoxigraph as ox
from pydantic import BaseModel, ConfigDict

from .sparql import PREFIXES
from .table import text_table

__all__ = ["CSV_COLUMNS", "ClaimRow", "Labelled", "QuantityCell", "claim_rows", "graph_store", "to_csv",
           "to_jsonl", "to_table"]

AUTHOR = "@author"  # the label of an article speaking in its own voice with no publisher named
CSV_COLUMNS = ("article", "start", "end", "text", "speaker", "speaker_iri", "rule", "type", "type_rule",
               "hedged", "conditional", "about", "about_iris", "quantities", "claim_iri")
TABLE_COLUMNS = ("start", "end", "speaker", "rule", "type", "flags", "about", "text")
_WRAPPED = {"article": 10, "speaker": 8, "rule": 17, "about": 10, "text": 24}  # column -> the width it keeps
_SEPARATOR = "; "  # between the items of a CSV cell (about, quantities)


class _Row(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Labelled(_Row):
    label: str
    iri: str


class QuantityCell(_Row):
    quote: str
    value: int | float
    unit: str | None = None


class ClaimRow(_Row):
    article: str  # the article's file name below the corpus
    start: int
    end: int
    text: str
    speaker: Labelled
    rule: str  # the attribution rule that chose the speaker
    type: str  # fact, statistic, opinion, prediction
    type_rule: str
    hedged: bool
    conditional: bool
    about: tuple[Labelled, ...]
    quantities: tuple[QuantityCell, ...]
    claim_iri: str


_CLAIMS = """
SELECT ?claim ?name ?doc ?start ?end ?text ?speaker ?rule ?type ?typeRule ?hedged ?conditional WHERE {
  ?claim a schema:Claim ; schema:text ?text ; schema:author ?speaker ; schema:appearance ?doc ;
         cg:claimType ?type ; prov:wasDerivedFrom/oa:hasSelector ?position .
  ?position oa:start ?start ; oa:end ?end .
  OPTIONAL { ?doc schema:name ?name }
  OPTIONAL { ?claim cg:speakerRule ?rule }
  OPTIONAL { ?claim cg:typeRule ?typeRule }
  OPTIONAL { ?claim cg:hedged ?hedged }
  OPTIONAL { ?claim cg:conditional ?conditional }
}"""
_ABOUT = "SELECT ?claim ?entity WHERE { ?claim a schema:Claim ; schema:about ?entity }"
_LABELS = "SELECT ?node ?label WHERE { ?node rdfs:label ?label }"
_QUANTITIES = """
SELECT ?claim ?quote ?value ?unit WHERE {
  ?claim a schema:Claim ; cg:quantity ?q . ?q cg:quote ?quote ; schema:value ?value .
  OPTIONAL { ?q schema:unitText ?unit }
}"""
_LABEL_ORDER = {"zh": 0, "en": 1}


def claim_rows(store: ox.Store) -> list[ClaimRow]:
    """Every claim in ``store`` (its default graph the union of the articles' graphs),
    ordered by article, then offsets."""
    labels = _labels(store)
    about: dict[str, list[Labelled]] = defaultdict(list)
    for s in _select(store, _ABOUT):
        about[s["claim"].value].append(_labelled(s["entity"].value, labels))
    quantities: dict[str, list[QuantityCell]] = defaultdict(list)
    for s in _select(store, _QUANTITIES):
        unit = s["unit"].value if s["unit"] is not None else None
        quantities[s["claim"].value].append(QuantityCell(quote=s["quote"].value, value=_number(s["value"].value),
                                                         unit=unit))
    rows = []
    for s in _select(store, _CLAIMS):
        claim, text = s["claim"].value, s["text"].value
        rows.append(ClaimRow(
            article=_value(s["name"]) or s["doc"].value.rsplit("/", 1)[-1], start=int(s["start"].value),
            end=int(s["end"].value), text=text,
            speaker=_labelled(s["speaker"].value, labels, s["doc"].value),
            rule=_value(s["rule"]).removeprefix("attribution."), type=s["type"].value.rsplit("#", 1)[-1].lower(),
            type_rule=_value(s["typeRule"]), hedged=_value(s["hedged"]) == "true",
            conditional=_value(s["conditional"]) == "true",
            about=tuple(sorted(about[claim], key=lambda e: (e.label, e.iri))),
            quantities=tuple(sorted(quantities[claim], key=lambda q: (_position(text, q.quote), q.quote, q.value))),
            claim_iri=claim))
    return sorted(rows, key=lambda r: (r.article, r.start, r.end, r.claim_iri))


def graph_store(nquads: bytes) -> ox.Store:
    """An in-memory store holding N-Quads (one article's, rendered before any file is
    written), to be read with the same queries as a built ``kg/``."""
    store = ox.Store()
    store.load(nquads, format=ox.RdfFormat.N_QUADS)
    return store


def to_csv(rows: Iterable[ClaimRow]) -> str:
    """CSV with a header (RFC 4180 line ends); lists joined with "; "."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for r in rows:
        writer.writerow([r.article, r.start, r.end, r.text, r.speaker.label, r.speaker.iri, r.rule, r.type,
                         r.type_rule, _bool(r.hedged), _bool(r.conditional),
                         _SEPARATOR.join(e.label for e in r.about), _SEPARATOR.join(e.iri for e in r.about),
                         _SEPARATOR.join(_quantity(q) for q in r.quantities), r.claim_iri])
    return out.getvalue()


def to_jsonl(rows: Iterable[ClaimRow]) -> str:
    """One JSON object per claim and line, keys in a fixed order."""
    return "".join(json.dumps(r.model_dump(mode="json"), ensure_ascii=False) + "\n" for r in rows)


def to_table(rows: Iterable[ClaimRow], width: int, with_article: bool = True) -> str:
    """A table no wider than ``width`` columns, long cells wrapped; flags as H (hedged)
    and C (conditional)."""
    names = (("article",) if with_article else ()) + TABLE_COLUMNS
    cells = [[*([r.article] if with_article else []), str(r.start), str(r.end), r.speaker.label, r.rule, r.type,
              ("H" if r.hedged else "-") + ("C" if r.conditional else "-"),
              ", ".join(e.label for e in r.about) or "-", " ".join(r.text.split())] for r in rows]
    return text_table(list(names), cells, width=width, wrap=_WRAPPED)


def _select(store: ox.Store, query: str) -> Iterator[ox.QuerySolution]:
    return iter(store.query(query, use_default_graph_as_union=True, prefixes=dict(PREFIXES)))


def _labels(store: ox.Store) -> dict[str, str]:
    """Node IRI -> its label: Chinese, else English, else any (smallest first, for stability)."""
    best: dict[str, tuple] = {}
    for s in _select(store, _LABELS):
        label = s["label"]
        rank = (_LABEL_ORDER.get(label.language or "", 2), label.value)
        node = s["node"].value
        if node not in best or rank < best[node]:
            best[node] = rank
    return {node: rank[1] for node, rank in best.items()}


def _labelled(iri: str, labels: dict[str, str], article: str | None = None) -> Labelled:
    if iri == article:
        return Labelled(label=AUTHOR, iri=iri)
    return Labelled(label=labels.get(iri, iri.rsplit("/", 1)[-1]), iri=iri)


def _value(term) -> str:
    return term.value if term is not None else ""


def _number(lexical: str) -> int | float:
    number = Decimal(lexical)
    return int(number) if number == number.to_integral_value() else float(number)


def _position(text: str, quote: str) -> int:
    found = text.find(quote)
    return found if found >= 0 else len(text)


def _quantity(q: QuantityCell) -> str:
    return f"{q.quote} = {q.value}" + (f" {q.unit}" if q.unit else "")


def _bool(flag: bool) -> str:
    return "true" if flag else "false"
