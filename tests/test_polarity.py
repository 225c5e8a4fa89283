"""A claim's polarity toward each entity it evaluates: words, composition and targets.

Every case is generated from templates: invented entities (``data/stance_catalog.toml``),
each sentence in simplified and in traditional (OpenCC), told with a cue before it (full-
and half-width comma) or as a quotation “…” 「…」 『…』 with its speaker after it.
"""

from __future__ import annotations

from itertools import product

import opencc
import pytest

from claimgraph.extract import process_article
from claimgraph.extract.evaluation import Tokens, boundaries
from claimgraph.extract.polarity import target_polarities
from claimgraph.graph import build_graph
from claimgraph.ingest import parse_article
from claimgraph.models import Span, Speaker, holder_key
from claimgraph.nlp import Folder

TRADITIONAL = opencc.OpenCC("s2t").convert
ORGS = (("星河科技", "xinghe"), ("蓝鲸汽车", "lanjing"), ("华辰半导体", "huachen"), ("远航物流", "yuanhang"),
        ("青禾电商", "qinghe"))


def _told(content: str, speaker: str = "林晓峰") -> list[str]:
    """``content`` as said by ``speaker`` in four styles, in simplified and traditional."""
    styles = (f"分析师{speaker}表示，{content}。", f"分析师{speaker}表示,{content}。",
              f"“{content}。”分析师{speaker}表示。", f"「{content}。」{speaker}说。", f"『{content}。』{speaker}说。")
    return [s for style in styles for s in (style, TRADITIONAL(style))]


def _cases(templates: list[tuple[str, str]], n: int = 3) -> list[tuple[str, str, str]]:
    """(body, entity key, polarity): every template with ``n`` of the organisations, told every way."""
    return [(body, key, polarity) for (template, polarity), (name, key) in product(templates, ORGS[:n])
            for body in _told(template.format(x=name))]


def _polarities(extract, body: str) -> dict[str, str]:
    x = extract(body)
    return {tp.entity: tp.polarity.value for c in x.claims for tp in c.polarities}


def _check(extract, body: str, key: str, polarity: str) -> None:
    assert _polarities(extract, body).get(key) == polarity, body


SUBJECT = [
    ("{x}的芯片性能非常出色", "favor"), ("{x}的定价策略令人失望", "against"), ("{x}的新工厂大获成功", "favor"),
    ("{x}的海外业务陷入困境", "against"), ("{x}的前景值得期待", "favor"), ("{x}的财报存在不少隐患", "against"),
    ("{x}是我们的重要伙伴", "favor"), ("{x}的管理层大而无当", "against"),
]


@pytest.mark.parametrize(("body", "key", "polarity"), _cases(SUBJECT, 1))
def test_the_subject_of_an_evaluation(stance_extract, body, key, polarity):
    _check(stance_extract, body, key, polarity)


NEGATION = [
    ("{x}的芯片性能并不突出", "against"), ("{x}没有任何优势", "against"), ("{x}的良率不够稳定", "against"),
    ("{x}的转型并非失败", "favor"), ("{x}的增长前景并不乐观", "against"), ("{x}的优势并不明显", "against"),
    ("{x}的品牌影响力有限", "against"), ("{x}正在失去优势", "against"), ("{x}已经摆脱困境", "favor"),
    ("{x}的护城河正被削弱", "against"),
]


@pytest.mark.parametrize(("body", "key", "polarity"), _cases(NEGATION, 1))
def test_negation_limiters_and_reversers_turn_the_evaluation(stance_extract, body, key, polarity):
    _check(stance_extract, body, key, polarity)


CONCESSION = [
    ("{x}虽然起步较晚，但其技术积累雄厚", "favor"), ("{x}尽管销量不错，利润却持续下滑", "against"),
    ("{x}虽然规模不大，但是增长强劲", "favor"), ("{x}尽管资金雄厚，却一再推迟量产", "against"),
]


@pytest.mark.parametrize(("body", "key", "polarity"), _cases(CONCESSION, 2))
def test_a_conceded_clause_gives_way_to_the_main_clause(stance_extract, body, key, polarity):
    _check(stance_extract, body, key, polarity)


COMPARISON = [
    ("{x}的制程优于{y}", "favor"), ("{x}的续航不如{y}", "against"), ("{x}远远落后于{y}", "against"),
    ("{x}的电池与{y}相当", "favor"), ("{x}的软件足以媲美{y}", "favor"),
]


