"""Claim segmentation: one proposition per claim, the cue and final punctuation left out."""

from __future__ import annotations

import pytest

HEAD = "科技观察\n\n"


def _texts(extract, body: str) -> list[str]:
    return [c.text for c in extract(HEAD + body).claims]


def test_span_leaves_out_cue_and_final_punctuation(extract):
    art = extract(HEAD + "北京大学教授王立新表示,芯片行业竞争激烈。")
    (claim,) = art.claims
    assert claim.text == "芯片行业竞争激烈"
    assert art.article.text[claim.span.start:claim.span.end] == claim.text


@pytest.mark.parametrize("sep", [";", ";", "。", "!"])
def test_split_at_sentence_ends_and_semicolons(extract, sep):
    assert _texts(extract, f"英伟达发布了新芯片{sep}苹果推出了新手机。") == ["英伟达发布了新芯片", "苹果推出了新手机"]


def test_contrast_after_a_comma_is_its_own_claim(extract):
    claims = extract(HEAD + "小米的渠道优势相当明显,但仍需加快转型。").claims
    assert [(c.text, c.contrast) for c in claims] == [("小米的渠道优势相当明显", False), ("但仍需加快转型", True)]


def test_concession_keeps_the_contrast_together(extract):
    assert _texts(extract, "虽然苹果入局较晚,但其生态优势明显。") == ["虽然苹果入局较晚,但其生态优势明显"]


@pytest.mark.parametrize("second", ["而且明天就要发布新版本", "能在多种手机上流畅运行", "其中海外收入增长最快",
                                    "这是行业最大的变化", "被视为下一个爆款应用"])
def test_clause_with_its_own_point_is_split(extract, second):
    assert _texts(extract, f"小米的操作系统相当灵活,{second}。") == ["小米的操作系统相当灵活", second]


def test_elaborating_clauses_stay_together(extract):
    text = "小米毛利率高达23%,创下上市以来新高"
    assert _texts(extract, text + "。") == [text]


def test_sequence_of_actions(extract):
    assert _texts(extract, "王立新先前往工厂参观生产线,再到展厅观看新品,随后返回酒店休息。") == [
        "王立新先前往工厂参观生产线", "再到展厅观看新品", "随后返回酒店休息"]


def test_illustration_is_not_a_claim(extract):
    assert _texts(extract, "大模型无法学到因果关系,比如水往低处流的道理。") == ["大模型无法学到因果关系"]


def test_response_is_marked(extract):
    claims = extract(HEAD + "有观点认为苹果创新放缓。对此,苹果表示,新产品已经在路上。").claims
    assert [c.responds for c in claims] == [False, True]


def test_unnamed_source_people_described_by_the_article(extract):
    claims = extract(HEAD + "多位店主向记者透露,这个月的客流明显减少,两位店主甚至考虑暂时歇业。").claims
    assert [(c.text, c.speaker.kind) for c in claims] == [
        ("这个月的客流明显减少", "unnamed"), ("两位店主甚至考虑暂时歇业", "author")]


def test_section_heading_is_dropped(extract):
    assert _texts(extract, "行业格局生变\n\n英伟达发布了新芯片。") == ["英伟达发布了新芯片"]


def test_traditional_script(extract):
    claims = extract(HEAD + "小米董事長雷軍表示,需求相當旺盛,但小米產能依然緊張。").claims
    assert [(c.text, c.speaker.key) for c in claims] == [("需求相當旺盛", "lei_jun"), ("但小米產能依然緊張", "lei_jun")]


def test_about_resolves_the_company_anaphor(extract):
    claims = extract(HEAD + "小米由雷军在2010年创办,该公司在2011年推出了首款手机。").claims
    assert "xiaomi" in claims[-1].about


def test_about_resolves_qi(extract):
    claims = extract(HEAD + "苹果今天发布了新手机。其销量预计将超过上一代。").claims
    assert claims[-1].about[0] == "apple"


def test_about_skips_a_concept_that_only_qualifies(extract):
    (claim,) = extract(HEAD + "英伟达在AI芯片市场占据主导。").claims
    assert claim.about == ("nvidia",)


def test_about_inherits_an_omitted_subject(extract):
    claims = extract(HEAD + "雷军今天抵达深圳,下午前往工厂参观。").claims
    assert [c.about for c in claims] == [("lei_jun",), ("lei_jun",)]


def test_whole_quotation_loses_its_marks(extract):
    claims = extract(HEAD + "北京大学教授王立新坦言,需求很旺,“我们只要把产品做好。”").claims
    assert [c.text for c in claims] == ["需求很旺", "我们只要把产品做好"]


