"""Stances: one per holder, target and article, out of the holder's own claims, with the
claims as evidence. Cases are generated from templates with invented entities, in
simplified and traditional."""

from __future__ import annotations

from itertools import product

import opencc
import pytest

from claimgraph.graph import build_graph
from claimgraph.models import holder_key

TRADITIONAL = opencc.OpenCC("s2t").convert
ORGS = (("星河科技", "xinghe"), ("蓝鲸汽车", "lanjing"), ("华辰半导体", "huachen"), ("远航物流", "yuanhang"))
ANALYSTS = (("林晓峰", "linxiaofeng"), ("周明远", "zhoumingyuan"), ("陈思雨", "chensiyu"))


@pytest.fixture(scope="module")
def stances_of(stance_extract, lexicon):
    """stances_of(body) -> {(holder, target, polarity)} of a one-paragraph article."""

    def run(body: str) -> set[tuple[str, str, str]]:
        kg = build_graph([stance_extract(body)], lexicon)
        return {(holder_key(s.holder), s.target, s.polarity.value) for s in kg.stances}

    return run


def _both(body: str) -> list[str]:
    return [body, TRADITIONAL(body)]


def _templated(polarity: str | None, *templates: str) -> list[tuple[str, set]]:
    """(body, the stances expected) of each template filled with each analyst and organisation,
    in both scripts: the analyst's stance of ``polarity`` towards the organisation, or none."""
    return [(b, set() if polarity is None else {(a[1], x[1], polarity)})
            for a, x in product(ANALYSTS, ORGS) for t in templates for b in _both(t.format(a=a[0], x=x[0]))]


@pytest.mark.parametrize(("body", "expected"), [
    (b, {(a[1], x[1], "against")}) for a, x in product(ANALYSTS, ORGS)
    for b in _both(f"分析师{a[0]}认为，{x[0]}的模型性能领先。他还指出，{x[0]}的成本存在弊端，利润率令人失望。")])
def test_the_side_more_claims_take_wins(stances_of, body, expected):
    assert stances_of(body) == expected


@pytest.mark.parametrize("body", [
    b for a, x in product(ANALYSTS, ORGS)
    for b in _both(f"分析师{a[0]}认为，{x[0]}的模型性能领先。他还指出，{x[0]}的成本存在弊端。")])
def test_evenly_mixed_evidence_is_neutral(stances_of, body):
    assert {p for *_, p in stances_of(body)} == {"neutral"}


@pytest.mark.parametrize(("body", "conceded", "favoured"), [
    (b, x[1], y[1]) for a, (x, y) in product(ANALYSTS, zip(ORGS, ORGS[1:]))
    for b in _both(f"分析师{a[0]}表示，{x[0]}确实站稳了脚跟，然而{y[0]}的平台非常通用。")])
def test_a_conceded_claim_is_neutral_evidence(stances_of, body, conceded, favoured):
    found = {(t, p) for _, t, p in stances_of(body)}
    assert found == {(conceded, "neutral"), (favoured, "favor")}


@pytest.mark.parametrize("body", [
    b for a, x in product(ANALYSTS, ORGS) for b in _both(f"分析师{a[0]}表示，{x[0]}的现金流存在隐患。")])
def test_evidence_lists_the_claims(stance_extract, lexicon, body):
    x = stance_extract(body)
    (stance,) = build_graph([x], lexicon).stances
    (claim,) = x.claims
    assert stance.evidence == (claim.id,) and stance.polarity.value == "against" and stance.score < 0


@pytest.mark.parametrize("body", [
    b for (name, _), source in product(ORGS, ("市场研究机构IDC数据显示，", "Wind数据显示，", "资料显示，"))
    for b in _both(f"{source}{name}的市场份额领先。")])
def test_a_data_source_holds_no_stance(stances_of, body):
    assert stances_of(body) == set()


@pytest.mark.parametrize("body", [
    b for a, x in product(ANALYSTS, ORGS)
    for b in _both(f"分析师{a[0]}表示，如果{x[0]}降价，其优势就会更突出。")])
def test_a_conditional_and_its_consequent_hold_no_stance(stances_of, body):
    assert stances_of(body) == set()


