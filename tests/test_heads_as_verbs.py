"""A bound head's character standing alone between a verb and a thing's noun is a verb of its
own (开始|办|讲座, 继续|办|学): no body is named there; before an officer (促进|署|官员) it is
still the body's head. Names are invented."""

from __future__ import annotations

import pytest

from capabilities.said import article, cases, organisations, written


@pytest.mark.parametrize("i, verb, thing", cases(("开始", "继续", "决定"), ("讲座", "画展", "活动")))
def test_a_head_between_a_verb_and_a_thing_names_no_body(extract, i, verb, thing):
    x = extract(article(f"尉迟静说，我们{verb}办{thing}、读书会，还有给小朋友的绘本课。", i))
    assert not organisations(x), organisations(x)


@pytest.mark.parametrize("i", range(4))
def test_a_head_before_an_officer_stays_a_bodys(extract, i):
    x = extract(article("国民健康促进署官员表示，署方正研拟将步速纳入高龄健检项目。", i))
    assert any(name.endswith(written(i, "促进署")) for name in organisations(x)), organisations(x)
