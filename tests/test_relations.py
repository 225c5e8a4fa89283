"""Claim relations the text signals, within a sentence and across sentences and speakers:
disputes, qualifies, supports; none across a topic shift. Cases are generated from
templates with invented entities, in simplified and traditional."""

from __future__ import annotations

from itertools import product

import opencc
import pytest

from claimgraph.graph import build_graph

TRADITIONAL = opencc.OpenCC("s2t").convert
ORGS = ("星河科技", "蓝鲸汽车", "华辰半导体", "远航物流")
PAIRS = (("星河科技", "远航物流"), ("蓝鲸汽车", "青禾电商"), ("华辰半导体", "远航物流"))


@pytest.fixture(scope="module")
def relations_of(stance_extract, lexicon):
    """relations_of(body) -> {(source text, type, target text)} of a short article."""

    def run(body: str) -> set[tuple[str, str, str]]:
        x = stance_extract(body)
        text = {c.id: c.text for c in x.claims}
        return {(text[r.source], r.type.value, text[r.target]) for r in build_graph([x], lexicon).relations}

    return run


def _same(found: set[tuple[str, str, str]], expected: set[tuple[str, str, str]]) -> bool:
    """The relations found are the expected ones, each claim told by the words it holds (the
    claims stage decides whether an opener such as 例如, stays in the claim)."""
    def match(f, e):
        return f[1] == e[1] and e[0] in f[0] and e[2] in f[2]
    return len(found) == len(expected) and all(any(match(f, e) for f in found) for e in expected)


def _cases(template: str, source: str, kind: str, target: str, **names) -> list[tuple[str, tuple[str, str, str]]]:
    """(body, expected relation) in simplified and traditional, for every organisation."""
    out = []
    for org in ORGS:
        for convert in (str, TRADITIONAL):
            fill = {"x": org, **names}
            out.append((convert(template.format(**fill)),
                        (convert(source.format(**fill)), kind, convert(target.format(**fill)))))
    return out


def _each(templates: list[tuple[str, str, str, str]]) -> list[tuple[str, tuple[str, str, str]]]:
    return [case for t in templates for case in _cases(*t)]


QUALIFIES = [
    (f"分析师林晓峰表示，{{x}}的新芯片推理速度提升了一倍。{opener}{{x}}的推理成本仍然偏高。",
     "{x}的推理成本仍然偏高", "qualifies", "{x}的新芯片推理速度提升了一倍")
    for opener in ("但", "不过", "然而", "只是")
]


@pytest.mark.parametrize(("body", "relation"), _each(QUALIFIES))
def test_a_contrast_opening_the_next_sentence_qualifies_on_a_shared_topic(relations_of, body, relation):
    assert _same(relations_of(body), {relation})


@pytest.mark.parametrize(("body", "relation"), _each([
    ("分析师林晓峰表示，{x}确实站稳了脚跟，然而星河科技的平台非常通用。",
     "然而星河科技的平台非常通用", "qualifies", "{x}确实站稳了脚跟")]) + _each([
    ("周明远称，{x}的销量稳步增长，但利润率依然偏低。", "但利润率依然偏低", "qualifies", "{x}的销量稳步增长")]))
def test_a_contrast_in_the_same_sentence_qualifies(relations_of, body, relation):
    assert any(_same({f}, {relation}) for f in relations_of(body))


@pytest.mark.parametrize("body", [
    b for (x, y), opener in product(PAIRS, ("但", "不过", "然而", "可是")) for b in (
        f"分析师林晓峰表示，{x}的工厂已经投产。{opener}周明远认为，{y}的物流网络覆盖更广。",
        TRADITIONAL(f"分析师林晓峰表示，{x}的工厂已经投产。{opener}周明远认为，{y}的物流网络覆盖更广。"))])
def test_a_contrast_without_a_shared_topic_or_speaker_qualifies_nothing(relations_of, body):
    assert relations_of(body) == set()


