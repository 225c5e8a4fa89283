"""A build at scale writes the same bytes however it runs: on one process or several, from
the cache or not, through Dask; it reuses what did not change, never trusts a damaged
cache, and replaces kg/ as a whole, one build at a time."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimgraph import api
from claimgraph.cli import main
from claimgraph.errors import ClaimgraphError
from claimgraph.export import FILES
from claimgraph.progress import Progress

PEOPLE = ("刘建华", "陈志远", "王海波", "孙丽娟", "周家明", "吴晓峰", "郑秋实")
ORGS = ("英伟达", "华为", "百度", "阿里巴巴")


def _article(i: int) -> str:
    """An invented news article; ``i`` varies its people, companies, figures and order."""
    p, q = PEOPLE[i % len(PEOPLE)], PEOPLE[(i + 3) % len(PEOPLE)]
    org, rival = ORGS[i % len(ORGS)], ORGS[(i + 1) % len(ORGS)]
    paragraphs = [
        f"今年{1 + i % 12}月,{org}发布了新一代数据中心芯片。业内人士称,新品的供货节奏仍不明朗。",
        f"复旦大学教授{p}表示,{org}在软件生态方面仍有差距。他认为,差距不会在一两年内消失。",
        f"“生态比算力更难追赶。”{p}说。",
        f"Wind数据显示,截至6月{10 + i % 18}日,{org}总市值约{1 + i % 9}.{i % 10}万亿美元,同比增长{20 + i}%。",
        f"有观点认为,{rival}将很快超过{org}。对此,{q}表示,这种说法并不准确,{rival}的芯片仍然落后。",
        f"{q}指出,如果价格继续下降,{org}的利润可能减少。",
    ]
    k = i % len(paragraphs)
    body = "\n\n".join(paragraphs[k:] + paragraphs[:k])
    return f"{org}芯片的下一步(第{i}期)\n\n发布时间:2025-0{1 + i % 9}-1{i % 10}\n\n本报记者王明远 上海报道\n\n{body}\n"


def _corpus(folder: Path, n: int = 4) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"n{i:02d}.txt").write_text(_article(i), encoding="utf-8")
    return folder


def _files(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return _corpus(tmp_path_factory.mktemp("scale") / "corpus")


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory) -> dict[str, bytes]:
    """The serial build without a cache, each article checked against the SHACL shapes:
    what every other way of building must write."""
    out = tmp_path_factory.mktemp("ref") / "kg"
    report = api.build(corpus, out, jobs=1, cache=False, validate=True)
    assert report.articles == 4 and report.claims > 15 and report.stances > 0
    return _files(out)


def test_two_jobs_and_the_cache_write_the_bytes_of_one_job(corpus, reference, tmp_path):
    cache = tmp_path / "cache"
    cold = api.build(corpus, tmp_path / "a", jobs=2, cache_dir=cache)
    warm = api.build(corpus, tmp_path / "b", jobs=1, cache_dir=cache)
    assert (cold.jobs, cold.cached, warm.cached) == (2, 0, 4)
    assert _files(tmp_path / "a") == _files(tmp_path / "b") == reference


def test_one_changed_article_is_the_only_one_extracted_again(tmp_path):
    corpus = _corpus(tmp_path / "c")
    cache = tmp_path / "cache"
    api.build(corpus, tmp_path / "kg", cache_dir=cache)
    (corpus / "n03.txt").write_text(_article(3).replace("生态", "工具链"), encoding="utf-8")
    report = api.build(corpus, tmp_path / "kg", cache_dir=cache)
    assert (report.cached, report.up_to_date) == (3, False)
    api.build(corpus, tmp_path / "fresh", cache=False)
    assert _files(tmp_path / "kg") == _files(tmp_path / "fresh")
    assert "工具链".encode() in (tmp_path / "kg" / "graph.nq").read_bytes()


def test_a_changed_catalog_extracts_every_article_again(tmp_path):
    corpus = _corpus(tmp_path / "c", 3)
    cache = tmp_path / "cache"
    api.build(corpus, tmp_path / "kg", cache_dir=cache)
    (corpus / "entities.toml").write_text('[wang_haibo]\ntype = "Person"\nzh = "王海波"\n', encoding="utf-8")
    report = api.build(corpus, tmp_path / "kg", cache_dir=cache)
    assert report.cached == 0 and not report.up_to_date


def test_a_rebuild_with_no_change_writes_nothing_until_kg_is_touched(tmp_path):
    corpus = _corpus(tmp_path / "c", 3)
    cache = tmp_path / "cache"
    first = api.build(corpus, tmp_path / "kg", cache_dir=cache)
    before = {p.name: p.stat().st_mtime_ns for p in (tmp_path / "kg").iterdir()}
    again = api.build(corpus, tmp_path / "kg", cache_dir=cache)
    assert again.up_to_date and (again.articles, again.claims) == (first.articles, first.claims)
    assert {p.name: p.stat().st_mtime_ns for p in (tmp_path / "kg").iterdir()} == before
    (tmp_path / "kg" / "graph.ttl").write_text("# edited by hand\n", encoding="utf-8")
    rebuilt = api.build(corpus, tmp_path / "kg", cache_dir=cache)
    assert not rebuilt.up_to_date and rebuilt.cached == 3
    assert (tmp_path / "kg" / "graph.ttl").read_bytes().startswith(b"@prefix")


def test_damaged_or_foreign_cache_entries_are_ignored(corpus, reference, tmp_path):
    cache = tmp_path / "cache"
    api.build(corpus, tmp_path / "a", cache_dir=cache)
    entries = sorted((cache / "articles").glob("*/*.json.z"))
    assert len(entries) == 4
    datas = [p.read_bytes() for p in entries]
    entries[0].write_bytes(datas[0][: len(datas[0]) // 2])  # truncated
    entries[1].write_bytes(datas[1][:-20] + bytes(20))  # corrupt payload
    entries[2].write_bytes(datas[3])  # another article's entry under this name
    entries[3].write_bytes(datas[3].replace(b"claimgraph-cache 1", b"claimgraph-cache 9"))  # another format
    report = api.build(corpus, tmp_path / "b", cache_dir=cache)
    assert report.cached == 0
    assert _files(tmp_path / "b") == reference


def test_an_article_from_the_cache_is_rendered_without_linking_it_again(corpus, reference, tmp_path, monkeypatch):
    import claimgraph.pipeline

    cache = tmp_path / "cache"
    api.build(corpus, tmp_path / "a", jobs=1, cache_dir=cache)

    def link_again(*args, **kwargs):
        raise AssertionError("an article from the cache was linked again")

    monkeypatch.setattr(claimgraph.pipeline, "link_article", link_again)
    report = api.build(corpus, tmp_path / "b", jobs=1, cache_dir=cache)
    assert (report.cached, report.failures) == (4, ())
    assert _files(tmp_path / "b") == reference


def test_a_cached_extraction_of_other_bytes_is_not_used(corpus, nlp):
    from claimgraph.catalog import load_catalog
    from claimgraph.pipeline import ArticleTask, Settings, Worker, run_article

    worker = Worker(Settings(entities=tuple(load_catalog())))
    one = run_article(ArticleTask(name="n00.txt", path="n00.txt", data=(corpus / "n00.txt").read_bytes()), worker)
    other = ArticleTask(name="n01.txt", path="n01.txt", data=(corpus / "n01.txt").read_bytes(),
                        cached=one.cache_entry)
    out = run_article(other, worker)
    assert not out.from_cache and out.cache_entry is not None and b"n01" in out.rendered.nq


def test_a_dask_cluster_writes_the_bytes_of_one_job(corpus, reference, tmp_path):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  memory_limit="2GiB") as cluster:
        report = api.build(corpus, tmp_path / "kg", scheduler=cluster.scheduler_address, cache=False)
    assert report.articles == 4
    assert _files(tmp_path / "kg") == reference


def test_an_unreachable_scheduler_is_a_clear_error(corpus, tmp_path):
    dask = pytest.importorskip("dask")
    pytest.importorskip("distributed")
    with dask.config.set({"distributed.comm.timeouts.connect": "2s"}), \
            pytest.raises(ClaimgraphError, match="cannot reach the Dask scheduler"):
        api.build(corpus, tmp_path / "kg", scheduler="tcp://127.0.0.1:9", cache=False)
    assert not (tmp_path / "kg").exists()


def test_out_is_checked_before_any_work(corpus, tmp_path):
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(ClaimgraphError, match="is a file"):
        api.build(corpus, tmp_path / "file")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "thesis.docx").write_bytes(b"mine")
    with pytest.raises(ClaimgraphError, match="thesis.docx"):
        api.build(corpus, tmp_path / "docs")
    assert (tmp_path / "docs" / "thesis.docx").read_bytes() == b"mine"


def test_what_a_killed_build_left_is_removed(corpus, reference, tmp_path):
    out = tmp_path / "kg"
    api.build(corpus, out, cache=False)
    (tmp_path / ".kg.new-999-abc").mkdir()
    (tmp_path / ".kg.new-999-abc" / "graph.nq").write_text("half", encoding="utf-8")
    (out / ".graph.nq.x1y2.tmp").write_text("half", encoding="utf-8")  # what 0.1's writer left
    api.build(corpus, out, cache=False)
    assert sorted(p.name for p in tmp_path.iterdir()) == [".kg.lock", "kg"]
    assert _files(out) == reference


def _build_process(corpus: Path, out: Path, cache: Path, temporary: Path) -> subprocess.Popen:
    env = {**os.environ, "CLAIMGRAPH_CACHE_DIR": str(cache), "TMPDIR": str(temporary)}
    return subprocess.Popen([sys.executable, "-m", "claimgraph.cli", "build", str(corpus), "--out", str(out),
                             "--jobs", "1", "--no-cache"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def test_two_builds_into_one_out_with_one_killed_leave_one_complete_build(tmp_path):
    corpus = _corpus(tmp_path / "c", 10)  # long enough that the first is still writing when the second waits
    out = tmp_path / "kg"
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    first = _build_process(corpus, out, tmp_path / "cache", temporary)
    deadline = time.monotonic() + 120
    while not any(p.name.startswith(".kg.new-") and (p / "graph.nq").exists() for p in tmp_path.iterdir()):
        assert first.poll() is None and time.monotonic() < deadline, "the first build never started writing"
        time.sleep(0.05)
    first.send_signal(signal.SIGSTOP)  # held mid-write, however fast the machine, until it is killed
    second = _build_process(corpus, out, tmp_path / "cache", temporary)
    waiting = second.stderr.readline()  # blocks until the second build reports the lock
    assert "another build is writing" in waiting
    assert first.poll() is None, "the first build ended before it could be killed mid-write"
    first.send_signal(signal.SIGKILL)
    first.wait()
    seen = set()
    while second.poll() is None:  # kg/ is never a mix: absent, or complete
        if out.exists():
            seen.add(tuple(sorted(p.name for p in out.iterdir())))
        time.sleep(0.02)
    _, err = second.communicate()
    assert second.returncode == 0, err
    assert seen <= {tuple(sorted(FILES))}
    api.build(corpus, tmp_path / "ref", cache=False)
    assert _files(out) == _files(tmp_path / "ref")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".kg")) == [".kg.lock"]
    assert not list(out.glob("*.tmp")) and not list(out.glob(".*"))
    assert not list(temporary.glob("claimgraph-gephi-*"))  # the killed build's Gephi graph too


def test_progress_is_silent_off_a_terminal_and_quiet_is_quiet(corpus, tmp_path):
    args = ["build", str(corpus), "--out", str(tmp_path / "kg"), "--cache-dir", str(tmp_path / "cache")]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert result.stderr == ""  # no bar, no carriage return, no stray line in a log
    assert result.stdout.startswith("4 articles, ") and "\r" not in result.stdout
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0 and "is up to date" in result.stdout
    result = CliRunner().invoke(main, [*args, "--quiet"])
    assert result.exit_code == 0 and result.stdout == "" and result.stderr == ""


class _Terminal:
    def __init__(self):
        self.text = ""

    def isatty(self) -> bool:
        return True

    def write(self, text: str) -> None:
        self.text += text

    def flush(self) -> None:
        pass


def test_progress_names_the_stage_counts_and_gives_an_eta_on_a_long_corpus():
    clock = iter([0.0, 0.0, 5.0, 5.0, 6.0])
    term = _Terminal()
    show = Progress(term, clock=lambda: next(clock))
    show("read", 1000, 1000)
    show("extract", 0, 1000)
    show("extract", 250, 1000)
    assert term.text.endswith("extract   250/1000 articles   25%  50.0/s  ETA 0:00:15")
    show("write", 0, 1)
    assert term.text.endswith("write …")
    show.done()
    assert term.text.endswith("\r\x1b[K")
    assert Progress.for_stream(_Terminal()) is not None
    assert Progress.line("extract", 3, 5, 10.0) == "extract  3/5 articles   60%"  # short corpus: no ETA


def test_a_worker_running_another_claimgraph_is_refused(corpus, tmp_path, monkeypatch):
    import claimgraph.builder

    monkeypatch.setattr(claimgraph.builder, "code_fingerprint", lambda: "a different installation")
    with pytest.raises(ClaimgraphError, match="another claimgraph"):
        api.build(corpus, tmp_path / "kg", cache=False)
    assert not (tmp_path / "kg").exists()
