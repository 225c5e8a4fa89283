"""Where a condition ends, which bodies speak, and what a speaker phrase may hold, whatever words
fill them:

- a condition holds the clauses after it up to the one that answers it (如果经济前景转差，失业率
  上升，减息的作用将会被抵销: one claim), also where it stands after its subject (关税政策一旦收紧，……);
- a department named with 处 speaks for itself alone (劳工处发言人表示) and for its body after
  the body's name (某某大学后勤处负责人表示); an office any body has (街道办事处) names no one;
- a remit glossed in brackets after a title (总行政经理(质素及安全)某某) and a clause of time
  with what else the subject did (质询时引述某报道指出) stand in the speaker's phrase;
- 干事 and 总干事 are an association's officers' titles; 支持者 and 批评者 are unnamed people;
- a given name the dictionary holds as an era (正德, 嘉靖) is a name right after a title;
- a word after 这种 or 一种 describes a thing (这种冷冰冰的表态), no person;
- a forecast with no subject after an unnamed official's words is the official's, not the
  body the official's phrase named;
- a verb of worry that takes the reason of an act after 而 (担心副作用而拒绝接种) is no cue;
- a source inside a body (某组织内部有消息指) that an outlet cites leaves the words the outlet's;
- after 据某社报道, the subject of the sentence is the one named after it, whose announcement
  with no subject of its own is its own (据新华社报道,某某召开董事会,宣布……);
- data that shows what someone else forecasts (点阵图显示,多数官员预计……) is no claim itself;
- a frame after a connective (但与两年前相比,……) and a condition before a quotation (若……,“……”)
  hold the clause or the quotation after them in one claim; a clause with an adverb answers
  a condition (……,消费者往往难以追讨), so the quotation after it is a claim of its own;
- 特聘 'specially appointed' before a title is a standing, no name;
- a clause that ends in 的是 or 在于 awaits the clause after it (值得注意的是，……: one claim);
- groups named short (劳团, 民间团体) are unnamed sources;
- a word of data right before a quotation (官方统计「……」) is a noun in the speaker's words, no cue;
- a cue word after a verb of deserving or provoking (方向值得肯定, 实在令人怀疑) is an attitude
  a thing evokes, no one's cue and no name before it;
- 市府 and 县府 are a government named by its kind, an unnamed source; 评论人 is a title;
- what a cue takes with no comma (市府宣布……) ends where a group opens a clause after a
  contrast (但部分居民……): that clause is the article's;
- a role no name fills (校长在家长会上说) is an unnamed source, a reporter (记者发现) stays the article;
- a sentence that opens by naming what was just said (这样的说法, 这番话, 这种担忧) is the
  article's judgement, not more of the speaker's words.

Names and numbers are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, assert_unnamed, cases, claim_of, speaker_at, written


@pytest.mark.parametrize("i, condition, more, answer", cases(
    ("如果经济前景转差", "假如出口持续疲弱"), ("失业率上升", "企业裁员增加"),
    ("减息的正面作用将会被抵销", "楼价就会再跌一成")))
def test_a_condition_holds_its_clauses_up_to_its_answer(extract, i, condition, more, answer):
    x = extract(article(f"地产代理行首席分析师麦嘉琪补充，{condition}，{more}，{answer}。", i))
    assert_said_by(x, i, f"{condition}，{more}，{answer}", "麦嘉琪")


@pytest.mark.parametrize("i, subject, marker, answer", cases(
    ("欧美市场的关税政策", "海外市场的补贴政策"), ("一旦", "如果"), ("公司海外订单或将受到冲击", "公司的利润就会明显下滑")))
def test_a_condition_after_its_subject_holds_its_answer(extract, i, subject, marker, answer):
    x = extract(article(f"一位长期跟踪该公司的券商分析师对记者表示，{subject}{marker}收紧，{answer}。", i))
    assert_unnamed(x, i, f"{subject}{marker}收紧，{answer}", "一位长期跟踪该公司的券商分析师")


@pytest.mark.parametrize("i, body, cue", cases(("劳工处", "消防处", "海事处"), ("发言人表示，", "昨日表示，")))
def test_a_department_named_alone_speaks(extract, i, body, cue):
    x = extract(article(f"{body}{cue}已主动联络涉事公司，了解遣散安排。", i))
    assert_said_by(x, i, "已主动联络涉事公司，了解遣散安排", body)


@pytest.mark.parametrize("i, body, department", cases(
    ("江城理工大学", "滨海市民政局", "国家统计局"), ("后勤处", "外资管理处", "综合处")))
def test_a_department_after_its_body_speaks_for_the_body(extract, i, body, department):
    x = extract(article(f"{body}{department}相关负责人表示，下一步将继续加强监督检查。", i))
    assert_said_by(x, i, "下一步将继续加强监督检查", body)


@pytest.mark.parametrize("i, office", cases(("街道办事处", "小区管理处", "学校后勤处")))
def test_an_office_any_body_has_names_no_one(extract, i, office):
    x = extract(article(f"{office}负责人表示，增建方案正在审批中，预计年底前完工。", i))
    said = speaker_at(x, i, "增建方案正在审批中，预计年底前完工")
    assert said.kind == "unnamed"
    assert not any(m.text.endswith(written(i, office[-3:])) for m in x.mentions)


@pytest.mark.parametrize("i, title, remit, name", cases(
    ("总行政经理", "副总裁", "首席执行官"), ("（质素及安全）", "(国际业务)"), ("陆婉仪", "何嘉文")))
def test_a_remit_in_brackets_after_a_title_stands_in_the_phrase(extract, i, title, remit, name):
    x = extract(article(f"星河医疗集团{title}{remit}{name}表示，集团已启动应变措施，增设约300张临时病床。", i))
    assert_said_by(x, i, "集团已启动应变措施，增设约300张临时病床", name)


@pytest.mark.parametrize("i, when, cited", cases(("质询时", "受访时", "开会时"), ("引述美国媒体报道", "引述外电报道")))
def test_a_clause_of_time_and_a_citation_stand_in_the_phrase(extract, i, when, cited):
    x = extract(article(f"立委郭振宇{when}{cited}指出，某晶圆厂在美国的生产成本比本地高出约四成。", i))
    assert_said_by(x, i, "某晶圆厂在美国的生产成本比本地高出约四成", "郭振宇")


@pytest.mark.parametrize("i, title, name", cases(("总干事", "干事", "副总干事"), ("伍健雄", "欧嘉敏")))
def test_an_associations_officer_is_titled(extract, i, title, name):
    x = extract(article(f"香港社区组织协会{title}{name}对报告提出较多批评。他指出，目前公屋平均轮候时间仍约5.5年。", i))
    assert_said_by(x, i, "目前公屋平均轮候时间仍约5.5年", name)


@pytest.mark.parametrize("i, group, cue", cases(("支持者", "批评者", "反对者", "观察者"), ("认为，", "则指出，")))
def test_people_named_by_their_side_are_unnamed(extract, i, group, cue):
    x = extract(article(f"{group}{cue}降价是市场行为，无可厚非。", i))
    assert_unnamed(x, i, "降价是市场行为，无可厚非", group)


@pytest.mark.parametrize("i, title, name", cases(("国防部长", "经济部长", "董事长"), ("方正德", "李正德", "王嘉靖")))
def test_a_given_name_held_as_an_era_is_a_name_after_a_title(extract, i, title, name):
    x = extract(article(f"{title}{name}晚间表示，预算删减后部分采购案恐将面临违约金问题。", i))
    assert_said_by(x, i, "预算删减后部分采购案恐将面临违约金问题", name)


@pytest.mark.parametrize("i, pointer, word", cases(("这种", "一种", "那种"), ("冷冰冰", "热乎乎")))
def test_a_word_after_a_pointer_at_a_kind_is_no_person(extract, i, pointer, word):
    x = extract(article(f"每次降价后总有车主维权。{pointer}{word}的表态，与其高端品牌形象极不相称。", i))
    assert not any(m.text == written(i, word) for m in x.mentions)


@pytest.mark.parametrize("i, body, cue", cases(("数位发展部", "星河市教育局"), ("表示，", "受访时表示，")))
def test_a_forecast_after_an_officials_words_is_the_officials(extract, i, body, cue):
    x = extract(article(f"{body}一名官员{cue}乐见本土业者投入，并预计今年下半年推出统一的评测集。", i))
    assert_unnamed(x, i, "今年下半年推出统一的评测集", f"{body}一名官员")


@pytest.mark.parametrize("i, worry, reason, act", cases(
    ("担心", "害怕"), ("疫苗副作用", "孩子吃不饱"), ("拒绝接种", "自备午餐")))
def test_a_worry_that_gives_the_reason_of_an_act_is_no_cue(extract, i, worry, reason, act):
    x = extract(article(f"有院舍负责人向本报表示，部分家属{worry}{reason}而{act}。", i))
    assert_unnamed(x, i, f"部分家属{worry}{reason}而{act}", "有院舍负责人")
    claim_of(x, written(i, f"部分家属{worry}{reason}而{act}"))


@pytest.mark.parametrize("i, body, inside", cases(("石油输出国组织", "世界卫生组织"), ("内部有消息指，", "内部有消息称，")))
def test_a_source_inside_a_body_cited_by_an_outlet_leaves_the_outlets_words(extract, i, body, inside):
    x = extract(article(f"据路透社报道，{body}{inside}部分成员或将于明年初提高产量。", i))
    assert_said_by(x, i, "部分成员或将于明年初提高产量", "路透社")


@pytest.mark.parametrize("i, outlet, body, act", cases(
    ("新华社", "中新社"), ("比亚迪", "腾讯"), ("召开董事会", "结束为期两天的会议")))
def test_after_an_outlets_report_the_subject_is_the_one_named_after_it(extract, i, outlet, body, act):
    x = extract(article(f"据{outlet}报道，{body}周三{act}，宣布将回购10亿元股份。", i))
    assert_said_by(x, i, "将回购10亿元股份", body)


@pytest.mark.parametrize("i, data, group", cases(
    ("最新公布的点阵图显示，", "最新的调查数据显示，"), ("多数联储官员预计", "多数受访经济学家预计")))
def test_data_that_shows_a_forecast_is_no_claim_itself(extract, i, data, group):
    x = extract(article(f"{data}{group}今年年内将降息两次。", i))
    assert_unnamed(x, i, "今年年内将降息两次", group[:-2])
    assert not any(c.text == written(i, data[:-1]) for c in x.claims)


@pytest.mark.parametrize("i, lead, frame", cases(("但", "不过", "然而"), ("与两年前相比", "在农产品准入问题上")))
def test_a_frame_after_a_connective_holds_the_clause_after_it(extract, i, lead, frame):
    x = extract(article(f"研究员宁浩然表示，部分房企的流动性问题还没有解决。{lead}{frame}，“白名单”机制已经帮助不少项目恢复施工。", i))
    assert_said_by(x, i, f"{lead}{frame}，“白名单”机制已经帮助不少项目恢复施工", "宁浩然")


@pytest.mark.parametrize("i, quote, condition", cases(
    (("“", "”"), ("「", "」")), ("若电力项目的欠款问题不能妥善解决", "一旦融资渠道收紧")))
def test_a_condition_before_a_quotation_holds_it(extract, i, quote, condition):
    o, c = quote
    x = extract(article(f"研究员法鲁克·阿里表示，{condition}，{o}新项目的融资恐怕会很困难{c}。", i))
    assert_said_by(x, i, f"{condition}，{o}新项目的融资恐怕会很困难{c}", "法鲁克·阿里")


@pytest.mark.parametrize("i, quote", cases((("“", "”"), ("「", "」"))))
def test_a_quotation_after_an_answered_condition_is_a_claim_of_its_own(extract, i, quote):
    o, c = quote
    x = extract(article(f"消委会总干事刘婉婷表示，预缴式消费一旦遇上商号倒闭，消费者往往难以追讨，"
                        f"{o}我们一直呼吁市民避免一次过预缴长期费用。{c}", i))
    assert_said_by(x, i, "预缴式消费一旦遇上商号倒闭，消费者往往难以追讨", "刘婉婷")
    assert_said_by(x, i, "我们一直呼吁市民避免一次过预缴长期费用", "刘婉婷")


@pytest.mark.parametrize("i, standing", cases(("特聘", "客座", "荣誉")))
def test_a_standing_before_a_title_is_no_name(extract, i, standing):
    x = extract(article(f"本报记者专访了某高校房地产研究所{standing}研究员宁浩然。宁浩然表示，楼市仍未见底。", i))
    assert not any(m.text == written(i, standing) for m in x.mentions)


@pytest.mark.parametrize("i, cleft", cases(("值得注意的是", "更重要的是", "问题在于", "关键在于")))
def test_a_clause_ending_in_a_cleft_awaits_the_next(extract, i, cleft):
    x = extract(article(f"{cleft}，一些地方已开始探索为毕业生提供支持。", i))
    claim_of(x, written(i, f"{cleft}，一些地方已开始探索为毕业生提供支持"))


@pytest.mark.parametrize("i, group, cue", cases(("劳团", "民间团体", "劳工团体"), ("则担心", "批评，")))
def test_groups_named_short_are_unnamed(extract, i, group, cue):
    x = extract(article(f"部分业者主张放宽限制。但{group}{cue}此举会压低本地员工的薪资。", i))
    assert_unnamed(x, i, "此举会压低本地员工的薪资", group)


@pytest.mark.parametrize("i, quote, data", cases((("“", "”"), ("「", "」")), ("官方统计", "政府数据")))
def test_a_word_of_data_before_a_quotation_is_no_cue(extract, i, quote, data):
    o, c = quote
    x = extract(article(f"对此，长期照顾发展协会理事长游明哲认为，{data}{o}只算到评估完成，没有算到服务真的到家{c}。", i))
    assert_said_by(x, i, f"{data}{o}只算到评估完成，没有算到服务真的到家{c}", "游明哲")


@pytest.mark.parametrize("i, thing, evoke", cases(("方向", "这项改革"), ("值得肯定", "令人怀疑", "让人担忧")))
def test_a_cue_after_a_verb_of_deserving_is_no_cue(extract, i, thing, evoke):
    x = extract(article(f"政府早前提出规管框架。{thing}{evoke}，但细看内容仍有不少漏洞。", i))
    assert not any(m.text.startswith(written(i, thing)) for m in x.mentions)
    assert all(c.speaker.kind == "author" for c in x.claims)


@pytest.mark.parametrize("i, body, cue", cases(("市府", "县府"), ("表示，", "则回应，")))
def test_a_government_named_by_its_kind_is_unnamed(extract, i, body, cue):
    x = extract(article(f"{body}{cue}若疫情持续扩大，不排除召开跨局处应变会议。", i))
    assert_unnamed(x, i, "若疫情持续扩大，不排除召开跨局处应变会议", body)


@pytest.mark.parametrize("i, field, name", cases(("互联网行业", "汽车"), ("祝远航", "欧阳敏")))
def test_a_commentator_is_titled(extract, i, field, name):
    x = extract(article(f"{field}评论人{name}认为，配送时效是这个行业的核心竞争力。", i))
    assert_said_by(x, i, "配送时效是这个行业的核心竞争力", name)


@pytest.mark.parametrize("i, group, lead", cases(("部分居民", "不少家长", "多名商户"), ("但", "不过")))
def test_a_direct_cues_words_end_where_a_group_opens_a_clause(extract, i, group, lead):
    x = extract(article(f"市府宣布自本周起扩大室外化学防治范围，{lead}{group}对密集喷药表达不满。", i))
    assert speaker_at(x, i, f"{lead}{group}对密集喷药表达不满").kind == "author"


@pytest.mark.parametrize("i, role, cue", cases(("校长", "教练", "领队"), ("在家长会上说，", "表示，")))
def test_a_role_no_name_fills_is_unnamed(extract, i, role, cue):
    x = extract(article(f"{role}{cue}作业是训练思考的过程，让机器代劳就失去了教育的意义。", i))
    assert_unnamed(x, i, "作业是训练思考的过程，让机器代劳就失去了教育的意义", role)


@pytest.mark.parametrize("i, lead, named", cases(("", "然而，"), ("这样的说法", "这番话", "这种担忧")))
def test_a_sentence_naming_what_was_said_is_the_articles(extract, i, lead, named):
    x = extract(article(f"经济部次长颜志诚日前表示，政府规划增设燃气机组，足以因应新增的用电需求。{lead}{named}恐怕过于乐观。", i))
    assert speaker_at(x, i, f"{lead}{named}恐怕过于乐观").kind == "author"
