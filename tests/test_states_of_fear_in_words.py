"""A verb of belief or fear with 不, 很, 比较 or the like before it (他就比较不害怕, 大家都很担心) that
closes a sentence inside someone's quotation tells a state, no view whose words came before it:
the quotation stays the words of the one who says it after it.

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_unnamed, cases, quotes

STATES = ("他就比较不害怕", "大家都很担心", "我妈也没那么担心")
SPEAKERS = ("阿公的女儿", "病人的儿子")


@pytest.mark.parametrize("i, state, speaker", cases(STATES, SPEAKERS))
def test_a_state_of_fear_takes_no_words(extract, i, state, speaker):
    o, c = quotes(i)
    x = extract(article(f"护理师林芷萱已推着急救车跑向检伤区。\n\n{o}我爸一直说，那个护理师讲话很温柔，{state}。{c}"
                        f"{speaker}说。", i))
    assert_unnamed(x, i, "我爸一直说，那个护理师讲话很温柔", speaker)
