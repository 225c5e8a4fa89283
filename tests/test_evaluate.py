"""`claimgraph eval`: scores worked out by hand for a graph written by hand
(tests/data/eval/predicted.trig, each mistake commented there) against two answer keys
written for two short invented articles; then the command on a real build."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from claimgraph import api
from claimgraph.cli import main
from claimgraph.errors import ClaimgraphError
from claimgraph.evaluate import evaluate, load_gold, to_table

EVAL = Path(__file__).parent / "data" / "eval"
KEYS = [EVAL / "bluebay.gold.json", EVAL / "shortage.gold.json"]


@pytest.fixture(scope="module")
def predicted() -> ox.Store:
    store = ox.Store()
    store.load(path=str(EVAL / "predicted.trig"), format=ox.RdfFormat.TRIG)
    return store


def figures(layers) -> dict[str, tuple]:
    return {name: (s.gold, s.found, s.correct) for name, s in layers.items()}


def test_counts_per_layer_worked_out_by_hand(predicted):
    result = evaluate(predicted, [load_gold(p) for p in KEYS])
    bluebay, shortage = result.articles
    assert figures(bluebay.layers) == {
        "entities": (2, 3, 2),   # 蓝湾科技 and 周宁 found; 芯片 is optional; 同类产品 is not in the key
        "claims": (4, 5, 4),     # the headline matches an optional claim; the date line is wrong
        "speaker": (4, 4, 3),    # c3 given to the publisher, not 周宁
        "about": (4, 4, 3),      # c2 about one entity too many, c4 about none
        "type": (4, 4, 3),       # c4 a fact, not an opinion
        "stances": (2, 3, 1),    # the unnamed source's polarity wrong, the publisher's stance extra
        "relations": (1, 2, 1),  # the dispute extra; the relation from the date line not judged
        "dates": (2, 2, 2),      # the publication date and c3's year
    }
    assert figures(shortage.layers) == {
        "entities": (1, 1, 1), "claims": (1, 0, 0), "speaker": (0, 0, 0), "about": (0, 0, 0), "type": (0, 0, 0),
        "stances": (0, 0, 0), "relations": (0, 0, 0), "dates": (0, 0, 0)}
    assert figures(result.total) == {
        "entities": (3, 4, 3), "claims": (5, 5, 4), "speaker": (4, 4, 3), "about": (4, 4, 3), "type": (4, 4, 3),
        "stances": (2, 3, 1), "relations": (1, 2, 1), "dates": (2, 2, 2)}


def test_the_table_per_article_and_total(predicted):
    assert to_table(evaluate(predicted, [load_gold(p) for p in KEYS])) == """\
bluebay.txt
layer      gold  found  correct  precision  recall  F1
---------  ----  -----  -------  ---------  ------  ----
entities   2     3      2        0.67       1.00    0.80
claims     4     5      4        0.80       1.00    0.89
speaker    4     4      3        0.75       0.75    0.75
about      4     4      3        0.75       0.75    0.75
type       4     4      3        0.75       0.75    0.75
stances    2     3      1        0.33       0.50    0.40
relations  1     2      1        0.50       1.00    0.67
dates      2     2      2        1.00       1.00    1.00

shortage.txt
layer      gold  found  correct  precision  recall  F1
---------  ----  -----  -------  ---------  ------  ----
entities   1     1      1        1.00       1.00    1.00
claims     1     0      0        -          0.00    0.00
speaker    0     0      0        -          -       -
about      0     0      0        -          -       -
type       0     0      0        -          -       -
stances    0     0      0        -          -       -
relations  0     0      0        -          -       -
dates      0     0      0        -          -       -

TOTAL (2 articles)
layer      gold  found  correct  precision  recall  F1
---------  ----  -----  -------  ---------  ------  ----
entities   3     4      3        0.75       1.00    0.86
claims     5     5      4        0.80       0.80    0.80
speaker    4     4      3        0.75       0.75    0.75
about      4     4      3        0.75       0.75    0.75
type       4     4      3        0.75       0.75    0.75
stances    2     3      1        0.33       0.50    0.40
relations  1     2      1        0.50       1.00    0.67
dates      2     2      2        1.00       1.00    1.00
"""


def test_json_figures(predicted):
    data = evaluate(predicted, [load_gold(p) for p in KEYS]).as_json()
    assert data["total"]["claims"] == {"gold": 5, "found": 5, "correct": 4, "precision": 0.8, "recall": 0.8, "f1": 0.8}
    assert data["articles"]["shortage.txt"]["claims"]["precision"] is None
    assert data["articles"]["bluebay.txt"]["stances"]["f1"] == 0.4


def test_a_key_for_an_article_not_in_the_graph_is_named(predicted, tmp_path):
    key = tmp_path / "other.gold.json"
    key.write_text(json.dumps({"document": "other.txt"}), encoding="utf-8")
    with pytest.raises(ClaimgraphError, match=r"other.txt: no article of that name in the graph"):
        evaluate(predicted, [load_gold(key)])


def test_a_malformed_key_says_where(tmp_path):
    key = tmp_path / "bad.gold.json"
    key.write_text(json.dumps({"document": "a.txt", "claims": [{"key": "c1", "quote": "x", "start": 0}]}), "utf-8")
    with pytest.raises(ClaimgraphError) as err:
        load_gold(key)
    assert str(err.value).startswith(f"{key}: not an answer key (claims.0.end: Field required; ")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("eval")
    (root / "corpus").mkdir()
    for name in ("bluebay.txt", "shortage.txt"):
        (root / "corpus" / name).write_bytes((EVAL / name).read_bytes())
    api.build(root / "corpus", root / "kg")
    return root / "kg"


def test_eval_on_a_real_build_prints_a_table_per_article_and_the_total(built):
    result = CliRunner().invoke(main, ["eval", *map(str, KEYS), "--kg", str(built)])
    assert result.exit_code == 0, result.output
    blocks = result.stdout.split("\n\n")
    assert [b.splitlines()[0] for b in blocks] == ["bluebay.txt", "shortage.txt", "TOTAL (2 articles)"]
    gold = {line.split()[0]: int(line.split()[1]) for line in blocks[0].splitlines()[3:]}
    assert gold == {"entities": 2, "claims": 4, "speaker": gold["speaker"], "about": gold["about"],
                    "type": gold["type"], "stances": 2, "relations": 1, "dates": gold["dates"]}
    as_json = json.loads(CliRunner().invoke(main, ["eval", *map(str, KEYS), "--kg", str(built), "--format",
                                                   "json"]).stdout)
    assert as_json["total"]["claims"]["gold"] == 5
    assert set(as_json["articles"]) == {"bluebay.txt", "shortage.txt"}


def test_eval_without_a_graph_says_to_build_it(tmp_path):
    result = CliRunner().invoke(main, ["eval", str(KEYS[0]), "--kg", str(tmp_path / "none")])
    assert result.exit_code == 1 and "claimgraph build" in result.stderr
