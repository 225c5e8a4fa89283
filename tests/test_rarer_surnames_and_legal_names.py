"""Names the entity stage finds by their shape, whatever words fill them:

- rarer surnames (郁, 芮, 贝, 阎 …) open a person's name as common ones do, after a title, a
  kind of person or before a verb of saying;
- a set phrase of a kind of person (知名演员, 工作人员) stands before a name as 演员 does;
- common nouns before a legal form (疾风|电动车|有限公司) name a company: no kind of company is
  written with 有限公司; pointed at or counted (该汽车有限公司, 一家电动车有限公司) they name none;
- a preposition and a kind of person (向员工表示) is no name.

Names, companies and numbers are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases, written
from claimgraph.models import EntityType

SURNAMED = ("郁晓琳", "芮思远", "贝志刚", "阎立新", "荀文涛", "蔺佳音")


def _people(x) -> set[str]:
    return {m.text for m in x.mentions if next(e for e in x.entities if e.key == m.entity).type is EntityType.PERSON}


@pytest.mark.parametrize("i, name, title", cases(SURNAMED, ("董事长", "首席分析师", "教授")))
def test_a_rarer_surname_after_a_title(extract, i, name, title):
    words = "明年的订单将明显增加"
    x = extract(article(f"{title}{name}表示，{words}。", i))
    assert_said_by(x, i, words, name)


@pytest.mark.parametrize("i, name, kind", cases(SURNAMED, ("知名演员", "著名歌手", "工作人员", "演员")))
def test_a_rarer_surname_after_a_kind_of_person_even_a_set_phrase(extract, i, name, kind):
    x = extract(article(f"{kind}{name}涉嫌通过虚假合同少缴税款。", i))
    assert written(i, name) in _people(x)


@pytest.mark.parametrize("i, name", cases(SURNAMED))
def test_a_rarer_surname_before_a_verb_of_saying_carries_to_his_pronoun(extract, i, name):
    words = "球队的配合越来越默契"
    x = extract(article(f"外援{name}砍下全场最高的31分。他在赛后说，{words}。", i))
    assert_said_by(x, i, words, name)


NAMES = ("疾风", "蓝鲸", "金帆", "飞鸿")
TRADES = ("电动车", "物流", "食品", "建材")
FORMS = ("有限公司", "股份有限公司", "有限责任公司")


@pytest.mark.parametrize("i, name, trade, form", cases(NAMES, TRADES, FORMS))
def test_common_nouns_before_a_legal_form_name_a_company(extract, i, name, trade, form):
    company = f"{name}{trade}{form}"
    x = extract(article(f"市场监管部门通报，{company}决定召回部分产品，共计2300件。", i))
    organisations = {m.text for m in x.mentions
                     if next(e for e in x.entities if e.key == m.entity).type is EntityType.ORGANIZATION}
    assert written(i, company) in organisations


@pytest.mark.parametrize("i, text", cases(("该汽车有限公司表示，产品合格。", "这是一家电动车有限公司。",
                                          "本地有限公司数量持续增加。", "多家物流有限公司已停业。")))
def test_a_legal_form_pointed_at_counted_or_after_a_kind_names_no_company(extract, i, text):
    x = extract(article(text, i))
    assert not [e for e in x.entities if e.type is EntityType.ORGANIZATION]
