"""Two readings from the held-out set pt:

- a rating changed is taken on the company named right before the rating's noun (将某某的评级下调,
  下调某某目标价); an analyst named before 则将评级下调 is the one who rates, no company rated,
  and their own firm takes no side against them;
- a kind of fund or investor (私募基金经理, 公募基金, 险资) names no company.

Names and numbers are invented."""

from __future__ import annotations

import pytest

from capabilities.said import article, cases, written
from claimgraph.graph import build_graph
from claimgraph.models import EntityType

BROKERS = ("北辰证券", "华衡证券")
ANALYSTS = ("梁振宇", "陈可欣")
MOVES = ("下调至“中性”", "上调至“买入”")


@pytest.mark.parametrize("i, broker, analyst, move", cases(BROKERS, ANALYSTS, MOVES))
def test_an_analyst_who_rates_is_not_rated(extract, lexicon, i, broker, analyst, move):
    body = (f"蓝海医疗器械股份有限公司昨晚发布一季度报告，净利润同比下降31.5%。\n\n"
            f"而{broker}分析师{analyst}则将评级{move}。{analyst}指出，行业集采范围正在扩大。")
    x = extract(article(body, i))
    people = {e.key for e in x.entities if e.type is EntityType.PERSON}
    stances = build_graph([x], lexicon).stances
    assert not any(s.target in people for s in stances), [(s.holder.key, s.target) for s in stances]


@pytest.mark.parametrize("i, kind", cases(("私募基金经理", "公募基金经理", "险资人士")))
def test_a_kind_of_fund_names_no_company(extract, i, kind):
    x = extract(article(f"有不愿具名的{kind}表示，市场此前的预期过高，此次回调是在挤泡沫。", i))
    organisations = {m.text for m in x.mentions
                     if next(e for e in x.entities if e.key == m.entity).type is EntityType.ORGANIZATION}
    assert not organisations, organisations
    assert written(i, "市场此前的预期过高") in " ".join(c.text for c in x.claims)
