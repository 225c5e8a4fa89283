"""Benchmark of `claimgraph build` at scale, run by hand (never in the test suite).

    python bench/bench_build.py                 # N = 100 and 1000
    python bench/bench_build.py --big           # and 10000
    python bench/bench_build.py --sizes 300     # other sizes
    python bench/bench_build.py --dask          # also through a local Dask cluster of --jobs workers
    python bench/bench_build.py --repeat 3      # cold builds 3 times each, alternated, compared pair by pair

For each N it writes a synthetic corpus (bench/synth.py: the sentences of corpus/*.txt
shuffled into N articles) and times the real command, `claimgraph build`, in a fresh
process each time:

- cold builds with --jobs 1 and with --jobs 2 (each with an empty cache; with --repeat R,
  R of each, alternated: each --jobs 2 build is compared with the --jobs 1 build right
  before it, so that the machine's drift in speed between the two is small, and the
  median of those pairs' ratios is the comparison, as farm-bench --vs pairs its runs);
- a rebuild with no change (kg/ is found up to date), a rebuild after one article changed
  (one article extracted, the rest from the cache), and a rebuild into a new folder from
  a full cache (every article re-linked and re-rendered, none extracted);
- the command's start-up (`claimgraph build --help`: Python and the imports), to subtract.

Speed is given as a ratio of plain `jieba.lcut` over the same texts measured in the same run
(so figures compare across machines). Peak RSS is
the largest sum over the build's processes (parent and workers), sampled every 50 ms.
Speed is measured in CPU seconds (the build's processes together), so a machine shared
with other work slows the wall clock but not the ratios; the wall clock is printed too, and
--jobs 2 against --jobs 1 can only be judged on it, on an otherwise idle machine.
"Stages" splits the serial per-article work, measured in this process on up to 200 articles:
read+decode, spaCy+extraction rules, linking, rendering (all four RDF formats and the Gephi
parts), and the writing of kg/ (including the entities graph and the Gephi files at the
end). The load average is printed beside each figure: the machine may be shared.
"""

from __future__ import annotations

import argparse
import gc
import io
import logging
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import jieba

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synth import write_corpus  # noqa: E402

_SAMPLE = 0.05  # seconds between two RSS samples


def _load() -> str:
    return "load {:.1f}".format(os.getloadavg()[0])


def _tree_rss(pid: int) -> int:
    """Resident bytes of a process and all its descendants (Linux /proc)."""
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        try:
            with open(f"/proc/{p}/status", encoding="ascii") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
                        break
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children", encoding="ascii") as fh:
                    stack.extend(int(c) for c in fh.read().split())
        except (OSError, ValueError):
            continue
    return total


def run(cmd: list[str], env: dict) -> tuple[float, int, str, float]:
    """(wall seconds, peak RSS of the process tree, stdout, CPU seconds of the tree) of a command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, _tree_rss(proc.pid))
        time.sleep(_SAMPLE)
    wall = time.perf_counter() - started
    out, err = proc.communicate()
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{err}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, peak, out, cpu


def cut_rate(cut: Callable[[str], object], texts: list[str], repeats: int = 3) -> float:
    """Characters per CPU second of ``cut`` over ``texts`` (median of ``repeats``)."""
    chars, times = sum(map(len, texts)), []
    for _ in range(repeats):
        t = time.process_time()  # CPU time: a shared machine slows the wall clock, not the work
        for text in texts:
            cut(text)
        times.append(time.process_time() - t)
    return chars / sorted(times)[len(times) // 2]


def jieba_rate(texts: list[str], repeats: int = 3) -> float:
    """Characters per CPU second of plain jieba.lcut over ``texts`` (median of ``repeats``)."""
    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return cut_rate(jieba.lcut, texts, repeats)


def stages(paths: list[Path]) -> dict[str, float]:
    """CPU seconds of each stage of the serial per-article work, in this process, with the
    cyclic collector set as a build's worker sets it (the pipeline frozen, rare collections)."""
    from claimgraph.catalog import load_catalog
    from claimgraph.export.sink import KgSink
    from claimgraph.extract.lexicons import load_claim_lexicon
    from claimgraph.extract.polarity import load_lexicon
    from claimgraph.nlp import Folder, build_nlp
    from claimgraph.pipeline import relaxed_collector

    t = time.process_time()
    nlp, lexicon, folder = build_nlp(load_catalog()), load_lexicon(), Folder()
    claim_lexicon = load_claim_lexicon(folder)  # read once per worker, as the build does
    gc.collect()
    gc.freeze()  # as a worker does once its pipeline is built: the collector leaves it alone
    spent = {"pipeline setup (once)": time.process_time() - t, "read+decode": 0.0, "extract (spaCy+rules)": 0.0,
             "link": 0.0, "render": 0.0, "write kg/": 0.0}
    sink = KgSink(lambda name, binary: io.BytesIO() if binary else io.StringIO())
    with relaxed_collector():  # the collector's thresholds of the build
        _serial(paths, nlp, lexicon, claim_lexicon, folder, sink, spent)
    return spent


