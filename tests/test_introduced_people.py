"""People an article introduces before their words:

- a name, a comma and one's age (刘长河，54岁，出租车司机) is a person's, and in a transcript
  that follows such an introduction the answers are that person's;
- a familiar name (老潘, 小邝) after a kind of person or a title (司机老潘, 店员小邝) is a person's,
  whom a 他 after it stands for;
- a name the segmenter glued to a title's last character (首席财务|官杜敏|补充说) is the person's;
- trades whose word ends in no character of a kind of person (退休会计秦大妈, 保姆王阿姨) stand in
  apposition to the name after them;
- a sentence that opens with a person a clause describes (同车的退休教师某某今年67岁) has a
  subject of its own: the words of the speaker before do not carry on into it;
- a surname and 姑娘 (曾姑娘, Hong Kong's word for a young woman or a nurse) name a person;
- two characters after a title that end in a character of a place or a match (投手单场) are no name;
- an adverb after a familiar name (梁姐|亦|说, 华叔|亦|说) and the first character of a verb of saying
  glued to a name (温伯笑|说) are no part of it;
- a surname and a kind of person one is called by (韦医生, 王老师) is the person of that surname named
  before;
- 阿 and a kin word (阿嬤, 阿公, 阿爸) is what someone is to a family, no familiar name: an unnamed
  source, whose age in brackets (林姓阿嬤（80歲）說) is no part of who speaks;
- an adverb the segmenter glued to a given name and on (欧阳|慧珊则持) or cut after a transliterated
  name (安东尼奥·罗西|则) is no part of the name;
- a kind of person whose word ends in 户 (养殖户, 个体户, 农户) stands before a name as 村民 does, but
  not before an adverb that opens with a surname's character (客户迟早会走, 用户常常抱怨);
- one counted of a body no one named before (台湾透析照护协会一名理事) and an event's committee
  (赛事组委会) are unnamed sources;
- a name a clause describes, set against the one before (开杂货店的陈秀梅则有另一种担心), is a
  person, whom the 她 after it stands for.

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases, speaker_at, types_written, written
from claimgraph.models import EntityType


@pytest.mark.parametrize("i, name, age", cases(("刘长河", "邝秀兰", "欧阳建平"), ("54", "六十二")))
def test_a_name_then_ones_age_introduces_a_person_whose_answers_follow(extract, i, name, age):
    body = (f"{name}，{age}岁，顺风出租汽车有限公司司机，1998年开始开出租车。近日，记者在加气站见到了他。|"
            "问：这几年收入变化大吗？|答：太大了。现在扣掉份子钱，好的时候五千出头。")
    x = extract(article(body.replace("|", "\n\n"), i))
    assert types_written(x, i, name) == {EntityType.PERSON}
    assert_said_by(x, i, "现在扣掉份子钱，好的时候五千出头", name)


@pytest.mark.parametrize("i, kind, name", cases(("司机", "店员", "保安"), ("老潘", "小邝", "老欧")))
def test_a_familiar_name_after_a_kind_of_person_is_a_person(extract, i, kind, name):
    x = extract(article(f"公司副总经理闻人立军表示，公司已为员工购买了意外险。同在现场的{kind}{name}却不以为然，"
                        "他说保险本来就该买。", i))
    assert types_written(x, i, name) == {EntityType.PERSON}
    assert_said_by(x, i, "保险本来就该买", name)


@pytest.mark.parametrize("i, title, name", cases(("首席财务官", "副总经理", "财务总监"), ("杜敏", "邝立新", "欧阳敏")))
def test_a_name_glued_to_a_titles_last_character_is_the_persons(extract, i, title, name):
    x = extract(article(f"公司{title}{name}补充说，截至6月末，账面现金余额为112亿元。", i))
    assert_said_by(x, i, "截至6月末，账面现金余额为112亿元", name)


@pytest.mark.parametrize("i, trade, name", cases(("退休会计", "保姆", "护士", "保安"), ("秦大妈", "邝阿姨")))
def test_a_trade_before_a_name_is_in_apposition(extract, i, trade, name):
    x = extract(article(f"来买菜的{trade}{name}说，她这段时间不买腐竹了。", i))
    assert_said_by(x, i, "她这段时间不买腐竹了", name)


@pytest.mark.parametrize("i, speaker, described", cases(("冯涛", "邝立新"), ("钟淑芬", "欧阳秀英")))
def test_a_person_a_clause_describes_opens_a_sentence_of_their_own(extract, i, speaker, described):
    x = extract(article(f"程序员{speaker}告诉记者，他以前坐公交要1小时40分钟。同车的退休教师{described}今年67岁。", i))
    assert_said_by(x, i, "他以前坐公交要1小时40分钟", speaker)
    assert speaker_at(x, i, f"同车的退休教师{described}今年67岁").kind == "author"


@pytest.mark.parametrize("i, surname", cases(("曾", "陈", "欧阳")))
def test_a_surname_and_guniang_name_a_person(extract, i, surname):
    x = extract(article(f"卖豆腐的{surname}姑娘则表示，宁愿缩小档口都想留在原址。", i))
    assert_said_by(x, i, "宁愿缩小档口都想留在原址", surname + "姑娘")


@pytest.mark.parametrize("i, title, words", cases(("投手", "球员", "教练"), ("单场用球数偏高", "全场跑动距离最长")))
def test_two_characters_of_a_match_after_a_title_are_no_name(extract, i, title, words):
    x = extract(article(f"赖建成指出，部分球队{title}{words}。", i))
    assert types_written(x, i, words[:2]) == set()


@pytest.mark.parametrize("i, name, cue", cases(("梁姐", "华叔", "温伯"), ("亦说", "笑说", "亦表示")))
def test_an_adverb_or_a_verbs_first_character_after_a_familiar_name_is_no_part_of_it(extract, i, name, cue):
    x = extract(article(f"住在附近的清洁工{name}{cue}，返工都走到腿软。", i))
    assert_said_by(x, i, "返工都走到腿软", name)


@pytest.mark.parametrize("i, full, kind", cases(("韦志伟", "邝美玲", "欧阳振邦"), ("医生", "老师")))
def test_a_surname_and_a_kind_of_person_is_the_person_named_before(extract, i, full, kind):
    surname = full[:2] if full.startswith("欧阳") else full[:1]
    x = extract(article(f"专科{kind}{full}指出，长者不宜勉强。{surname}{kind}提醒，患有膝关节问题的长者不宜追求步数。", i))
    assert_said_by(x, i, "患有膝关节问题的长者不宜追求步数", full)


@pytest.mark.parametrize("i, kin, age", cases(("阿嬷", "阿公"), ("", "（80岁）", "(七十二岁)")))
def test_a_kin_word_after_a_is_an_unnamed_source(extract, i, kin, age):
    x = extract(article(f"住在山脚里的林姓{kin}{age}说，她搭的703路就在停驶名单内。", i))
    said = speaker_at(x, i, "她搭的703路就在停驶名单内")
    assert said.kind == "unnamed" and said.key.endswith(kin)
    assert types_written(x, i, kin) == set()


@pytest.mark.parametrize("i, surname, given", cases(("欧阳", "司马", "上官"), ("慧珊", "立勤")))
def test_an_adverb_glued_to_a_given_name_is_no_part_of_it(extract, i, surname, given):
    name = surname + given
    x = extract(article(f"私隐关注组发言人{name}则持相反意见，认为当局对企业过于宽松。她警告，沙盒可能沦为免责区。", i))
    assert_said_by(x, i, "当局对企业过于宽松", name)


@pytest.mark.parametrize("i, name", cases(("安东尼奥·罗西", "马可·费雷拉", "伊万娜·彼得罗娃")))
def test_an_adverb_after_a_transliterated_name_is_no_part_of_it(extract, i, name):
    x = extract(article(f"江铁军主帅{name}则对判罚颇有微词。他说，裁判应该去看回放。", i))
    assert types_written(x, i, name) == {EntityType.PERSON}


@pytest.mark.parametrize("i, kind, name", cases(("养殖户", "个体户", "农户"), ("卢永胜", "邝秀兰", "欧阳振邦")))
def test_a_kind_that_ends_in_hu_stands_before_a_name(extract, i, kind, name):
    x = extract(article(f"在塞北县，{kind}{name}经营着一个存栏400头的牧场。", i))
    assert types_written(x, i, name) == {EntityType.PERSON}


@pytest.mark.parametrize("i, body, member", cases(("透析照护协会", "物业管理从业员协会"), ("一名理事", "一位会员")))
def test_one_counted_of_a_body_no_one_named_is_an_unnamed_source(extract, i, body, member):
    x = extract(article(f"{body}{member}私下指出，行动透析的水质门槛很高。", i))
    said = speaker_at(x, i, "行动透析的水质门槛很高")
    assert said.kind == "unnamed" and said.key.endswith(member)


@pytest.mark.parametrize("i, committee", cases(("赛事组委会", "大会组委会", "组委会")))
def test_an_events_committee_is_an_unnamed_source(extract, i, committee):
    x = extract(article(f"{committee}回应称，本届比赛裁判均持有国家二级以上证书。", i))
    said = speaker_at(x, i, "本届比赛裁判均持有国家二级以上证书")
    assert (said.kind, said.key) == ("unnamed", committee)


@pytest.mark.parametrize("i, name", cases(("陈秀梅", "邝丽萍", "卢永胜")))
def test_a_described_name_set_against_the_one_before_is_a_person(extract, i, name):
    x = extract(article(f"卫生局长潘国栋回应，本计划已送审。在部落开杂货店的{name}则有另一种担心。"
                        "她说，透析车每次都要接临时电源。", i))
    assert_said_by(x, i, "透析车每次都要接临时电源", name)


@pytest.mark.parametrize("i, kind, rest", cases(("客户", "用户", "住户"), ("迟早会走", "常常抱怨", "马上搬走")))
def test_an_adverb_after_a_kind_of_person_is_no_name(extract, i, kind, rest):
    x = extract(article(f"如果成本降了价格不降，{kind}{rest}。", i))
    assert not any(m.text.startswith(written(i, rest[:2])) for m in x.mentions), [(m.text, m.rule) for m in x.mentions]