@pytest.mark.parametrize(("body", "subject", "term", "polarity"), [
    (body, x[1], y[1], polarity) for (template, polarity), (x, y) in product(COMPARISON, zip(ORGS, ORGS[1:3]))
    for body in _told(template.format(x=x[0], y=y[0]))])
def test_a_comparison_evaluates_its_subject_not_its_term(stance_extract, body, subject, term, polarity):
    found = _polarities(stance_extract, body)
    assert found.get(subject) == polarity and term not in found, body


@pytest.mark.parametrize(("body", "key"), [
    (body, key) for (name, key), template in product(ORGS[:2], ("我们的产品不如{x}", "自家芯片远不如{x}"))
    for body in _told(template.format(x=name))])
def test_a_compared_term_is_the_target_where_the_clause_names_no_subject(stance_extract, body, key):
    _check(stance_extract, body, key, "favor")


@pytest.mark.parametrize("body", [b for x in ORGS[:2] for b in _told(f"{x[0]}的员工相当低调")])
def test_parity_words_alone_compare_nothing(stance_extract, body):
    assert _polarities(stance_extract, body) == {}


OBJECTS = [
    ("非常看好{x}的前景", "favor"), ("坚决反对{x}的收购计划", "against"), ("公开质疑{x}的财务数据", "against"),
    ("一直力挺{x}", "favor"), ("对{x}充满期待", "favor"), ("对{x}的做法表示失望", "against"),
]


@pytest.mark.parametrize(("body", "key", "polarity"), _cases(OBJECTS, 2))
def test_the_object_of_an_evaluative_verb(stance_extract, body, key, polarity):
    _check(stance_extract, body, key, polarity)


@pytest.mark.parametrize(("body", "key", "polarity"), [
    (body, key, polarity)
    for (template, polarity), (name, key) in product(
        [("坚决反对{x}", "against"), ("支持{x}", "favor"), ("对{x}寄予厚望", "favor"), ("批评{x}", "against")],
        [("出口管制新规", "export_rule"), ("新能源补贴政策", "subsidy_policy"), ("国产车企", "domestic_automakers")])
    for body in _told(template.format(x=name))[:4]])
def test_policies_and_groups_are_targets(stance_extract, body, key, polarity):
    _check(stance_extract, body, key, polarity)


@pytest.mark.parametrize(("body", "expected"), [
    (b, {(x[1], y[1], p)}) for x, y in product(ORGS[:2], ORGS[2:5])
    for b, p in ((f"{x[0]}一直力挺{y[0]}的新品。", "favor"), (TRADITIONAL(f"{x[0]}公开批评{y[0]}的定价缺乏诚意。"), "against"))])
def test_an_evaluative_verb_is_its_subjects_stance_not_the_articles(stance_extract, lexicon, body, expected):
    """力挺 / 批评 are cues (the conventions' 看好, 批评): the subject holds the stance."""
    stances = build_graph([stance_extract(body)], lexicon).stances
    assert {(holder_key(s.holder), s.target, s.polarity.value) for s in stances} == expected, body


@pytest.mark.parametrize(("body", "key", "polarity"), _cases([
    ("{x}被寄望成为新一代爆品", "favor"), ("{x}备受质疑", "against"), ("{x}一直被看好", "favor"),
    ("{x}遭到投资者抛售", "against")], 2))
def test_a_passive_evaluative_verb_evaluates_its_subject(stance_extract, body, key, polarity):
    _check(stance_extract, body, key, polarity)


@pytest.mark.parametrize(("body", "absent"), [
    (b, y[1]) for x, y in zip(ORGS, ORGS[1:]) for b in _told(f"{x[0]}的系统无法支持{y[0]}的接口")[:6]
] + [
    (b, x[1]) for x in ORGS for b in _told(f"{x[0]}存在财务造假的说法纯属捏造")[:6]])
def test_what_is_not_judged_gets_no_polarity(stance_extract, body, absent):
    """无法支持Y: the subject fails, Y is not judged; ……的说法纯属捏造: the claim is judged."""
    assert absent not in _polarities(stance_extract, body), body


@pytest.mark.parametrize("body", [b for x, y in zip(ORGS, ORGS[1:]) for b in (
    f"{x[0]}主打更丰富的功能和更强的续航。", TRADITIONAL(f"{x[0]}号称其芯片性能全球领先。"),
    f"{x[0]}昨日下调了{y[0]}的评级。", TRADITIONAL(f"{x[0]}昨日起诉了{y[0]}。"),
    f"{x[0]}宣传其新车安全可靠。")])
