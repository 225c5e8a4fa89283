"""据统计, 据不完全统计, 据初步估算: a reckoning that names no source is an unnamed source
labelled by the reckoning (不完全统计), never by the words that say how it was made (不完全,
初步); a source before those words (据业内不完全统计) is that source. The cue stays out of
the claim."""

from __future__ import annotations

import itertools

import pytest

from capabilities.cases import half_width, traditional

QUALIFIERS = ("不完全", "初步", "粗略", "保守", "最新", "")
NOUNS = ("统计", "估算", "估计", "测算")
FIGURES = ("今年已有{n}家企业退出市场", "全行业亏损超过{n}亿元", "{n}个城市出台了补贴政策")
CASES = [(i, q, n, f) for i, (q, n, f) in enumerate(itertools.product(QUALIFIERS, NOUNS, FIGURES)) if i % 3 == 0]


def _styled(i: int, text: str) -> str:
    text = traditional(text) if i % 2 else text
    return half_width(text) if i % 4 >= 2 else text


@pytest.mark.parametrize("i,qualifier,noun,figure", CASES)
def test_reckoning_is_an_unnamed_source_of_its_own_name(extract, i, qualifier, noun, figure):
    content = _styled(i, figure.format(n=12 + i))
    frame = _styled(i, f"据{qualifier}{noun}，")
    x = extract(f"行业观察\n\n{frame}{content}。\n")
    claims = [c for c in x.claims if c.text == content]
    assert claims, (frame, [c.text for c in x.claims])
    speaker = claims[0].speaker
    assert speaker.kind == "unnamed", (frame, speaker)
    assert speaker.key.endswith(_styled(i, noun)[-2:]) or speaker.key.endswith(noun), (frame, speaker.key)


@pytest.mark.parametrize("i,source", list(enumerate(("业内", "市场", "业界", "外界"))))
def test_source_before_the_reckoning_words_is_the_speaker(extract, i, source):
    content = _styled(i, f"今年有{20 + i}家门店关闭")
    frame = _styled(i, f"据{source}{QUALIFIERS[i % 3]}统计，")
    x = extract(f"行业观察\n\n{frame}{content}。\n")
    claims = [c for c in x.claims if c.text == content]
    assert claims and claims[0].speaker.kind == "unnamed", (frame, [(c.text, c.speaker) for c in x.claims])
    assert claims[0].speaker.key == source, (frame, claims[0].speaker.key)  # labels are read in the folded view
