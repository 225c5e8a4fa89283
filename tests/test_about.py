"""What a claim is about, reached by reference: capability tests from templates (invented
sentences over catalog companies, simplified and traditional, full-width and ASCII
punctuation), each form with at least twenty variants."""

from __future__ import annotations

import itertools

import opencc
import pytest

_S2T = opencc.OpenCC("s2t")
_T2S = opencc.OpenCC("t2s")
PAIRS = [("英特尔", "高通"), ("联发科", "博通"), ("小米", "华为"), ("美团", "京东"), ("百度", "腾讯"),
         ("台积电", "三星电子"), ("微软", "谷歌"), ("亚马逊", "甲骨文"), ("寒武纪", "中芯国际"), ("快手", "戴尔"),
         ("苹果", "高通")]


def _both(text):
    return [text, _S2T.convert(text).replace(",", "，")]


def _about(extract, nlp, text, clause):
    """The keys the claim whose text holds ``clause`` is about, and the lookup of names."""
    x = extract("新闻\n" + text)
    claim = next(c for c in x.claims if _T2S.convert(clause) in _T2S.convert(c.text))
    return set(claim.about)


def _key(nlp, name):
    return nlp.get_pipe("claimgraph_entity_matcher_v1").lookup(name)


TOPIC = [(t, a, "份额") for a, b in PAIRS for t in _both(
    f"{a}今年的出货量有所增长,但随着{b}的崛起,这家公司的份额正在下滑。")]


@pytest.mark.parametrize("text, subject, clause", TOPIC)
def test_this_company_is_the_clause_subject_not_the_adverbial(extract, nlp, text, subject, clause):
    # the claim keeps its frame (随着……的崛起), whose company it may also be about; what
    # 这家公司 stands for comes first, and it is the clause subject, not the frame's
    x = extract("新闻\n" + text)
    claim = next(c for c in x.claims if _T2S.convert(clause) in _T2S.convert(c.text))
    assert claim.about[0] == _key(nlp, subject)


SAME_COMPANY = [(t, b, "优势") for (a, b), word in zip(PAIRS, itertools.cycle(["该公司", "这家公司"])) for t in _both(
    f"{a}发布了新芯片,{b}随后推出了竞品,{word}的优势在于功耗。")]


@pytest.mark.parametrize("text, subject, clause", SAME_COMPANY)
def test_this_company_is_the_latest_subject(extract, nlp, text, subject, clause):
    assert _about(extract, nlp, text, clause) == {_key(nlp, subject)}


PAIR = [(t, {a, b}, "共同开发" if "两" in t or "双" in t else "共同開發")
        for (a, b), word in zip(PAIRS, itertools.cycle(["两家公司", "双方"])) for t in _both(
            f"{a}与{b}今天签署协议。{word}将共同开发新芯片。")]


@pytest.mark.parametrize("text, subjects, clause", PAIR)
def test_both_companies_are_the_two_named_last(extract, nlp, text, subjects, clause):
    assert _about(extract, nlp, text, clause) == {_key(nlp, s) for s in subjects}


GROUP = [(t, {a, b, c}) for (a, b), (c, _) in zip(PAIRS, PAIRS[1:] + PAIRS[:1]) for t in _both(
    f"{a}、{b}和{c}都在扩张。这些公司都面临成本压力。")]


@pytest.mark.parametrize("text, subjects", GROUP)
def test_these_companies_are_those_of_the_sentence_before(extract, nlp, text, subjects):
    clause = "成本压力" if "这些" in text else "成本壓力"
    assert _about(extract, nlp, text, clause) == {_key(nlp, s) for s in subjects}


DEAL = [(t, {a, b}) for a, b in PAIRS for t in _both(f"{a}宣布收购{b}的芯片业务。分析师认为,这笔交易将改变行业格局。")]


@pytest.mark.parametrize("text, subjects", DEAL)
def test_the_deal_is_its_parties(extract, nlp, text, subjects):
    clause = "改变行业格局" if "改变" in text else "改變行業格局"
    assert _about(extract, nlp, text, clause) == {_key(nlp, s) for s in subjects}


IT = [(t, a) for (a, _), thing in zip(PAIRS, itertools.cycle(["芯片", "平台", "模型"])) for t in _both(
    f"{a}发布了新{thing},它的功耗比上一代低三成。")]


@pytest.mark.parametrize("text, subject", IT)
def test_it_is_the_latest_subject_thing(extract, nlp, text, subject):
    x = extract("新闻\n" + text)
    assert _key(nlp, subject) in set(x.claims[-1].about)


WE = [(t, a) for (a, _), (role, person) in zip(PAIRS, itertools.cycle(
    [("执行长", "陈国栋"), ("发言人", "林嘉怡"), ("总裁", "周振宇"), ("创始人", "许雅婷")])) for t in _both(
    f"{a}{role}{person}表示,我们今年会扩大产能。")]


@pytest.mark.parametrize("text, subject", WE)
def test_we_in_an_executives_words_is_the_company(extract, nlp, text, subject):
    x = extract("新闻\n" + text)
    assert _key(nlp, subject) in set(x.claims[-1].about)


OWN_NAME = [(t, person) for person, cue in zip(["陈国栋", "林嘉怡", "周振宇", "许雅婷", "郑思远", "谢伟杰", "罗嘉怡",
                                                "梁国栋", "陈思远", "林伟杰", "周雅婷"], itertools.cycle(["指", "称"]))
            for t in _both(f"研究总监{person}认为,市场会增长。{person}{cue},英特尔的份额会扩大。")]


@pytest.mark.parametrize("text, person", OWN_NAME)
def test_the_speakers_own_name_is_not_what_the_claim_is_about(extract, nlp, text, person):
    x = extract("新闻\n" + text)
    people = {m.entity for m in x.mentions if x.article.text[m.span.start:m.span.end] in (person, _S2T.convert(person))}
    assert people and not people & set(x.claims[-1].about)


MODIFIER = [(t, a) for (a, _), noun in zip(PAIRS, itertools.cycle(["AI芯片", "GPU产能", "AI的芯片", "AI服务器"]))
            for t in _both(f"{a}的{noun}今年翻倍。")]


@pytest.mark.parametrize("text, subject", MODIFIER)
def test_a_concept_that_modifies_a_noun_is_not_what_the_claim_is_about(extract, nlp, text, subject):
    x = extract("新闻\n" + text)
    about = set(x.claims[-1].about)
    assert _key(nlp, subject) in about
    assert not about & {_key(nlp, "AI"), _key(nlp, "GPU")}
