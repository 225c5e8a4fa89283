"""People telling of their experience with 反映, 反馈 or 投诉, whatever words fill them: with or
without a comma after the cue (有市民反映小区的路灯坏了; 也有用户反映，……), an unnamed group
that tells it is the source of what follows; what a thing reflects (这一数据反映了……, 数据反映出……)
is no one's words. Names and numbers are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_unnamed, cases, written

GROUPS = ("有市民", "多地家长", "不少车主", "也有用户")
CUES = ("反映", "反馈", "投诉")
WORDS = "小区门口的路灯已经坏了一个多月"


@pytest.mark.parametrize("i, group, cue, comma", cases(GROUPS, CUES, ("", "，")))
def test_people_telling_of_their_experience_are_the_source(extract, i, group, cue, comma):
    x = extract(article(f"近日，{group}{cue}{comma}{WORDS}。", i))
    assert_unnamed(x, i, WORDS, group)


@pytest.mark.parametrize("i, thing", cases(("这一数据反映了", "数据反映出", "该指标反映")))
def test_what_a_thing_reflects_is_no_one_s_words(extract, i, thing):
    x = extract(article(f"{thing}消费需求的疲软。", i))
    assert [c.speaker.kind for c in x.claims] == ["author"]
    assert x.claims[0].text == written(i, f"{thing}消费需求的疲软")
