"""The header of a plain-text article, read by the shape of its lines:

- a line of a date (its time and weekday too) and one word after or before it names the
  publisher (2026-02-14 某某周末, 2026年9月12日 星期六 某某商報, 某某网 2026/05/20 10:00),
  and is no part of the body;
- a headline may open with a quoted term that its words go on from (「零元購」風波延燒……);
  a paragraph that opens with a quotation (「……」，他說。) is no headline;
- a first line that opens with an asker's label (记者：……？) opens a transcript, not a headline;
- a bare body's voice (发言人又称) is the one that body's voice was before.

Outlets, names and sentences are invented.
"""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from claimgraph.ingest import parse_article

OUTLETS = ("南岭周末", "香港商報", "量子财经", "明日財經", "ABC财经")
DATES = (("2026-02-14", dt.date(2026, 2, 14)), ("2026年9月12日", dt.date(2026, 9, 12)),
         ("2026/05/20 10:00", dt.date(2026, 5, 20)), ("2026年3月18日 星期三", dt.date(2026, 3, 18)),
         ("2026-11-05 08:30:00 (周四)", dt.date(2026, 11, 5)))
HEADLINES = ("新款电池续航提升一倍", "「零元購」風波延燒 業者：損失逾千萬", "“反内卷”之后 价格战还会回来吗")
LEAD = "本港多間超市近日發生大規模搶購事件。\n"
SEPARATORS = ("\n", "\n\n")


def _parse(text: str):
    return parse_article(text.encode("utf-8"), "t.txt")


def _body(article) -> list[str]:
    return [article.text[s.start:s.end] for s in article.body]


CASES = list(itertools.product(OUTLETS, DATES, ("after", "before"), SEPARATORS))


@pytest.mark.parametrize("i", range(len(CASES)))
def test_a_date_line_with_one_word_beside_the_date_names_the_publisher(i):
    outlet, (date, day), where, sep = CASES[i]
    line = f"{date} {outlet}" if where == "after" else f"{outlet} {date}"
    headline = HEADLINES[i % len(HEADLINES)]
    article = _parse(f"{headline}{sep}{line}{sep}{LEAD}")
    assert article.publisher == outlet
    assert article.date_published == day
    assert article.headline == headline
    assert _body(article) == [LEAD.strip()]


@pytest.mark.parametrize("date, day", DATES)
def test_a_date_line_alone_is_header_not_body(date, day):
    article = _parse(f"新款电池续航提升一倍\n{date}\n{LEAD}")
    assert article.date_published == day and article.publisher is None
    assert _body(article) == [LEAD.strip()]


@pytest.mark.parametrize("sentence", ["2026年起，這項政策全面實施。", "2026-02-14 那天下午，超市裡擠滿了人。"])
def test_a_sentence_that_opens_with_a_date_stays_in_the_body(sentence):
    article = _parse(f"新款电池续航提升一倍\n\n{sentence}\n\n{LEAD}")
    assert sentence in _body(article)


@pytest.mark.parametrize("opening, closing", [("「", "」"), ("“", "”")])
@pytest.mark.parametrize("term, rest", [("零元購", "風波延燒 業者：損失逾千萬"), ("反内卷", "之后 价格战还会回来吗"),
                                        ("二选一", "争议再起")])
def test_a_headline_may_open_with_a_quoted_term(opening, closing, term, rest):
    headline = f"{opening}{term}{closing}{rest}"
    article = _parse(f"{headline}\n\n2026-09-12 香港商報\n\n{LEAD}")
    assert article.headline == headline
    assert headline not in _body(article)


@pytest.mark.parametrize("paragraph", ["「我們會追究到底」，發言人說", "“我们会追究到底。”发言人说。", "「系統已修復。」"])
def test_a_paragraph_that_opens_with_a_quotation_is_no_headline(paragraph):
    article = _parse(f"{paragraph}\n\n{LEAD}")
    assert article.headline is None
    assert paragraph in _body(article)


@pytest.mark.parametrize("label", ["记者：", "記者：", "问：", "問:", "主持人：", "**记者：**"])
def test_a_first_line_with_an_asker_s_label_opens_a_transcript(extract, label):
    text = (f"{label}今年海外收入占比已经超过一半，出海是不是主要的增长引擎？\n\n"
            "章启明：可以这么说。我们在东南亚的市场份额排在前三。\n")
    article = _parse(text)
    assert article.headline is None
    x = extract(text)
    asked = next((c for c in x.claims if c.text.startswith("今年海外收入")), None)
    assert asked is not None and asked.speaker.kind == "unnamed", [(c.text, c.speaker) for c in x.claims]


BODIES = ("青岚集团", "惠家乐超市", "东篱银行")
VOICES = ("发言人", "新闻发言人", "客服")


@pytest.mark.parametrize("body, voice", list(itertools.product(BODIES, VOICES)))
@pytest.mark.parametrize("quote", [("“", "”"), ("「", "」")])
def test_a_bare_voice_is_the_body_whose_voice_spoke_before(extract, body, voice, quote):
    o, c = quote
    x = extract(f"快讯\n\n{body}{voice}昨日表示，公司经营一切正常。\n\n{voice}又称：{o}我们不会裁员。{c}\n")
    claim = next(c for c in x.claims if c.text == "我们不会裁员")
    key = next(m.entity for m in x.mentions if m.text == body)
    assert claim.speaker.kind == "entity" and claim.speaker.key == key, claim.speaker
