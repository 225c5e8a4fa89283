"""Words cited inside someone's words (某某指出,某某曾说“……”,……): the quotation is the one
cited's, and the clauses after it in the sentence, a contrast (但实际情况恰恰相反) or a clause
of its own (二审法院未采信该证词), are the words of the one who cites it, not the article's
nor the one cited's. Names, numbers and sentences are invented."""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases, quotes, speaker_at, written

OUTER = (("分析师韩冰指出", "韩冰"), ("律师欧阳敏强调", "欧阳敏"), ("鹭屿智能在声明中表示", "鹭屿智能"))
INNER = (("李明轩曾说", "李明轩"), ("一名前员工曾透露", None), ("鹭屿智能前高管周楠曾表示", "周楠"))
AFTER = ("但实际情况恰恰相反，价格已经连涨三个月", "但这一说法与事实不符", "法院并未采信这一说法")


@pytest.mark.parametrize("i, outer, inner, after", cases(OUTER, INNER, AFTER))
def test_the_clauses_after_words_cited_are_the_citers(extract, i, outer, inner, after):
    (cue, citer), (inner_cue, cited) = outer, inner
    opening, closing = quotes(i)
    words = "价格会继续下跌"
    x = extract(article(f"{cue}，{inner_cue}{opening}{words}{closing}，{after}。", i))
    if cited is not None:
        assert_said_by(x, i, words, cited)
    else:
        assert speaker_at(x, i, words).kind == "unnamed"
    for clause in after.split("，"):
        assert_said_by(x, i, clause, citer)


@pytest.mark.parametrize("i", range(6))
def test_words_cited_that_end_the_sentence_stay_the_cited_ones(extract, i):
    opening, closing = quotes(i)
    words = "项目已经停工"
    x = extract(article(f"律师欧阳敏强调，一名前员工曾透露{opening}{words}{closing}。", i))
    assert speaker_at(x, i, words).kind == "unnamed"
    assert not any(written(i, "律师欧阳敏强调") in c.text for c in x.claims)