def test_what_a_company_claims_or_does_is_no_stance_of_the_article(stance_extract, lexicon, body):
    """X号称……, X下调了Y的评级: no stance of the article (the downgrade is X's view of Y)."""
    assert [s for s in build_graph([stance_extract(body)], lexicon).stances if s.holder.kind == "author"] == []


@pytest.mark.parametrize(("body", "key", "polarity"), [
    (f"{x}昨日发布了新车。{t}", key, p) for (x, key), (t, p) in product(ORGS[:4], [
        ("分析师林晓峰表示，这家公司的表现令人失望。", "against"), ("分析師林曉峰表示，該公司的前景值得期待。", "favor"),
        ("分析师周明远表示，该公司的渠道优势明显。", "favor"), ("周明遠說，這家公司的現金流存在隱患。", "against"),
        ("分析师陈思雨认为，该公司已经陷入困境。", "against")])])
def test_a_reference_reaches_the_company_it_stands_for(stance_extract, body, key, polarity):
    _check(stance_extract, body, key, polarity)


@pytest.mark.parametrize("body", [b for x in ORGS for b in _told(f"{x[0]}的营收同比大增265%")[:4]])
def test_a_number_after_a_word_is_no_evaluation(stance_extract, body):
    assert _polarities(stance_extract, body) == {}


@pytest.mark.parametrize("body", [b for x in ORGS for b in _told(f"如果{x[0]}降价，其优势就会更突出")[:4]])
def test_a_conditional_claim_holds_no_stance(stance_extract, lexicon, body):
    assert build_graph([stance_extract(body)], lexicon).stances == ()


def _direct(nlp, lexicon, text: str, start: int = 0, end: int | None = None,
            speaker: Speaker | None = None) -> dict[str, tuple[str, float]]:
    """target_polarities over ``text[start:end]`` (a claim span the claims stage would not
    give: a question, an ASCII quotation, a claim after an evaluative cue), with the
    pipeline's tokens and mentions; ``speaker``'s cue in offsets of ``text``."""
    x = process_article(parse_article(f"测试新闻\n\n{text}\n".encode("utf-8"), "d.txt"), nlp, lexicon)
    view = Folder().view(x.article.text)
    offset = x.article.text.index(text)
    span = Span(start=offset + start, end=offset + (len(text) if end is None else end))
    about = [(m.entity, m.span) for m in x.mentions if span.start <= m.span.start and m.span.end <= span.end]
    if speaker is not None and speaker.cue is not None:
        speaker = speaker.model_copy(update={"cue": Span(start=speaker.cue.start + offset, end=speaker.cue.end + offset)})
    return {tp.entity: (tp.polarity.value, tp.score)
            for tp in target_polarities(view, span, about, lexicon, frozenset(), Tokens(view, x.tokens), speaker)}


@pytest.mark.parametrize(("text", "key", "polarity"), [
    (template.format(x=name), key, p) for (name, key), (template, p) in product(ORGS, [
        ("难道{x}的产品不够好吗？", "favor"), ("難道{x}的前景不值得期待嗎？", "favor"),
        ("{x}怎么可能成功？", "against"), ("{x}岂能一直领先？", "against")])])
def test_a_rhetorical_question_says_the_opposite(stance_nlp, lexicon, text, key, polarity):
    assert _direct(stance_nlp, lexicon, text, end=len(text) - 1)[key][0] == polarity


@pytest.mark.parametrize("text", [t.format(x=x[0]) for x, t in product(ORGS, (
    "{x}的新品会成功吗？", "{x}能否保持领先？", "{x}的前景值得期待吗？", "{x}會陷入困境嗎？"))])
def test_a_plain_question_holds_no_evaluation(stance_nlp, lexicon, text):
    assert _direct(stance_nlp, lexicon, text, end=len(text) - 1) == {}


@pytest.mark.parametrize(("plain", "hedged"), [
    (p.format(x=x[0]), h.format(x=x[0])) for x, (p, h) in product(ORGS, [
        ("{x}已经陷入困境", "{x}可能陷入困境"), ("{x}的前景值得期待", "{x}的前景或许值得期待"),
        ("{x}的增长强劲", "{x}的增长也许强劲"), ("{x}將大獲成功", "{x}或將大獲成功")])])
def test_a_hedge_weakens_the_evaluation(stance_nlp, lexicon, plain, hedged):
    (_, strong), = _direct(stance_nlp, lexicon, plain).values()
    (_, weak), = _direct(stance_nlp, lexicon, hedged).values()
    assert 0 < abs(weak) < abs(strong) and weak * strong > 0


