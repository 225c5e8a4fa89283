"""Words the segmenter would glue onto a name, whatever words fill them:

- a day given its date in brackets (今(8)日, 昨（7）日, the Taiwan press's way) stands alone, and
  the body named right before it keeps its head (警政署刑事警察局今(8)日表示);
- 于 right after its verb is a preposition, no surname before 某 (拍摄于某连锁门店, 成立于某年).

Names and numbers are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases
from claimgraph.models import EntityType


@pytest.mark.parametrize("i, body, day, date, cue", cases(
    ("警政署刑事警察局", "环境部", "刑事警察局"), ("今", "昨"), ("(8)", "（12）"), ("日表示，", "日指出，")))
def test_a_day_dated_in_brackets_stands_alone(extract, i, body, day, date, cue):
    x = extract(article(f"{body}{day}{date}{cue}今年已受理诈骗案件逾200件。", i))
    assert_said_by(x, i, "今年已受理诈骗案件逾200件", body)


@pytest.mark.parametrize("i, verb, rest", cases(("拍摄于", "位于", "发生于"), ("某连锁奶茶门店后厨", "某县城")))
def test_yu_after_its_verb_is_no_surname(extract, i, verb, rest):
    x = extract(article(f"一段{verb}{rest}的视频近日在网络流传，引发关注。", i))
    assert all(e.type is not EntityType.PERSON for e in x.entities), [e.key for e in x.entities]
