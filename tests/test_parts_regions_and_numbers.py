"""Words that look like an organisation's name before its head, and are none, whatever fills them:

- a word of a part, a kind or a quality before a trade (部分股份, 普通手机, 其他银行) names no company;
- a compass word before 部 (中东部, 西南部), or a word in 部 before 地区 or 一带, is a part of a
  country, no ministry, while a field before 部 still is one (交通部);
- a run of five or more digits before a trade (拨打96110咨询) is a number dialled, no name.

Names and numbers are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, cases, written
from claimgraph.models import EntityType


@pytest.mark.parametrize("i, part, trade", cases(("部分", "普通", "其他", "一般"), ("股份", "手机", "银行", "科技")))
def test_a_part_or_a_kind_before_a_trade_names_no_company(extract, i, part, trade):
    x = extract(article(f"据了解，{part}{trade}的情况并不相同，市场仍在观察。", i))
    assert not [m.text for m in x.mentions if m.text.startswith(written(i, part))]


@pytest.mark.parametrize("i, region, after", cases(("中东部", "西南部", "东北部", "中西部"), ("地区", "将迎来降温", "一带")))
def test_a_compass_region_is_no_body(extract, i, region, after):
    x = extract(article(f"受强冷空气影响，{region}{after}，气温将下降8摄氏度。", i))
    assert not [e for e in x.entities if e.type is EntityType.ORGANIZATION]


@pytest.mark.parametrize("i, field", cases(("交通", "商务", "外交", "国防")))
def test_a_field_before_bu_is_still_a_ministry(extract, i, field):
    x = extract(article(f"{field}部表示，将加强对西部地区的支持。", i))
    assert [e.type for e in x.entities] == [EntityType.ORGANIZATION]


@pytest.mark.parametrize("i, number, trade", cases(("96110", "12315", "400800123"), ("咨询", "投诉", "服务")))
def test_a_number_dialled_names_no_company(extract, i, number, trade):
    x = extract(article(f"遇到可疑情况，请及时拨打{number}{trade}。", i))
    assert not x.entities
