"""Shares written in words (百分之十五, 百分之3.5, 千分之八, 百分之二十五点五) are percent figures, as
15% is: normalised on the claim, and the figure is the claim's point (a statistic), in either
script and punctuation width. 百分之百 alone is a manner (百分之百确定), no figure.

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, cases, claim_of, written
from claimgraph.extract.quantities import find_quantities
from claimgraph.models import ClaimType, Span

# (as written, value in percent, approximate)
SHARES = (
    ("百分之十五", 15, False),
    ("约百分之二十三", 23, True),
    ("百分之3.5", 3.5, False),
    ("百分之二十五点五", 25.5, False),
    ("百分之一百二十", 120, False),
    ("千分之八", 0.8, False),
    ("百分之零点六左右", 0.6, True),
)
MEASURES = ("案件数量同比增长", "门店的客流一年内下降了", "电池包成本较去年降低")
SPEAKERS = ("钟雅琳透露", "星河物流发言人表示")


def _read(text: str):
    return find_quantities(text, text, Span(start=0, end=len(text)))


@pytest.mark.parametrize("written_as, value, approximate", SHARES)
def test_a_share_in_words_is_a_percent(written_as, value, approximate):
    (q,) = _read("今年前三季度，" + written_as + "的客户来自海外")
    assert (q.text, q.value, q.unit, q.approximate) == (written_as, value, "percent", approximate)


@pytest.mark.parametrize("text", ["我百分之百确定这批货没问题", "他对团队百分之百信任"])
def test_all_of_it_as_a_manner_is_no_figure(text):
    assert _read(text) == ()


@pytest.mark.parametrize("i, speaker, measure, share", cases(SPEAKERS, MEASURES, SHARES))
def test_a_claim_whose_point_is_a_share_in_words_is_a_statistic(extract, i, speaker, measure, share):
    written_as, value, _ = share
    content = f"{measure}{written_as}"
    x = extract(article(f"{speaker}，{content}。", i))
    claim = claim_of(x, written(i, content))
    assert claim.type is ClaimType.STATISTIC, (claim.type, claim.type_rule)
    assert [(q.value, q.unit) for q in claim.quantities] == [(value, "percent")]


@pytest.mark.parametrize("text, value, unit", [
    ("已协助处理相关案件逾1,200起", 1200, "起"),
    ("今年共发生37起交通事故", 37, "起"),
    ("本周新增12例确诊", 12, "例"),
    ("其中3宗为输入个案", 3, "宗"),
])
def test_cases_are_counted(text, value, unit):
    (q,) = _read(text)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize("text", ["从3月5日起实施", "自2026年起", "大家一起努力"])
def test_from_a_date_on_counts_nothing(text):
    assert [q.unit for q in _read(text)] in ([], ["year"])
