"""A catalog name of two characters weighs as a common word in the segmenter: it stays one
word where it stands as a word of its own, and is not cut out of the words around it
(科技成长|和, 市长|和|副市长 hold no 长和). Sentences and numbers are invented."""

from __future__ import annotations

import pytest

from capabilities.said import article, cases, written
from claimgraph.catalog import load_catalog
from claimgraph.nlp import Folder
from claimgraph.nlp.dictionary import default_tables

_FOLDER = Folder()
_FREQ = default_tables().freq
# the catalog's Chinese names of two characters the segmenter's dictionary does not hold
SHORT = sorted({(_FOLDER.view(n), key) for n, key in load_catalog().names()
                if len(n) == 2 and not n.isascii() and not _FREQ.get(_FOLDER.view(n))})


def test_the_catalog_holds_short_names_the_dictionary_lacks():
    assert len(SHORT) >= 20  # otherwise the tests below check little


@pytest.mark.parametrize("i, name, key", [(i, n, k) for i, (n, k) in enumerate(SHORT)])
def test_a_short_name_standing_as_a_word_is_found(extract, i, name, key):
    x = extract(article(f"{name}表示，第三季度的营收同比增长了12%。", i))
    assert key in {m.entity for m in x.mentions}, name


@pytest.mark.parametrize("i, words", cases(("科技成长和高股息资产", "今年消费增长和投资回升", "市长和副市长",
                                            "董事长和总经理", "任期延长和薪酬调整")))
def test_a_short_name_is_not_cut_out_of_the_words_around_it(extract, i, words):
    x = extract(article(f"分析人士认为，{words}都值得关注。", i))
    assert "ck_hutchison" not in {m.entity for m in x.mentions}
    assert written(i, words) in x.article.text