SUPPORTS = [
    (f"{{x}}上季度销量增长20%。{opener}其高端化策略正在见效。",
     "{x}上季度销量增长20%", "supports", "其高端化策略正在见效")
    for opener in ("这表明", "这说明", "可见", "由此可见", "因此")
] + [
    ("分析师林晓峰表示，{x}的订单大增。因为该公司的新品广受欢迎。",
     "因为该公司的新品广受欢迎", "supports", "{x}的订单大增"),
    ("{x}的营收下滑明显。事实上，其核心产品的销量已连续三个季度下降。",
     "其核心产品的销量已连续三个季度下降", "supports", "{x}的营收下滑明显"),
    ("分析师林晓峰表示，{x}的海外业务增长迅速。例如，其东南亚订单翻了一番。",
     "其东南亚订单翻了一番", "supports", "{x}的海外业务增长迅速"),
    ("分析师林晓峰表示，{x}在11个国家开展业务。此乃业内共识。", "此乃业内共识", "supports", "{x}在11个国家开展业务"),
    ("林晓峰称，{x}的账目存在问题。周明远也表示，{x}的财务数据有水分。",
     "{x}的财务数据有水分", "supports", "{x}的账目存在问题"),
    ("{x}的需求大幅回升。\n\n市场研究机构IDC数据显示，去年第四季度{x}的出货量同比增长30%。",
     "去年第四季度{x}的出货量同比增长30%", "supports", "{x}的需求大幅回升"),
]


@pytest.mark.parametrize(("body", "relation"), _each(SUPPORTS))
def test_evidence_conclusions_reasons_and_second_sources_support(relations_of, body, relation):
    assert _same(relations_of(body), {relation})


@pytest.mark.parametrize("body", [
    b for (x, y), opener in product(PAIRS, ("另外，", "此外，", "与此同时，", "除此之外，")) for b in (
        f"分析师林晓峰表示，{x}的产能持续扩张。{opener}{y}上月完成了新一轮融资。",
        TRADITIONAL(f"{x}的销量大增。{opener}{y}的工厂已经投产。"))])
def test_nothing_links_across_a_topic_shift(relations_of, body):
    assert relations_of(body) == set()


DISPUTES = [
    (f"有消息称，{{x}}将推迟新车发布。对此，{{x}}回应称，{denial}。", denial, "disputes", "{x}将推迟新车发布")
    for denial in ("相关传闻不实", "这一说法并非如此", "相关报道纯属谣言", "上述消息与事实不符", "所谓推迟一事子虚乌有")
] + [
    ("有观点认为，{x}的优势将长期保持。分析师林晓峰则表示，{x}的优势没有那么大。",
     "{x}的优势没有那么大", "disputes", "{x}的优势将长期保持"),
    ("市场担忧{x}的现金流存在隐患。但分析师林晓峰表示，{x}的财务状况非常稳健。",
     "{x}的财务状况非常稳健", "disputes", "{x}的现金流存在隐患"),
    ("林晓峰称，{x}的产品存在安全隐患。周明远表示，{x}存在安全隐患的说法纯属捏造。",
     "{x}存在安全隐患的说法纯属捏造", "disputes", "{x}的产品存在安全隐患"),
    ("知情人士透露，{x}将裁员一成。{x}否认了这一说法。", "{x}否认了这一说法", "disputes", "{x}将裁员一成"),
]


@pytest.mark.parametrize(("body", "relation"), _each(DISPUTES))
def test_an_answer_that_says_a_claim_is_wrong_disputes_it(relations_of, body, relation):
    assert _same(relations_of(body), {relation})


@pytest.mark.parametrize("body", [
    b for x in ORGS for b in (f"分析师林晓峰表示，{x}的芯片性能领先。他还表示，{x}的营收增长稳健。",
                              TRADITIONAL(f"周明远认为，{x}的渠道优势明显。他还说，{x}的品牌口碑良好。"),
                              f"有观点认为，{x}的前景值得期待。分析师林晓峰表示，{x}的前景非常光明。",
                              f"{x}今天发布了新车。分析师陈思雨表示，新车的续航表现出色。",
                              TRADITIONAL(f"{x}的工厂已经投产。{x}计划明年扩建二期。"),
                              f"分析师林晓峰表示，{x}的工艺更复杂。因此，{x}的良率问题需要时间解决。")])
