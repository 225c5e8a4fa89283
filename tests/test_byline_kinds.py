"""What kind of piece a byline says it is (记者 某某／专访, 记者 某某 整理) is no reporter's name.

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
