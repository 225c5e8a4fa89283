"""An association named by its place and its cause is read whole, whatever verbs the cause
holds (台湾失智照护促进协会, 岚州市消费者权益保护委员会): from its head back over the words of
its cause to a place that opens the clause or follows a function word; without such a place
(他呼吁消费者权益保护协会……) nothing is read here. Names and numbers are invented."""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases, organisations, written

PLACES = ("台湾", "岚州市", "宁丰市", "中华")
CAUSES = ("失智照护促进", "消费者权益保护", "透析照护")
HEADS = ("协会", "委员会", "联合会")


@pytest.mark.parametrize("i, place, cause, head", cases(PLACES, CAUSES, HEADS))
def test_an_association_by_its_place_and_cause_is_read_whole(extract, i, place, cause, head):
    body = f"{place}{cause}{head}理事长罗淑芬表示，运动只是预防的一环。"
    x = extract(article(body, i))
    assert written(i, f"{place}{cause}{head}") in organisations(x), organisations(x)
    assert_said_by(x, i, "运动只是预防的一环", "罗淑芬")


@pytest.mark.parametrize("i, cause", cases(CAUSES))
def test_no_place_no_association_read_by_its_cause(extract, i, cause):
    x = extract(article(f"他呼吁{cause}协会尽快介入。", i))
    assert not any(name.startswith(written(i, "呼吁")) for name in organisations(x))
