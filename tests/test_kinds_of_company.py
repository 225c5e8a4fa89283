"""Companies named by their trade, and players by their place in a team, whatever words fill them:

- a trade before 公司 (配送公司辩称, 快递公司回应称), or one word the dictionary holds for a
  kind of company (物业公司, 保险公司), is an unnamed company, or the organisation named before
  whose name ends in those words; a company the catalog knows (苹果公司) stays itself;
- the places of a team's players (外援, 队长, 控卫) are titles before a name;
- a time word between a titled name and the cue (主帅某某赛后表示) is no part of the name.

Names and numbers are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases, speaker_at, written

CONTENT = "双方签订的是合作协议"


@pytest.mark.parametrize("i, trade, cue", cases(("配送", "快递", "外卖", "物流", "装修", "家政"), ("辩称", "回应称", "表示")))
def test_a_trade_before_company_is_an_unnamed_company(extract, i, trade, cue):
    x = extract(article(f"{trade}公司{cue}，{CONTENT}。", i))
    speaker = speaker_at(x, i, CONTENT)
    assert (speaker.kind, speaker.key) == ("unnamed", trade + "公司")  # keys are folded to simplified


@pytest.mark.parametrize("i, kind, cue", cases(("物业公司", "保险公司", "上市公司"), ("回应称", "表示")))
def test_a_dictionary_word_of_a_kind_of_company_is_an_unnamed_company(extract, i, kind, cue):
    x = extract(article(f"{kind}{cue}，{CONTENT}。", i))
    speaker = speaker_at(x, i, CONTENT)
    assert (speaker.kind, speaker.key) == ("unnamed", kind)


@pytest.mark.parametrize("i, name, cue", cases(("苹果公司", "腾讯公司", "华为公司"), ("回应称", "表示")))
def test_a_company_the_catalog_knows_stays_itself(extract, i, name, cue):
    x = extract(article(f"{name}{cue}，{CONTENT}。", i))
    assert speaker_at(x, i, CONTENT).kind == "entity"


@pytest.mark.parametrize("i, name, cue", cases(("苹果公司", "星岳物流公司"), ("回应称", "表示")))
def test_a_bare_company_word_is_the_company_named_before(extract, i, name, cue):
    x = extract(article(f"{name}上月公布了财报。公司{cue}，{CONTENT}。", i))
    assert_said_by(x, i, CONTENT, name)


@pytest.mark.parametrize("i, title, name, when", cases(("外援", "队长", "控卫", "主帅"), ("郑凯", "柯雨桐"),
                                                       ("赛后", "会后", "")))
def test_a_player_s_place_and_a_time_word_bound_the_name(extract, i, title, name, when):
    content = "球队的配合越来越默契"
    x = extract(article(f"{title}{name}{when}表示，{content}。", i))
    assert_said_by(x, i, content, name)
    assert {m.text for m in x.mentions} == {written(i, name)}
