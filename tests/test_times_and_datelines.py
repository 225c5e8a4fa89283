"""Times of day and datelines with no outlet, whatever words fill them:

- a time of day with its minutes or an approximation (下午3时许, 凌晨4时20分左右, 晚上8点多,
  深夜), cut off alone from a clause with a cue of its own, is no claim, and between a speaker
  and the cue no part of the speaker; a number of the hour in Chinese numerals is one with 时
  (三时许);
- a sentence that opens with a time word and then a subject of its own (……。目前,法院已经
  受理此案) is no longer the words of the speaker before;
- a place's dateline with no outlet before the lead (东京12月2日消息 ……, 香港3日讯: ……) is no
  part of the body; 据某某12月2日消息, is words of the body.

Names and numbers are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, cases, written
from claimgraph.extract.speakers import is_time
from claimgraph.ingest import parse_article


@pytest.mark.parametrize("i, day, hour", cases(("当天", "12月1日", ""), ("下午3时许", "凌晨4时20分左右", "晚上8点多", "深夜11时",
                                                                     "下午三时许")))
def test_a_time_of_day_cut_off_alone_is_no_claim(extract, i, day, hour):
    x = extract(article(f"据民警介绍，{day}{hour}，民警在巡逻时发现一辆白色轿车逆向行驶。", i))
    assert x.claims and all(c.text != written(i, day + hour) for c in x.claims), [c.text for c in x.claims]


@pytest.mark.parametrize("i, hour", cases(("下午3时许", "凌晨4时20分", "晚上8点多")))
def test_a_time_of_day_between_a_speaker_and_the_cue_is_no_part_of_the_speaker(extract, i, hour):
    content = "涉事车辆已被拖离现场"
    x = extract(article(f"交警部门{hour}通报，{content}。", i))
    claim = next(c for c in x.claims if c.text == written(i, content))
    assert (claim.speaker.kind, claim.speaker.key) == ("unnamed", "交警部门")


@pytest.mark.parametrize("word", ["一点", "十分", "许", "多", "分"])
def test_a_word_of_degree_or_a_surname_is_no_time(word):
    assert not is_time(word)


@pytest.mark.parametrize("i, place, date, mark", cases(("东京", "香港", "华盛顿"), ("12月2日", "3日"), ("消息 ", "讯：", "訊 ")))
def test_a_place_s_dateline_with_no_outlet_leaves_the_body(i, place, date, mark):
    lead = "日本央行宣布将短期政策利率上调25个基点。"
    a = parse_article(article(f"{place}{date}{mark}{lead}", i).encode(), "x.txt")
    assert a.text[a.body[0].start:a.body[0].end] == written(i, lead)
    assert a.publisher is None


@pytest.mark.parametrize("i, outlet", cases(("路透社", "彭博社")))
def test_a_source_s_dateline_after_according_to_stays_in_the_body(i, outlet):
    lead = f"据{outlet}12月2日消息，日本央行宣布加息。"
    a = parse_article(article(lead, i).encode(), "x.txt")
    assert a.text[a.body[0].start:a.body[0].end] == written(i, lead)


@pytest.mark.parametrize("i, when, subject", cases(("目前，", "截至目前，", "今年5月，"), ("法院已经受理此案", "市民邵女士已向法院起诉")))
def test_a_sentence_that_opens_with_a_time_then_a_subject_of_its_own_is_not_the_speaker_s(extract, i, when, subject):
    x = extract(article(f"市民邵女士反映，存款不见了。律师屈明哲认为，银行存在一定过错。{when}{subject}。", i))
    claim = next(c for c in x.claims if c.text.endswith(written(i, subject)))
    assert claim.speaker.kind == "author", claim.speaker
