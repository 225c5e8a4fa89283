"""People the article tells of before their words, and familiar names that speak late:

- a name no dictionary knows that opens a clause and is followed by when it acted (王建军昨天抵达
  北京, 欧阳振宇28日上午出席论坛) or by an age or a sex (李静今年48岁, 柏某(男,32岁)) is a person,
  and 他 or 她 after it stands for them;
- a surname and an elder's word (章老伯) is no name read that way;
- a familiar name (小吴, 老周) before a clause of time and a cue (小吴事后回忆说) is a person;
- a baseball position (捕手, 洋投) is a title, and a verb with its aspect particle (靠着) ends the
  name of the body before it.

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases, written
from claimgraph.models import EntityType


def _type_of(x, i: int, name: str) -> EntityType | None:
    """The type of the entity a mention written as case ``i`` writes ``name`` names."""
    types = {e.key: e.type for e in x.entities}
    return next((types.get(m.entity) for m in x.mentions if m.text == written(i, name)), None)


@pytest.mark.parametrize("i, name, when, pronoun", cases(
    ("王建军", "欧阳振宇", "岑浩然"), ("昨天抵达北京", "28日上午出席论坛", "周三在深圳考察"), ("他", "她")))
def test_a_name_that_acts_at_a_time_is_a_person_a_pronoun_stands_for(extract, i, name, when, pronoun):
    x = extract(article(f"{name}{when}。{pronoun}表示，新厂的订单已经排到明年。", i))
    assert _type_of(x, i, name) is EntityType.PERSON
    assert_said_by(x, i, "新厂的订单已经排到明年", name)


@pytest.mark.parametrize("i, name, age", cases(("李静", "邝文", "王建军"), ("今年48岁", "现年52岁", "（女，32岁）")))
def test_a_name_given_an_age_or_a_sex_is_a_person(extract, i, name, age):
    x = extract(article(f"{name}{age}，在小区开了十年便利店。她说，生意越来越难做。", i))
    assert _type_of(x, i, name) is EntityType.PERSON
    assert_said_by(x, i, "生意越来越难做", name)


@pytest.mark.parametrize("i, surname, elder", cases(("章", "黄"), ("老伯", "阿婆")))
def test_a_surname_and_an_elders_word_is_not_read_as_acting(extract, i, surname, elder):
    x = extract(article(f"{surname}{elder}今年初开始频繁出现胸闷。{surname}{elder}的女儿{surname}女士感叹，父亲一辈子没进过手术室。", i))
    assert_said_by(x, i, "父亲一辈子没进过手术室", f"{surname}女士")


@pytest.mark.parametrize("i, name, when, verb", cases(("小吴", "老周", "小岑"), ("事后", "当晚"), ("回忆说", "坦言")))
def test_a_familiar_name_before_a_time_and_a_cue_is_a_person(extract, i, name, when, verb):
    x = extract(article(f"“对方语气特别专业，”{name}{when}{verb}，“我当时就想，万一影响贷款怎么办？”", i))
    assert _type_of(x, i, name) is EntityType.PERSON


@pytest.mark.parametrize("i, position, name", cases(("捕手", "洋投", "游击手"), ("廖柏谚", "魏斯特")))
def test_a_baseball_position_is_a_title(extract, i, position, name):
    x = extract(article(f"搭档的{position}{name}则说，今晚的滑球“进垒点很刁”。", i))
    assert_said_by(x, i, "今晚的滑球“进垒点很刁”", name)


@pytest.mark.parametrize("i, verb", cases(("靠着", "凭着")))
def test_a_verb_and_its_particle_end_the_name_of_a_body_before_a_title(extract, i, verb):
    x = extract(article(f"昨晚的比赛，味全龙{verb}洋投魏斯特七局无失分的好投，以4比1击败对手。", i))
    assert not any(m.text.endswith(written(i, verb)) for m in x.mentions)


@pytest.mark.parametrize("i, name, verb", cases(("端木晴", "夏侯建", "钟离雪", "闻人浩", "禤浩然"), ("也坦言", "表示")))
def test_a_rarer_surname_opens_a_persons_name(extract, i, name, verb):
    x = extract(article(f"县城的医疗资源与大城市仍有差距。{name}{verb}，最让人头疼的是找不到人才。", i))
    assert _type_of(x, i, name) is EntityType.PERSON
    assert_said_by(x, i, "最让人头疼的是找不到人才", name)


@pytest.mark.parametrize("i, lead, name, to", cases(("我的另一位朋友、", ""), ("司马亮", "岑嘉欣"), ("对我", "向记者")))
def test_a_name_after_a_modifier_speaks_past_the_one_it_addresses(extract, i, lead, name, to):
    x = extract(article(f"{lead}在县城开民宿的{name}{to}直言，县城的机会确实少。", i))
    assert_said_by(x, i, "县城的机会确实少", name)


@pytest.mark.parametrize("i, title, name, adverb", cases(("销售顾问", "置业顾问"), ("王磊", "岑嘉欣"), ("刚", "才")))
def test_an_adverb_of_when_after_a_titled_name_is_no_part_of_it(extract, i, title, name, adverb):
    x = extract(article(f"周六上午，{title}{name}{adverb}送走第三拨客户。他坦言，降价后进店客流确实多了三成。", i))
    assert_said_by(x, i, "降价后进店客流确实多了三成", name)


@pytest.mark.parametrize("i, quote, name", cases((("“", "”"), ("「", "」")), ("恒川·云境", "星河·悦府")))
def test_a_dotted_name_in_quotation_marks_is_no_person(extract, i, quote, name):
    opening, closing = quote
    x = extract(article(f"在南方某市的{opening}{name}{closing}项目，多名业主告诉记者，项目去年底就基本停工。", i))
    assert not any(m.text == written(i, name) for m in x.mentions)


@pytest.mark.parametrize("i, frame, act, verb, quote", cases(
    ("问起以后的打算，", "谈到未来，"), ("擦了擦手里的镊子", "放下茶杯"), ("笑着说", "说"), (("“", "”"), ("「", "」"))))
def test_who_acted_in_the_clause_before_says_what_a_colon_opens(extract, i, frame, act, verb, quote):
    opening, closing = quote
    x = extract(article(f"店主张建华在场。{frame}张建华{act}，{verb}：{opening}只要还有人来，我就一直干下去。{closing}", i))
    assert_said_by(x, i, "只要还有人来，我就一直干下去", "张建华")


@pytest.mark.parametrize("i, title, name, act, quote", cases(
    ("老板娘", "店主"), ("何太", "王明"), ("替我收拾桌面", "擦着柜台"), (("“", "”"), ("「", "」"))))
def test_one_who_acts_while_speaking_across_a_comma_speaks(extract, i, title, name, act, quote):
    opening, closing = quote
    x = extract(article(f"上星期，{title}{name}一边{act}，一边说：{opening}下个月就关门了，租约到期。{closing}", i))
    assert_said_by(x, i, "下个月就关门了，租约到期", name)


@pytest.mark.parametrize("i, words", cases((
    "据县府主计处资料，明年度预计举借新债约18亿元。", "父亲在世时，几乎每个星期三都来这里饮茶。",
    "当局正整理分析，预计可在年底前汇报具体建议。")))
def test_a_time_word_a_preposition_or_a_cue_begins_no_name(extract, i, words):
    x = extract(article(words, i))
    assert not any(m.text[:1] in written(i, "明在预") for m in x.mentions), [m.text for m in x.mentions]


@pytest.mark.parametrize("i, position, name", cases(("中场", "边后卫"), ("朱家豪", "岑子轩")))
def test_a_football_position_before_a_name_is_a_title(extract, i, position, name):
    x = extract(article(f"第62分钟，{position}{name}在禁区外一记远射扳平。", i))
    assert _type_of(x, i, name) is EntityType.PERSON


@pytest.mark.parametrize("i, body, field, officer", cases(
    ("星河委员会", "南屿电讯集团"), ("贸易事务", "消费者权益"), ("发言人", "负责人")))
def test_a_bodys_officer_for_a_field_speaks_for_the_body(extract, i, body, field, officer):
    x = extract(article(f"{body}公布初步调查结果。{body}{field}{officer}在例行记者会上表示，相关产品以低价大量进入本地市场。", i))
    assert_said_by(x, i, "相关产品以低价大量进入本地市场", body)


@pytest.mark.parametrize("i, trade, name, quote", cases(("物流公司", "软件公司"), ("恒运环球物流", "星桥数码"),
                                                        (("“", "”"), ("「", "」"))))
def test_a_quoted_name_after_a_trade_and_its_company_is_a_company(extract, i, trade, name, quote):
    opening, closing = quote
    x = extract(article(f"被告案发时为本地{trade}{opening}{name}{closing}的执行董事。公司发言人昨回应查询时称，对判决表示尊重。", i))
    assert_said_by(x, i, "对判决表示尊重", name)


@pytest.mark.parametrize("i, name, verb", cases(("皇甫建宏", "岑嘉欣"), ("回应", "澄清")))
def test_coming_forward_stands_between_a_name_and_its_cue(extract, i, name, verb):
    x = extract(article(f"负责人{name}昨日出面{verb}称，货款将在14个工作日内全额退还。", i))
    assert_said_by(x, i, "货款将在14个工作日内全额退还", name)
