"""What a cue reports after its mark keeps its speaker through a cue inside it that takes its
words with no mark, unless that cue's subject speaks in a voice of its own, whatever words fill
them:

- a body, a thing or an outlet the words mention (部分业者抱怨，政府宣布停课时间太晚; 某某表示，许多
  模型在公开测试集上表现亮眼; 声明指出，近期有媒体报道称……) is part of the words reported;
- someone named, people who speak (一位知情人士, 多位分析师) and one an anaphor points back at
  (对方称) still speak for themselves.

Names and numbers are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, assert_unnamed, cases, speaker_at, written


@pytest.mark.parametrize("i, inner", cases(("政府宣布停课的时间太晚", "许多模型在公开测试集上表现亮眼",
                                              "有媒体报道称双方已签署协议")))
def test_a_body_or_a_thing_inside_reported_words_is_part_of_them(extract, i, inner):
    x = extract(article(f"台风过境后，景区游客大减。部分民宿业者抱怨，{inner}，损失难以估算。", i))
    claim = next(c for c in x.claims if written(i, inner[-6:]) in c.text)
    assert (claim.speaker.kind, claim.speaker.key) == ("unnamed", "部分民宿业者")


@pytest.mark.parametrize("i, outer, cue", cases(("研究员岑立川", "教授邝嘉琪"), ("表示，", "指出，", "认为，")))
def test_a_named_speaker_keeps_the_words_a_thing_opens(extract, i, outer, cue):
    x = extract(article(f"新模型发布后引发热议。{outer}{cue}许多模型在公开测试集上表现亮眼，但在真实任务中未必如此。", i))
    assert_said_by(x, i, "许多模型在公开测试集上表现亮眼", outer[-3:])


@pytest.mark.parametrize("i, inner", cases(("一位知情人士透露", "多位分析师认为")))
def test_people_who_speak_inside_reported_words_speak_for_themselves(extract, i, inner):
    x = extract(article(f"台风过境后，景区游客大减。部分民宿业者抱怨，{inner}游客短期内难以回流。", i))
    assert_unnamed(x, i, "游客短期内难以回流", inner[:-2])


def test_a_counterpart_inside_reported_words_speaks(extract):
    for i in range(6):
        x = extract(article("据警方介绍，王某接到一个自称客服的电话，对方称其购买的商品存在质量问题。", i))
        said = speaker_at(x, i, "其购买的商品存在质量问题")
        assert said.kind == "unnamed" and said.key != "警方"
