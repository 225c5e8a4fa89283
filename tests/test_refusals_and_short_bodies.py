"""Speakers and names read by the structure around them, whatever words fill it:

- an adverb of restriction before a cue (仅表示, 只表示) is an adverb: after a refusal to comment
  (拒绝置评,仅表示……) the one who refused says what follows;
- a plan or a proposal someone put forward (某某提出的方案建议……) speaks for them, as a report
  they published does;
- a name after 之一的 (涉事平台之一的某某回应称) opens the speaker's phrase as at a clause's start;
- a word the dictionary holds as an institution or an abbreviation that ends in the short form
  of 协会 or 联合会 (中国足协, 科协) is an organisation; a verb that ends the same way (妥协) is none;
- an adverb of restriction opens no name (我们只做金融和医疗 names no company 只做金融);
- a quoted phrase that ends in a word of manner or opinion after 的 (“……市场的做法”) is words
  quoted, not the name of a plan or a law, which a quoted name ending in 计划 or 办法 still is.

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases, speaker_at, written
from claimgraph.models import EntityType

BODIES = ("星河科技", "澜川集团", "欧洲委员会")
CONTENTS = ("委员会将密切关注市场变化", "公司将按计划推进项目", "调查仍在进行中")


@pytest.mark.parametrize("i, body, adverb, refusal", cases(BODIES, ("仅", "只", "仅仅"),
                                                              ("拒绝置评，", "在例行记者会上拒绝就此置评，", "")))
def test_an_adverb_of_restriction_before_a_cue_leaves_the_speaker(extract, i, body, adverb, refusal):
    content = CONTENTS[i % len(CONTENTS)]
    comma = "，" if i % 2 else ""
    x = extract(article(f"{body}发言人表示，公司经营正常。{body}发言人{refusal}{adverb}表示{comma}{content}。", i))
    assert_said_by(x, i, content, body)


@pytest.mark.parametrize("i, company, verb, document, cue", cases(("澜川集团", "星澜能源"), ("提出", "提交", "制定"),
                                                                  ("方案", "草案", "提案"), ("建议", "显示")))
def test_a_document_someone_put_forward_speaks_for_them(extract, i, company, verb, document, cue):
    content = "工业用电平均调涨12%"
    x = extract(article(f"{company}董事长甘礼平表示，经营正常。审议会本月将开会，{company}{verb}的{document}{cue}，{content}。",
                        i))
    assert_said_by(x, i, content, company)


@pytest.mark.parametrize("i, kind, name", cases(("涉事平台", "国内头部外卖平台", "被点名的三家平台"),
                                               ("飞鲸外卖", "蓝雀外卖", "橙果生鲜")))
def test_a_name_after_one_of_opens_the_speakers_phrase(extract, i, kind, name):
    content = "平台已于去年下架了相关店铺"
    lead = ("", "对于法院的说法，", "作为")[i % 3]
    x = extract(article(f"{lead}{kind}之一的{name}回应称，{content}。", i))
    assert_said_by(x, i, content, name)


@pytest.mark.parametrize("i, body", list(enumerate(("中国足协", "中国篮协", "科协", "工商联", "妇联", "中國足協"))))
def test_an_abbreviated_association_is_an_organisation(extract, i, body):
    x = extract(article(f"前国脚詹立军呼吁{body}反思青训体系，而不是一味更换主教练。", i))
    found = {m.text: m.entity for m in x.mentions}
    assert written(i, body) in found, found
    assert next(e for e in x.entities if e.key == found[written(i, body)]).type is EntityType.ORGANIZATION


@pytest.mark.parametrize("i, word", list(enumerate(("妥协", "关联", "失联", "互联"))))
def test_a_verb_that_ends_like_an_association_is_none(extract, i, word):
    x = extract(article(f"专家认为，双方应该尽快{word}，市场需要时间。", i))
    assert not [m.text for m in x.mentions if m.rule == "discover.abbreviated_body.v1"]


@pytest.mark.parametrize("i, adverb, trade, other", cases(("只", "仅"), ("金融", "物流", "医药"), ("医疗", "零售")))
def test_an_adverb_of_restriction_opens_no_name(extract, i, adverb, trade, other):
    x = extract(article(f"景思远说，我们{adverb}做{trade}和{other}两个垂直领域，数据理解更深。", i))
    assert not [m.text for m in x.mentions if m.text.startswith(written(i, adverb))]


@pytest.mark.parametrize("i, phrase, noun", cases(("密切关注可能扭曲市场", "坚决反对任何保护主义", "欢迎各方合作"),
                                                 ("做法", "说法", "看法", "方法")))
def test_a_quoted_way_of_doing_is_no_plan(extract, i, phrase, noun):
    x = extract(article(f"委员会发言人表示，委员会“始终{phrase}的{noun}”。", i))
    assert not [m.text for m in x.mentions if m.rule == "discover.quoted_plan.v1"]


@pytest.mark.parametrize("i, name", list(enumerate(("星河人才留任计划", "数据跨境流动管理办法", "青苗创业扶持方案"))))
def test_a_quoted_name_of_a_plan_is_still_one(extract, i, name):
    x = extract(article(f"市政府今天发布了“{name}”，预计惠及两万人。", i))
    assert written(i, name) in [m.text for m in x.mentions if m.rule == "discover.quoted_plan.v1"]


@pytest.mark.parametrize("i, words", list(enumerate(("从未有过此类规定", "绝不接受任何附加规定", "不再执行原有办法",
                                                     "尚未出台具体方案", "从不参与此类计划"))))
def test_quoted_words_that_open_with_a_negation_are_no_plan(extract, i, words):
    x = extract(article(f"对此，该平台客服回应称“{words}”。", i))
    assert not [m.text for m in x.mentions if m.rule == "discover.quoted_plan.v1"]


@pytest.mark.parametrize("i, name", list(enumerate(("不动产登记暂行条例", "未成年人网络保护条例"))))
def test_a_quoted_law_that_opens_with_a_negating_character_is_still_one(extract, i, name):
    x = extract(article(f"国务院今天公布了“{name}”，自明年起施行。", i))
    assert written(i, name) in [m.text for m in x.mentions if m.rule == "discover.quoted_plan.v1"]


UNNAMED_BODIES = (("头部电商", "平台"), ("大型", "公司"), ("知名投资", "机构"))


@pytest.mark.parametrize("i, body, voice", cases(UNNAMED_BODIES, ("客服", "发言人", "相关负责人", "")))
def test_an_anaphor_of_an_unnamed_body_is_that_body(extract, i, body, voice):
    """某头部电商平台……。该平台客服回应称: the body the article does not name speaks."""
    modifier, noun = body
    content = "从未有过此类规定"
    x = extract(article(f"有商家反映，某{modifier}{noun}要求其不得参加其他{noun}的活动。对此，该{noun}{voice}回应称，{content}。",
                        i))
    speaker = speaker_at(x, i, content)
    assert (speaker.kind, speaker.key) == ("unnamed", f"某{modifier}{noun}")  # keys are folded to simplified


@pytest.mark.parametrize("i, noun, voice", cases(("平台", "公司"), ("客服", "发言人", "")))
def test_an_anaphor_with_no_body_before_it_is_an_unnamed_source(extract, i, noun, voice):
    content = "从未有过此类规定"
    x = extract(article(f"有网友反映，购物节期间促销规则复杂。该{noun}{voice}回应称，{content}。", i))
    speaker = speaker_at(x, i, content)
    assert speaker.kind == "unnamed"


@pytest.mark.parametrize("i, company, voice", cases(("飞鲸外卖", "星河科技"), ("客服", "发言人")))
def test_an_anaphor_of_a_named_body_is_still_that_body(extract, i, company, voice):
    content = "从未有过此类规定"
    x = extract(article(f"{company}董事长甘礼平表示，经营正常。该公司{voice}回应称，{content}。", i))
    assert_said_by(x, i, content, company)


@pytest.mark.parametrize("i, name, trade, officer", cases(("飞鲸", "青川", "橙果"), ("外卖", "生鲜", "快运", "影业"),
                                                          ("董事长", "发言人")))
def test_a_name_and_a_service_trade_before_an_officer_is_a_company(extract, i, name, trade, officer):
    content = "运价将在下月上调"
    x = extract(article(f"{name}{trade}{officer}表示，{content}。", i))
    company = written(i, name + trade)
    found = {m.text: m.entity for m in x.mentions}
    assert company in found, found
    assert next(e for e in x.entities if e.key == found[company]).type is EntityType.ORGANIZATION
