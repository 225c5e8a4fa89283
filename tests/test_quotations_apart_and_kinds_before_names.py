"""Where quoted words end and who a name or a pronoun is, whatever words fill them:

- a quotation that opens its sentence and closes after a full stop of its own, with no cue after
  it, is the words of whoever spoke before; the words after it are a sentence of their own
  (“……。”这位负责人要求匿名);
- an ASCII full stop after a quotation mark that closes Chinese words ends the sentence
  (……的事实".公告显示,……);
- a quotation that ends in a question keeps the clauses before the asking one that assert
  something (“……还会出现好几起，问题是，整合之后真的能赚钱吗？”);
- 他 or 她 after a source counted as one person (某某协会一位不愿具名的专家) stands for that source;
- a cue word of telling after a verb of receiving or publishing is its object, a noun (收到降价通知);
- a company named after its kind (金融科技公司某某数码) speaks under its name; a trade glued to a
  company's name before an analyst (某某资本消费电子分析师) is what the analyst covers, no company;
- a quotation inside a cue's words that closes after a full stop of its own ends the words the
  cue reports (她表示，……，“……。”她已到警署报案: the report is the article's);
- a cue inside a condition (如果社区医生判断需要转诊，……) is part of what the condition supposes.

Names and numbers are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, assert_unnamed, cases, claim_of, speaker_at, written

QUOTES = (("“", "”"), ("「", "」"), ('"', '"'))


@pytest.mark.parametrize("i, quote, source, after", cases(
    QUOTES, ("一家初创公司的技术负责人", "一位不愿具名的基金经理"), ("这位负责人要求匿名", "记者随后联系了该公司")))
def test_a_quotation_with_no_cue_after_it_is_the_last_speakers(extract, i, quote, source, after):
    o, c = quote
    x = extract(article(f"{source}对记者说，模型只是引流的工具。{o}我们没有云业务托底，跟着降价就是找死。{c}{after}。", i))
    assert_unnamed(x, i, "我们没有云业务托底，跟着降价就是找死", source)
    said = speaker_at(x, i, after)
    assert said.kind == "author"


@pytest.mark.parametrize("i, quote, name", cases(QUOTES, ("岑立川", "邝嘉琪")))
def test_words_after_a_named_speakers_quotation_are_apart(extract, i, quote, name):
    o, c = quote
    x = extract(article(f"星河科技工程师{name}表示，新模型仍有缺陷。{o}上线前还要再测三个月。{c}记者随后联系了该公司。", i))
    assert_said_by(x, i, "上线前还要再测三个月", name)
    claim_of(x, written(i, "记者随后联系了该公司"))


@pytest.mark.parametrize("i, quote, cue", cases(QUOTES, ("回应称", "反驳说")))
def test_an_ascii_full_stop_after_a_quotation_ends_the_sentence(extract, i, quote, cue):
    o, c = quote
    x = extract(article(f"对此，星河储能董事长严立群{cue}，对方的说法{o}没有考虑到连续亏损的事实{c}.公告显示，"
                        f"北辰电池去年营业收入为21.6亿元.", i))
    assert_said_by(x, i, f"对方的说法{o}没有考虑到连续亏损的事实{c}", "严立群")
    assert speaker_at(x, i, "北辰电池去年营业收入为21.6亿元").kind == "unnamed"


@pytest.mark.parametrize("i, quote, asking", cases(
    QUOTES, ("问题是，整合之后真的能赚钱吗？", "可是谁来买单呢？")))
def test_a_quoted_question_keeps_the_clauses_that_assert(extract, i, quote, asking):
    o, c = quote
    x = extract(article(f"一位不愿具名的券商分析师称：{o}只要价格战不停，类似的并购今年还会出现好几起，{asking}{c}", i))
    assert_unnamed(x, i, "只要价格战不停，类似的并购今年还会出现好几起", "一位不愿具名的券商分析师")
    assert not any(written(i, asking[-6:-1]) in c.text for c in x.claims)


@pytest.mark.parametrize("i, quote", cases(QUOTES))
def test_a_quotation_that_only_asks_is_no_claim(extract, i, quote):
    o, c = quote
    x = extract(article(f"星河科技董事长岑立川表示：{o}问题在于，有多少用户愿意为此买单？{c}", i))
    assert not any(written(i, "买单") in c.text for c in x.claims)


@pytest.mark.parametrize("i, body, pronoun", cases(
    ("中国烹饪协会一位不愿具名的专家", "星河物流一名不愿透露姓名的高管", "某券商一位分析师"), ("他", "她")))
def test_a_pronoun_stands_for_a_source_counted_as_one(extract, i, body, pronoun):
    x = extract(article(f"家长岑女士认为，学校收费太高。{body}认为，预制菜并不等于不安全。"
                        f"但{pronoun}也承认，预制菜在口感上确实与现炒菜有差距。", i))
    said = speaker_at(x, i, "预制菜在口感上确实与现炒菜有差距")
    assert said.kind == "unnamed"


@pytest.mark.parametrize("i, verb, noun", cases(("收到", "接到", "发出"), ("降价通知", "停产通知")))
def test_a_word_of_telling_received_is_a_noun(extract, i, verb, noun):
    x = extract(article(f"一名接近星河半导体的人士透露，部分客户已{verb}小幅{noun}，降幅在3%至5%之间。", i))
    assert_unnamed(x, i, f"部分客户已{verb}小幅{noun}，降幅在3%至5%之间", "一名接近星河半导体的人士")


@pytest.mark.parametrize("i, kind, name, cue", cases(
    ("金融科技公司", "本港金融科技公司", "跨境电商公司"), ("汇通数码", "青禾电子"), ("表示，", "确认")))
def test_a_company_named_after_its_kind_speaks(extract, i, kind, name, cue):
    x = extract(article(f"{kind}{name}昨日{cue}将裁减约15%人手，涉及约180名员工。", i))
    assert_said_by(x, i, "将裁减约15%人手，涉及约180名员工", name)


@pytest.mark.parametrize("i, company, trade, person", cases(
    ("金石资本", "北辰证券"), ("消费电子", "半导体", "新能源"), ("潘一鸣", "文静怡")))
def test_a_trade_between_a_company_and_its_analyst_is_no_company(extract, i, company, trade, person):
    x = extract(article(f"{company}{trade}分析师{person}认为，新机的定价策略长期难以为继。", i))
    assert_said_by(x, i, "新机的定价策略长期难以为继", person)
    assert not any(written(i, trade) in m.text for m in x.mentions)


@pytest.mark.parametrize("i, quote, condition", cases(QUOTES, ("如果服务业通胀迟迟不降", "一旦油价再涨两成")))
def test_a_quoted_question_under_a_condition_is_no_claim(extract, i, quote, condition):
    o, c = quote
    x = extract(article(f"前央行研究员柯定邦质疑：{o}{condition}，央行凭什么相信年内能降息两次？{c}他认为，今年或许只会降息一次。", i))
    assert not any(written(i, condition) in c.text for c in x.claims)
    assert_said_by(x, i, "今年或许只会降息一次", "柯定邦")


@pytest.mark.parametrize("i, quote, after", cases(QUOTES, ("她已到警署报案", "多名会员在网上成立关注群组")))
def test_a_quotation_closed_inside_a_cues_words_ends_them(extract, i, quote, after):
    o, c = quote
    x = extract(article(f"会员文嘉欣表示，她半年前一次过缴付两年会籍费用，{o}当时销售员说下个月加价，点知现在连人都找不到。{c}"
                        f"{after}。", i))
    assert_said_by(x, i, "当时销售员说下个月加价，点知现在连人都找不到", "文嘉欣")
    assert speaker_at(x, i, after).kind == "author"


@pytest.mark.parametrize("i, quote, group", cases(QUOTES, ("社区医生", "家庭医生", "值班护士")))
def test_a_cue_inside_a_condition_is_part_of_it(extract, i, quote, group):
    o, c = quote
    x = extract(article(f"市卫健委副主任司马静表示，全市已有46家社区卫生服务中心开设儿科门诊。"
                        f"{o}如果{group}判断需要转诊，可以通过绿色通道直接转到上级医院。{c}", i))
    assert_said_by(x, i, f"如果{group}判断需要转诊，可以通过绿色通道直接转到上级医院", "司马静")
