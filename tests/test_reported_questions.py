"""A question put in reported speech (有投资者提问，公司是否会提高分红比例。记者追问，新工厂
何时投产。) is no claim, though no question mark ends it: the cue asks and the clause holds
an interrogative word. What an asker asserts (有投资者提问，公司营收下滑了两成) and a question
word under a cue that does not ask (王凯表示，公司是否上市还没有决定) stay claims.
Names, people and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.cases import half_width, in_script, nth_case

ASKERS = ("有投资者", "一位股东", "记者", "有网友", "王凯")
ASKING = ("提问", "追问", "问道", "質問")
QUESTIONS = ("公司今年是否会提高分红比例", "新工厂何时能够投产", "新车能否按期交付", "公司有没有裁员计划",
             "门店为何大面积关闭", "海外业务还要亏损多少年")


def _article(body: str, i: int) -> str:
    text = in_script(i, f"业绩说明会\n\n{body}\n")[0]
    return half_width(text) if i % 4 == 1 else text


@pytest.mark.parametrize("i", range(len(ASKERS) * len(ASKING) * 2))
def test_a_reported_question_is_no_claim(extract, i):
    asker, cue, question = nth_case(i, ASKERS, ASKING, QUESTIONS[:2] if i % 2 else QUESTIONS[2:4])
    x = extract(_article(f"{asker}{cue}，{question}。董事长许海涛回应称，今年的分红比例不会低于六成。", i))
    asked, answer = in_script(i, question, "今年的分红比例不会低于六成")
    assert not any(asked in c.text for c in x.claims), [(c.text, c.speaker) for c in x.claims]
    assert any(c.text == answer for c in x.claims), [(c.text, c.speaker) for c in x.claims]


@pytest.mark.parametrize("question", QUESTIONS)
def test_every_interrogative_word_makes_a_question(extract, question):
    x = extract(f"业绩说明会\n\n有投资者提问，{question}。\n")
    assert not any(question in c.text for c in x.claims), [(c.text, c.speaker) for c in x.claims]


@pytest.mark.parametrize("i", range(8))
def test_what_an_asker_asserts_is_still_a_claim(extract, i):
    asker, statement = nth_case(i, ("有投资者", "一位股东"), ("公司上半年营收下滑了两成", "渠道库存已经超过三个月",
                                                          "竞争对手的价格更低", "新品的口碑不如预期"))
    x = extract(_article(f"{asker}提问，{statement}。", i))
    said, = in_script(i, statement)
    assert any(c.text == said for c in x.claims), [(c.text, c.speaker) for c in x.claims]


@pytest.mark.parametrize("i", range(6))
def test_a_question_word_under_a_cue_that_does_not_ask_stays_a_claim(extract, i):
    name, cue = nth_case(i, ("王凯", "刘雅婷", "陈思远"), ("表示", "认为"))
    x = extract(_article(f"{name}{cue}，公司是否上市还没有最终决定。", i))
    said, = in_script(i, "公司是否上市还没有最终决定")
    assert any(c.text == said and c.speaker.kind == "entity" for c in x.claims), [(c.text, c.speaker) for c in x.claims]
