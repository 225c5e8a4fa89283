"""The command line: build a corpus with bad files in it, help texts, inspect, atomic output."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, Namespace

from claimgraph import api
from claimgraph.cli import main

DATA = Path(__file__).parent / "data"
CG = Namespace("https://w3id.org/claimgraph/ns#")
SAMPLE = (DATA / "sample_article.txt").read_text(encoding="utf-8")


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a_good.txt").write_text(SAMPLE, encoding="utf-8")
    (folder / "b_empty.txt").write_bytes(b"")
    (folder / "c_binary.txt").write_bytes(bytes(range(256)) * 16)
    (folder / "d_gb18030.txt").write_bytes(SAMPLE.encode("gb18030"))
    return folder


def test_build_reports_each_bad_file_and_builds_the_rest(corpus: Path, tmp_path: Path):
    out = tmp_path / "kg"
    result = CliRunner().invoke(main, ["build", str(corpus), "--out", str(out)])
    assert result.exit_code == 1
    assert f"{corpus / 'b_empty.txt'}: is empty" in result.stderr
    assert f"{corpus / 'c_binary.txt'}: is a binary file" in result.stderr
    assert "d_gb18030" not in result.stderr
    assert "2 articles" in result.stdout
    g = Graph().parse(out / "graph.ttl")
    digests = {str(o) for o in g.objects(None, CG.sha256)}
    assert len(digests) == 2  # the UTF-8 and the GB18030 file are different files of one text
    for name in ("graph.ttl", "graph.graphml", "ontology.ttl", "shapes.ttl"):
        assert (out / name).stat().st_size > 0


def test_a_clean_corpus_exits_zero_and_summarises(tmp_path: Path):
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "one.txt").write_text(SAMPLE, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "c"), "--out", str(tmp_path / "kg")])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("1 articles, ")
    assert " claims, " in result.stdout and " stances, " in result.stdout and " s\n" in result.stdout


def test_a_missing_corpus_is_a_clear_error(tmp_path: Path):
    result = CliRunner().invoke(main, ["build", str(tmp_path / "nope"), "--out", str(tmp_path / "kg")])
    assert result.exit_code == 1
    assert "no such folder" in result.stderr


def test_every_command_explains_itself_with_an_example():
    runner = CliRunner()
    top = runner.invoke(main, ["--help"])
    assert top.exit_code == 0 and "Example" in top.output
    for name in main.commands:
        help_text = runner.invoke(main, [name, "--help"]).output
        assert "Example" in help_text and f"claimgraph {name}" in help_text, name


def test_inspect_prints_the_claims_table():
    result = CliRunner().invoke(main, ["inspect", str(DATA / "sample_article.txt")])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "sample_article.txt  headline: 记者手记:国产芯片的下一步  date: 2025-06-18  publisher: 星河日报"
    assert lines[1] == "reporters: 王明远, 赵小雨"
    assert lines[2].split()[:4] == ["start", "end", "speaker", "rule"]
    row = next(line for line in lines if "国产芯片在软件生态方面仍有差距" in line)
    start, end = (int(v) for v in row.split()[:2])
    assert SAMPLE[start:end] == "国产芯片在软件生态方面仍有差距"


def test_a_failed_build_leaves_the_previous_graph_untouched(tmp_path: Path, monkeypatch):
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "one.txt").write_text(SAMPLE, encoding="utf-8")
    out = tmp_path / "kg"
    api.build(tmp_path / "c", out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    calls = []

    def failing_fsync(fd):
        calls.append(fd)
        if len(calls) == 3:
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", failing_fsync)
    (tmp_path / "c" / "two.txt").write_text(SAMPLE.replace("刘建华", "陈志远"), encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "c"), "--out", str(out)])
    assert result.exit_code == 1
    assert "No space left on device" in result.stderr
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before  # no half graph, no debris


def test_an_empty_corpus_is_an_error_and_writes_nothing(tmp_path: Path):
    (tmp_path / "c").mkdir()
    result = CliRunner().invoke(main, ["build", str(tmp_path / "c"), "--out", str(tmp_path / "kg")])
    assert result.exit_code == 1
    assert "holds no .txt article" in result.stderr
    assert not (tmp_path / "kg").exists()


def test_files_of_one_name_in_two_folders_stay_two_articles(tmp_path: Path):
    for sub in ("a", "b"):
        (tmp_path / "c" / sub).mkdir(parents=True)
        (tmp_path / "c" / sub / "same.txt").write_text(SAMPLE.replace("星河", sub), encoding="utf-8")
    api.build(tmp_path / "c", tmp_path / "kg")
    g = Graph().parse(tmp_path / "kg" / "graph.ttl")
    articles = set(g.subjects(None, Namespace("https://schema.org/").NewsArticle))
    assert {str(a).rsplit("/", 1)[1] for a in articles} == {"a%2Fsame", "b%2Fsame"}


def test_a_corpus_with_no_readable_article_keeps_the_old_graph(tmp_path: Path):
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "one.txt").write_text(SAMPLE, encoding="utf-8")
    api.build(tmp_path / "c", tmp_path / "kg")
    before = (tmp_path / "kg" / "graph.ttl").read_bytes()
    (tmp_path / "c" / "one.txt").write_bytes(b"")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "c"), "--out", str(tmp_path / "kg")])
    assert result.exit_code == 1
    assert "one.txt: is empty" in result.stderr
    assert (tmp_path / "kg" / "graph.ttl").read_bytes() == before


def test_every_command_is_documented_in_the_readme():
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    for name in main.commands:
        assert f"claimgraph {name}" in readme, name


@pytest.mark.parametrize("out", ["kg.txt", "kg.txt/sub"])
def test_an_out_that_is_a_file_is_refused_before_any_work(tmp_path: Path, monkeypatch, out: str):
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "one.txt").write_text(SAMPLE, encoding="utf-8")
    (tmp_path / "kg.txt").write_text("my notes", encoding="utf-8")

    def no_work(*args, **kwargs):
        raise AssertionError("the corpus was processed")

    monkeypatch.setattr(api, "build", no_work)
    monkeypatch.setattr(api, "extract_corpus", no_work)
    result = CliRunner().invoke(main, ["build", str(tmp_path / "c"), "--out", str(tmp_path / out)])
    assert result.exit_code == 1
    assert result.stderr == (f"Error: --out {tmp_path / out}: {tmp_path / 'kg.txt'} is a file, not a folder; "
                             "give --out a folder (it is made if missing)\n")
    assert (tmp_path / "kg.txt").read_text(encoding="utf-8") == "my notes"
