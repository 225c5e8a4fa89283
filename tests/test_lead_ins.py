"""A lead-in of what follows from the clause before (长此以往, 久而久之, 如此一来, 这样一来) opens the
claim of the effect after it, whatever words fill the clauses: it is no tail of the clause
before. Names and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases, written

CAUSES = ("价格战已经变成了拼资金", "平台的抽成逐年提高")
EFFECTS = ("行业将陷入恶性循环", "中小商家会被迫退出")


@pytest.mark.parametrize("i, lead, cue", cases(("长此以往", "久而久之", "如此一来", "这样一来"), ("认为", "表示", "警告")))
def test_a_lead_in_opens_the_effects_claim(extract, i, lead, cue):
    cause, effect = CAUSES[i % 2], EFFECTS[i % 2]
    x = extract(article(f"协会专家蔡文瀚{cue}，{cause}，{lead}，{effect}。", i))
    texts = [c.text for c in x.claims]
    assert written(i, cause) in texts, texts
    assert_said_by(x, i, f"{lead}，{effect}", "蔡文瀚")
