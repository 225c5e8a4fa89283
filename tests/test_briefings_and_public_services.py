"""A ministry's briefing and a place's public service, whatever words fill them:

- a Q&A under a line that says whose spokesperson answers (某部新闻发言人答记者问, 某部新闻发言人
  12日就……答记者问) gives the answers to that body, 新闻|发言人 cut in two or not; 答记者问 is
  one word, no name and a cue;
- a public service named by its kind (疾控中心, 气象台, 急救中心, 派出所, 交警支队) is an
  organisation where a place stands before it (中国疾控中心, 北京市疾控中心, 城南派出所), and
  none alone or after 当地; its police officers (城南派出所民警表示) answer for it.

Names and numbers are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases
from claimgraph.models import EntityType

BODIES = ("商务部", "外交部", "滨海市商务局")
ANSWER = "有关措施不针对任何特定国家和地区"


@pytest.mark.parametrize("i, body, lead", cases(BODIES, ("{body}新闻发言人答记者问", "{body}新闻发言人12日就出口管制答记者问。")))
def test_a_briefing_s_answers_are_the_body_s(extract, i, body, lead):
    text = f"{lead.format(body=body)}\n\n问：有外媒报道称将实施出口管制，是否属实？\n\n答：{ANSWER}。"
    x = extract(article(text, i))
    assert_said_by(x, i, ANSWER, body)
    assert not [e for e in x.entities if e.type is EntityType.PERSON]  # 答记者 is no one


PLACES = ("中国", "北京市", "滨海市")
SERVICES = ("疾控中心", "气象台", "急救中心", "监测中心", "派出所", "交警支队")
WORDS = "近两周本地的流感病例持续上升"


@pytest.mark.parametrize("i, place, service, told", cases(PLACES, SERVICES, ("{body}表示，", "据{body}监测，")))
def test_a_place_s_public_service_is_an_organisation(extract, i, place, service, told):
    x = extract(article(told.format(body=place + service) + f"{WORDS}。", i))
    assert_said_by(x, i, WORDS, f"{place}{service}")


@pytest.mark.parametrize("i, place, unit, officer", cases(("城南", "滨海市"), ("派出所", "公安分局", "交警支队"),
                                                        ("民警", "交警")))
def test_a_police_officer_answers_for_the_place_s_police(extract, i, place, unit, officer):
    x = extract(article(f"{place}{unit}{officer}介绍，{WORDS}。", i))
    assert_said_by(x, i, WORDS, f"{place}{unit}")


@pytest.mark.parametrize("i, before, service", cases(("", "当地"), SERVICES))
def test_a_public_service_alone_or_local_names_no_organisation(extract, i, before, service):
    x = extract(article(f"{before}{service}提醒，市民应尽量减少外出。", i))
    assert not [e for e in x.entities if e.type is EntityType.ORGANIZATION]
