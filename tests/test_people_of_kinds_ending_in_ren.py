"""A name right after a noun for a kind of person that ends in 人 (年轻人刘海洋, 受害人宋桂英,
证人何美玲) is a person, whatever follows the name, and the 他 or 她 after is that person, not
one who spoke before. Names and sentences are invented."""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases, quotes

KINDS = ("年轻人", "受害人", "证人", "商人")
NAMES = (("刘海洋", "他"), ("宋桂英", "她"), ("孙立伟", "他"))


@pytest.mark.parametrize("i, kind, named", cases(KINDS, NAMES))
def test_a_name_after_a_kind_ending_in_ren_is_a_person_who_speaks(extract, i, kind, named):
    name, pronoun = named
    opening, closing = quotes(i)
    words = "我算过账，在这儿挣得不比城里少"
    body = (f"卖了二十六年包子的王秀英今年58岁。她说，孩子们都是靠包子供出来的。\n\n"
            f"隔壁的{kind}{name}是返乡创业的大学生。{opening}{words}。{closing}{pronoun}坦言。")
    x = extract(article(body, i))
    assert_said_by(x, i, words, name)
