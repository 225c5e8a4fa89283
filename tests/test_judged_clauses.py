"""What an evaluating cue judges:

- 批评, 质疑, 斥 before a clause with its own subject and predicate (批评平台反应太慢, 质疑这类产品收集
  健康数据) make that clause the claim, without the verb, as 表示 does: the clause is what the speaker
  holds wrong, named or unnamed (有网友批评……, 也有人质疑……), in a question too;
- before a noun phrase (看好英伟达明年的表现, 质疑某队扳平的十二码判决) the verb stays: without it the
  phrase says nothing;
- the verb's polarity then falls on the judged clause's subject, not on a name inside it.

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, cases, speaker_at, written


@pytest.mark.parametrize("i, who, verb, judged", cases(
    ("李明远", "有网友", "也有人"), ("批评", "质疑", "指责"),
    ("平台反应太慢", "这类产品收集健康数据", "业主只顾租金回报", "市府进度严重落后")))
def test_an_evaluating_cue_before_a_clause_leaves_the_clause(extract, i, who, verb, judged):
    x = extract(article(f"{who}{verb}{judged}。", i))
    speaker = speaker_at(x, i, judged)
    assert speaker.kind != "author", speaker


@pytest.mark.parametrize("i, verb, phrase", cases(("看好", "质疑", "力挺"), ("英伟达明年的表现", "飞马队扳平的十二码判决")))
def test_an_evaluating_cue_before_a_noun_phrase_keeps_its_verb(extract, i, verb, phrase):
    x = extract(article(f"分析师李明远{verb}{phrase}。", i))
    assert any(c.text == written(i, f"{verb}{phrase}") for c in x.claims), [c.text for c in x.claims]


@pytest.mark.parametrize("i, verb, company", cases(("批评", "质疑", "斥"), ("云帆物流", "星澜科技")))
def test_the_verbs_polarity_falls_on_no_name_inside_the_judged_clause(extract, i, verb, company):
    x = extract(article(f"石川集团财务长林佩珊发文，{verb}{company}所指「石川集团仅在北京运营」等关于石川集团的表述均与事实"
                        "严重不符。", i))
    own = {m.entity for m in x.mentions if m.text == written(i, "石川集团")}
    judged = [c for c in x.claims if written(i, "所指") in c.text]
    assert judged and not judged[0].text.startswith(written(i, verb)), [c.text for c in x.claims]
    assert own and not [p for p in judged[0].polarities if p.entity in own and p.polarity.value == "against"], \
        judged[0].polarities
