"""Names the segmenter cuts or glues, titles after names, and sources counted or published:

- a quotation that closes with no mark of its own (“价格太高了”王凯说) is a clause of its own, and
  the name after it speaks it;
- a given name glued to a verb of saying (陈大|文说, 欧阳|振|宇称) or a surname of two characters
  before its given name (司徒|文杰|说) is a name that speaks;
- a title after a name (王建国主任表示) or an elder's or tradesman's word (陈秀兰老人说, 陈志强师傅说)
  leaves the name alone a person;
- 据 and a role (据承办检察官介绍) is an unnamed source, no person named 据……;
- a study counted as one (一项针对……的追踪研究发现) is an unnamed source, or the body named
  before it (某某大学的一项研究);
- who put data out (据某某部门公开的数据) speaks, not the verb with them; a verb of putting up a
  notice (突然张贴通知) names no body;
- 常说, 于三年间, 和乘客 after a title are no names; a quotation after a verb that asks someone to
  act (要求用户“……”) is no handle; a hotline's number and what it is for (96110反诈专线咨询)
  no company; a trader's kind before a quoted name (电讯商「某某」) makes it a company;
- a thing published and then 后 (公布季度业绩后升4%) is a time, no one's words.

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, assert_unnamed, cases, claim_of, speaker_at, written

QUOTES = (("“", "”"), ("「", "」"), ('"', '"'))


@pytest.mark.parametrize("i, quote, name, verb", cases(QUOTES, ("禤浩然", "岑嘉欣", "司徒文杰"), ("说", "表示")))
def test_a_quotation_closed_without_its_own_mark_is_the_next_names(extract, i, quote, name, verb):
    opening, closing = quote
    x = extract(article(f"{opening}新厂的订单已经排到明年夏天{closing}{name}{verb}。", i))
    assert_said_by(x, i, "新厂的订单已经排到明年夏天", name)


@pytest.mark.parametrize("i, name, verb", cases(
    ("陈大文", "欧阳振宇", "黄大文", "吴家明", "许志明", "上官宇", "司马宇", "司徒文杰", "公孙志强"), ("说", "称")))
def test_a_name_the_segmenter_glues_to_its_verb_speaks(extract, i, name, verb):
    x = extract(article(f"{name}{verb}，新厂的产能明年可以翻一番。", i))
    assert_said_by(x, i, "新厂的产能明年可以翻一番", name)


@pytest.mark.parametrize("i, name, title", cases(("尉迟峰", "王建国", "欧阳振宇"), ("董事长", "主任", "总裁")))
def test_a_title_after_a_name_leaves_the_name_a_person(extract, i, name, title):
    x = extract(article(f"对于外界的质疑，{name}{title}在会后表示，新品的续航已经达到设计目标。", i))
    assert_said_by(x, i, "新品的续航已经达到设计目标", name)
    assert not any(m.text == written(i, name + title) for m in x.mentions)


@pytest.mark.parametrize("i, lead, name, word", cases(
    ("", "住在五楼、今年83岁的", "的士司机"), ("陈秀兰", "邝志强"), ("老人", "阿伯", "师傅")))
def test_an_elders_or_tradesmans_word_after_a_name_leaves_the_name(extract, i, lead, name, word):
    x = extract(article(f"{lead}{name}{word}说，电梯装好以后下楼方便多了。", i))
    assert_said_by(x, i, "电梯装好以后下楼方便多了", name)


@pytest.mark.parametrize("i, role, verb", cases(("承办检察官", "主办警官", "值班经理"), ("介绍", "透露")))
def test_according_to_a_role_is_an_unnamed_source(extract, i, role, verb):
    x = extract(article(f"据{role}{verb}，目前已冻结涉案资金约610万元。", i))
    assert_unnamed(x, i, "目前已冻结涉案资金约610万元", role)
    assert not any(m.text.startswith(written(i, "据")) for m in x.mentions)


@pytest.mark.parametrize("i, lead, modifier, study, verb", cases(
    ("", "国内", "近日"), ("针对8000名中学生的", "覆盖1.2万余名受试者、随访长达8年的"), ("追踪研究", "队列研究"),
    ("发现", "显示")))
def test_a_study_counted_as_one_is_an_unnamed_source(extract, i, lead, modifier, study, verb):
    x = extract(article(f"{lead}一项{modifier}{study}{verb}，每天睡足八小时的学生成绩更稳定。", i))
    assert_unnamed(x, i, "每天睡足八小时的学生成绩更稳定", study)


@pytest.mark.parametrize("i, body, joint", cases(("南屿大学", "北岭理工学院"), ("", "的")))
def test_a_study_counted_after_a_named_body_is_the_bodys(extract, i, body, joint):
    x = extract(article(f"{body}公布年度科研报告。{body}{joint}一项研究显示，每天步行七千步的人心血管风险更低。", i))
    assert_said_by(x, i, "每天步行七千步的人心血管风险更低", body)


@pytest.mark.parametrize("i, source, verb", cases(("应急管理部门", "消防部门", "巴方"), ("公开", "公布")))
def test_who_put_data_out_speaks_without_the_verb(extract, i, source, verb):
    x = extract(article(f"据{source}{verb}的数据，近年每年发生电动车火灾上万起。", i))
    assert_unnamed(x, i, "近年每年发生电动车火灾上万起", source)
    assert not any(written(i, verb) in m.text for m in x.mentions)


@pytest.mark.parametrize("i, how, verb, notice", cases(("突然", "连夜"), ("张贴", "贴出"), ("通知", "告示")))
def test_a_verb_of_putting_up_a_notice_names_no_body(extract, i, how, verb, notice):
    x = extract(article(f"某地多个小区物业{how}{verb}{notice}，宣布电动车一律不得进入电梯。", i))
    assert not any(written(i, how) in m.text for m in x.mentions)


@pytest.mark.parametrize("i, title, rest", cases(
    ("工程师", "老师", "教练"), ("常说一句话：手比腿难做。", "於三年间伪造发票八十张。", "和乘客都将是输家。")))
def test_an_adverb_a_preposition_or_a_conjunction_after_a_title_begins_no_name(extract, i, title, rest):
    x = extract(article(f"我们的{title}{rest}", i))
    assert not x.mentions, [m.text for m in x.mentions]


@pytest.mark.parametrize("i, verb, noun, quote", cases(("要求", "诱导", "提醒"), ("用户", "网友"), QUOTES))
def test_a_quotation_after_a_verb_that_asks_is_no_handle(extract, i, verb, noun, quote):
    opening, closing = quote
    x = extract(article(f"正规机构不会通过电话{verb}{noun}{opening}注销校园贷{closing}。", i))
    assert not x.mentions, [m.text for m in x.mentions]


@pytest.mark.parametrize("i, number, purpose", cases(("96110", "12345"), ("反诈专线咨询", "热线投诉")))
def test_a_number_dialled_and_what_it_is_for_is_no_company(extract, i, number, purpose):
    x = extract(article(f"他强调，一旦接到类似电话，应立即挂断，并拨打{number}{purpose}。", i))
    assert not x.mentions, [m.text for m in x.mentions]


@pytest.mark.parametrize("i, kind, name, quote", cases(("本地电讯商", "晶片设计商", "物业发展商"), ("港讯通", "鸿宇"),
                                                        QUOTES[:2]))
def test_a_traders_kind_before_a_quoted_name_makes_a_company(extract, i, kind, name, quote):
    opening, closing = quote
    x = extract(article(f"{kind}{opening}{name}{closing}全日急挫9.2%。公司公告显示，其用户数按年增长18%。", i))
    assert_said_by(x, i, "其用户数按年增长18%", name)


@pytest.mark.parametrize("i, verb, thing", cases(("公布", "发布", "披露"), ("季度业绩", "年报")))
def test_a_thing_published_then_after_is_a_time(extract, i, verb, thing):
    x = extract(article(f"个股方面，港讯通{verb}{thing}后升4.1%。", i))
    assert claim_of(x, written(i, f"个股方面，港讯通{verb}{thing}后升4.1%")).speaker.kind == "author"


@pytest.mark.parametrize("i, title, name", cases(("监制", "编剧", "出品人", "比赛监督", "总教练"), ("欧阳景辉", "禤浩然")))
def test_a_maker_of_a_film_or_an_official_of_a_match_is_a_title(extract, i, title, name):
    x = extract(article(f"{title}{name}则指出，近年本地中小成本项目融资困难。", i))
    assert_said_by(x, i, "近年本地中小成本项目融资困难", name)


@pytest.mark.parametrize("i, lead, kind, name", cases(("", "住在东区的"), ("上班族", "果农", "菜农"), ("邝雅婷", "吴秀兰")))
def test_a_kind_of_person_before_a_name_is_apposition(extract, i, lead, kind, name):
    x = extract(article(f"{lead}{kind}{name}说，她五月预购的除湿机至今没有出货。", i))
    assert_said_by(x, i, "她五月预购的除湿机至今没有出货", name)


@pytest.mark.parametrize("i, title, name", cases(("发起人", "联合发起人"), ("张承翰", "欧阳佩玲")))
def test_one_who_starts_or_convenes_a_group_is_titled(extract, i, title, name):
    x = extract(article(f"环保团体执行长端木芸指出，法案将违背共识；拥核团体{title}{name}则呼吁，立委应以数据来决策。", i))
    assert_said_by(x, i, "立委应以数据来决策", name)


@pytest.mark.parametrize("i, title", cases(("指挥官", "总指挥")))
def test_a_commander_named_by_title_alone_is_an_unnamed_source(extract, i, title):
    x = extract(article(f"应变中心晚间召开工作会报，{title}强调，各地方政府应持续落实预防性撤离。", i))
    assert_unnamed(x, i, "各地方政府应持续落实预防性撤离", title)


@pytest.mark.parametrize("i, body, adverb", cases(("公营医疗机构一名发言人", "一名卫生官员"), ("亦", "也", "则")))
def test_a_clause_of_time_with_an_adverb_glued_to_its_end_stays_in_the_phrase(extract, i, body, adverb):
    x = extract(article(f"{body}日前回应传媒查询时{adverb}称，今年已增加门诊名额约8%。", i))
    assert speaker_at(x, i, "今年已增加门诊名额约8%").kind == "unnamed"


@pytest.mark.parametrize("i, lead, surname, noun", cases(("", "该名曾在分店任职的"), ("何", "陈"), ("女子", "市民")))
def test_a_surname_one_goes_by_modifies_an_unnamed_source(extract, i, lead, surname, noun):
    x = extract(article(f"{lead}{surname}姓{noun}向本报表示，她在职八个月。", i))
    assert speaker_at(x, i, "她在职八个月").kind == "unnamed"


@pytest.mark.parametrize("i, body, pointer", cases(("芯港科技", "鸿宇半导体"), ("这名发言人", "该发言人")))
def test_a_pointer_back_at_a_speaker_of_the_same_sentence(extract, i, body, pointer):
    x = extract(article(f"{body}发言人回应查询时表示，公司运作一切正常，{pointer}又指，公司并无需要披露的事项。", i))
    assert_said_by(x, i, "公司并无需要披露的事项", body)


@pytest.mark.parametrize("i, words", cases(("记者采访中了解到", "也有车主贴出截图称", "有网友贴出截图称")))
def test_a_verb_after_a_role_begins_no_name(extract, i, words):
    x = extract(article(f"{words}，不少家长对这一结论深有同感。", i))
    assert not x.mentions, [m.text for m in x.mentions]


@pytest.mark.parametrize("i, place, level, body", cases(("", "清溪"), ("县", "市"), ("应急管理局", "防汛抗旱指挥部")))
def test_a_bodys_level_alone_before_its_fields_is_part_of_its_name(extract, i, place, level, body):
    x = extract(article(f"{place}{level}{body}发布通告称，全{level}已启动防汛一级应急响应。", i))
    assert_said_by(x, i, f"全{level}已启动防汛一级应急响应", place + level + body)


@pytest.mark.parametrize("i, role, where", cases(("公诉人", "辩护人"), ("当庭", "庭上")))
def test_in_court_stands_between_a_role_and_its_cue(extract, i, role, where):
    x = extract(article(f"{role}{where}表示，被告人长期把公共资源当成个人的生意。", i))
    assert_unnamed(x, i, "被告人长期把公共资源当成个人的生意", role)
