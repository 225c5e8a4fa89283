"""Names and non-names around a speaker, read by their shape:

- a surname and an elder's or a sibling's word (梁伯, 何姐, 陈叔) names someone familiarly: a
  person who speaks, after a kind of person too (街坊梁伯则形容); a word of its own (师姐) is not;
- a field and 人士 after a role (裁判|界|人士) is an unnamed source, no person named 界人士;
- a surname of two characters before a title (欧阳教授也提醒) is the person named before, no
  organisation;
- a word of when after a name (律师某某庭后表示) is no part of the name;
- 区长 and 里长 are titles (东港区长某某, 里长某某);
- a determiner right before a company's head (判赔原公司, 该公司) or an adverb and a copula
  (原系某某公司) make no company's name.

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, assert_some_unnamed, cases, types_written, written
from claimgraph.models import EntityType


@pytest.mark.parametrize("i, who, cue", cases(
    ("梁伯", "何姐", "陈叔", "黄婶", "周姨", "林嫂"), ("形容", "则形容", "说", "告诉记者")))
def test_a_familiar_elder_speaks(extract, i, who, cue):
    x = extract(article(f"火警发生后，住在对面的街坊{who}{cue}，整条街都是浓烟。", i))
    assert_said_by(x, i, "整条街都是浓烟", who)
    assert types_written(x, i, who) == {EntityType.PERSON}


@pytest.mark.parametrize("i, field, _", cases(("裁判界", "教练界", "拍卖界"), range(2)))
def test_a_field_and_its_people_are_unnamed(extract, i, field, _):
    x = extract(article(f"一位不愿具名的{field}人士称，这次判定基本没有争议。", i))
    assert_some_unnamed(x, i, "这次判定基本没有争议")
    assert not any(m.text.endswith(written(i, "界人士")) for m in x.mentions), [m.text for m in x.mentions]


@pytest.mark.parametrize("i, surname, given, title", cases(("欧阳", "司徒", "上官"), ("怡君", "明远"), ("教授", "医生", "律师")))
def test_a_compound_surname_before_a_title_is_the_person(extract, i, surname, given, title):
    body = f"{surname}{given}说明，团队追踪了三千名受试者。{surname}{title}也提醒，这是观察性研究。"
    x = extract(article(body, i))
    assert_said_by(x, i, "这是观察性研究", surname + given)
    assert not types_written(x, i, surname), [(m.text, m.rule) for m in x.mentions]


@pytest.mark.parametrize("i, name, when", cases(("端木志远", "唐景明", "司徒佩珊"), ("庭后", "会后", "赛后")))
def test_a_word_of_when_after_a_name_is_no_part_of_it(extract, i, name, when):
    x = extract(article(f"被告的辩护律师{name}{when}表示，将与当事人讨论后上诉。", i))
    assert_said_by(x, i, "将与当事人讨论后上诉", name)


@pytest.mark.parametrize("i, title, name", cases(("东港区长", "区长", "福德里里长", "里长"), ("吴志强", "陈金水", "欧阳秀英")))
def test_district_and_neighbourhood_chiefs_are_titles(extract, i, title, name):
    x = extract(article(f"{title}{name}则持较乐观看法。他告诉记者，地方期待轻轨很久。", i))
    assert_said_by(x, i, "地方期待轻轨很久", name)


_MEANT = (("法院判赔原公司86万元。", "判赔原公司"), ("夏侯国庆原系恒捷公司华东区销售总监。", "原系恒捷公司"),
          ("张建华现为鼎丰公司副总经理。", "现为鼎丰公司"), ("孙立群上月离开该公司。", "离开该公司"))


@pytest.mark.parametrize("i, meant, _", cases(_MEANT, range(3)))
def test_a_company_meant_but_not_named_is_no_name(extract, i, meant, _):
    body, phrase = meant
    x = extract(article(body, i))
    assert not any(m.text == written(i, phrase) or m.text.startswith(written(i, phrase[:2])) and len(m.text) > 2
                   for m in x.mentions), [m.text for m in x.mentions]
