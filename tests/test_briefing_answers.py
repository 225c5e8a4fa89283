"""A government body's Q&A (某某管理局有关负责人就……答记者问): the body is named by the field
it governs and its head (数据安全管理局, 药品监督管理局), its officer named by a modifier and
a role (有关负责人, 相关负责人) answers every 答: turn for it, and the label is no part of
a claim. A body pointed at (这个管理局, 该管理局) is named by no one. And a word that takes
what follows as its object (有利于降低成本) is not undone by the verb in that object.
Bodies, people and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.cases import half_width, in_script, nth_case

FIELDS = ("数据安全", "药品监督", "网络信息", "能源安全")
HEADS = ("管理局", "管理署", "委员会")
OFFICERS = ("有关负责人", "相关负责人", "主要负责人", "发言人")
ANSWERS = ("受影响的企业约有三千家", "评估将在四十五个工作日内完成")


def _qa(body: str, officer: str) -> str:
    return (f"近日，{body}发布新规。{body}{officer}就新规回答了记者提问。\n\n"
            f"问：哪些企业需要申报？\n\n答：{ANSWERS[0]}。\n\n问：评估要多久？\n\n答：{ANSWERS[1]}。")


@pytest.mark.parametrize("i", range(len(FIELDS) * len(HEADS) * 2))
def test_every_answer_is_the_bodys_whose_officer_answers(extract, i):
    field, head, k = nth_case(i, FIELDS, HEADS, range(2))
    body, officer = field + head, OFFICERS[i % len(OFFICERS)]
    text = f"{body}{officer}答记者问\n\n{_qa(body, officer)}\n"
    text, body, *answers = in_script(i, half_width(text) if k else text, body, *ANSWERS)
    x = extract(text)
    named = {m.entity for m in x.mentions if m.text == body}
    assert named, (text, [(m.text, m.rule) for m in x.mentions])
    for answer in answers:
        claim = next((c for c in x.claims if c.text == answer), None)
        assert claim is not None and claim.speaker.key in named, (answer, [(c.text, c.speaker) for c in x.claims])


@pytest.mark.parametrize("pointer", ("这个", "该", "那个", "这家"))
@pytest.mark.parametrize("head", HEADS[:2])
def test_a_body_pointed_at_is_named_by_no_one(extract, pointer, head):
    x = extract(f"快讯\n\n王凯说，{pointer}{head}的审批效率很高。\n")
    assert not any(m.text.endswith(head) for m in x.mentions), [(m.text, m.rule) for m in x.mentions]


@pytest.mark.parametrize("i", range(12))
def test_a_merit_that_takes_an_object_is_not_undone_by_its_objects_verb(extract, i):
    word, verb, cost = nth_case(i, ("有利于", "有助于", "有益于"), ("降低", "减少"), ("企业的合规成本", "中小企业的负担"))
    name = "《数据出境办法》"
    text, what = in_script(i, f"快讯\n\n王凯表示，{name}{word}{verb}{cost}。\n", f"{name}{word}{verb}{cost}")
    x = extract(text)
    claim = next((c for c in x.claims if c.text == what), None)
    assert claim is not None, [(c.text, c.speaker) for c in x.claims]
    assert [p.polarity.value for p in claim.polarities] == ["favor"], claim.polarities