def _serial(paths, nlp, lexicon, claim_lexicon, folder, sink, spent: dict[str, float]) -> None:
    """The per-article work of ``stages``, each stage's CPU added to ``spent``."""
    from claimgraph.export import render_article
    from claimgraph.extract import process_article
    from claimgraph.extract.evaluation import ClauseMemo
    from claimgraph.graph import link_article
    from claimgraph.ingest import parse_article

    for path in paths:
        t0 = time.process_time()
        article = parse_article(path.read_bytes(), path.name)
        t1 = time.process_time()
        memo = ClauseMemo()  # the clause readings extraction and linking share, as in the build
        x = process_article(article, nlp, lexicon, claim_lexicon, memo)
        t2 = time.process_time()
        linked = link_article(x, lexicon, folder, memo)
        t3 = time.process_time()
        rendered = render_article(x, *linked)
        t4 = time.process_time()
        sink.add(rendered)
        t5 = time.process_time()
        for name, a, b in (("read+decode", t0, t1), ("extract (spaCy+rules)", t1, t2), ("link", t2, t3),
                           ("render", t3, t4), ("write kg/", t4, t5)):
            spent[name] += b - a
    t = time.process_time()
    sink.close()
    spent["write kg/"] += time.process_time() - t


def bench(n: int, jobs: int, root: Path, env: dict, dask: bool, repeat: int = 1) -> None:
    corpus = root / f"corpus{n}"
    paths = write_corpus(corpus, n)
    texts = [p.read_text(encoding="utf-8") for p in paths]
    chars = sum(map(len, texts))
    base = jieba_rate(texts)
    print(f"\n## N = {n} articles, {chars:,} characters ({chars // n} per article)   [{_load()}]")
    print(f"plain jieba.lcut: {base:,.0f} chars per CPU second")
    claimgraph = [sys.executable, "-m", "claimgraph.cli"]
    starts = sorted(run([*claimgraph, "build", "--help"], env)[::3] for _ in range(3))
    startup, startup_cpu = starts[1]
    print(f"start-up of the command (build --help, median of 3): {startup:.2f} s wall, {startup_cpu:.2f} s CPU")
    rows = []
    same_label = "no change (up to date)"

    def build(label: str, out: Path, cache: Path, *extra: str, cold: bool = False) -> tuple[float, float]:
        if cold:  # from nothing, a repeat too
            shutil.rmtree(out, ignore_errors=True)
            shutil.rmtree(cache, ignore_errors=True)
        load = _load()
        before = jieba_rate(texts, 1)  # plain jieba right before and right after the build: the
        wall, rss, _, cpu = run([*claimgraph, "build", str(corpus), "--out", str(out), "--quiet",
                                 "--cache-dir", str(cache), *extra], env)
        yardstick = (before + jieba_rate(texts, 1)) / 2  # machine's speed drifts; the ratio should not
        ratio = chars / max(cpu - startup_cpu, 1e-9) / yardstick if label != same_label else None  # no text read
        rows.append((label, wall, cpu, rss, ratio, load, yardstick))
        return wall, cpu

    ones, twos = [], []
    for i in range(repeat):  # alternated, so a slow spell of a shared machine hits both
        run_no = f" (run {i + 1})" if repeat > 1 else ""
        ones.append(build(f"cold, --jobs 1{run_no}", root / f"kg{n}-j1", root / f"cache{n}-j1", "--jobs", "1",
                          cold=True))
        twos.append(build(f"cold, --jobs {jobs}{run_no}", root / f"kg{n}", root / f"cache{n}", "--jobs", str(jobs),
                          cold=True))
    (one, one_cpu), (two, _) = min(ones), min(twos)  # the fastest: the least disturbed by other work
    # each pair's ratio: a --jobs 1 build and the --jobs N build right after it, close in time
    pairs = [a / b for (a, _), (b, _) in zip(ones, twos)]  # in run order
    pairs_net = [(a - startup) / (b - startup) for (a, _), (b, _) in zip(ones, twos)]
    same, same_cpu = build(same_label, root / f"kg{n}", root / f"cache{n}", "--jobs", str(jobs))
    changed = paths[n // 2]
    changed.write_text(changed.read_text(encoding="utf-8").replace("。", "!", 1), encoding="utf-8")
    texts[n // 2] = changed.read_text(encoding="utf-8")
    build("one article changed", root / f"kg{n}", root / f"cache{n}", "--jobs", str(jobs))
    build(f"all from the cache, new --out, --jobs {jobs}", root / f"kg{n}-copy", root / f"cache{n}",
          "--jobs", str(jobs))
    if dask:
        build(f"cold, --engine dask ({jobs} local workers)", root / f"kg{n}-dask", root / f"cache{n}-dask",
              "--engine", "dask", "--jobs", str(jobs))
    print(f"{'build':<44} {'wall s':>8} {'CPU s':>8} {'peak RSS':>9} {'× jieba':>8}  jieba chars/CPU s")
    print(f"{'':<44} {'':>8} {'':>8} {'':>9} (characters per CPU second beyond start-up, over plain jieba's")
    print(f"{'':<44} {'':>8} {'':>8} {'':>9}  measured right before and after that build)")
    for label, wall, cpu, rss, ratio, load, yardstick in rows:
        shown = f"{ratio:8.3f}" if ratio is not None else f"{'-':>8}"
        print(f"{label:<44} {wall:8.2f} {cpu:8.2f} {rss / 2**20:6.0f} MB {shown}  {yardstick:9,.0f}   [{load}]")
    if repeat > 1:
        print(f"fastest of {repeat} alternated cold builds: --jobs 1 {one:.2f} s, --jobs {jobs} {two:.2f} s "
              f"({one / two:.2f}× faster)")
        print(f"--jobs {jobs} vs --jobs 1, wall, pair by pair (each --jobs {jobs} build against the --jobs 1 build "
              f"right before it): {', '.join(f'{r:.2f}×' for r in pairs)}")
    print(f"--jobs {jobs} vs --jobs 1, wall{', median of the pairs' if repeat > 1 else ''}: "
          f"{statistics.median(pairs):.2f}× faster with start-up, "
          f"{statistics.median(pairs_net):.2f}× without (meaningful only on an otherwise idle machine)")
    print(f"no-change rebuild: {same_cpu:.2f} s CPU = start-up {startup_cpu:.2f} s + {same_cpu - startup_cpu:.2f} s, "
          f"i.e. {100 * max(same_cpu - startup_cpu, 0) / (one_cpu - startup_cpu):.1f}% of the cold --jobs 1 build's "
          f"CPU beyond start-up (wall: {same:.2f} s against {one:.2f} s)")
    sample = paths[: min(n, 200)]
    sample_texts = [p.read_text(encoding="utf-8") for p in sample]
    before = jieba_rate(sample_texts, 1)
    spent = stages(sample)
    base = (before + jieba_rate(sample_texts, 1)) / 2
    work = sum(v for k, v in spent.items() if k != "pipeline setup (once)")  # CPU seconds
    sample_chars = sum(map(len, sample_texts))
    print(f"stages of the serial work on {len(sample)} articles ({work:.2f} s CPU, "
          f"{sample_chars / work / base:.3f}× jieba without set-up)   [{_load()}]")
    for name, seconds in spent.items():
        share = "" if name == "pipeline setup (once)" else f"{100 * seconds / work:5.1f}%"
        print(f"  {name:<24} {seconds:8.2f} s  {share}")
    shutil.rmtree(root / f"kg{n}-copy", ignore_errors=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="*", default=[100, 1000])
    ap.add_argument("--big", action="store_true", help="add N = 10000")
    ap.add_argument("--jobs", type=int, default=2, help="the parallel case (default 2)")
    ap.add_argument("--dask", action="store_true", help="also build through a local Dask cluster")
    ap.add_argument("--repeat", type=int, default=1,
                    help="cold --jobs 1 and --jobs N builds, alternated, this many times each; the "
                         "comparison is the median of each pair's ratio (a machine's speed drifts)")
    ap.add_argument("--keep", type=Path, help="work in this folder and keep it (default: a temporary one)")
    args = ap.parse_args()
    sizes = [*args.sizes, *([10000] if args.big else [])]
    print(f"claimgraph build benchmark: sizes {sizes}, {os.cpu_count()} cores, python {sys.version.split()[0]}")
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLAIMGRAPH_")}
    root = args.keep or Path(tempfile.mkdtemp(prefix="claimgraph-bench-"))
    root.mkdir(parents=True, exist_ok=True)
    try:
        for n in sizes:
            bench(n, args.jobs, root, env, args.dask, max(1, args.repeat))
    finally:
        if args.keep is None:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
