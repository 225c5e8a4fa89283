"""A source described by a company it is close to (一位接近某某科技的人士, 某某的一名员工)
is unnamed, not the company; the company named in its phrase is what its 该公司 stands
for; a company no catalog knows is found as the subject of its plans (某某半导体将……)."""

from __future__ import annotations

import pytest

from capabilities.cases import about_names, traditional, variant

FIRMS = ("曜石半导体", "星澜科技", "翎峰物流", "霁川能源")
SOURCES = ("一位接近{f}的人士", "接近{f}的消息人士", "一名熟悉{f}的业内人士", "{f}的一名员工")
PLANS = ("已拿到样品订单", "计划明年在香港上市", "正在与多家车企洽谈合作", "今年将裁员一成")


@pytest.mark.parametrize("i", range(16))
def test_a_source_close_to_a_company_is_unnamed_and_its_company_is_the_one_it_names(extract, nlp, i):
    firm, source, plan = FIRMS[i % 4], SOURCES[(i // 4) % 4], PLANS[(i + 1) % 4]
    other = FIRMS[(i + 2) % 4]
    text = f"行业快讯\n\n{other}今年推出了三款新品。{source.format(f=firm)}透露，该公司{plan}。\n"
    text, claim, firm = variant(i, text, f"该公司{plan}", firm)
    x = extract(text)
    found = [c for c in x.claims if c.text == claim]
    assert found and found[0].speaker.kind == "unnamed", (text, [(c.text, c.speaker) for c in x.claims])
    fold = nlp.get_pipe("claimgraph_entity_matcher_v1").folder.key
    assert fold(firm) in about_names(nlp, x, found[0]), (text, found[0].about)


@pytest.mark.parametrize("i", range(8))
def test_a_new_company_is_the_subject_of_its_plans(extract, i):
    firm = FIRMS[i % 4]
    text = f"行业快讯\n\n{firm}{('将在下季度推出新处理器', '已经完成新一轮融资', '正在筹备赴港上市', '计划明年扩产')[i % 4]}。\n"
    if i % 2:
        text, firm = traditional(text), traditional(firm)
    x = extract(text)
    assert firm in {m.text for m in x.mentions}, (text, [m.text for m in x.mentions])