@pytest.mark.parametrize(("text", "key", "polarity"), [
    (t.format(x=x[0]), x[1], p) for x, (t, p) in product(ORGS, [
        ('林晓峰说："{x}的芯片性能非常出色。"', "favor"), ('林曉峰說："{x}的定價策略令人失望。"', "against"),
        ('"{x}的前景值得期待",周明远说', "favor"), ('"{x}的海外業務陷入困境",周明遠說', "against")])])
def test_ascii_quotation_marks_are_read_like_any_other(stance_nlp, lexicon, text, key, polarity):
    assert _direct(stance_nlp, lexicon, text)[key][0] == polarity


CUES = [("依然看好", "favor"), ("一直力挺", "favor"), ("公开唱衰", "against"), ("质疑", "against"),
        ("批评", "against"), ("看空", "against"), ("担忧", "against")]


@pytest.mark.parametrize(("text", "cue", "key", "polarity"), [
    (f"北辰资本{cue}{x[0]}的股价在明年上涨三成", cue, x[1], p) for (cue, p), x in product(CUES, ORGS[:3])])
def test_an_evaluative_cue_carries_its_polarity_to_the_clause_it_governs(stance_nlp, lexicon, text, cue, key, polarity):
    """The claims stage strips 北辰资本看好 as the attribution: the cue still evaluates."""
    for text_ in (text, TRADITIONAL(text)):
        cue_end = len("北辰资本") + len(cue)
        speaker = Speaker(kind="entity", key="beichen", rule="attribution.cue_before.v1", cue=Span(start=0, end=4))
        found = _direct(stance_nlp, lexicon, text_, start=cue_end, speaker=speaker)
        assert found[key][0] == polarity, text_


def test_an_evaluative_cue_verb_makes_its_subject_the_holder(stance_extract, lexicon):
    kg = build_graph([stance_extract("北辰资本依然看好星河科技的股价在明年上涨三成。")], lexicon)
    assert {(holder_key(s.holder), s.target, s.polarity.value) for s in kg.stances} == {("beichen", "xinghe", "favor")}


def test_tokens_keep_dictionary_words_whole(stance_nlp):
    text = "这是一个机会"
    view = Folder().view(text)
    starts = [t.idx for t in stance_nlp.tokenizer(text)]
    assert 4 in starts and 5 not in boundaries(view, starts, stance_nlp.tokenizer.jieba_seg.known)


# ------------------------------------------------------------------ constructions and targets


@pytest.mark.parametrize(("body", "key", "polarity"), _cases([
    ("我们绝不会让{x}在本地继续营运", "against"), ("监管部门不会允许{x}进入本地市场", "against"),
    ("当局严禁{x}在境内销售新品", "against"), ("我们决不容忍{x}再这样做", "against")], 2))
def test_a_permission_denied_is_a_stance_against_whom_it_is_denied(stance_extract, body, key, polarity):
    _check(stance_extract, body, key, polarity)


@pytest.mark.parametrize(("body", "key", "polarity"), _cases([
    ("{x}日前印发通知，要求各地加强监管，严禁以研学名义变相开展培训", "none"),
    ("{x}今天发布新规，严禁以任何名义收取额外费用", "none"),
    ("{x}表示，决不允许再发生类似事件", "none")], 2))
def test_the_one_who_forbids_is_no_target_of_the_prohibition(stance_extract, body, key, polarity):
    assert _polarities(stance_extract, body).get(key, "none") == polarity, body


@pytest.mark.parametrize(("body", "key", "polarity"), _cases([
    ("{x}的新作取得了史无前例的成绩", "favor"), ("{x}的新车销量位居全国第一", "favor"),
    ("{x}的芯片性能前所未有", "favor"), ("{x}这次打破了行业纪录", "favor")], 2))
def test_records_and_superlatives_praise(stance_extract, body, key, polarity):
    _check(stance_extract, body, key, polarity)


@pytest.mark.parametrize(("body", "key", "polarity"), _cases([
    ("{x}的口碑已经崩盘", "against"), ("{x}的增长明显放缓", "against"), ("{x}的创新能力不足", "against"),
    ("{x}的优势正在下滑", "against")], 2))
def test_a_merit_undone_by_the_predicate_after_it(stance_extract, body, key, polarity):
    _check(stance_extract, body, key, polarity)


