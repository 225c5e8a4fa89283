"""People described before their name, who speak later through 他 or 她:

- a familiar name (老 or 小 and a surname) the segmenter made one word, right after 的 (做了三年护士的
  小周是……), or after a craftsman's word in 匠 (修鞋匠老孙), is a person's;
- a name the dictionary holds as one, after a title or a kind of person and 的 (开了二十年出租车的
  司机的陈志强), is a person's;
- a given name that is an ordinary word (大山, 海燕), cut off from its surname by the segmenter
  (钳工|王|大山), after a kind of person, is a name all the same;
- the 他 or 她 of the next sentence is that person.

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases, types_written
from claimgraph.models import EntityType


@pytest.mark.parametrize("i, described, name, pronoun", cases(
    ("在站里做了三年护士的", "在菜市场卖了十年菜的", "修鞋匠", "木匠"), ("小周", "老孙", "小邱"), ("他", "她")))
def test_a_described_familiar_name_is_a_person_who_speaks_on(extract, i, described, name, pronoun):
    x = extract(article(f"{described}{name}是土生土长的梧桐街道人。{pronoun}说，有位老人每天都打电话来问药怎么吃。", i))
    assert types_written(x, i, name) == {EntityType.PERSON}
    assert_said_by(x, i, "有位老人每天都打电话来问药怎么吃", name)


@pytest.mark.parametrize("i, kind, name", cases(("的士司机", "退休教师", "店员"), ("陈志强", "王建国", "刘德明")))
def test_a_name_after_a_kind_and_de_is_a_person_who_speaks_on(extract, i, kind, name):
    x = extract(article(f"熟客之一、在附近做了二十年{kind}的{name}，每晚收工都来吃一碗面。他形容这里是“街坊饭堂”。", i))
    assert types_written(x, i, name) == {EntityType.PERSON}
    assert_said_by(x, i, "这里是“街坊饭堂”", name)


@pytest.mark.parametrize("i, kind, name", cases(("退休钳工", "村民", "快递员"), ("王大山", "李海燕", "张玉山")))
def test_a_given_name_that_is_an_ordinary_word_after_a_kind_is_a_person(extract, i, kind, name):
    x = extract(article(f"排在最前面的是68岁的{kind}{name}，街坊们都叫他老王。他说，血压总算控制住了。", i))
    assert types_written(x, i, name) == {EntityType.PERSON}
