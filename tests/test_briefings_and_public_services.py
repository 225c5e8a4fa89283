"""A ministry's briefing and a place's public service, whatever words fill them:

- a Q&A under a line that says whose spokesperson answers (某部新闻发言人答记者问, 某部新闻发言人
  12日就……答记者问) gives the answers to that body, 新闻|发言人 cut in two or not; 答记者问 is
  one word, no name and a cue;
- a public service named by its kind (疾控中心, 气象台, 急救中心) is an organisation where a place
  stands before it (中国疾控中心, 北京市疾控中心, 滨海市气象台), and none alone or after 当地.

Names and numbers are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, cases, speaker_at, written
from claimgraph.models import EntityType

BODIES = ("商务部", "外交部", "滨海市商务局")
ANSWER = "有关措施不针对任何特定国家和地区"


def _named(x, key: str) -> str:
    return next(m.text for m in x.mentions if m.entity == key)


@pytest.mark.parametrize("i, body, lead", cases(BODIES, ("{body}新闻发言人答记者问", "{body}新闻发言人12日就出口管制答记者问。")))
def test_a_briefing_s_answers_are_the_body_s(extract, i, body, lead):
    text = f"{lead.format(body=body)}\n\n问：有外媒报道称将实施出口管制，是否属实？\n\n答：{ANSWER}。"
    x = extract(article(text, i))
    speaker = speaker_at(x, i, ANSWER)
    assert speaker.kind == "entity" and _named(x, speaker.key) == written(i, body)
    assert not [e for e in x.entities if e.type is EntityType.PERSON]  # 答记者 is no one


PLACES = ("中国", "北京市", "滨海市")
SERVICES = ("疾控中心", "气象台", "急救中心", "监测中心")


@pytest.mark.parametrize("i, place, service", cases(PLACES, SERVICES))
def test_a_place_s_public_service_is_an_organisation(extract, i, place, service):
    words = "近两周本地的流感病例持续上升"
    x = extract(article(f"{place}{service}表示，{words}。", i))
    speaker = speaker_at(x, i, words)
    assert speaker.kind == "entity" and _named(x, speaker.key) == written(i, f"{place}{service}")


@pytest.mark.parametrize("i, place, service", cases(PLACES, SERVICES))
def test_a_place_s_public_service_after_according_to(extract, i, place, service):
    words = "南方省份已进入流感高发期"
    x = extract(article(f"据{place}{service}监测，{words}。", i))
    speaker = speaker_at(x, i, words)
    assert speaker.kind == "entity" and _named(x, speaker.key) == written(i, f"{place}{service}")


@pytest.mark.parametrize("i, before, service", cases(("", "当地"), SERVICES))
def test_a_public_service_alone_or_local_names_no_organisation(extract, i, before, service):
    x = extract(article(f"{before}{service}提醒，市民应尽量减少外出。", i))
    assert not [e for e in x.entities if e.type is EntityType.ORGANIZATION]
