"""Speakers read by the structure around them, whatever words fill it:

- 老 or 小 and a surname (司机老周说, 小李表示) is a person the article names familiarly; a
  common word of the same shape (老师说) is none;
- a light verb before a word of saying makes it a noun (尚未对此作出回应 is no one's words),
  and with 称 or 表示 after it is part of the cue (某某对此作出回应称,……);
- what a reporter learned from someone (记者从某某获悉, 记者从知情人士处了解到) is theirs;
- a trade alone before an officer (投顾|董事长) names no one: the word before it does
  (某某投顾董事长);
- an officer of a body's department (某部某某司相关负责人) speaks for the body;
- 他 or 她 after an unnamed person who spoke after their quotation (“……”一位分析师告诉记者。他透露)
  is that person;
- a word of saying after a verb of expressing is its object (有商家表达了担忧 frames no clause);
- a person before a colon says what follows it, quoted or not, a relative clause before them
  too (在义乌经营小商品的王女士算了一笔账:……).

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.cases import in_script
from capabilities.said import article, assert_said_by, cases, claim_of, written

CONTENTS = ("抽成降了但派单也少了", "收入没有太大变化", "培训机构数量已压减九成")


FAMILIAR = ("老周", "小李", "老王", "小刘", "老陈", "小杨")


@pytest.mark.parametrize("i, who, name, cue", cases(("司机", "网约车司机", "在南江跑车三年的司机", ""), FAMILIAR,
                                                     ("说", "表示", "告诉记者")))
def test_lao_or_xiao_and_a_surname_is_a_person(extract, i, who, name, cue):
    content = CONTENTS[i % len(CONTENTS)]
    x = extract(article(f"{who}{name}{cue}，{content}。", i))
    assert_said_by(x, i, content, name)


@pytest.mark.parametrize("i, word", list(enumerate(("老师", "老人", "小区", "老乡"))))
def test_a_common_word_of_the_same_shape_is_no_person(extract, i, word):
    x = extract(article(f"{word}说，{CONTENTS[i % len(CONTENTS)]}。", i))
    assert not any(m.rule == "discover.familiar_name.v1" for m in x.mentions), [(m.text, m.rule) for m in x.mentions]


COMPANIES = ("星河科技", "澜川集团", "汀岚证券")
LIGHT = ("作出", "做出", "给予")


@pytest.mark.parametrize("i, company, light", cases(COMPANIES, LIGHT))
def test_a_word_of_saying_after_a_light_verb_is_a_noun(extract, i, company, light):
    x = extract(article(f"{company}发言人表示，公司经营正常。截至目前，另一家公司{company}尚未对此{light}回应。", i))
    late, = in_script(i, "截至目前")
    claims = [(c.text, c.speaker.kind) for c in x.claims]
    assert all(text != late and kind != "unnamed" for text, kind in claims), claims


@pytest.mark.parametrize("i, company, light, cue", cases(COMPANIES, LIGHT, ("称", "表示")))
def test_a_light_verb_and_its_word_of_saying_before_cheng_are_part_of_the_cue(extract, i, company, light, cue):
    content = "公司将调整抽成比例"
    x = extract(article(f"{company}对此{light}回应{cue}，{content}。", i))
    assert_said_by(x, i, content, company)


@pytest.mark.parametrize("i, body, cue", cases(("国家统计局", "星河科技", "澜川集团"), ("获悉", "了解到", "得知")))
def test_what_a_reporter_learned_from_someone_is_theirs(extract, i, body, cue):
    content = CONTENTS[i % len(CONTENTS)]
    x = extract(article(f"{body}发言人表示，工作正在推进。记者从{body}{cue}，{content}。", i))
    assert_said_by(x, i, content, body)


@pytest.mark.parametrize("i, source, cue", cases(("知情人士", "业内人士", "消息人士"), ("处获悉", "处了解到", "获悉")))
def test_what_a_reporter_learned_from_an_unnamed_source_is_theirs(extract, i, source, cue):
    content = CONTENTS[i % len(CONTENTS)]
    x = extract(article(f"记者从{source}{cue}，{content}。", i))
    assert claim_of(x, written(i, content)).speaker.kind == "unnamed"


@pytest.mark.parametrize("i, name, trade", cases(("统一", "永和", "群益", "凯基"), ("投顾", "投信", "期货")))
def test_a_trade_alone_before_an_officer_takes_the_word_before_it_as_its_name(extract, i, name, trade):
    content = "人工智能服务器需求持续强劲"
    x = extract(article(f"{name}{trade}董事长黎建宏表示，{content}。", i))
    spelled, = in_script(i, name + trade)
    assert spelled in {m.text for m in x.mentions}, [m.text for m in x.mentions]
    assert not any(m.text == in_script(i, trade)[0] for m in x.mentions)


@pytest.mark.parametrize("i, body, department, officer", cases(("国家统计局", "教育部", "商务部"),
                                                                 ("基础教育司", "综合司", "外资管理处"),
                                                                 ("相关负责人", "负责人", "有关负责人")))
def test_an_officer_of_a_body_s_department_speaks_for_the_body(extract, i, body, department, officer):
    content = "下一步将继续加强治理"
    x = extract(article(f"{body}发布通知。{body}{department}{officer}表示，{content}。", i))
    assert_said_by(x, i, content, body)


UNNAMED_PEOPLE = ("一家头部电池企业的销售总监", "一位券商分析师", "某车企一名高管")
OPENERS = (("“", "”"), ("「", "」"))


@pytest.mark.parametrize("i, source, quote, pronoun", cases(UNNAMED_PEOPLE, OPENERS, ("他", "她")))
def test_a_pronoun_after_an_unnamed_person_who_spoke_after_their_quote_is_theirs(extract, i, source, quote, pronoun):
    o, c = quote
    content = "部分项目的报价甚至低于成本价"
    x = extract(article(f"{o}价格已经跌到成本线附近。{c}{source}告诉记者。{pronoun}透露，{content}。", i))
    assert claim_of(x, written(i, content)).speaker.kind == "unnamed"


TOPICS = ("涨价", "新规", "派费上调")
WORRIES = ("担忧", "不满", "质疑")


@pytest.mark.parametrize("i, topic, light, worry", cases(TOPICS, ("表达了", "流露出", "表达"), WORRIES))
def test_a_word_of_saying_after_a_verb_of_expressing_is_its_object(extract, i, topic, light, worry):
    x = extract(article(f"对于{topic}，有电商商家{light}{worry}。", i))
    lead = written(i, f"对于{topic}")
    assert all(c.text != lead for c in x.claims), [(c.text, c.speaker.kind) for c in x.claims]


RECKONERS = ("王女士", "李先生", "小刘")
RECKONINGS = ("算了一笔账", "举了个例子", "给记者算了算")


@pytest.mark.parametrize("i, who, reckoning, relative", cases(RECKONERS, RECKONINGS, ("", "在义乌经营小商品的")))
def test_a_person_before_a_colon_says_what_follows_it_unquoted(extract, i, who, reckoning, relative):
    content = "每天发货5000单，一个月就要多支出3万元"
    x = extract(article(f"{who}说，生意越来越难做。{relative}{who}{reckoning}：{content}。", i))
    assert_said_by(x, i, content, who)
