"""Per-target polarity of one claim: negation scope, contrast, comparatives, foils."""

from __future__ import annotations

import pytest

from claimgraph.extract.polarity import load_lexicon


def _polarities(extract, sentence: str) -> dict[str, str]:
    x = extract(f"测试新闻\n\n分析师王明表示,{sentence}\n")
    return {tp.entity: tp.polarity.value for c in x.claims for tp in c.polarities}


@pytest.mark.parametrize(("sentence", "expected"), [
    # negation flips the word it precedes
    ("亚马逊的云业务成果并不突出。", {"amazon": "against"}),
    # a negated scalar after the evaluative noun
    ("英伟达的优势没有那么大。", {"nvidia": "against"}),
    # 非常 contains 非 but negates nothing
    ("英伟达的地位非常稳固。", {"nvidia": "favor"}),
    # concession then contrast: the 但-clause carries the point
    ("谷歌虽然起步较晚,但其技术积累雄厚。", {"google": "favor"}),
    ("亚马逊拥有丰富的算力,但亚马逊的成果并不突出。", {"amazon": "against"}),
    # comparative: the subject is judged, the object of 弱于 is not
    ("微软在数据积累方面弱于谷歌。", {"microsoft": "against"}),
    # a foil after 相比 is not evaluated
    ("相比苹果,英伟达的商业模式更加开放。", {"nvidia": "favor"}),
    # a 但-clause without evaluation does not concede the clause before it
    ("英伟达的地位非常稳固,但必须努力维持。", {"nvidia": "favor"}),
])
def test_target_polarity(extract, sentence, expected):
    assert _polarities(extract, sentence) == expected


def test_conceded_clause_is_neutral(extract):
    x = extract("测试新闻\n\n分析师王明表示,虽然苹果的芯片性能领先。\n")
    assert [(tp.entity, tp.polarity.value, tp.rule) for c in x.claims for tp in c.polarities] == [
        ("apple", "neutral", "polarity.conceded.v1")]


def test_number_after_word_is_not_an_evaluation(extract):
    assert _polarities(extract, "英伟达的营收同比大增265%。") == {}


def test_lexicon_is_immutable_data():
    lex = load_lexicon()
    assert "亮眼" in lex.positive and "弊端" in lex.negative
    assert isinstance(lex.positive, tuple)
    with pytest.raises(AttributeError):
        lex.positive = ()  # type: ignore[misc]


def test_lexicon_from_text():
    text = "\n".join(f'{name} = []' for name in load_lexicon().__dataclass_fields__)
    assert load_lexicon(text).positive == ()
