"""A wife named by her husband's surname (黎太, 陈太太) is no full name that a later honorific of the
same surname refers back to: 其女儿黎小姐 and 其子陈先生 are people of their own, who speak.

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases, quotes, types_written
from claimgraph.models import EntityType

SURNAMES = ("黎", "陈", "欧阳")
WIVES = ("太", "太太")
KIN = (("女儿", "小姐", "她"), ("儿子", "先生", "他"))


@pytest.mark.parametrize("i, surname, wife, kin", cases(SURNAMES, WIVES, KIN))
def test_a_wifes_kin_is_a_person_of_their_own(extract, i, surname, wife, kin):
    relation, honorific, pronoun = kin
    o, c = quotes(i)
    x = extract(article(f"五十二岁的{surname}{wife}去年投保了一份危疾保险。其{relation}{surname}{honorific}在会计师事务所工作。"
                        f"{o}交了六年保费，现在一封信就全部没有了。{c}{pronoun}说。", i))
    assert types_written(x, i, surname + honorific) == {EntityType.PERSON}
    assert_said_by(x, i, "交了六年保费，现在一封信就全部没有了", surname + honorific)
