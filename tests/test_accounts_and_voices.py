"""Acts of telling and the company a bare 公司 stands for, read by structure, whatever the words:

- a cue of telling whose words are only a noun phrase that ends in what an account is given of
  (介绍……运行情况, 通报有关情况, 说明事故的来龙去脉) reports an act, not words said, while a
  clause that ends in such a word (这是正常情况) stays the speaker's;
- 公司 in a new paragraph stands for the company that spoke before, not for a company its words
  named (某某公告称,公司拟收购乙公司……。公司董事会认为), and for the one the article named on its
  own where the article named it outside those words.

Names and numbers are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases

NAMES = ("付凌晖", "柯雨桐", "邵明轩")


@pytest.mark.parametrize("i, name, cue, topic", cases(NAMES, ("介绍", "通报", "说明了"),
                                                      ("10月份国民经济运行情况", "有关情况", "工程的最新进展")))
def test_an_account_of_a_topic_is_an_act(extract, i, name, cue, topic):
    x = extract(article(f"发言人{name}{cue}{topic}。", i))
    assert all(c.speaker.kind == "author" for c in x.claims), [(c.text, c.speaker) for c in x.claims]


@pytest.mark.parametrize("i, name, content", cases(NAMES, ("这是正常情况", "目前工程进展顺利", "这只是初步的考虑")))
def test_a_clause_ending_in_a_topic_stays_the_speaker_s(extract, i, name, content):
    x = extract(article(f"发言人{name}表示，{content}。", i))
    assert_said_by(x, i, content, name)


@pytest.mark.parametrize("i, buyer, target, organ", cases(("星辰股份", "远航物流"), ("青海盐湖锂业有限公司", "东岭矿业有限公司"),
                                                          ("董事会", "")))
def test_company_is_the_one_whose_words_named_the_other(extract, i, buyer, target, organ):
    content = "本次收购有利于公司向上游延伸产业链"
    x = extract(article(f"{buyer}晚间公告称，公司拟以现金收购{target}70%股权。公告显示，标的公司去年盈利。\n\n"
                        f"公司{organ}认为，{content}。", i))
    assert_said_by(x, i, content, buyer)


@pytest.mark.parametrize("i, buyer, other", cases(("星辰股份", "远航物流"), ("青海盐湖锂业有限公司", "东岭矿业有限公司")))
def test_company_is_the_one_the_article_named_on_its_own(extract, i, buyer, other):
    content = "明年产能将翻一番"
    x = extract(article(f"{buyer}晚间公告称，公司拟扩大产能。\n\n{other}是行业龙头。公司表示，{content}。", i))
    assert_said_by(x, i, content, other)
