"""A character that may be a surname, which the segmenter left alone between a plain noun and an
everyday noun (电池|包|成本, 配件|林|价格), is a piece of the noun phrase before a forecasting cue,
no person's name; after a title or a kind of person (工人|李|光明, 主任|王|文化) the same words
are a name.

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases, types_written, written
from claimgraph.models import EntityType


@pytest.mark.parametrize("i, before, character, measure", cases(("电池", "配件", "单位材料"), ("包", "林", "金"),
                                                                  ("成本", "价格", "利润")))
def test_a_character_between_two_nouns_names_no_one(extract, i, before, character, measure):
    x = extract(article(f"远帆电池财务总监表示，{before}{character}{measure}预计较去年下降约百分之八。", i))
    glued = written(i, character + measure)
    assert not any(m.text == glued for m in x.mentions), [(m.text, m.rule) for m in x.mentions]


@pytest.mark.parametrize("i, kind, name", cases(("工人", "主任", "渔民"), ("李光明", "王文化", "孙大海")))
def test_after_a_kind_of_person_the_words_are_a_name(extract, i, kind, name):
    x = extract(article(f"{kind}{name}说，工厂明年还要扩产。", i))
    assert_said_by(x, i, "工厂明年还要扩产", name)
    assert types_written(x, i, name) == {EntityType.PERSON}