def test_a_quoted_term_at_the_end_keeps_its_closing_mark(extract):
    (claim,) = extract("这家公司的“护城河”越来越深。").claims
    assert claim.text == "这家公司的“护城河”越来越深"
    (claim,) = extract("业内称这一现象为“芯片荒”。").claims
    assert claim.text.endswith("“芯片荒”")


@pytest.mark.parametrize("body, expected", [
    ("高通将在下季度推出新处理器,联发科的同级产品则要到明年才上市。",
     ["高通将在下季度推出新处理器", "联发科的同级产品则要到明年才上市"]),
    ("英伟达签署了长期供货协议,这一合作将使成本下降。", ["英伟达签署了长期供货协议", "这一合作将使成本下降"]),
    ("英伟达提高了研发投入,从而缩小了与对手的差距。", ["英伟达提高了研发投入", "从而缩小了与对手的差距"]),
    ("尽管成本上升,公司仍维持盈利,但毛利率下滑。", ["尽管成本上升,公司仍维持盈利", "但毛利率下滑"]),
    ("如果需求回暖,英伟达的股价会继续上涨。", ["如果需求回暖,英伟达的股价会继续上涨"]),
    ("随着订单增加,英伟达的产能更加紧张。", ["随着订单增加,英伟达的产能更加紧张"]),
])
def test_clause_segmentation(extract, body, expected):
    assert _texts(extract, body) == expected


def test_a_parenthetical_comment_is_the_articles(extract):
    claims = extract(HEAD + "北京大学教授王立新说要给员工涨薪(不过没提奖金)。").claims
    assert [(c.text, c.speaker.kind) for c in claims] == [("要给员工涨薪", "entity"), ("不过没提奖金", "author")]


def test_a_question_in_a_quotation_drops_only_that_sentence(extract):
    assert _texts(extract, "“预算已经削减了一成。我们还能承受更多削减吗?”北京大学教授王立新说。") == ["预算已经削减了一成"]


def test_a_line_that_breaks_off_after_a_comma_runs_on(extract):
    claims = extract(HEAD + "北京大学教授王立新表示,\n\n芯片行业竞争激烈。").claims
    assert [(c.text, c.speaker.key) for c in claims] == [("芯片行业竞争激烈", "王立新")]


def test_claim_lexicon_is_classed_data(claim_lexicon, nlp):
    fold = nlp.get_pipe("claimgraph_entity_matcher_v1").folder.view
    assert len(claim_lexicon.cues) >= 300
    assert claim_lexicon.cue_polarity("看好").value == "favor"
    assert claim_lexicon.cue_polarity("唱衰").value == "against"
    assert claim_lexicon.cue_polarity(fold("批評")).value == "against"  # read in the folded view
    assert claim_lexicon.cue_polarity("表示") is None
    assert claim_lexicon.cues.get("表示").cls == "say" and claim_lexicon.cues.get("预期").cls == "predict"


@pytest.mark.parametrize("a, b", [("苹果", "华为"), ("特斯拉", "比亚迪"), ("英伟达", "AMD")])
@pytest.mark.parametrize("trad", [False, True])
def test_a_subject_set_against_the_one_before_is_a_claim_of_its_own(extract, a, b, trad):
    """……苹果的销量在下滑,而华为的份额在上升: two subjects, two points, two claims."""
    from capabilities.cases import traditional
    body = f"观察\n\n分析师王凯表示，{a}的销量在下滑，而{b}的份额在上升。\n"
    x = extract(traditional(body) if trad else body)
    assert len(x.claims) == 2 and x.claims[1].text.startswith(("而", "而")), [c.text for c in x.claims]


@pytest.mark.parametrize("first, second", [("批价回落是行业需求疲弱的结果", "茅台的品牌力依然稳固"),
                                           ("手机市场已经触底", "小米的份额正在回升"),
                                           ("芯片价格还会下跌", "英伟达的护城河依然稳固")])
@pytest.mark.parametrize("trad", [False, True])
def test_a_clause_that_opens_with_a_name_and_its_own_predicate_is_a_claim(extract, first, second, trad):
    """……,茅台的品牌力依然稳固: a named subject with its own point is a claim of its own."""
    from capabilities.cases import traditional
    body = f"观察\n\n贵州茅台今晚发布一季报。分析师王文丹认为，{first}，{second}。\n"
    x = extract(traditional(body) if trad else body)
    want = [traditional(first), traditional(second)] if trad else [first, second]
    assert [c.text for c in x.claims][-2:] == want, [c.text for c in x.claims]
