"""Sources the article names by what they are, and words that are no one's name, whatever
words fill them:

- a source that a phrase of anonymity modifies (一位不愿透露姓名的连锁品牌区域经理坦言) is an
  unnamed source under the whole phrase, however many words its noun has, not a statement
  refused; 他拒绝透露公司的具体金额 is still one;
- 我 in the words of an unnamed person (一位市民说：“我觉得……”) is that person, as a named
  speaker's 我 is theirs;
- people named by their age or sex (返乡青年, 一名男子, 一位老人) are a source's head, and a name
  after one is a person's;
- a one-character given name the segmenter glued to 说 (市民李|明说) is a name after a kind of
  person or a title, as it is at a clause's start;
- an honorific (阿姨) is no familiar name (阿杰); a word of when after a title (律师庭后表示) is no
  name; a question (中方有何回应？) names no one; an adjective after a verb (提出具体数据说明)
  begins no company's name;
- a central bank named by its kind alone (央行表示) is an unnamed source, one a place names
  (美国央行) an organisation;
- a name after a title that the segmenter left in pieces ends where a preposition of where, when
  or to whom opens what leads to the cue (执行官梅罗特拉在财报电话会上表示), as before a cue;
- 他们 opening a sentence stands for the group the sentence before opens with (花旗分析师持不同
  看法。他们认为: the bank's; 多位分析师……。他们认为: theirs), a connective and its comma before it or not.

Names and numbers are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, assert_unnamed, cases, speaker_at, written
from claimgraph.models import EntityType

CONTENT = "县城的消费能力有限"


@pytest.mark.parametrize("i, anonymous, noun, cue", cases(
    ("不愿透露姓名的", "不愿透露身份的"), ("连锁品牌区域经理", "外资银行交易员", "大型券商研究员"), ("坦言，", "表示，", "透露：")))
def test_anonymity_modifies_a_source_however_long_its_noun(extract, i, anonymous, noun, cue):
    x = extract(article(f"今年全县新开咖啡店43家。一位{anonymous}{noun}{cue}{CONTENT}。", i))
    assert_unnamed(x, i, CONTENT, f"一位{anonymous}{noun}")


@pytest.mark.parametrize("i, withheld", cases(("公司的具体金额", "收购方的名称", "项目的投资规模")))
def test_a_statement_refused_is_still_the_article_s(extract, i, withheld):
    x = extract(article(f"记者多次询问，他拒绝透露{withheld}，只说项目进展顺利。", i))
    said = next(c.speaker for c in x.claims if written(i, withheld) in c.text)
    assert said.kind == "author" and said.rule == "attribution.refused_statement.v1"


@pytest.mark.parametrize("i, person, form", cases(
    ("一位市民", "一位经常光顾该餐厅的顾客", "多位家长"), ("说：“我觉得{}。”", "表示，我认为{}。", "说：「我觉得{}。」")))
def test_an_unnamed_person_s_first_person_is_theirs(extract, i, person, form):
    x = extract(article("记者在现场看到，排队的人很多。" + person + form.format("价格比以前贵了不少"), i))
    assert_unnamed(x, i, "价格比以前贵了不少", person)


@pytest.mark.parametrize("i, age, name, cue", cases(
    ("返乡青年", "青年", "一名男子", "退休老人"), ("闫思远", "岑立川"), ("说，", "表示，")))
def test_a_name_after_an_age_or_a_sex_is_a_person(extract, i, age, name, cue):
    x = extract(article(f"县城里新开了不少咖啡店。在县城开店的{age}{name}{cue}{CONTENT}。", i))
    assert_said_by(x, i, CONTENT, name)


@pytest.mark.parametrize("i, count, age", cases(("一名", "一位"), ("男子", "老人", "女子", "小伙子")))
def test_an_age_or_a_sex_counted_is_an_unnamed_source(extract, i, count, age):
    x = extract(article(f"警方通报了案情。{count}{age}称，自己被骗了两万元。", i))
    assert_unnamed(x, i, "自己被骗了两万元", count + age)


@pytest.mark.parametrize("i, kind, surname, given, quoted", cases(
    ("市民", "村民", "队长", "教练"), ("李", "岑"), ("明", "学"), (False, True)))
def test_a_given_name_glued_to_said_after_a_kind(extract, i, kind, surname, given, quoted):
    said = f"“{CONTENT}。”{kind}{surname}{given}说。" if quoted else f"{kind}{surname}{given}说，{CONTENT}。"
    x = extract(article("县城里新开了不少咖啡店。" + said, i))
    assert_said_by(x, i, CONTENT, surname + given)


@pytest.mark.parametrize("i, who, cue", cases(("一位常来买菜的阿姨", "一位阿姨", "两位大妈"), ("说，", "抱怨，")))
def test_an_honorific_alone_is_no_name(extract, i, who, cue):
    x = extract(article(f"菜市场里人来人往。{who}{cue}菜价比上个月贵了不少。", i))
    assert all(e.type is not EntityType.PERSON for e in x.entities)
    assert speaker_at(x, i, "菜价比上个月贵了不少").kind == "unnamed"


@pytest.mark.parametrize("i, name", cases(("阿杰", "阿明", "阿辉")))
def test_a_familiar_name_still_speaks(extract, i, name):
    x = extract(article(f"菜市场里人来人往。{name}说，菜价比上个月贵了不少。", i))
    assert_said_by(x, i, "菜价比上个月贵了不少", name)


@pytest.mark.parametrize("i, title, when", cases(("代理律师", "主教练", "发言人"), ("庭后", "会后", "赛后")))
def test_a_word_of_when_after_a_title_is_no_name(extract, i, title, when):
    x = extract(article(f"二审维持原判。平台方{title}{when}表示，将考虑申请再审。", i))
    assert all(e.type is not EntityType.PERSON for e in x.entities), [e.key for e in x.entities]


@pytest.mark.parametrize("i, side, cue", cases(("中方", "美方", "校方"), ("回应", "评论", "表态")))
def test_a_question_names_no_one(extract, i, side, cue):
    x = extract(article(f"有记者问，有报道称该国将派官员访问，{side}有何{cue}？岑立川说，我们坚决反对。", i))
    assert [e.type for e in x.entities] == [EntityType.PERSON]


@pytest.mark.parametrize("i, verb, adjective, noun", cases(
    ("提出", "公布", "拿出"), ("具体", "详细", "完整"), ("数据", "科技")))
def test_an_adjective_after_a_verb_begins_no_company(extract, i, verb, adjective, noun):
    x = extract(article(f"立委岑立川质疑，经济部应{verb}{adjective}{noun}说明。", i))
    assert all(e.type is not EntityType.ORGANIZATION or "经济部" in e.key for e in x.entities), \
        [e.key for e in x.entities]


@pytest.mark.parametrize("i, name", cases(("光明乳业", "完美日化")))
def test_an_adjective_that_opens_a_clause_still_names_a_company(extract, i, name):
    x = extract(article(f"{name}表示，将继续提价。", i))
    assert_said_by(x, i, "将继续提价", name)


@pytest.mark.parametrize("i, officer, cue", cases(("", "有关负责人", "新闻发言人"), ("表示，", "答记者问时表示，")))
def test_a_central_bank_by_its_kind_alone_is_unnamed(extract, i, officer, cue):
    x = extract(article(f"降准将于下周实施。央行{officer}{cue}流动性将保持合理充裕。", i))
    assert_unnamed(x, i, "流动性将保持合理充裕", "央行" + officer)
    assert not x.entities


@pytest.mark.parametrize("i, name, where", cases(
    ("梅罗特拉", "贡萨尔维斯", "奥卡西奥"), ("在财报电话会上表示，", "对记者表示，", "接受采访时表示，", "表示，")))
def test_a_name_in_pieces_after_a_title_ends_before_where_it_is_said(extract, i, name, where):
    x = extract(article(f"星岚半导体周三公布财报。星岚首席执行官{name}{where}人工智能相关需求强劲。", i))
    assert_said_by(x, i, "人工智能相关需求强劲", name)


@pytest.mark.parametrize("i, link, group", cases(
    ("", "不过，", "然而，"), (("花旗分析师", "花旗"), ("多位分析师", None), ("不少业内人士", None))))
def test_they_stand_for_the_group_the_sentence_before_opens_with(extract, i, link, group):
    words, bank = group
    x = extract(article(f"油价周一大幅上涨。{link}{words}持不同看法。他们认为，全球需求放缓将限制油价上行空间。", i))
    said = speaker_at(x, i, "全球需求放缓将限制油价上行空间")
    if bank is None:
        assert (said.kind, said.key) == ("unnamed", words)
    else:
        assert said.kind == "entity" and said.key == "citigroup"


@pytest.mark.parametrize("i, level, field, officer", cases(
    ("市", "县", ""), ("防汛", "信访", "招商"), ("有关负责人", "负责人", "主任")))
def test_an_office_named_short_speaks_through_its_officer(extract, i, level, field, officer):
    x = extract(article(f"全市已转移群众1.2万人。{level}{field}办{officer}说，目前未接到人员伤亡报告。", i))
    assert_said_by(x, i, "目前未接到人员伤亡报告", f"{level}{field}办")


@pytest.mark.parametrize("i, body, which, cue", cases(
    ("教育部", "市公安局"), ("相关司局", "有关司局", "相关部门"), ("此前曾表示，", "表示，")))
def test_a_body_s_department_said_which_speaks_for_it(extract, i, body, which, cue):
    x = extract(article(f"记者近日走访发现，一些机构仍在开展培训。{body}{which}负责人{cue}将持续加大查处力度。", i))
    assert_said_by(x, i, "将持续加大查处力度", body)


@pytest.mark.parametrize("i, name, document, verb", cases(
    ("世界黄金协会", "东岭矿业协会"), ("最新报告", "数据", "报告"), ("显示，", "指出，")))
def test_a_body_named_by_its_document_speaking(extract, i, name, document, verb):
    x = extract(article(f"金价再创新高。{name}{document}{verb}全球央行共购买黄金694吨。", i))
    assert_said_by(x, i, "全球央行共购买黄金694吨", name)


@pytest.mark.parametrize("i, lead, verb, hearer", cases(
    ("", "据日经亚洲报道，"), ("通知", "告知", "告诉"), ("部分供应商", "供应商")))
def test_who_notifies_a_hearer_speaks_after_the_comma(extract, i, lead, verb, hearer):
    x = extract(article(f"{lead}星岚科技已{verb}{hearer}，将新款手机的备货量下修约一成。", i))
    assert_said_by(x, i, "将新款手机的备货量下修约一成", "星岚科技")


@pytest.mark.parametrize("i, group", cases(("多位分析师", "不少业内人士")))
def test_they_inside_someone_s_words_are_not_the_group_before(extract, i, group):
    x = extract(article(f"油价周一大幅上涨。{group}持不同看法。岑立川表示，他们认为全球需求放缓将限制油价上行空间。", i))
    said = next(c.speaker for c in x.claims if written(i, "油价上行空间") in c.text)
    assert said.kind == "entity"
