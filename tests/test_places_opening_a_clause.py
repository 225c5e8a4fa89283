"""A place whose first character is one of a kind (港, 台, 大, 新 …) and whose second the
segmenter glued to its level (港|南市, 台|川县) is read whole where it opens its clause, with
the body after it (港南市教育局, 港南市家长协会): the character of a kind begins no other word
there. Names and numbers are invented."""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases, written
from claimgraph.models import EntityType

PLACES = ("港南市", "台川县", "大岭区", "新岚市")
BODIES = ("教育局", "家长协会", "卫生局")


@pytest.mark.parametrize("i, place, body", cases(PLACES, BODIES))
def test_a_place_opening_its_clause_is_read_whole(extract, i, place, body):
    words = "草案将先在12所中学试办一年"
    x = extract(article(f"{place}{body}负责人表示，{words}。", i))
    organisations = {m.text for m in x.mentions
                     if next(e for e in x.entities if e.key == m.entity).type is EntityType.ORGANIZATION}
    assert written(i, f"{place}{body}") in organisations, organisations
    assert_said_by(x, i, words, f"{place}{body}")
