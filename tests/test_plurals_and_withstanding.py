"""People made plural, and what is withstood, whatever words fill them:

- a noun made plural with 们 (球员们, 同事们) is a subject the text names: a clause that opens
  with a connective and then such a noun (最后时刻球员们……) leaves no subject out, and 他们
  after it stands for those people, not for an organisation named before;
- withstanding what is bad (顶住压力, 扛住冲击, 挺过寒冬) is no failing of the one who withstands
  it: a merit, never a stance against them.

Names and numbers are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, cases, claim_of, written

TEAMS = ("星岚队", "曜石队")


@pytest.mark.parametrize("i, other, people, opener", cases(TEAMS, ("球员们", "小伙子们", "队员们"), ("最后时刻", "最终", "然而")))
def test_people_made_plural_are_what_they_stand_for(extract, i, other, people, opener):
    words = f"{opener}{people}顶住了压力，我为他们感到骄傲"
    x = extract(article(f"本队以78比75险胜{other}。{other}主教练邝思远赛后表示，“{other}打得很顽强。{words}。”", i))
    claims = [c for c in x.claims if c.text in written(i, words)]
    assert claims and all(not c.about for c in claims), [(c.text, c.about) for c in claims]


@pytest.mark.parametrize("i, own, other", cases(("小米", "联想"), ("华为", "苹果")))
def test_they_still_stand_for_the_other_side_where_no_people_are_named(extract, i, own, other):
    words = "我们要向他们学习"
    x = extract(article(f"{own}总裁邝思远表示，“{other}很强。{words}。”", i))
    assert claim_of(x, written(i, words)).about


@pytest.mark.parametrize("i, name, verb, bad", cases(("小米", "华为"), ("顶住了", "扛住了", "挺过了", "经受住了"), ("压力", "冲击", "寒冬")))
def test_withstanding_what_is_bad_is_no_stance_against_the_one_who_withstands_it(extract, i, name, verb, bad):
    words = f"{name}{verb}{bad}"
    x = extract(article(f"分析师王凯表示，{words}。", i))
    claim = claim_of(x, written(i, words))
    assert all(p.polarity.value != "against" for p in claim.polarities), claim.polarities
