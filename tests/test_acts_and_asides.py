"""Speakers read by the structure around them, whatever words fill it:

- a word of saying before a word of degree and an attitude (表示衷心感谢, 表示强烈不满, 表示严重
  关切) is an act the clause tells, not a cue over a proposition;
- 本人 after a name (某某本人回应称, 某某先生本人表示) leaves the person the speaker;
- an act marked twice beside the words (一边翻看账本一边说, 一面……一面说) is what the speaker did as
  they spoke, quotation first or not;
- the roles of a team (主帅, 前锋, 门将, 国脚) stand before a player's or a coach's name.

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases, speaker_at, written

CONTENTS = ("目前专注于球队的比赛", "今年生意不好做", "租金涨得太快了")


@pytest.mark.parametrize("i, body, degree, attitude", cases(("董事会", "外交部", "星河科技"),
                                                           ("衷心", "强烈", "严重", "衷心的"),
                                                           ("感谢", "欢迎", "关切", "不满", "谴责")))
def test_a_word_of_saying_before_an_attitude_is_an_act(extract, i, body, degree, attitude):
    x = extract(article(f"{body}对此表示{degree}{attitude}。", i))
    assert written(i, degree + attitude) not in [c.text for c in x.claims]


@pytest.mark.parametrize("i, name, honour, frame", cases(("钱学衡", "柴云舟"), ("本人", "先生本人", "女士本人"),
                                                        ("", "在社交媒体上", "当天")))
def test_benren_after_a_name_leaves_the_person_the_speaker(extract, i, name, honour, frame):
    content = CONTENTS[i % len(CONTENTS)]
    lead = ("对于转会传闻，", "")[i % 2]
    x = extract(article(f"{lead}{name}{honour}{frame}回应称，{content}。", i))
    assert_said_by(x, i, content, name)


@pytest.mark.parametrize("i, kind, marker, act", cases(("店主", "车主", ""), ("一边", "一面"), ("翻看账本", "裹紧围巾")))
def test_an_act_marked_twice_beside_the_words_leaves_the_speaker(extract, i, kind, marker, act):
    content = CONTENTS[i % len(CONTENTS)]
    if i % 2:
        text = f"“{content}。”{kind}甘礼平{marker}{act}{marker}说。"
    else:
        text = f"{kind}甘礼平{marker}{act}{marker}说，{content}。"
    x = extract(article(text, i))
    assert_said_by(x, i, content, "甘礼平")


@pytest.mark.parametrize("i, role, name", cases(("主帅", "前锋", "门将", "国脚", "后卫", "主教练"), ("吴振宇", "柴云舟")))
def test_a_role_of_a_team_stands_before_the_name(extract, i, role, name):
    content = "我们必须尽快忘掉这场比赛"
    x = extract(article(f"{role}{name}在混合采访区表示，{content}。", i))
    assert_said_by(x, i, content, name)
    assert speaker_at(x, i, content).kind == "entity"


@pytest.mark.parametrize("i, title, name, frame", cases(("主教练", "分析师", "发言人"), ("李雨寰", "汪铭珊"), ("", "赛后")))
def test_a_name_the_dictionary_files_among_idioms_is_still_a_name(extract, i, title, name, frame):
    """jieba tags some three-character names 'i' with its idioms (李雨寰, 汪铭珊): a title and a cue
    around one still show a person."""
    content = "球队状态很好"
    x = extract(article(f"{title}{name}{frame}表示，{content}。", i))
    assert_said_by(x, i, content, name)
