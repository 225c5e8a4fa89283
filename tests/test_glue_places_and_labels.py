"""Shapes from the probe set po, once it was measured (1 of 20 articles changed by the rules
written for pn and pq) and then read:

- a quoted predicate that opens with a negated modal (“不会挤占其他民生项目”) is words, no plan;
- a given name's last character the segmenter glued to a preposition (主席梁永|健在|……) is the
  name's; a preposition glued to the word before a trade (码头外|向|传媒 as 外向|传媒) makes no company;
- a word the segmenter glued from a preposition or an adverb and a name's start (任职於|於恒泰|银行,
  仍应|向社会说明) opens no organisation's name;
- a person found by the speaker phrase is labelled in the folded script, as every other sieve
  labels (羅文彬 is 罗文彬, its traditional form an alternative label);
- a kind of person a relative clause describes before the name (来自北方的游客某某……，称) stands
  in apposition: the person is the sentence's subject;
- the chief of a village or a township (竹溪乡长某某) names no organisation before the title;
- an everyday adverb after a lone surname (采访区|几乎|说不出话) is no given name; a verb's particle
  standing alone inside a name (撑|得|过|大学) makes a predicate of it;
- a YouTuber's quoted handle speaks (科技YouTuber「阿凯」表示); a department's side (署方, 局方) is an
  unnamed source, no organisation.

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases, quotes, speaker_at, types_written, written


@pytest.mark.parametrize("i, words, _", cases(("不会挤占其他民生项目", "不能影响正常供水计划", "无法满足全部申请"), range(2)))
def test_a_negated_modal_quoted_is_no_plan(extract, i, words, _):
    o, c = quotes(i)
    x = extract(article(f"省财政厅在书面回应中称，相关资金已纳入明年预算，{o}{words}{c}。", i))
    assert not types_written(x, i, words), [(m.text, m.rule) for m in x.mentions]


@pytest.mark.parametrize("i, name, place", cases(("梁永健", "何志健"), ("货柜码头外", "立法会外")))
def test_a_name_and_a_place_glued_by_the_segmenter(extract, i, name, place):
    x = extract(article(f"物流业职工总会主席{name}在{place}向传媒表示，涉事司机每月平均加班超过60小时。", i))
    assert_said_by(x, i, "涉事司机每月平均加班超过60小时", name)
    assert not types_written(x, i, "外向传媒"), [(m.text, m.rule) for m in x.mentions]


@pytest.mark.parametrize("i, text, glued", [(i, *pair) for i, pair in enumerate((
    ("警方拘捕一名任职於恒泰银行分行的客户经理。", "於恒泰"), ("警方拘捕一名任职于澄川银行分行的柜员。", "于澄川"),
    ("卫健委表示将成立调查组，但结论何时公布，仍应向社会说明。", "仍应")) * 3)])
def test_a_function_word_glued_to_a_name_opens_none(extract, i, text, glued):
    x = extract(article(text, i))
    assert not any(m.text.startswith(written(i, glued)) for m in x.mentions), [(m.text, m.rule) for m in x.mentions]


@pytest.mark.parametrize("i, name, _", cases(("羅文彬", "賴柏宇", "鄭宇翔"), range(2)))
def test_a_speaker_found_by_the_phrase_is_labelled_in_simplified_script(extract, i, name, _):
    x = extract(f"要闻\n\n遠星電信今天召開記者會，董事長{name}率團隊鞠躬致歉。\n\n{name}說明，故障起因是設備異常。\n")
    keys = {m.entity for m in x.mentions if m.text == name}
    labels = {e.label_zh for e in x.entities if e.key in keys}
    assert labels and all(label == label.translate(str.maketrans("羅賴鄭彬柏宇翔文", "罗赖郑彬柏宇翔文")) for label in labels), labels


@pytest.mark.parametrize("i, kind, name", cases(("来自北方的游客", "住在附近的居民", "专程赶来的摄影爱好者"), ("郑女士", "赵一鸣")))
def test_a_described_kind_before_a_name_is_apposition(extract, i, kind, name):
    x = extract(article(f"{kind}{name}近日在社交平台发帖，称在景区附近就餐时遭遇天价菜。", i))
    assert_said_by(x, i, "在景区附近就餐时遭遇天价菜", name)


@pytest.mark.parametrize("i, place, title", cases(("竹溪", "桂园", "青石"), ("乡长", "镇长", "村长")))
def test_a_village_chief_names_no_organisation(extract, i, place, title):
    x = extract(article(f"{place}{title}闵俊宏受访时表示，公所只负责程序见证。", i))
    assert not types_written(x, i, place), [(m.text, m.rule) for m in x.mentions]
    assert_said_by(x, i, "公所只负责程序见证", "闵俊宏")


@pytest.mark.parametrize("i, surname, adverb", cases(("区", "黎", "江"), ("几乎", "一直", "已经")))
def test_an_everyday_adverb_is_no_given_name(extract, i, surname, adverb):
    x = extract(article(f"赛后他在混合采访{surname}{adverb}说不出话来。", i))
    assert not any(m.text == written(i, surname + adverb) for m in x.mentions), [m.text for m in x.mentions]


@pytest.mark.parametrize("i, verb, head", cases(("撑得过", "熬得过", "考得上"), ("大学", "银行")))
def test_a_verbs_particle_inside_a_name_makes_a_predicate(extract, i, verb, head):
    x = extract(article(f"我们有信心这台笔电{verb}{head}四年的使用。", i))
    assert not any(m.text.endswith(written(i, head)) and len(m.text) > len(head) for m in x.mentions), \
        [(m.text, m.rule) for m in x.mentions]


@pytest.mark.parametrize("i, handle, cue", cases(("阿凯", "小鱼老师"), ("表示", "直言")))
def test_a_youtubers_quoted_handle_speaks(extract, i, handle, cue):
    o, c = quotes(i)
    x = extract(article(f"曾参与抢先测试的科技YouTuber{o}{handle}{c}{cue}，这款机器的屏幕折痕几乎看不出来。", i))
    assert_said_by(x, i, "这款机器的屏幕折痕几乎看不出来", handle)


@pytest.mark.parametrize("i, side, _", cases(("署方", "局方"), range(2)))
def test_a_departments_side_is_an_unnamed_source(extract, i, side, _):
    x = extract(article(f"文娱康体事务署上周宣布缩减开放时间。{side}估计，措施每年可节省约3,800万元开支。", i))
    assert not types_written(x, i, side), [(m.text, m.rule) for m in x.mentions]
    assert speaker_at(x, i, "措施每年可节省约3,800万元开支").kind == "unnamed"
