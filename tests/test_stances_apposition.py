"""Who a stance is about when the name stands in apposition (另一家平台X, 竞争对手X), and
whose attitude a verb states when its subject is a kind of people (人们都看好……,
批评者并不认同……). Cases are generated from templates with invented entities, in
simplified and traditional, full- and half-width punctuation."""

from __future__ import annotations

from itertools import product

import opencc
import pytest

from test_stances import stances_of  # noqa: F401 (the fixture: {(holder, target, polarity)} of a body)

TRADITIONAL = opencc.OpenCC("s2t").convert
HALF = str.maketrans({"，": ",", "：": ":"})
ORGS = (("星河科技", "xinghe"), ("蓝鲸汽车", "lanjing"), ("华辰半导体", "huachen"), ("远航物流", "yuanhang"))
KINDS = ("另一家平台", "竞争对手", "手机厂商", "主要竞争对手", "这家初创公司", "老牌厂商")
JUDGED = (("的做法值得借鉴", "favor"), ("的表现可圈可点", "favor"), ("的售后令人失望", "against"),
          ("的服务明显落后", "against"))
GROUPS = ("所有人都", "不少批评者", "一些旁观者", "多数从业者", "很多消费者")
ATTITUDES = ("看好此项收购", "并不看好此项收购", "认同此项收购", "质疑此项收购")


def _styles(body: str) -> list[str]:
    return [body, TRADITIONAL(body), body.translate(HALF)]


# entity discovery (not this layer) reads 平台X的售后 as the name of a product of X
_DISCOVERED = pytest.mark.xfail(strict=True, reason="discovery takes 平台X的售后 for a product name")


@pytest.mark.parametrize(("body", "expected"), [
    pytest.param(b, {("@author", x[1], p)}, marks=[_DISCOVERED] if k.endswith("平台") and j.startswith("的售后") else [])
    for (k, x), (j, p) in product(product(KINDS, ORGS), JUDGED) for b in _styles(f"{k}{x[0]}{j}。")])
def test_a_name_in_apposition_is_the_clause_subject(stances_of, body, expected):
    """另一家平台X的做法值得借鉴: the kind noun before the name is X itself."""
    assert stances_of(body) == expected, body


@pytest.mark.parametrize("body", [
    b for (x, y), g, a in product(zip(ORGS, ORGS[1:]), GROUPS, ATTITUDES)
    for b in _styles(f"{x[0]}宣布收购{y[0]}。然而，{g}{a}。")])
def test_an_attitude_of_people_named_by_kind_is_not_the_article_s(stances_of, body):
    """所有人都看好此项收购 in the article's voice: the attitude of those people, not the
    article's stance toward either party."""
    assert not {s for s in stances_of(body) if s[0] == "@author"}, body


@pytest.mark.parametrize("body", [
    b for (x, y), k in product(zip(ORGS, ORGS[2:] + ORGS[:2]), ("竞争对手", "主要竞争对手", "同行", "老牌厂商"))
    for v in ("并不认同", "并不看好") for b in _styles(f"{x[0]}周四发布新一代产品。对此，{k}{y[0]}{v}。")])
def test_a_rival_s_attitude_is_not_the_article_s(stances_of, body):
    """对此，竞争对手Y并不认同: Y's view (of nothing it names), not the article's against X."""
    assert not {s for s in stances_of(body) if s[0] == "@author"}, body


PEOPLE = (("林晓峰", "linxiaofeng"), ("周明远", "zhoumingyuan"), ("陈思雨", "chensiyu"))
ATTITUDE_VERBS = (("则一直反对", "against"), ("则公开支持", "favor"), ("则力挺", "favor"), ("也明确反对", "against"))


@pytest.mark.parametrize(("body", "expected"), [
    (b, {(p[1], "subsidy_policy", pol)}) for o, p, r, (v, pol) in product(
        ORGS[:3], PEOPLE, ("董事长", "合伙人"), ATTITUDE_VERBS)
    for b in _styles(f"远航物流宣布裁员。{o[0]}{r}{p[0]}{v}新能源补贴政策。")])
def test_the_head_of_the_actor_phrase_holds_the_reported_attitude(stances_of, body, expected):
    """X公司董事长Y反对Z in the article's voice: Y's stance, not X's (the company only says who Y is)."""
    assert {s for s in stances_of(body) if s[1] == "subsidy_policy"} == expected, body


@pytest.mark.parametrize("body", [
    b for a, (d, n), v in product(PEOPLE, (("该", "说法"), ("这种", "传言"), ("上述", "报道"), ("此类", "指控")),
                                   ("毫无根据", "纯属捏造", "并不准确"))
    for b in _styles(f"{a[0]}指出，极光X1的电池存在隐患。星河科技回应称，{d}{n}{v}，极光X1使用的电池与旗舰车型相同。")])
def test_a_judgement_of_a_claim_pointed_back_at_is_no_stance_on_what_it_names(stances_of, body):
    """该说法毫无根据，X……: the reply judges what was said, not X named after it."""
    assert not {s for s in stances_of(body) if s[0] == "xinghe"}, body


@pytest.mark.parametrize(("body", "denier"), [
    (b, a[1]) for a, x, (d, f) in product(PEOPLE, ORGS, (("否认", "的财务存在漏洞"), ("坚决否认", "的新车存在安全隐患"),
                                                        ("断然否认", "的业绩表现令人失望")))
    for b in _styles(f"分析师{a[0]}{d}{x[0]}{f}。")])
def test_what_a_speaker_denies_is_no_stance_of_the_speaker(stances_of, body, denier):
    """陈思雨否认X的财务存在漏洞: the flaw is what she denies, not what she holds."""
    assert not {s for s in stances_of(body) if s[0] == denier}, body


@pytest.mark.parametrize(("body", "expected"), [
    (b, {(a[1], x[1], "against")}) for a, x, c in product(PEOPLE, ORGS, ("澄清", "反驳称", "驳斥说"))
    for b in _styles(f"分析师{a[0]}{c}，{x[0]}的财务存在严重漏洞。")])
def test_what_a_speaker_clarifies_is_the_speaker_s_own(stances_of, body, expected):
    """陈思雨澄清，X的财务存在严重漏洞: a clarification asserts what follows."""
    assert stances_of(body) == expected, body


@pytest.mark.parametrize(("body", "speaker"), [
    (b, a[1]) for a, x, v, n in product(PEOPLE, ORGS, ("驳斥", "回应了", "反驳"), ("批评", "质疑", "担忧", "指责"))
    for b in _styles(f"{a[0]}{v}外界对{x[0]}的{n}。")])
def test_a_criticism_the_speaker_names_is_not_the_speaker_s(stances_of, body, speaker):
    """陈思雨驳斥外界对X的批评: the criticism is the others', not hers."""
    assert not {s for s in stances_of(body) if s[0] == speaker}, body


@pytest.mark.parametrize(("body", "expected"), [
    (b, {(a[1], x[1], "against")}) for a, x in product(PEOPLE, ORGS)
    for b in _styles(f"分析师{a[0]}认为，{x[0]}有诸多不实的表述。")])
def test_the_speaker_s_own_judgement_of_statements_stays(stances_of, body, expected):
    """X有诸多不实的表述: the speaker judges X's statements herself."""
    assert stances_of(body) == expected, body
