"""Three readings of a sentence's opening words, whatever words fill them:

- 据 + a source + how it found out (据气象部门监测, 據警方初步調查, 据市场监管部门核实): the source
  says the rest of the sentence; 据 + only how (据监测, 據初步檢測) is an unnamed reckoning;
  neither is a claim of the article's own;
- a topic before a speaker whose cue closes the sentence (对于价格战,某某表示担忧) is no claim:
  the topic is what the worry is about, not words anyone said;
- what one thinks or foresees may open with a time (某某认为行业经历调整后,……; 多家券商发布
  研报,认为……后,……): the words are theirs; a clause of time around an act
  (某某公布三季报后,股价大涨) stays the article's.

Names, bodies and numbers are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, cases, claim_of, speaker_at, written

SOURCES = ("气象部门", "警方", "环保部门", "市场监管部门")
METHODS = ("监测", "检测", "核实", "测算", "走访", "分析", "勘查", "抽检", "观测")
FINDINGS = ("今年本市降雨量比常年偏多两成", "涉事餐馆的食材来自无证摊贩")


@pytest.mark.parametrize("i, source, method, finding", cases(SOURCES, METHODS, FINDINGS))
def test_a_source_and_how_it_found_out_say_the_rest(extract, i, source, method, finding):
    x = extract(article(f"据{source}{method}，{finding}。", i))
    speaker = speaker_at(x, i, finding)
    assert (speaker.kind, speaker.key) == ("unnamed", source)
    assert not [c for c in x.claims if c.text.startswith(written(i, "据"))]  # the source phrase is no claim


@pytest.mark.parametrize("i, qualifier, method", cases(("", "初步"), ("监测", "检测", "测算", "核实")))
def test_how_a_finding_was_made_with_no_source_is_an_unnamed_reckoning(extract, i, qualifier, method):
    finding = "全市空气质量优良天数同比增加十二天"
    x = extract(article(f"据{qualifier}{method}，{finding}。", i))
    assert speaker_at(x, i, finding).kind == "unnamed"


@pytest.mark.parametrize("i, source, method", cases(("交警部门", "警方"), ("初步调查", "初步监测", "现场核实", "现场勘查", "实地走访")))
def test_a_qualified_method_leaves_the_source_its_label(extract, i, source, method):
    finding = "事故系货车司机疲劳驾驶所致"
    x = extract(article(f"据{source}{method}，{finding}。", i))
    speaker = speaker_at(x, i, finding)
    assert (speaker.kind, speaker.key) == ("unnamed", source)


TOPICS = ("对于价格战", "关于延迟退休方案", "针对外卖平台的新规", "至于裁员传闻")
WORRIES = ("表示担忧", "表示忧虑", "深表担忧")
NAMES = ("韦嘉禾", "郑宛如", "蒋立峰")


@pytest.mark.parametrize("i, topic, worry, name", cases(TOPICS, WORRIES, NAMES))
def test_a_topic_before_a_closing_cue_is_no_claim(extract, i, topic, worry, name):
    words = "持续降价会压缩企业的研发投入"
    x = extract(article(f"{topic}，行业协会副秘书长{name}{worry}。她说，{words}。", i))
    assert not [c for c in x.claims if c.text == written(i, topic)]
    speaker = speaker_at(x, i, words)
    assert speaker.kind == "entity" and next(m.text for m in x.mentions if m.entity == speaker.key) == written(i, name)


@pytest.mark.parametrize("i, worry", cases(WORRIES))
def test_words_before_a_closing_cue_that_say_something_stay_its_words(extract, i, worry):
    words = "本地中小商户的订单持续减少"
    x = extract(article(f"{words}，行业协会副秘书长韦嘉禾{worry}。", i))
    claim = claim_of(x, written(i, words))
    assert claim.speaker.kind == "entity"


THINKERS = ("分析师蒋立峰", "市民代表郑宛如", "研究员韦嘉禾")
THOUGHTS = ("认为", "预计", "估计", "相信")
WHENS = ("行业经历调整后", "新规实施以后", "疫情结束之后", "价格战结束后")


@pytest.mark.parametrize("i, thinker, thought, when", cases(THINKERS, THOUGHTS, WHENS))
def test_a_thought_that_opens_with_a_time_is_the_thinker_s(extract, i, thinker, thought, when):
    rest = "市场需求会逐步回升"
    x = extract(article(f"{thinker}{thought}{when}，{rest}。", i))
    claim = claim_of(x, written(i, f"{when}，{rest}"))
    assert claim.speaker.kind == "entity"
    assert next(m.text for m in x.mentions if m.entity == claim.speaker.key) == written(i, thinker[-3:])


@pytest.mark.parametrize("i, group, thought", cases(("多家券商", "不少机构", "多位分析师"), ("认为", "预计")))
def test_a_group_s_thought_after_its_act_that_opens_with_a_time_is_the_group_s(extract, i, group, thought):
    rest = "行业底部已经显现"
    x = extract(article(f"{group}近期发布研究报告，{thought}光伏行业经历一年多的降价后，{rest}。", i))
    speaker = speaker_at(x, i, f"光伏行业经历一年多的降价后，{rest}")
    assert (speaker.kind, speaker.key) == ("unnamed", group)


@pytest.mark.parametrize("i, company, act", cases(("星辰科技", "蓝鲸汽车"), ("公布三季报后", "宣布降价后", "发布新品之后")))
def test_a_time_around_an_act_stays_the_article_s(extract, i, company, act):
    x = extract(article(f"{company}{act}，股价连续三天上涨。", i))
    assert speaker_at(x, i, f"{company}{act}，股价连续三天上涨").kind == "author"
