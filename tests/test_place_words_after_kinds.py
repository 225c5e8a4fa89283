"""A word the dictionary holds as a place, with a trade after it, names a company where a
company's kind stands right before it (竞争对手蓝海智能, 供应商东海物流); without the kind it stays
a place's industry (中国科技). Names are invented."""

from __future__ import annotations

import pytest

from capabilities.said import article, cases, organisations, written

KINDS = ("竞争对手", "供应商", "合作伙伴")
NAMES = ("蓝海智能", "东海物流", "华山科技")


@pytest.mark.parametrize("i, kind, name", cases(KINDS, NAMES))
def test_a_place_word_and_a_trade_after_a_kind_name_a_company(extract, i, kind, name):
    x = extract(article(f"问：您怎么看待同城的{kind}{name}？\n\n答：他们的团队很优秀，但扩张得太快了。", i))
    assert written(i, name) in organisations(x), organisations(x)


@pytest.mark.parametrize("i", range(4))
def test_a_place_and_a_trade_alone_stay_an_industry(extract, i):
    x = extract(article("中国科技的发展速度很快，东海物流业也在转型。", i))
    assert not organisations(x) & {written(i, "中国科技")}
