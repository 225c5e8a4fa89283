"""An article whose extraction runs away (a rule that never ends on one text) is stopped at
its CPU-time limit and reported with its file and the reason; the other articles are built,
serially and in the process pool."""

from __future__ import annotations

import signal
import time
from pathlib import Path

import pytest

from claimgraph import api, pipeline
from claimgraph.guard import ArticleTimeout, cpu_limit, limits_here

pytestmark = pytest.mark.skipif(not limits_here(), reason="no setitimer on this system")

RUNAWAY = "永不停止的测试段落"  # an invented marker the patched extraction loops on


def test_a_block_past_its_cpu_time_is_stopped_and_the_timer_put_back():
    before = signal.getsignal(signal.SIGPROF)
    started = time.process_time()
    with pytest.raises(ArticleTimeout):
        with cpu_limit(0.2):
            while True:
                pass
    assert 0.15 < time.process_time() - started < 5
    assert signal.getitimer(signal.ITIMER_PROF) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGPROF) == before


def test_a_block_within_its_limit_is_untouched_and_none_means_no_limit():
    with cpu_limit(30):
        assert sum(range(1000)) == 499500
    with cpu_limit(None):
        assert signal.getitimer(signal.ITIMER_PROF) == (0.0, 0.0)
    assert signal.getitimer(signal.ITIMER_PROF) == (0.0, 0.0)


def _corpus(folder: Path) -> Path:
    folder.mkdir(parents=True)
    for i, org in enumerate(("星河科技", "远航物流", "蓝海能源")):
        marker = RUNAWAY if i == 1 else "业内人士称,新品的供货节奏仍不明朗"
        (folder / f"g{i}.txt").write_text(
            f"{org}发布新一代芯片\n\n发布时间:2025-03-1{i}\n\n{org}今年发布了新一代芯片。{marker}。"
            f"分析师陈思雨表示,{org}的利润可能继续增长。\n", encoding="utf-8")
    return folder


@pytest.fixture()
def runaway(monkeypatch):
    """The extraction loops for ever on the article that holds RUNAWAY (forked workers inherit it)."""
    real = pipeline.extract_in_parts

    def extract(article, *args, **kwargs):
        while RUNAWAY in article.text:
            pass
        return real(article, *args, **kwargs)

    monkeypatch.setattr(pipeline, "extract_in_parts", extract)


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_runaway_article_is_reported_and_the_others_are_built(tmp_path, runaway, jobs):
    corpus = _corpus(tmp_path / "corpus")
    report = api.build(corpus, tmp_path / "kg", jobs=jobs, cache=False, article_cpu_seconds=1.0)
    assert [Path(f.path).name for f in report.failures] == ["g1.txt"]
    assert "CPU time" in report.failures[0].reason and "--article-cpu-limit" in report.failures[0].reason
    assert report.articles == 2
    quads = (tmp_path / "kg" / "graph.nq").read_text(encoding="utf-8")
    assert "article/g0>" in quads and "article/g2>" in quads and "article/g1>" not in quads
