"""One long article must not stall a build: time grows about linearly with its length, and
a file beyond the per-article size limit is reported with the limit and the option that
raises it, never spaCy's E088 as a bug to report."""

from __future__ import annotations

import random
import time

import pytest
from click.testing import CliRunner

from claimgraph.cli import main
from claimgraph.extract.parts import extract_in_parts, part_bounds
from claimgraph.ingest import parse_article

NAMES = ("李明远", "王晓峰", "赵子墨", "钱多多", "孙立新")
ORGS = ("英伟达", "谷歌", "亚马逊", "星河科技", "华光半导体")
TEMPLATES = ("{n}表示，{o}的营收同比增长了{x}%。", "{o}宣布，明年将在上海投资{x}亿元。",
             "“{o}的芯片供不应求，”{n}说。", "{n}认为，{o}和{p}的竞争会更激烈。",
             "分析师{n}指出，{o}今年的出货量约为{x}万台。", "据{o}介绍，新产品将于{x}月上市。")


def article(chars: int, punctuation: bool = True, seed: int = 7) -> str:
    """An invented news text of ``chars`` characters; without punctuation it is one run-on
    line, the worst case for a sentence splitter."""
    rng = random.Random(seed)
    out: list[str] = []
    size = 0
    while size < chars:
        sentence = rng.choice(TEMPLATES).format(n=rng.choice(NAMES), o=rng.choice(ORGS), p=rng.choice(ORGS),
                                                x=rng.randint(2, 99))
        if not punctuation:
            sentence = "".join(ch for ch in sentence if ch not in "，。“”%")
        elif rng.random() < 0.2:
            sentence += "\n"
        out.append(sentence)
        size += len(sentence)
    return "".join(out)[:chars]


def _seconds(run, repeat: int = 3) -> float:
    """CPU seconds of ``run``, the least of ``repeat`` runs: what the work costs, not what
    other processes on a shared machine took from it (the bounds below are loose: they
    tell linear from quadratic, they do not time the code)."""
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        run()
        best = min(best, time.process_time() - started)
    return best


@pytest.mark.parametrize("punctuation", [True, False], ids=["sentences", "one run-on line"])
def test_the_pipeline_takes_linear_time(nlp, punctuation):
    small, large = article(5_000, punctuation), article(40_000, punctuation)
    nlp(small)  # warm up
    ratio = _seconds(lambda: nlp(large)) / max(_seconds(lambda: nlp(small)), 1e-3)
    assert ratio < 8 * 2, f"8× the text took {ratio:.1f}× the time"  # quadratic would be 64×


def test_a_long_article_is_extracted_in_bounded_time(nlp):
    """100,000 characters: 300 s and more at c4f4fd1 (quadratic), now in parts of 20,000."""
    small, large = article(5_000), article(100_000)
    run = lambda text: extract_in_parts(parse_article(text.encode(), "long.txt"), nlp)  # noqa: E731
    run(small)
    base = _seconds(lambda: run(small))
    took = _seconds(lambda: run(large), repeat=1)
    assert took < 20 * base * 3, f"20× the text took {took / base:.1f}× the time ({took:.1f} s)"


def test_a_file_beyond_the_size_limit_is_reported_with_the_option(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    data = article(7_000_000, punctuation=False).encode("utf-8")  # about 20 MB
    (corpus / "huge.txt").write_bytes(data)
    (corpus / "small.txt").write_text(article(300), "utf-8")
    result = CliRunner().invoke(main, ["build", str(corpus), "--out", str(tmp_path / "kg")])
    assert result.exit_code == 1
    assert f"huge.txt: is {len(data) / 1e6:.1f} MB, more than the limit of 1.0 MB" in result.stderr
    assert "--max-article-size" in result.stderr and "E088" not in result.output and "report" not in result.output
    assert result.stdout.startswith("1 articles")


def test_an_article_in_parts_keeps_its_offsets_and_says_so(nlp):
    text = article(45_000)
    x = extract_in_parts(parse_article(text.encode(), "long.txt"), nlp, size=20_000)
    assert len(x.article.warnings) == 1 and "in 3 parts" in x.article.warnings[0]
    assert x.article.text == text
    assert x.claims and all(c.text == text[c.span.start:c.span.end] for c in x.claims)
    assert all(m.text == text[m.span.start:m.span.end] for m in x.mentions)
    for c in x.claims:
        assert all(q.text == text[q.span.start:q.span.end] for q in c.quantities)
        assert c.speaker.cue is None or 0 <= c.speaker.cue.start < c.speaker.cue.end <= len(text)
    starts = [c.span.start for c in x.claims]
    assert starts == sorted(starts) and len(set(c.id for c in x.claims)) == len(x.claims)
    assert max(starts) > 40_000


@pytest.mark.parametrize("text, size, bounds", [
    ("甲" * 10 + "\n" + "乙" * 10, 15, [0, 11, 21]),  # a paragraph break in the second half
    ("甲" * 9 + "。" + "乙" * 10, 15, [0, 10, 20]),  # else a sentence end
    ("甲" * 9 + " " + "乙" * 10, 15, [0, 10, 20]),  # else white space
    ("甲" * 20, 15, [0, 15, 20]),  # else anywhere
    ("甲" * 5, 15, [0, 5]),
])
def test_parts_are_cut_at_the_strongest_break(text, size, bounds):
    assert part_bounds(text, size) == bounds
