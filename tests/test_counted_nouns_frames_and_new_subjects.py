"""Where a cue word is no cue, what frames a clause, and where the speaker's words end:

- a verb of saying after an ordinal or a count and its classifier (接到首起投诉, 收到一封投诉) is a
  noun, what was counted: no cue, and the words after it stay the speaker's before;
- a clause that only tells within what span of time (离职后三个月内, 上市后两年内) frames the clause
  after it: one claim with it;
- a stage direction in brackets at a claim's start or end (（笑）, (苦笑)) is no part of it;
- 某某一边……,一边对记者说 after a quotation only frames it: no claim, and the words are the person's;
- a sentence that opens with 他的 or 她的 (他的担忧不无道理) tells of the speaker: the article's words;
- a verb of expecting after a thing (召回费用预计在……) names no speaker;
- a company's legal form after a trade (启航物流有限公司) makes a company's name of a word the
  dictionary holds as a verb.

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases, quotes, speaker_at, types_written, written
from claimgraph.models import EntityType

_WHO = (("秘书长", "何丽萍"), ("主任", "欧阳明轩"), ("会长", "孙立群"))


@pytest.mark.parametrize("i, who, counted", cases(_WHO, ("首起投诉", "第一起投诉", "一封投诉", "三起投诉")))
def test_a_counted_complaint_is_no_cue(extract, i, who, counted):
    o, c = quotes(i)
    title, name = who
    body = f"消费者协会{title}{name}指出，厂家早在去年11月就已接到{counted}，{o}拖了整整四个月才行动，说明厂家不重视安全{c}。"
    x = extract(article(body, i))
    keys = {m.entity for m in x.mentions if m.text == written(i, name)}
    said = [c_ for c_ in x.claims if written(i, "拖了整整四个月才行动") in c_.text]
    assert said and said[0].speaker.key in keys, [(c_.text, c_.speaker) for c_ in x.claims]
    assert any(written(i, "厂家早在去年11月就已接到") in c_.text and c_.speaker.key in keys
               for c_ in x.claims), [(c_.text, c_.speaker) for c_ in x.claims]


@pytest.mark.parametrize("i, within, _", cases(("离职后三个月内", "上市后两年内", "新规实施后30天以内", "合同签订后一周内"),
                                            range(2)))
def test_a_span_of_time_frames_the_next_clause(extract, i, within, _):
    x = extract(article(f"{within}，其中至少47家客户转与另一家物流公司合作。", i))
    assert not any(c.text == written(i, within) for c in x.claims), [c.text for c in x.claims]
    assert any(c.text.startswith(written(i, within)) for c in x.claims), [c.text for c in x.claims]


@pytest.mark.parametrize("i, aside, where", cases(("笑", "苦笑", "停顿"), ("start", "end")))
def test_a_stage_direction_is_no_part_of_the_claim(extract, i, aside, where):
    answer = f"（{aside}）皇甫院长是我的老师，他说话一向直接。" if where == "start" else f"皇甫院长是我的老师（{aside}）。他说话一向直接。"
    x = extract(article(f"记者：他批评过你吗？\n\n诸葛立新：{answer}", i, "专访"))
    assert any(c.text == written(i, "皇甫院长是我的老师") for c in x.claims), [c.text for c in x.claims]


@pytest.mark.parametrize("i, name, act", cases(("刘海燕", "司马秋云", "黄德厚"), ("给一只皮鞋换跟", "整理摊位上的鞋线")))
def test_a_frame_of_two_acts_after_a_quotation_is_no_claim(extract, i, name, act):
    o, c = quotes(i)
    body = f"摊主{name}今年57岁。\n\n{o}以前这条巷子里有五个修鞋摊，现在只剩我一个了。{c}{name}一边{act}，一边对记者说。"
    x = extract(article(body, i))
    assert not any(written(i, act) in c_.text for c_ in x.claims), [c_.text for c_ in x.claims]
    assert_said_by(x, i, "以前这条巷子里有五个修鞋摊，现在只剩我一个了", name)


@pytest.mark.parametrize("i, name, his, pronoun", cases(("谭国栋", "孔德明"), ("担忧", "说法", "公司"), ("他", "她")))
def test_his_or_her_opens_the_articles_words(extract, i, name, his, pronoun):
    body = f"小业主协会主席{name}批评，政府限制加租幅度，令长者业主收入大减。{pronoun}的{his}不无道理，当局应考虑设立过渡安排。"
    x = extract(article(body, i))
    assert speaker_at(x, i, f"{pronoun}的{his}不无道理").kind == "author"
    assert_said_by(x, i, "政府限制加租幅度，令长者业主收入大减", name)


@pytest.mark.parametrize("i, noun, verb", cases(("召回费用", "维修支出", "赔偿总额"), ("预计", "预期", "估计")))
def test_a_thing_expected_names_no_speaker(extract, i, noun, verb):
    x = extract(article(f"华岳储能公司在声明中称，目前共收到27起过热报告，{noun}{verb}在1.8亿元左右。", i))
    assert any(written(i, f"{noun}{verb}在1.8亿元左右") in c.text for c in x.claims), [c.text for c in x.claims]


@pytest.mark.parametrize("i, name, trade, form", cases(("启航", "远航", "起航"), ("物流", "科技"), ("有限公司", "股份有限公司")))
def test_a_legal_form_after_a_trade_names_a_company(extract, i, name, trade, form):
    x = extract(article(f"夏侯国庆及其新任职的{name}{trade}{form}被判共同赔偿原雇主86万元。", i))
    assert types_written(x, i, f"{name}{trade}{form}") == {EntityType.ORGANIZATION}, [(m.text, m.rule) for m in x.mentions]
