"""A clause after a comma that opens with a noun phrase led by an entity and then its verb
(……，华为的销量下降了一成; ……，联发科推出了同级产品) has a subject and a point of its own: it
is a claim of its own. Common nouns before a verb (……，整体业绩规模增长良好) and an adverbial
(……，同比增长6%) carry on the clause before. Names and sentences are invented; the catalog's
companies are real.
"""

from __future__ import annotations

import pytest

from capabilities.cases import ORGS, half_width, in_script, nth_case

FIRSTS = ("{a}的销量增长了两成", "{a}今年推出了三款新机", "{a}的市场份额提高到了三成")
SECONDS = ("{b}的销量下降了一成", "{b}的利润减少了一半", "{b}推出了同级产品", "{b}实现了扭亏为盈")


@pytest.mark.parametrize("i", range(len(FIRSTS) * len(SECONDS) * 2))
def test_an_entity_led_clause_with_its_verb_is_a_claim_of_its_own(extract, i):
    first, second, k = nth_case(i, FIRSTS, SECONDS, range(2))
    a, b = ORGS[i % len(ORGS)], ORGS[(i + 5) % len(ORGS)]
    one, two = first.format(a=a), second.format(b=b)
    body = f"{one}，{two}。"
    text, one, two = in_script(i, "快讯\n\n" + (half_width(body) if k else body) + "\n", one, two)
    x = extract(text)
    assert [c.text for c in x.claims] == [one, two], text


@pytest.mark.parametrize("i", range(12))
def test_common_nouns_or_an_adverbial_carry_on_the_clause_before(extract, i):
    org, second = nth_case(i, ORGS[:4], ("整体业绩规模增长良好", "同比增长6%", "环比下降了一成"))
    body = f"{org}三季度营收为42亿元，{second}。"
    text, whole = in_script(i, f"快讯\n\n{body}\n", body.rstrip("。"))
    x = extract(text)
    assert [c.text for c in x.claims] == [whole], text


@pytest.mark.parametrize("i", range(12))
def test_a_counted_group_of_places_opens_a_claim_of_its_own(extract, i):
    group, deed = nth_case(i, ("多地", "多国", "各省", "两市"), ("还出台了不限行的政策", "随即表示反对", "已经暂停了补贴"))
    one = "过去一年，电池的价格下降了近四成"
    text, one, two = in_script(i, f"快讯\n\n{one}，{group}{deed}。\n", one, group + deed)
    x = extract(text)
    assert [c.text for c in x.claims] == [one, two], text
