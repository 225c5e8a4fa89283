"""The article's own note and its timestamp line:

- a paragraph under an editor's label (编者按：, 【导读】, 编者注：) is the article's voice, and
  the label is no part of its claims;
- a timestamp line that names the source and the reporters (2026-08-20 10:30 来源：某某 作者：某某)
  gives the publisher and the authors, and holds no claim.
Outlets, reporters and sentences are invented; simplified and traditional."""

from __future__ import annotations

import itertools

import pytest

from capabilities.cases import traditional
from claimgraph.ingest import parse_article

LABELS = ("编者按：", "编者注：", "【导读】", "导语：", "编按：")
BODIES = ("今年以来，储能行业价格跌破每瓦时0.5元", "多家车企在上半年陷入亏损")


@pytest.mark.parametrize("i", range(len(LABELS) * len(BODIES) * 2))
def test_an_editors_note_is_the_articles_voice_without_its_label(extract, i):
    label, body = list(itertools.product(LABELS, BODIES))[i // 2]
    text = f"专访\n\n{label}{body}。\n\n问：明年有什么规划？\n\n答：明年会更好。\n"
    if i % 2:
        text, body = traditional(text), traditional(body)
    x = extract(text)
    first = x.claims[0]
    assert (first.text, first.speaker.kind) == (body, "author"), (text, [(c.text, c.speaker.kind) for c in x.claims])


STAMPS = ("2026-08-20 10:30:00", "2026年8月20日 10:30", "2026/08/20")
OUTLETS = ("界面新闻", "星河财经")
REPORTERS = (("吴静",), ("吴静", "王磊"))


@pytest.mark.parametrize("stamp, outlet, reporters, field", list(itertools.product(STAMPS, OUTLETS, REPORTERS,
                                                                                   ("作者：", "记者 ", "記者："))))
def test_a_timestamp_line_with_its_source_and_reporters(stamp, outlet, reporters, field):
    line = f"{stamp} 来源：{outlet} {field}{' '.join(reporters)}"
    a = parse_article(f"储能行业的下半场\n\n{line}\n\n今年以来，储能行业价格跌破每瓦时0.5元。\n".encode(), "s.txt")
    assert (a.publisher, a.authors) == (outlet, reporters)
    assert line in [a.text[s.start:s.end] for s in a.metadata_spans]
