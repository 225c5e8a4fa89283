"""Speaker attribution: one short article per case, the speaker and the rule that chose it."""

from __future__ import annotations

import pytest

HEAD = "科技观察\n\n"


def _said(extract, body: str) -> list[tuple[str, str, str]]:
    """(claim text, speaker key, rule) for every claim of a one-paragraph article."""
    return [(c.text, c.speaker.key, c.speaker.rule) for c in extract(HEAD + body).claims]


def test_cue_then_continuation(extract):
    said = _said(extract, "北京大学教授王立新表示,芯片行业竞争激烈。国产厂商仍需时间追赶。")
    assert said == [
        ("芯片行业竞争激烈", "王立新", "attribution.cue_before.v1"),
        ("国产厂商仍需时间追赶", "王立新", "attribution.continuation.v1"),
    ]


def test_continuation_stops_at_the_paragraph(extract):
    said = _said(extract, "北京大学教授王立新表示,芯片行业竞争激烈。\n\n半导体板块今天收涨。")
    assert said[-1] == ("半导体板块今天收涨", "@author", "attribution.article_voice.v1")


def test_quote_then_speaker_at_sentence_end(extract):
    said = _said(extract, "“市场需求非常旺盛。”在昨天的论坛上,北京大学教授王立新表示。")
    assert said == [("市场需求非常旺盛", "王立新", "attribution.quote_first.v1")]


def test_quote_then_speaker_then_more_words(extract):
    said = _said(extract, "“芯片短缺还会持续。”北京大学教授王立新分析称,企业应提前备货。")
    assert said == [
        ("芯片短缺还会持续", "王立新", "attribution.quote_first.v1"),
        ("企业应提前备货", "王立新", "attribution.quote_first.v1"),
    ]


def test_pronoun_stands_for_the_last_person(extract):
    said = _said(extract, "北京大学教授王立新出席了论坛。他认为,国产芯片仍需时间追赶。")
    assert said[-1] == ("国产芯片仍需时间追赶", "王立新", "attribution.pronoun.v1")


@pytest.mark.parametrize("cue, label", [
    ("有观点认为,", "有观点"), ("市场担忧", "市场"), ("资料显示,", "资料"),
    ("业内人士称,", "业内人士"), ("知情人士透露,", "知情人士"),
])
def test_unnamed_sources(extract, cue, label):
    (text, key, rule), = _said(extract, cue + "苹果的新手机销量下滑。")
    assert (text, key) == ("苹果的新手机销量下滑", label)
    assert rule in ("attribution.unnamed_source.v1", "attribution.unnamed_bare.v1")


def test_unnamed_source_covers_its_sentence_only(extract):
    said = _said(extract, "有观点认为,苹果的创新速度正在放缓。苹果今天发布了新手机。")
    assert [s[1] for s in said] == ["有观点", "@author"]


def test_data_vendor(extract):
    said = _said(extract, "Wind数据显示,英伟达股价今年累计上涨73%。")
    assert said == [("英伟达股价今年累计上涨73%", "wind_information", "attribution.data_vendor.v1")]


def test_organisation_announcing_without_comma(extract):
    said = _said(extract, "3月8日,百度宣布其翻译服务完成改版。")
    assert said == [("其翻译服务完成改版", "baidu", "attribution.direct_cue.v1")]


def test_organisation_in_a_statement(extract):
    said = _said(extract, "苹果公司在声明中称,新手机将于9月上市。")
    assert said == [("新手机将于9月上市", "apple", "attribution.cue_before.v1")]


def test_organisation_anaphor_speaks(extract):
    said = _said(extract, "百度今天召开发布会。公司表示,新模型已经上线。")
    assert said[-1] == ("新模型已经上线", "baidu", "attribution.org_anaphor.v1")


def test_two_speakers_alternating(extract):
    said = _said(extract, "北京大学教授王立新表示,芯片行业竞争激烈。清华大学教授李明华则认为,行业整体仍在扩张。"
                          "王立新补充说,中小企业压力最大。")
    assert [(s[0], s[1]) for s in said] == [
        ("芯片行业竞争激烈", "王立新"), ("行业整体仍在扩张", "李明华"), ("中小企业压力最大", "王立新")]


def test_cue_without_a_subject_belongs_to_the_sentence_opener(extract):
    said = _said(extract, "北京大学教授王立新昨天抵达上海,今天接受采访证实,已与合作方签约,并形容合作前景很好。")
    assert said == [
        ("北京大学教授王立新昨天抵达上海", "@author", "attribution.article_voice.v1"),
        ("已与合作方签约", "王立新", "attribution.zero_subject.v1"),
        ("合作前景很好", "王立新", "attribution.zero_subject.v1"),
    ]


