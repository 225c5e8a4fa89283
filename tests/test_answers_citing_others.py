"""In an answer that cites others: words quoted from a group and then judged by a clause that opens
on them (很多客户一开口就说“……”，这是不现实的) leave the judgement to the one who cites them; and a
clause with 我 right after another's cue, told without quotation marks (有一位老股东跟我说过一句话，我印象很深)
is the answerer's own, since another's words told so would call the answerer 他.

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases

ANSWERERS = ("任志远", "欧阳慧琳")
GROUPS = ("很多客户", "不少经销商", "有些投资人")
JUDGEMENTS = ("这是不现实的", "这根本做不到", "那是不可能的")


@pytest.mark.parametrize("i, who, group, judgement", cases(ANSWERERS, GROUPS, JUDGEMENTS))
def test_a_judgement_of_words_cited_is_the_citers(extract, i, who, group, judgement):
    x = extract(article(f"记者：客户最常提什么要求？\n\n{who}：{group}一开口就说“你帮我干所有活”，{judgement}。", i))
    assert_said_by(x, i, judgement, who)


@pytest.mark.parametrize("i, who, teller, aside", cases(ANSWERERS, ("有一位老股东", "一位投资人"),
                                                        ("我印象很深", "我当时很受触动")))
def test_i_after_anothers_cue_is_the_answerer(extract, i, who, teller, aside):
    x = extract(article(f"记者：投资人之间有分歧吗？\n\n{who}：分歧一直都有。{teller}跟我说过一句话，{aside}，"
                        f"他说：“你们的估值里有一半是想象力。”", i))
    assert_said_by(x, i, aside, who)
