"""ingest: decoding, boilerplate, metadata; offsets point into the file as decoded."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from capabilities.cases import traditional
from claimgraph.errors import ArticleError
from claimgraph.ingest import decode, parse_article, read_article

DATA = Path(__file__).parent / "data"

SAMPLE = (DATA / "sample_article.txt").read_text(encoding="utf-8")


def test_metadata_of_a_news_page():
    a = read_article(DATA / "sample_article.txt")
    assert a.headline == "记者手记:国产芯片的下一步"
    assert a.date_published == dt.date(2025, 6, 18)
    assert a.publisher == "星河日报"
    assert a.authors == ("王明远", "赵小雨")
    assert a.id == "sample_article"


def test_boilerplate_is_not_body_but_stays_in_the_text():
    a = parse_article(SAMPLE.encode("utf-8"), "s.txt")
    body = "".join(a.text[s.start:s.end] for s in a.body)
    assert "当前位置" not in body and "Copyright" not in body and "本报记者" not in body
    assert "今年5月,英伟达发布了新一代数据中心芯片。" in body
    assert a.text == SAMPLE  # nothing is cut out of the text offsets point into


def test_bom_is_dropped_and_line_endings_kept():
    text = "第一段,张三表示,市场很大。\r\n第二段。\r\n"
    a = parse_article(b"\xef\xbb\xbf" + text.encode("utf-8"), "crlf.txt")
    assert a.text == text
    assert a.encoding == "utf-8"
    assert a.text[a.body[0].start:a.body[0].end] == "第一段,张三表示,市场很大。"


@pytest.mark.parametrize("encoding", ["gb18030", "big5"])
def test_legacy_chinese_encodings_are_decoded(encoding):
    text = "臺北報導:半導體廠商今天表示,新廠將在明年第二季投產,產能約為每月三萬片晶圓。" * 3
    if encoding == "gb18030":
        text = "上海报道:半导体厂商今天表示,新厂将在明年第二季度投产,产能约为每月三万片晶圆。" * 3
    a = parse_article(text.encode(encoding), f"x.{encoding}.txt")
    assert a.text == text
    assert a.encoding in ("gb18030", "big5hkscs")
    assert a.sha256 != parse_article(text.encode("utf-8"), "x.txt").sha256


@pytest.mark.parametrize("data, reason", [
    (b"", "is empty"),
    (b"  \n\t ", "is empty"),
    (bytes(range(256)) * 8, "binary"),
    (b"\x89PNG\r\n\x1a\n" + bytes(300), "binary"),
])
def test_unreadable_input_is_named_with_its_reason(data, reason):
    with pytest.raises(ArticleError) as err:
        decode(data, "bad.txt")
    assert err.value.path == "bad.txt"
    assert reason in err.value.reason
    assert str(err.value).startswith("bad.txt: ")


def test_an_undetectable_encoding_is_rejected_with_the_fix():
    data = ("naïve café, déjà vu, résumé; " * 3).encode("cp1252")  # neither UTF-8 nor a Chinese encoding
    with pytest.raises(ArticleError) as err:
        decode(data, "odd.txt")
    assert "odd.txt" in str(err.value)
    assert "first byte that is not UTF-8 is byte 2" in str(err.value) and "iconv -f ENCODING -t UTF-8" in str(err.value)


def test_first_line_is_a_headline_only_when_it_does_not_end_a_sentence():
    a = parse_article("芯片行业迎来新周期\n\n半导体销售额上月回升。\n".encode("utf-8"), "h.txt")
    assert a.headline == "芯片行业迎来新周期"
    b = parse_article("半导体销售额上月回升。\n\n分析师认为,回升会持续。\n".encode("utf-8"), "b.txt")
    assert b.headline is None
    assert b.text[b.body[0].start:b.body[0].end] == "半导体销售额上月回升。"


QUOTE_MARKS = (("“", "”"), ("「", "」"), ("『", "』"), ('"', '"'))


@pytest.mark.parametrize("i", range(16))
def test_a_headline_may_end_in_a_quotation(i):
    """议员批「只顾赚钱」: a first line that ends in a closing mark with no stop inside the quote
    is a headline; one whose quotation ends a sentence (他说：“……。”) is the lead."""
    left, right = QUOTE_MARKS[i % 4]
    head = ("地铁加价惹民怨 议员批", "芯片禁令再升级 业界忧", "车企价格战 董事长称", "储能订单激增 分析师：")[i // 4]
    title = f"{head}{left}只顾眼前利益{right}"
    body = f"今年以来，行业出货量同比增长{10 + i}%。\n"
    text = f"{title}\n\n{body}"
    if i % 2:
        text, title = traditional(text), traditional(title)
    assert parse_article(text.encode("utf-8"), "t.txt").headline == title
    lead = f"董事长直言：{left}我们只顾眼前利益。{right}"
    assert parse_article(f"{lead}\n\n{body}".encode("utf-8"), "l.txt").headline is None


@pytest.mark.parametrize("i", range(8))
def test_a_short_first_line_that_asks_or_exclaims_is_a_headline(i):
    """外卖补贴战何时休？ / 芯片荒终于结束了! : a headline may ask or exclaim; a long first
    line, or one that holds a sentence before its mark, is the lead."""
    title = ("外卖补贴战何时休", "芯片荒终于结束了", "谁能接住这波订单", "储能行业的春天来了")[i % 4] + ("？", "!", "?", "！")[i % 4]
    body = f"今年以来，行业出货量同比增长{10 + i}%。\n"
    text = f"{title}\n\n{body}"
    if i % 2:
        text, title = traditional(text), traditional(title)
    a = parse_article(text.encode("utf-8"), "q.txt")
    assert a.headline == title
    lead = "半导体销售额上月回升。那么回升会持续吗？"
    b = parse_article(f"{lead}\n\n{body}".encode("utf-8"), "l.txt")
    assert b.headline is None and b.text[b.body[0].start:b.body[0].end] == lead


@pytest.mark.parametrize("i", range(8))
def test_a_column_label_before_the_headline_is_left_out(i):
    """专访|某某:…… / 独家｜…… / 标题_网站: the headline is the longer piece, not the column's
    label before it nor the site's name after it."""
    label = ("专访", "独家", "深度观察", "快评")[i % 4]
    headline = f"远川机器人创始人沈一帆:人形机器人{3 + i}年内进入家庭"
    line = f"{label}{('|', '｜', ' | ', '_')[i % 4]}{headline}" if i < 6 else f"{headline}_星海财经网"
    text = f"{line}\n\n今年以来，行业出货量同比增长{10 + i}%。\n"
    if i % 2:
        text, headline = traditional(text), traditional(headline)
    assert parse_article(text.encode("utf-8"), "c.txt").headline == headline


