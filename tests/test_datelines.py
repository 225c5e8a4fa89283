"""A local paper's dateline (本报讯（记者 陈静）, 本报北京3月5日讯（记者 甲 通讯员 乙）,
某某网上海5日讯(记者王凯)) is metadata: its reporters are the article's authors, an outlet it
names is the publisher (本报 names none), and the lead starts after it."""

from __future__ import annotations

import pytest

from capabilities.cases import traditional
from claimgraph.ingest import parse_article

LEAD = "市政府昨日宣布，地铁票价将从下月起上调。"
DATELINES = [("本报讯（记者 陈静）", ("陈静",), None), ("本报讯(记者 周明远)", ("周明远",), None),
             ("本报北京3月5日讯（记者 陈静 通讯员 李明）", ("陈静", "李明"), None),
             ("星澜网上海5日讯(记者王凯)", ("王凯",), "星澜网"), ("本报杭州讯（记者 林慧珊）", ("林慧珊",), None),
             ("青禾日报讯（记者 叶柏宏）", ("叶柏宏",), "青禾日报")]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("dateline,authors,publisher", DATELINES)
def test_dateline_is_metadata(dateline, authors, publisher, script):
    text = f"地铁票价将上调\n\n{dateline}{LEAD}\n"
    if script == "traditional":
        text, authors = traditional(text), tuple(traditional(a) for a in authors)
        publisher = traditional(publisher) if publisher else None
    a = parse_article(text.encode("utf-8"), "t.txt")
    assert a.authors == authors
    assert a.publisher == publisher
    assert [a.text[b.start:b.end] for b in a.body] == [text.split("\n")[2][len(dateline):]]


BARE = ["本报讯 ", "本报讯：", "本报北京3月5日讯 ", "本報訊 "]


@pytest.mark.parametrize("dateline", BARE)
def test_bare_dateline_is_metadata(dateline):
    """本报讯 with no reporter: the lead starts after it, and no publisher or author is made up."""
    text = f"地铁票价将上调\n\n{dateline}{LEAD}\n"
    a = parse_article(text.encode("utf-8"), "t.txt")
    assert (a.authors, a.publisher) == ((), None)
    assert [a.text[b.start:b.end] for b in a.body] == [LEAD]


WIRES = ("中央社", "新华社", "星澜社")
REPORTERS = (("林怡君",), ("陈文华",), ("陈文华", "王小明"), ("文思远",))
PLACES = ("台北", "东京", "纽约")
BEFORE = ("", "2026年11月18日 ", "2026年3月5日　")


@pytest.mark.parametrize("brackets", [("", ""), ("【", "】")])
@pytest.mark.parametrize("i", range(12))
def test_wire_dateline_on_its_own_line(i, brackets):
    """中央社記者林怡君台北18日電 on a line of its own, a date before it or not (a copy that
    dropped the brackets), or in 【】: the wire, not its bracket, is the publisher, the reporters
    are the authors (a 文 inside a name is no credit), and the dateline is no part of the body."""
    wire, names, place, before = WIRES[i % 3], REPORTERS[i % 4], PLACES[i % 3], BEFORE[i % 3]
    opening, closing = brackets
    dateline = f"{opening}{before}{wire}记者{'、'.join(names)}{place}{1 + i}日电{closing}"
    text = f"地铁票价将上调\n\n{dateline}\n\n{LEAD}\n"
    if i % 2:
        text, names, wire = traditional(text), tuple(traditional(n) for n in names), traditional(wire)
    a = parse_article(text.encode("utf-8"), "t.txt")
    assert (a.publisher, a.authors) == (wire, names), dateline
    assert [a.text[b.start:b.end] for b in a.body] == [text.split("\n")[4]]


@pytest.mark.parametrize("wire, outlet", [("中新网北京3月18日电 ", "中新网"), ("新华社华盛顿3月18日电 ", "新华社"),
                                          ("央视网3月18日电 ", "央视网"), ("中新網台北18日電 ", "中新網")])
def test_a_wire_dateline_with_no_reporter(extract, wire, outlet):
    """中新网北京3月18日电 国家统计局……: the wire is the publisher, and the dateline no part of a claim."""
    x = extract(f"统计局发布数据\n\n{wire}国家统计局18日发布数据显示，2月份CPI同比上涨0.7%。\n")
    assert x.article.publisher == outlet
    assert [c.text for c in x.claims] == ["2月份CPI同比上涨0.7%"], [c.text for c in x.claims]


@pytest.mark.parametrize("i, names", [(i, n) for i, n in enumerate((("郑颖欣",), ("陈文华", "林怡君"), ("欧阳立新",)))])
def test_a_bracketed_byline_that_ends_in_baodao(i, names):
    """【記者 鄭穎欣 報道】: the reporters are the authors; 報道 names no one."""
    text = f"地铁票价将上调\n\n【记者 {' '.join(names)} 报道】\n\n{LEAD}\n"
    if i % 2:
        text, names = traditional(text), tuple(traditional(n) for n in names)
    a = parse_article(text.encode("utf-8"), "t.txt")
    assert a.authors == names
