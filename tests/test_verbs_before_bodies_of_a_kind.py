"""A verb and a body named only by its kind (要求政府提出时间表, 已约谈该公司实际经营人) name no
organisation: the verb is the clause's, its object a kind (政府, 该公司), not a name; the
determiner the segmenter's HMM glued to the verb (约|谈该|公司) goes with the noun after it. 'Or' and a
verb of going standing alone (拨打110|或|到|辖区派出所) are no pieces of a name.

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, cases, organisations, written


@pytest.mark.parametrize("i, verb, body", cases(("要求", "呼吁", "敦促"), ("政府", "市政府", "该公司")))
def test_a_verb_and_a_kind_of_body_name_no_one(extract, i, verb, body):
    x = extract(article(f"多个环保团体今日召开记者会，{verb}{body}公布费率逐年调升的明确时程。", i))
    assert not any(n.startswith(written(i, verb)) for n in organisations(x)), organisations(x)


@pytest.mark.parametrize("i, verb", cases(("约谈", "责令", "处罚")))
def test_a_determiner_glued_to_a_verb_goes_with_the_noun(extract, i, verb):
    x = extract(article(f"市场监管局表示，专班已{verb}该公司实际经营人，要求其尽快提交退费方案。", i))
    assert not any(n.startswith(written(i, verb)) for n in organisations(x)), organisations(x)


@pytest.mark.parametrize("i, lone, body", cases(("或", "或者到", "或到"), ("辖区派出所", "所在社区居委会")))
def test_or_and_a_verb_of_going_stand_inside_no_name(extract, i, lone, body):
    x = extract(article(f"警方表示，如发现类似线索，可拨打110{lone}{body}报案。", i))
    assert not any(n.startswith(written(i, "110")) for n in organisations(x)), organisations(x)
