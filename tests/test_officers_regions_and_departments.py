"""A company named by a word and a trade is read where an officer's title follows it even
with the company's region or department between them (凯鼎投顾研究部副总某某, 长风资本亚洲区
研究总监某某, 岚达物流华东区销售部经理某某). Names are invented."""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases, written
from claimgraph.models import EntityType

COMPANIES = ("凯鼎投顾", "岚达物流", "汀澜资本")
UNITS = ("研究部", "亚洲区", "华东区销售部")
TITLES = (("副总", "廖振宇"), ("研究总监", "欧阳敏"), ("经理", "孙雅"))


@pytest.mark.parametrize("i, company, unit, titled", cases(COMPANIES, UNITS, TITLES))
def test_a_company_before_its_unit_and_an_officers_title(extract, i, company, unit, titled):
    title, name = titled
    words = "第四季营收季增一成以上的机率很高"
    x = extract(article(f"不过，法人看法分歧。{company}{unit}{title}{name}指出，{words}。", i))
    organisations = {m.text for m in x.mentions
                     if next(e for e in x.entities if e.key == m.entity).type is EntityType.ORGANIZATION}
    assert written(i, company) in organisations, organisations
    assert_said_by(x, i, words, name)
