"""What a claim is about, round 3: the parties of a deal read from the verb between them
(这笔交易), a spokesperson's 我们 when the body opens the sentence that introduces them, a
bare figure after a company's claim, a maker's name that only marks its product, and 我 in
the speaker's own words. Templates over catalog companies and invented people, simplified
and traditional (full-width punctuation), twenty variants or more each."""

from __future__ import annotations

import itertools

import opencc
import pytest

_S2T = opencc.OpenCC("s2t")
_T2S = opencc.OpenCC("t2s")
PAIRS = [("英特尔", "高通"), ("联发科", "博通"), ("小米", "华为"), ("美团", "京东"), ("百度", "腾讯"),
         ("台积电", "三星电子"), ("微软", "谷歌"), ("亚马逊", "甲骨文"), ("寒武纪", "中芯国际"), ("快手", "戴尔"),
         ("苹果", "高通")]
PEOPLE = ["陈国栋", "林嘉怡", "周振宇", "许雅婷", "郑思远", "谢伟杰", "罗嘉怡", "梁文博", "吴海峰", "胡晓婷", "高振华"]


def _both(text):
    return [text, _S2T.convert(text).replace(",", "，")]


def _claim(extract, text, clause):
    x = extract("新闻\n" + text)
    return next(c for c in x.claims if _T2S.convert(clause) in _T2S.convert(c.text))


def _key(nlp, name):
    return nlp.get_pipe("claimgraph_entity_matcher_v1").lookup(name)


DEAL = [(t, a, b) for (a, b), verb, outlet, person in zip(
    PAIRS, itertools.cycle(["收购", "洽购", "竞购"]), itertools.cycle(["彭博社", "路透社"]), PEOPLE)
    for t in _both(f"知情人士透露,{a}正{verb}{b}的控股权,作价约48亿美元。分析师{person}告诉{outlet},"
                   f"这个价格并不便宜。然而,并非所有人都看好这笔交易。")]


@pytest.mark.parametrize("text, buyer, target", DEAL)
def test_this_deal_is_the_buyer_and_the_target_of_the_deal_verb(extract, nlp, text, buyer, target):
    claim = _claim(extract, text, "看好")
    assert set(claim.about) == {_key(nlp, buyer), _key(nlp, target)}


SPOKESPERSON = [(t, org) for org, person, event in zip(
    ["英特尔", "联发科", "小米", "美团", "百度", "台积电", "微软", "亚马逊", "寒武纪", "快手", "苹果"], PEOPLE,
    itertools.cycle(["举行例行新闻发布会", "召开媒体说明会", "举行记者会"]))
    for t in _both(f"6月12日,{org}{event},新闻发言人{person}就新产品答记者问。\n\n{person}表示,我们会在明年扩大产能。")]


@pytest.mark.parametrize("text, org", SPOKESPERSON)
def test_we_of_a_spokesperson_is_the_body_that_opens_the_sentence(extract, nlp, text, org):
    claim = _claim(extract, text, "扩大产能")
    assert _key(nlp, org) in set(claim.about)


FIGURES = [(t, a) for (a, _), measure in zip(PAIRS, itertools.cycle(["归母净利润", "营业收入", "经营性现金流", "在手订单"]))
           for t in _both(f"据{a}公布,公司上半年实现营收217.4亿元,同比下降12.6%;{measure}9.3亿元,同比下降58%。")]


@pytest.mark.parametrize("text, subject", FIGURES)
def test_a_bare_figure_after_a_company_claim_is_about_the_company(extract, nlp, text, subject):
    x = extract("新闻\n" + text)
    assert _key(nlp, subject) in set(x.claims[-1].about)


MAKERS = [(t, maker, product) for maker, product in zip(
    ["三星", "苹果", "小米", "华为", "谷歌", "微软", "英伟达", "高通", "联发科", "亚马逊", "特斯拉"],
    ["Galaxy Z Fold5", "iPhone 15", "Redmi K70", "Mate 60", "Pixel 8", "Surface Pro", "GeForce RTX", "Snapdragon X",
     "Dimensity X", "Kindle Scribe", "Model Y"])
    for t in _both(f"新机重量239克,比{maker}{product}轻了14克。")]


@pytest.mark.parametrize("text, maker, product", MAKERS)
def test_a_makers_name_right_before_its_product_is_not_what_the_claim_is_about(extract, nlp, text, maker, product):
    x = extract("新闻\n" + text)
    about = set(x.claims[-1].about)
    assert _key(nlp, maker) not in about and about


FIRST_PERSON = [(t, person) for person, cue in zip(PEOPLE, itertools.cycle(["表示", "说", "坦言"]))
                for t in _both(f"研究总监{person}{cue},我一开始也以为零售才是大市场,后来才发现企业客户的回购率高得多。")]


@pytest.mark.parametrize("text, person", FIRST_PERSON)
def test_i_in_the_speakers_words_is_not_the_speaker_as_what_the_claim_is_about(extract, nlp, text, person):
    x = extract("新闻\n" + text)
    speaker = x.claims[-1].speaker
    assert speaker.kind == "entity" and speaker.key not in set(x.claims[-1].about)
