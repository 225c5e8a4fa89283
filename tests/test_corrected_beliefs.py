"""A belief an unnamed group is said to hold, corrected by whoever reports it, whatever words
fill it: after 以为 (a belief the reporter takes for wrong) a clause of fact or of contrast (很多人
以为……,其实……; ……,但……), after another verb of belief a clause of fact that denies (有人认为……,
事实上并非如此), is the reporter's: the speaker whose quotation it is, or the article. An unnamed
source's own view with a contrast in it (专家认为,……,但……) stays theirs.

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases, speaker_at

BELIEFS = ("必须走够一万步才有用", "预制菜一定更安全", "房价只涨不跌")
GROUPS = ("很多人", "有人", "不少家长")


@pytest.mark.parametrize("i, group, correction, cue", cases(GROUPS, ("其实不是这样", "但事实并非如此", "其实恰恰相反"),
                                                           ("提醒", "说", "强调")))
def test_a_quoted_correction_of_a_mistaken_belief_is_the_speakers(extract, i, group, correction, cue):
    belief = BELIEFS[i % len(BELIEFS)]
    x = extract(article(f"“{group}以为{belief}，{correction}。”教授莫文澜{cue}。", i))
    assert speaker_at(x, i, belief).kind == "unnamed"
    assert_said_by(x, i, correction, "莫文澜")


@pytest.mark.parametrize("i, group, correction", cases(GROUPS, ("其实不是这样", "其实恰恰相反")))
def test_a_correction_in_a_quotation_after_its_speaker_is_theirs(extract, i, group, correction):
    belief = BELIEFS[i % len(BELIEFS)]
    x = extract(article(f"教授莫文澜说：“{group}以为{belief}，{correction}。”", i))
    assert_said_by(x, i, correction, "莫文澜")


@pytest.mark.parametrize("i, group, cue, correction", cases(GROUPS, ("认为", "觉得", "以为"),
                                                           ("事实上并非如此", "但事实上并非如此", "实际上并不成立")))
def test_the_articles_correction_of_a_belief_is_the_articles(extract, i, group, cue, correction):
    belief = BELIEFS[i % len(BELIEFS)]
    x = extract(article(f"{group}{cue}{belief}，{correction}。", i))
    assert speaker_at(x, i, belief).kind == "unnamed"
    assert speaker_at(x, i, correction).kind == "author"


@pytest.mark.parametrize("i, source, turn", cases(("专家", "法人", "业内人士"), ("但不能简单照搬", "但估值已反映大部分利多",
                                                                             "其实需要长期积累")))
def test_an_unnamed_sources_own_contrast_stays_theirs(extract, i, source, turn):
    x = extract(article(f"{source}认为，这种模式可以复制，{turn}。", i))
    assert all(c.speaker.kind == "unnamed" for c in x.claims), [(c.text, c.speaker.kind) for c in x.claims]
