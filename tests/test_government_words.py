"""政府 stands for the government body named before it, never for a legislature or one of its
committees (立法院某某委员会今天邀请部长报告。……政府迟迟不愿调整费率): a legislator's
criticism of the government is no stance against the committee that heard it.

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import itertools

import pytest

from capabilities.cases import half_width, in_script

LEGISLATURES = ("立法院", "立法会", "国会")
COMMITTEES = ("社福及卫环委员会", "财政委员会", "经济委员会")
LEGISLATORS = ("立委王思彤", "议员许志明", "议员陈佳宁")


@pytest.mark.parametrize("i, legislature, committee, legislator",
                         [(i, *v) for i, v in enumerate(itertools.product(LEGISLATURES, COMMITTEES, LEGISLATORS))])
def test_government_never_stands_for_a_legislature_or_its_committee(extract, i, legislature, committee, legislator):
    body = (f"{legislature}{committee}今天邀请部长进行业务报告。\n\n{legislator}指出，政府迟迟不愿调整费率，"
            "这根本是把问题丢给下一任。")
    text, = in_script(i, "要闻\n\n" + (half_width(body) if i % 3 == 0 else body) + "\n")
    x = extract(text)
    committee, house = in_script(i, "委员会", legislature)
    bodies = {m.entity for m in x.mentions if m.text.endswith(committee) or m.text == house}
    government = [c for c in x.claims if in_script(i, "政府")[0] in c.text]
    assert government and not any(bodies & set(c.about) for c in government), [(c.text, c.about) for c in x.claims]
