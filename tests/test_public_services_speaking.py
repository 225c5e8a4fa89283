"""A public service named by its kind speaks, whatever words fill it: alone or after 当地
(气象台表示, 当地疾控中心提醒) it is an unnamed source under its kind, not the article's voice; after
one of that kind was named (中国疾控中心……。疾控中心提醒) it is that one. Names and numbers are
invented."""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, assert_unnamed, cases

SERVICES = ("气象台", "疾控中心", "急救中心", "监测中心")
WORDS = "市民应尽量减少不必要的外出"


@pytest.mark.parametrize("i, before, service, cue", cases(("", "当地"), SERVICES, ("提醒，", "表示，")))
def test_a_public_service_by_its_kind_is_an_unnamed_source(extract, i, before, service, cue):
    x = extract(article(f"{before}{service}{cue}{WORDS}。", i))
    assert_unnamed(x, i, WORDS, service)


@pytest.mark.parametrize("i, place, service", cases(("中国", "滨海市"), SERVICES))
def test_a_public_service_by_its_kind_is_the_one_named_before(extract, i, place, service):
    x = extract(article(f"{place}{service}昨日发布通报。{service}提醒，{WORDS}。", i))
    assert_said_by(x, i, WORDS, place + service)
