"""A table's per-article index answers as the table does: the longest word at a position
that ends on a token boundary and not after the limit (the drafting rules read connectives
through it)."""

import pytest

from claimgraph.extract.lexicons import WordTable
from claimgraph.extract.tokens import Tokens

TABLE = WordTable({"但": "contrast", "但是": "contrast", "如果": "condition", "如果说": "intro", "虽然": "concession",
                   "因为": "cause", "比如": "example"})
# (text, the segmenter's cuts): words the table knows, cut where a segmenter would and where it would not
TEXTS = [
    ("如果说甲公司扩产,但是乙集团虽然入局较晚,因为成本低,比如丙品牌", None),
    ("如果丁先生同意,但戊女士反对。", None),
    ("虽然 如果说 但是", None),
    ("机会但是不多,如果说明书有误", [(0, 2), (2, 4), (4, 6), (6, 7), (7, 9), (9, 12), (12, 14)]),
    ("但是但是但", None),
]


def _tokens(text: str, spans) -> Tokens:
    return Tokens(text, spans if spans is not None else [(i, i + 1) for i in range(len(text))])


@pytest.mark.parametrize("text,spans", TEXTS)
def test_index_matches_as_the_table(text, spans):
    tokens = _tokens(text, spans)
    index = TABLE.index(text, tokens.boundaries)
    for pos in range(len(text) + 1):
        for limit in range(pos, len(text) + 1):
            assert index.match(pos, limit) == TABLE.match(text, pos, tokens.boundaries, limit), (pos, limit)


@pytest.mark.parametrize("text,spans", TEXTS)
def test_index_points_are_where_words_start(text, spans):
    tokens = _tokens(text, spans)
    index = TABLE.index(text, tokens.boundaries)
    expected = [p for p in range(len(text)) if TABLE.match(text, p, tokens.boundaries) is not None]
    assert list(index.points) == expected
    assert list(index.within(2, len(text) - 2)) == [p for p in expected if 2 <= p < len(text) - 2]


def test_word_inside_a_token_is_not_indexed():
    text = "机会但是不多,如果说明书有误"
    tokens = _tokens(text, TEXTS[3][1])
    index = TABLE.index(text, tokens.boundaries)
    assert index.match(7, len(text)) == (9, "condition")  # 如果|说明书: not 如果说
    assert index.match(2, len(text)) == (4, "contrast")


def _mention(text: str, start: int, end: int):
    from claimgraph.models import Mention, Span
    return Mention(entity=f"e{start}", text=text[start:end], span=Span(start=start, end=end), rule="catalog.v1")


@pytest.mark.parametrize("first,second", [((), ((0, 3),)), (((0, 3),), ((4, 8),)), (((4, 8), (13, 15)), ()),
                                          (((0, 2),), ((1, 5), (9, 12)))])
def test_tokens_with_other_mentions_cut_as_anew(first, second):
    text = "星河智能 与\u3000 乙集团说  好 "
    spans = [(0, 2), (2, 4), (4, 5), (5, 6), (6, 7), (7, 8), (8, 9), (9, 10), (10, 12), (12, 13), (13, 15), (15, 16),
             (16, 17), (17, 18)]
    again = Tokens(text, spans, [_mention(text, *s) for s in first]).with_mentions([_mention(text, *s) for s in second])
    anew = Tokens(text, spans, [_mention(text, *s) for s in second])
    assert list(again) == list(anew) and again.boundaries == anew.boundaries
    assert not any(text[a:b].isspace() for a, b in again)


@pytest.mark.parametrize("text,spans", TEXTS)
def test_starts_are_every_place_a_word_starts_inside_words_too(text, spans):
    expected = [p for p in range(len(text)) if any(text.startswith(w, p) for w in TABLE)]
    assert TABLE.starts(text) == tuple(expected)


@pytest.mark.parametrize("text,spans", TEXTS)
def test_suffix_is_the_longest_word_a_text_ends_with(text, spans):
    for end in range(len(text) + 1):
        head = text[:end]
        ending = max((w for w in TABLE if head.endswith(w)), key=len, default=None)
        assert TABLE.suffix(head) == ending, head


def test_an_empty_table_has_no_starts():
    assert WordTable({}).starts("但是") == ()
