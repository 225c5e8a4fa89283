"""The firm of one who speaks of other companies, named right before their title (恒远资本研究
总监某某, 某某证券首席分析师某某), is no company a later 公司 stands for: in the analyst's words
and after them, 公司 is the company discussed, as a speaker (公司董事会秘书回应称) and as what a
claim is about. An executive's 公司 stays their own company. Names and numbers are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases, written

COMPANIES = ("蓝海医疗器械股份有限公司", "汀岚新材料股份有限公司", "星槎科技")
FIRMS = (("恒远资本", "研究总监"), ("华岳证券", "首席分析师"), ("鹭屿基金", "基金经理"))
ANALYSTS = ("皇甫丽娜", "周立新")


def _body(company: str, firm: str, title: str, analyst: str) -> str:
    return (f"{company}8月26日晚间发布半年报，净利润同比下降18.2%。\n\n"
            f"{firm}{title}{analyst}指出，公司研发投入占收入比重已连续两个季度下降，前景不容乐观。\n\n"
            f"也有投资者质疑公司斥资回购股份。对此，公司董事会秘书回应称，回购股份将全部用于员工持股计划。")


def _key(x, i: int, name: str) -> str:
    return next(m.entity for m in x.mentions if m.text == written(i, name))


@pytest.mark.parametrize("i, company, firm, analyst", cases(COMPANIES, FIRMS, ANALYSTS))
def test_an_analysts_company_is_the_one_discussed(extract, i, company, firm, analyst):
    firm_name, title = firm
    x = extract(article(_body(company, firm_name, title, analyst), i))
    discussed, own = _key(x, i, company), _key(x, i, firm_name)
    said = next(c for c in x.claims if written(i, "研发投入") in c.text)
    assert discussed in said.about and own not in said.about, (said.text, said.about)
    assert_said_by(x, i, "回购股份将全部用于员工持股计划", company)


@pytest.mark.parametrize("i, company, executive", cases(COMPANIES[:2], ("董事长", "总经理")))
def test_an_executives_company_is_their_own(extract, i, company, executive):
    body = (f"华岳证券首席分析师周立新认为，行业价格战短期内看不到结束的迹象。\n\n"
            f"{company}{executive}欧阳立新回应称，公司已对标的进行了为期半年的尽职调查。")
    x = extract(article(body, i))
    said = next(c for c in x.claims if written(i, "尽职调查") in c.text)
    assert _key(x, i, company) in said.about, (said.text, said.about)
