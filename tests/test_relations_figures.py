"""Support read from the text: a speaker's view, then in the next sentence the same speaker's
figure under a cue of its own (……还会继续下跌。他指出,……回落了八成) backs the view; a
consequence opener (正因为如此, 有鉴于此) draws on the figure before it. Speakers and figures
are invented; simplified and traditional."""

from __future__ import annotations

from itertools import product

import opencc
import pytest

from relation_text import relation_triples

TRADITIONAL = opencc.OpenCC("s2t").convert
VIEWS = ("储能电池价格还会继续下跌", "这家公司的盈利能力正在恶化")
FIGURES = ("上游碳酸锂价格已从高点回落了八成", "毛利率已连续三个季度下滑，最新一季仅为12%")
CUES = ("他指出", "他补充说", "她解释称")


def _relations(extract, lexicon, body):
    return relation_triples(extract("评论\n\n" + body), lexicon)


@pytest.mark.parametrize("view, figure, cue, trad", list(product(VIEWS, FIGURES, CUES, (False, True))))
def test_a_speakers_figure_backs_the_view_before(stance_extract, lexicon, view, figure, cue, trad):
    body = f"分析师王凯表示，{view}。{cue}，{figure}。\n"
    if trad:
        body, view, figure = TRADITIONAL(body), TRADITIONAL(view), TRADITIONAL(figure)
    found = _relations(stance_extract, lexicon, body)
    assert any(kind == "supports" and t == view and s.startswith(figure[:6]) for s, kind, t in found), (body, found)


@pytest.mark.parametrize("opener", ["正因为如此，", "正因如此，", "有鉴于此，"])
def test_a_consequence_opener_draws_on_the_figure_before(stance_extract, lexicon, opener):
    body = f"280Ah电芯的报价已跌破每瓦时0.3元。{opener}不少二线厂商开始收缩产能。\n"
    found = _relations(stance_extract, lexicon, body)
    assert ("280Ah电芯的报价已跌破每瓦时0.3元", "supports", opener + "不少二线厂商开始收缩产能") in found, found
