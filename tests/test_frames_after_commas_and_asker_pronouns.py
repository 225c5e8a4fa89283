"""Inside an answer, a first clause that ends in a verb of saying and a comma right before a
quotation (我常跟他们讲，“……”) only frames it, as a colon does; and an asker's pronoun that opens
a question (您最想对新生说什么？) names no organisation.

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, cases, quotes, written


@pytest.mark.parametrize("i, who, frame", cases(("诸葛文涛", "司马嘉慧"), ("我常跟他们讲", "我总是对学生说", "我老伴常念叨")))
def test_a_frame_before_a_comma_and_a_quotation_is_no_claim(extract, i, who, frame):
    o, c = quotes(i)
    x = extract(article(f"记者：您最想对新生说什么？\n\n{who}：{frame}，{o}大学是最便宜的试错场所{c}。走出校门以后，失败的成本会高得多。",
                        i, "专访"))
    assert not any(c_.text.startswith(written(i, frame)) for c_ in x.claims), [c_.text for c_ in x.claims]
    assert any(c_.text == written(i, "大学是最便宜的试错场所") for c_ in x.claims), [c_.text for c_ in x.claims]


@pytest.mark.parametrize("i, pronoun, verb", cases(("您", "你"), ("最想", "最希望", "还想")))
def test_an_askers_pronoun_names_no_organisation(extract, i, pronoun, verb):
    x = extract(article(f"问：{pronoun}{verb}对新生说什么？\n\n答：大学是最便宜的试错场所。", i, "专访"))
    assert not any(m.text.startswith(written(i, pronoun)) for m in x.mentions), [m.text for m in x.mentions]