@pytest.mark.parametrize(("body", "key", "polarity"), _cases([
    ("{x}选错了方向", "against"), ("{x}押错了赛道", "against"), ("{x}在这件事上走了弯路", "against")], 2))
def test_a_wrong_choice_is_criticism(stance_extract, body, key, polarity):
    _check(stance_extract, body, key, polarity)


@pytest.mark.parametrize(("body", "key", "polarity"), _cases([
    ("{x}在融资环节比较容易", "favor"), ("{x}获得订单相当轻松", "favor"),
    ("{x}的新系统容易出现故障", "against")], 2))
def test_ease_ending_a_clause_is_success_and_before_a_verb_a_tendency(stance_extract, body, key, polarity):
    _check(stance_extract, body, key, polarity)


@pytest.mark.parametrize(("body", "key", "polarity"), _cases([
    ("{x}的成功不是靠运气，而是靠扎实的技术积累", "favor"), ("{x}的问题不是缺钱，而是管理混乱", "against")], 3))
def test_not_this_but_that_the_correction_carries_the_point(stance_extract, body, key, polarity):
    _check(stance_extract, body, key, polarity)


@pytest.mark.parametrize(("body", "feared", "named"), [
    (body, "jiguang", key) for (name, key) in ORGS[:3]
    for body in _told(f"担心{name}《极光X1》那样口碑崩盘的情况重演")])
def test_what_is_feared_is_the_head_of_two_names(stance_extract, body, feared, named):
    """X《Y》: the product is the head of the phrase, its maker a modifier."""
    found = _polarities(stance_extract, body)
    assert found.get(feared) == "against" and named not in found, body


@pytest.mark.parametrize(("body", "keys"), [
    (f"{x[0]}与{y[0]}昨日宣布合并。{t}", {x[1], y[1]}) for x, y in zip(ORGS, ORGS[1:])
    for t in ("分析师林晓峰表示，两家公司的前景值得期待。", "分析師林曉峰表示，兩家公司的前景值得期待。",
              "“两家公司的前景值得期待。”周明远说。", "「兩家公司的前景值得期待。」周明遠說。",
              "分析师陈思雨认为，双方的前景值得期待。")])
def test_a_reference_to_several_entities_reaches_them_all(stance_extract, body, keys):
    found = _polarities(stance_extract, body)
    assert {k for k in keys if found.get(k) == "favor"} == keys, body


@pytest.mark.parametrize("body", [
    b for x in ORGS for b in (f"这笔资金将主要投向{x[0]}的技术创新和高端人才引进。",
                              TRADITIONAL(f"这笔资金旨在帮助{x[0]}打造一流的研发团队。"),
                              f"当{x[0]}高举创新大旗，要对竞争对手开战时，用户最关心的仍是价格。",
                              TRADITIONAL(f"当{x[0]}宣布降价时，市场反应平平。"))])
def test_goals_and_circumstances_hold_no_stance_of_the_article(stance_extract, lexicon, body):
    """资金将用于技术创新 states a goal; 当……时 frames a circumstance, up to its closing 时."""
    assert build_graph([stance_extract(body)], lexicon).stances == ()


# a time word the leading-date pattern only begins (今年初, 去年底) used to hold the clause's
# head in place for ever; the clause is read with the time word as its first unit
LEADING_TIME_WORDS = [("今年初，{x}的新工厂大获成功", "favor"), ("去年底，{x}的海外业务陷入困境", "against"),
                      ("明年初{x}的前景值得期待", "favor")]


@pytest.mark.parametrize(("body", "key", "polarity"), _cases(LEADING_TIME_WORDS, 2))
def test_a_time_word_opening_the_clause_is_read_past(stance_extract, body, key, polarity):
    _check(stance_extract, body, key, polarity)


INACTION = [("{x}迟迟未公布完整的测试数据", "against"), ("{x}至今从未提出具体的整改方案", "against"),
            ("{x}始终没有回应用户的投诉", "against"), ("{x}迄今仍未兑现当初的承诺", "against")]


@pytest.mark.parametrize(("body", "key", "polarity"), _cases(INACTION))
def test_an_actor_that_still_has_not_acted_is_reproached(stance_extract, body, key, polarity):
    """X迟迟未公布……: a delay word and a negator before a plain verb reproach the subject."""
    _check(stance_extract, body, key, polarity)


@pytest.mark.parametrize(("body", "key", "polarity"), _cases([
    ("{x}至今未发生安全事故", "favor"), ("{x}始终没有出现质量问题", "favor")]))
