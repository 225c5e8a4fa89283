"""Three more readings of who says what, whatever words fill them:

- what a cue of saying, thinking or foreseeing takes may open with where or when (某某表示在
  未来三年……, 有消费者发布视频,称在门店就餐后……, 某某認為在當前環境下……): 在 after the cue is
  no complement of place (写在墙上, 说在前面 are no cues of anyone's words);
- what was told or disclosed with no one named (据介绍, 據透露, 据披露, 据反映) is an unnamed
  source, as 据悉 is; 据某某介绍 stays 某某's;
- the side of a platform, a shop or an event (平台方, 店方, 主办方, 承辦方) speaks as an unnamed
  source, as 校方 and 院方 do, never as an organisation named 平台方.

Names and numbers are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases, speaker_at, written
from claimgraph.models import EntityType

SPEAKERS = ("分析师蒋立峰", "市民代表郑宛如", "研究员韦嘉禾")
CUES = ("表示", "认为", "预计", "称", "透露")
OPENINGS = ("在未来三年", "在当前环境下", "在春节前后")
REST = "本地的房价将保持平稳"


@pytest.mark.parametrize("i, speaker, cue, opening", cases(SPEAKERS, CUES, OPENINGS))
def test_what_is_said_may_open_with_where_or_when(extract, i, speaker, cue, opening):
    x = extract(article(f"{speaker}{cue}{opening}，{REST}。", i))
    assert_said_by(x, i, f"{opening}，{REST}", speaker[-3:])


@pytest.mark.parametrize("i, group", cases(("有消费者", "有网友", "部分家长")))
def test_a_group_s_words_after_its_act_may_open_with_where(extract, i, group):
    told = "在门店就餐后出现了腹泻症状"
    x = extract(article(f"{group}在社交平台发布视频，称{told}。", i))
    speaker = speaker_at(x, i, told)
    assert (speaker.kind, speaker.key) == ("unnamed", group)


@pytest.mark.parametrize("i, text", cases(("这句话写在了墙上。", "他把丑话说在前面。", "韦嘉禾说在嘴上，却从不行动。")))
def test_a_place_after_a_verb_is_no_one_s_words(extract, i, text):
    x = extract(article(text, i))
    assert all(c.speaker.kind == "author" for c in x.claims)


TOLD = ("据介绍", "据透露", "据披露", "据反映")
FACT = "该项目总投资约50亿元"


@pytest.mark.parametrize("i, told", cases(TOLD))
def test_what_was_told_by_no_one_named_is_an_unnamed_source(extract, i, told):
    x = extract(article(f"{told}，{FACT}。", i))
    assert speaker_at(x, i, FACT).kind == "unnamed"
    assert not [c for c in x.claims if c.text.startswith(written(i, told))]


@pytest.mark.parametrize("i, name, verb", cases(("蒋立峰", "郑宛如"), ("介绍", "透露")))
def test_what_a_named_person_told_stays_theirs(extract, i, name, verb):
    x = extract(article(f"项目经理{name}出席了签约仪式。据{name}{verb}，{FACT}。", i))
    assert_said_by(x, i, FACT, name)


SIDES = ("平台方", "店方", "主办方", "承办方", "运营方")


@pytest.mark.parametrize("i, side, cue", cases(SIDES, ("表示", "回应称")))
def test_a_side_speaks_as_an_unnamed_source(extract, i, side, cue):
    words = "已下架全部涉事商品"
    x = extract(article(f"对此，{side}{cue}，{words}。", i))
    speaker = speaker_at(x, i, words)
    assert (speaker.kind, speaker.key) == ("unnamed", side)
    assert not [e for e in x.entities if e.type is EntityType.ORGANIZATION]
