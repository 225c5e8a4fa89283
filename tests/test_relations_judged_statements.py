"""A claim that names what was said (这种说法, 这一预测, 上述判断) and judges it one-sided,
overstated or unfounded (只看到了一面, 以偏概全, 言过其实, 站不住) disputes it, as a denial (不实)
does; a reply that says the other side under- or overestimated something disputes what it
answers. Speakers, firms and sentences are invented; simplified and traditional.
"""

from __future__ import annotations

import pytest

from relation_text import both_scripts, relation_triples

SOURCES = ("有人说", "有观点认为", "分析师宋启航认为")
CLAIMS = ("价格战对消费者是好事", "明年房价会全面反弹", "降息能马上提振消费")
NOUNS = ("这种说法", "这一判断", "上述观点")
JUDGEMENTS = ("只看到了一面", "以偏概全", "言过其实", "站不住脚", "有失偏颇", "经不起推敲")


def _case(source: str, claim: str, noun: str, judgement: str) -> tuple[str, str, str]:
    judged = f"{noun}{judgement}"
    return f"{source}，{claim}。青岚研究院院长韦嘉禾表示，{judged}。\n", judged, claim


# a quarter of the product: every source, claim, noun and judgement still appears
@pytest.mark.parametrize("body, judged, claim", list(both_scripts((SOURCES, CLAIMS, NOUNS, JUDGEMENTS), 4, _case)))
def test_a_statement_judged_one_sided_or_overstated_is_disputed(stance_extract, lexicon, body, judged, claim):
    found = relation_triples(stance_extract("评论\n\n" + body), lexicon)
    assert any(s == judged and kind == "disputes" and t == claim for s, kind, t in found), (body, found)


@pytest.mark.parametrize("verb", ["低估了", "高估了"])
@pytest.mark.parametrize("firm, other", [("北岳资本", "南港银行"), ("东篱证券", "西岭资本")])
def test_a_reply_that_says_the_other_side_misjudged_disputes_what_it_answers(stance_extract, lexicon, verb, firm, other):
    claim = "市场对新能源需求的判断过于乐观"
    reply = f"{other}{verb}电网投资的规模"
    body = f"{other}分析师费莉娅在报告中指出，{claim}。\n\n对此，{firm}回应称，{reply}。\n"
    found = relation_triples(stance_extract("大宗商品\n\n" + body), lexicon)
    assert any(s == reply and kind == "disputes" for s, kind, t in found), (body, found)


@pytest.mark.parametrize("judgement", ["太乐观了", "过于乐观", "太悲观了", "言之过早", "為時過早"])
@pytest.mark.parametrize("noun", ["这个说法", "这种预测", "上述判断"])
def test_a_statement_judged_too_hopeful_or_too_gloomy_is_disputed(stance_extract, lexicon, judgement, noun):
    claim = "固态电池明年就能大规模上车"
    body = f"记者：很多人说{claim}，您怎么看？\n\n宋启航：{noun}{judgement}。真正的量产至少还要三年。\n"
    found = relation_triples(stance_extract("专访\n\n" + body), lexicon)
    assert any(s == noun + judgement and kind == "disputes" and t == claim for s, kind, t in found), (body, found)


@pytest.mark.parametrize("source", ["有竞争对手声称", "有同行表示", "有厂商宣称"])
@pytest.mark.parametrize("company", ["青岚动力", "北辰电池"])
def test_what_an_unnamed_source_says_of_itself_is_about_no_named_company(stance_extract, source, company):
    x = stance_extract(f"{company}的中试线已经跑通。{source}，已经实现量产。")
    claim = next(c for c in x.claims if c.text == "已经实现量产")
    assert not claim.about, claim.about


@pytest.mark.parametrize("company", ["北辰证券", "青岚动力"])
@pytest.mark.parametrize("content", ["此次裁员涉及约400人", "这次调整涉及多个部门"])
def test_what_an_unnamed_source_says_of_a_thing_pointed_back_to_keeps_its_company(stance_extract, company, content):
    x = stance_extract(f"分析师顾长青表示，{company}的经营压力很大。一位接近{company}的人士透露，{content}。")
    claim = next(c for c in x.claims if c.text == content)
    key = next(m.entity for m in x.mentions if m.text == company)
    assert key in claim.about, claim.about


@pytest.mark.parametrize("marks", [("一是", "二是", "三是"), ("第一，", "第二，", "第三，"), ("其一是", "其二是", "其三是")])
@pytest.mark.parametrize("speaker", ["司长邓立凡", "分析师卢安澜"])
def test_an_item_of_a_list_is_not_about_what_the_item_before_named(stance_extract, marks, speaker):
    a, b, c = marks
    body = (f"{speaker}介绍，下一步将从三个方面推进：{a}加快关键技术攻关，{b}推动大模型在重点行业落地，"
            f"{c}培育一批专精特新企业。")
    x = stance_extract(body)
    last = next(cl for cl in x.claims if cl.text.endswith("培育一批专精特新企业"))
    assert not last.about, (last.text, last.about)