def test_a_negated_misfortune_after_a_delay_word_is_composition_s(stance_extract, body, key, polarity):
    """X至今未发生事故: the negator flips the evaluative word; no reproach."""
    _check(stance_extract, body, key, polarity)


@pytest.mark.parametrize("body", [
    b for (name, _), t in product(ORGS, ("{x}至今未回应置评请求。", "截至发稿，{x}仍未公布调查结果。"))
    for b in (t.format(x=name), TRADITIONAL(t.format(x=name)))])
def test_the_article_reporting_that_someone_has_not_acted_is_no_reproach(stance_extract, body):
    assert _polarities(stance_extract, body) == {}, body


@pytest.mark.parametrize(("body", "key", "polarity"), _cases([
    ("{x}的估值已经透支了未来的增长", "against"), ("{x}处于行业第一梯队", "favor"),
    ("{x}的审批流程太慢", "against"), ("{x}的改革方向正确", "favor")]))
def test_evaluative_phrases_beyond_single_words(stance_extract, body, key, polarity):
    _check(stance_extract, body, key, polarity)


@pytest.mark.parametrize(("body", "key", "polarity"), _cases([
    ("{x}的盈利正在修复", "favor"), ("{x}的优势正被削弱", "against"), ("{x}已经摆脱困境", "favor"),
    ("{x}的竞争力正在修复", "favor")]))
def test_a_reverser_that_only_undoes_what_is_bad_restores_a_merit(stance_extract, body, key, polarity):
    """盈利修复: a merit restored; 优势被削弱: a merit lost; 摆脱困境: a failing undone."""
    _check(stance_extract, body, key, polarity)


@pytest.mark.parametrize(("body", "key", "polarity"), _cases([
    ("{x}盈利修复的速度快于市场预期", "favor"), ("{x}的出货量不及外界预期", "against"),
    ("{x}的订单增长慢于预期", "against")]))
def test_a_result_measured_against_expectations(stance_extract, body, key, polarity):
    _check(stance_extract, body, key, polarity)


@pytest.mark.parametrize(("body", "key"), [
    (body, key) for name, key in ORGS[:3] for t in ("{x}是一家研发通用模型的企业", "{x}推出了一款通用机器人")
    for body in _told(t.format(x=name))])
def test_a_predicate_word_as_a_modifier_evaluates_nothing(stance_extract, body, key):
    """通用 praises as a predicate (平台非常通用), not inside a noun (通用模型)."""
    assert key not in _polarities(stance_extract, body), body


EXCESS = [
    ("{x}的扩张策略过于保守", "against"), ("{x}对明年的销量过于乐观", "against"), ("{x}的定价过度激进", "against"),
    ("{x}过分依赖单一客户", "against"), ("{x}的估值太过乐观", "against"), ("{x}的新品发布节奏过于谨慎", "against"),
]


@pytest.mark.parametrize(("body", "key", "polarity"), _cases(EXCESS, 2))
def test_too_much_of_anything_is_a_fault(stance_extract, body, key, polarity):
    """过于 / 过度 / 过分 / 太过 before an evaluative word: too much of a merit or of a mild
    fault judges the subject against (过于保守, 过度乐观)."""
    _check(stance_extract, body, key, polarity)


UNDONE = [
    ("{x}的措施无法解决行业的根本问题", "against"), ("{x}至今未能摆脱困境", "against"),
    ("{x}始终没能化解债务风险", "against"), ("{x}没有失去优势", "favor"), ("{x}难以扭转亏损局面", "against"),
]


@pytest.mark.parametrize(("body", "key", "polarity"), _cases(UNDONE, 2))
def test_a_reversal_that_did_not_happen_leaves_the_evaluation(stance_extract, body, key, polarity):
    """无法解决问题, 未能摆脱困境: a negated reverser undoes nothing; the problem stands
    against the subject (and a merit not lost stays a merit)."""
    _check(stance_extract, body, key, polarity)


SELF_SEEKING = [("{x}只顾赚钱", "against"), ("{x}一味追求规模", "against"), ("{x}只顾眼前利益，不顾用户感受", "against")]


@pytest.mark.parametrize(("body", "key", "polarity"), _cases(SELF_SEEKING, 2))
def test_caring_only_for_itself_is_a_fault(stance_extract, body, key, polarity):
    """只顾赚钱, 一味追求规模: what the subject cares for only, good or not, is held against it."""
    _check(stance_extract, body, key, polarity)