@pytest.mark.parametrize("text, publisher, authors, lead", [
    ("（新華社記者林小東東京3日電）日本央行今天宣布維持利率不變。\n", "新華社", ("林小東",),
     "日本央行今天宣布維持利率不變。"),
    ("新华社上海3月2日电（记者 何雨晴）本市今年一季度新增企业数量同比增长。\n", "新华社", ("何雨晴",),
     "本市今年一季度新增企业数量同比增长。"),
    ("【星島專訊】本港上月零售銷售額按年上升。\n", "星島", (), "本港上月零售銷售額按年上升。"),
], ids=["cna-style dateline", "xinhua dateline", "outlet tag"])
def test_wire_datelines_and_outlet_tags_are_metadata(text, publisher, authors, lead):
    a = parse_article(text.encode("utf-8"), "wire.txt")
    assert a.publisher == publisher
    assert a.authors == authors
    assert a.text[a.body[0].start:a.body[0].end] == lead


_FULL_WIDTH = {code - 0xFEE0: code for code in range(0xFF01, 0xFF5F)}  # ASCII -> its full-width form
_YEAR_LAST_DATES = [dt.date(2024, 7, 19), dt.date(2023, 1, 5), dt.date(2026, 12, 31), dt.date(2025, 10, 11),
                    dt.date(2022, 3, 4), dt.date(2027, 6, 30)]
_YEAR_LAST_FORMS = ["{d:02d}/{m:02d}/{y}", "{d}/{m}/{y} 14:05", "{d:02d}-{m:02d}-{y}", "{d}.{m}.{y}"]


def _header_article(header: str, i: int) -> str:
    body = f"宏川物流今天公布，上季货运量按年增长{12 + i}%，管理层预期下半年需求维持稳定。\n"
    text = f"恒嘉港口公布季度业绩\n{header}\n\n{body}"
    return traditional(text) if i % 2 else text


