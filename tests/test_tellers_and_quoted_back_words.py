"""Small shapes of attribution, read by their structure, whatever words fill them:

- a verb of telling what happened before a comma or a colon (讲述, 叙述, 转述) is a cue;
- a speaker who speaks for themself (我个人觉得, 他本人表示) is the speaker, and the frame
  is no claim of its own;
- a sentence that quotes back the words just reported to judge them (然而,所谓“平衡”,……) is
  the article's, not more of the speaker's;
- a surname and its particle (一位姓孟的女士) and a question's words (有什么建议) name no one;
- a question whose first clause only names a topic (最后一个问题,您……?) asserts nothing.

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases, quotes, speaker_at, written
from claimgraph.models import EntityType

TELLING = ("讲述", "叙述", "转述")
TELLERS = (("副区长", "吕伟杰"), ("现场指挥官", "欧阳涛"), ("值班经理", "孙雅"))
WORDS = ("起火单位为一间家具仓库", "两名工人已被送往医院", "火势在一小时内得到控制")


@pytest.mark.parametrize("i, verb, teller, words", cases(TELLING, TELLERS, WORDS))
def test_a_verb_of_telling_before_a_comma_is_a_cue(extract, i, verb, teller, words):
    title, name = teller
    x = extract(article(f"{title}{name}在现场向传媒{verb}，{words}。", i))
    assert_said_by(x, i, words, name)
    assert not any(written(i, verb) in c.text for c in x.claims)


@pytest.mark.parametrize("i, self_word, cue", cases(("个人", "本人"), ("觉得", "认为", "表示")))
def test_one_who_speaks_for_themself_frames_no_claim(extract, i, self_word, cue):
    words = "他们扩张得有点太快了"
    subject = "我" if self_word == "个人" else "王凯"
    x = extract(article(f"分析师王凯说，蓝海智能的团队很优秀。不过{subject}{self_word}{cue}，{words}。", i))
    assert not any(c.text.endswith(written(i, f"{self_word}{cue}")) for c in x.claims), [c.text for c in x.claims]
    if subject == "王凯":
        assert_said_by(x, i, words, "王凯")


@pytest.mark.parametrize("i, term", cases(("平衡", "务实", "创新")))
def test_words_quoted_back_to_judge_them_are_the_articles(extract, i, term):
    opening, closing = quotes(i)
    judged = f"所谓{opening}{term}{closing}，往往只是向强势一方倾斜的代名词"
    x = extract(article(f"局长上官立言形容，新措施是{opening}{term}的方案{closing}。然而，{judged}。", i))
    claim = next(c for c in x.claims if written(i, "往往只是") in c.text)
    assert claim.speaker.kind == "author", (claim.text, claim.speaker)


@pytest.mark.parametrize("i, surname, who", cases(("孟", "蔺", "柯"), ("女士", "先生", "老人")))
def test_a_surname_and_its_particle_name_no_one(extract, i, surname, who):
    opening, closing = quotes(i)
    words = "这个价格简直是抢钱"
    x = extract(article(f"一位姓{surname}的{who}直言：{opening}{words}。{closing}", i))
    assert not any(e.type is EntityType.PERSON for e in x.entities), [e.label_zh for e in x.entities]
    assert speaker_at(x, i, words).kind == "unnamed"


@pytest.mark.parametrize("i, words, lead", cases(("有什么建议", "有什么看法", "怎么评价这件事"), ("最后一个问题", "第二个问题")))
def test_a_question_names_no_one_and_its_topic_asserts_nothing(extract, i, words, lead):
    x = extract(article(f"问：{lead}，您对刚入行的年轻工程师{words}？\n\n答：少追热点，多去工厂。", i))
    assert not any(e.type is EntityType.PERSON for e in x.entities), [e.label_zh for e in x.entities]
    assert not any(written(i, lead) in c.text for c in x.claims), [c.text for c in x.claims]
