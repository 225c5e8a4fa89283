"""Benchmark of a build, run by hand: each stage's time as a ratio of a baseline measured
in the same run (plain jieba segmentation of the same texts), so the figures compare
across machines.

    python bench/bench_build.py [CORPUS] [--copies N]

The corpus (default: corpus/) is repeated N times (default 20) with each copy's bytes
made distinct, so the build sees N times as many articles.
"""

from __future__ import annotations

import argparse
import logging
import statistics
import tempfile
import time
from pathlib import Path

import jieba
import jieba.posseg

from claimgraph.catalog import load_catalog
from claimgraph.export import render
from claimgraph.extract import process_article
from claimgraph.graph import build_graph
from claimgraph.ingest import parse_article
from claimgraph.nlp import build_nlp


def _timed(fn, repeat: int = 3) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", default="corpus", type=Path)
    ap.add_argument("--copies", type=int, default=20)
    args = ap.parse_args()
    jieba.setLogLevel(logging.WARNING)
    sources = [p.read_bytes() for p in sorted(args.corpus.glob("*.txt"))]
    files = [(f"copy{i:03d}_{j}.txt", data + f"\n{i}\n".encode()) for i in range(args.copies)
             for j, data in enumerate(sources)]
    texts = [data.decode("utf-8-sig") for _, data in files]
    chars = sum(map(len, texts))

    jieba.initialize()
    baseline, _ = _timed(lambda: [list(jieba.cut(t)) for t in texts])
    posseg, _ = _timed(lambda: [list(jieba.posseg.cut(t)) for t in texts], repeat=1)
    setup, nlp = _timed(lambda: build_nlp(load_catalog()), repeat=1)
    ingest_t, articles = _timed(lambda: [parse_article(data, name) for name, data in files])
    extract_t, xs = _timed(lambda: [process_article(a, nlp) for a in articles])
    graph_t, kg = _timed(lambda: build_graph(xs))
    export_t, out = _timed(lambda: render(kg), repeat=1)

    print(f"{len(files)} articles, {chars} characters; baseline = plain jieba.cut: {baseline:.3f} s")
    rows = [("jieba.posseg (POS tags)", posseg), ("pipeline setup (once)", setup), ("ingest", ingest_t),
            ("nlp + extract", extract_t), ("graph", graph_t), ("export (all formats)", export_t)]
    for name, seconds in rows:
        print(f"  {name:<26} {seconds:8.3f} s  {seconds / baseline:7.2f}x baseline")
    total = ingest_t + extract_t + graph_t + export_t
    print(f"  {'build (without setup)':<26} {total:8.3f} s  {total / baseline:7.2f}x baseline  "
          f"{len(files) / total:.1f} articles/s")
    with tempfile.TemporaryDirectory() as tmp:
        size = 0
        for name, data in out.items():
            (Path(tmp) / name).write_bytes(data)
            size += len(data)
        print(f"  output: {size / 1e6:.1f} MB in {len(out)} files")


if __name__ == "__main__":
    main()
