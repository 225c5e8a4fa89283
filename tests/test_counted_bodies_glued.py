"""A count of bodies whose classifier the segmenter glued to the word after it (14|家乡|镇卫生院)
names no body starting at the classifier: the classifier is the count's.

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, cases, organisations, written


@pytest.mark.parametrize("i, count, kind", cases(("14", "二十", "3"), ("家乡镇卫生院", "家乡村学校")))
def test_a_classifier_glued_to_the_next_word_opens_no_name(extract, i, count, kind):
    x = extract(article(f"该县以县人民医院为龙头，将全县{count}{kind}纳入医共体统一管理。", i))
    assert not any(n.startswith(written(i, "家")) for n in organisations(x)), organisations(x)
