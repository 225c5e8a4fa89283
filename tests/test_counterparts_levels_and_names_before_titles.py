"""The one contacted, a body's level, and names between a body and a title after them:

- 对方 after a connective and before adverbs (但对方同时强调) is the one contacted, as 对方 alone is;
- a level alone before a body named after it (市|发改委表示) is part of its name: the body speaks;
- estate agents (地产代理) and police ranks (高级警司) are titles before a name;
- a name between a body and a title that follows names (某某大学经济学院|阎晓峰|教授|认为) speaks.

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, assert_unnamed, cases, speaker_at


@pytest.mark.parametrize("i, link, adverb", cases(("", "但", "不过"), ("同时", "也", "")))
def test_the_one_contacted_with_a_connective_and_an_adverb(extract, i, link, adverb):
    x = extract(article(f"记者联系该店铺客服，{link}对方{adverb}强调，货款将在七日内全额退还。", i))
    assert_unnamed(x, i, "货款将在七日内全额退还", "该店铺客服")


@pytest.mark.parametrize("i, level, body", cases(("市", "省", "县"), ("发改委", "统计局")))
def test_a_level_before_a_body_is_part_of_its_name(extract, i, level, body):
    x = extract(article(f"{level}{body}表示，将综合听证意见对方案进一步完善。", i))
    assert speaker_at(x, i, "将综合听证意见对方案进一步完善").kind == "entity"


@pytest.mark.parametrize("i, lead, title, name", cases(
    ("", "负责反诈骗工作的", "代理业主放租的"), ("地产代理", "高级警司", "总督察"), ("李国明", "邓家乐")))
def test_estate_agents_and_police_ranks_are_titles(extract, i, lead, title, name):
    x = extract(article(f"{lead}{title}{name}指出，近期不少骗徒以账户异常为由发送短讯。", i))
    assert_said_by(x, i, "近期不少骗徒以账户异常为由发送短讯", name)


@pytest.mark.parametrize("i, body, name, title", cases(("东林大学经济学院", "南屿大学法学院"), ("阎晓峰", "岑嘉欣"),
                                                        ("教授", "博士", "副教授")))
def test_a_name_between_a_body_and_a_title_after_it_speaks(extract, i, body, name, title):
    x = extract(article(f"{body}{name}{title}认为，线上问卷的样本偏向受教育程度较高的群体。", i))
    assert_said_by(x, i, "线上问卷的样本偏向受教育程度较高的群体", name)


@pytest.mark.parametrize("i, side, department", cases(("施工方", "承建方", ""), ("项目部", "客服部")))
def test_one_counted_in_a_department_of_a_body_is_an_unnamed_source(extract, i, side, department):
    x = extract(article(f"对此，{side}中建宏基工程有限公司{department}一名负责人回应称，该站点部分工序需要连续浇筑。", i))
    assert_unnamed(x, i, "该站点部分工序需要连续浇筑", "一名负责人")


@pytest.mark.parametrize("i, group, name", cases(("居民代表", "业主代表", "员工代表"), ("赵建国", "岑嘉欣")))
def test_one_who_speaks_for_a_group_is_titled_and_a_pronoun_stands_for_them(extract, i, group, name):
    x = extract(article(f"项目负责人表示，将加装隔音屏障。{group}{name}并不买账。他说，夜间施工许可只针对连续浇筑。", i))
    assert_said_by(x, i, "夜间施工许可只针对连续浇筑", name)


@pytest.mark.parametrize("i, title, name, verb, quote", cases(
    ("摊主", "店主"), ("何春梅", "岑嘉欣"), ("抱怨", "感叹", "坦言"), (("“", "”"), ("「", "」"))))
def test_a_cue_of_feeling_after_a_clause_of_one_who_acts_opens_their_words(extract, i, title, name, verb, quote):
    opening, closing = quote
    x = extract(article(f"在市场西侧的蔬菜区，{title}{name}一边给顾客称菜，一边{verb}：{opening}菠菜进价今天要五块二。{closing}", i))
    assert_said_by(x, i, "菠菜进价今天要五块二", name)


@pytest.mark.parametrize("i, title, name, when", cases(("在野党团总召", "党团副总召"), ("黄启明", "岑嘉欣"), ("", "在院会发言时")))
def test_a_caucus_whip_is_a_title(extract, i, title, name, when):
    x = extract(article(f"{title}{name}{when}批评，行政院编列大量看不出绩效的计划。", i))
    assert_said_by(x, i, "行政院编列大量看不出绩效的计划", name)


@pytest.mark.parametrize("i, act", cases(("发出新闻稿", "发布新闻稿")))
def test_a_press_release_stands_between_a_body_and_its_cue(extract, i, act):
    x = extract(article(f"星河化工集团昨日{act}表示，将全力配合调查。", i))
    assert speaker_at(x, i, "将全力配合调查").kind == "entity"


@pytest.mark.parametrize("i, body, name, title", cases(
    ("江城市第一人民医院内分泌科", "南屿大学附属医院"), ("袁丽华", "岑嘉欣"), ("主任医师", "主任", "研究员")))
def test_a_name_before_a_professional_title_speaks(extract, i, body, name, title):
    x = extract(article(f"{body}{name}{title}强调，突然停药可能导致血糖明显波动。", i))
    assert_said_by(x, i, "突然停药可能导致血糖明显波动", name)


@pytest.mark.parametrize("i, surname, title", cases(("欧阳", "王", "岑"), ("主任", "院长")))
def test_a_surname_and_a_title_after_it_name_the_person(extract, i, surname, title):
    x = extract(article(f"{surname}{title}表示，手术很成功。", i))
    assert_said_by(x, i, "手术很成功", surname + title)
