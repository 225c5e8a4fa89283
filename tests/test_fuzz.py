"""Hostile text through the whole pipeline (issue 16): generated articles laced with every
character class that broke something once (astral, bidi controls, zero-width, line and
paragraph separators, control characters, combining marks, quotes and backslashes, markup,
non-characters), built, exported and read back:

- nothing crashes: an article is built, or refused for a reason a user is told (empty,
  white space only, binary), never "please report";
- the text read is the text written, and every exported quote (oa:exact, oa:prefix,
  oa:suffix) is exactly ``text[start:end]`` of its position selector;
- every RDF file parses in pyoxigraph (Turtle, N-Triples, N-Quads, JSON-LD) and every
  Gephi file is well-formed XML;
- a rebuild in another process (another hash seed) gives the same bytes.

The articles are small and many (``CORPORA`` corpora of ``PER_CORPUS``), built with one
pipeline, so that the run stays within a minute or two; for the same reason the build's
SHACL check (half the time) runs on every ``SHACL_EVERY``-th corpus and on the rebuilt one
only. The examples are derandomised, so CI runs the same ones every time;
``CLAIMGRAPH_FUZZ_SEED=N`` explores others.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st
from lxml import etree
from rdflib import Graph

from claimgraph.errors import ArticleError
from claimgraph.export import render
from claimgraph.export.shacl import check_conforms, load_shapes
from claimgraph.extract.parts import extract_in_parts
from claimgraph.extract.polarity import load_lexicon
from claimgraph.graph import build_graph
from claimgraph.ingest import parse_article

CORPORA = 50
PER_CORPUS = 40  # CORPORA × PER_CORPUS ≥ 2,000 articles
REBUILT = 80  # articles of the corpus rebuilt in two other processes
SHACL_EVERY = 4  # corpora; the others are built without the SHACL check

HOSTILE = {
    "astral": "𠀀𠮷𪚥😀👩‍💻𝐀🀄\U000e0100",
    "bidi": "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c",
    "zero width": "\u200b\u200c\u200d\u2060\ufeff\u00ad",
    "line separator": "\u2028\u2029\x85\x1c\x1d\x1e\r\x0b\x0c",
    "control": "\x00\x01\x07\x08\x1b\x7f\x80\x9f",
    "combining": "\u0301\u20dd\ufe0f\u3099",
    "full width": "ＡＢ０１，。！？：；（）",
    "quote and backslash": "“”「」『』\"'‘’《》\\",
    "markup": "<>&]]>{}#%",
    "space": "\u3000\u00a0\t ",
    "other script": "Жщيבशक",
    "non-character": "\ufffe\uffff\ue000\U0010fffd",
}
NAMES = ("李明远", "王晓峰", "赵子墨", "欧阳静怡", "张三")
ORGS = ("英伟达", "谷歌", "亚马逊", "星河科技公司", "OpenAI")
CUES = ("表示", "说", "认为", "指出", "透露")
CLAUSES = ("营收同比增长了20%", "明年将在上海投资30亿元", "芯片供不应求", "竞争会更激烈", "出货量约为5万台",
           "新产品将于3月上市", "市场仍有很大空间", "这一计划不会改变", "股价上涨3.5%")
OK_REFUSALS = ("is empty", "holds only white space", "is a binary file")

hostile = st.sampled_from(sorted(HOSTILE)).flatmap(lambda k: st.text(alphabet=HOSTILE[k], min_size=1, max_size=3))
anything = st.characters(exclude_categories=("Cs",))  # every code point a file can hold


def _laced(piece: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """A piece with hostile characters before, inside or after it (or none)."""
    return st.tuples(piece, st.one_of(st.just(""), hostile, anything), st.integers(0, 8)).map(
        lambda t: t[0][:t[2]] + t[1] + t[0][t[2]:])


name = _laced(st.sampled_from(NAMES + ORGS))
content = st.lists(_laced(st.sampled_from(CLAUSES)), min_size=1, max_size=3).map("，".join)
cue = st.sampled_from(CUES)
sentence = st.one_of(
    st.tuples(name, cue, content).map(lambda t: f"{t[0]}{t[1]}，{t[2]}。"),
    st.tuples(content, name, cue).map(lambda t: f"“{t[0]}，”{t[1]}{t[2]}。"),
    st.tuples(name, content).map(lambda t: f"{t[0]}：「{t[1]}」"),
    content.map(lambda c: c + "。"),
    hostile,
)
line = st.lists(sentence, min_size=1, max_size=3).map("".join)
article = st.tuples(st.sampled_from(["", "\ufeff"]), st.lists(line, min_size=1, max_size=3),
                    st.sampled_from(["\n", "\r\n", "\n\n", "\u2028"]), st.sampled_from(["", "\n"])).map(
    lambda t: t[0] + t[2].join(t[1]) + t[3])
corpus = st.lists(article, min_size=PER_CORPUS, max_size=PER_CORPUS)

OA = "http://www.w3.org/ns/oa#"
QUOTES = f"""
SELECT ?article ?exact ?prefix ?suffix ?start ?end WHERE {{
  ?source <{OA}hasSource> ?article ; <{OA}hasSelector> ?quote, ?position .
  ?quote <{OA}exact> ?exact ; <{OA}prefix> ?prefix ; <{OA}suffix> ?suffix .
  ?position <{OA}start> ?start ; <{OA}end> ?end .
}}"""
RDF_FORMATS = {"graph.ttl": ox.RdfFormat.TURTLE, "graph.nt": ox.RdfFormat.N_TRIPLES,
               "graph.nq": ox.RdfFormat.N_QUADS, "graph.jsonld": ox.RdfFormat.JSON_LD,
               "ontology.ttl": ox.RdfFormat.TURTLE, "shapes.ttl": ox.RdfFormat.TURTLE}


def build_in_memory(texts: list[str], nlp, lexicon) -> tuple[dict[str, bytes], dict[str, str]]:
    """The files a build writes, and the text of every article built, by article IRI."""
    extractions = []
    for i, text in enumerate(texts):
        try:
            article = parse_article(text.encode("utf-8"), f"a{i:03d}.txt")
        except ArticleError as err:
            assert err.reason.startswith(OK_REFUSALS), f"article {i} ({text!r}) refused: {err.reason}"
            continue
        assert article.text == text.removeprefix("\ufeff"), f"article {i} was not read as written"
        extractions.append(extract_in_parts(article, nlp, lexicon))
    if not extractions:
        return {}, {}
    return render(build_graph(extractions)), {x.article.iri: x.article.text for x in extractions}


def check_files(files: dict[str, bytes], texts: dict[str, str]) -> int:
    """Every file parses; every quote is its span of the article's text. The quotes checked."""
    for file, fmt in RDF_FORMATS.items():
        try:
            list(ox.parse(files[file], format=fmt))
        except SyntaxError as err:
            pytest.fail(f"{file} does not parse in pyoxigraph: {err}")
    for file in ("graph.graphml", "graph.gexf", "entities.graphml", "entities.gexf"):
        etree.fromstring(files[file])
    store = ox.Store()
    store.bulk_load(files["graph.nq"], format=ox.RdfFormat.N_QUADS)
    checked = 0
    for row in store.query(QUOTES, use_default_graph_as_union=True):
        text = texts[row["article"].value]
        start, end = int(row["start"].value), int(row["end"].value)
        assert row["exact"].value == text[start:end], f"oa:exact of {start}-{end} is not text[{start}:{end}]"
        assert row["prefix"].value == text[max(0, start - 32):start]
        assert row["suffix"].value == text[end:end + 32]
        checked += 1
    return checked


