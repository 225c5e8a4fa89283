"""A reply that names what was said (对于上述说法, 针对相关传闻, 就外界的质疑) and says it does
not exist (不存在所谓的……, 根本没有这回事) disputes the claim it answers: the one of the turn
before that shares its words, not merely the turn's last clause. Companies, deals and
sentences are invented; simplified and traditional.
"""

from __future__ import annotations

import pytest

from relation_text import both_scripts, relation_triples

PAIRS = (("星河科技", "远航物流"), ("蓝鲸汽车", "青禾电商"))
DEALS = ("入股", "收购", "合并")
SOURCES = ("据知情人士透露，", "有消息称，", "据报道，")
OPENERS = ("对于上述说法，", "针对上述传闻，", "对此，", "对于外界的猜测，")
DENIALS = ("不存在所谓的{deal}谈判", "根本不存在{deal}谈判", "从未有过{deal}谈判")


def _case(pair: tuple[str, str], deal: str, source: str, opener: str, denial: str) -> tuple[str, str, str]:
    a, b = pair
    rumour = f"{a}曾在去年与{b}接触，讨论{deal}事宜"
    reply = f"公司与多家企业保持正常业务往来，{denial.format(deal=deal)}"
    return f"{source}{rumour}，但最终未能达成协议。\n\n{opener}{b}方面回应称，{reply}。\n", reply, rumour


# a third of the product: every pair, deal, source, opener and denial still appears
@pytest.mark.parametrize("body, reply, rumour", list(both_scripts((PAIRS, DEALS, SOURCES, OPENERS, DENIALS), 3, _case)))
def test_a_reply_that_says_the_talks_do_not_exist_disputes_the_rumour(stance_extract, lexicon, body, reply, rumour):
    found = relation_triples(stance_extract("消息\n\n" + body), lexicon)
    assert any(s == reply and kind == "disputes" and rumour in t for s, kind, t in found), (body, found)
