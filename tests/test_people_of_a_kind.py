"""People of a kind the article does not name speak as an unnamed source: the dictionary's
noun of the kind (one that ends in 员, 师, 者, 工, 客 …), the nouns of its field before it, then the
cue (预报员表示, 气象单位预报员表示, 售货员说). A reporter (记者) is the article's own, and a kind
with a predicate of its own before the cue (劳动者便失去了解释……) is no source.

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_unnamed, cases, written


@pytest.mark.parametrize("i, field, kind, cue", cases(("", "气象单位", "车站"), ("预报员", "调度员", "售货员"), ("表示", "说")))
def test_people_of_a_kind_are_an_unnamed_source(extract, i, field, kind, cue):
    x = extract(article(f"{field}{kind}{cue}，列车可能在凌晨恢复运行。", i))
    assert_unnamed(x, i, "列车可能在凌晨恢复运行", field + kind)


@pytest.mark.parametrize("i, lead, _", cases(("劳动者便失去了", "职工便失去了"), range(2)))
def test_a_kind_with_a_predicate_of_its_own_is_no_source(extract, i, lead, _):
    x = extract(article(f"当规则完全由算法制定，{lead}解释和申诉的空间。", i))
    assert not any(c.speaker.kind == "unnamed" for c in x.claims), [(c.text, c.speaker) for c in x.claims]