def test_hostile_text_builds_exports_and_rebuilds(nlp, tmp_path):
    lexicon = load_lexicon()
    shapes = load_shapes()
    built: list[str] = []
    quotes = [0]
    corpora = [0]

    @seed(int(os.environ.get("CLAIMGRAPH_FUZZ_SEED", "16")))
    @settings(max_examples=CORPORA, deadline=None, derandomize="CLAIMGRAPH_FUZZ_SEED" not in os.environ,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large], database=None,
              phases=[Phase.explicit, Phase.generate])  # a failing corpus is shown whole: shrinking one takes hours
    @given(corpus)
    def check(texts: list[str]) -> None:
        corpora[0] += 1
        files, read = build_in_memory(texts, nlp, lexicon)
        if files:
            quotes[0] += check_files(files, read)
            if corpora[0] % SHACL_EVERY == 0:  # pySHACL takes half the time: see the module's docstring
                check_conforms(Graph().parse(data=files["graph.nt"].decode("utf-8"), format="nt"), shapes)
        built.extend(texts)

    check()
    assert len(built) >= CORPORA * PER_CORPUS >= 2_000
    assert quotes[0] > 2_000, "too few quotes were checked for the test to mean anything"
    covered = {kind for kind, chars in HOSTILE.items() if any(ch in text for text in built for ch in chars)}
    assert covered == set(HOSTILE)

    folder = tmp_path / "corpus"
    folder.mkdir()
    for i, text in enumerate(built[:REBUILT]):
        (folder / f"a{i:03d}.txt").write_bytes(text.encode("utf-8"))
    outs = []
    for hash_seed in ("1", "2"):
        out = tmp_path / f"kg{hash_seed}"
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        done = subprocess.run([sys.executable, "-m", "claimgraph.cli", "build", str(folder), "--out", str(out),
                               "--validate", "--no-cache", "--jobs", "1"],
                              env=env, capture_output=True, text=True, timeout=600)
        assert "please report" not in done.stderr and "Traceback" not in done.stderr, done.stderr
        outs.append({p.name: p.read_bytes() for p in sorted(out.iterdir())})
    assert outs[0] == outs[1], "a rebuild in another process gave other bytes"
    assert outs[0]["graph.nq"].count(b"\n") > 1_000


def test_a_turn_whose_words_begin_past_a_line_of_its_paragraph_extracts(extract):
    """A paragraph of several lines whose label's words begin past its first line (the fuzzer's
    case: a name, a no-break space and a tab before the colon) extracts, the first line read."""
    x = extract("谷歌：「竞争会更激烈」王晓峰认为，竞争会更激烈。\n赵子墨\xa0\t ：「出货量约为5万台，营收同比增长了20%」\n"
                "李明远：「市场仍有很大空间」\n")
    assert x.claims
