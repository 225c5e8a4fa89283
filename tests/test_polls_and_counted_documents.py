"""Polls, documents counted as new ones, and an insider's 公司, whatever words fill them:

- a poll (民调, 民意调查) is a document that speaks for whoever published it, else an unnamed
  source, as 调查 is (最新民调显示，……);
- a document counted as a new one (一项调查显示, 一份最新报告指出, 一項研究顯示) is an unnamed source,
  never one named before, unless its publisher is named in the phrase (一份由某某发布的报告);
- 公司 in the words of an insider of a kind of company the article does not name (某头部房企内部
  人士透露，公司……) is that company, no organisation named before.

Names and numbers are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_unnamed, cases, speaker_at, written

FIGURE = "候选人的支持度为38.5%"


@pytest.mark.parametrize("i, poll, cue", cases(("民调", "最新民调", "民意调查"), ("显示，", "指出，")))
def test_a_poll_is_a_source(extract, i, poll, cue):
    x = extract(article(f"距离投票日不到一个月，{poll}{cue}{FIGURE}。", i))
    said = speaker_at(x, i, FIGURE)
    assert said.kind == "unnamed" and said.key.endswith(("民调", "民意调查"))


@pytest.mark.parametrize("i, count, document", cases(("一项", "一份", "另一项"), ("调查", "研究", "最新报告", "民调")))
def test_a_document_counted_as_a_new_one_is_an_unnamed_source(extract, i, count, document):
    text = f"华信咨询上月发布报告，称市场将回暖。{count}{document}显示，{FIGURE}。"
    assert_unnamed(extract(article(text, i)), i, FIGURE, document)


@pytest.mark.parametrize("i, insider", cases(("某头部房企内部人士", "一位车企员工", "一家药企的高管")))
def test_an_insider_s_company_is_their_unnamed_one(extract, i, insider):
    text = f"克而瑞研究中心数据显示，百强房企销售额同比下降18.6%。{insider}透露，公司年初定下的目标几乎不可能完成。"
    x = extract(article(text, i))
    claim = next(c for c in x.claims if written(i, "目标几乎不可能完成") in c.text)
    assert claim.speaker.kind == "unnamed"
    assert not claim.about
