"""Roles listed with 、 before a name (研究共同作者、公卫学者某某; 计划主持人、神经内科主任某某)
describe the person named last, who speaks; a study or a document named in the first role is
no unnamed source. Names and sentences are invented."""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases

FIRST = ("研究共同作者", "报告第一作者", "调查负责人")
SECOND = ("公卫学者", "神经内科主任", "统计学家")
NAMES = ("林诗涵", "欧阳文彬")


@pytest.mark.parametrize("i, first, second, name", cases(FIRST, SECOND, NAMES))
def test_the_person_after_a_list_of_roles_speaks(extract, i, first, second, name):
    words = "运动组的血压与血糖控制也较佳"
    x = extract(article(f"{first}、{second}{name}补充，{words}。", i))
    assert_said_by(x, i, words, name)