def test_framed_quote(extract):
    said = _said(extract, "北京大学教授王立新对今年市场的判断则是“稳中有升”。")
    assert said == [("稳中有升", "王立新", "attribution.framed_quote.v1")]


def test_question_is_not_a_claim(extract):
    assert _said(extract, "芯片短缺会持续多久?") == []


def test_cue_right_after_a_closing_quote(extract):
    said = _said(extract, "北京大学教授王立新在会上说:“这一代芯片来之不易。”他表示,下一代产品明年上市。")
    assert said == [
        ("这一代芯片来之不易", "王立新", "attribution.cue_before.v1"),
        ("下一代产品明年上市", "王立新", "attribution.pronoun.v1"),
    ]


def test_pronoun_cue_with_an_adverb_mid_paragraph(extract):
    said = _said(extract, "北京大学教授王立新表示,芯片行业竞争激烈。他同时指出,价格战难以持续。")
    assert said[-1] == ("价格战难以持续", "王立新", "attribution.pronoun.v1")


@pytest.mark.parametrize("body, cue", [
    ("外资分析师指出,芯片库存正在回落。", "外资分析师"),
    ("不过,也有经济学家担忧,出口增速将放缓。", "也有经济学家"),
])
def test_unnamed_analysts_and_economists(extract, body, cue):
    said = _said(extract, body)
    assert said[-1][1:] == (cue, "attribution.unnamed_source.v1")


def test_interview_transcript_labels(extract):
    x = extract("专访光启半导体董事长郑海峰:封装是新战场\n\n记者:您为什么看好先进封装?\n\n"
                "郑海峰:先进封装能弥补制程的差距。明年我们的产能会翻倍。\n")
    assert [(c.text, c.speaker.key, c.speaker.rule) for c in x.claims] == [
        ("先进封装能弥补制程的差距", "郑海峰", "attribution.dialogue_label.v1"),
        ("明年我们的产能会翻倍", "郑海峰", "attribution.dialogue_label.v1"),
    ]


@pytest.mark.parametrize("body, speaker, rule, text", [
    ("据路透社报道,苹果正在测试新的芯片。", "reuters", "attribution.according_to.v1", "苹果正在测试新的芯片"),
    ("根据IDC的最新报告,平板电脑出货量同比下降3%。", "idc", "attribution.according_to.v1", "平板电脑出货量同比下降3%"),
    ("记者了解到,多家银行已下调存款利率。", "@author", "attribution.reporter_cue.v1", "多家银行已下调存款利率"),
    ("某券商分析师对记者表示,行业库存仍然偏高。", "某券商分析师", "attribution.unnamed_source.v1", "行业库存仍然偏高"),
])
def test_according_to_reporter_and_unnamed_analyst_cues(extract, body, speaker, rule, text):
    assert _said(extract, body) == [(text, speaker, rule)]


def test_a_report_named_again_is_its_publisher(extract):
    said = _said(extract, "根据IDC的最新报告,笔记本出货量回升。报告指出,商用市场需求更强。")
    assert said[-1] == ("商用市场需求更强", "idc", "attribution.document_anaphor.v1")


def test_an_organisation_speaking_of_itself_is_what_its_words_are_about(extract):
    x = extract("三星电子在声明中表示,公司将扩大存储芯片产能。")
    (claim,) = x.claims
    assert (claim.speaker.key, claim.about) == ("samsung_electronics", ("samsung_electronics",))


def test_quotation_then_an_unnamed_speaker(extract):
    said = _said(extract, "“客户都在等新一代产品,库存消化很快。”一位不愿具名的渠道负责人说。")
    assert said == [("客户都在等新一代产品,库存消化很快", "一位不愿具名的渠道负责人", "attribution.quote_first.v1")]


def test_hong_kong_continued_cue(extract):
    said = _said(extract, "北京大学教授王立新稱：「需求正在回暖。」她續指，出口仍面對壓力。")
    assert said == [("需求正在回暖", "王立新", "attribution.cue_before.v1"),
                    ("出口仍面對壓力", "王立新", "attribution.pronoun.v1")]


def test_a_forecast_without_its_subject_is_not_a_cue(extract):
    said = _said(extract, "三星电子宣布扩建存储芯片工厂,预计2027年投产。")
    assert said == [("扩建存储芯片工厂,预计2027年投产", "samsung_electronics", "attribution.direct_cue.v1")]


