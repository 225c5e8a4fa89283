"""HTML pages as input (pages written for these tests): the main text without the site's
navigation, related links, comments and footer; headline, date, site and reporters from
the page's metadata; offsets exact into the extracted text; a .txt that is a page read as
one with a warning."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimgraph import api
from claimgraph.cli import main
from claimgraph.errors import ArticleError
from claimgraph.ingest import parse_article

HTML = Path(__file__).parent / "data" / "html"
PAGE = HTML / "qinghe_page.html"
PARAGRAPHS = [
    "青禾能源周二在杭州发布了固态电池路线图，计划在2027年实现小批量量产。",
    "公司首席技术官韩立表示，新电池的能量密度比现有产品高出四成，充电时间可以缩短一半。",
    "“我们已经完成了中试线的验证。”韩立说。他认为，固态电池将在五年内进入主流车型。",
    "不过，行业分析师许曼指出，固态电池的成本仍然偏高，大规模普及可能需要更长时间。",
    "据公司公布，青禾能源去年营收为86亿元，同比增长23%。",
]
FURNITURE = ["首页", "当前位置", "相关阅读", "锂价连续三个月下跌", "网友评论", "期待早日上车", "版权所有", "ICP", "<", "DOCTYPE"]


def inspect_json(path: Path, **kwargs):
    result = CliRunner().invoke(main, ["inspect", str(path), "--format", "json"], **kwargs)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout), result


def test_the_main_text_is_the_article_paragraphs_and_nothing_else():
    article = parse_article(PAGE.read_bytes(), PAGE.name)
    assert article.text == "\n".join(PARAGRAPHS)
    assert [article.text[s.start:s.end] for s in article.body] == PARAGRAPHS


def test_headline_date_site_and_reporter_come_from_the_page_metadata():
    article = parse_article(PAGE.read_bytes(), PAGE.name)
    assert (article.headline, str(article.date_published), article.publisher, article.authors) == (
        "青禾能源发布固态电池路线图", "2025-04-09", "晨光财经网", ("宋佳怡",))
    assert article.encoding == "utf-8"
    import hashlib
    assert article.sha256 == hashlib.sha256(PAGE.read_bytes()).hexdigest()


def test_claims_of_a_page_point_exactly_into_the_extracted_text():
    data, _ = inspect_json(PAGE)
    text = data["article"]["text"]
    assert data["claims"], "no claims"
    for claim in data["claims"]:
        assert text[claim["start"]:claim["end"]] == claim["text"]
        assert not any(word in claim["text"] for word in FURNITURE)
    speakers = {c["text"]: c["speaker"]["label"] for c in data["claims"]}
    assert speakers["新电池的能量密度比现有产品高出四成，充电时间可以缩短一半"] == "韩立"


def test_a_page_without_date_metadata_gets_the_date_its_text_gives():
    article = parse_article((HTML / "plain_page.htm").read_bytes(), "plain_page.htm")
    assert article.headline == "白鹭航空恢复两条国际航线"
    assert str(article.date_published) == "2025-05-20"
    assert "网站首页" not in article.text and "版权所有" not in article.text
    assert "白鹭航空20日宣布，将于下月恢复厦门至新加坡、厦门至曼谷两条国际航线，每周各执飞七班。" in article.text


def test_a_txt_that_is_a_page_is_read_as_html_with_a_warning(tmp_path):
    saved = tmp_path / "saved.txt"
    saved.write_bytes(PAGE.read_bytes())
    as_txt, result = inspect_json(saved)
    assert result.stderr == "warning: saved.txt: looks like an HTML page, not text; read as HTML (name it .html to say so)\n"
    as_html, quiet = inspect_json(PAGE)
    assert quiet.stderr == ""
    assert as_txt["article"]["text"] == as_html["article"]["text"]
    assert [(c["start"], c["end"], c["text"]) for c in as_txt["claims"]] == [
        (c["start"], c["end"], c["text"]) for c in as_html["claims"]]


def test_text_that_mentions_a_tag_is_still_text():
    article = parse_article("张三表示，<html>标签的写法并不难。\n".encode(), "tags.txt")
    assert article.text == "张三表示，<html>标签的写法并不难。\n"


def test_a_page_with_no_article_text_is_a_clear_error():
    page = b"<!DOCTYPE html><html><head><title>x</title></head><body><script>var a = 1;</script></body></html>"
    with pytest.raises(ArticleError, match=r"empty.html: is an HTML page in which no article text was found"):
        parse_article(page, "empty.html")


def test_build_finds_html_pages_and_the_exported_claims_match(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "web").mkdir(parents=True)
    (corpus / "web" / "qinghe.html").write_bytes(PAGE.read_bytes())
    (corpus / "web" / "plain.htm").write_bytes((HTML / "plain_page.htm").read_bytes())
    (corpus / "notes.md").write_text("不是文章", encoding="utf-8")
    report = api.build(corpus, tmp_path / "kg")
    assert report.articles == 2 and not report.failures
    rows = [json.loads(line) for line in CliRunner().invoke(
        main, ["claims", "--kg", str(tmp_path / "kg"), "--format", "jsonl"]).stdout.splitlines()]
    assert {r["article"] for r in rows} == {"web/qinghe.html", "web/plain.htm"}
    text = "\n".join(PARAGRAPHS)
    for row in rows:
        if row["article"] == "web/qinghe.html":
            assert text[row["start"]:row["end"]] == row["text"]
