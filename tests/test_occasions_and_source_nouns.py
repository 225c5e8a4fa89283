"""Speakers and names read by the structure around them, whatever words fill it:

- being interviewed between the speaker and the cue (会后受访表示, 接受采访指出) is the occasion of
  the words, like a verb of method: the one named before it speaks;
- a cue word that begins the noun of a source (分析|人士, 观察|人士, 研究|人员) is no cue: 也有分析人士
  持相反看法 says nothing in anyone's words;
- quoted words with a copula or two modifiers (“根本是空壳立法”, “真正的挑战在后面的子法”) are no
  law's name, whatever they end in.

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases, written

CONTENTS = ("政府将尽速提出风险分级框架", "各部会的权责分工仍需磨合", "子法将在两年内完成")


@pytest.mark.parametrize("i, title, when, occasion, cue", cases(
    ("部长", "数位发展部长", "执行长"), ("会后", "昨日", ""), ("受访", "接受采访", "接受访问"), ("表示", "指出", "说")))
def test_being_interviewed_before_the_cue_leaves_the_speaker(extract, i, title, when, occasion, cue):
    content = CONTENTS[i % len(CONTENTS)]
    x = extract(article(f"{title}甘礼平{when}{occasion}{cue}，{content}。", i))
    assert_said_by(x, i, content, "甘礼平")


@pytest.mark.parametrize("i, source, predicate", cases(("分析人士", "观察人士", "研究人员", "评论人士"),
                                                      ("持相反看法", "对此并不乐观", "持保留态度")))
def test_a_cue_word_that_begins_a_source_noun_is_no_cue(extract, i, source, predicate):
    x = extract(article(f"不过，也有{source}{predicate}。", i))
    texts = [c.text for c in x.claims]
    assert not any(t.startswith(written(i, source[2:])) for t in texts), texts
    assert all(c.speaker.kind != "unnamed" or not c.speaker.key.endswith(source[:2]) for c in x.claims)


@pytest.mark.parametrize("i, words", list(enumerate(("根本是空壳立法", "这就是所谓的新办法", "真正的挑战在后面的子法",
                                                     "最大的问题在配套的细则"))))
def test_quoted_words_with_a_copula_or_two_modifiers_are_no_law(extract, i, words):
    x = extract(article(f"民众党团总召甘礼平批评，基本法缺乏具体罚则，“{words}”。", i))
    assert not [m.text for m in x.mentions if m.rule == "discover.quoted_plan.v1"]


@pytest.mark.parametrize("i, title, name, clause, end", cases(("裁判官", "部长", "主审法官", "教授"), ("杜润声", "甘礼平"),
                                                             ("判刑", "视察工厂", "出席论坛"), ("时", "后")))
def test_a_titled_name_before_a_clause_of_time_is_found(extract, i, title, name, clause, end):
    """裁判官某某判刑时指出: no preposition opens the clause between the name and the cue."""
    content = "被告在三个月内出售逾百只假表"
    cue = ("指出", "表示", "说")[i % 3]
    x = extract(article(f"{title}{name}{clause}{end}{cue}，{content}。", i))
    assert_said_by(x, i, content, name)


@pytest.mark.parametrize("i, title, idiom", cases(("被告", "律师", "法官"), ("明知故犯", "情有可原", "罪有应得", "无可厚非")))
def test_a_title_before_an_idiom_names_no_one(extract, i, title, idiom):
    x = extract(article(f"控方认为{title}{idiom}，必须判处即时监禁。", i))
    assert not [m.text for m in x.mentions if m.rule == "discover.title_person.v1"]
