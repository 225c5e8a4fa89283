"""A country or a place before a body's name is part of the name, whatever words fill them:

- a country's body (英国气象局, 韩国统计局, 泰国教育部): the country's name is one the dictionary
  holds as a place and ends in 国, its characters those a kind is written with too (英企, 美资),
  and it is the body's name all the same; a count or a kind of country (两国, 各国, 外国) is not;
- a body the dictionary holds as a name's (理工大学, 师范大学) after a place (江城理工大学) is
  named by that place; a word of a kind before it (当地, 美国 as a kind) names none.

Names and numbers are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases, written
from claimgraph.models import EntityType

COUNTRIES = ("英国", "韩国", "法国", "泰国")
BODIES = ("气象局", "统计局", "教育部")
WORDS = "今年冬季的平均气温可能较常年偏高"
TELLINGS = ("{body}表示，", "{body}周二发布季节展望称，", "据{body}预测，")


@pytest.mark.parametrize("i, country, body, told", cases(COUNTRIES, BODIES, TELLINGS))
def test_a_country_s_body_is_named_with_the_country(extract, i, country, body, told):
    x = extract(article(told.format(body=country + body) + f"{WORDS}。", i))
    assert_said_by(x, i, WORDS, country + body)


@pytest.mark.parametrize("i, kind, body", cases(("两国", "各国", "外国"), BODIES))
def test_a_count_or_kind_of_country_is_no_part_of_a_name(extract, i, kind, body):
    x = extract(article(f"{kind}{body}表示，{WORDS}。", i))
    names = {m.text for m in x.mentions}
    assert written(i, kind + body) not in names


PLACES = ("江城", "滨江", "青州")
SCHOOLS = ("理工大学", "师范大学", "医科大学")


@pytest.mark.parametrize("i, place, school, told", cases(PLACES, SCHOOLS, ("{body}表示，", "{body}发布情况说明称，")))
def test_a_place_names_a_school_of_its_kind(extract, i, place, school, told):
    content = "网传视频中的食材均在保质期内"
    x = extract(article(told.format(body=place + school) + f"{content}。", i))
    assert_said_by(x, i, content, place + school)


@pytest.mark.parametrize("i, place, school", cases(("美国", "当地"), SCHOOLS))
def test_a_word_of_a_kind_names_no_school(extract, i, place, school):
    x = extract(article(f"{place}{school}表示，招生规模将保持稳定。", i))
    assert written(i, place + school) not in {m.text for m in x.mentions}


HOSPITALS = ("滨海市人民医院", "滨海市第一人民医院", "青州协和医院", "江城第一医院", "华仁医院")
DOCTOR = "心内科主任医师卫立群"
ADVICE = "清晨起床后是心梗发作的高峰时段"


@pytest.mark.parametrize("i, hospital, told", cases(HOSPITALS, ("{body}表示，", "{body}发布通报称，")))
def test_a_hospital_named_by_its_name_is_an_organisation(extract, i, hospital, told):
    x = extract(article(told.format(body=hospital) + f"{ADVICE}。", i))
    assert_said_by(x, i, ADVICE, hospital)


@pytest.mark.parametrize("i, hospital", cases(HOSPITALS))
def test_a_hospital_s_doctor_speaks_under_the_hospital_s_name(extract, i, hospital):
    x = extract(article(f"{hospital}{DOCTOR}介绍，{ADVICE}。", i))
    assert_said_by(x, i, ADVICE, DOCTOR[-3:])
    assert written(i, hospital) in {m.text for m in x.mentions}


@pytest.mark.parametrize("i, kind", cases(("该医院", "当地医院", "多家医院", "一家民营医院")))
def test_a_hospital_pointed_at_or_of_a_kind_names_none(extract, i, kind):
    x = extract(article(f"{kind}表示，{ADVICE}。", i))
    assert not [e for e in x.entities if e.type is EntityType.ORGANIZATION]


UNIVERSITIES = ("南城医科大学", "江城大学", "青州师范大学")


@pytest.mark.parametrize("i, university, hospital", cases(UNIVERSITIES, ("第一医院", "儿童医院", "口腔医院")))
def test_a_hospital_belonging_to_a_university_is_named_with_it(extract, i, university, hospital):
    x = extract(article(f"{university}附属{hospital}{DOCTOR}介绍，{ADVICE}。", i))
    assert written(i, f"{university}附属{hospital}") in {m.text for m in x.mentions}
    assert_said_by(x, i, ADVICE, DOCTOR[-3:])
