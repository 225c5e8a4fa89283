"""Whom a reporter learned from when the article counts them, and a time from which something
holds, whatever words fill them:

- a group the article counts but does not name after 记者从 (记者从多家航空公司获悉) is an unnamed
  source, not the reporter's own finding;
- a clause that only says from when (自12月5日起, 自明年1月1日起, 从下月起) frames the clause after it:
  one claim, never a claim of its own, the segmenter's 日起 a time word.

Names and numbers are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_unnamed, cases, written

CONTENT = "国内航线燃油附加费将下调"


@pytest.mark.parametrize("i, group, verb", cases(("多家航空公司", "部分商家", "多位业内人士"), ("获悉，", "了解到，")))
def test_a_counted_group_the_reporter_learned_from(extract, i, group, verb):
    x = extract(article(f"机票价格近期有所回落。记者从{group}{verb}{CONTENT}。", i))
    assert_unnamed(x, i, CONTENT, group)


@pytest.mark.parametrize("i, since, lead", cases(
    ("自12月5日起", "自明年1月1日起", "从下月起", "自本月20日起"), ("", "记者从多家航空公司获悉，")))
def test_a_time_from_which_frames_the_clause_after_it(extract, i, since, lead):
    x = extract(article(f"机票价格近期有所回落。{lead}{since}，{CONTENT}。", i))
    texts = [c.text for c in x.claims]
    assert written(i, f"{since}，{CONTENT}") in texts, texts
    assert written(i, since) not in texts
