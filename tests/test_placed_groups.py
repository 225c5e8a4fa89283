"""Speakers after a place: a group of that place named by its kind (日本车企表示, 国内券商认为,
海外投资者担心) is an unnamed source, never an entity named "日本车企"; an organisation set in
apposition to its kind after the place (德国研究机构某某研究所表示) speaks under its own name.
Places, names and sentences are invented or generic.
"""

from __future__ import annotations

import itertools

import pytest

from capabilities.cases import traditional

PLACES = ("中国", "日本", "德国", "美国", "国内", "海外", "境外")
GROUPS = ("企业", "车企", "厂商", "券商", "分析师", "业内人士", "投资者")
CUES = ("表示，", "认为，", "担心，", "透露，")
CASES = list(itertools.product(PLACES, GROUPS, CUES))


@pytest.mark.parametrize("i", range(0, len(CASES), 2))
def test_a_group_of_a_place_is_unnamed(extract, i):
    place, group, cue = CASES[i]
    text = f"快讯\n\n{place}{group}{cue}明年的芯片价格会下降。\n"
    if i % 4 == 2:
        text = traditional(text)  # the unnamed source's key is read on the folded (simplified) view
    x = extract(text)
    assert [(c.speaker.kind, c.speaker.key) for c in x.claims] == [("unnamed", group)], \
        (text, [(c.text, c.speaker) for c in x.claims])
    assert not [m for m in x.mentions if m.rule.startswith("discover.")], [(m.text, m.rule) for m in x.mentions]


@pytest.mark.parametrize("place", ("德国", "日本", "韩国"))
@pytest.mark.parametrize("kind", ("机构", "研究机构", "券商"))
@pytest.mark.parametrize("name", ("星海经济研究所", "汀兰证券研究院"))
def test_an_organisation_after_a_place_and_its_kind_speaks(extract, place, kind, name):
    x = extract(f"快讯\n\n{place}{kind}{name}表示，明年的芯片价格会下降。\n")
    (claim,) = x.claims
    assert claim.speaker.kind == "entity", (claim.text, claim.speaker)
    named = {m.entity for m in x.mentions if m.text.endswith(name)}
    assert claim.speaker.key in named, (claim.speaker, [(m.text, m.entity) for m in x.mentions])
