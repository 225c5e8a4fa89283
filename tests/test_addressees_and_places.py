"""Speakers and clauses read by the structure around them, whatever words fill it:

- a noun of a person by their post or trade (预报员, 工程师, 检察官) stands in apposition to
  the name after it, which speaks (省气象台首席预报员某某表示);
- a name the segmenter glued to 说 before a colon, in an article with an asker's label, is
  the name, not a turn's label (某某说:“……”);
- 业者 and 厂家 name the kind of the company whose name follows (快递业者某某发言人);
- the copula 系 opens no name (（某某系某某汽车董事长）);
- a cue of urging names whom it addresses before the comma (提醒市民,……): what follows is
  the speaker's words;
- 在 and a noun phrase (在三四线城市, 在充电设施还不完善的地区) frames the clause after it,
  one claim; 在 and a verb phrase (在北京举行发布会) is an event of its own;
- a sentence whose first clause is another person's and ends in a verb of saying is not the
  words of the spokesperson before it;
- a word of the dictionary ends in no cue of one character (原材料 is no 料, 'expects');
- a verb of how something was said before 说 or 称 (回忆说, 打趣说, 评价称) is part of the cue;
- a studio named after a person (某某工作室) speaks; the person's name alone is not the studio;
- the governing organ of a company (董事会, 管理层), after its name or 公司, speaks as it;
- 从 one place 到 another frames the clause after it, one claim;
- a place of service named like a company (某某健身房, 某某诊所) speaks through its
  manager;
- a word that qualifies a document after 的 (……公布的初步数据显示) leaves its publisher the speaker;
- a headline in Markdown's bold or heading marks (**……**) is read without them.

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.cases import in_script
from capabilities.said import article, assert_said_by, cases, speaker_of, written
from claimgraph.ingest import parse_article

CONTENTS = ("未来三天强降雨仍将持续", "新产线已进入调试阶段", "这起案件的证据已经确凿", "流感已进入高发期")


OFFICES = ("省气象台", "市第一医院", "地方检察院", "该公司")
TRADES = ("首席预报员", "主任医师", "检察官", "高级工程师", "飞行员")
PEOPLE = ("邝文涛", "薛子衿", "任嘉禾", "钱雨桐")


@pytest.mark.parametrize("i, office, trade, cue", cases(OFFICES, TRADES, ("表示", "指出", "透露")))
def test_a_person_after_a_noun_of_their_post_or_trade_speaks(extract, i, office, trade, cue):
    name, content = PEOPLE[i % len(PEOPLE)], CONTENTS[i % len(CONTENTS)]
    x = extract(article(f"{office}{trade}{name}{cue}，{content}。", i))
    assert_said_by(x, i, content, name)


ASKED = "有记者问：有报道称，多家企业被列入出口管制清单，对此有何评论？"
QUOTED = ("我们敦促有关方面立即纠正错误做法。", "中方将采取必要措施维护企业权益。")


@pytest.mark.parametrize("i, name, quoted", cases(("韩立明", "鄺嘉聲", "薛子衿"), QUOTED))
def test_a_name_glued_to_shuo_before_a_colon_is_the_name_not_a_label(extract, i, name, quoted):
    x = extract(article(f"{ASKED}\n\n{name}表示，中方坚决反对这种做法。\n\n{name}说：“{quoted}”", i))
    spelled, = in_script(i, name)
    assert not any(m.text.endswith(("说", "說")) for m in x.mentions), [m.text for m in x.mentions]
    said = [c for c in x.claims if c.text in in_script(i, quoted.rstrip("。"))[0]]
    assert said and all(speaker_of(x, c.text) == spelled for c in said), [(c.text, c.speaker) for c in x.claims]


BRANDS = ("顺达物流", "极速快运", "汀岚电器", "鹭屿家电")


@pytest.mark.parametrize("i, kind, brand", cases(("快递业者", "物流业者", "家电厂家", "电器厂家"), BRANDS))
def test_yezhe_and_changjia_name_the_kind_of_the_company_after_them(extract, i, kind, brand):
    content = CONTENTS[i % len(CONTENTS)]
    x = extract(article(f"{kind}{brand}发言人表示，{content}。", i))
    assert_said_by(x, i, content, brand)


@pytest.mark.parametrize("i, person, company, title", cases(("孟庆华", "薛子衿", "任嘉禾"), ("海川汽车", "澜川科技"),
                                                             ("董事长", "创始人")))
def test_the_copula_xi_opens_no_name(extract, i, person, company, title):
    x = extract(article(f"（{person}系{company}{title}）", i))
    assert not any(m.text.startswith(("系", "係")) for m in x.mentions), [m.text for m in x.mentions]


URGING = ("提醒", "呼吁", "敦促", "建议")
HEARERS = ("市民", "广大消费者", "有关方面", "各方", "美方", "投资者")
ADVICE = ("雨天切勿靠近倒伏的电线杆", "尽快出台配套细则", "购买预付卡时务必保持谨慎")


@pytest.mark.parametrize("i, cue, hearer, mark", cases(URGING, HEARERS, ("，", "：")))
def test_a_cue_of_urging_names_whom_it_addresses_before_the_comma(extract, i, cue, hearer, mark):
    name, advice = PEOPLE[i % len(PEOPLE)], ADVICE[i % len(ADVICE)]
    x = extract(article(f"{name}表示，抢修工作正在进行。{name}同时{cue}{hearer}{mark}{advice}。", i))
    assert_said_by(x, i, advice, name)


@pytest.mark.parametrize("i, cue", list(enumerate(URGING)))
def test_a_verb_after_a_cue_of_urging_is_what_it_urges_not_whom(extract, i, cue):
    name = PEOPLE[i % len(PEOPLE)]
    x = extract(article(f"{name}表示，整改工作正在进行。{name}{cue}严格执行，不得打折扣。", i))
    want, = in_script(i, "不得打折扣")
    assert all(c.text != want for c in x.claims), [c.text for c in x.claims]  # 严格执行 stays in what is urged


PLACES = ("三四线城市", "欧洲", "充电设施还不完善的地区", "北方农村", "一些偏远的山区")
FRAMED = ("插混车型是更现实的选择", "电动车销量增长明显放缓", "网点数量已经减少了一半")


@pytest.mark.parametrize("i, place, framed", cases(PLACES, FRAMED))
def test_zai_and_a_noun_phrase_frames_the_clause_after_it(extract, i, place, framed):
    name = PEOPLE[i % len(PEOPLE)]
    x = extract(article(f"{name}表示，在{place}，{framed}。", i))
    assert_said_by(x, i, f"在{place}，{framed}", name)


@pytest.mark.parametrize("i, event", list(enumerate(("公司在北京举行发布会", "该行在香港设立分支机构",
                                                        "双方在上海签署合作协议"))))
def test_zai_and_a_verb_phrase_is_an_event_of_its_own(extract, i, event):
    name = PEOPLE[i % len(PEOPLE)]
    x = extract(article(f"{name}表示，{event}，新产品将于下月上市。", i))
    assert_said_by(x, i, "新产品将于下月上市", name)


@pytest.mark.parametrize("i, office, post", cases(("省气象台", "市水文站", "区应急中心"), ("首席观测手", "值班观测手")))
def test_another_person_s_first_clause_with_a_verb_of_saying_ends_a_spokesperson_s_words(extract, i, office, post):
    spokesperson, other = PEOPLE[i % len(PEOPLE)], PEOPLE[(i + 1) % len(PEOPLE)]
    content = CONTENTS[i % len(CONTENTS)]
    x = extract(article(f"电网公司新闻发言人{spokesperson}在通报会上介绍，公司已调集抢修人员3200余人。\n\n"
                         f"{other}表示，暴雨还会持续。\n\n{office}{post}{other}表示，{content}。", i))
    assert speaker_of(x, written(i, content)) != in_script(i, spokesperson)[0]


MATERIALS = ("原材料", "饲料", "涂料", "燃料", "塑料")


@pytest.mark.parametrize("i, group, material", cases(("一些企业", "个别厂家", "少数商家"), MATERIALS))
def test_a_dictionary_word_ends_in_no_cue_of_one_character(extract, i, group, material):
    x = extract(article(f"{group}为了压低成本，甚至在{material}上偷工减料。", i))
    claims = [(c.text, c.speaker.kind) for c in x.claims]
    assert len(claims) == 1 and claims[0][1] == "author", claims


MANNERS = ("回忆说", "打趣说", "评价称", "评论称", "点评称", "回忆称")


@pytest.mark.parametrize("i, office, manner", cases(("海湾理工学院教授", "江城大学副教授", "资深乐评人"), MANNERS))
def test_a_verb_of_how_it_was_said_before_shuo_or_cheng_is_part_of_the_cue(extract, i, office, manner):
    name, content = PEOPLE[i % len(PEOPLE)], CONTENTS[i % len(CONTENTS)]
    x = extract(article(f"{office}{name}{manner}，{content}。", i))
    assert_said_by(x, i, content, name)


SINGERS = ("方思琪", "顾南笙", "唐雨桐")


@pytest.mark.parametrize("i, singer, cue", cases(SINGERS, ("发布声明称", "表示", "回应称")))
def test_a_studio_named_after_a_person_speaks_and_the_name_alone_is_not_the_studio(extract, i, singer, cue):
    x = extract(article(f"11月21日晚，歌手{singer}举办个人演唱会。\n\n22日上午，{singer}工作室{cue}，"
                         f"网传视频系断章取义，{singer}全程真唱。", i))
    studio, = in_script(i, f"{singer}工作室")
    assert_said_by(x, i, f"网传视频系断章取义，{singer}全程真唱", f"{singer}工作室")
    key = next(m.entity for m in x.mentions if m.text == studio)
    assert all(m.entity != key for m in x.mentions if m.text != studio), [(m.text, m.entity) for m in x.mentions]


COMPANIES = ("澜川股份", "汀岚科技", "鹭屿集团")
ORGANS = ("董事会", "管理层", "监事会")


@pytest.mark.parametrize("i, company, subject, organ", cases(COMPANIES, ("name", "公司", "该公司"), ORGANS))
def test_a_company_s_governing_organ_speaks_as_the_company(extract, i, company, subject, organ):
    content = "近期公司股价未能反映公司价值"
    lead = company if subject == "name" else subject
    x = extract(article(f"{company}公告称，公司拟回购部分股份。{lead}{organ}认为，{content}。", i))
    assert_said_by(x, i, content, company)


ENDS = (("实验室", "工厂"), ("北京", "上海"), ("沿海", "内地"))


@pytest.mark.parametrize("i, ends, framed", cases(ENDS, FRAMED))
def test_cong_one_place_dao_another_frames_the_clause_after_it(extract, i, ends, framed):
    name = PEOPLE[i % len(PEOPLE)]
    x = extract(article(f"{name}表示，从{ends[0]}到{ends[1]}，{framed}。", i))
    assert_said_by(x, i, f"从{ends[0]}到{ends[1]}，{framed}", name)


SHOPS = ("动力源健身房", "晴川诊所", "清风书店", "小树苗幼儿园")


@pytest.mark.parametrize("i, shop, officer, cue", cases(SHOPS, ("负责人", "老板", "店长"), ("回应称", "告诉记者")))
def test_a_shop_named_like_a_company_speaks_through_its_manager(extract, i, shop, officer, cue):
    content = "门店因资金周转困难暂停营业"
    x = extract(article(f"{shop}{officer}{cue}，{content}。", i))
    assert_said_by(x, i, content, shop)


@pytest.mark.parametrize("i, publisher, qualifier", cases(("汀岚证券", "鹭屿研究院", "澜川咨询"), ("初步", "最新", "相关")))
def test_a_word_qualifying_a_document_leaves_its_publisher_the_speaker(extract, i, publisher, qualifier):
    content = "11月乘用车零售销量达到248.6万辆"
    x = extract(article(f"{publisher}12月1日公布的{qualifier}数据显示，{content}。", i))
    assert_said_by(x, i, content, publisher)


@pytest.mark.parametrize("i, marked", list(enumerate(("**{}**", "## {}", "# **{}**", "**对话｜{}**"))))
def test_a_headline_in_markdown_marks_is_read_without_them(i, marked):
    headline = "智能眼镜创业者：明年是行业的“拐点”"
    text = marked.format(headline) + "\n2026-11-24 来源：硬科技观察\n\n正文第一段。\n"
    assert parse_article(text.encode(), "a.txt").headline == headline