@pytest.mark.parametrize("i", range(24))
def test_a_date_written_year_last_is_read_day_first(i):
    """03/11/2025 09:21 under a Hong Kong headline: the year last, the day first, in any of
    the separators, with or without a time, a label or an outlet before it, in full-width
    digits too."""
    date = _YEAR_LAST_DATES[i % len(_YEAR_LAST_DATES)]
    written = _YEAR_LAST_FORMS[i % len(_YEAR_LAST_FORMS)].format(d=date.day, m=date.month, y=date.year)
    header = (written, f"發布時間：{written}", f"經濟通通訊社 {written}")[i % 3]
    if i % 5 == 4:
        header = header.translate(_FULL_WIDTH)
    assert parse_article(_header_article(header, i).encode("utf-8"), "hk.txt").date_published == date


@pytest.mark.parametrize("i", range(6))
def test_a_year_last_date_that_cannot_be_day_first_is_read_month_first(i):
    """11/28/2025: no 28th month, so the month comes first."""
    date = dt.date(2025, 1 + i * 2, 13 + i * 3)
    header = f"{date.month}/{date.day}/{date.year}" + (" 08:30" if i % 2 else "")
    assert parse_article(_header_article(header, i).encode("utf-8"), "us.txt").date_published == date


@pytest.mark.parametrize("header", ["版本v1.2.2024更新说明", "13/13/2025", "04/05/20251", "1.2.3.2024", "3/4/1875"])
def test_what_only_looks_like_a_year_last_date_is_no_date(header):
    """A version number, a day and month that are neither, a longer number, a year outside
    the press's: no date."""
    assert parse_article(_header_article(header, 0).encode("utf-8"), "x.txt").date_published is None


@pytest.mark.parametrize("i", range(4))
def test_a_year_first_date_is_read_as_before_beside_a_year_last_one(i):
    """2025-03-04 is the fourth of March whatever else the line says; the year-last reading
    is only for a line with no year-first date."""
    header = ("2025-03-04 10:00 更新于 05/06/2025", "２０２５／０３／０４", "2025年3月4日", "2025.3.4 18:00")[i]
    assert parse_article(_header_article(header, i).encode("utf-8"), "y.txt").date_published == dt.date(2025, 3, 4)


@pytest.mark.parametrize("line, date", [
    ("March 18, 2026", "2026-03-18"), ("18 March 2026", "2026-03-18"), ("Published Sept. 3, 2025", "2025-09-03"),
    ("Dec 31 2025 08:00", "2025-12-31"), ("二〇二六年三月十八日", "2026-03-18"), ("二〇二五年十二月三十一日", "2025-12-31"),
    ("二〇二六年一月九日 星期五", "2026-01-09"),
])
def test_dates_in_english_and_in_chinese_numerals(line, date):
    a = parse_article(f"储能行业观察\n\n{line}\n\n今年以来，储能行业价格持续下跌。\n".encode(), "d.txt")
    assert a.date_published is not None and a.date_published.isoformat() == date


@pytest.mark.parametrize("i", range(16))
def test_a_headline_may_open_with_a_quotation_then_its_subject(i):
    """“我们不是在造手机”——对话某某: a first line that opens with a quotation and goes on past a
    dash or a colon to its subject is a headline; a first line that is a quotation and its
    speaker (“……。”王凯说。) is the lead, and so is one with no dash or colon after the quotation."""
    left, right = (("“", "”"), ("「", "」"))[i % 2]
    joint = ("——", "：", "—", ":")[i // 4]
    quoted = ("我们不是在造手机", "价格战没有赢家", "明年会更难", "储能的春天还没来")[i % 4]
    title = f"{left}{quoted}{right}{joint}对话星澜科技创始人程亦凡"
    body = f"今年以来，行业出货量同比增长{10 + i}%。\n"
    text = f"{title}\n\n{body}"
    if i % 3 == 0:
        text, title = traditional(text), traditional(title)
    assert parse_article(text.encode("utf-8"), "t.txt").headline == title
    for lead in (f"{left}{quoted}。{right}程亦凡说。", f"{left}{quoted}{right}，程亦凡说"):
        assert parse_article(f"{lead}\n\n{body}".encode("utf-8"), "l.txt").headline is None, lead
