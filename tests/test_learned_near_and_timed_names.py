"""Whom a reporter learned from, people named by where they are, and names before a time word,
whatever words fill them:

- a group or a service named by its work after 记者从 (记者从交警部门了解到, 记者从市交警支队获悉)
  is an unnamed source, not the reporter's own finding;
- people near where the news happens (附近居民, 周边商户, 现场目击者) are an unnamed source, as
  当地居民 are; 商户 and 摊主 are sources' heads;
- a name left in pieces after a title ends before a time word and where it is said (交通部长穆尔
  科门日前在内罗毕接受专访时说);
- a person's name the text goes on into a longer name found elsewhere in the article is that name
  (前锋梅尔|滕以自由身加盟 after 梅尔滕表示), one person, though a bare name before a cue is
  read as a body's (卡瓦尼表示);
- 官宣 announces as 宣布 does (申花俱乐部今日官宣，……).

Names and numbers are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases, speaker_at, written
from claimgraph.models import EntityType

CONTENT = "今年以来该路段已发生五起交通事故"


@pytest.mark.parametrize("i, source, verb", cases(("交警部门", "市交警支队", "交通管理部门"), ("了解到，", "获悉，")))
def test_whom_the_reporter_learned_from(extract, i, source, verb):
    x = extract(article(f"家住城东的邬女士至今心有余悸。记者从{source}{verb}{CONTENT}。", i))
    said = speaker_at(x, i, CONTENT)
    assert said.kind == "unnamed" and source.endswith(said.key)


@pytest.mark.parametrize("i, verb", cases(("了解到，", "获悉，")))
def test_a_placed_service_the_reporter_learned_from_is_named(extract, i, verb):
    x = extract(article(f"家住城东的邬女士至今心有余悸。记者从城南派出所{verb}{CONTENT}。", i))
    assert_said_by(x, i, CONTENT, "城南派出所")


@pytest.mark.parametrize("i, where, who, cue", cases(
    ("附近", "周边", "现场"), ("居民", "商户", "摊主"), ("表示，", "反映，")))
def test_people_near_where_it_happens(extract, i, where, who, cue):
    x = extract(article(f"老街改造已持续三个月。{where}{who}{cue}生意受到很大影响。", i))
    said = speaker_at(x, i, "生意受到很大影响")
    assert said.kind == "unnamed" and said.key.endswith(who)
    assert not x.entities


@pytest.mark.parametrize("i, title, name, when, where", cases(
    ("交通部长", "外长"), ("穆尔科门", "奥卡西奥"), ("日前", "今天", "昨日"), ("在内罗毕接受专访时说，", "表示，")))
def test_a_name_before_a_time_word(extract, i, title, name, when, where):
    x = extract(article(f"蒙内铁路开通已满五年。肯尼亚{title}{name}{when}{where}这条铁路改变了很多人的生活。", i))
    assert_said_by(x, i, "这条铁路改变了很多人的生活", name)


@pytest.mark.parametrize("i, title, name", cases(("前锋", "后卫"), ("梅尔滕", "卡瓦尼", "萨拉赫")))
def test_a_name_cut_short_is_the_longer_one_found_elsewhere(extract, i, title, name):
    x = extract(article(f"申花俱乐部今日宣布，比利时{title}{name}以自由身加盟球队。{name}表示，很高兴来到上海。", i))
    people = [e for e in x.entities if e.type is EntityType.PERSON]
    assert [m.text for m in x.mentions if m.entity == people[0].key] == [written(i, name)] * 2, \
        [(m.text, m.entity) for m in x.mentions]


@pytest.mark.parametrize("i, club", cases(("申花俱乐部", "星河集团")))
def test_an_official_announcement(extract, i, club):
    x = extract(article(f"{club}今日官宣，比利时前锋梅尔滕以自由身加盟球队。", i))
    assert_said_by(x, i, "比利时前锋梅尔滕以自由身加盟球队", club)
