"""Findings a body published and names joined by a hyphen, whatever words fill them:

- a document its publisher is named for, after the words that say which (某部昨日公布的全国学生
  体质与健康调研结果显示) speaks for the publisher, as 某部公布的调查显示 does; what a survey or a
  study found (调研结果, 监测结果) is a document;
- a transliterated name whose words a hyphen joins (阿卜杜勒-阿齐兹) is one name, as with a dot.

Names and numbers are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, assert_unnamed, cases

FINDING = "近视率为51.9%"


@pytest.mark.parametrize("i, body, which, document", cases(
    ("教育部", "市统计局"), ("全国学生体质与健康", "最新的", "今年"), ("调研结果", "监测结果", "调查")))
def test_a_document_said_which_speaks_for_its_publisher(extract, i, body, which, document):
    x = extract(article(f"{body}昨日公布的{which}{document}显示，{FINDING}。", i))
    assert_said_by(x, i, FINDING, body)


@pytest.mark.parametrize("i, document", cases(("调研结果", "监测结果", "研究结果")))
def test_a_finding_no_one_is_named_for_is_unnamed(extract, i, document):
    x = extract(article(f"全国学生体质与健康{document}表明，{FINDING}。", i))
    assert_unnamed(x, i, FINDING, "全国学生体质与健康" + document)


@pytest.mark.parametrize("i, title, name, after", cases(
    ("沙特能源大臣", "外长"), ("阿卜杜勒-阿齐兹", "阿卜杜拉-本-扎耶德", "萨阿德-哈里里"), ("表示，", "上周曾公开表示，")))
def test_a_name_a_hyphen_joins_is_one_name(extract, i, title, name, after):
    x = extract(article(f"国际油价周一急跌。{title}{name}{after}增产计划不会改变。", i))
    assert_said_by(x, i, "增产计划不会改变", name)
