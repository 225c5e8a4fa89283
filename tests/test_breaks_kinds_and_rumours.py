"""Line breaks, people named by their kind, the speaker a pronoun stands for, rumours judged,
bracketed bylines, offices and staff, whatever words fill them:

- a line that breaks off after a colon with no cue before it (……通报如下:¶经查,……) ends a
  claim there: no claim runs over a line break;
- a full name right after a noun of a kind of person (员工, 射手, 村民, 厨师) is a person,
  though no title list holds the noun; common words after such a noun (员工张贴, 学生时代) and
  the adverb 曾 (老师曾有) are none;
- 他 or 她 after a person's words whose sentence named someone else (某某说,同事某某……。他还
  表示) is the one who spoke, not the one named inside the words;
- what is spread (网传内容, 外传消息, 网上流传的视频), judged false, is a claim judged, not
  the person the next clause names;
- a byline in 【】 (【記者 某某/新竹報導】) names no publisher, nor does 【本報訊】;
- an office named by its work (公安机关, 公诉机关, 检察机关) and the authors of a document
  (报告作者, 研究作者) are unnamed sources;
- a verb and a trade word before a staff member (冒充电商客服, 联系快递客服) name no company;
  a name before 客服 that speaks (某某汽车客服表示) still does.

Names and numbers are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases, claim_of, speaker_at, written
from claimgraph.ingest import parse_article
from claimgraph.models import EntityType

# -- a line break after a colon ends a claim ---------------------------------------------------


@pytest.mark.parametrize("i, announce, frame", cases(
    ("现将有关情况通报如下", "公司决定如下", "以下为本报整理的要点", "具体安排如下"), ("经查，", "", "一、")))
def test_a_line_broken_after_a_colon_ends_the_claim(extract, i, announce, frame):
    fact = "两名住户因停车问题发生争执"
    x = extract(article(f"调查组已介入。{announce}：\n\n{frame}11月3日晚，{fact}。", i))
    assert all("\n" not in c.text for c in x.claims), [c.text for c in x.claims]
    assert any(c.text.endswith(written(i, fact)) for c in x.claims)
    assert any(c.text == written(i, announce) for c in x.claims)


@pytest.mark.parametrize("i, name, cue", cases(("骆明川", "祁雅楠"), ("表示", "指出", "强调")))
def test_a_cue_before_the_colon_still_takes_the_next_paragraph(extract, i, name, cue):
    content = "这个项目明年就能完工"
    x = extract(article(f"项目经理{name}{cue}：\n\n{content}。", i))
    assert_said_by(x, i, content, name)


# -- people named by their kind -----------------------------------------------------------------


@pytest.mark.parametrize("i, kind, name", cases(("员工", "射手", "村民", "厨师", "店员", "乘客", "学者"),
                                                ("邝思远", "蒲雅琴", "甘振华")))
def test_a_full_name_after_a_kind_of_person_is_a_person(extract, i, kind, name):
    x = extract(article(f"记者随后采访了{kind}{name}，对方婉拒置评。", i))
    found = [m for m in x.mentions if m.text == written(i, name)]
    assert found and found[0].rule in ("discover.kind_person.v1", "discover.title_person.v1")  # 学者 is a title
    assert {e.type for e in x.entities if e.key == found[0].entity} == {EntityType.PERSON}


@pytest.mark.parametrize("i, words", cases(("员工张贴告示", "学生时代很快乐", "员工向公司反映情况", "程老师曾有好几次机会")))
def test_common_words_after_a_kind_of_person_are_no_name(extract, i, words):
    x = extract(article(f"据介绍，{words}。", i))
    assert not [m for m in x.mentions if m.rule == "discover.kind_person.v1"]


@pytest.mark.parametrize("i, kind, name, says", cases(("射手", "员工"), ("邝思远", "甘振华"), ("表示", "说")))
def test_a_person_named_by_their_kind_is_whom_a_later_pronoun_stands_for(extract, i, kind, name, says):
    content = "球队这周特别加强了投篮训练"
    x = extract(article(f"主帅柯定远赛后表示，状态还不够好。{kind}{name}全场拿下24分。他{says}，{content}。", i))
    assert_said_by(x, i, content, name)


# -- a pronoun after a speaker whose words named someone else ----------------------------------------


@pytest.mark.parametrize("i, speaker, other, says", cases(("王大明", "柯定远"), ("史东纳", "李小红"),
                                                          ("他还表示，", "他说：", "他补充说，")))
def test_a_pronoun_after_a_speaker_is_the_speaker_not_whom_the_words_named(extract, i, speaker, other, says):
    content = "公司明年会加薪"
    x = extract(article(f"经理{speaker}坦言，同事{other}工作很努力，只是经验不足。{says}{content}。", i))
    assert_said_by(x, i, content, speaker)


@pytest.mark.parametrize("i, speaker, other, q", cases(("王大明", "柯定远"), ("史东纳", "李小红"), (("“", "”"), ("「", "」"))))
def test_a_pronoun_after_a_quotation_first_is_its_speaker(extract, i, speaker, other, q):
    content = "公司明年会加薪"
    x = extract(article(f"{q[0]}同事{other}工作很努力，{q[1]}经理{speaker}说。他还表示，{content}。", i))
    assert_said_by(x, i, content, speaker)


@pytest.mark.parametrize("i, speaker, other", cases(("王大明", "柯定远"), ("史东纳", "李小红")))
def test_a_person_named_in_a_sentence_of_their_own_is_whom_a_pronoun_stands_for(extract, i, speaker, other):
    content = "自己对加薪非常期待"
    x = extract(article(f"经理{speaker}说，公司会加薪。记者随后采访了经理{other}。她表示，{content}。", i))
    assert_said_by(x, i, content, other)


# -- rumours judged ------------------------------------------------------------------------------


@pytest.mark.parametrize("i, rumour, verdict", cases(("网传内容", "网传消息", "网上流传的视频"), ("纯属捏造", "严重失实", "系恶意编造")))
def test_a_rumour_judged_false_is_no_stance_against_the_person_named_after(extract, i, rumour, verdict):
    content = f"{rumour}{verdict}，演员季若彤的各项收入均已依法纳税"
    x = extract(article(f"经纪公司星澜文化发布声明称，{content}。", i))
    claim = claim_of(x, written(i, content))
    assert not [p for p in claim.polarities if p.polarity.value == "against"], claim.polarities


# -- bylines in square brackets ----------------------------------------------------------------------


@pytest.mark.parametrize("i, open_, close, name, place", cases(("【", "〔", "["), ("】", "〕", "]"), ("游翊轩", "骆文清"),
                                                              ("新竹", "台北")))
def test_a_bracketed_byline_names_its_reporter_and_no_publisher(i, open_, close, name, place):
    body, = [written(i, f"{open_}记者 {name}/{place}报导{close}")]
    text = article(f"{body}\n\n市政府昨天宣布新措施。", i)
    a = parse_article(text.encode(), "x.txt")
    assert a.publisher is None
    assert a.authors == (written(i, name),)


@pytest.mark.parametrize("i, tag", cases(("本报讯", "本報訊", "本网讯")))
def test_the_paper_s_own_tag_names_no_publisher(i, tag):
    a = parse_article(article(f"【{tag}】运输署早前建议重组多条巴士路线。", i).encode(), "x.txt")
    assert a.publisher is None
    assert a.text[a.body[0].start:a.body[0].end].startswith(written(i, "运输署"))


# -- offices and authors as unnamed sources ------------------------------------------------------


@pytest.mark.parametrize("i, office, cue", cases(("公安机关", "公诉机关", "检察机关", "有关机关"), ("表示", "指出", "认为")))
def test_an_office_named_by_its_work_is_an_unnamed_source(extract, i, office, cue):
    content = "涉事人员已被依法处理"
    x = extract(article(f"{office}{cue}，{content}。", i))
    speaker = speaker_at(x, i, content)
    assert (speaker.kind, speaker.key) == ("unnamed", office)


@pytest.mark.parametrize("i, document, cue", cases(("报告", "研究", "论文", "文章"), ("作者指出", "作者认为", "作者呼吁")))
def test_a_document_s_authors_are_an_unnamed_source_and_no_person(extract, i, document, cue):
    content = "各国应加快减排步伐"
    x = extract(article(f"{document}{cue}，{content}。", i))
    speaker = speaker_at(x, i, content)
    assert (speaker.kind, speaker.key) == ("unnamed", document + "作者")
    assert not [e for e in x.entities if e.type is EntityType.PERSON]


# -- staff after a verb and a trade word -----------------------------------------------------------


@pytest.mark.parametrize("i, verb, trade, staff", cases(("冒充", "假冒", "联系"), ("电商", "快递", "物流"), ("客服", "工作人员")))
def test_a_verb_and_a_trade_before_staff_name_no_company(extract, i, verb, trade, staff):
    x = extract(article(f"{verb}{trade}{staff}，骗取老人积蓄18万元。", i))
    assert not [e for e in x.entities if e.type is EntityType.ORGANIZATION], x.entities


@pytest.mark.parametrize("i, name, staff", cases(("极越汽车", "曜石科技"), ("客服", "工作人员")))
def test_a_name_before_staff_that_speaks_is_a_company(extract, i, name, staff):
    content = "问题将在三个工作日内处理完毕"
    x = extract(article(f"{name}{staff}表示，{content}。", i))
    assert_said_by(x, i, content, name)
