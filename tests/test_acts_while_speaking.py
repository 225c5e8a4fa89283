"""What a speaker does as they speak, and a short title:

- 他一边说，一边……: the first 一边 before the cue is how the words were said, and the act after
  the cue is no part of them;
- an act whose object a clause describes (他拿出自己录下的夜间施工影片说) is what the speaker did
  as they spoke, not a clause of its own;
- 副总 (a deputy general manager, as Taiwan writes it) is a title before a name;
- a common word after a surname the segmenter cut off on its own is the given name (教师|叶|建国,
  渔民|孙|大海), while one that holds the surname's character is a word (员工|张贴, 学生|时代);
- 谦称 speaks (某某谦称入球“有点运气”);
- a transliterated name stops before an adverb glued to its verb (迪亚哥·席华|先开|纪录);
- a common word that opens with a surname's character and one character cut off it (商量|好) is
  no name, unless the dictionary holds it as one (叶子|豪);
- a prepositional phrase whose object a clause describes, then an adverb, before the cue
  (某局在给本报的书面答复中则称) leaves the body the speaker;
- a name a clause describes, then one's age (站在最前排的某某今年七十四岁) is a person's, and a
  quotation that opens the sentence where no one spoke before is theirs;
- a quotation that opens a sentence with no cue after it, in a paragraph that tells of one person
  only (某某种了二十多年猕猴桃。“人家说多少钱就是多少钱……”), is that person's;
- a government is a place's: words that are no place before 政府 name none (靠|打|散工|和|政府);
- 她 stands for no one the article calls 先生, nor 他 for a 女士;
- a noun that only modifies the next (至于渔民权益，他……) is no one a 他 or 她 stands for;
- a name no dictionary holds, of three characters, opening a clause before where it acted
  (胡春燕在青岗镇开了十年饭馆), is a person's, but not a team's or a place's (雷鹰队在九局……);
- a company and its union (某某航空企业工会) are two bodies: the company's name is no short name
  of its union's.

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases, quotes, types_written, written
from claimgraph.models import EntityType


@pytest.mark.parametrize("i, name, act", cases(("何秋生", "欧阳秋燕"), ("掰开一个果子凑近镜头", "往锅里添水")))
def test_the_act_after_a_cue_said_while_doing_it_is_no_part_of_the_words(extract, i, name, act):
    o, c = quotes(i)
    x = extract(article(f"果农{name}说，今年雨水偏少。{o}家人们看看，这是今早刚摘的。{c}他一边说，一边{act}。", i))
    assert_said_by(x, i, "家人们看看，这是今早刚摘的", name)
    assert not any(written(i, act) in cl.text and cl.speaker.kind == "entity" for cl in x.claims), \
        [(cl.text, cl.speaker) for cl in x.claims]


@pytest.mark.parametrize("i, name, thing", cases(
    ("叶建国", "邝海燕"), ("自己录下的夜间施工影片", "邻居拍的裂缝照片", "去年留下的维修单据")))
def test_an_act_whose_object_a_clause_describes_is_what_the_speaker_did(extract, i, name, thing):
    x = extract(article(f"退休教师{name}住在预定地对面，他拿出{thing}说，工地常常半夜还在打桩。", i))
    assert_said_by(x, i, "工地常常半夜还在打桩", name)


@pytest.mark.parametrize("i, firm, name", cases(("凯鼎投顾研究部", "岚桥证券"), ("廖振宇", "欧阳心怡")))
def test_fuzong_is_a_title(extract, i, firm, name):
    x = extract(article(f"{firm}副总{name}指出，先进封装占营收比重已提高至约26%。", i))
    assert_said_by(x, i, "先进封装占营收比重已提高至约26%", name)


@pytest.mark.parametrize("i, kind, name", cases(("退休教师", "渔民", "村民"), ("叶建国", "孙大海", "龚文明")))
def test_a_common_word_after_a_lone_surname_is_a_given_name(extract, i, kind, name):
    x = extract(article(f"{kind}{name}住在预定地对面，工地常常半夜还在打桩。", i))
    assert types_written(x, i, name) == {EntityType.PERSON}


@pytest.mark.parametrize("i, pair", cases((("员工张贴了告示。", "张贴"), ("学生时代他就爱读书。", "时代"))))
def test_a_common_word_holding_the_surnames_character_is_no_name(extract, i, pair):
    text, word = pair
    x = extract(article(text, i))
    assert not any(written(i, word) in m.text for m in x.mentions), [(m.text, m.rule) for m in x.mentions]


@pytest.mark.parametrize("i, name", cases(("冯子朗", "欧阳志辉")))
def test_qiancheng_speaks(extract, i, name):
    o, c = quotes(i)
    x = extract(article(f"{name}则谦称，入球靠的是队友。", i))
    assert_said_by(x, i, "入球靠的是队友", name)


@pytest.mark.parametrize("i, name, then", cases(("迪亚哥·席华", "马库斯·席尔瓦"), ("先开纪录", "已经破门", "又射门")))
def test_a_transliterated_name_stops_before_an_adverb(extract, i, name, then):
    x = extract(article(f"北区雷霆上半场凭外援{name}{then}。", i))
    assert types_written(x, i, name) == {EntityType.PERSON}


@pytest.mark.parametrize("i, kin", cases(("儿子", "女儿", "老伴")))
def test_a_common_word_after_kin_is_no_name(extract, i, kin):
    x = extract(article(f"她说已经跟{kin}商量好，搬家那天要装一壶井水带走。", i))
    assert not any(written(i, "商量") in m.text for m in x.mentions), [(m.text, m.rule) for m in x.mentions]


@pytest.mark.parametrize("i, body, adverb", cases(("临川县自然资源局", "澄江市住建局"), ("则", "也", "")))
def test_a_described_prepositional_phrase_before_the_cue_leaves_the_body_speaking(extract, i, body, adverb):
    x = extract(article(f"{body}在给本报的书面答复中{adverb}称，相关用地正在按程序报批。", i))
    assert_said_by(x, i, "相关用地正在按程序报批", body)


@pytest.mark.parametrize("i, name, age", cases(("陈阿满", "王秀英", "欧阳桂兰"), ("今年七十四岁", "现年60岁")))
def test_a_quotation_before_the_person_a_sentence_introduces_is_theirs(extract, i, name, age):
    o, c = quotes(i)
    x = extract(article(f"{o}我们家离预定地不到五百公尺，出事谁要负责？{c}站在最前排的{name}{age}，在村里卖了半辈子鱼粥。"
                        f"{o}说明会只发了一张传单。{c}", i))
    assert types_written(x, i, name) == {EntityType.PERSON}
    assert_said_by(x, i, "我们家离预定地不到五百公尺", name)


@pytest.mark.parametrize("i, name, age", cases(("何秋生", "欧阳桂兰"), ("49岁的", "今年六十八岁的")))
def test_a_quotation_in_a_paragraph_of_one_person_is_theirs(extract, i, name, age):
    o, c = quotes(i)
    x = extract(article(f"{age}{name}种了二十多年猕猴桃，以前都是等收购商上门。{o}人家说多少钱就是多少钱，"
                        f"差的时候八毛都没人要。{c}去年，他开了直播账号。", i))
    assert_said_by(x, i, "人家说多少钱就是多少钱，差的时候八毛都没人要", name)


@pytest.mark.parametrize("i, first, second", cases(("王建军", "欧阳桂兰"), ("李秀芝", "何志强")))
def test_a_quotation_in_a_paragraph_of_two_people_is_no_ones_guess(extract, i, first, second):
    o, c = quotes(i)
    x = extract(article(f"车间工人{first}说，灰太大。{first}和{second}都在车间干过。{o}口罩一天发一个，根本不够。{c}", i))
    said = [cl for cl in x.claims if written(i, "口罩一天发一个，根本不够") in cl.text]
    assert said and said[0].speaker.rule != "attribution.quote_after_narration.v1", said


@pytest.mark.parametrize("i, words", cases(("靠打散工和政府津贴维生", "依靠亲戚和政府救济度日")))
def test_words_that_are_no_place_before_zhengfu_name_no_government(extract, i, words):
    x = extract(article(f"三年前酒楼结业后，她{words}。", i))
    assert not any(m.text.endswith(written(i, "政府")) for m in x.mentions), [(m.text, m.rule) for m in x.mentions]


@pytest.mark.parametrize("i, him, her", cases(("邓先生", "王先生"), ("她说", "她坦言，")))
def test_she_stands_for_no_mister(extract, i, him, her):
    x = extract(article(f"家长{him}说，学校太挤。{her}城东的学校确实太挤。", i))
    said = [cl for cl in x.claims if written(i, "城东的学校确实太挤") in cl.text]
    assert said and said[0].speaker.kind != "entity", [(cl.text, cl.speaker) for cl in x.claims]


@pytest.mark.parametrize("i, name, noun", cases(("诸葛明轩", "上官文雄"), ("渔民权益", "居民意见")))
def test_a_noun_that_modifies_the_next_meets_no_one(extract, i, name, noun):
    x = extract(article(f"市长{name}表示，社宅会如期完工。至于{noun}，他承认沟通仍有不足。", i))
    assert_said_by(x, i, "沟通仍有不足", name)


@pytest.mark.parametrize("i, name", cases(("胡春燕", "邝海波", "龚秀兰")))
def test_a_name_opening_a_clause_before_where_it_acted_is_a_person(extract, i, name):
    x = extract(article(f"补贴并不能解决所有问题。{name}在青岗镇开了十年农家饭馆。她坦言，村里老人居住分散。", i))
    assert types_written(x, i, name) == {EntityType.PERSON}
    assert_said_by(x, i, "村里老人居住分散", name)


@pytest.mark.parametrize("i, team", cases(("雷鹰队", "海狮队", "青岗镇")))
def test_a_team_or_a_place_before_where_it_acted_is_no_person(extract, i, team):
    x = extract(article(f"总冠军赛今晚开打，{team}在九局下半落后两分的情况下逆转获胜。", i))
    assert EntityType.PERSON not in types_written(x, i, team)


@pytest.mark.parametrize("i, company", cases(("远翔航空", "鼎泰航空")))
def test_a_company_is_no_short_name_of_its_union(extract, i, company):
    x = extract(article(f"{company}今天宣布被收购。不过，{company}企业工会并不乐观，工会理事长许文欣说，资方没有沟通。", i))
    keys = {m.entity for m in x.mentions if m.text == written(i, company)}
    union = {m.entity for m in x.mentions if m.text == written(i, company + "企业工会")}
    assert keys and not keys & union, [(m.text, m.entity) for m in x.mentions]