@pytest.mark.parametrize("body, speaker, rule", [
    ("路透社引述知情人士报道,苹果正在测试新的芯片。", "reuters", "attribution.cue_before.v1"),
    ("Evercore分析师王凯告诉彭博社,需求依然强劲。", "王凯", "attribution.cue_before.v1"),
    ("据亚马逊公布,云业务营收增长19%。", "amazon", "attribution.according_to.v1"),
    ("腾讯与阿里巴巴宣布,双方将在云计算领域合作。", "@author", "attribution.joint_statement.v1"),
    ("本公司董事会宣布,公司将回购股份。", "@author", "attribution.self_reference.v1"),
])
def test_speaker_phrase_read_by_its_structure(extract, body, speaker, rule):
    (text, key, found_rule), = _said(extract, body)
    assert (key, found_rule) == (speaker, rule)


def test_the_object_of_a_preposition_never_speaks(extract):
    said = _said(extract, "立委葛立强向行政院长王大同喊话,法规需要尽快修改。")
    assert said == [("法规需要尽快修改", "葛立强", "attribution.cue_before.v1")]


def test_the_same_unnamed_source_again(extract):
    said = _said(extract, "知情人士透露,苹果正考虑收购一家芯片公司。该人士表示,谈判已接近完成。")
    assert [(s[0], s[1]) for s in said] == [("苹果正考虑收购一家芯片公司", "知情人士"), ("谈判已接近完成", "知情人士")]
    assert said[1][2] == "attribution.unnamed_anaphor.v1"


def test_a_speaker_no_catalog_knows_becomes_an_entity_with_its_type(extract):
    x = extract(HEAD + "晨星分析师普莱斯(Anna Price)指出,估值已经偏高。Bernstein在报告中指出,利润率将改善。")
    entities = {e.label: e for e in x.entities}
    assert entities["普莱斯"].type.value == "Person" and entities["普莱斯"].label_en == "Anna Price"
    assert entities["Bernstein"].type.value == "Organization"
    assert [c.speaker.key for c in x.claims] == [entities["普莱斯"].key, entities["Bernstein"].key]


def test_a_reply_belongs_to_the_one_asked(extract):
    said = _said(extract, "本报向苹果公司求证,获回复“不予置评,以公告为准”。")
    assert said[-1][1:] == ("apple", "attribution.reply.v1")


def test_first_person_outside_quotations_is_the_article(extract):
    (text, key, rule), = _said(extract, "我认为,地方政府的补贴正在失去焦点。")
    assert (key, rule) == ("@author", "attribution.first_person.v1")


def test_continuation_stops_at_a_sentence_with_its_own_subject(extract):
    said = _said(extract, "北京大学教授王立新表示,芯片行业竞争激烈。投资者目前正等待财报公布。")
    assert [s[1] for s in said] == ["王立新", "@author"]


def test_narrative_after_a_closed_colon_quotation_is_the_articles(extract):
    said = _said(extract, "北京大学教授王立新表示:“需求很强。订单排到明年。”随后王立新离开了会场。")
    assert [(s[0], s[1]) for s in said] == [("需求很强", "王立新"), ("订单排到明年", "王立新"),
                                              ("随后王立新离开了会场", "@author")]


def test_a_cue_inside_a_quotation_names_its_own_speaker(extract):
    said = _said(extract, "北京大学教授王立新表示:“苹果宣称新手机销量创新高,我们认为这不可信。”")
    assert [(s[0], s[1]) for s in said] == [("新手机销量创新高", "apple"), ("这不可信", "王立新")]


@pytest.mark.parametrize("label", ["工信部新闻发言人王立新", "**王立新**", "**北京大学教授王立新"])
def test_transcript_labels_of_any_shape(extract, label):
    close = "**" if label.startswith("**北京") else ""
    x = extract(f"发布会实录\n\n出席发布会的是北京大学教授王立新。\n\n{label}{close}:今年出口增长了5%。我们会继续努力。\n")
    assert [(c.text, c.speaker.key) for c in x.claims][-2:] == [("今年出口增长了5%", "王立新"), ("我们会继续努力", "王立新")]


def test_an_askers_assertions_are_unnamed_its_questions_no_claims(extract):
    x = extract("专访北京大学教授王立新\n\n问:今年出口下滑了5%,您怎么看?\n\n答:下滑是暂时的。\n")
    assert [(c.text, c.speaker.kind, c.speaker.key) for c in x.claims] == [
        ("今年出口下滑了5%", "unnamed", "提问者"), ("下滑是暂时的", "entity", "王立新")]


@pytest.mark.parametrize("opener", ["对于这一传闻，", "针对上述传闻，", "对于外界的传言，", "就这一消息，"])
@pytest.mark.parametrize("rest", ["小米方面未予置评。", "市场反应平淡。"])
@pytest.mark.parametrize("trad", [False, True])
def test_a_rumour_answered_is_no_source(extract, opener, rest, trad):
    """对于这一传闻,……: the rumour a response opens with is what is answered, not who speaks."""
    from capabilities.cases import traditional
    body = opener + rest
    said = _said(extract, traditional(body) if trad else body)
    assert all(kind != "传闻" and kind != "传言" and kind != "消息" for _, kind, _ in said), said


