"""A surname and 老板 or 老师 (陈老板, 王老师) names a person even where no one of that surname was
named before, and speaks (经营自助餐店二十多年的陈老板说，……); 和 after a word is a conjunction,
no surname (学生和老师的权益). A pronoun after a quotation (“孙老师说的问题是真问题。”他说) is the one
named before the quotation, not one the quotation names.

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases, types_written, written
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
