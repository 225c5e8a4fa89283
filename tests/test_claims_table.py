"""`claimgraph claims` and `claimgraph inspect` as a user meets them: one row per claim
with labels (not catalog keys), a table that fits the terminal, CSV and JSON lines that a
spreadsheet or pandas reads, and standard input for inspect."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimgraph import api
from claimgraph.claimtable import CSV_COLUMNS, ClaimRow, Labelled, QuantityCell, to_csv, to_jsonl, to_table
from claimgraph.cli import main
from claimgraph.table import display_width

DATA = Path(__file__).parent / "data"
SAMPLE = (DATA / "sample_article.txt").read_text(encoding="utf-8")
SEED = Path(__file__).parent.parent / "corpus" / "000_e2efc9c3b82ea5ae.txt"
NVIDIA = "https://w3id.org/claimgraph/id/entity/nvidia"

ROWS = [
    ClaimRow(article="a.txt", start=10, end=24, text="英伟达的市值在一年内增长了三倍", claim_iri="urn:c1",
             speaker=Labelled(label="王小明", iri="urn:wang"), rule="cue_before.v1", type="statistic",
             type_rule="type.number.v1", hedged=False, conditional=True,
             about=(Labelled(label="英伟达", iri=NVIDIA),),
             quantities=(QuantityCell(quote="三倍", value=3, unit="times"),)),
    ClaimRow(article="a.txt", start=30, end=38, text="Blue Harbor expects slower growth next year",
             claim_iri="urn:c2", speaker=Labelled(label="@author", iri="urn:a"), rule="article_voice.v1",
             type="prediction", type_rule="type.future.v1", hedged=True, conditional=False, about=(), quantities=()),
]


def run(*args: str, **kwargs):
    return CliRunner().invoke(main, list(args), **kwargs)


def test_the_table_wraps_long_cells_to_the_width():
    for width in (60, 70, 90):
        assert max(display_width(line) for line in to_table(ROWS, width, with_article=False).splitlines()) <= width


def test_the_table_exactly():
    # 90 columns: the text column keeps 24, a CJK character takes two, Latin words stay whole
    assert to_table(ROWS, 90, with_article=False) == (
        "start  end  speaker  rule              type        flags  about   text\n"
        "-----  ---  -------  ----------------  ----------  -----  ------  ------------------------\n"
        "10     24   王小明   cue_before.v1     statistic   -C     英伟达  英伟达的市值在一年内增长\n"
        "                                                                  了三倍\n"
        "30     38   @author  article_voice.v1  prediction  H-     -       Blue Harbor expects\n"
        "                                                                  slower growth next year\n")


def test_csv_exactly():
    assert to_csv(ROWS) == (
        ",".join(CSV_COLUMNS) + "\r\n"
        "a.txt,10,24,英伟达的市值在一年内增长了三倍,王小明,urn:wang,cue_before.v1,statistic,type.number.v1,"
        f"false,true,英伟达,{NVIDIA},三倍 = 3 times,urn:c1\r\n"
        "a.txt,30,38,Blue Harbor expects slower growth next year,@author,urn:a,article_voice.v1,prediction,"
        "type.future.v1,true,false,,,,urn:c2\r\n")


def test_jsonl_exactly():
    first = json.loads(to_jsonl(ROWS).splitlines()[0])
    assert first == {
        "article": "a.txt", "start": 10, "end": 24, "text": "英伟达的市值在一年内增长了三倍",
        "speaker": {"label": "王小明", "iri": "urn:wang"}, "rule": "cue_before.v1", "type": "statistic",
        "type_rule": "type.number.v1", "hedged": False, "conditional": True,
        "about": [{"label": "英伟达", "iri": NVIDIA}], "quantities": [{"quote": "三倍", "value": 3, "unit": "times"}],
        "claim_iri": "urn:c1"}
    assert len(to_jsonl(ROWS).splitlines()) == 2


def test_inspect_fits_100_columns_and_shows_labels_not_keys():
    result = run("inspect", str(SEED))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert max(display_width(line) for line in lines) <= 100
    assert lines[0].startswith("000_e2efc9c3b82ea5ae.txt  headline: ")
    assert "publisher: 华夏时报" in result.stdout
    table = result.stdout[result.stdout.index("start  end"):]
    assert "zhang_qi" not in table and "nvidia" not in table and "china_times" not in table
    assert "张奇" in table and "英伟达" in table
    assert lines[-1].endswith("(flags: H hedged, C conditional)")


def test_inspect_width_is_a_choice():
    result = run("inspect", str(SEED), "--width", "70")
    assert max(display_width(line) for line in result.stdout.splitlines()) <= 70


def test_inspect_json_holds_the_text_and_claims_at_exact_offsets():
    result = run("inspect", str(DATA / "sample_article.txt"), "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["article"]["text"] == SAMPLE
    assert data["article"]["publisher"] == "星河日报" and data["article"]["date"] == "2025-06-18"
    assert data["claims"], "no claims"
    for claim in data["claims"]:
        assert SAMPLE[claim["start"]:claim["end"]] == claim["text"]
    speakers = {c["speaker"]["label"] for c in data["claims"]}
    assert "刘建华" in speakers and all("_" not in s for s in speakers)


def test_inspect_csv_has_one_row_per_claim():
    as_json = json.loads(run("inspect", str(DATA / "sample_article.txt"), "--format", "json").stdout)
    rows = list(csv.DictReader(io.StringIO(run("inspect", str(DATA / "sample_article.txt"), "--format",
                                               "csv").stdout)))
    assert [(int(r["start"]), int(r["end"]), r["text"]) for r in rows] == [
        (c["start"], c["end"], c["text"]) for c in as_json["claims"]]


def test_inspect_dash_reads_standard_input():
    from_file = json.loads(run("inspect", str(DATA / "sample_article.txt"), "--format", "json").stdout)
    from_stdin = run("inspect", "-", "--format", "json", input=SAMPLE.encode("utf-8"))
    assert from_stdin.exit_code == 0, from_stdin.output
    piped = json.loads(from_stdin.stdout)
    assert piped["article"]["path"] == "stdin"
    assert piped["article"]["text"] == SAMPLE

    def seen(claims):  # what the reader sees; IRIs name the article, which is "stdin" here
        return [(c["start"], c["end"], c["text"], c["speaker"]["label"], c["type"]) for c in claims]

    assert seen(piped["claims"]) == seen(from_file["claims"])


def test_inspect_of_empty_standard_input_is_a_clear_error():
    result = run("inspect", "-", input=b"")
    assert result.exit_code == 1
    assert result.stderr == "Error: stdin: is empty\n"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("claims")
    (root / "c").mkdir()
    (root / "c" / "one.txt").write_text(SAMPLE, encoding="utf-8")
    (root / "c" / "two.txt").write_text(SAMPLE.replace("刘建华", "陈志远"), encoding="utf-8")
    report = api.build(root / "c", root / "kg")
    return root, report


def test_claims_csv_has_every_claim_at_exact_offsets(built):
    root, report = built
    result = run("claims", "--kg", str(root / "kg"), "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == report.claims
    assert list(rows[0]) == list(CSV_COLUMNS)
    texts = {"one.txt": SAMPLE, "two.txt": SAMPLE.replace("刘建华", "陈志远")}
    for row in rows:
        assert texts[row["article"]][int(row["start"]):int(row["end"])] == row["text"]
    assert {r["speaker"] for r in rows if r["article"] == "two.txt"} >= {"陈志远"}
    assert [(r["article"], int(r["start"])) for r in rows] == sorted((r["article"], int(r["start"])) for r in rows)


def test_claims_of_a_built_graph_are_the_rows_inspect_shows(built):
    root, _ = built
    jsonl = [json.loads(line) for line in run("claims", "--kg", str(root / "kg"), "--format", "jsonl").stdout.splitlines()]
    inspected = json.loads(run("inspect", str(root / "c" / "one.txt"), "--format", "json").stdout)["claims"]
    assert [r for r in jsonl if r["article"] == "one.txt"] == inspected


def test_claims_table_fits_100_columns(built):
    root, _ = built
    result = run("claims", "--kg", str(root / "kg"))
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0].split() == ["article", "start", "end", "speaker", "rule", "type", "flags",
                                                     "about", "text"]
    assert max(display_width(line) for line in result.stdout.splitlines()) <= 100


def test_claims_without_a_graph_says_to_build_it(tmp_path):
    result = run("claims", "--kg", str(tmp_path / "nowhere"))
    assert result.exit_code == 1
    assert "claimgraph build" in result.stderr
