"""A verb before a trade word (转向软件和服务, 进军物流) is no company's name: the trade
sieve takes only name-like words before 科技/软件/物流, whatever follows."""

from __future__ import annotations

import itertools

import pytest

from capabilities.cases import traditional

VERBS = ("转向", "进军", "扩大", "布局", "发展")  # 发展: a verbal noun (vn), which names no company either
# verbs jieba's dictionary calls plain nouns (加码 n): the sieve cannot tell them yet
NOUN_VERBS = ("加码",)
TRADES = ("软件", "物流", "科技", "视频")
CASES = list(itertools.product(VERBS, TRADES))
KNOWN_MISSES = [pytest.param(i, v, t, marks=pytest.mark.xfail(strict=True, reason="verb tagged as a noun"))
                for i, (v, t) in enumerate(itertools.product(NOUN_VERBS, TRADES[:2]))]


@pytest.mark.parametrize("i,verb,trade", [(i, v, t) for i, (v, t) in enumerate(CASES)] + KNOWN_MISSES)
def test_verb_and_trade_is_no_company(extract, i, verb, trade):
    text = f"星澜集团表示，公司明年要全面{verb}{trade}和服务。\n"
    if i % 2:
        text = traditional(text)
    x = extract(text)
    names = {m.text for m in x.mentions}
    assert not any(n.endswith(traditional(trade) if i % 2 else trade) and len(n) <= 4 for n in names), (text, sorted(names))
