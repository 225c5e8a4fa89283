"""The networkx graph: stance edges carry a signed, never-zero weight and a label."""

from __future__ import annotations

import pytest

from claimgraph.graph import build_graph


@pytest.mark.parametrize(("body", "label", "sign"), [
    ("分析师王明表示,亚马逊的广告业务并不出色。", "against", -1),
    ("分析师王明表示,英伟达的市场地位相当稳固。", "favor", 1),
    ("分析师王明认为,谷歌的模型性能领先。他还指出,谷歌的模型成本存在弊端。", "neutral", 1),
])
def test_stance_edge_weight(extract, body, label, sign):
    kg = build_graph([extract(f"测试新闻\n\n{body}\n")])
    (edge,) = [d for _, _, d in kg.graph.edges(data=True) if d["relation"] == "stance"]
    assert edge["label"] == label and edge["polarity"] == label
    assert edge["weight"] != 0 and (edge["weight"] > 0) == (sign > 0)


def test_same_input_same_graph(extract):
    body = "有观点认为,英伟达的优势将长期保持。对此,分析师王明表示,英伟达的优势没有那么大。"
    a = build_graph([extract(f"测试新闻\n\n{body}\n")])
    b = build_graph([extract(f"测试新闻\n\n{body}\n")])
    assert a.stances == b.stances and a.relations == b.relations
