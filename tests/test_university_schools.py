"""A university the dictionary knows as one word, then one of its schools (中国人民大学商学院,
南京大学法学院): one organisation, named whole, as for a university no dictionary knows."""

from __future__ import annotations

import pytest

from capabilities.cases import traditional

PAIRS = [("中国人民大学", "商学院"), ("南京大学", "法学院"), ("武汉大学", "经济与管理学院"), ("中山大学", "管理学院"),
         ("厦门大学", "经济学院"), ("四川大学", "商学院")]


@pytest.mark.parametrize("i,university,school", [(i, u, s) for i, (u, s) in enumerate(PAIRS)])
def test_school_of_a_known_university_is_one_organisation(extract, i, university, school):
    text = f"{university}{school}教授骆思彤指出，平台之间的竞争最终会损害行业生态。\n"
    whole = university + school
    if i % 2:
        text, whole = traditional(text), traditional(whole)
    names = [m.text for m in extract(text).mentions]
    assert whole in names, (text, names)
