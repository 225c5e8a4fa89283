"""What a question's frame and a rumour after 据 say, whatever words fill them:

- a question whose clauses before the asking one only frame it (台风来袭时, 停班期间, 今年以来,
  在三四线城市) asserts nothing: no claim of the asker's is left of it, while a clause that
  asserts (公司已经表态,……呢?) stays the asker's;
- 据 and a rumour (据市场传闻, 据坊间传闻, 據業內傳言, 据传闻) is an unnamed source, as 据……消息 is,
  not the article's own voice.

Names and numbers are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_unnamed, cases, speaker_at, written

FRAMES = ("台风来袭时", "停班期间", "今年以来", "在三四线城市")
QUESTIONS = ("由谁来决定是否停课？", "物价为何持续上涨？", "充电桩为什么这么少？")


@pytest.mark.parametrize("i, frame, question", cases(FRAMES, QUESTIONS))
def test_a_question_s_frame_is_no_claim(extract, i, frame, question):
    x = extract(article(f"问：{frame}，{question}\n\n答：主要是各地的统筹安排还不到位。", i))
    assert [c.text for c in x.claims] == [written(i, "主要是各地的统筹安排还不到位")]


@pytest.mark.parametrize("i, said", cases(("公司已经表态", "市政府上月已经承诺")))
def test_a_clause_that_asserts_before_a_question_stays_the_asker_s(extract, i, said):
    x = extract(article(f"问：{said}，补偿款什么时候到位呢？\n\n答：下个月就能全部发放到位。", i))
    assert speaker_at(x, i, said).kind == "unnamed"


RUMOURS = ("市场传闻", "坊间传闻", "业内传言", "传闻")
NEWS = "部分公募基金已开始调整明年的持仓结构"


@pytest.mark.parametrize("i, rumour", cases(RUMOURS))
def test_a_rumour_after_according_is_an_unnamed_source(extract, i, rumour):
    x = extract(article(f"据{rumour}，{NEWS}。", i))
    assert_unnamed(x, i, NEWS, rumour)


ASKERS = ("很多朋友", "有投资者", "有网友")
ASKED = ("我后不后悔", "公司会不会提高分红", "他们能不能按时完工", "项目去没去审批")


@pytest.mark.parametrize("i, asker, asked", cases(ASKERS, ASKED))
def test_a_question_asked_by_a_word_and_its_negation_is_no_claim(extract, i, asker, asked):
    x = extract(article(f"{asker}问{asked}。", i))
    assert not x.claims


@pytest.mark.parametrize("i, said", cases(("公司不会不管员工", "这件事不能不做")))
def test_a_double_negation_told_is_a_claim(extract, i, said):
    x = extract(article(f"有投资者表示，{said}。", i))
    assert speaker_at(x, i, said).kind == "unnamed"
