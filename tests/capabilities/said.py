"""Helpers of the template tests that check who says a claim: each combination of a
template's slots as a numbered case, the article a case's body makes (the number picks the
script and the punctuation's width), the claim that holds some words, its speaker, and the
name its speaker is written under."""

from __future__ import annotations

import itertools

from claimgraph.models import ArticleExtraction, Claim, EntityType, Speaker

from .cases import half_width, in_script


def cases(*slots) -> list[tuple]:
    """(case number, values...) of each combination of ``slots``."""
    return [(i, *values) for i, values in enumerate(itertools.product(*slots))]


def article(body: str, i: int, heading: str = "要闻") -> str:
    """Case ``i``'s article: a heading and ``body``, in its script, half-width every third case."""
    text, = in_script(i, f"{heading}\n\n" + (half_width(body) if i % 3 == 0 else body) + "\n")
    return text


def written(i: int, words: str) -> str:
    """``words`` as case ``i``'s article writes them (script and width)."""
    text, = in_script(i, half_width(words) if i % 3 == 0 else words)
    return text


def claim_of(x: ArticleExtraction, text: str) -> Claim:
    """The claim whose text is ``text``."""
    claim = next((c for c in x.claims if c.text == text), None)
    assert claim is not None, (text, [c.text for c in x.claims])
    return claim


def speaker_at(x: ArticleExtraction, i: int, words: str) -> Speaker:
    """The speaker of the claim whose text is ``words`` as case ``i`` writes them."""
    return claim_of(x, written(i, words)).speaker


def speaker_of(x: ArticleExtraction, text: str) -> str | None:
    """The name, as written, of the entity whose claim ``text`` is (None for no entity)."""
    claim = claim_of(x, text)
    if claim.speaker.kind != "entity":
        return None
    return next(m.text for m in x.mentions if m.entity == claim.speaker.key)


def assert_said_by(x: ArticleExtraction, i: int, content: str, name: str) -> None:
    """The claim ``content`` is the words of the entity ``name``, both as case ``i`` writes them."""
    assert speaker_of(x, written(i, content)) == in_script(i, name)[0]


def assert_unnamed(x: ArticleExtraction, i: int, content: str, key: str) -> None:
    """The claim ``content``, as case ``i`` writes it, is an unnamed source's, under ``key`` (the
    source's words in simplified script, as every case keys it)."""
    said = speaker_at(x, i, content)
    assert (said.kind, said.key) == ("unnamed", key)


def assert_some_unnamed(x: ArticleExtraction, i: int, content: str) -> None:
    """The claim ``content``, as case ``i`` writes it, is an unnamed source's, whatever its label."""
    said = speaker_at(x, i, content)
    assert said.kind == "unnamed", said


def types_written(x: ArticleExtraction, i: int, name: str) -> set[EntityType]:
    """The types of the entities the mentions of ``name``, as case ``i`` writes it, stand for."""
    types = {e.key: e.type for e in x.entities}
    return {types[m.entity] for m in x.mentions if m.text == written(i, name) and m.entity in types}


def organisations(x: ArticleExtraction) -> set[str]:
    """The texts of the article's mentions of organisations, as written."""
    types = {e.key: e.type for e in x.entities}
    return {m.text for m in x.mentions if types.get(m.entity) is EntityType.ORGANIZATION}


def quotes(i: int) -> tuple[str, str]:
    """The quotation marks case ``i`` opens and closes its quotations with: “”, 「」 and "" in turn."""
    return (("“", "”"), ("「", "」"), ('"', '"'))[i % 3]
