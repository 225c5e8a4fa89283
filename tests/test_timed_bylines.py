"""A byline after the date and time that open its line (2026-10-15 13:20 某某新闻网 记者某某／
台北报导), as Taiwan and mainland sites print it under the headline: the outlet is the
publisher, the reporters are the authors, the place is neither, and the line is no part of
the body. Full- and half-width slashes and spaces part the names. Outlets, names and
sentences are invented.
"""

from __future__ import annotations

import itertools

import pytest

from capabilities.cases import in_script, nth_case
from claimgraph.ingest import parse_article

TIMES = ("2026-10-15 13:20", "2026/10/15 08:05:31", "2026年10月15日 09:00", "2026-10-15")
OUTLETS = ("星海新闻网", "青禾日报", "南湾晚报")
REPORTERS = (("王晓明",), ("林佳蓉", "叶柏宏"))
ENDINGS = ("／台北报导", "/上海报道", " 北京报道")
LEAD = "市政府今天宣布，地铁票价将从下月起上调。"
CASES = list(itertools.product(range(len(TIMES)), range(len(OUTLETS)), range(len(REPORTERS)), range(len(ENDINGS))))


@pytest.mark.parametrize("i", range(len(CASES)))
def test_a_byline_after_its_time_is_metadata(i):
    when, outlet, names, ending = nth_case(i, TIMES, OUTLETS, REPORTERS, ENDINGS)
    line = f"{when} {outlet} 记者{'、'.join(names)}{ending}"
    text, outlet, *names = in_script(i, f"地铁票价将上调\n\n{line}\n\n{LEAD}\n", outlet, *names)
    a = parse_article(text.encode("utf-8"), "t.txt")
    assert a.publisher == outlet, (line, a.publisher)
    assert a.authors == tuple(names), (line, a.authors)
    assert str(a.date_published) == "2026-10-15"
    assert [a.text[b.start:b.end] for b in a.body] == [text.split("\n")[4]], line


@pytest.mark.parametrize("when", TIMES)
def test_a_time_before_a_source_line_is_still_only_a_date(when):
    """The time and 来源 (2026-10-15 13:20 来源：某某) name a publisher by the label, no reporter."""
    a = parse_article(f"地铁票价将上调\n\n{when} 来源：星海新闻网\n\n{LEAD}\n".encode("utf-8"), "t.txt")
    assert (a.publisher, a.authors) == ("星海新闻网", ())
