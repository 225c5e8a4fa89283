"""A synthetic corpus for the benchmark: N articles made of the sentences of the project's
own articles (``corpus/*.txt``), shuffled with a fixed seed, each with a headline, a date
line and a byline, so the build sees realistic text of realistic length.

    python bench/synth.py OUT_DIR N [--seed 1] [--source corpus]
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?]?[”」』]?")
_PER_ARTICLE = (25, 45)  # sentences an article takes
_PER_PARAGRAPH = (2, 5)


def sentences(source: Path) -> list[str]:
    """Every sentence of every ``.txt`` article under ``source`` that is long enough to be prose."""
    found: list[str] = []
    for path in sorted(source.glob("*.txt")):
        for line in path.read_text(encoding="utf-8-sig").splitlines():
            found.extend(s.strip() for s in _SENTENCE.findall(line) if len(s.strip()) >= 12)
    if not found:
        raise SystemExit(f"{source}: no sentences found in its .txt files")
    return found


def article(pool: list[str], rng: random.Random, i: int) -> str:
    """One article: headline, date and byline lines, then paragraphs of shuffled sentences."""
    picked = rng.sample(pool, min(len(pool), rng.randint(*_PER_ARTICLE)))
    paragraphs, k = [], 0
    while k < len(picked):
        n = rng.randint(*_PER_PARAGRAPH)
        paragraphs.append("".join(picked[k:k + n]))
        k += n
    headline = picked[0].rstrip("。！？!?")[:30]
    date = f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}"
    return (f"{headline}\n\n发布时间:{date}\n\n本报记者 周明远 北京报道\n\n" + "\n\n".join(paragraphs)
            + f"\n\n(稿件编号 {i})\n")


def write_corpus(out: Path, n: int, seed: int = 1, source: Path = ROOT / "corpus") -> list[Path]:
    """Write ``n`` articles into ``out`` (made empty first); the same arguments give the same bytes."""
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.txt"):
        old.unlink()
    pool, rng = sentences(source), random.Random(seed)
    paths = []
    for i in range(n):
        path = out / f"a{i:05d}.txt"
        path.write_text(article(pool, rng, i), encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("n", type=int)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--source", type=Path, default=ROOT / "corpus")
    args = ap.parse_args()
    paths = write_corpus(args.out, args.n, args.seed, args.source)
    print(f"{len(paths)} articles, {sum(p.stat().st_size for p in paths)} bytes -> {args.out}")


if __name__ == "__main__":
    main()
