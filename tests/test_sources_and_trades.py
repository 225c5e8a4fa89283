"""Sources, companies and verdicts read by the structure around them, whatever words fill it:

- a report that cites someone's words (报道援引知情人士的话说) gives them as an unnamed
  source's: 的话 before 说 is no sentence adverb (话说);
- a name and a run of trade words (某某能源科技, 某某电子科技, 某某生物医药) is a company where
  the context shows one, and a title after it (某某资本基金经理) is no part of it;
- a sentence that opens with a lead-in (对此, 不过) has its subject after it: a cue with no
  subject of its own after a company's act (某某今天发出声明,强调……) is the company's;
- a noun of a company's kind (市场研究机构, 设备大厂) bounds a name after it whatever the dictionary makes of its
  words (市场研究机构远见咨询表示);
- a negation reaches an evaluative noun through an aspect particle and its modifier too
  (从未发生过起火事故 is no fault).

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.cases import in_script
from capabilities.said import article, assert_said_by, cases, claim_of, written

CONTENTS = ("首个数据中心最快将于2027年投入使用", "新工厂将在明年二季度投产", "这笔交易仍需监管部门批准")


SOURCES = ("知情人士", "一名官员", "一位接近交易的人士", "消息人士")
CITING = ("援引", "引述")


@pytest.mark.parametrize("i, source, citing, cue", cases(SOURCES, CITING, ("说", "称")))
def test_a_report_citing_someone_s_words_gives_them_as_an_unnamed_source_s(extract, i, source, citing, cue):
    content = CONTENTS[i % len(CONTENTS)]
    x = extract(article(f"据外媒报道，多家公司计划在东南亚投资。报道{citing}{source}的话{cue}，{content}。", i))
    assert claim_of(x, written(i, content)).speaker.kind == "unnamed"


NAMES = ("光速", "星河", "澜川", "汀岚")
TRADES = ("能源科技", "智能科技", "电子科技", "生物医药", "信息技术", "网络科技")
CUES = ("表示", "今天宣布", "发布声明称")


@pytest.mark.parametrize("i, name, trades, cue", cases(NAMES, TRADES, CUES))
def test_a_name_and_a_run_of_trade_words_is_a_company(extract, i, name, trades, cue):
    content = CONTENTS[i % len(CONTENTS)]
    x = extract(article(f"{name}{trades}{cue}，{content}。", i))
    assert_said_by(x, i, content, name + trades)


@pytest.mark.parametrize("i, name, title", cases(NAMES, ("基金经理", "投资总监")))
def test_a_title_after_a_trade_word_is_no_part_of_the_company(extract, i, name, title):
    x = extract(article(f"{name}资本{title}钟雨桐表示，{CONTENTS[i % len(CONTENTS)]}。", i))
    spelled, = in_script(i, f"{name}资本")
    assert spelled in {m.text for m in x.mentions}, [m.text for m in x.mentions]


LEADS = ("对此", "不过", "与此同时", "此外")
ACTS = ("今天发出声明", "今天发布声明", "随后召开发布会")


@pytest.mark.parametrize("i, lead, act", cases(LEADS, ACTS))
def test_a_cue_with_no_subject_after_a_company_s_act_is_the_company_s(extract, i, lead, act):
    name = NAMES[i % len(NAMES)] + "能源科技"
    content = "事故电池并非该公司产品"
    x = extract(article(f"{lead}，{name}{act}，强调{content}。", i))
    assert_said_by(x, i, content, name)


BRANDS = ("远见", "洞察", "前瞻", "星野")


@pytest.mark.parametrize("i, kind, brand, cue", cases(("市场研究机构", "调研机构", "咨询机构"), BRANDS,
                                                       ("表示", "的数据显示", "在报告中预计")))
def test_a_kind_before_a_name_bounds_it_whatever_its_words(extract, i, kind, brand, cue):
    content = "东南亚数据中心市场规模到2030年将达到300亿美元"
    x = extract(article(f"{kind}{brand}咨询{cue}，{content}。", i))
    assert_said_by(x, i, content, f"{brand}咨询")


@pytest.mark.parametrize("i, negation, modifier, fault", cases(("从未发生过", "没有出现过", "从来没有发生过"),
                                                                ("起火", "安全", "质量"), ("事故", "问题")))
def test_a_negation_reaches_a_fault_through_a_particle_and_its_modifier(extract, i, negation, modifier, fault):
    x = extract(article(f"光速能源总经理钟雨桐表示，公司的换电站{negation}{modifier}{fault}。", i))
    claim = claim_of(x, written(i, f"公司的换电站{negation}{modifier}{fault}"))
    assert [p.polarity.value for p in claim.polarities] in ([], ["favor"]), claim.polarities


@pytest.mark.parametrize("i, kind, name, gloss", cases(("半导体设备大厂", "全球设备大厂", "面板大厂"),
                                                       ("晶原科技", "澜川电子", "汀岚光电"), ("", "（CrystalOrigin）")))
def test_a_big_maker_before_a_name_is_the_kind_of_the_company(extract, i, kind, name, gloss):
    content = "公司将投资300亿元设立研发中心"
    x = extract(article(f"{kind}{name}{gloss}今天宣布，{content}。", i))
    assert_said_by(x, i, content, name)
