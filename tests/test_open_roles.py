"""Speakers described by a role jieba's dictionary lacks (博主, 网红, 车评人, 高管), with or
without a word before it (知名, 科技, 汽车): the segmenter knows the short titles as words, so
the HMM does not glue the title to the surname after it (博主王|大伟), and the name is found.
A word of standing before a trade and a title (资深汽车分析师, 知名科技博主) describes the
person and names no company. Names, roles and sentences are invented.
"""

from __future__ import annotations

import itertools

import pytest

from capabilities.cases import traditional

ROLES = ("博主", "网红", "车评人", "主播", "高管")
BEFORE = ("", "知名", "科技", "汽车", "资深汽车")
NAMES = ("王大伟", "林可欣", "陈思远", "刘佳琪")
CUES = ("表示，", "认为，", "在直播中称，", "对记者说：")
CASES = list(itertools.product(ROLES, BEFORE, NAMES, CUES))


@pytest.mark.parametrize("i", range(0, len(CASES), 3))  # every third case: each role, word, name and cue
def test_a_name_after_an_open_role_speaks(extract, i):
    role, before, name, cue = CASES[i]
    text = f"快讯\n\n{before}{role}{name}{cue}这款手机明年会降价。\n"
    if i % 2:
        text, name = traditional(text), traditional(name)
    x = extract(text)
    assert [m.text for m in x.mentions if m.rule.startswith("discover.")] == [name], \
        (text, [(m.text, m.rule) for m in x.mentions])
    assert [(c.text, c.speaker.kind) for c in x.claims] == [(traditional("这款手机明年会降价") if i % 2
                                                            else "这款手机明年会降价", "entity")], text
    assert x.claims[0].speaker.key == x.mentions[-1].entity


@pytest.mark.parametrize("qualifier", ("资深", "知名", "著名", "独立", "首席", "全球", "亚太区"))
@pytest.mark.parametrize("trade, title", [("汽车", "分析师"), ("科技", "评论员"), ("半导体", "专家"), ("物流", "顾问")])
def test_a_persons_standing_before_a_trade_names_no_company(extract, qualifier, trade, title):
    text = f"快讯\n\n{qualifier}{trade}{title}赵明远表示，行业明年会复苏。\n\n（作者为{qualifier}{trade}{title}）\n"
    x = extract(text)
    assert not [m for m in x.mentions if m.rule == "discover.trade_company.v1"], [(m.text, m.rule) for m in x.mentions]
