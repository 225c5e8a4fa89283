"""A kind of person made plural with 们 is a group that speaks, whatever words fill it:

- a source's noun or a noun of a kind of person (网友们, 家长们, 球员们, 工人们, 村民们) before a cue
  is an unnamed source under those words, not the article's voice and no organisation;
- an organisation's people made plural (某某集团员工们) speak for themselves, not for it;
- a company whose name ends in a trade of building (某某营造) is one where the context shows it.

Names and numbers are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, assert_unnamed, cases

KINDS = ("网友", "家长", "球员", "工人", "村民", "老师", "队员")
CUES = ("表示，", "纷纷表示，", "认为，", "说，")
WORDS = "学校午餐改用预制菜的做法欠妥"


@pytest.mark.parametrize("i, kind, cue", cases(KINDS, CUES))
def test_a_kind_of_person_made_plural_is_an_unnamed_group(extract, i, kind, cue):
    x = extract(article(f"{kind}们{cue}{WORDS}。", i))
    assert_unnamed(x, i, WORDS, kind + "们")
    assert not x.entities


@pytest.mark.parametrize("i, body, people", cases(("华信集团", "远航科技"), ("员工们", "工程师们")))
def test_an_organisation_s_people_made_plural_speak_for_themselves(extract, i, body, people):
    x = extract(article(f"{body}宣布明年裁员一成。{body}{people}表示，{WORDS}。", i))
    assert_unnamed(x, i, WORDS, body + people)


@pytest.mark.parametrize("i, name", cases(("大成营造", "华固营造", "宏远营造")))
def test_a_builder_named_by_its_trade_speaks(extract, i, name):
    x = extract(article(f"{name}发表声明表示，工程延宕的主因是市府变更设计。", i))
    assert_said_by(x, i, "工程延宕的主因是市府变更设计", name)
