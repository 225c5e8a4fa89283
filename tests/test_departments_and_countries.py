"""Departments and countries, whatever words fill them:

- an organisation pointed back at speaks through a department's officer: 该公司人力资源部相关负责人
  表示 and 该公司技术部门负责人表示 are the company named before (or the unnamed one 该公司 stands
  for), as 该公司相关负责人表示 is; a department of one word ending in 部 counts as one ending in 司
  or 处 does;
- a country the segmenter's dictionary does not tag as a place (乌克兰, 沙特, 黎巴嫩) says where a
  side or an office is, as 以色列 does (乌克兰军方周日称, 据法新社报道，……).

Names and numbers are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, assert_unnamed, cases, written

CONTENT = "裁员比例不到百分之五"


@pytest.mark.parametrize("i, department, officer, occasion", cases(
    ("人力资源部", "技术部门", "公关部"), ("相关负责人", "负责人"), ("", "在接受本报采访时")))
def test_a_department_of_the_company_named_before(extract, i, department, officer, occasion):
    x = extract(article(f"星河科技宣布裁员。对此，该公司{department}{officer}{occasion}表示，{CONTENT}。", i))
    assert_said_by(x, i, CONTENT, "星河科技")


@pytest.mark.parametrize("i, department", cases(("人力资源部", "公关部")))
def test_a_department_of_a_company_not_named(extract, i, department):
    x = extract(article(f"有网传消息称，某知名互联网公司将在年底前裁员。该公司{department}相关负责人表示，{CONTENT}。", i))
    assert_unnamed(x, i, CONTENT, "该公司")


@pytest.mark.parametrize("i, country, lead, when", cases(
    ("乌克兰", "以色列", "沙特", "黎巴嫩"), ("", "据法新社报道，"), ("", "周日")))
def test_a_country_s_side_speaks(extract, i, country, lead, when):
    x = extract(article(f"{lead}{country}军方{when}称，其在边境地区击落一架无人机。", i))
    claim = next(c for c in x.claims if written(i, "击落一架无人机") in c.text)
    assert claim.text == written(i, "其在边境地区击落一架无人机")
    assert claim.speaker.kind == ("entity" if lead else "unnamed")
