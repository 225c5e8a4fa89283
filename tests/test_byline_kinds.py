"""What kind of piece a byline says it is (记者 某某／专访, 记者 某某 整理) is no reporter's name; nor is
the place a Taiwan byline gives after a slash (特约撰稿 某某／台南), and a contributor's 特约 is no publisher.

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, cases, written
from claimgraph.ingest import parse_article


@pytest.mark.parametrize("i, name, mark, kind", cases(("郑雅婷", "欧阳明轩"), ("／", "/", " "), ("专访", "整理", "编译", "特稿")))
def test_the_kind_of_piece_after_the_reporter_names_no_one(i, name, mark, kind):
    text = article(f"记者 {name}{mark}{kind}\n\n颱風上週侵襲中部山區，多處道路坍方。", i)
    a = parse_article(text.encode(), "x.txt")
    assert a.authors == (written(i, name),), a.authors


@pytest.mark.parametrize("i, role, name, mark, place", cases(("特约撰稿", "特约撰稿人", "记者"), ("许雅雯", "欧阳明轩"),
                                                             ("／", "/"), ("台南", "新竹", "高雄")))
def test_a_contributor_and_the_place_after_a_slash_name_no_one_else(i, role, name, mark, place):
    text = article(f"{role} {name}{mark}{place}\n\n颱風上週侵襲中部山區，多處道路坍方。", i)
    a = parse_article(text.encode(), "x.txt")
    assert a.authors == (written(i, name),), a.authors
    assert a.publisher is None or written(i, "特约") not in a.publisher, a.publisher
