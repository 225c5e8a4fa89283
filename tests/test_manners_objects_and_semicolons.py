"""Manners of saying, whose people speak, objects, quotations with a comment after them,
semicolons and what is spread, whatever words fill them:

- an adverb the dictionary tags as one (初步, 随即, 一再) between a speaker and the cue is the
  manner of saying (警方初步调查认为); one that negates, obliges or pairs (尚未, 必须, 一边) makes
  a predicate, and no cue after it speaks;
- customer service and an agent on their own (客服表示, 经纪人称) are unnamed sources, and so is
  a person's lawyer, agent or assistant (某某的律师表示): someone of theirs, not the person; a
  person's team (某某的团队) and a company's spokesperson (某某的发言人) stay theirs;
- a person who acts on someone (林女士联系店铺工作人员要求……) makes that someone an object, no
  speaker; what a person owns (某某所属公司工作人员表示) still speaks;
- a quotation that is all a cue says, then a comma and a contrast (表示“正在调研”,但……), ends
  the words: the contrast is the narrator's; another cue after it (并承诺……) goes on;
- a cue's words run over semicolons to the sentence's end (专家提醒,……;……。), unless the clause
  after the semicolon opens with someone else (……;次日,另一家公司……);
- a reporting word before what it spread (外传消息, 传闻内容) is no source: 外传消息纯属捏造 inside
  a company's statement stays the company's.

Names and numbers are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases, speaker_at, written

CONTENT = "货车司机连续驾驶超过6小时"


# -- adverbs of manner --------------------------------------------------------------------------------


@pytest.mark.parametrize("i, source, manner, cue", cases(("警方", "交警部门", "调查组"), ("初步", "随即", "一再"),
                                                         ("认为", "指出")))
def test_an_adverb_of_manner_before_the_cue_leaves_the_source_speaking(extract, i, source, manner, cue):
    x = extract(article(f"{source}{manner}{cue}，{CONTENT}。", i))
    speaker = speaker_at(x, i, CONTENT)
    assert (speaker.kind, speaker.key) == ("unnamed", source)


@pytest.mark.parametrize("i, name, manner", cases(("祁振宇", "邬海岚"), ("初步", "随即", "一再")))
def test_an_adverb_of_manner_after_a_name_is_no_part_of_it(extract, i, name, manner):
    x = extract(article(f"研究员{name}{manner}表示，{CONTENT}。", i))
    assert_said_by(x, i, CONTENT, name)


@pytest.mark.parametrize("i, body, adverb", cases(("税务部门", "交警部门"), ("尚未", "并未", "一边")))
def test_an_adverb_that_negates_or_pairs_makes_a_predicate(extract, i, body, adverb):
    text = f"{body}{adverb}就此事发布通报"
    x = extract(article(f"截至发稿，{text}。", i))
    assert all(c.speaker.kind == "author" for c in x.claims), [(c.text, c.speaker) for c in x.claims]


# -- staff, agents and someone's people ----------------------------------------------------------------


@pytest.mark.parametrize("i, role, cue", cases(("客服", "经纪人"), ("表示", "称", "回应说")))
def test_customer_service_or_an_agent_alone_is_an_unnamed_source(extract, i, role, cue):
    content = "商品可以退货退款"
    x = extract(article(f"记者随后联系了对方。{role}{cue}，{content}。", i))
    speaker = speaker_at(x, i, content)
    assert (speaker.kind, speaker.key) == ("unnamed", role)


@pytest.mark.parametrize("i, title, name, role", cases(("经理", "演员"), ("邝思远", "蒲雅琴"), ("律师", "经纪人")))
def test_a_person_s_lawyer_or_agent_is_someone_of_theirs(extract, i, title, name, role):
    content = "当事人从未参与公司经营"
    x = extract(article(f"{title}{name}昨日未公开露面。{name}的{role}表示，{content}。", i))
    speaker = speaker_at(x, i, content)
    assert (speaker.kind, speaker.key) == ("unnamed", f"{name}的{role}")


@pytest.mark.parametrize("i, title, name", cases(("经理", "教授"), ("邝思远", "蒲雅琴")))
def test_a_person_s_team_stays_theirs(extract, i, title, name):
    content = "实验结果已经得到复现"
    x = extract(article(f"{title}{name}昨日发表了论文。{name}的团队表示，{content}。", i))
    assert_said_by(x, i, content, name)


@pytest.mark.parametrize("i, person, verb, staff", cases(("市民邵女士", "律师邵雅琴"), ("联系", "找到", "致电"),
                                                        ("店铺工作人员", "商场员工", "店铺律师")))
def test_a_person_acting_on_someone_makes_them_no_speaker(extract, i, person, verb, staff):
    x = extract(article(f"随后，{person}{verb}{staff}要求退一赔三。", i))
    assert all(c.speaker.kind != "unnamed" for c in x.claims), [(c.text, c.speaker) for c in x.claims]


@pytest.mark.parametrize("i, person, staff", cases(("演员邵雅琴", "经理邝思远", "市民邵女士"), ("工作人员",)))
def test_what_a_person_owns_still_speaks(extract, i, person, staff):
    content = "门店可以办理退货"
    x = extract(article(f"{person}所属公司{staff}表示，{content}。", i))
    assert speaker_at(x, i, content).kind == "unnamed"


# -- a quotation, then a comment ------------------------------------------------------------------------


@pytest.mark.parametrize("i, source, q, contrast", cases(("一些地方教育部门", "项目经理邝思远"), (("“", "”"), ("「", "」")),
                                                         ("但", "不过", "然而")))
def test_a_contrast_after_a_quotation_that_is_all_a_cue_says_is_the_narrator_s(extract, i, source, q, contrast):
    comment = f"{contrast}调研总得有个期限"
    x = extract(article(f"{source}表示{q[0]}正在调研{q[1]}，{comment}。", i))
    assert speaker_at(x, i, "正在调研").kind != "author"
    assert speaker_at(x, i, comment).kind == "author"


@pytest.mark.parametrize("i, q, cue", cases((("“", "”"), ("「", "」")), ("并承诺", "并强调", "还指出")))
def test_another_cue_after_the_quotation_goes_on(extract, i, q, cue):
    x = extract(article(f"项目经理邝思远表示{q[0]}会尽快处理{q[1]}，{cue}下月完成整改。", i))
    assert_said_by(x, i, "会尽快处理", "邝思远")
    claim = next(c for c in x.claims if c.text.endswith(written(i, "下月完成整改")))
    assert_said_by(x, i, claim.text, "邝思远")


# -- semicolons ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("i, source, cue", cases(("专家", "研究员邬海岚"), ("提醒", "建议", "指出")))
def test_a_cue_s_words_run_over_semicolons_to_the_full_stop(extract, i, source, cue):
    first, second = "农业大棚要及时清扫积雪", "畜牧业要做好牲畜防寒工作"
    x = extract(article(f"{source}{cue}，{first}；{second}。随后气温继续下降。", i))
    assert speaker_at(x, i, second) == speaker_at(x, i, first).model_copy(
        update={"rule": "attribution.semicolon_continuation.v1"})
    assert speaker_at(x, i, "随后气温继续下降").kind == "author"


@pytest.mark.parametrize("i, other, when", cases(("谷歌", "百度", "华为"), ("次日，", "随后，", "")))
def test_a_clause_after_a_semicolon_that_opens_with_someone_else_is_not_the_words_before(extract, i, other, when):
    act = f"{other}发布了视频模型"
    x = extract(article(f"研究员邬海岚指出，行业竞争正在加剧；{when}{act}。", i))
    assert speaker_at(x, i, f"{when}{act}").kind == "author"


# -- what is spread --------------------------------------------------------------------------------------


@pytest.mark.parametrize("i, rumour, thing", cases(("外传", "传闻", "网传"), ("消息", "内容", "视频")))
def test_a_reporting_word_before_what_it_spread_is_no_source(extract, i, rumour, thing):
    judged = f"{rumour}{thing}纯属捏造"
    x = extract(article(f"曜石科技发布声明称，{judged}，公司经营一切正常。", i))
    assert_said_by(x, i, judged, "曜石科技")


@pytest.mark.parametrize("i, rumour", cases(("外传", "传闻", "据传")))
def test_a_reporting_word_before_a_clause_is_still_its_source(extract, i, rumour):
    content = "曜石科技将推出折叠屏手机"
    x = extract(article(f"{rumour}{content}。", i))
    assert speaker_at(x, i, content).kind == "unnamed"
    assert written(i, content) in {c.text for c in x.claims}


@pytest.mark.parametrize("i, when, other", cases(("次日，", "同日，", "10月27日，"), ("远航汽车", "星曜科技")))
def test_a_clause_after_a_semicolon_that_opens_with_a_time_is_not_the_words_before(extract, i, when, other):
    act = f"{when}{other}也推出了优惠活动"
    x = extract(article(f"启辰新能源宣布，旗下车型限时优惠最高达2.5万元；{act}。", i))
    assert speaker_at(x, i, act).kind == "author"
