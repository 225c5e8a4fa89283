"""Claim relations that the text signals: disputes, qualifies, supports."""

from __future__ import annotations

from claimgraph.graph import build_graph


def _relations(extract, body: str) -> set[tuple[str, str, str]]:
    x = extract(f"测试新闻\n\n{body}\n")
    text = {c.id: c.text for c in x.claims}
    return {(text[r.source], r.type.value, text[r.target]) for r in build_graph([x]).relations}


def test_reply_that_negates_disputes(extract):
    body = "有观点认为,英伟达的优势将长期保持。对此,分析师王明表示,英伟达的优势没有那么大。"
    assert _relations(extract, body) == {("英伟达的优势没有那么大", "disputes", "英伟达的优势将长期保持")}


def test_contrast_in_same_sentence_qualifies(extract):
    body = "分析师王明表示,ASIC确实能占有一席之地,然而英伟达的平台非常通用。"
    assert _relations(extract, body) == {("然而英伟达的平台非常通用", "qualifies", "ASIC确实能占有一席之地")}


def test_contrast_after_hypothesis_does_not_qualify(extract):
    body = "分析师王明表示,如果英伟达降价,销量就会大增,但英伟达的利润会下降。"
    assert not any(kind == "qualifies" for _, kind, _ in _relations(extract, body))


def test_data_after_statement_supports(extract):
    body = "芯片市场的需求大幅回升。\n\n市场研究机构IDC数据显示,今年第一季度全球芯片出货量同比增长30%。"
    assert _relations(extract, body) == {
        ("今年第一季度全球芯片出货量同比增长30%", "supports", "芯片市场的需求大幅回升")}


def test_same_speaker_without_signal_has_no_relation(extract):
    body = "分析师王明表示,英伟达的芯片性能领先。他还表示,英伟达的营收增长稳健。"
    assert _relations(extract, body) == set()


def test_a_reply_that_calls_a_report_untrue_disputes_it(extract):
    x = extract("消息人士透露,该公司将推迟新品发布。对此,公司在声明中称,相关传闻不实。")
    kg = build_graph([x])
    report = next(c for c in x.claims if c.text == "该公司将推迟新品发布")
    denial = next(c for c in x.claims if "不实" in c.text)
    assert [(r.source, r.target, r.type.value) for r in kg.relations] == [(denial.id, report.id, "disputes")]
