"""Who speaks, from the probe set pq:

- a 他 or 她 after an officer of another body spoke stands for the person a surname and a title
  named since (……负责人表示……。郑理事长起身致歉。“……”她说);
- 予以 between a name and a verb of answering (某某予以否认) is no part of the name;
- a sentence that opens with 公司 and its officer's titles (公司董事长兼首席执行官某某则表示) has the
  officer as its subject, whose words the clauses after the cue are;
- one's words named as a noun before a colon (当时某局长的回答是：「……」) are that person's;
- a quotation that holds spoken Cantonese's function words (产品「聽唔明廣東話」) is words, no
  product's or company's name;
- 跟 after a name (欧阳宏跟我讲过) is no part of it.

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases, quotes, written


@pytest.mark.parametrize("i, surname, given, title", cases(("郑", "林"), ("慧敏", "雅琪"), ("理事长", "院长")))
def test_a_pronoun_after_another_bodys_officer_is_the_titled_person(extract, i, surname, given, title):
    o, c = quotes(i)
    body = (f"基金会{title}{surname}{given}在发布会上承认，程序上严重违规。\n\n省民政厅相关负责人当天表示，已成立工作组进驻基金会。"
            f"\n\n发布会最后，{surname}{title}起身鞠躬致歉。{o}我们辜负了捐赠人的信任，{c}她说。")
    x = extract(article(body, i))
    assert_said_by(x, i, "我们辜负了捐赠人的信任", surname + given)


@pytest.mark.parametrize("i, name, verb", cases(("郑慧敏", "司徒嘉伦", "王建平"), ("否认", "澄清", "回应")))
def test_a_light_verb_is_no_part_of_the_name(extract, i, name, verb):
    x = extract(article(f"对于网传的说法，{name}予以{verb}。她说，管理费用占总支出的8.6%。", i))
    assert not any(m.text.endswith(written(i, "予以")) for m in x.mentions), [m.text for m in x.mentions]
    assert_said_by(x, i, "管理费用占总支出的8.6%", name)


@pytest.mark.parametrize("i, titles, name", cases(("董事长兼首席执行官", "总裁", "首席财务官"), ("周晓明", "欧阳立群")))
def test_the_companys_officer_is_the_subject(extract, i, titles, name):
    body = f"茶语时光控股有限公司8月26日晚间发布中期业绩。\n\n公司{titles}{name}则表示，公司仍将坚持门店扩张，预计全年新增门店1200家。"
    x = extract(article(body, i))
    assert any(written(i, "全年新增门店1200家") in c.text and c.speaker.key in
               {m.entity for m in x.mentions if m.text == written(i, name)} for c in x.claims), \
        [(c.text, c.speaker) for c in x.claims]


@pytest.mark.parametrize("i, noun, name", cases(("回答是", "回应是", "原话是", "答复是"), ("韦家宏", "欧阳明德")))
def test_words_named_as_a_noun_are_the_persons(extract, i, noun, name):
    o, c = quotes(i)
    body = f"局长{name}在记者会上解释，预算已经用完。\n\n当时{name[0] if len(name) == 3 else name[:2]}局长的{noun}：{o}预算充足，请市民放心。{c}"
    x = extract(article(body, i))
    assert_said_by(x, i, "预算充足，请市民放心", name)


@pytest.mark.parametrize("i, kind, words", cases(("产品", "对手"), ("聽唔明廣東話", "住咗入嚟唔夠十年", "做咗好耐")))
def test_spoken_cantonese_is_no_name(extract, i, kind, words):
    x = extract(article(f"他又指，市面上的{kind}「{words}」，未必了解本地市场。", i))
    assert not any(m.text == written(i, words) for m in x.mentions), [(m.text, m.rule) for m in x.mentions]


@pytest.mark.parametrize("i, name, verb", cases(("欧阳宏", "司马明", "黄立"), ("讲过", "说过")))
def test_with_after_a_name_ends_it(extract, i, name, verb):
    o, c = quotes(i)
    x = extract(article(f"省棋类运动协会副主席{name}跟我{verb}，{o}引擎给的是答案，棋手给的是故事{c}。", i))
    assert_said_by(x, i, "引擎给的是答案，棋手给的是故事", name)