@pytest.mark.parametrize("body", [
    b for (name, _), (verb, claim) in product(ORGS, [("表示", "公司的产品非常出色"), ("宣布", "我们的新品大获成功"),
                                                    ("称", "公司的增长前景值得期待")])
    for b in _both(f"{name}{verb}，{claim}。")])
def test_a_holder_holds_no_stance_toward_itself(stances_of, body):
    assert stances_of(body) == set()


@pytest.mark.parametrize(("body", "holder"), [
    (b, holder) for (name, key), (cue, holder) in product(ORGS, [("有观点认为，", "unnamed:有观点"),
                                                                ("业内人士称，", "unnamed:业内人士"),
                                                                ("", "@author")])
    for b in _both(f"{cue}{name}的商业模式大而无当。")])
def test_unnamed_sources_and_the_article_hold_stances_too(stances_of, body, holder):
    assert {(h, p) for h, _, p in stances_of(body)} == {(holder, "against")}


@pytest.mark.parametrize(("body", "key"), [
    (b, key) for (name, key), outcome in product(ORGS, ("营收同比增长30%", "股价上月下跌", "销量继续回升"))
    for b in _both(f"{name}{outcome}。")])
def test_the_article_reporting_an_outcome_is_no_stance(stances_of, body, key):
    assert stances_of(body) == set()


def test_stances_are_one_per_holder_target_and_article(stance_extract, lexicon):
    xs = [stance_extract("分析师林晓峰表示，星河科技的芯片性能非常出色。他还说，星河科技的前景值得期待。", name=n)
          for n in ("a.txt", "b.txt")]
    stances = build_graph(xs, lexicon).stances
    assert [(s.article, len(s.evidence)) for s in stances] == [("a", 2), ("b", 2)]


@pytest.mark.parametrize(("body", "expected"), _templated(
    "against", "{a}要求{x}立即停止违规收集用户数据。", "{a}敦促{x}尽快召回问题车辆并公开道歉。",
    "{a}警告{x}，不要再夸大芯片性能。", "{a}表示，{x}必须向消费者作出说明，并公开道歉。"))
def test_a_demand_that_someone_correct_itself_is_a_stance_against_it(stances_of, body, expected):
    """要求X停止违规: the demand is the evaluation (not 停止违规, which alone would read as good)."""
    assert stances_of(body) == expected, body


@pytest.mark.parametrize(("body", "expected"), _templated(
    "against", "分析师{a}表示，{x}须在年底前落地，否则将被下架。", "{a}强调：“{x}要么限期退出，要不然就全面封禁。”",
    "分析师{a}认为，{x}若真重视用户，就应该尽快公开测试数据。", "{a}表示，{x}若有心展现诚意，更该优先补偿用户。"))
def test_an_ultimatum_or_a_reproach_holds_in_a_conditional_claim(stances_of, body, expected):
    """……,否则下架 threatens; X若真……,就应该…… reproaches X for not doing it: both are stances,
    where a plain condition (如果X降价,……) holds none."""
    assert stances_of(body) == expected, body


@pytest.mark.parametrize(("body", "analyst", "key"), [
    (b, a[1], x[1]) for a, x in product(ANALYSTS, ORGS) for t in (
        "分析师{a}表示，投资者普遍担忧{x}的现金流。", "分析师{a}指出，不少用户非常看好{x}的新车。")
    for b in _both(t.format(a=a[0], x=x[0]))])
def test_a_groups_attitude_is_not_the_speakers(stances_of, body, analyst, key):
    """The attitude of an unnamed group the speaker reports is that group's, not the speaker's."""
    assert not {s for s in stances_of(body) if s[:2] == (analyst, key)}, body


def test_every_evaluative_cue_of_the_claim_stage_is_an_evaluative_word_of_its_sign(claim_lexicon, lexicon):
    """A cue the claims stage reads as evaluative (看好, 批评 …) evaluates its object here too,
    whether the claim keeps it (北辰资本看好X) or strips it as the attribution."""
    wrong = []
    for word in claim_lexicon.cues._items:
        polarity = claim_lexicon.cue_polarity(word)
        if polarity is None:
            continue
        entry = lexicon.evaluative.entries.get(word)
        if entry is None or (entry.sign > 0) != (polarity.value == "favor"):
            wrong.append(word)
    assert wrong == []


