"""Speakers named again by a word of the phrase that first named them, whatever the words:

- a bare title (法官又表示) after a person named with that title (法官某某判刑时指出) is that
  person, and no office of its own: no entity is made of the title;
- a determiner and a noun (该博主, 这位博主) that a speaker phrase before held after other words
  (微博博主“某某”爆料称) is whoever that phrase named;
- a field and the head of an unnamed source in one word (气象专家, 行业人士) is an unnamed group,
  never an organisation's name;
- a verb of recalling before the cue (某某回忆说) is the manner of saying, no part of the name;
- the officers of a party branch and a village (村支书, 市委书记) are titles before a name.

Names and numbers are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases, speaker_at, written
from claimgraph.models import EntityType

CONTENT = "被告严重违反雇主的信任"
MORE = "考虑到被告认罪，给予三分之一扣减"


@pytest.mark.parametrize("i, title, name, cue", cases(("法官", "裁判官", "审判长"), ("邵明轩", "柯雨桐", "黄立德"),
                                                      ("又表示", "还指出", "补充说")))
def test_a_bare_title_after_its_holder_is_that_person(extract, i, title, name, cue):
    x = extract(article(f"{title}{name}判刑时指出，{CONTENT}。{title}{cue}，{MORE}。", i))
    assert_said_by(x, i, MORE, name)
    assert written(i, title) not in {m.text for m in x.mentions}


@pytest.mark.parametrize("i, title, name", cases(("法官", "立委", "议员"), ("邵明轩", "柯雨桐")))
def test_a_title_before_a_name_makes_no_office(extract, i, title, name):
    x = extract(article(f"{title}{name}表示，{CONTENT}。", i))
    assert [e.type for e in x.entities] == [EntityType.PERSON]


@pytest.mark.parametrize("i, platform, handle, pointer", cases(("微博", "抖音", "小红书"), ("数码闲聊站", "科技老周"),
                                                               ("该", "这位")))
def test_a_pointed_noun_is_whoever_the_phrase_that_held_it_named(extract, i, platform, handle, pointer):
    first, more = "新机将于明年三月发布", "新机的折痕将明显减轻"
    x = extract(article(f"{platform}博主“{handle}”爆料称，{first}。{pointer}博主表示，{more}。", i))
    said, again = speaker_at(x, i, first), speaker_at(x, i, more)
    assert (again.kind, again.key) == (said.kind, said.key)
    assert said.kind == "entity"


@pytest.mark.parametrize("i, field, head", cases(("气象", "能源", "法律", "医疗"), ("专家", "人士", "学者")))
def test_a_field_and_a_head_in_one_word_is_an_unnamed_group(extract, i, field, head):
    content = "今年入冬以来冷空气活动较为频繁"
    x = extract(article(f"{field}{head}指出，{content}。", i))
    speaker = speaker_at(x, i, content)
    assert (speaker.kind, speaker.key) == ("unnamed", field + head)  # keys are folded to simplified
    assert not x.entities


@pytest.mark.parametrize("i, name, cue", cases(("程秀兰", "罗永福", "邵明轩"), ("回忆说", "回忆道", "回忆")))
def test_a_verb_of_recalling_is_no_part_of_the_name(extract, i, name, cue):
    content = "刚来的时候学校连电都没有"
    x = extract(article(f"{name}{cue}，{content}。", i))
    assert_said_by(x, i, content, name)


@pytest.mark.parametrize("i, title, name", cases(("村支书", "市委书记", "党委书记", "村主任"), ("罗永福", "柯雨桐")))
def test_a_party_or_village_officer_is_a_title(extract, i, title, name):
    content = "村里的道路明年将全部硬化"
    x = extract(article(f"{title}{name}告诉记者，{content}。", i))
    assert_said_by(x, i, content, name)
