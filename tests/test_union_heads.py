"""Unions, guilds and federations (车商公会, 工业总会, 海员工会) are organisations by their
head word, whatever the name before it; their officers speak as themselves."""

from __future__ import annotations

import itertools

import pytest

from capabilities.cases import traditional

BODIES = ("车商公会", "星澜工业总会", "青禾海员工会", "北辰同业公会", "鹿鸣工商总会", "远川教师工会")
OFFICERS = (("理事长", "蔡明哲"), ("秘书长", "林慧珊"))
CASES = [(b, t, p) for b, (t, p) in itertools.product(BODIES, OFFICERS)]


@pytest.mark.parametrize("i,body,title,person", [(i, *c) for i, c in enumerate(CASES)])
def test_union_is_an_organisation(extract, i, body, title, person):
    text = f"{body}{title}{person}表示，今年的行业景气明显转弱。\n"
    if i % 2:
        text, body, person = traditional(text), traditional(body), traditional(person)
    x = extract(text)
    orgs = {m.text for m in x.mentions if any(e.key == m.entity and e.type.value == "Organization" for e in x.entities)}
    assert body in orgs, (text, sorted(orgs))
    assert [c.speaker.key for c in x.claims] == [next(m.entity for m in x.mentions if m.text == person)]


ADVERBS = ("随后", "今天", "昨日", "也", "近日", "随即")
COMPANIES = ("青禾智能", "鹿鸣物流", "星澜软件", "汀兰能源", "曜石视频", "远川电子")


@pytest.mark.parametrize("i,company,adverb", [(i, c, a) for i, (c, a) in enumerate(zip(COMPANIES, ADVERBS))])
def test_company_before_an_adverb_and_a_verb(extract, i, company, adverb):
    """某某智能随后发布: a name and a trade word before an adverb or a time word and then a
    verb a company does is a company."""
    text = f"本周多家厂商发布新品。{company}{adverb}发布新一代产品，价格下调两成。\n"
    if i % 2:
        text, company = traditional(text), traditional(company)
    x = extract(text)
    assert company in {m.text for m in x.mentions}, (text, sorted(m.text for m in x.mentions))
