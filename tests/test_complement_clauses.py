"""A clause that ends in a verb whose object is a clause (这一举措表明,政府……; 此举意味着,……)
holds the clause after the comma: one claim, an interpretation, not two. Subjects and
sentences are invented; simplified and traditional."""

from __future__ import annotations

import pytest

from capabilities.cases import in_script, nth_case

SUBJECTS = ("这一举措", "此次降价", "上述变化", "这笔交易")
VERBS = ("表明", "意味着", "预示着", "凸显")
OBJECTS = ("政府正在加大对新能源的支持", "行业竞争已经进入新阶段")


@pytest.mark.parametrize("i", range(len(SUBJECTS) * len(VERBS) * len(OBJECTS)))
def test_a_verb_with_a_clause_for_object_holds_it(extract, i):
    subject, verb, obj = nth_case(i, SUBJECTS, VERBS, OBJECTS)
    claim = f"{subject}{verb}，{obj}"
    text, claim = in_script(i, f"评论\n\n{claim}。\n", claim)
    assert [(c.text, c.type.value) for c in extract(text).claims] == [(claim, "opinion")], text