def test_claims_without_a_signal_are_not_linked(relations_of, body):
    assert relations_of(body) == set()


@pytest.mark.parametrize("body", [
    f"分析师林晓峰表示，如果{x}降价，销量就会大增，但{x}的利润会下降。" for x in ORGS])
def test_a_contrast_after_a_hypothesis_qualifies_nothing(relations_of, body):
    assert not any(kind == "qualifies" for _, kind, _ in relations_of(body))


def test_relation_rules_are_named(stance_extract, lexicon):
    x = stance_extract("蓝鲸汽车上季度销量增长20%。这表明其高端化策略正在见效。")
    (relation,) = build_graph([x], lexicon).relations
    assert relation.rule == "relation.conclusion.v1"


STATEMENT_DENIED = [
    (f"分析师林晓峰表示，{{x}}的电池存在严重缺陷。{cue}{q[0]}{ref}{denial}{q[1]}",
     f"{ref}{denial}", "disputes", "{x}的电池存在严重缺陷")
    for cue, q in (("周明远回应称，", ("", "。")), ("陈思雨说：", ("“", "。”")), ("陈思雨说：", ("「", "。」")),
                   ("陈思雨说：", ("『", "。』")), ("陈思雨说:", ('"', '。"')))
    for ref, denial in (("这个说法", "并不准确"), ("该说法", "毫无根据"), ("有关报道", "不实"))
]


@pytest.mark.parametrize(("body", "relation"), _each(STATEMENT_DENIED))
def test_a_statement_named_and_denied_is_disputed(relations_of, body, relation):
    """这个说法并不准确: what was said just before by another speaker is disputed."""
    assert _same(relations_of(body), {relation}), body


@pytest.mark.parametrize(("body", "relation"), _each([
    ("陈思雨称，{x}的扩张会拖垮远航物流的利润，还会推高运费。林晓峰补充说，华辰半导体的订单正在减少。"
     "周明远则表示，拖垮远航物流利润的说法毫无根据。",
     "拖垮远航物流利润的说法毫无根据", "disputes", "{x}的扩张会拖垮远航物流的利润"),
    ("陈思雨认为，{x}的新车续航明显缩水。林晓峰表示，青禾电商的订单正在减少。周明远回应，续航缩水的指控并非事实。",
     "续航缩水的指控并非事实", "disputes", "{x}的新车续航明显缩水")]))
def test_a_statement_quoted_and_denied_is_the_claim_that_says_it(relations_of, body, relation):
    """排挤预算的说法并非事实: the claim that said it, not the one just before."""
    assert any(_same({f}, {relation}) for f in relations_of(body)), body


@pytest.mark.parametrize("body", [
    convert(t.format(x=org)) for org in ORGS for convert in (str, TRADITIONAL) for t in (
        "分析师林晓峰表示，{x}的电池存在严重缺陷。{x}否认了这一说法。",
        "分析师林晓峰表示，{x}的电池存在严重缺陷。周明远说，这个说法很有道理。")])
def test_a_reported_denial_or_an_agreement_disputes_nothing(relations_of, body):
    assert not {f for f in relations_of(body) if f[1] == "disputes"}, body


DATA_THEN_VERDICT = [
    (f"{lead}{{x}}的负债率已达62%，该公司的信用评级势将受到拖累{end}", "{x}的负债率已达62%", "supports",
     "该公司的信用评级势将受到拖累")
    for lead, end in (("分析师林晓峰表示，", "。"), ("分析师林晓峰表示,", "。"), ("“", "。”林晓峰说。"),
                      ("「", "。」林晓峰说。"), ("『", "。』林晓峰说。"), ('"', '。"林晓峰说。'))
] + [
    ("陈思雨指出，{x}的毛利率维持在35%，其盈利能力明显优于同行。", "{x}的毛利率维持在35%", "supports",
     "其盈利能力明显优于同行"),
    ("陈思雨指出，{x}上季度亏损3亿元，该公司的转型令人失望。", "{x}上季度亏损3亿元", "supports", "该公司的转型令人失望"),
]


