"""它 read by what its sentence points at, whatever the words:

- 它 after a thing its own sentence points at with a demonstrative and a classifier of things
  (这个星系……,它的亮度……; 这种病毒, 这项技术) stands for that thing, which no name names: the
  claim is not about the organisation named before it, and holds no stance towards it;
- 它 with no such thing before it in its sentence still stands for the organisation or product
  named before (某某发布新芯片。分析师说,它的性能……).

Names and numbers are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, cases, claim_of, written

ORGS = ("星岳航天局", "远星汽车", "澜起智能")


@pytest.mark.parametrize("i, org, pointed", cases(ORGS, ("这个星系", "这种病毒", "这项技术", "这颗行星")))
def test_it_after_a_pointed_thing_is_no_organisation(extract, i, org, pointed):
    x = extract(article(f"{org}19日宣布了一项新发现。研究负责人说，“{pointed}出现得很早，它的亮度远远超出了我们的预期。”", i))
    claim = claim_of(x, written(i, "它的亮度远远超出了我们的预期"))
    keys = {m.entity for m in x.mentions if m.text == written(i, org)}
    assert keys and not keys & set(claim.about)
    assert not [p for p in claim.polarities if p.entity in keys]


@pytest.mark.parametrize("i, org, thing", cases(ORGS, ("新芯片", "新车型", "新模型")))
def test_it_with_nothing_pointed_at_is_the_organisation_named_before(extract, i, org, thing):
    x = extract(article(f"{org}今天发布了{thing}。分析师说，它的性能远远超出了市场预期。", i))
    claim = claim_of(x, written(i, "它的性能远远超出了市场预期"))
    keys = {m.entity for m in x.mentions if m.text == written(i, org)}
    assert keys & set(claim.about)
