"""Courts and prosecutors, parties before a company, officers described by a clause, wire
tails, spans of a season, and quotations around what someone did:

- the courts and prosecutors of a place (某某地方法院, 某某地檢署) are organisations, and the
  place alone is no short name of theirs;
- 方 after a word makes a party (运营方, 承建方): the company named after it starts after it;
- an office named after a relative clause (一名参与侦办的检察官) is someone the article does not
  name, no person of its own;
- an idiom in quotation marks (「知法犯法」) is no plan's or law's name;
- an editor's credit closing the last paragraph (（編輯：某某）1140621) is no part of a claim;
- 推估 forecasts, as 预估 does;
- one of a body's people counted before their role (园区管委会一名工作人员) is an unnamed source;
- 胞弟, 胞兄 before a name: whom the person is to someone;
- a clause of a school's or a match's span of time (今年秋季学期起, 上半场第31分钟) frames the
  clause after it, no claim of its own;
- a compound surname and a given name the dictionary does not know, before a verb (皇甫|大勇|支持),
  are a person;
- a quotation that opens the sentence, a person's act, then a quotation that ends it (“……，”
  某某指着楼道直叹气，“……”) are both the person's, and a quotation after a frame and a person's act
  (说到这里，他笑了笑，“……”) is theirs.

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, assert_unnamed, cases, quotes, speaker_at, types_written, written
from claimgraph.ingest import parse_article
from claimgraph.models import EntityType


# (a place the segmenter glues to 地, 澄川地|檢署, is not read: the head is cut)
@pytest.mark.parametrize("i, place, body", cases(("雲峰", "青禾"), ("地方法院", "地檢署")))
def test_a_places_court_is_an_organisation_and_the_place_no_short_name(extract, i, place, body):
    x = extract(article(f"{place}{body}今天宣判一起貪污案。{place}區一名居民說，判得太輕。", i))
    assert types_written(x, i, place + body) == {EntityType.ORGANIZATION}
    assert not any(m.text == written(i, place) for m in x.mentions), [(m.text, m.rule) for m in x.mentions]


@pytest.mark.parametrize("i, party, company", cases(
    ("运营方", "承建方", "出租方"), ("恒澄仓储有限公司", "岚桥物流有限公司")))
def test_a_company_named_after_a_party_word_starts_after_it(extract, i, party, company):
    x = extract(article(f"涉事仓库的{party}{company}在声明中称，公司将全力配合调查。", i))
    assert types_written(x, i, company) == {EntityType.ORGANIZATION}
    assert_said_by(x, i, "公司将全力配合调查", company)


@pytest.mark.parametrize("i, clause, office", cases(("参与侦办的", "负责此案的"), ("检察官", "法官", "立委")))
def test_an_office_after_a_relative_clause_is_someone_unnamed(extract, i, clause, office):
    x = extract(article(f"一名{clause}{office}私下透露，此案历时七年。", i))
    assert not any(m.text == written(i, office) for m in x.mentions), [(m.text, m.rule) for m in x.mentions]
    assert_unnamed(x, i, "此案历时七年", f"一名{clause}{office}")


@pytest.mark.parametrize("i, idiom", cases(("知法犯法", "无法无天", "一国两制")))
def test_an_idiom_in_quotation_marks_is_no_plans_name(extract, i, idiom):
    o, c = quotes(i)
    x = extract(article(f"合议庭认为，被告身为地方首长却{o}{idiom}{c}，态度难认良好。", i))
    assert not any(m.text == written(i, idiom) for m in x.mentions), [(m.text, m.rule) for m in x.mentions]


@pytest.mark.parametrize("i, label, code", cases(("編輯", "编辑", "責任編輯"), ("1140621", "")))
def test_an_editors_credit_closing_the_text_is_no_part_of_its_claims(extract, i, label, code):
    x = extract(article(f"沿線居民多半感到無奈，店裡生意少了3成。（{label}：劉文君）{code}", i))
    assert x.claims and not any("劉文君" in c.text or "刘文君" in c.text for c in x.claims), [c.text for c in x.claims]
    assert x.claims[-1].text.endswith(written(i, "店裡生意少了3成"))


def test_a_credit_alone_on_its_line_leaves_the_body_empty_of_it():
    article_ = parse_article("標題\n\n第一段。\n\n（編輯：劉文君）1140621\n".encode(), "a.txt")
    assert all("編輯" not in article_.text[s.start:s.end] for s in article_.body)


@pytest.mark.parametrize("i, name", cases(("萧美惠", "欧阳志远")))
def test_tuigu_forecasts(extract, i, name):
    x = extract(article(f"南海大学不动产系副教授{name}推估，热门学区租金明年恐上涨3%至5%。", i))
    assert_said_by(x, i, "热门学区租金明年恐上涨3%至5%", name)


@pytest.mark.parametrize("i, body, count", cases(("园区管委会", "街道办事处", "市卫健委"), ("一名", "一位")))
def test_one_of_a_bodys_people_counted_before_the_role_is_unnamed(extract, i, body, count):
    x = extract(article(f"对此，{body}{count}工作人员回应：相关项目均通过了环评。", i))
    said = speaker_at(x, i, "相关项目均通过了环评")
    assert said.kind in ("unnamed", "entity"), said  # the body's one, or the body (街道办事处)


@pytest.mark.parametrize("i, kin, name", cases(("胞弟", "胞兄", "胞妹"), ("詹国平", "欧阳国英")))
def test_a_sibling_word_before_a_name_makes_a_person(extract, i, kin, name):
    x = extract(article(f"被告透过{kin}{name}担任白手套，先后收取现金。", i))
    assert types_written(x, i, name) == {EntityType.PERSON}


@pytest.mark.parametrize("i, frame, rest", cases(
    ("今年秋季学期起", "上半场第31分钟", "下半场开始后"), ("青州市将全面推行课后服务", "澄川队加强了边路进攻")))
def test_a_span_of_a_season_frames_the_clause_after_it(extract, i, frame, rest):
    x = extract(article(f"{frame}，{rest}。", i))
    assert not any(c.text == written(i, frame) for c in x.claims), [c.text for c in x.claims]


@pytest.mark.parametrize("i, name, act", cases(
    ("陈建国", "欧阳秋生"), ("指着楼道直叹气", "站在楼下，指着楼道直叹气", "摇了摇头")))
def test_quotations_around_a_persons_act_are_theirs(extract, i, name, act):
    o, c = quotes(i)
    x = extract(article(f"记者{name}说，楼道很暗。{o}爬一趟七楼要歇三回，{c}{name}{act}，{o}再不装电梯，我怕是下不了楼了。{c}", i))
    assert_said_by(x, i, "爬一趟七楼要歇三回", name)
    assert_said_by(x, i, "再不装电梯，我怕是下不了楼了", name)


@pytest.mark.parametrize("i, surname, given, verb", cases(("皇甫", "欧阳"), ("大勇", "海波"), ("支持", "反对")))
def test_a_compound_surname_and_a_given_name_before_a_verb_are_a_person(extract, i, surname, given, verb):
    x = extract(article(f"对此，摊主们意见不一。卖鱼的{surname}{given}{verb}搬迁，他说，冬天路边太冷。", i))
    assert_said_by(x, i, "冬天路边太冷", surname + given)


@pytest.mark.parametrize("i, frame, act", cases(("说到这里", "讲到这里", "谈到这里"), ("他笑了笑", "他叹了口气")))
def test_a_quotation_after_a_frame_and_a_persons_act_is_theirs(extract, i, frame, act):
    o, c = quotes(i)
    x = extract(article(f"豆浆摊主周建国说，生意难做。{frame}，{act}，{o}不过老顾客还在，有的从小喝到大。{c}", i))
    assert_said_by(x, i, "不过老顾客还在，有的从小喝到大", "周建国")


@pytest.mark.parametrize("i, pair", cases((("上官慧仪", "上官"), ("王慧仪", "王"), ("欧阳振宇", "欧阳"))))
def test_a_surname_labelling_a_turn_is_the_person_of_that_surname(extract, i, pair):
    name, surname = pair
    x = extract(article(f"律师{name}表示，制度需要改革。\n\n问：你怎么看？\n\n{surname}：首先是陪审员的津贴太低。", i))
    assert_said_by(x, i, "首先是陪审员的津贴太低", name)


@pytest.mark.parametrize("i, name", cases(("上官慧仪", "王慧仪")))
def test_a_surname_label_two_people_share_names_no_one(extract, i, name):
    surname = name[:-2]
    x = extract(article(f"律师{name}表示，制度需要改革。律师{surname}志坚则认为不必改。\n\n问：你怎么看？\n\n"
                        f"{surname}：首先是陪审员的津贴太低。", i))
    said = [c.speaker for c in x.claims if written(i, "首先是陪审员的津贴太低") in c.text]
    assert said and said[0].kind != "entity", said


@pytest.mark.parametrize("i, adverb, verb", cases(("并", "还"), ("容许", "允许")))
def test_an_adverb_and_a_verb_before_a_title_name_no_one(extract, i, adverb, verb):
    x = extract(article(f"我建议引入电子文件系统，{adverb}{verb}陪审员在审讯期间作笔记及书面提问。", i))
    assert not any(written(i, "陪审员") in m.text for m in x.mentions), [(m.text, m.rule) for m in x.mentions]
