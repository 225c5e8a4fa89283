"""A sentence that opens with the words just reported, named by their speaker and a noun for
what was said (某某的说法, 某某的这番话, 公司的表态), is the article telling what became of
them, not more of the speaker's words; a copula or a colon after such a noun (某某的判断是,……)
still frames the speaker's own. Names, numbers and sentences are invented."""

from __future__ import annotations

import pytest

from capabilities.cases import half_width, in_script, nth_case

SPEAKERS = (("分析师韩冰表示", "韩冰"), ("瑞丰锂电副总裁欧阳晓指出", "欧阳晓"), ("鹭屿智能在声明中称", "鹭屿智能"))
SAID = ("电池成本今年将下降一成", "行业洗牌才刚刚开始", "新产品的订单已经排到明年")
NOUNS = ("说法", "这番话", "观点", "表态", "言论", "预测")
AFTER = ("在业内引发了不少讨论", "遭到部分投资者质疑", "得到了多位同行的认同")
CASES = 36


def _case(i: int) -> tuple[str, str, str, str]:
    (cue, name), said, noun, after = nth_case(i * 7 % 162, SPEAKERS, SAID, NOUNS[:6], AFTER[:3])
    return cue, name, said, f"{name}的{noun}{after}"


@pytest.mark.parametrize("i", range(CASES))
def test_a_sentence_on_the_words_just_reported_is_the_articles(extract, i):
    cue, name, said, judged = _case(i)
    body = f"{cue}，{said}。{judged}。"
    body, said, judged = in_script(i, half_width(body) if i % 3 == 0 else body, said, judged)
    x = extract(f"电池行业观察\n\n{body}\n")
    first = next(c for c in x.claims if said in c.text)
    assert first.speaker.kind == "entity", (first.text, first.speaker)
    after = [c for c in x.claims if c.span.start >= first.span.end]
    assert after, [c.text for c in x.claims]
    assert all(c.speaker.key != first.speaker.key for c in after), [(c.text, c.speaker.key) for c in after]


@pytest.mark.parametrize("i", range(12))
def test_a_noun_for_words_before_a_copula_frames_the_speakers_own(extract, i):
    (cue, name), said = nth_case(i % 9, SPEAKERS, SAID)
    frame = ("的判断是，", "的看法是：", "的观点是，")[i % 3]
    more = "明年价格还会继续下降"
    body = f"{cue}，{said}。{name}{frame}{more}。"
    text, more = in_script(i, f"电池行业观察\n\n{body}\n", more)
    x = extract(text)
    first = next(c for c in x.claims if c.span.start < text.index(more))
    framed = [c for c in x.claims if more in c.text]
    assert framed and all(c.speaker.key == first.speaker.key for c in framed), \
        [(c.text, c.speaker.key) for c in x.claims]
