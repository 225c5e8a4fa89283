"""Speakers recalled by the word that introduced them, and effects that are no one's words,
whatever words fill them:

- a role or a source's noun that stood right before a name (控股股东某某集团, 博主“某某”,
  用户某某) is that name's when it later speaks alone (控股股东表示), unless an unnamed source of
  that noun spoke since (另一位用户表示……。用户还表示: the other one's);
- a clause after a cue and a comma that opens with a verb of effect (消息在网络流传,引发市民关注)
  tells what the act brought about, not words; a noun phrase opened by such a verb (导致亏损的
  原因是……) is still the content.

Names and numbers are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases, claim_of, speaker_at, written

CONTENT = "本次股份质押系用于自身生产经营"


@pytest.mark.parametrize("i, noun, name", cases(("控股股东", "大股东", "第一大股东"), ("远峰控股集团有限公司", "星岳投资有限公司")))
def test_a_noun_before_a_name_recalls_it(extract, i, noun, name):
    x = extract(article(f"公司近日接到{noun}{name}的通知。{noun}表示，{CONTENT}。", i))
    assert_said_by(x, i, CONTENT, name)


@pytest.mark.parametrize("i, platform, handle, quote", cases(("微博", "抖音"), ("数码闲聊站", "科技老周"), (("“", "”"), ("「", "」"))))
def test_a_noun_before_a_quoted_name_recalls_it(extract, i, platform, handle, quote):
    first, more = "新机将于明年三月发布", "新机的折痕将明显减轻"
    x = extract(article(f"{platform}博主{quote[0]}{handle}{quote[1]}爆料称，{first}。博主表示，{more}。", i))
    said, again = speaker_at(x, i, first), speaker_at(x, i, more)
    assert said.kind == "entity" and (again.kind, again.key) == (said.kind, said.key)


@pytest.mark.parametrize("i, noun, name", cases(("用户", "车主", "家长"), ("李先生", "柯雨桐")))
def test_another_of_the_kind_who_spoke_since_is_not_the_name(extract, i, noun, name):
    x = extract(article(f"{noun}{name}告诉记者，手机经常死机。另一位{noun}表示，手机很好用。{noun}还表示，售后很差。", i))
    assert speaker_at(x, i, "售后很差").kind == "unnamed"


@pytest.mark.parametrize("i, cue, effect", cases(("流传", "疯传", "传出"), ("引发部分市民关注", "引起热议", "导致房价波动")))
def test_an_effect_after_a_comma_is_no_one_s_words(extract, i, cue, effect):
    x = extract(article(f"近日，一则“东江市将取消住房限购”的消息在网络{cue}，{effect}。", i))
    assert all(c.speaker.kind == "author" for c in x.claims), [(c.text, c.speaker.key) for c in x.claims]


@pytest.mark.parametrize("i, name, verb", cases(("王凯", "柯雨桐"), ("导致", "引发", "造成")))
def test_a_noun_phrase_opened_by_a_verb_of_effect_is_content(extract, i, name, verb):
    content = f"{verb}亏损的主要原因是需求疲软"
    x = extract(article(f"分析师{name}表示，{content}。", i))
    assert_said_by(x, i, content, name)
    claim_of(x, written(i, content))
