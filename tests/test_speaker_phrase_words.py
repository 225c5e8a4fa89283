"""The words between a speaker and the cue that name no one: a time word, even one the
segmenter cut in two (上|月, 上周|四); the title marks around an outlet's name (《某某日报》
上月报道称); a count before the role of a body named with its place (西班牙工业部一名发言人).
Names, people and sentences are invented; the outlets and places are real words.
"""

from __future__ import annotations

import pytest

from capabilities.cases import PEOPLE, half_width, in_script, nth_case

TIMES = ("上月", "上周四", "本周一", "上周", "昨日", "今天上午", "下周二")
CUES = ("表示", "指出", "称")
WHAT = "欧盟正在考虑新的电池规则"


@pytest.mark.parametrize("i", range(len(TIMES) * len(CUES)))
def test_a_time_word_between_a_person_and_the_cue_names_no_one(extract, i):
    when, cue = nth_case(i, TIMES, CUES)
    name = PEOPLE[i % len(PEOPLE)]
    body = f"{name}{when}{cue}，{WHAT}。"
    text, name, what = in_script(i, "快讯\n\n" + (half_width(body) if i % 3 == 0 else body) + "\n", name, WHAT)
    x = extract(text)
    claim = next((c for c in x.claims if c.text == what), None)
    assert claim is not None and claim.speaker.kind == "entity", (text, [(c.text, c.speaker) for c in x.claims])
    assert {m.text for m in x.mentions if m.entity == claim.speaker.key} == {name}, [(m.text, m.entity) for m in x.mentions]


OUTLETS = (("华尔街日报", "wsj"), ("金融时报", None), ("经济学人", None))


@pytest.mark.parametrize("i", range(len(OUTLETS) * 4))
def test_an_outlet_in_title_marks_speaks(extract, i):
    (outlet, _), when = nth_case(i, OUTLETS, ("上月", "周二", "", "日前"))
    text, what = in_script(i, f"快讯\n\n《{outlet}》{when}报道称，{WHAT}。\n", WHAT)
    x = extract(text)
    claim = next((c for c in x.claims if c.text == what), None)
    assert claim is not None and claim.speaker.kind == "entity", (text, [(c.text, c.speaker) for c in x.claims])


PLACES = ("西班牙", "葡萄牙", "挪威", "智利")
BODIES = ("工业部", "经济部", "能源署", "统计局")


@pytest.mark.parametrize("i", range(len(PLACES) * len(BODIES)))
def test_a_counted_spokesperson_of_a_placed_body_speaks_for_the_body(extract, i):
    place, body = nth_case(i, PLACES, BODIES)
    count = ("一名", "一位", "")[i % 3]
    text, name, what = in_script(i, f"快讯\n\n{place}{body}{count}发言人则表示，政府欢迎任何能创造就业的投资。\n",
                                 place + body, "政府欢迎任何能创造就业的投资")
    x = extract(text)
    claim = next((c for c in x.claims if c.text == what), None)
    named = {m.entity for m in x.mentions if m.text == name}
    assert claim is not None and claim.speaker.key in named, (text, [(c.text, c.speaker) for c in x.claims],
                                                              [(m.text, m.rule) for m in x.mentions])
