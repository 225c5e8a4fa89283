"""Sources of data and officers, whatever words fill them:

- a body's data named with how it was gathered (国家邮政局监测数据显示, 某某协会统计数据显示) is
  the body's, a body the segmenter holds as one word ending in 局, 部 or 署 too;
- the region an officer heads (某某基金中国区负责人, 某某公司亚太区总裁) stands between the
  organisation and the role: the organisation speaks;
- a place and a kind of company counted or pointed at (一家欧洲资产管理公司, 一家美国科技公司)
  names no organisation.

Names and numbers are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases
from claimgraph.models import EntityType

BODIES = ("国家邮政局", "交通部", "滨海市统计局", "中国物流与采购联合会")
METHODS = ("监测", "统计", "调查", "抽样")


@pytest.mark.parametrize("i, body, method", cases(BODIES, METHODS))
def test_a_body_s_data_named_with_its_method_is_the_body_s(extract, i, body, method):
    finding = "全国快递业务量同比增长9.7%"
    x = extract(article(f"{body}{method}数据显示，{finding}。", i))
    assert_said_by(x, i, finding, body)


COMPANIES = ("桥水基金", "星澜集团", "瑞银证券")
REGIONS = ("中国区", "亚太区", "大中华区")
ROLES = ("负责人", "总裁", "首席执行官")


@pytest.mark.parametrize("i, company, region, role", cases(COMPANIES, REGIONS, ROLES))
def test_the_region_an_officer_heads_leaves_the_organisation_the_speaker(extract, i, company, region, role):
    words = "中国资产的估值目前处于历史较低水平"
    x = extract(article(f"{company}{region}{role}在接受采访时坦言，{words}。", i))
    assert_said_by(x, i, words, company)


@pytest.mark.parametrize("i, count, place, kind", cases(("一家", "某", "多家"), ("欧洲", "美国", "日本"),
                                                      ("资产管理公司", "科技公司", "证券公司")))
def test_a_place_and_a_kind_counted_or_pointed_at_name_no_organisation(extract, i, count, place, kind):
    x = extract(article(f"{count}{place}{kind}的基金经理表示，房地产市场的调整仍将拖累经济增长。", i))
    assert not [e for e in x.entities if e.type is EntityType.ORGANIZATION]
