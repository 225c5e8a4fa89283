"""公司 in the words of a person named by an organisation's title (某某汽车首席执行官沈某某
表示,公司将……) is that organisation, even after an outlet that reported it (据路透社报道);
the person's 我们 is left to the other rules (a minister's 我们 is not the ministry)."""

from __future__ import annotations

import pytest

from capabilities.cases import about_names, variant

FIRMS = ("远川汽车", "星澜科技", "青禾电商", "曜石半导体")
TITLES = ("首席执行官", "董事长", "总裁", "首席财务官")
LEADS = ("据路透社报道，", "", "彭博社消息，", "")
PLANS = ("公司将在欧洲建厂", "公司明年计划裁员一成", "公司今年的营收有望翻倍", "公司已经完成了新一轮融资")


@pytest.mark.parametrize("i", range(16))
def test_company_in_an_officers_words_is_the_employer(extract, nlp, i):
    firm, title, lead, plan = FIRMS[i % 4], TITLES[(i // 4) % 4], LEADS[i % 4], PLANS[(i + 1) % 4]
    text = f"行业快讯\n\n{lead}{firm}{title}沈一帆表示，{plan}。\n"
    text, plan, firm = variant(i, text, plan, firm)
    x = extract(text)
    claims = [c for c in x.claims if c.text == plan]
    assert claims, (text, [c.text for c in x.claims])
    fold = nlp.get_pipe("claimgraph_entity_matcher_v1").folder.key
    assert about_names(nlp, x, claims[0])[:1] == [fold(firm)], (text, claims[0].about)
