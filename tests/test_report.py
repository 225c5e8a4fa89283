"""The HTML report, read as a user reads it: which pages exist, what each shows, that it
loads nothing from elsewhere, that it is the same bytes every time, and that it never
writes over what is not a report. (tests/test_report_browser.py drives it in Chromium.)"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from lxml import html

from claimgraph import api
from claimgraph.cli import main

CORPUS = Path(__file__).parent / "data" / "report_corpus"
ENTITY = "https://w3id.org/claimgraph/id/entity/"


@pytest.fixture(scope="module")
def kg(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("report") / "kg"
    api.build(CORPUS, out)
    return out


@pytest.fixture(scope="module")
def site(kg) -> Path:
    summary = api.report(kg, corpus=CORPUS)
    assert summary.without_text == ()
    return Path(summary.out)


def page(site: Path, name: str):
    return html.fromstring((site / name).read_text(encoding="utf-8"))


def entity_page(site: Path, label: str):
    """The page the overview links for an entity labelled ``label``."""
    index = page(site, "index.html")
    link = next(a for a in index.iter("a") if a.text_content() == label and "entities/" in a.get("href"))
    return page(site, link.get("href"))


def test_one_page_per_article_and_entity_with_the_scripts_beside_them(kg, site):
    entities = api.query("PREFIX cg: <https://w3id.org/claimgraph/ns#> "
                         "SELECT (COUNT(?e) AS ?n) WHERE { ?e a cg:Entity }", kg, "csv").text.split()[-1]
    assert len(list((site / "entities").glob("*.html"))) == int(entities) == 13
    assert sorted(p.name for p in (site / "articles").iterdir()) == ["a_chips.html", "b_cloud.html"]
    vendor = site / "assets" / "vendor"
    for name in ("sigma.min.js", "graphology.umd.min.js", "LICENSE.sigma.txt", "LICENSE.graphology.txt"):
        assert (vendor / name).stat().st_size > 1000 or name.startswith("LICENSE")
    assert all("MIT" in (vendor / f"LICENSE.{name}.txt").read_text() for name in ("sigma", "graphology"))


def test_no_page_loads_anything_from_elsewhere(site):
    pages = sorted(site.rglob("*.html"))
    assert len(pages) == 17
    for path in pages:
        doc = html.fromstring(path.read_bytes())
        loaded = [e.get("src") for e in doc.iter("script", "img", "iframe") if e.get("src")]
        loaded += [e.get("href") for e in doc.iter("link") if e.get("href")]
        for url in loaded:
            assert url.startswith("data:") or not re.match(r"^([a-z]+:)?//", url), (path, url)
            assert url.startswith("data:") or (path.parent / url).resolve().is_file(), (path, url)
        for a in doc.iter("a"):
            href = a.get("href", "")
            target = href.split("#")[0]
            if target and not href.startswith("https://www.wikidata.org/"):
                assert (path.parent / target).resolve().is_file(), (path, href)


def test_claims_are_highlighted_in_their_speakers_colour(kg, site):
    doc = page(site, "articles/a_chips.html")
    claims = doc.find_class("claim")
    texts = {c.text_content(): c.get("style") for c in claims}
    assert len(claims) == 8
    said_by_liu = ("百度可能会在明年推出新的芯片", "英伟达的优势很明显", "英伟达不会垄断市场", "这种说法是错误的")
    liu = {texts[t] for t in said_by_liu}
    assert len(liu) == 1  # one speaker, one colour
    assert len({texts["美团的配送网络仍有很大改进空间"], texts["小米的新手机将在下月发布"], *liu}) == 3
    text = doc.get_element_by_id("text").text_content()
    assert text == (CORPUS / "a_chips.txt").read_text(encoding="utf-8")  # the text verbatim
    for cue in ("业内人士认为,", "有观点认为,", "复旦大学教授刘建华表示,"):  # unattributed text stays plain
        assert cue in text and not any(cue in c.text_content() for c in claims)
    mentions = {a.text_content(): a.get("href") for a in doc.find_class("mention")}
    assert mentions["美团"] == "../entities/meituan.html" and mentions["英伟达"] == "../entities/nvidia.html"


def test_a_claims_details_name_speaker_rule_type_flags_about_quantities_relations(site):
    doc = page(site, "articles/a_chips.html")
    claim = next(c for c in doc.find_class("claim") if c.text_content() == "百度可能会在明年推出新的芯片")
    detail = doc.get_element_by_id(f"d-{claim.get('data-claim')}").text_content()
    for shown in ("刘建华", "attribution.cue_before.v1", "Prediction", "hedged", "百度"):
        assert shown in detail, shown
    sales = next(c for c in doc.find_class("claim") if c.text_content().startswith("京东的物流"))
    detail = doc.get_element_by_id(f"d-{sales.get('data-claim')}").text_content()
    assert "12% = 12" in detail and "percent" in detail and "星河日报" in detail
    reply = next(c for c in doc.find_class("claim") if c.text_content().startswith("英伟达不会垄断"))
    detail = doc.get_element_by_id(f"d-{reply.get('data-claim')}").text_content()
    assert "disputes" in detail and "英伟达的芯片将会垄断市场" in detail


def test_an_entity_page_shows_labels_claims_and_stances_both_ways(site):
    nvidia = entity_page(site, "英伟达")
    labels = nvidia.find_class("labels")[0].text_content()
    assert "英伟达" in labels and "NVIDIA" in labels
    assert nvidia.xpath("//a[@href='https://www.wikidata.org/wiki/Q182477']")
    about = nvidia.get_element_by_id("claims-about").text_content()
    assert "英伟达的优势很明显" in about and "英伟达的芯片将会垄断市场" in about
    received = nvidia.get_element_by_id("stances-received").text_content()
    assert "刘建华" in received and "favor" in received and "英伟达的优势很明显" in received  # with evidence
    zhou = entity_page(site, "周晓峰")
    held = zhou.get_element_by_id("stances-held").text_content()
    assert "阿里云" in held and "against" in held and "腾讯云" in held and "favor" in held
    assert "华为" in held and "neutral" in held  # one claim for, one against
    assert "阿里云的价格战是失败的策略" in zhou.get_element_by_id("claims-by").text_content()


def test_the_overview_shows_stances_by_polarity_and_the_disputes(site):
    index = page(site, "index.html")
    cells = {c.get("title").split(":")[0]: c.get("class") for c in index.xpath("//table[@class='matrix']//td[@title]")}
    assert cells["周晓峰 → 阿里云"] == "polarity against"
    assert cells["周晓峰 → 腾讯云"] == "polarity favor"
    assert cells["刘建华 → 英伟达"] == "polarity favor"
    assert cells["周晓峰 → 华为"] == "polarity neutral"
    disputes = index.get_element_by_id("disputes").text_content()
    assert "英伟达的芯片将会垄断市场" in disputes and "disputed by" in disputes and "刘建华" in disputes
    counts = index.find_class("counts")[0].text_content().split()
    assert counts[:4] == ["2", "articles", "16", "claims"]


def test_the_network_page_holds_the_entity_network_with_positions(kg, site):
    doc = page(site, "network.html")
    graph = json.loads(doc.get_element_by_id("graph-data").text)
    gephi = nx.read_graphml(kg / "entities.graphml")
    assert (len(graph["nodes"]), len(graph["edges"])) == (gephi.number_of_nodes(), gephi.number_of_edges())
    for node in graph["nodes"]:
        a = node["attributes"]
        assert isinstance(a["x"], float) and isinstance(a["y"], float) and 2 <= a["size"] <= 16
        assert a["url"] and (site / a["url"]).is_file()
    polarity = {(e["source"].removeprefix(ENTITY), e["target"].removeprefix(ENTITY)): e["attributes"]["polarity"]
                for e in graph["edges"]}
    assert polarity["%E5%91%A8%E6%99%93%E5%B3%B0", "alibaba_cloud"] == "against"


def test_without_the_corpus_an_article_shows_the_quoted_passages(kg, tmp_path):
    summary = api.report(kg, tmp_path / "site", corpus=tmp_path / "nowhere")
    assert summary.without_text == ("a_chips.txt", "b_cloud.txt")
    doc = page(tmp_path / "site", "articles/a_chips.html")
    assert doc.find_class("warning")
    claims = [c.text_content() for c in doc.find_class("claim")]
    assert "美团的配送网络仍有很大改进空间" in claims and len(claims) == 8


def test_two_reports_are_byte_identical_also_under_another_hash_seed(kg, site, tmp_path):
    env = {**os.environ, "PYTHONHASHSEED": "4242"}
    subprocess.run([sys.executable, "-m", "claimgraph.cli", "report", "--kg", str(kg), "--out", str(tmp_path / "r"),
                    "--corpus", str(CORPUS)], check=True, env=env, capture_output=True)
    files = sorted(p.relative_to(site) for p in site.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(tmp_path / "r") for p in (tmp_path / "r").rglob("*") if p.is_file())
    for name in files:
        assert (tmp_path / "r" / name).read_bytes() == (site / name).read_bytes(), name


def test_a_new_report_replaces_the_old_one_whole(kg, tmp_path):
    out = tmp_path / "site"
    api.report(kg, out, CORPUS)
    (out / "articles" / "gone.html").write_text("an article no longer in the graph")
    api.report(kg, out, CORPUS)
    assert not (out / "articles" / "gone.html").exists() and (out / "index.html").is_file()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no debris


def test_a_folder_that_is_not_a_report_is_never_written_over(kg, tmp_path):
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("keep me")
    result = CliRunner().invoke(main, ["report", "--kg", str(kg), "--out", str(tmp_path / "mine")])
    assert result.exit_code == 1 and "holds no claimgraph report" in result.stderr
    assert [p.name for p in (tmp_path / "mine").iterdir()] == ["notes.txt"]


def test_the_commands_write_the_report_and_say_where(tmp_path):
    result = CliRunner().invoke(main, ["build", str(CORPUS), "--out", str(tmp_path / "kg"), "--report"])
    assert result.exit_code == 0, result.output
    assert f"2 articles, 17 pages -> {tmp_path / 'kg' / 'report' / 'index.html'}" in result.stdout
    result = CliRunner().invoke(main, ["report", "--kg", str(tmp_path / "kg"), "--out", str(tmp_path / "r")])
    assert result.exit_code == 0
    assert "a_chips.txt is missing or changed since the build" in result.stderr  # corpus/ is not this corpus
    result = CliRunner().invoke(main, ["report", "--kg", str(tmp_path / "nothing")])
    assert result.exit_code == 1 and "holds no graph.nq or graph.ttl; build it first" in result.stderr
