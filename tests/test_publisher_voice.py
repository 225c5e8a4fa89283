"""The publisher named in its own article (its name in the source line, then in the body:
某某观察梳理发现, 某某周刊统计发现) speaks in the article's own voice: the claim is @author,
the cue left out, by ``attribution.publisher_voice.v1``. A verb of how a finding was made
(梳理, 调查, 测算) between a speaker and the cue leaves that speaker the speaker. Names,
people and sentences are invented.
"""

from __future__ import annotations

import itertools

import pytest

from capabilities.cases import in_script, nth_case

PUBLISHERS = ("星桥财经观察", "南风科技评论", "海岸资本周刊")
METHODS = ("梳理", "统计", "调查", "盘点")
CUES = ("发现", "显示")
CONTENT = "在已发布展望的12家机构中，有8家给出增持评级"


def _article(publisher: str, body: str, i: int) -> str:
    text = f"年末展望\n\n2026-12-01 10:00 来源：{publisher}\n\n{body}\n"
    return in_script(i, text)[0]


@pytest.mark.parametrize("i", range(len(PUBLISHERS) * len(METHODS) * len(CUES)))
def test_the_publisher_finding_in_its_own_article_is_the_articles_voice(extract, i):
    publisher, method, cue = nth_case(i, PUBLISHERS, METHODS, CUES)
    x = extract(_article(publisher, f"{publisher}{method}{cue}，{CONTENT}。", i))
    content, = in_script(i, CONTENT)
    claim = next((c for c in x.claims if c.text == content), None)
    assert claim is not None, [(c.text, c.speaker) for c in x.claims]
    assert claim.speaker.kind == "author" and claim.speaker.rule == "attribution.publisher_voice.v1", claim.speaker


@pytest.mark.parametrize("i", range(len(PUBLISHERS) * len(METHODS)))
def test_another_organisation_that_finds_speaks_for_itself(extract, i):
    publisher, method = nth_case(i, PUBLISHERS, METHODS)
    x = extract(_article(publisher, f"英伟达{method}发现，{CONTENT}。", i))
    content, = in_script(i, CONTENT)
    claim = next((c for c in x.claims if c.text == content), None)
    assert claim is not None and claim.speaker.kind == "entity", [(c.text, c.speaker) for c in x.claims]
    assert claim.speaker.key == "nvidia"


@pytest.mark.parametrize("name, method", list(itertools.product(("王凯", "刘雅婷"), ("调查", "测算", "走访", "对比"))))
def test_a_verb_of_method_leaves_the_person_the_speaker(extract, name, method):
    x = extract(f"快讯\n\n{name}{method}发现，多数门店的库存已经见底。\n")
    claim = next((c for c in x.claims if c.text == "多数门店的库存已经见底"), None)
    spoken = {m.entity for m in x.mentions if m.text == name}
    assert claim is not None and claim.speaker.key in spoken, [(c.text, c.speaker) for c in x.claims]
