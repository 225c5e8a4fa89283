"""Asides in round brackets, and griefs told:

- a comma inside brackets closed within the sentence (（男，45岁）, （去年同期为两成，主要来自海外）)
  ends no clause: the speaker before the brackets still governs the words after its cue, and a
  figure's gloss stays with the figure's clause.
- telling of a grief or a wrong (哭诉, 倾诉, 诉说) is a verb of saying, like 诉苦: what follows is the
  teller's words.

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases, speaker_at, written


@pytest.mark.parametrize("i, kind, name, sex, age, cue", cases(
    ("村民", "货车司机", "店主"), ("陈大海", "欧阳秀兰"), ("男", "女"), ("45岁", "62岁"), ("说", "告诉记者")))
def test_a_bracketed_aside_with_a_comma_leaves_the_name_its_cue(extract, i, kind, name, sex, age, cue):
    x = extract(article(f"{kind}{name}（{sex}，{age}）{cue}，水渠已经三年没有人清理了。", i))
    assert_said_by(x, i, "水渠已经三年没有人清理了", name)
    assert not any(written(i, f"{sex}，{age}") in c.text for c in x.claims), [c.text for c in x.claims]


@pytest.mark.parametrize("i, gloss, who", cases(
    ("去年同期为两成，主要来自海外", "较上季度多出1.2亿元，创历史新高"), ("董事长王建国", "财务总监司马文静")))
def test_a_figures_gloss_in_brackets_stays_in_its_clause(extract, i, gloss, who):
    x = extract(article(f"星岚科技第三季度营收增长三成（{gloss}）。{who}表示，明年将继续在东南亚扩张。", i))
    said = [c for c in x.claims if written(i, f"（{gloss}）") in c.text]
    assert said and said[0].text.startswith(written(i, "星岚科技第三季度营收增长三成")), [c.text for c in x.claims]
    assert speaker_at(x, i, "星岚科技第三季度营收增长三成（" + gloss + "）").kind == "author"


@pytest.mark.parametrize("i, who, cue, o", cases(
    ("其妻子", "死者的母亲", "居民李桂芳"), ("对记者哭诉", "向社工倾诉", "哭诉", "向邻居诉说"), ("，", "：")))
def test_telling_a_grief_is_a_verb_of_saying(extract, i, who, cue, o):
    x = extract(article(f"嫌疑人张某已被刑事拘留。{who}在派出所门口{cue}{o}家里已经三个月交不起房租了。", i))
    said = speaker_at(x, i, "家里已经三个月交不起房租了")
    assert said.kind != "author", said
