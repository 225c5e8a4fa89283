"""A cue that closes its sentence after the one an act was given to (……回应，由体育总监某某出面澄清。)
closes no words: what came before it is the article's. A span of time before a sentence's subject
(然而不到十二小时，某某……) is no subject: the person named after it is, and the words of the one
quoted before do not carry on.

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, cases, written

OFFICERS = ("体育总监王志明", "新闻官欧阳慧琳", "发言人陈立言")
ACTS = ("出面澄清", "出面回应", "出来解释")


@pytest.mark.parametrize("i, officer, act", cases(OFFICERS, ACTS))
def test_the_one_put_forward_closes_no_words(extract, i, officer, act):
    x = extract(article(f"球会随后再次回应，由俱乐部{officer}{act}。", i))
    said = [c.speaker.kind for c in x.claims if c.text.startswith(written(i, "球会随后再次回应"))]
    assert said == ["author"], [(c.text, c.speaker) for c in x.claims]


@pytest.mark.parametrize("i, span", cases(("不到十二小时", "短短两天", "仅仅三个月")))
def test_a_span_of_time_is_no_subject(extract, i, span):
    x = extract(article(f"经纪人费尔南德斯表示，球员已经签约，只差最后手续。然而{span}，前锋卢卡斯·费雷拉在社交媒体上否认签约。", i))
    said = [c.speaker.kind for c in x.claims if written(i, "否认签约") in c.text]
    assert said == ["author"], [(c.text, c.speaker) for c in x.claims]
