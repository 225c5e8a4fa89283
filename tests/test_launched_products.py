"""A quoted campaign or event after a launch verb (推出“以旧换新”活动, 发布“双十一”优惠) is no
product: a noun after the quotation names what was launched."""

from __future__ import annotations

import pytest

from capabilities.cases import traditional

EVENTS = [("推出", "以旧换新", "活动"), ("发布", "双十一", "优惠"), ("上线", "星火", "计划"), ("推出了", "春雨", "行动")]


SIMPLIFIED = [(f"星澜科技本月{verb}“{name}”{noun}，吸引了大批用户。\n", name) for verb, name, noun in EVENTS]
CASES = SIMPLIFIED + [(traditional(text), traditional(name)) for text, name in SIMPLIFIED]


@pytest.mark.parametrize("text,name", CASES)
def test_quoted_event_is_no_product(extract, text, name):
    assert name not in {m.text for m in extract(text).mentions}