@pytest.mark.parametrize(("body", "key"), [
    (b, x[1]) for x in ORGS for t in (
        "{x}上季度营收增长三成。这让{x}总算迎来一线曙光。", "{x}的新工厂已经投产。这意味着{x}的前景十分光明。",
        "{x}本月的订单翻了一番。这说明{x}的转型大获成功。")
    for b in _both(t.format(x=x[0]))])
def test_the_article_reading_the_news_holds_a_stance(stances_of, body, key):
    """这让X终于看到曙光: the article's own interpretation, not an outcome it reports."""
    assert ("@author", key, "favor") in stances_of(body), body


@pytest.mark.parametrize(("body", "expected"), [
    (b, {(a[1], "subsidy_policy", p)}) for a in (*ANALYSTS, ("北辰资本", "beichen"))
    for t, p in (("{a}反对新能源补贴政策。", "against"), ("{a}对新能源补贴政策表示欢迎。", "favor"),
                 ("{a}公开支持新能源补贴政策。", "favor"), ("{a}一直力挺新能源补贴政策。", "favor"))
    for b in _both(t.format(a=a[0]))])
def test_an_attitude_the_article_reports_is_the_actor_s_stance(stances_of, body, expected):
    """陈思雨反对X (the article's voice): her stance toward X, not the article's."""
    assert stances_of(body) == expected, body


@pytest.mark.parametrize(("body", "expected"), _templated(
    None, "{a}认为，{x}应加快研发投入，才能从根本上提升竞争力。", "{a}表示，{x}必须改善服务，才能赢得用户信任。",
    "{a}认为，只有{x}加大投入，才有望推动行业健康发展。"))
def test_what_a_proposal_would_bring_about_is_no_stance(stances_of, body, expected):
    """……应加快……,才能提升竞争力: the good outcome is what the proposal would bring, no praise of X."""
    assert stances_of(body) == expected, body


@pytest.mark.parametrize(("body", "expected"), _templated(
    "favor", "{a}认为，{x}投入巨大，所以才能提升竞争力。", "{a}认为，{x}明年应该可以追平行业龙头。"))
def test_a_result_after_so_or_a_guess_after_should_is_still_evaluated(stances_of, body, expected):
    """……,所以才能……: a result, not a proposal's outcome; 应该可以追平: a guess, not a proposal."""
    assert stances_of(body) == expected, body


@pytest.mark.parametrize(("body", "expected"), _templated(
    "against", "{a}强调，{x}的做法违反世贸组织规则，是典型的保护主义行为。", "{a}表示，{x}的行为是赤裸裸的单边主义。",
    "{a}批评称，{x}此举严重违反市场规则。"))
def test_a_conduct_called_protectionist_or_in_breach_of_rules_is_a_stance_against_its_actor(stances_of, body,
                                                                                           expected):
    assert stances_of(body) == expected, body


@pytest.mark.parametrize("body", _both("对于欧盟拟加征关税一事，林晓峰强调，欧方做法违反世贸组织规则，是典型的保护主义行为。"))
def test_the_european_side_is_the_european_union(stances_of, body):
    assert stances_of(body) == {("linxiaofeng", "eu", "against")}


@pytest.mark.parametrize(("body", "expected"), _templated(
    "favor", "{a}指出，{x}短期内不存在资金链风险。", "{a}表示，{x}的产品没有质量问题。", "{a}认为，{x}并无经营风险。"))
def test_a_negation_reaches_an_evaluative_noun_through_its_modifier(stances_of, body, expected):
    """不存在|资金链|风险: the risk denied, not asserted."""
    assert stances_of(body) == expected, body


@pytest.mark.parametrize(("body", "expected"), _templated(
    "against", "{a}指出，{x}存在资金链风险。", "{a}表示，{x}的产品存在质量问题。"))
def test_an_evaluative_noun_with_a_modifier_and_no_negation_stays_as_it_is(stances_of, body, expected):
    assert stances_of(body) == expected, body


@pytest.mark.parametrize(("body", "expected"), _templated(
    None, "{a}表示，{x}短期股价波动不改变长期价值。"))
def test_a_negation_before_a_verb_and_a_merit_reaches_no_fault_through_them(stances_of, body, expected):
    """不|改变|长期|价值: the verb and the word after it are no modifier of 价值 the negation reaches through."""
    assert stances_of(body) == expected, body
