"""People the article describes before their words, and the 他 or 她 that speaks for them:

- a name no dictionary knows right after one's age (今年六十八岁的某某, 51歲的某某, 七十多岁的某某),
  or of three characters right before one's kin (某某的妻子, 某某的儿子), is a person's, where the
  segmenter glued the next word to it too (邱美華像 -> 邱美華); a surname before 姓 (陈姓) or
  before an elder's word (陆伯, 黄姐) names no one in full;
- 他 or 她 opening a sentence, where no one is named before it, is the person the sentence
  before met by role alone (一名遇难者的女儿赶到现场。她告诉记者, 记者见到了一位老农。他说), but not
  one named inside someone's quotation; with no one met either, it is still someone the article
  does not name: an unnamed source, and the cue is no part of the claim.

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import (article, assert_said_by, assert_some_unnamed, cases, quotes, speaker_at, types_written,
                               written)
from claimgraph.models import EntityType


@pytest.mark.parametrize("i, age, name", cases(
    ("今年68岁的", "五十一岁的", "现年七十多岁的"), ("甄福田", "邝美华", "欧阳秋生")))
def test_a_name_after_an_age_is_a_person_who_then_speaks(extract, i, age, name):
    o, c = quotes(i)
    x = extract(article(f"早上六点，{age}{name}已经在自家瓜地里转了一圈。{name}种西瓜已经四十年。"
                        f"{o}以前哪敢想，手机还能卖瓜。{c}他在接受采访时说。", i))
    assert types_written(x, i, name) == {EntityType.PERSON}
    assert_said_by(x, i, "以前哪敢想，手机还能卖瓜", name)


@pytest.mark.parametrize("i, name, then", cases(("邝美华", "甄秋燕"), ("像往常一样", "照旧", "跟着")))
def test_a_name_glued_to_the_next_word_after_an_age_is_cut(extract, i, name, then):
    x = extract(article(f"上个月底的一个早晨，51岁的{name}{then}骑车到工业区上班。", i))
    assert types_written(x, i, name) == {EntityType.PERSON}


@pytest.mark.parametrize("i, name, kin", cases(("戚建军", "龚文涛"), ("妻子", "儿子", "女儿", "母亲")))
def test_a_name_before_its_kin_is_a_person(extract, i, name, kin):
    o, c = quotes(i)
    x = extract(article(f"{name}的{kin}一早就守在医院门口。她说：{o}我们只想知道真相。{c}", i))
    assert types_written(x, i, name) == {EntityType.PERSON}


@pytest.mark.parametrize("i, surname, rest", cases(("陈", "黄", "陆"), ("姓老翁", "伯带着太太", "姐带同女儿")))
def test_a_surname_before_its_mark_or_an_elders_word_names_no_one_in_full(extract, i, surname, rest):
    x = extract(article(f"一名73岁的{surname}{rest}到医院求诊，等了九个小时。", i))
    glued = written(i, surname + rest[:2])
    assert not any(m.text == glued for m in x.mentions), [(m.text, m.rule) for m in x.mentions]


@pytest.mark.parametrize("i, met, pronoun, cue", cases(
    ("一名遇难者的女儿昨晚从外地赶到现场", "记者在村口见到了一位种了三十年茶的老农", "一名男子被警方带走"),
    ("她", "他"), ("告诉记者，", "说，", "对记者说：")))
def test_a_pronoun_speaks_for_the_one_the_sentence_before_met(extract, i, met, pronoun, cue):
    x = extract(article(f"{met}。{pronoun}{cue}救援来得太晚了。", i))
    said = speaker_at(x, i, "救援来得太晚了")
    head = {"遇难者": "女儿", "老农": "老农", "男子": "男子"}[next(k for k in ("遇难者", "老农", "男子") if k in met)]
    assert said.kind == "unnamed" and said.key.endswith(head), said


@pytest.mark.parametrize("i, named", cases(("组长", "老板", "经理")))
def test_a_role_named_inside_a_quotation_is_not_the_pronouns(extract, i, named):
    o, c = quotes(i)
    x = extract(article(f"{o}前一天下班，{named}还叫我们隔天早点来赶货。{c}她说，公告贴出来时门口站着上百人。", i))
    said = speaker_at(x, i, "公告贴出来时门口站着上百人")
    assert said.kind == "unnamed" and named not in said.key, said


@pytest.mark.parametrize("i, pronoun, cue", cases(("他", "她"), ("对记者说，", "告诉本报，", "坦言，")))
def test_a_pronoun_with_no_one_before_it_is_an_unnamed_source(extract, i, pronoun, cue):
    x = extract(article(f"{pronoun}{cue}当时刹车突然失灵，车子根本停不下来。", i))
    assert_some_unnamed(x, i, "当时刹车突然失灵，车子根本停不下来")
