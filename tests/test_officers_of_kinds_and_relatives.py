"""Who speaks when a body is named only by its kind or not at all, and whom 他 or 她 stands
for after a relative spoke, whatever words fill them:

- the officer of a body named by its kind in one word (物业公司经理回应称, 保险公司相关负责人表示)
  is an unnamed source under that phrase, or the company of that kind named before;
- the officer of a body no rule names, its nouns opening the clause (某某市场信息联席会秘书长表示),
  is an unnamed source under the phrase, not the article's voice;
- 他 or 她 after a named person's relative or lawyer spoke (某某的女儿表示……。她说) stands for the
  relative, who spoke after the person was last named, not for the person.

Names and numbers are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_unnamed, cases, speaker_at, written

WORDS = "近年来人工成本和能耗成本大幅上涨"


@pytest.mark.parametrize("i, kind, officer, cue", cases(("物业公司", "保险公司", "快递公司"),
                                                        ("经理", "项目经理", "相关负责人"), ("回应称", "表示")))
def test_the_officer_of_a_kind_of_company_is_an_unnamed_source(extract, i, kind, officer, cue):
    x = extract(article(f"{kind}{officer}{cue}，{WORDS}。", i))
    assert_unnamed(x, i, WORDS, kind + officer)


@pytest.mark.parametrize("i, name, officer", cases(("锦绣物业公司", "华安保险公司"), ("经理", "相关负责人")))
def test_the_officer_of_a_kind_speaks_for_the_company_of_that_kind_named_before(extract, i, name, officer):
    kind = name[2:]
    x = extract(article(f"{name}日前发布通知，将上调服务费。{kind}{officer}回应称，{WORDS}。", i))
    said = speaker_at(x, i, WORDS)
    assert said.kind == "entity"
    assert next(m.text for m in x.mentions if m.entity == said.key) == written(i, name)


BODIES = ("乘用车市场信息联席会", "电池回收产业联席会", "城乡供水联席会")


@pytest.mark.parametrize("i, body, title, cue", cases(BODIES, ("秘书长", "副会长", "负责人"), ("表示，", "指出，")))
def test_the_officer_of_a_body_no_rule_names_is_a_source(extract, i, body, title, cue):
    x = extract(article(f"{body}{title}{cue}今年以来已有超过50个品牌参与降价。", i))
    said = speaker_at(x, i, "今年以来已有超过50个品牌参与降价")
    assert said.kind != "author"
    assert said.key in (body + title, body)


@pytest.mark.parametrize("i, verb, words", cases(("会见", "批评", "感谢"), ("市场信息联席会秘书长",)))
def test_a_verb_before_an_officer_makes_no_source_of_them(extract, i, verb, words):
    x = extract(article(f"{verb}{words}时表示，今年以来已有超过50个品牌参与降价。", i))
    assert all(c.speaker.key != words for c in x.claims)


PEOPLE = ("郦长根", "冀国强", "尹文华")
RELATIVES = ("女儿", "妻子", "律师")


@pytest.mark.parametrize("i, name, relative, pronoun", cases(PEOPLE, RELATIVES, ("她说，", "他还说，", "她认为，")))
def test_a_pronoun_after_a_relative_spoke_is_the_relative(extract, i, name, relative, pronoun):
    body = (f"乡村医生{name}说，村里的老人离不开他。{name}的{relative}表示，家里人都希望他早点退休。"
            f"{pronoun}山路越来越难走了。")
    x = extract(article(body, i))
    assert_unnamed(x, i, "山路越来越难走了", name + "的" + relative)


@pytest.mark.parametrize("i, kind, name", cases(("物业公司", "保险公司"), ("覃建军", "郜美玲")))
def test_a_named_officer_of_a_kind_of_company_speaks_under_the_name(extract, i, kind, name):
    x = extract(article(f"{kind}经理{name}表示，{WORDS}。", i))
    said = speaker_at(x, i, WORDS)
    assert said.kind == "entity"
    assert next(m.text for m in x.mentions if m.entity == said.key) == written(i, name)


@pytest.mark.parametrize("i, kind, officer", cases(("保险公司", "快递公司", "华信集团"), ("经理", "副总裁")))
def test_a_company_s_officer_is_no_person_named_by_title(extract, i, kind, officer):
    x = extract(article(f"{kind}{officer}回应称，{WORDS}。", i))
    assert written(i, kind + officer) not in {m.text for m in x.mentions}


@pytest.mark.parametrize("i, first, second", cases(("市长", "董事长", "主任"), ("副市长", "总经理", "秘书长")))
def test_two_titles_joined_are_no_person(extract, i, first, second):
    x = extract(article(f"{first}和{second}都表示，将全力支持这个项目。", i))
    assert not [m for m in x.mentions if "和" in m.text]


@pytest.mark.parametrize("i, which, kind", cases(("涉事", "涉案"), ("银行", "证券", "基金")))
def test_the_body_involved_is_no_name(extract, i, which, kind):
    x = extract(article(f"{which}{kind}发言人回应称，已全数赔偿受影响的客户。", i))
    assert written(i, which + kind) not in {m.text for m in x.mentions}
