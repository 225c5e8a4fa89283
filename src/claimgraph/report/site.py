"""The report's pages, rendered with Jinja2 from the report's data: file name -> bytes, no
I/O. Every page links with relative paths, so the site opens from disk or any web
server; scripts and styles are the package's own (sigma.js and graphology vendored), so
nothing is fetched at view time; everything is sorted, so the same graph gives the same
bytes.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter, defaultdict
from collections.abc import Mapping
from importlib import resources
from urllib.parse import unquote

import jinja2

from .data import Article, Claim, Fragment, ReportData, Stance
from .network import legend, network, network_json
from .text import runs

__all__ = ["render_site"]

GENERATOR = "claimgraph report"  # in every page's <meta name="generator">: marks a folder as a report
# light backgrounds for the speakers of one article, in the order they first speak
_SPEAKER_COLOURS = ("#ffd8a8", "#b2f2bb", "#a5d8ff", "#ffc9c9", "#d0bfff", "#ffec99", "#99e9f2", "#fcc2d7",
                    "#c0eb75", "#eebefa", "#ffe8cc", "#bac8ff")
_SAFE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,80}")
_TOP = 20  # rows of the index's speaker and entity tables, and each side of the stance table


def render_site(data: ReportData, texts: Mapping[str, str]) -> dict[str, bytes]:
    """Relative path -> bytes of every file of the report. ``texts`` maps an article's IRI
    to its full text; an article without one is drawn from the quotes the RDF holds."""
    site = _Site(data, texts)
    pages = {"index.html": site.index(), "network.html": site.network()}
    for article in data.articles:
        pages[site.article_path(article.iri)] = site.article(article)
    for entity in data.entities:
        pages[site.entity_path(entity.iri)] = site.entity(entity.iri)
    files = {path: text.encode("utf-8") for path, text in pages.items()}
    static = resources.files("claimgraph.report") / "static"
    for folder in (static, static / "vendor"):
        for item in folder.iterdir():
            if item.is_file():
                files["assets/" + str(item.name if folder is static else f"vendor/{item.name}")] = item.read_bytes()
    return dict(sorted(files.items()))


def file_stem(iri: str) -> str:
    """A file name for a node: its key where that is plain ASCII, else an ASCII part and a hash."""
    key = unquote(iri.rstrip("/").rsplit("/", 1)[-1])
    if _SAFE.fullmatch(key):
        return key
    ascii_part = re.sub(r"[^A-Za-z0-9_-]+", "", key)[:40]
    return f"{ascii_part}-{hashlib.sha1(iri.encode()).hexdigest()[:10]}".lstrip("-")


class _Site:
    """The data indexed the ways the pages look it up, and one method per kind of page."""

    def __init__(self, data: ReportData, texts: Mapping[str, str]):
        self.data, self.texts = data, texts
        self.entities = {e.iri: e for e in data.entities}
        self.articles = {a.iri: a for a in data.articles}
        self.claims = {c.iri: c for c in data.claims}
        self.by_article: dict[str, list[Claim]] = defaultdict(list)
        self.by_speaker: dict[str, list[Claim]] = defaultdict(list)
        self.about: dict[str, list[Claim]] = defaultdict(list)
        for c in data.claims:
            self.by_article[c.article].append(c)
            self.by_speaker[c.speaker].append(c)
            for e in c.about:
                self.about[e].append(c)
        self.mentions: dict[str, list] = defaultdict(list)
        self.mentioned_in: dict[str, set[str]] = defaultdict(set)
        for m in data.mentions:
            self.mentions[m.article].append(m)
            self.mentioned_in[m.entity].add(m.article)
        self.stances: dict[str, list[Stance]] = defaultdict(list)  # by article, holder and target
        for s in data.stances:
            for key in dict.fromkeys((s.article, "holder:" + s.holder, "target:" + s.target)):
                self.stances[key].append(s)
        self.relations: dict[str, list[tuple[str, str, str]]] = defaultdict(list)  # claim -> (direction, type, other)
        for r in data.relations:
            self.relations[r.source].append(("out", r.type, r.target))
            self.relations[r.target].append(("in", r.type, r.source))
        self.env = jinja2.Environment(
            loader=jinja2.PackageLoader("claimgraph.report", "templates"), autoescape=True,
            undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
        self.env.globals.update(generator=GENERATOR, name=self.name, speaker_name=self.speaker_name, href=self.href,
                                kind=self.kind)

    # names and links

    def article_path(self, iri: str) -> str:
        return f"articles/{file_stem(iri)}.html"

    def entity_path(self, iri: str) -> str:
        return f"entities/{file_stem(iri)}.html"

    def href(self, iri: str, root: str) -> str | None:
        """The page of an entity or article (or the article of a claim, at the claim), if any."""
        if iri in self.entities:
            return root + self.entity_path(iri)
        if iri in self.articles:
            return root + self.article_path(iri)
        if iri in self.claims:
            c = self.claims[iri]
            return f"{root}{self.article_path(c.article)}#{_anchor(c)}"
        return None

    def name(self, iri: str) -> str:
        """What a node is called: an entity's label, an unnamed source's cue, an article's title."""
        if iri in self.entities:
            return self.entities[iri].label
        if iri in self.data.unnamed:
            return self.data.unnamed[iri]
        if iri in self.articles:
            return self.articles[iri].title
        return unquote(iri.rsplit("/", 1)[-1])

    def speaker_name(self, iri: str) -> str:
        """A speaker's name; an article speaks in its own voice where it names no publisher."""
        return f"{self.name(iri)} (the article's own voice)" if iri in self.articles else self.name(iri)

    def kind(self, iri: str) -> str:
        if iri in self.entities:
            return self.entities[iri].type
        return "unnamed source" if iri in self.data.unnamed else "article's own voice"

    def render(self, template: str, root: str, **context) -> str:
        return self.env.get_template(template).render(root=root, **context)

    # pages

    def index(self) -> str:
        speakers = Counter(c.speaker for c in self.data.claims)
        ranked = sorted(speakers.items(), key=lambda sn: (-sn[1], self.speaker_name(sn[0]), sn[0]))[:_TOP]
        speaker_articles = {s: len({c.article for c in cs}) for s, cs in self.by_speaker.items()}
        discussed = sorted(self.about, key=lambda e: (-len(self.about[e]), self.name(e)))[:_TOP]
        disputes = [(self.claims[r.source], self.claims[r.target]) for r in self.data.relations
                    if r.type == "disputes" and r.source in self.claims and r.target in self.claims]
        return self.render(
            "index.html", "", title="claimgraph report", data=self.data,
            articles=[(a, len(self.by_article[a.iri]), len({c.speaker for c in self.by_article[a.iri]}))
                      for a in sorted(self.data.articles, key=lambda a: (str(a.date or ""), a.iri))],
            speakers=[(s, n, speaker_articles[s]) for s, n in ranked],
            speaker_count=len(speakers), discussed=[(e, len(self.about[e])) for e in discussed],
            table=self.stance_table(), disputes=disputes)

    def stance_table(self) -> dict:
        """The most active holders x the most targeted entities: per cell the stances'
        score, weighted by evidence, and polarity."""
        cells: dict[tuple[str, str], list[Stance]] = defaultdict(list)
        for s in self.data.stances:
            cells[(s.holder, s.target)].append(s)
        holders = Counter(h for h, _ in cells)
        targets = Counter(t for _, t in cells)

        def top(counter: Counter) -> list[str]:
            return sorted(counter, key=lambda k: (-counter[k], self.name(k), k))[:_TOP]

        table = {}
        for key, stances in cells.items():
            evidence = sum(max(len(s.evidence), 1) for s in stances)
            score = round(sum(s.score * max(len(s.evidence), 1) for s in stances) / evidence, 2)
            kinds = {s.polarity for s in stances}
            polarity = (kinds.pop() if len(kinds) == 1
                        else "Favor" if score > 0 else "Against" if score < 0 else "Neutral")
            table[key] = (polarity.lower(), score, evidence)
        return {"holders": top(holders), "targets": top(targets), "cells": table}

    def article(self, article: Article) -> str:
        root = "../"
        claims = self.by_article[article.iri]
        mentions = self.mentions[article.iri]
        text = self.texts.get(article.iri)
        fragments = (Fragment(start=0, text=text),) if text is not None else article.fragments
        order = list(dict.fromkeys(c.speaker for c in claims))
        colours = {s: _SPEAKER_COLOURS[i % len(_SPEAKER_COLOURS)] for i, s in enumerate(order)}
        return self.render(
            "article.html", root, title=article.title, article=article, claims=claims, has_text=text is not None,
            parts=[runs(f, claims, mentions) for f in fragments], colours=colours,
            speakers=[(s, colours[s], sum(c.speaker == s for c in claims)) for s in order],
            relations=self.relations, anchor=_anchor, claims_by_iri=self.claims,
            stances=self.stances[article.iri])

    def entity(self, iri: str) -> str:
        return self.render(
            "entity.html", "../", title=self.entities[iri].label, entity=self.entities[iri],
            said=self.by_speaker.get(iri, []), about=self.about.get(iri, []),
            held=self.stances["holder:" + iri], received=self.stances["target:" + iri],
            claims_by_iri=self.claims, articles=self.articles, mentioned_in=sorted(self.mentioned_in[iri]))

    def network(self) -> str:
        g = network(self.data)
        graph = network_json(g, lambda iri: self.href(iri, "") or "")
        payload = json.dumps(graph, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        return self.render("network.html", "", title="entity network", graph_json=_script_safe(payload),
                           legend=legend(), nodes=g.number_of_nodes(), edges=g.number_of_edges())


def _anchor(claim: Claim) -> str:
    return f"c{claim.start}-{claim.end}"


def _script_safe(payload: str) -> str:
    """JSON that cannot end the <script> element it sits in."""
    return payload.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
