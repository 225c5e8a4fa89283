"""A full name no dictionary holds, described before it (卖臭豆腐的孙桂芳) and followed by an
adverb of its subject (已经, 一直, 也) or a time it acted, is a person, whom the 她 or 他
after stands for. Names are invented."""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases

NAMES = (("孙桂芳", "她"), ("葛长林", "他"), ("柳月娥", "她"))
AFTER = ("已经在这里干了十一年", "一直在这里卖早点", "今年在这里开了第二家店")


@pytest.mark.parametrize("i, named, after", cases(NAMES, AFTER))
def test_a_described_name_then_an_adverb_is_a_person(extract, i, named, after):
    name, pronoun = named
    words = "这两年夜市的年轻摊主越来越多"
    body = (f"32岁的刘海峰是这里的新人。他说，以前天天对着屏幕。\n\n"
            f"隔壁卖臭豆腐的{name}{after}。{pronoun}感叹，{words}。")
    x = extract(article(body, i))
    assert_said_by(x, i, words, name)
