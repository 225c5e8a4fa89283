"""A name inside a longer name is not the name:

- a catalog's person after the first character of a surname of two characters the segmenter cut
  off (司|马云 is 司马云) is that other person, found whole, who speaks;
- a company's full legal name quoted whole (「某某长照服务有限公司」负责人) is the company's name, all
  of it;
- a verb's last character the segmenter glued to a company's name (已约|谈华岳|储能) is no part of it.

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases, quotes, types_written, written
from claimgraph.models import EntityType


@pytest.mark.parametrize("i, given, cue", cases(("云", "化腾"), ("表示", "指出", "坦言")))
def test_a_catalog_name_inside_a_compound_surname_is_another_person(extract, i, given, cue):
    x = extract(article(f"记者司马{given}报道。\n\n司马{given}{cue}，电梯加装的补偿标准应当公开。", i))
    assert_said_by(x, i, "电梯加装的补偿标准应当公开", f"司马{given}")
    assert not types_written(x, i, f"马{given}"), [(m.text, m.rule) for m in x.mentions]


@pytest.mark.parametrize("i, name, form", cases(("安心居长照服务", "青禾智慧农业", "永昇地产开发"), ("有限公司", "股份有限公司")))
def test_a_quoted_legal_name_is_the_whole_name(extract, i, name, form):
    o, c = quotes(i)
    x = extract(article(f"{o}{name}{form}{c}负责人蔡明哲被控虚报服务时数，涉案金额约2,300万元。", i))
    assert types_written(x, i, name + form) == {EntityType.ORGANIZATION}, [(m.text, m.rule) for m in x.mentions]


@pytest.mark.parametrize("i, verb, name", cases(("约谈", "约见"), ("华岳储能", "澄川物流")))
def test_a_verb_glued_to_a_company_is_no_part_of_it(extract, i, verb, name):
    x = extract(article(f"据悉，相关部门已{verb}{name}管理层，不排除进一步处罚。", i))
    assert not any(m.text.startswith(written(i, verb[-1])) for m in x.mentions), [(m.text, m.rule) for m in x.mentions]
