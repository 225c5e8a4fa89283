"""Who speaks when people talk among themselves, and where their words stop:

- cutting into a talk or taking it up (插话道, 接话说, 搭腔, 接过话头) is a verb of saying, and the
  one who does it, named before it, the speaker;
- a sentence that opens with people of a kind after words that describe them (另一户一楼住户,
  三名外地游客) has a subject of its own: the words of the speaker before do not carry on into it;
- a connective before a surname and a title (但王律师指出, 不过何律师也提醒) leaves the title the
  person of that surname named before;
- a name the segmenter glued to the last character of a kind of person (快递|员田伟) is a person's;
- a cue whose object opens with a frame of time before a comma (蔡婆婆担心搬迁后，很多老街坊……)
  takes the words after the comma too;
- how often one says it (常说, 经常提到, 总是说) stands between the speaker and the cue, and neighbours
  (老街坊, 街坊邻居) are an unnamed source;
- words a cue governs that hold a colon (本报认为，当局可以做两件事：其一，……) are the cue's speaker's,
  not the words of the clause before the colon;
- in an editorial (本报评论员, 社评, 笔者认为……), a sentence that opens with 我们 outside a quotation
  is the paper's, not the words of the body quoted before it carried on; in a report it carries on;
- 曾 (once) before a preposition after a role (居民代表曾对媒体说) is no surname;
- the means of the words (用不太流利的中文说, 以书面形式回应称) stand between the speaker and the cue;
- a negated belief (他不认为这是价格战, 她不相信自己被骗) keeps its negation in the claim: what the
  speaker holds is the denial;
- a clause that opens with a time word and a demonstrative subject (明年这一数字预计将……) is a
  claim of its own, whole: the subject stays in it, no one speaks in 预计.

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import (article, assert_said_by, assert_some_unnamed, cases, quotes, speaker_at, speaker_of,
                               types_written, written)
from claimgraph.models import EntityType

_NAMES = ("孙桂英", "欧阳海涛", "卢佩玲")


@pytest.mark.parametrize("i, name, cue", cases(_NAMES, ("插话道", "插话说", "接话说", "搭腔", "接过话头")))
def test_taking_up_the_talk_is_saying(extract, i, name, cue):
    o, c = quotes(i)
    x = extract(article(f"坐在一旁的村民{name}{cue}，驿站还能帮忙代缴电费，{o}不会用手机的，找小周就行{c}。", i))
    assert_said_by(x, i, "驿站还能帮忙代缴电费", name)
    assert_said_by(x, i, "不会用手机的，找小周就行", name)


@pytest.mark.parametrize("i, name, group", cases(
    ("汪先生", "葛立群"), ("另一户一楼住户", "三名外地游客", "两位年轻住户")))
def test_people_of_a_kind_described_open_a_sentence_of_their_own(extract, i, name, group):
    x = extract(article(f"{name}称，电梯井正对自家卧室窗户。{group}拒绝了采访。", i))
    assert_said_by(x, i, "电梯井正对自家卧室窗户", name)
    assert speaker_at(x, i, f"{group}拒绝了采访").kind == "author"


@pytest.mark.parametrize("i, full, connective, cue", cases(
    (("王静", "律师"), ("欧阳立勤", "法官"), ("卢佩玲", "教授")), ("但", "不过", "然而"), ("指出", "也提醒")))
def test_a_connective_before_a_surname_and_title_leaves_the_person(extract, i, full, connective, cue):
    name, role = full
    surname = name[:2] if name.startswith("欧阳") else name[:1]
    x = extract(article(f"{role}{name}认为，此案有参考意义。{connective}{surname}{role}{cue}，各地的认定尺度仍不统一。", i))
    assert_said_by(x, i, "各地的认定尺度仍不统一", name)


@pytest.mark.parametrize("i, kind, name", cases(("快递员", "外卖员", "保洁员"), ("田伟", "邝秀兰", "欧阳立新")))
def test_a_name_glued_to_a_kind_of_person_is_a_person(extract, i, kind, name):
    x = extract(article(f"{kind}{name}表示，以前我们想都不敢想。", i))
    assert_said_by(x, i, "以前我们想都不敢想", name)
    assert types_written(x, i, name) == {EntityType.PERSON}


@pytest.mark.parametrize("i, when, which, cue", cases(("明年", "2030年", "下半年"), ("这一数字", "该比例"), ("预计", "有望")))
def test_a_demonstrative_subject_after_a_time_word_is_a_clause_of_its_own(extract, i, when, which, cue):
    x = extract(article(f"市教育局表示，今年已有412名骨干教师参与跨校交流，{when}{which}{cue}将超过600人。", i))
    said = speaker_at(x, i, f"{when}{which}{cue}将超过600人")
    assert said.kind == "entity" and said.key == speaker_at(x, i, "今年已有412名骨干教师参与跨校交流").key


@pytest.mark.parametrize("i, name, cue, frame", cases(("蔡婆婆", "邝立新"), ("担心", "认为", "预计"), ("搬迁后", "开学时")))
def test_a_frame_of_time_after_a_cue_opens_its_words(extract, i, name, cue, frame):
    x = extract(article(f"{name}{cue}{frame}，很多老街坊会转去超级市场。", i))
    assert_said_by(x, i, f"{frame}，很多老街坊会转去超级市场", name)


@pytest.mark.parametrize("i, who, often", cases(("老街坊", "街坊邻居"), ("常说", "经常说", "总是说")))
def test_neighbours_who_often_say_are_an_unnamed_source(extract, i, who, often):
    o, c = quotes(i)
    x = extract(article(f"{who}{often}：{o}老店没了，这条街就没了灵魂。{c}", i))
    said = speaker_at(x, i, "老店没了，这条街就没了灵魂")
    assert said.kind == "unnamed" and said.key == who


@pytest.mark.parametrize("i, voice", cases(("本报认为", "我们认为", "笔者认为")))
def test_a_colon_inside_governed_words_keeps_the_cues_speaker(extract, i, voice):
    x = extract(article(f"{voice}，当局最少可以做两件事：其一，研究为社区小店提供租金津贴；其二，预留平价铺位予原区小商户。", i))
    assert {cl.speaker.kind for cl in x.claims} == {"author"}, [(cl.text, cl.speaker) for cl in x.claims]


@pytest.mark.parametrize("i, name, cue, words", cases(("王大山", "邝立新"), ("不认为", "不相信", "并不认为"),
                                                        ("这是价格战", "房价会继续下跌")))
def test_a_negated_belief_keeps_its_negation(extract, i, name, cue, words):
    x = extract(article(f"{name}说，他{cue}{words}。", i))
    held = [cl for cl in x.claims if cl.text.endswith(written(i, words))]
    assert held and all(written(i, cue) in cl.text for cl in held), [(cl.text, cl.speaker) for cl in x.claims]
    assert {speaker_of(x, cl.text) for cl in held} == {written(i, name)}


@pytest.mark.parametrize("i, byline", cases(("本报评论员 叶知秋", "【社评】")))
def test_an_editorials_we_is_the_papers(extract, i, byline):
    x = extract(article(f"{byline}\n\n县城管局在回应中表示，此次行动依法依规。我们并不怀疑执法程序的完整。", i))
    assert speaker_at(x, i, "我们并不怀疑执法程序的完整").kind == "author"


@pytest.mark.parametrize("i", range(3))
def test_a_reports_we_after_a_statement_carries_it_on(extract, i):
    x = extract(article("记者 叶知秋\n\n县城管局在回应中表示，此次行动依法依规。我们并不怀疑执法程序的完整。", i))
    assert speaker_at(x, i, "我们并不怀疑执法程序的完整").kind == "entity"


@pytest.mark.parametrize("i, who, prep", cases(("一位居民代表", "一名村民代表"), ("曾对媒体说", "曾向记者表示", "常跟邻居说")))
def test_zeng_before_a_preposition_is_no_surname(extract, i, who, prep):
    x = extract(article(f"当地{who}{prep}，既能买到热乎的早点，街道也没乱。", i))
    assert_some_unnamed(x, i, "既能买到热乎的早点")


@pytest.mark.parametrize("i, name, means", cases(("王大山", "邝秀兰"), ("用不太流利的中文说", "以书面形式回应称", "用粤语说")))
def test_the_means_of_the_words_leave_the_speaker(extract, i, name, means):
    x = extract(article(f"{name}{means}，中介要先扣机票和管理费。", i))
    assert_said_by(x, i, "中介要先扣机票和管理费", name)
