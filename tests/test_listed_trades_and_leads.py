"""Listed companies whose trade the article repeats, a trade before 公司, and a byline that
opens the lead's line, whatever words fill them:

- a name before a stock code whose trade word the article uses elsewhere (龙腾科技(1389) beside
  恒生科技指数, 科技股) is the whole name, never the trade alone;
- a trade word alone before 公司 (航太公司, the Taiwan word, which the dictionary does not hold)
  is a kind of company, no name; the company named after it is one;
- a bracketed byline with its place (【記者 某某/綜合報導】) that opens the lead's line is no part
  of the body;
- a quoted clause after a product's noun (某外卖平台“算法困住骑手”: a noun, a verb, what follows)
  is a scare quote, no product; a quoted name there (新款手机“某某Fold 3”) still is one.

Names and numbers are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, cases, written
from claimgraph.ingest import parse_article
from claimgraph.models import EntityType


@pytest.mark.parametrize("i, name, trade, code", cases(("龙腾", "嘉禾", "星岚"), ("科技", "地产", "能源"), ("1389", "0412")))
def test_a_listed_name_is_whole_though_its_trade_repeats(extract, i, name, trade, code):
    body = (f"恒生{trade}指数跌2.8%，多只{trade}股跌幅超过4%。"
            f"个别股份方面，{name}{trade}({code})跌6.3%，为表现最差蓝筹。")
    x = extract(article(body, i))
    orgs = {m.text for m in x.mentions if x.entities and any(e.key == m.entity and e.type is EntityType.ORGANIZATION
                                                              for e in x.entities)}
    assert written(i, name + trade) in orgs
    assert written(i, trade) not in orgs


@pytest.mark.parametrize("i, kind, name", cases(("民營航太公司", "民营航太公司"), ("星河航太", "天衡航太")))
def test_a_trade_before_company_is_a_kind_and_the_name_after_it_a_company(extract, i, kind, name):
    x = extract(article(f"{kind}{name}研製的火箭昨日發射。", i))
    names = {m.text for m in x.mentions}
    assert written(i, name) in names
    assert not any(n.endswith(written(i, "公司")) for n in names), names


@pytest.mark.parametrize("i, opening, closing, name, place", cases(("【", "〔", "（"), ("】", "〕", "）"), ("任語彤", "游翊軒"),
                                                                  ("綜合", "台北")))
def test_a_byline_that_opens_the_lead_s_line_leaves_the_body(i, opening, closing, name, place):
    lead = "民營航太公司昨日發射火箭。"
    a = parse_article(article(f"{opening}記者 {name}/{place}報導{closing}{lead}", i).encode(), "x.txt")
    assert a.authors == (written(i, name),)
    assert a.text[a.body[0].start:a.body[0].end] == written(i, lead)


@pytest.mark.parametrize("i, head, clause", cases(("外卖平台", "新款手机", "大模型"), ("算法困住骑手", "厂商限制维修", "平台压榨商家")))
def test_a_quoted_clause_after_a_product_s_noun_is_no_product(extract, i, head, clause):
    x = extract(article(f"有媒体批评某{head}“{clause}”，引发热议。", i))
    assert written(i, clause) not in {m.text for m in x.mentions}


@pytest.mark.parametrize("i, head, name", cases(("新款手机", "旗舰机"), ("星曜Fold 3", "曜石X9")))
def test_a_quoted_name_after_a_product_s_noun_is_still_a_product(extract, i, head, name):
    x = extract(article(f"{head}“{name}”将于下月上市。", i))
    found = [m for m in x.mentions if m.text == written(i, name)]
    assert found and {e.type for e in x.entities if e.key == found[0].entity} == {EntityType.PRODUCT}
