"""Unnamed sources described by a clause that 的 closes before their kind or role
(一位曾在该店任职的健身教练, 一名在急诊室工作逾十年的医生): the whole description is the label,
adverbs (曾, 长期) and prepositions (在) inside it too; a demonstrative and such a described role
later (这位不愿具名的教练称) is the source named before; and 他本人 / 她自己 in that source's words
is the source, not the last person the article named.

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_unnamed, cases, claim_of, written

# (description between the count and the head, the head, the head as the later mention names it)
DESCRIBED = (
    ("曾在该店任职的", "健身教练", "教练"),
    ("长期跟踪消费电子板块的", "分析师", "分析师"),
    ("在急诊室工作逾十年的", "医生", "医生"),
    ("曾参与项目设计的", "工程师", "工程师"),
)
COUNTS = ("一位", "一名")
LATER = ("这位不愿具名的", "这名不愿透露姓名的")


@pytest.mark.parametrize("i, count, described", cases(COUNTS, DESCRIBED))
def test_the_description_is_the_label(extract, i, count, described):
    words, head, _ = described
    x = extract(article(f"读者周丽萍上月投诉了这家门店。{count}{words}{head}向记者透露，门店已经拖欠工资三个月。", i))
    assert_unnamed(x, i, "门店已经拖欠工资三个月", count + words + head)


@pytest.mark.parametrize("i, described, later", cases(DESCRIBED, LATER))
def test_a_demonstrative_and_a_described_role_is_the_source_before(extract, i, described, later):
    words, head, again = described
    x = extract(article(f"会员周丽萍上月投诉了这家门店。一位{words}{head}向记者透露，门店已经拖欠工资三个月。"
                        f"{later}{again}称，他本人被拖欠的工资约有2.3万元。", i))
    assert_unnamed(x, i, "他本人被拖欠的工资约有2.3万元", "一位" + words + head)
    claim = claim_of(x, written(i, "他本人被拖欠的工资约有2.3万元"))
    named = {m.entity for m in x.mentions if m.text == written(i, "周丽萍")}
    assert named and not named & set(claim.about), claim.about
