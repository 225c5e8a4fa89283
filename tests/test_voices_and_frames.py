"""Speaker phrases read by their structure, whatever words fill them:

- every title the entity stage reads a person by (理事, 监事, 副秘书长) is a role a speaker
  holds, with any adverbial between the name and the cue (周四在纽约的一场活动上表示);
- a frame of time around the clause's event (在回答分析师提问时, 在接受采访时) names no one:
  the speaker is the person before it, or the pronoun after it;
- a body's voice (发言人, 客服) speaks for the body named before it, a brand the segmenter
  cuts into common words (速|达到|家) included, bounded by its kind (连锁超市, 外卖平台) or by
  the clause's start;
- the object of a preposition (在外卖平台某某上) is no subject a later clause leaves out.

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import itertools

import pytest

from capabilities.cases import half_width, in_script, nth_case
from claimgraph.models import EntityType

NAMES = ("卢安澜", "宋启航", "韦嘉禾", "柯明远")
BODIES = ("北辰协会", "东篱基金会", "青岚集团", "华亭公司")
TITLES = ("理事", "监事", "常务理事", "副秘书长", "独立董事")
ADVERBIALS = ("", "周四", "周四在纽约的一场活动上", "昨日在年会上")
CONTENTS = ("劳动力市场正在降温", "明年的资本开支将控制在八十亿元以内", "行业利润还有改善空间", "价格战已经接近尾声")


def _article(body: str, i: int) -> str:
    text, = in_script(i, "财经快讯\n\n" + (half_width(body) if i % 3 == 0 else body) + "\n")
    return text


def _speaker(x, content: str) -> tuple[str, str | None]:
    claim = next((c for c in x.claims if c.text == content), None)
    assert claim is not None, [c.text for c in x.claims]
    if claim.speaker.kind != "entity":
        return claim.speaker.kind, None
    return "entity", next((m.text for m in x.mentions if m.entity == claim.speaker.key), claim.speaker.key)


def _spoken_by(extract, i: int, body: str, name: str):
    """The extraction of case ``i``'s article (``body`` with a content put in), once its
    content is checked to be ``name``'s words, in the case's script."""
    content = CONTENTS[i % len(CONTENTS)]
    x = extract(_article(body.format(content=content), i))
    want_name, want_content = in_script(i, name, content)
    assert _speaker(x, want_content) == ("entity", want_name)
    return x


TITLED = list(itertools.product(NAMES, BODIES, TITLES, ADVERBIALS))


@pytest.mark.parametrize("i", range(0, len(TITLED), 3))
def test_a_person_titled_by_any_title_the_entity_stage_knows_speaks(extract, i):
    name, body, title, adverbial = nth_case(i, NAMES, BODIES, TITLES, ADVERBIALS)
    x = _spoken_by(extract, i, body + title + name + adverbial + "表示，{content}。", name)
    assert not any(c.text.endswith(in_script(i, "表示")[0]) for c in x.claims), [c.text for c in x.claims]


ASKERS = ("分析师", "记者", "投资者")
FRAMES = ("在回答{asker}提问时透露", "在回答{asker}提问时说", "在接受{asker}采访时表示")


@pytest.mark.parametrize("name, asker, frame", list(itertools.product(NAMES, ASKERS, FRAMES)))
def test_a_frame_of_time_names_no_one_and_the_person_before_it_speaks_on(extract, name, asker, frame):
    first, then = CONTENTS[0], CONTENTS[1]
    cue = frame.format(asker=asker)
    x = extract(f"财经快讯\n\n青岚集团首席财务官{name}{cue}，{first}。他还表示，{then}。\n")
    assert not any(m.text.endswith(("时", "时他")) for m in x.mentions), [(m.text, m.rule) for m in x.mentions]
    assert _speaker(x, first) == ("entity", name)
    assert _speaker(x, then) == ("entity", name)


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("asker", ASKERS)
def test_a_pronoun_after_a_frame_of_time_is_the_person_named_before(extract, name, asker):
    x = extract(f"财经快讯\n\n分析师{name}表示，{CONTENTS[2]}。在接受{asker}采访时他说，{CONTENTS[3]}。\n")
    assert not any(m.text.endswith("他") for m in x.mentions), [(m.text, m.rule) for m in x.mentions]
    assert _speaker(x, CONTENTS[3]) == ("entity", name)


# brand names the segmenter cuts into common words or single characters
BRANDS = ("速达到家", "惠家乐", "优鲜多", "乐享购")
KINDS = ("连锁超市", "外卖平台", "电商平台", "便利店")
VOICES = ("发言人", "客服", "新闻发言人")
CUES = ("昨日表示", "回应称", "表示")
VOICED = list(itertools.product(BRANDS, KINDS, VOICES, CUES))


@pytest.mark.parametrize("i", range(0, len(VOICED), 2))
def test_a_body_s_voice_speaks_for_the_brand_between_its_kind_and_the_voice(extract, i):
    brand, kind, voice, cue = nth_case(i, BRANDS, KINDS, VOICES, CUES)
    x = _spoken_by(extract, i, "事件涉及的" + kind + brand + voice + cue + "，{content}。", brand)
    entity = next(e for e in x.entities if e.key == x.claims[0].speaker.key)
    assert entity.type is EntityType.ORGANIZATION


@pytest.mark.parametrize("brand, voice", list(itertools.product(BRANDS, VOICES)))
def test_a_body_s_voice_at_the_clause_start_speaks_for_the_words_before_it(extract, brand, voice):
    x = extract(f"消费快讯\n\n网友质疑价格不透明。对此，{brand}{voice}回应称，{CONTENTS[3]}。\n")
    assert _speaker(x, CONTENTS[3]) == ("entity", brand)
    assert not any(c.text.startswith("对此") for c in x.claims), [c.text for c in x.claims]


@pytest.mark.parametrize("brand, kind", list(itertools.product(BRANDS, KINDS)))
def test_the_object_of_a_preposition_is_no_subject_a_later_clause_leaves_out(extract, brand, kind):
    body = (f"多名网友发帖称，在{kind}{brand}上点同一份餐，不同账号的价格相差数元，质疑平台区别定价。"
            f"对此，{brand}客服回应称，{CONTENTS[3]}。")
    x = extract("消费快讯\n\n" + body + "\n")
    netizens = [c for c in x.claims if "价格相差数元" in c.text or "质疑" in c.text or c.text.startswith("质疑")]
    assert netizens, [c.text for c in x.claims]
    brand_keys = {m.entity for m in x.mentions if m.text == brand}
    assert all(c.speaker.key not in brand_keys for c in netizens), [(c.text, c.speaker) for c in netizens]
    assert _speaker(x, CONTENTS[3]) == ("entity", brand)


PUBLISHERS = ("北辰协会", "东篱研究院", "青岚证券")
PUBLISHING = ("今日发布年度报告", "日前公布最新展望", "周二发布行业白皮书")
FORECASTS = ("预计", "预估", "预测")


@pytest.mark.parametrize("publisher, act, cue", list(itertools.product(PUBLISHERS, PUBLISHING, FORECASTS)))
def test_a_forecast_after_a_clause_that_publishes_is_the_publisher_s(extract, publisher, act, cue):
    content = "明年的销量将增长一成"
    x = extract(f"行业快讯\n\n{publisher}{act}，{cue}{content}。\n")
    assert _speaker(x, content) == ("entity", publisher)
    assert not any(c.text.startswith(("最新展望", "年度报告")) for c in x.claims), [c.text for c in x.claims]


AUTHORITIES = ("北辰协会", "东篱管理局", "青岚市教育局")
ISSUED = (("印发", "通知"), ("下发", "文件"), ("出台", "意见"), ("发布", "方案"))


@pytest.mark.parametrize("i", range(len(AUTHORITIES) * len(ISSUED)))
def test_what_an_authority_s_document_states_is_the_authority_s(extract, i):
    authority, (verb, document) = nth_case(i, AUTHORITIES, ISSUED)
    content = "一些机构仍存在违规收费问题"
    x = extract(_article(f"{authority}日前{verb}{document}，要求各地加强监管。{document}指出，{content}。", i))
    want_authority, want_content = in_script(i, authority, content)
    assert _speaker(x, want_content) == ("entity", want_authority)


@pytest.mark.parametrize("stem", ("工业", "稳定", "家用", "智能"))
@pytest.mark.parametrize("trade", ("机器人", "汽车", "电子"))
def test_industries_listed_one_after_another_name_no_company(extract, stem, trade):
    x = extract(f"行业快讯\n\n前三季度，新能源汽车、{stem}{trade}、集成电路产量分别增长三成、两成和一成。\n")
    assert not any(m.text == stem + trade for m in x.mentions), [(m.text, m.rule) for m in x.mentions]


@pytest.mark.parametrize("kind", ("培训机构", "企业", "平台"))
@pytest.mark.parametrize("word", ("变相", "违规", "擅自"))
def test_a_word_in_scare_quotes_after_a_kind_names_no_company(extract, kind, word):
    x = extract(f"教育快讯\n\n通知要求，严禁{kind}“{word}”开展学科类培训。\n")
    assert not any(m.text == word for m in x.mentions), [(m.text, m.rule) for m in x.mentions]


@pytest.mark.parametrize("speaker", ["分析师卢安澜", "北岳资本", "青岚证券首席经济学家宋启航"])
@pytest.mark.parametrize("cue", ["预计", "预估", "预测"])
def test_a_forecast_after_a_speaker_s_words_in_the_sentence_is_a_claim_of_theirs(extract, speaker, cue):
    first, second = "全球铜矿供应紧张的局面将持续到2028年", "明年铜价将升至每吨12000美元"
    x = extract(f"大宗商品快讯\n\n{speaker}在最新报告中表示，{first}，{cue}{second}。\n")
    name = speaker.split("分析师")[-1].split("首席经济学家")[-1]
    assert _speaker(x, first) == ("entity", name)
    assert _speaker(x, second) == ("entity", name)


@pytest.mark.parametrize("speaker", ["分析师卢安澜", "青岚集团总裁宋启航"])
@pytest.mark.parametrize("plan", ["公司正在匈牙利筹建第一座海外工厂，预计2028年投产",
                                  "新工厂已经动工，预计明年年底投产"])
def test_a_forecast_whose_words_leave_the_subject_out_stays_with_the_clause_before(extract, speaker, plan):
    x = extract(f"快讯\n\n{speaker}表示，{plan}。\n")
    assert plan in [c.text for c in x.claims], [c.text for c in x.claims]


# names no catalog knows whose given name is a word of the dictionary (启航, 建国, 志强)
UNKNOWN = ("宋启航", "韦建国", "柯志强", "卢安澜")


@pytest.mark.parametrize("name", UNKNOWN)
@pytest.mark.parametrize("frame", ["据{name}介绍，", "{name}先生表示，", "{name}女士指出，", "{name}博士认为，",
                                   "{name}教授预计，", "{name}律师表示，"])
def test_an_unknown_name_before_an_honorific_or_after_according_to_speaks(extract, name, frame):
    content = "明年营收会增长一成"
    x = extract("快讯\n\n" + frame.format(name=name) + content + "。\n")
    assert _speaker(x, content) == ("entity", name)


@pytest.mark.parametrize("frame", ["新措施推出后", "受此影响", "受惠于先进封装需求强劲", "随着需求回暖", "如果补贴延续"])
@pytest.mark.parametrize("speaker", ["局长孙明扬", "分析师卢安澜"])
def test_a_frame_before_a_forecast_stays_with_it(extract, frame, speaker):
    x = extract(f"快讯\n\n{speaker}表示，{frame}，预计人才数量将翻倍。\n")
    assert not any(c.text == frame for c in x.claims), [c.text for c in x.claims]


@pytest.mark.parametrize("frame", ["受惠于先进封装需求强劲", "得益于出口强劲", "受制于产能不足", "受此影响"])
@pytest.mark.parametrize("speaker", ["董事长邱文彬", "分析师卢安澜"])
def test_what_a_result_owes_to_frames_the_clause_after_it(extract, frame, speaker):
    content = f"{frame}，公司今年营收可望增长三成"
    x = extract(f"快讯\n\n{speaker}表示，{content}。\n")
    assert content in [c.text for c in x.claims], [c.text for c in x.claims]


@pytest.mark.parametrize("office", ["特首", "行政长官", "行政長官", "总统", "總統", "首相"])
@pytest.mark.parametrize("lead", ["在施政报告中宣布", "表示", "今天在记者会上说"])
def test_an_office_held_by_one_person_named_alone_speaks(extract, office, lead):
    content = "将放宽人才计划的申请门槛"
    x = extract(f"快讯\n\n{office}{lead}，{content}。\n")
    claim = next(c for c in x.claims if c.text == content)
    assert claim.speaker.kind == "entity", claim.speaker
    assert next(m.text for m in x.mentions if m.entity == claim.speaker.key) == office


@pytest.mark.parametrize("university", ["南岭大学", "北辰大学", "東篱大學"])
@pytest.mark.parametrize("fields", ["材料科学与工程", "经济与管理", "信息与通信工程", "新闻与传播"])
def test_a_school_of_two_fields_is_named_whole_with_its_university(extract, university, fields):
    text, = in_script(0, f"科技快讯\n\n{university}{fields}学院教授范志诚表示，新电池的续航将提升一倍。\n")
    x = extract(text)
    assert f"{university}{fields}学院" in {m.text for m in x.mentions}, [(m.text, m.rule) for m in x.mentions]


@pytest.mark.parametrize("university", ["北川大学", "南岭大学"])
@pytest.mark.parametrize("school", ["法学院", "商学院", "医学院"])
@pytest.mark.parametrize("lead", ["劳动法专家、", "知名学者、", ""])
def test_a_school_after_a_list_of_titles_keeps_its_university(extract, university, school, lead):
    x = extract(f"快讯\n\n{lead}{university}{school}副教授陆欣然表示，用人单位安排加班应当与劳动者协商。\n")
    assert university + school in {m.text for m in x.mentions}, [(m.text, m.rule) for m in x.mentions]
