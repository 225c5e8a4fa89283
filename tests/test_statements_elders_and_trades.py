"""An organisation's own statements, elders before a name, common nouns before a cue, trades:

- after an organisation's own cue, its statement (某某发出声明反驳，声明指出，……; 某某发布公告，
  公告称，……; 某某随即回应，声明称，……) speaks for it again: the words after the statement's
  cue are a claim of their own, without the cue, while a survey it cites (某某表示，调查显示，……)
  stays in its words;
- an elder's word before a name (七十五岁老翁某某, 家住某乡的老伯某某) is in apposition to it;
- common nouns before a cue that says nothing after it (罢工时程早已依法预告) name no one;
- a word before a trade of energy, transport, utilities or farming (某某锂能, 某某客运, 某某水务,
  某某农牧) names a company where the context shows one, and a place and a trade before a legal
  form (东岭矿业有限公司) name one;
- a tradesman named by what he does (开锁师傅, 维修师傅) is an unnamed source, after a time word
  (当时, 那时) and with a count of his words after the cue (说了一句：“……”);
- 他 or 她 with no named person before it is the person the sentence met by role alone (我问过
  面馆老板，他坦言), unless a pronoun told it (她告诉一位同事，她说);
- an adverb the dictionary tags as an adverbial adjective (确实) is no part of a counted group's
  name, and a verb said twice (想了想说) is how it was said;
- a rarer surname of two characters (巫马, 乐正, 颛孙, 宗政) opens a person's name, where the
  segmenter cuts it after its first character too (巫|马建国);
- a place's name no dictionary knows before a kind of university (云梧财经大学, 江临医科大学)
  names it, with its school or its hospital after it;
- a name after whom the person is to someone (其长子某某, 死者的女儿某某) is a person's, and an
  adjective after a modifier's 的 (……的年轻妈妈某某) leaves the name the speaker;
- the bench of a court (合议庭, 法庭) is an unnamed source;
- a rarer surname of two characters as a word of its own and a given name that is no common word
  (令狐|春生, 司马|骁) are a person whatever follows, but not 东方|明珠 or 欧阳|阵营.

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, assert_unnamed, cases, claim_of, quotes, types_written, written
from claimgraph.models import EntityType


@pytest.mark.parametrize("i, company, issued", cases(
    ("远扬集团", "澄川物流集团"),
    ("发出声明反驳，声明指出", "晚间发布公告，公告称", "随即回应，声明称", "发表声明回应，该声明表示")))
def test_an_organisations_own_statement_speaks_for_it_again(extract, i, company, issued):
    x = extract(article(f"{company}{issued}，公司近三年每年亏损逾二亿元。", i))
    assert_said_by(x, i, "公司近三年每年亏损逾二亿元", company)


@pytest.mark.parametrize("i, company, document", cases(("远扬集团", "澄川物流集团"), ("调查显示", "数据显示")))
def test_a_survey_an_organisation_cites_stays_in_its_words(extract, i, company, document):
    x = extract(article(f"{company}表示，{document}，七成乘客支持调整票价。", i))
    assert_said_by(x, i, f"{document}，七成乘客支持调整票价", company)


@pytest.mark.parametrize("i, lead, elder, name", cases(
    ("七十五岁", "家住北渚乡的"), ("老翁", "老伯", "阿婆"), ("戚文福", "岑秀兰")))
def test_an_elder_before_a_name_is_in_apposition(extract, i, lead, elder, name):
    x = extract(article(f"{lead}{elder}{name}说，他每周要到市区医院洗肾三次。", i))
    assert_said_by(x, i, "他每周要到市区医院洗肾三次", name)


@pytest.mark.parametrize("i, nouns", cases(("罢工时程", "停运安排", "调价方案")))
def test_common_nouns_before_a_cue_with_nothing_after_it_name_no_one(extract, i, nouns):
    x = extract(article(f"工会对此回应，{nouns}早在一个月前就已依法预告，是资方迟迟不愿协商。", i))
    assert not any(m.text == written(i, nouns) for m in x.mentions)
    assert claim_of(x, written(i, f"{nouns}早在一个月前就已依法预告，是资方迟迟不愿协商")).speaker.kind == "unnamed"


@pytest.mark.parametrize("i, name", cases(("远扬客运", "澄川水务", "岭南农牧", "恒澜锂电")))
def test_a_name_and_a_trade_of_industry_is_a_company_that_speaks(extract, i, name):
    x = extract(article(f"{name}则发出声明反驳，称公司近三年每年亏损逾二亿元。", i))
    assert_said_by(x, i, "公司近三年每年亏损逾二亿元", name)


@pytest.mark.parametrize("i, who, when, count", cases(
    ("开锁师傅", "维修师傅"), ("", "当时就", "那时"), ("说了一句", "说了这样一番话", "说")))
def test_a_tradesman_named_by_his_trade_speaks_after_a_count_of_his_words(extract, i, who, when, count):
    a, b = quotes(i)
    x = extract(article(f"{who}{when}{count}：{a}这个牌子的门锁我这个月已经开了七八家了。{b}", i))
    assert_unnamed(x, i, "这个牌子的门锁我这个月已经开了七八家了", who)


@pytest.mark.parametrize("i, asked, role, pronoun", cases(
    ("我问过", "记者采访了一名", "记者联系了"), ("面馆老板", "店员", "保安"), ("他", "她")))
def test_a_pronoun_after_a_person_met_by_role_alone_is_that_person(extract, i, asked, role, pronoun):
    x = extract(article(f"{asked}{role}，{pronoun}坦言，疫情之后店里一直靠扫码点餐。", i))
    assert_unnamed(x, i, "疫情之后店里一直靠扫码点餐", role)


@pytest.mark.parametrize("i, pronoun", cases(("他", "她")))
def test_a_pronoun_that_told_someone_stays_the_teller(extract, i, pronoun):
    x = extract(article(f"{pronoun}告诉一位同事，{pronoun}说，最近的件量翻了一倍。", i))
    said = [c.speaker for c in x.claims if written(i, "最近的件量翻了一倍") in c.text]
    assert said and not any("同事" in s.key for s in said), said  # the teller, whom no one names, not the colleague


@pytest.mark.parametrize("i, adverb", cases(("确实", "的确", "也")))
def test_an_adverb_before_the_cue_is_no_part_of_a_counted_groups_name(extract, i, adverb):
    x = extract(article(f"有些老顾客{adverb}跟我说过，店里多了排队拍照的年轻人。", i))
    assert_unnamed(x, i, "店里多了排队拍照的年轻人", "有些老顾客")


@pytest.mark.parametrize("i, name", cases(("葛长林", "欧阳静")))
def test_a_verb_said_twice_before_say_is_how_it_was_said(extract, i, name):
    x = extract(article(f"乡村邮递员{name}下个月就要退休了。对于退休后的打算，{name}想了想说，还没想好。", i))
    assert_said_by(x, i, "还没想好", name)


@pytest.mark.parametrize("i, title, name", cases(("主教练", "秘书长", "退休教师"), ("巫马建国", "乐正华", "颛孙浩", "宗政浩然")))
def test_a_rarer_surname_of_two_characters_opens_a_persons_name(extract, i, title, name):
    x = extract(article(f"对于这场失利，{title}{name}显得十分不满。{name}表示，俱乐部将提出申诉。", i))
    assert_said_by(x, i, "俱乐部将提出申诉", name)
    assert types_written(x, i, name) == {EntityType.PERSON}


@pytest.mark.parametrize("i, place, body", cases(
    ("云梧", "江临", "东岚"), ("财经大学法学院", "医科大学附属第一医院", "医科大学附属眼科医院")))
def test_a_place_no_dictionary_knows_names_a_kind_of_university(extract, i, place, body):
    x = extract(article(f"{place}{body}教授左丘明远指出，这项研究还需要更多样本。", i))
    assert written(i, f"{place}{body}") in [m.text for m in x.mentions]


@pytest.mark.parametrize("i, place, trade", cases(("东岭", "青海盐湖"), ("矿业", "锂业", "科技")))
def test_a_place_and_a_trade_before_a_legal_form_name_a_company(extract, i, place, trade):
    company = f"{place}{trade}有限公司"
    x = extract(article(f"{company}是行业龙头。公司表示，明年产能将翻一番。", i))
    assert_said_by(x, i, "明年产能将翻一番", company)


@pytest.mark.parametrize("i, kin, name", cases(("长子", "女儿", "遗孀"), ("萧志平", "岑晓梅")))
def test_a_name_after_whom_the_person_is_to_someone_is_a_person_who_speaks(extract, i, kin, name):
    x = extract(article(f"死者家属在宣判后情绪激动。萧美云的{kin}{name}在法院外告诉本报，母亲一辈子省吃俭用才买下那间房子。", i))
    assert_said_by(x, i, "母亲一辈子省吃俭用才买下那间房子", name)


@pytest.mark.parametrize("i, quality, kind", cases(("年轻", "年迈"), ("妈妈", "渔民", "店主")))
def test_an_adjective_after_a_modifier_and_before_a_kind_of_person_keeps_the_name_the_speaker(
        extract, i, quality, kind):
    x = extract(article(f"莫佩珊是一名会计。另一头，带着两个孩子到火车站广场的{quality}{kind}莫佩珊则说，"
                        "她和先生都在外县市上班。", i))
    assert_said_by(x, i, "她和先生都在外县市上班", "莫佩珊")


@pytest.mark.parametrize("i, bench", cases(("合议庭", "法庭")))
def test_the_bench_of_a_court_is_an_unnamed_source(extract, i, bench):
    x = extract(article(f"被告在庭审中否认犯行。{bench}不采信其说法，认为包商证词与进料单据相互吻合。", i))
    assert_unnamed(x, i, "包商证词与进料单据相互吻合", bench)


@pytest.mark.parametrize("i, name, act", cases(
    ("令狐春生", "上官明月", "司马骁", "欧阳静"), ("已经钻进了自家果园", "今年种了十亩猕猴桃")))
def test_a_rarer_two_character_surname_and_a_given_name_are_a_person_whatever_follows(extract, i, name, act):
    x = extract(article(f"{name}{act}。“再过一个礼拜，这一片就能摘了，”他说。", i))
    assert_said_by(x, i, "这一片就能摘了", name)


@pytest.mark.parametrize("i, words", cases(("东方明珠", "欧阳阵营", "东方航空")))
def test_a_two_character_surname_before_a_common_word_is_no_person(extract, i, words):
    x = extract(article(f"{words}昨晚举行活动，现场人数约一万人。", i))
    assert EntityType.PERSON not in types_written(x, i, words)
