"""Unnamed sources read by the shape of their noun, whatever words fill it:

- a group or an office named by its work (研究团队, 课题组, 教育部门) is an unnamed source, and
  a name before one is the group's leader or owner, who speaks for it (某某团队指出);
- a body named by its side (校方, 院方, 官方) is an unnamed source where the article names no
  organisation it could stand for;
- 他 or 她 after an unnamed person who spoke (一位关注AI行业的投资人) is that person, whatever
  script the words that describe them are in;
- a field before a source of its own (市场|监管部门) is part of that source's label.

Names and numbers are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases, speaker_at, written

CONTENT = "学校应当推迟早上到校时间"
MORE = "家长也应限制孩子睡前使用手机"


@pytest.mark.parametrize("i, field, group, cue", cases(("研究", "调研", "评估"), ("团队", "小组", "课题组", "工作组"),
                                                        ("建议", "表示", "认为")))
def test_a_group_named_by_its_work_is_an_unnamed_source(extract, i, field, group, cue):
    x = extract(article(f"{field}{group}{cue}，{CONTENT}。", i))
    speaker = speaker_at(x, i, CONTENT)
    assert (speaker.kind, speaker.key) == ("unnamed", field + group)  # keys are folded to simplified


@pytest.mark.parametrize("i, field, cue", cases(("教育", "交通", "卫生", "环保"), ("表示", "此前曾表态", "回应称")))
def test_an_office_named_by_its_field_is_an_unnamed_source(extract, i, field, cue):
    x = extract(article(f"{field}部门{cue}，{CONTENT}。", i))
    speaker = speaker_at(x, i, CONTENT)
    assert (speaker.kind, speaker.key) == ("unnamed", field + "部门")


@pytest.mark.parametrize("i, title, name, group", cases(("首席经济学家", "教授", "研究员"), ("邵明轩", "柯雨桐"),
                                                        ("团队", "课题组")))
def test_a_named_leader_speaks_for_the_group(extract, i, title, name, group):
    x = extract(article(f"星岳证券{title}{name}{group}在报告中指出，{CONTENT}。", i))
    assert_said_by(x, i, CONTENT, name)


@pytest.mark.parametrize("i, side, cue", cases(("校方", "院方", "官方"), ("表示", "回应称", "坦言")))
def test_a_side_no_organisation_names_is_an_unnamed_source(extract, i, side, cue):
    x = extract(article(f"{side}{cue}，{CONTENT}。", i))
    speaker = speaker_at(x, i, CONTENT)
    assert (speaker.kind, speaker.key) == ("unnamed", side)


@pytest.mark.parametrize("i, field, head, pronoun", cases(("AI", "5G", "IT", "新能源"), ("投资人", "分析师", "基金经理"),
                                                          ("他", "她")))
def test_a_pronoun_stands_for_the_unnamed_person_who_spoke(extract, i, field, head, pronoun):
    source = f"一位长期关注{field}行业的{head}"
    x = extract(article(f"{source}分析称，{CONTENT}。但{pronoun}同时提醒，{MORE}。", i))
    speaker = speaker_at(x, i, MORE)
    assert (speaker.kind, speaker.key) == ("unnamed", written(0, source))


@pytest.mark.parametrize("i, pronoun", cases(("他", "她")))
def test_a_pronoun_after_an_unnamed_group_is_not_the_group(extract, i, pronoun):
    x = extract(article(f"林嘉远教授表示，{CONTENT}。多位投资人认为，市场仍在观望。{pronoun}同时提醒，{MORE}。", i))
    assert_said_by(x, i, MORE, "林嘉远")


@pytest.mark.parametrize("i, field, cue", cases(("交通运输", "文化旅游", "应急管理"), ("表示", "提醒")))
def test_an_office_named_by_an_abbreviated_field_is_an_unnamed_source(extract, i, field, cue):
    x = extract(article(f"{field}部门{cue}，{CONTENT}。", i))
    speaker = speaker_at(x, i, CONTENT)
    assert (speaker.kind, speaker.key) == ("unnamed", field + "部门")


@pytest.mark.parametrize("i, group, cue", cases(("也有法人", "有分析师", "部分投资人"), ("示警", "警告")))
def test_a_warning_is_a_cue(extract, i, group, cue):
    x = extract(article(f"{group}{cue}，{CONTENT}。", i))
    speaker = speaker_at(x, i, CONTENT)
    assert (speaker.kind, speaker.key) == ("unnamed", group)


@pytest.mark.parametrize("i, field, source, cue", cases(("市场", "外资", "业界"), ("监管部门", "主管部门", "有关部门"),
                                                        ("提醒", "表示")))
def test_a_field_before_a_source_of_its_own_is_part_of_its_label(extract, i, field, source, cue):
    x = extract(article(f"{field}{source}{cue}，{CONTENT}。", i))
    speaker = speaker_at(x, i, CONTENT)
    assert (speaker.kind, speaker.key) == ("unnamed", field + source)
