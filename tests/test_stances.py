"""Stances: one per holder, target and article, aggregated over the holder's claims."""

from __future__ import annotations

from claimgraph.graph import build_graph
from claimgraph.models import holder_key


def _stances(extract, body: str) -> set[tuple[str, str, str]]:
    kg = build_graph([extract(f"测试新闻\n\n{body}\n")])
    return {(holder_key(s.holder), s.target, s.polarity.value) for s in kg.stances}


def test_mixed_evidence_is_neutral(extract):
    body = "分析师王明认为,谷歌的模型性能领先。他还指出,谷歌的模型成本存在弊端。"
    assert _stances(extract, body) == {("王明", "google", "neutral")}


def test_conceded_before_contrast_is_neutral(extract):
    body = "分析师王明表示,ASIC确实能占有一席之地,然而英伟达的平台非常通用。"
    assert _stances(extract, body) == {("王明", "asic", "neutral"), ("王明", "nvidia", "favor")}


def test_evidence_lists_the_claims(extract):
    kg = build_graph([extract("测试新闻\n\n分析师王明表示,亚马逊的云业务成果并不突出。\n")])
    (stance,) = kg.stances
    (claim,) = kg.claims
    assert stance.evidence == (claim.id,) and stance.polarity.value == "against"


def test_data_source_holds_no_stance(extract):
    assert _stances(extract, "市场研究机构IDC数据显示,英伟达的市场份额领先。") == set()


def test_conditional_claim_holds_no_stance(extract):
    assert _stances(extract, "分析师王明表示,如果英伟达降价,英伟达的优势就会更突出。") == set()