@pytest.mark.parametrize(("body", "relation"), _each(DATA_THEN_VERDICT))
def test_a_figure_backs_the_verdict_its_source_draws_in_the_sentence(relations_of, body, relation):
    assert any(_same({f}, {relation}) for f in relations_of(body)), body


@pytest.mark.parametrize("body", [
    convert(t.format(x=org)) for org in ORGS for convert in (str, TRADITIONAL) for t in (
        "分析师林晓峰表示，{x}的负债率已达62%，远航物流的前景十分光明。",
        "分析师林晓峰表示，{x}的负债率已达62%。陈思雨认为，该公司的信用评级势将受到拖累。")])
def test_a_verdict_on_another_subject_or_by_another_source_is_not_backed(relations_of, body):
    assert not {f for f in relations_of(body) if f[1] == "supports"}, body


PROBLEM_THEN_REMEDY = [
    (f"{q[0]}{{x}}的违规回收埋下了安全隐患。{remedy}用更严格的规则约束这家公司。{q[1]}",
     "{x}的违规回收埋下了安全隐患", "supports", f"{remedy}用更严格的规则约束这家公司")
    for q in (("“", "”林晓峰说。"), ("林晓峰说：「", "」"), ("林晓峰说：『", "』"), ('"', '"林晓峰说。'))
    for remedy in ("有必要", "亟需")
]


@pytest.mark.parametrize(("body", "relation"), _each(PROBLEM_THEN_REMEDY))
def test_a_problem_is_the_reason_for_the_call_to_act_after_it(relations_of, body, relation):
    assert any(_same({f}, {relation}) for f in relations_of(body)), body


@pytest.mark.parametrize("body", [
    convert(t.format(x=org)) for org in ORGS for convert in (str, TRADITIONAL) for t in (
        "“{x}的新工厂运转顺利。有必要把经验推广到全行业。”林晓峰说。",
        "林晓峰说，{x}的违规回收埋下了安全隐患。周明远则认为，有必要先做调查。")])
def test_a_call_to_act_after_praise_or_by_another_speaker_has_no_reason_before_it(relations_of, body):
    assert not {f for f in relations_of(body) if f[1] == "supports"}, body


@pytest.mark.parametrize(("body", "relation"), _each([
    (f"分析师林晓峰表示，{{x}}海外工厂的成本明显偏高。\n\n{opener}他强调，客户愿意为供应链安全支付溢价。",
     "客户愿意为供应链安全支付溢价", "qualifies", "{x}海外工厂的成本明显偏高")
    for opener in ("不过", "但", "然而")]))
def test_a_contrast_opening_the_next_paragraph_qualifies_the_same_speaker_s_last_claim(relations_of, body, relation):
    assert _same(relations_of(body), {relation})


@pytest.mark.parametrize("body", [
    b for x in ORGS for b in (
        f"分析师林晓峰表示，{x}海外工厂的成本明显偏高。\n\n不过周明远强调，客户愿意为供应链安全支付溢价。",
        TRADITIONAL(f"分析师林晓峰表示，{x}海外工厂的成本明显偏高。\n\n不过周明远强调，客户愿意为供应链安全支付溢价。"))])
def test_a_contrast_opening_the_next_paragraph_by_another_speaker_qualifies_nothing(relations_of, body):
    assert relations_of(body) == set()


@pytest.mark.parametrize(("body", "relation"), _each([
    (f"法人预估，{{x}}明年每股纯益可望挑战20元。{opener}也有{source}提醒，行业竞争激烈，毛利率恐面临压力。",
     "行业竞争激烈，毛利率恐面临压力", "qualifies", "{x}明年每股纯益可望挑战20元")
    for opener, source in (("不过", "投顾业者"), ("但", "分析人士"))]))
def test_a_contrasting_source_on_no_topic_of_its_own_qualifies_the_claim_before(relations_of, body, relation):
    assert _same(relations_of(body), {relation})
