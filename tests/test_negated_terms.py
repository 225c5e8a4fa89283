"""Two ways a speaker's sentence lost words:

- a quoted term after a negated frame (……,而不是“运动式”; 并非「一阵风」) is a term the
  speaker rejects, in the speaker's own clause: the claim keeps it, in every quotation style,
  where ``……则是“还会再跌”`` frames someone's words;
- an adverb that is also a surname (曾, 常) before a word the dictionary has (此前曾撰文指出,
  也曾表示) is no person's name, and the speaker stays the one named before it.
Names and sentences are invented; simplified and traditional.
"""

from __future__ import annotations

import pytest

from capabilities.cases import in_script, nth_case, traditional

QUOTES = (("“", "”"), ("「", "」"), ("『", "』"), ('"', '"'))
NEGATIONS = ("而不是", "而非", "而并不是", "而不应是")
TERMS = ("运动式", "一阵风式的整治", "口号")


@pytest.mark.parametrize("i", range(len(QUOTES) * len(NEGATIONS) * len(TERMS)))
def test_a_quoted_term_after_a_negation_stays_in_the_claim(extract, i):
    (left, right), negation, term = nth_case(i, QUOTES, NEGATIONS, TERMS)
    claim = f"监管应当常态化，{negation}{left}{term}{right}"
    text, claim = in_script(i, f"评论\n\n北方大学教授程亦凡指出，{claim}。\n", claim)
    assert [(c.text, c.speaker.kind) for c in extract(text).claims] == [(claim, "entity")], text


@pytest.mark.parametrize("adverb", ("此前曾", "也曾", "早前曾", "去年曾"))
@pytest.mark.parametrize("verb", ("撰文指出", "公开表示", "发文称"))
@pytest.mark.parametrize("trad", (False, True))
def test_an_adverb_surname_before_a_word_is_no_name(extract, adverb, verb, trad):
    text = f"评论\n\n北方大学教授程亦凡{adverb}{verb}，监管应当常态化。\n"
    if trad:
        text = traditional(text)
    x = extract(text)
    person = traditional("程亦凡") if trad else "程亦凡"
    names = [m.text for m in x.mentions if m.rule.startswith("discover.")]
    assert not [n for n in names if n[0] in "曾常"], (text, names)
    (claim,) = x.claims
    assert claim.speaker.key in {m.entity for m in x.mentions if m.text == person}, (text, claim.speaker)
