"""An act between a name and 说 whose verb says where its object went (拿出, 举起, 翻开, 掏出), with
the object counted or not (拿出一份民调说, 举起照片说), is what the speaker did as they spoke: the
words after 说 are theirs, the first time the name appears too.

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases

NAMES = ("张嘉铭", "欧阳慧琳", "李芳仪")
ACTS = ("拿出", "举起", "翻开", "掏出")
OBJECTS = ("一份民调", "两张照片", "账本")


@pytest.mark.parametrize("i, name, act, thing", cases(NAMES, ACTS, OBJECTS))
def test_the_words_after_an_act_of_direction_are_the_actors(extract, i, name, act, thing):
    x = extract(article(f"{name}{act}{thing}说，超过五成市民不清楚政策内容。", i))
    assert_said_by(x, i, "超过五成市民不清楚政策内容", name)


@pytest.mark.parametrize("i, name, act, thing", cases(NAMES[:1], ACTS, OBJECTS))
def test_after_an_adverb_too(extract, i, name, act, thing):
    x = extract(article(f"议员{name}第一个发难。{name}并{act}{thing}说，超过五成市民不清楚政策内容。", i))
    assert_said_by(x, i, "超过五成市民不清楚政策内容", name)
