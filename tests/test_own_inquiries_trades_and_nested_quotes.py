"""The paper's own inquiries, trades no dictionary holds, and quotations inside quotations:

- 据本报(此前)调查, 本报认为, 本台获悉: the paper speaks of itself, in the article's voice;
- a trade's word of three characters the dictionary does not hold, ending in 员 or 师 (外送员,
  调音师), before a name is apposition: the name is a person's;
- single quotation marks inside a quotation (“……说：‘……’”) quote too: the marks are no part of
  any claim's words;
- a plant's word (IC设计厂, 芯片厂) before a name of a trade (某某科技) shows a company, which is the
  subject its sentence's later cue leaves out (……，推出……，宣称……);
- the capacity one speaks in (作为企业负责人，……) frames the clause after it, no claim of its own;
- what a study shows, cited by one the article names (据某某介绍，初步调查显示，……), is theirs;
- 有一次 (once) before a speaker is a time, no group the article counts;
- a time word the segmenter cut after its first character (上|月) is no part of the name before it
  (某某生技上|月宣布);
- 诉 between two companies' names (某某物流有限公司诉某某快运股份有限公司) and what a company owns
  (旗下|资产管理) are no part of a name, and a trade the dictionary tags as a verb (速递) is one;
- one of the sources named before (两名知情人士……。其中一位表示) is the same unnamed source;
- inside a quotation, what someone said made the subject of a verdict (“业者说通过检查，不代表就没有
  问题”) is the speaker's words.

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import (article, assert_said_by, assert_some_unnamed, cases, quotes, types_written,
                               written)
from claimgraph.models import EntityType


@pytest.mark.parametrize("i, paper, when, how", cases(("本报", "本台", "本刊"), ("此前", ""), ("调查", "统计")))
def test_the_papers_own_inquiry_is_the_articles_voice(extract, i, paper, when, how):
    x = extract(article(f"据{paper}{when}{how}，部分商圈停车场连续停放8小时收费超过120元。", i))
    said = [c for c in x.claims if written(i, "部分商圈停车场连续停放8小时收费超过120元") in c.text]
    assert said and said[0].speaker.kind == "author", [(c.text, c.speaker) for c in x.claims]


@pytest.mark.parametrize("i, trade, name", cases(("外送员", "调音师", "理货员"), ("廖志明", "欧阳秋燕")))
def test_a_trade_the_dictionary_lacks_before_a_name_makes_a_person(extract, i, trade, name):
    x = extract(article(f"{trade}{name}等4人主张与平台存在雇佣关系。{name}告诉记者，他每天跑12小时。", i))
    assert types_written(x, i, name) == {EntityType.PERSON}
    assert_said_by(x, i, "他每天跑12小时", name)


@pytest.mark.parametrize("i, inner", cases(("小郑对我比儿子还好", "你走了，公司就完了")))
def test_single_quotation_marks_inside_a_quotation_are_no_part_of_its_words(extract, i, inner):
    o, c = quotes(i)
    x = extract(article(f"承办法官上官丽华说，部分老人不信自己被骗。{o}有位老人跟我说：‘{inner}。’{c}她说。", i))
    assert not any("‘" in claim.text or "’" in claim.text for claim in x.claims), [cl.text for cl in x.claims]
    assert any(written(i, inner) in claim.text for claim in x.claims), [cl.text for cl in x.claims]


@pytest.mark.parametrize("i, plant, company", cases(("IC设计厂", "芯片厂", "封装厂"), ("星澜科技", "岚峰半导体")))
def test_a_plants_word_before_a_trade_name_shows_a_company_that_speaks_on(extract, i, plant, company):
    x = extract(article(f"{plant}{company}今日在竹岭举行新品发表会，推出首款笔电芯片，宣称效能较竞争对手高出约20%。", i))
    assert types_written(x, i, company) == {EntityType.ORGANIZATION}
    assert_said_by(x, i, "效能较竞争对手高出约20%", company)


@pytest.mark.parametrize("i, role", cases(("企业负责人", "一名老党员", "家长")))
def test_the_capacity_one_speaks_in_frames_the_clause_after_it(extract, i, role):
    o, c = quotes(i)
    x = extract(article(f"总裁端木志刚说，公司道歉。{o}作为{role}，我对这两起事故负有责任，{c}他说。", i))
    assert not any(cl.text == written(i, f"作为{role}") for cl in x.claims), [cl.text for cl in x.claims]


@pytest.mark.parametrize("i, name, study", cases(("杨帆", "欧阳志远"), ("初步调查", "内部调查", "检测报告")))
def test_a_study_cited_by_a_named_source_is_theirs(extract, i, name, study):
    x = extract(article(f"据公司技术副总裁{name}介绍，{study}显示，起火原因可能与电芯缺陷有关。", i))
    said = [c for c in x.claims if written(i, "起火原因可能与电芯缺陷有关") in c.text]
    assert said and said[0].speaker.kind == "entity", [(c.text, c.speaker) for c in x.claims]


@pytest.mark.parametrize("i, once", cases(("有一次", "有一回", "有时候")))
def test_once_before_a_speaker_is_no_group(extract, i, once):
    x = extract(article(f"记者：怎么谈成的？\n\n吕明哲：其实谈了快两年。{once}我跟他说，我们要的不是一笔钱。", i))
    said = [c for c in x.claims if written(i, "我们要的不是一笔钱") in c.text]
    assert said and said[0].speaker.kind == "entity", [(c.text, c.speaker) for c in x.claims]


@pytest.mark.parametrize("i, company, when", cases(("青松生技", "岚桥生医"), ("上月", "上周", "本月")))
def test_a_time_word_cut_after_its_first_character_is_no_part_of_a_name(extract, i, company, when):
    x = extract(article(f"{company}{when}宣布，将新药授权给艾伦制药。", i))
    assert not any(m.text.endswith(written(i, company + when[0])) for m in x.mentions), \
        [(m.text, m.rule) for m in x.mentions]


@pytest.mark.parametrize("i, plaintiff, defendant", cases(
    ("蓝湾物流有限公司", "岚桥仓储有限公司"), ("顺达快运股份有限公司", "恒澄速递股份有限公司")))
def test_a_suits_su_between_two_names_is_no_part_of_either(extract, i, plaintiff, defendant):
    x = extract(article(f"江州市中级人民法院对{plaintiff}诉{defendant}不正当竞争纠纷一案作出一审判决。", i))
    assert types_written(x, i, defendant) == {EntityType.ORGANIZATION}


@pytest.mark.parametrize("i, company", cases(("金桥控股", "岚峰集团")))
def test_what_a_company_owns_is_no_name_of_its_own(extract, i, company):
    x = extract(article(f"{company}近期正洽售旗下资产管理业务。", i))
    assert not any("旗下" in m.text for m in x.mentions), [(m.text, m.rule) for m in x.mentions]


@pytest.mark.parametrize("i, sources, one", cases(("两名知情人士", "多位业内人士"), ("其中一位", "其中一名", "其中一人")))
def test_one_of_the_sources_named_before_is_that_source(extract, i, sources, one):
    x = extract(article(f"{sources}透露，双方已接触数月。{one}表示，作价仍有分歧。", i))
    assert_some_unnamed(x, i, "作价仍有分歧")


@pytest.mark.parametrize("i, who, verdict", cases(("业者", "公司"), ("不代表", "并不意味着", "不等于")))
def test_words_made_the_subject_of_a_verdict_in_a_quotation_are_the_speakers(extract, i, who, verdict):
    o, c = quotes(i)
    x = extract(article(f"环保局长赖文山直言：{o}{who}说通过检查，{verdict}就没有问题。{c}", i))
    said = [cl for cl in x.claims if written(i, "就没有问题") in cl.text]
    assert said and said[0].speaker.kind == "entity", [(cl.text, cl.speaker) for cl in x.claims]