@pytest.mark.parametrize("org, key", [("小米", "xiaomi"), ("华为", "huawei"), ("比亚迪", "byd")])
@pytest.mark.parametrize("channel", ["官方微博发文称", "官方微博發文稱", "在官方微博上表示", "官微发文称", "通过微信公众号发文称"])
def test_an_organisation_speaks_through_its_channel(extract, org, key, channel):
    """小米官方微博发文称: the company speaks, not the platform that carries its words."""
    said = _said(extract, f"{org}{channel}，新机将于下月上市。")
    assert [k for _, k, _ in said] == [key], said


@pytest.mark.parametrize("role", ["经济学家", "学者", "律师", "工程师", "主播", "研究员"])
@pytest.mark.parametrize("pointer", ["这位", "这名", "该名"])
@pytest.mark.parametrize("quoted", [False, True])
def test_a_demonstrative_and_any_role_is_the_person_named_before(extract, role, pointer, quoted):
    """“……，”这位经济学家说 / 这名学者认为: the person named before, whatever role the phrase uses."""
    tail = f"“价格战没有赢家，”{pointer}{role}说。" if quoted else f"{pointer}{role}认为，价格战没有赢家。"
    x = extract(f"评论\n\n北方大学教授程亦凡出席了论坛。{tail}\n")
    person = {m.entity for m in x.mentions if m.text == "程亦凡"}
    assert [c.speaker.key for c in x.claims if c.text == "价格战没有赢家"] == [*person], [(c.text, c.speaker) for c in x.claims]


@pytest.mark.parametrize("left, right", [("“", "”"), ("「", "」"), ("『", "』")])
@pytest.mark.parametrize("tail", ["重申了这一立场", "补充了这番话", "重申了上述看法"])
@pytest.mark.parametrize("between", ["", "面对记者的追问，"])
def test_a_quotation_closed_by_a_cue_that_points_back_at_it(extract, left, right, tail, between):
    """“……。”他重申了这一立场: the object points back at the quotation; the speaker said it."""
    x = extract(f"快讯\n\n{left}我们不会降价。{right}{between}小米集团总裁卢伟冰{tail}。\n")
    assert [(c.text, c.speaker.kind) for c in x.claims] == [("我们不会降价", "entity")], [(c.text, c.speaker) for c in x.claims]


def test_a_cue_that_points_back_at_nothing_quoted_stays_the_articles(extract):
    said = _said(extract, "小米集团总裁卢伟冰重申了这一立场。")
    assert [k for _, k, _ in said] == ["@author"], said


@pytest.mark.parametrize("reference", ["有关报道", "相关报道", "上述消息", "这一情况", "相关传闻"])
@pytest.mark.parametrize("trad", [False, True])
def test_a_cue_whose_object_only_names_what_was_said_is_no_claim(extract, reference, trad):
    """我们注意到有关报道。: the words name a report and say nothing of it."""
    from capabilities.cases import traditional
    body = f"例行记者会\n\n记者：有报道称中方将展开调查，能否证实？\n\n林剑：我们注意到{reference}。中方将依法办事。\n"
    x = extract("外交部发言人林剑主持例行记者会。\n\n" + (traditional(body) if trad else body))
    texts = [c.text for c in x.claims]
    assert not [t for t in texts if t in (reference, traditional(reference))], texts


@pytest.mark.parametrize("left, right", [("“", "”"), ("「", "」"), ("『", "』")])
@pytest.mark.parametrize("paragraphs", [2, 3])
@pytest.mark.parametrize("trad", [False, True])
def test_a_quotation_over_paragraphs_is_the_speakers_named_at_its_close(extract, left, right, paragraphs, trad):
    """“……。|“……。”程某说。: each paragraph of the quotation opens with its mark and only the
    last closes; the open ones are the speaker's too, not the article's."""
    from capabilities.cases import traditional
    opened = ["国产替代的窗口期只有三到五年", "产业链的短板集中在设备和材料"][:paragraphs - 1]
    body = "".join(f"{left}{p}。\n\n" for p in opened) + f"{left}如果错过这个窗口，差距会被重新拉大。{right}程亦凡说。\n"
    text = "芯片观察\n\n北方大学教授程亦凡长期研究半导体产业。\n\n" + body
    x = extract(traditional(text) if trad else text)
    person = {m.entity for m in x.mentions if m.text in ("程亦凡",)}
    said = [c for c in x.claims if not c.text.startswith(("北方", "北方"))]
    assert len(said) == paragraphs and {c.speaker.key for c in said} == person, [(c.text, c.speaker) for c in said]
