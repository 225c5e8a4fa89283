"""An unnamed source's label is the group the text counts (另一家代理商的业务主管, 部分经销商),
without the adverbs that stand between it and the cue (则, 也, 还, 同时): the label names the
node a reader sees in the graph."""

from __future__ import annotations

import itertools

import pytest

from capabilities.cases import variant

GROUPS = ("另一家设备代理商的业务主管", "一家券商的研究员", "部分经销商", "多位业内人士", "不少中小企业主")
ADVERBS = ("则", "也", "还", "同时")
CUES = ("透露", "表示", "认为", "指出")
CASES = [(i, g, a, c) for i, (g, a, c) in enumerate(itertools.product(GROUPS, ADVERBS, CUES)) if i % 4 == 0]


@pytest.mark.parametrize("i,group,adverb,cue", CASES)
def test_an_unnamed_group_is_labelled_without_its_adverbs(extract, i, group, adverb, cue):
    content = f"今年的库存比去年高出{10 + i}%"
    text = f"行业观察\n\n{group}{adverb}{cue}，{content}。\n"
    (text,) = variant(i, text)
    x = extract(text)
    claims = [c for c in x.claims if c.speaker.kind == "unnamed"]
    assert claims, (text, [(c.text, c.speaker) for c in x.claims])
    assert claims[0].speaker.key == group, (text, claims[0].speaker.key)  # labels are read in the folded view
