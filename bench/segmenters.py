"""Would rjieba (jieba-rs, Rust) do the segmenter's job? Run by hand, never in the tests.

    pip install rjieba
    python bench/segmenters.py                     # corpus/ and 100 synthetic articles
    python bench/synth.py /tmp/s 1000 && python bench/segmenters.py /tmp/s

It segments the folded view of every article (as the pipeline does) four ways and prints,
for each, characters per CPU second and as a ratio of plain ``jieba.lcut``:

- plain ``jieba.lcut`` (the yardstick of bench_build.py);
- claimgraph's segmenter (jieba's dictionary with the catalog's names and the trade's verbs
  added, cut in one pass; the words its HMM makes are kept as they are);
- rjieba with its default dictionary, and rjieba with the same words added at the same
  frequencies.

Then whether they cut the same: articles cut identically, and the word boundaries that
differ per 1,000 words, split into those inside runs of Latin letters, digits and
punctuation (domain names, dates) and those in Chinese text, with the most frequent.
Last, the segmenter's share of the extraction, measured by running the pipeline over the
same articles: the most a faster segmenter could save.
"""

from __future__ import annotations

import argparse
import difflib
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable
from importlib import metadata
from pathlib import Path

import jieba

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_build import cut_rate, jieba_rate  # noqa: E402
from synth import write_corpus  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def boundaries(words: Iterable[str]) -> set[int]:
    """Where the words end, as character offsets."""
    ends, at = set(), 0
    for word in words:
        at += len(word)
        ends.add(at)
    return ends


def compare(texts: list[str], ours: Callable[[str], list[str]], theirs: Callable[[str], list[str]]
            ) -> tuple[int, int, int, int, Counter]:
    """(articles cut the same, words of ``ours``, boundaries differing in Latin runs, in
    Chinese text, and a count of the differing stretches, ours -> theirs)."""
    same = words = latin = chinese = 0
    stretches: Counter = Counter()
    for text in texts:
        a, b = ours(text), theirs(text)
        same += a == b
        words += len(a)
        if a == b:
            continue
        for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
            if op == "equal":
                continue
            left, right = a[i1:i2], b[j1:j2]
            n = len(boundaries(left) ^ boundaries(right))
            if "".join(left).isascii():
                latin += n
            else:
                chinese += n
            stretches["|".join(left) + "  ->  " + "|".join(right)] += 1
    return same, words, latin, chinese, stretches


def segmenter_share(nlp, articles: list) -> tuple[float, float]:
    """(CPU seconds in the pipeline's segmenter, CPU seconds of the whole extraction) over
    ``articles``, the segmenter timed inside the pipeline itself."""
    from claimgraph.extract import process_article
    from claimgraph.extract.evaluation import ClauseMemo
    from claimgraph.extract.lexicons import load_claim_lexicon
    from claimgraph.extract.polarity import load_lexicon

    segmenter = nlp.tokenizer.jieba_seg
    lexicon, claim_lexicon = load_lexicon(), load_claim_lexicon(segmenter._folder)
    spent = [0.0]
    inner = segmenter.cut_view

    def timed(text: str, view: str) -> list[str]:
        t = time.process_time()
        try:
            return inner(text, view)
        finally:
            spent[0] += time.process_time() - t

    segmenter.cut_view = timed  # the instance's attribute: the tokenizer and the matcher's cuts
    total = 0.0
    try:
        for article in articles:
            t = time.process_time()
            process_article(article, nlp, lexicon, claim_lexicon, ClauseMemo())
            total += time.process_time() - t
    finally:
        del segmenter.cut_view  # the class's again
    return spent[0], total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="*", type=Path, help="folders of .txt articles (default: corpus/ "
                    "and 100 synthetic articles)")
    ap.add_argument("--show", type=int, default=12, help="differing stretches to show")
    args = ap.parse_args()
    try:
        import rjieba
    except ImportError:
        raise SystemExit("rjieba is not installed: pip install rjieba")
    from claimgraph.catalog import load_catalog
    from claimgraph.ingest import parse_article
    from claimgraph.nlp import build_nlp
    from claimgraph.nlp.dictionary import default_tables

    folders = args.folders
    if not folders:
        synthetic = Path(tempfile.mkdtemp()) / "synth100"
        write_corpus(synthetic, 100)
        folders = [ROOT / "corpus", synthetic]
    paths = sorted(p for folder in folders for p in folder.glob("*.txt"))
    nlp = build_nlp(load_catalog())
    segmenter = nlp.tokenizer.jieba_seg
    articles = [parse_article(p.read_bytes(), p.name) for p in paths]
    views = [segmenter._folder.view(a.text) for a in articles]
    chars = sum(map(len, views))

    base = default_tables().freq
    added = {w: f for w, f in segmenter._jieba.FREQ.items() if f and base.get(w) != f}  # prefixes are 0
    plain, named = rjieba.Jieba(), rjieba.Jieba()
    for word, freq in added.items():
        named.add_word(word, freq, None)

    def ours(view: str) -> list[str]:
        return segmenter._jieba.words(view)

    print(f"{len(views)} articles, {chars:,} characters; {len(added):,} words added to the dictionary "
          f"(catalog names, the trade's verbs); jieba {jieba.__version__}, rjieba {metadata.version('rjieba')}")
    yardstick = jieba_rate(views)
    print(f"\n{'segmenter':52s} {'chars/CPU s':>12s}  × jieba")
    print(f"{'jieba.lcut (HMM)':52s} {yardstick:>12,.0f}  {1:6.2f}")
    for label, cut in (("claimgraph's segmenter (names added, HMM)", ours),
                       ("rjieba, default dictionary (HMM)", lambda v: plain.cut(v, True)),
                       ("rjieba, the same words added (HMM)", lambda v: named.cut(v, True))):
        r = cut_rate(cut, views)
        print(f"{label:52s} {r:>12,.0f}  {r / yardstick:6.2f}")

    print("\ndo they cut the same?                               articles   boundaries differing per 1,000 words")
    print(f"{'':52s} {'same':>8s}   {'Latin runs':>10s} {'Chinese':>8s}")
    shown: list[tuple[str, Counter]] = []
    for label, a, b in (("rjieba default vs jieba.lcut", jieba.lcut, lambda v: plain.cut(v, True)),
                        ("rjieba with the words vs claimgraph's segmenter", ours, lambda v: named.cut(v, True))):
        same, words, latin, chinese, stretches = compare(views, a, b)
        print(f"{label:52s} {same:>4d}/{len(views):<4d} {1000 * latin / words:>10.2f} {1000 * chinese / words:>8.2f}")
        shown.append((label, stretches))
    for label, stretches in shown:
        print(f"\nmost frequent differences, {label} (ours -> rjieba):")
        for text, n in stretches.most_common(args.show):
            print(f"  {n:5d}  {text}")

    spent, total = segmenter_share(nlp, articles)
    print(f"\nthe pipeline's segmenter inside the extraction: {spent:.2f} of {total:.2f} s CPU "
          f"({100 * spent / total:.1f}%): the most a faster segmenter could take off the extraction")


if __name__ == "__main__":
    main()
