"""A surname and 老板 or 老师 (陈老板, 王老师) names a person even where no one of that surname was
named before, and speaks (经营自助餐店二十多年的陈老板说，……); 和 after a word is a conjunction,
no surname (学生和老师的权益). A pronoun after a quotation (“孙老师说的问题是真问题。”他说) is the one
named before the quotation, not one the quotation names.

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases, quotes, types_written, written
from claimgraph.models import EntityType

OWNERS = ("陈老板", "魏老板", "王老师", "欧阳老师")


@pytest.mark.parametrize("i, who", cases(OWNERS))
def test_a_surname_and_owner_or_teacher_speaks(extract, i, who):
    x = extract(article(f"记者走访万华区，经营自助餐店二十多年的{who}说，店里每月电费约2万8千元。", i))
    assert types_written(x, i, who) == {EntityType.PERSON}
    assert_said_by(x, i, "店里每月电费约2万8千元", who)


@pytest.mark.parametrize("i, honorific", cases(("老师", "老板", "先生")))
def test_a_conjunction_before_an_honorific_names_no_one(extract, i, honorific):
    x = extract(article(f"校长曾怀安表示，我们最担心的是学生和{honorific}的权益。", i))
    assert not any(m.text == written(i, "和" + honorific) for m in x.mentions), [m.text for m in x.mentions]


@pytest.mark.parametrize("i, speaker, named, pronoun", cases(("彭立言", "欧阳慧琳"), ("孙老师", "孙嘉", "李教授"), ("他", "她")))
def test_a_pronoun_after_words_is_not_one_they_name(extract, i, speaker, named, pronoun):
    x = extract(article(f"研究员孙嘉认为，材料对湿度敏感。对此，{speaker}坦言，稳定性确实是攻关重点。"
                        f"“{named}说的问题是真问题，我们不回避。”{pronoun}说。", i))
    assert_said_by(x, i, "我们不回避", speaker)


@pytest.mark.parametrize("i, who", cases((("向大爷", "他"), ("和先生", "他"), ("于阿姨", "她"))))
def test_a_surname_that_is_also_a_preposition_after_a_word_still_names(extract, i, who):
    o, c = quotes(i)
    who, pronoun = who
    x = extract(article(f"72岁的{who}坐在门口，裤腿上的泥还没干。{o}水是半夜进的屋，一下子就到了膝盖，{c}{pronoun}说。", i))
    assert_said_by(x, i, "水是半夜进的屋，一下子就到了膝盖", who)


@pytest.mark.parametrize("i, nickname", cases(("小北", "阿晴")))
def test_a_name_quoted_alone_is_who_a_pronoun_after_stands_for(extract, i, nickname):
    o, c = quotes(i)
    x = extract(article(f"歌手周屿通过社交平台道歉。后援会负责人、网名{o}{nickname}{c}的歌迷说，后援会已整理损失清单。"
                        f"她说，很多歌迷在群里互相安慰。", i))
    assert_said_by(x, i, "很多歌迷在群里互相安慰", nickname)
