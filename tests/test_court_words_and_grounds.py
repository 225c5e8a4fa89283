"""Court reporting: outside the court (庭外, 场外) is where one spoke, between the name and the
cue (大律师某某庭外向记者表示); 力陈 and 陈词 are verbs of saying (大律师某某曾力陈，……); and a
negation reaches through the grounds it denies (未有足够证据支持上述说法, 没有理由看好): the judge who
finds no evidence for what a party said stands against that party.

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases
from test_stances import stances_of  # noqa: F401 (the fixture: {(holder, target, polarity)} of a body)

LAWYERS = ("潘卓贤", "欧阳慧琳", "吴敏慧")


@pytest.mark.parametrize("i, lawyer, where", cases(LAWYERS, ("庭外", "场外")))
def test_where_one_spoke_outside_stands_before_the_cue(extract, i, lawyer, where):
    x = extract(article(f"代表原告的大律师{lawyer}{where}向记者表示，判决还原了事实。", i))
    assert_said_by(x, i, "判决还原了事实", lawyer)


@pytest.mark.parametrize("i, lawyer, cue", cases(LAWYERS, ("力陈", "陈词")))
def test_arguing_with_force_is_saying(extract, i, lawyer, cue):
    x = extract(article(f"代表被告的资深大律师{lawyer}早前在审讯时曾{cue}，部分设计修订是因应审批要求而作出。", i))
    assert_said_by(x, i, "部分设计修订是因应审批要求而作出", lawyer)


@pytest.mark.parametrize("lawyer, grounds", [(lawyer, grounds) for lawyer in LAWYERS
                                              for grounds in ("未有足够证据支持", "没有证据支持", "没有任何依据支持")])
def test_no_grounds_for_a_partys_words_is_against_them(stances_of, lawyer, grounds):
    found = stances_of(f"代表被告的资深大律师{lawyer}早前在审讯时曾力陈，部分设计修订是因应审批要求而作出。"
                       f"不过，法官在判词中表示，{grounds}上述说法。")
    assert ("法官", lawyer, "against") in found and ("法官", lawyer, "favor") not in found, found
