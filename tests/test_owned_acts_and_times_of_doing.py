"""What someone does, and when, between their name and the verb of saying:

- an act whose object someone owns (拉着他的手说, 拍着儿子的肩膀说, 握着记者的手说) is what the speaker
  did as they spoke: the name before it speaks;
- a time told by what was done (临终前, 受访时, 出门时; a word of doing and 前, 时 or 后) may stand
  before it, with an adverb (还, 也) after;
- a clause of time whose 时 the segmenter glued to 说 (接受采访|时说, 离开|时说) leaves the name before it;
- an unnamed source's label ends at its source word or role (有会员, 一位外资分析师): when it spoke
  and what it did are no part of it.

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases, quotes, speaker_at


@pytest.mark.parametrize("i, name, act", cases(("王秀英", "欧阳建华", "陈大海"), (
    "拉着他的手", "拉着儿子的手", "握着记者的手", "拍着孙子的肩膀")))
def test_an_act_on_what_someone_owns_leaves_the_name_the_speaker(extract, i, name, act):
    x = extract(article(f"{name}{act}说，房子没了，什么都没了。", i))
    assert_said_by(x, i, "房子没了，什么都没了", name)


@pytest.mark.parametrize("i, name, when, adverb", cases(("王秀英", "欧阳建华"), ("临终前", "受访时", "离开时"), ("还", "也", "")))
def test_a_time_told_by_what_was_done_leaves_the_name_the_speaker(extract, i, name, when, adverb):
    o, c = quotes(i)
    x = extract(article(f"{name}{when}{adverb}说：{o}那笔钱拿不回来也没关系。{c}", i))
    assert_said_by(x, i, "那笔钱拿不回来也没关系", name)


@pytest.mark.parametrize("i, source, rest", cases(("有会员", "有居民", "一位老人"), ("临终前还拉着他的手", "拉着记者的手", "昨天")))
def test_an_unnamed_sources_label_ends_at_its_source_word(extract, i, source, rest):
    x = extract(article(f"他提到，{source}{rest}说，钱拿不回来没关系。", i))
    said = speaker_at(x, i, "钱拿不回来没关系")
    assert said.kind == "unnamed" and said.key == source, said


@pytest.mark.parametrize("i, name, doing", cases(("王秀英", "欧阳建华", "陈大海"), ("接受采访", "离开", "视察工地", "在会上发言", "探望伤者")))
def test_a_time_whose_shi_the_segmenter_glued_to_shuo_leaves_the_name(extract, i, name, doing):
    x = extract(article(f"{name}{doing}时说，明年将扩大生产。", i))
    assert_said_by(x, i, "明年将扩大生产", name)
