"""A catalog name is found on the segmenter's word edges: where the longest name at a place
would cut a word (京东方 in 京东|方面), the shorter name that ends on an edge is the mention
(京东), and the longer one still stands where it is a word of its own (京东方今年……)."""

from __future__ import annotations

import pytest

from capabilities.cases import traditional, variant

CUES = ("回应称", "表示", "透露", "在声明中说")
CONTENTS = ("公司将长期投入外卖业务", "骑手数量已超过{n}万人", "新业务今年实现了盈利")


@pytest.mark.parametrize("i", range(12))
def test_shorter_name_on_word_edges_is_the_speaker(extract, i):
    content = CONTENTS[i % 3].format(n=10 + i)
    text = f"外卖观察\n\n京东方面{CUES[i % 4]}，{content}。\n"
    text, content = variant(i, text, content)
    x = extract(text)
    assert [m.entity for m in x.mentions][:1] == ["jd_com"], (text, [(m.text, m.entity) for m in x.mentions])
    claims = [c for c in x.claims if c.text == content]
    assert claims and claims[0].speaker.key == "jd_com", (text, [(c.text, c.speaker.key) for c in x.claims])


@pytest.mark.parametrize("i", range(4))
def test_longer_name_that_is_a_word_still_stands(extract, i):
    text = f"面板观察\n\n京东方今年的面板出货量增长了{10 + i}%。\n"
    if i % 2:
        text = traditional(text)
    x = extract(text)
    assert [m.entity for m in x.mentions][:1] == ["boe"], (text, [(m.text, m.entity) for m in x.mentions])
