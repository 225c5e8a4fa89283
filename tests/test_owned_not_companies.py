"""What a company has (股价, 营收, 预测) after a trade word shows a company only after a word
no dictionary knows as a common one: 工业机器人的产量, 功率半导体的需求 and 国产芯片的股价
name an industry, not a company."""

from __future__ import annotations

import itertools

import pytest

from capabilities.cases import traditional

COMMON = ("工业", "功率", "国产", "消费", "汽车", "医疗")
TRADES = ("机器人", "半导体", "芯片", "电子", "软件")
OWNED = ("的股价", "的估值", "今年营收", "的最新预测")
CASES = [(i, c, t, o) for i, (c, t, o) in enumerate(itertools.product(COMMON, TRADES, OWNED)) if i % 5 == 0]


@pytest.mark.parametrize("i,common,trade,owned", CASES)
def test_common_noun_and_trade_is_no_company(extract, i, common, trade, owned):
    text = f"分析师指出，{common}{trade}{owned}还有上升空间。\n"
    if i % 2:
        text = traditional(text)
    x = extract(text)
    names = {m.text for m in x.mentions}
    assert not any(n.endswith(traditional(trade) if i % 2 else trade) for n in names), (text, sorted(names))
