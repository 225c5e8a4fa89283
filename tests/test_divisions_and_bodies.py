"""Names read by the structure around them, whatever words fill it:

- an organisation's division (某某证券环球研究, 某某外卖) speaks for it before a prepositional
  phrase or an adverb too (……在最新报告中指出, ……今天宣布), but a word before a modal is the
  predicate's (某某委员会最快将于下周宣布);
- a verb and its aspect particle after a role (投资人表达了担忧) are no person's name;
- a name and a trade word whose shares move by a figure (某某地产急挫8.5%) name a listed
  company, a kind of product or industry (国产手机下跌3%) none;
- a bracketed byline with the place after a slash (（本報記者某某／台北報導）) is metadata:
  its reporter is the author and no claim holds it;
- a place's government (某某市政府, 某某州政府) is an organisation that speaks; the
  government unnamed (政府, 当地政府) stays an unnamed source.

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import itertools

import pytest

from capabilities.cases import in_script
from capabilities.said import article, assert_said_by, cases, speaker_of, written
from claimgraph.ingest import parse_article
from claimgraph.models import EntityType

CONTENTS = ("内地政策底已经出现", "明年盈利将恢复增长", "估值已反映最坏情况", "行业整合将加速")


BROKERS = ("澜川证券", "汀岚证券", "鹭屿资本", "汐屿银行")
DIVISIONS = ("环球研究", "研究部", "研究团队", "宏观组")
FRAMES = ("在最新报告中指出", "在一份研究报告中表示", "今天指出", "周三在报告中预计")


@pytest.mark.parametrize("i, broker, division, frame", cases(BROKERS, DIVISIONS, FRAMES))
def test_a_division_speaks_for_its_organisation_before_a_phrase_of_where_or_when(extract, i, broker, division, frame):
    content = CONTENTS[i % len(CONTENTS)]
    x = extract(article(f"{broker}{division}{frame}，{content}。", i, "财经快讯"))
    assert_said_by(x, i, content, broker)


BODIES = ("欧盟委员会", "美国商务部", "澜川证券")


@pytest.mark.parametrize("i, body, adverb, modal", cases(BODIES, ("最快", "最早", "最迟"), ("将于下周", "会在月底")))
def test_a_word_before_a_modal_is_the_predicate_s_not_a_division(extract, i, body, adverb, modal):
    x = extract(article(f"{body}{adverb}{modal}宣布对进口钢材加征关税。", i, "财经快讯"))
    # the body is the subject of the announcement, and no division of it is read
    texts = [c.text for c in x.claims]
    want, = in_script(i, "对进口钢材加征关税")
    if want in texts:
        assert speaker_of(x, want) == in_script(i, body)[0]
    else:
        assert any(t.startswith(in_script(i, body)[0]) for t in texts), texts


ROLES = ("投资人", "分析师", "业内人士", "律师")
ASPECTS = ("表达了", "表达过", "流露了")


@pytest.mark.parametrize("i, role, verb", cases(ROLES, ASPECTS))
def test_a_verb_and_its_aspect_particle_after_a_role_are_no_name(extract, i, role, verb):
    x = extract(article(f"澜川科技公布季度业绩后，也有{role}{verb}担忧。", i, "财经快讯"))
    assert not _names(x, EntityType.PERSON)


def x_type(x, key: str):
    return next(e.type for e in x.entities if e.key == key)


def _names(x, etype: EntityType) -> list[str]:
    """The mentions, as written, of the entities of type ``etype``."""
    return [m.text for m in x.mentions if x_type(x, m.entity) is etype]


NAMES = ("远景", "长风", "晨光", "青禾")
TRADES = ("地产", "科技", "汽车", "医药")
MOVES = ("急挫8.5%", "收涨3.2%", "大跌12%", "下跌0.8%")


@pytest.mark.parametrize("i, name, trade, move", cases(NAMES, TRADES, MOVES))
def test_a_name_and_a_trade_whose_shares_move_by_a_figure_is_a_listed_company(extract, i, name, trade, move):
    x = extract(article(f"港股今日低开低走，{name}{trade}{move}，为表现最差蓝筹。", i, "财经快讯"))
    company, = in_script(i, name + trade)
    assert [(m.text, x_type(x, m.entity)) for m in x.mentions] == [(company, EntityType.ORGANIZATION)]


@pytest.mark.parametrize("i, kind", list(enumerate(("传统汽车", "国产手机", "新能源汽车", "光伏材料", "动力电池"))))
def test_a_kind_of_product_whose_price_moves_names_no_company(extract, i, kind):
    x = extract(article(f"受需求疲软影响，{kind}下跌3%。", i, "财经快讯"))
    assert x.mentions == ()


PUBLISHERS = ("本報", "本报", "南方日报", "")
REPORTERS = ("林宜蓁", "王凯", "陈子健")
BRACKETS = (("（", "）"), ("〔", "〕"), ("(", ")"))
BYLINE_CASES = list(itertools.product(PUBLISHERS, REPORTERS, BRACKETS, ("／", "/")))


@pytest.mark.parametrize("i", range(len(BYLINE_CASES)))
def test_a_bracketed_byline_with_its_place_after_a_slash_is_metadata(i):
    publisher, reporter, (left, right), slash = BYLINE_CASES[i]
    lead = "立法院今天邀請部長進行業務報告。"
    text = f"電價調漲引發質詢\n\n{left}{publisher}記者{reporter}{slash}台北報導{right}{lead}\n"
    article = parse_article(text.encode("utf-8"), "t.txt")
    assert article.authors == (reporter,)
    body = "".join(article.text[s.start:s.end] for s in article.body)
    assert body == lead and reporter not in body


def test_the_byline_s_reporter_opens_no_claim(extract):
    x = extract("電價調漲引發質詢\n\n（本報記者林宜蓁／台北報導）立法院經濟委員會今天邀請經濟部長進行業務報告。\n")
    assert all("記者" not in c.text and "報導" not in c.text for c in x.claims)


PLACES = ("台中市", "广州市", "纽约市", "加州州", "新竹县", "浦东新区")


@pytest.mark.parametrize("i, place, cue", cases(PLACES, ("今天宣布", "表示", "在声明中指出")))
def test_a_place_s_government_is_an_organisation_that_speaks(extract, i, place, cue):
    content = ("捷运蓝线将提前动工", "明年起将发放育儿补贴", "地铁票价暂不调整")[i % 3]
    x = extract(article(f"{place}政府{cue}，{content}。", i, "财经快讯"))
    assert_said_by(x, i, content, place + "政府")


@pytest.mark.parametrize("i, subject", list(enumerate(("政府", "当地政府", "地方政府", "各国政府"))))
def test_a_government_the_article_does_not_name_stays_an_unnamed_source(extract, i, subject):
    x = extract(article(f"{subject}表示，明年起将发放育儿补贴。", i, "财经快讯"))
    want, = in_script(i, "明年起将发放育儿补贴")
    claim = next(c for c in x.claims if c.text == want)
    assert claim.speaker.kind == "unnamed"
    assert x.entities == ()


LISTED = (("云启", "百川智算"), ("澜川", "汀岚", "鹭屿"), ("星途", "汐屿"), ("岚图", "青禾"))
LIST_KINDS = ("等公司", "等车企", "等厂商", "等多家公司", "等平台")
LEADS = ("随后", "包括", "")


@pytest.mark.parametrize("i, k, kind, lead, last_mark", cases(range(len(LISTED)), LIST_KINDS, LEADS, ("、", "和")))
def test_names_listed_before_a_company_s_kind_are_companies(extract, i, k, kind, lead, last_mark):
    names = LISTED[k]
    listed = "、".join(names[:-1]) + last_mark + names[-1]
    x = extract(article(f"行业掀起降价潮，{lead}{listed}{kind}相继跟进。", i, "财经快讯"))
    found = sorted((m.text, x_type(x, m.entity)) for m in x.mentions)
    assert found == sorted((in_script(i, n)[0], EntityType.ORGANIZATION) for n in names)


@pytest.mark.parametrize("i, listed", list(enumerate(("芯片、软件等企业", "新能源、半导体等企业", "北京、上海等城市",
                                                      "手机、电脑等产品", "人工智能、生物医药等企业"))))
def test_common_nouns_listed_before_a_kind_name_no_company(extract, i, listed):
    x = extract(article(f"政策出台后，{listed}受益明显。", i, "财经快讯"))
    assert _names(x, EntityType.ORGANIZATION) == []


ANNOUNCERS = ("深维科技", "澜川证券", "汀岚数据")
FOLLOWERS = ("云启、百川智算等公司", "鹭屿和星途等厂商", "腾讯")


@pytest.mark.parametrize("i, announcer, followers, adverb", cases(ANNOUNCERS, FOLLOWERS, ("随后", "不久", "")))
def test_a_direct_cue_s_content_ends_where_another_company_opens_a_clause(extract, i, announcer, followers, adverb):
    x = extract(article(f"{announcer}宣布旗舰产品价格下调90%，{adverb}{followers}也相继跟进。", i, "财经快讯"))
    content, rest = in_script(i, "旗舰产品价格下调90%", f"{adverb}{followers}也相继跟进")
    assert speaker_of(x, content) == in_script(i, announcer)[0]
    claim = next(c for c in x.claims if c.text == rest)
    assert claim.speaker.kind == "author"


@pytest.mark.parametrize("i, announcer", list(enumerate(ANNOUNCERS)))
def test_a_direct_cue_s_content_runs_on_where_no_one_else_opens_a_clause(extract, i, announcer):
    x = extract(article(f"{announcer}宣布将裁员一成，公司新业务也将暂停。", i, "财经快讯"))
    content = written(i, "将裁员一成，公司新业务也将暂停")
    assert speaker_of(x, content) == in_script(i, announcer)[0]


@pytest.mark.parametrize("i, broker, document", cases(BROKERS, ("最新报告指出", "最近调查显示", "年度报告显示", "近期研报显示")))
def test_a_body_s_latest_document_speaks_for_it(extract, i, broker, document):
    content = CONTENTS[i % len(CONTENTS)]
    x = extract(article(f"{broker}{document}，{content}。", i, "财经快讯"))
    assert_said_by(x, i, content, broker)


OUTLETS = ("路透社", "彭博社", "《华尔街日报》")
SOURCES = ("两名知情人士透露", "知情人士称", "消息人士表示", "一位接近该公司的人士说")


@pytest.mark.parametrize("i, outlet, source", cases(OUTLETS, SOURCES))
def test_an_outlet_that_cites_unnamed_sources_is_the_speaker(extract, i, outlet, source):
    content = ("远星半导体正计划在越南建厂", "相关谈判已进入最后阶段", "新工厂最快将于明年初动工")[i % 3]
    x = extract(article(f"据{outlet}报道，{source}，{content}。", i, "财经快讯"))
    assert_said_by(x, i, content, outlet.strip("《》"))
    claim = next(c for c in x.claims if c.text == in_script(i, content)[0])
    assert claim.speaker.rule == "attribution.outlet_citing.v1"


@pytest.mark.parametrize("i", range(4))
def test_an_unnamed_source_after_the_outlet_s_own_words_stays_unnamed(extract, i):
    x = extract(article("据路透社报道，远星半导体正计划在越南建厂，知情人士透露，投资额或达20亿美元。", i, "财经快讯"))
    want = written(i, "投资额或达20亿美元")
    assert next(c for c in x.claims if c.text == want).speaker.kind == "unnamed"


FIRMS = ("东方证券", "北岸证券", "汐屿基金", "律丰律师事务所")
FIELDS = ("宏观", "汽车行业", "策略", "")


@pytest.mark.parametrize("i, firm, field, officer", cases(FIRMS, FIELDS, ("分析师孙思雨", "首席经济学家何嘉言")))
def test_an_organisation_before_an_officer_of_a_field_is_named(extract, i, firm, field, officer):
    x = extract(article(f"{firm}{field}{officer}认为，车市明年将温和回暖。", i, "财经快讯"))
    orgs = _names(x, EntityType.ORGANIZATION)
    assert orgs == [in_script(i, firm)[0]]


@pytest.mark.parametrize("i, place", list(enumerate(("浙江", "北京", "台北"))))
def test_a_law_firm_glued_to_its_lawyer_s_title_is_named(extract, i, place):
    x = extract(article(f"{place}律丰律师事务所律师许志远认为，消费者有权要求退货。", i, "财经快讯"))
    orgs = _names(x, EntityType.ORGANIZATION)
    assert orgs == [in_script(i, f"{place}律丰律师事务所")[0]]


TITLED = (("前主席", "邓启明"), ("董事长", "邓启明"), ("行政总裁", "马建国"), ("主席", "钟振兴"))


@pytest.mark.parametrize("i, k, act", cases(range(len(TITLED)), ("作出公开谴责", "处以罚款")))
def test_a_person_after_a_title_is_named_whatever_the_dictionary_tags_the_given_name(extract, i, k, act):
    title, name = TITLED[k]
    x = extract(article(f"证监会对宝川控股及其{title}{name}{act}。", i, "财经快讯"))
    people = _names(x, EntityType.PERSON)
    assert people == [in_script(i, name)[0]]


@pytest.mark.parametrize("i", range(4))
def test_a_surname_before_a_verb_of_saying_after_a_title_is_no_name(extract, i):
    x = extract(article("宝川控股主席王表示，公司将上诉。", i, "财经快讯"))
    assert not _names(x, EntityType.PERSON)


FIGURES = ("2,000", "1,234,567", "17,235")


@pytest.mark.parametrize("i, figure, unit", cases(FIGURES, ("个住宅单位", "元", "点")))
def test_a_comma_inside_a_figure_ends_no_clause(extract, i, figure, unit):
    x = extract(article(f"政府计划明年推出首批用地，涉及约{figure}{unit}。", i, "财经快讯"))
    assert [c.text for c in x.claims] == [written(i, f"政府计划明年推出首批用地，涉及约{figure}{unit}")]


@pytest.mark.parametrize("i, time", list(enumerate(("9:30", "21:05", "10:00"))))
def test_a_colon_inside_a_time_ends_no_clause(extract, i, time):
    x = extract(article(f"王凯表示，发布会将于晚上{time}开始。", i, "财经快讯"))
    want = written(i, f"发布会将于晚上{time}开始")
    assert [c.text for c in x.claims] == [want]


@pytest.mark.parametrize("i, phrase", list(enumerate(("同事收到了离职通知", "同事拿到过离职通知", "同事都收到了解约通知"))))
def test_a_verb_and_its_particle_after_a_tie_are_no_name(extract, i, phrase):
    x = extract(article(f"一位前员工向记者透露，部门已有近一半{phrase}。", i, "财经快讯"))
    assert not _names(x, EntityType.PERSON)


SOURCES_UNNAMED = ("一位前员工向记者透露", "知情人士透露", "有业内人士表示")
QUOTES = ("“说是架构调整，其实就是变相裁员。”", "「這就是變相裁員。」", "\"这就是变相裁员。\"")


@pytest.mark.parametrize("i, source, quote", cases(SOURCES_UNNAMED, QUOTES))
def test_a_quotation_of_its_own_after_an_unnamed_source_is_theirs(extract, i, source, quote):
    x = extract(article(f"{source}，部门已有一半同事收到通知。{quote}\n\n公司股价当天下跌5%。", i, "财经快讯"))
    kinds = [c.speaker.kind for c in x.claims]
    assert kinds == ["unnamed", "unnamed", "author"], [(c.text, c.speaker.kind) for c in x.claims]


SPEAKERS_Q = ("分析师钟子航", "星舟科技总裁杜文涛")
QUOTED_VERDICTS = ("“目前全球最轻薄的折叠屏手机”", "「迟到但正确的决定」")


@pytest.mark.parametrize("i, speaker, verdict, cue", cases(SPEAKERS_Q, QUOTED_VERDICTS, ("表示", "在发布会上表示", "认为")))
def test_a_quotation_inside_a_speaker_s_clause_stays_in_the_claim(extract, i, speaker, verdict, cue):
    x = extract(article(f"{speaker}{cue}，这款产品是{verdict}。", i, "财经快讯"))
    want = written(i, f"这款产品是{verdict}")
    assert [c.text for c in x.claims] == [want]


SIDES = ("速达外卖", "鹭屿出行", "汐屿到家")


@pytest.mark.parametrize("i, side, cue", cases(SIDES, ("方面表示", "方面回应称")))
def test_a_side_named_before_fangmian_speaks_whatever_words_name_it(extract, i, side, cue):
    x = extract(article(f"{side}{cue}，尊重法院判决，但将提起上诉。", i, "财经快讯"))
    assert_said_by(x, i, "尊重法院判决", side)


@pytest.mark.parametrize("i, topic", list(enumerate(("技术", "市场", "政策"))))
def test_a_topic_before_fangmian_is_no_speaker(extract, i, topic):
    x = extract(article(f"{topic}方面表示，尊重法院判决。", i, "财经快讯"))
    assert x.entities == ()


AFTERMATHS = ("受此影响", "受此消息影响", "消息传出后", "受此拖累")


@pytest.mark.parametrize("i, aftermath, cue", cases(AFTERMATHS, ("王凯表示", "分析师钟子航认为")))
def test_what_followed_someone_s_words_is_the_article_s(extract, i, aftermath, cue):
    x = extract(article(f"{cue}，公司将裁员一成。{aftermath}，公司股价当天下跌5%。", i, "财经快讯"))
    claim = next(c for c in x.claims if written(i, "公司股价当天下跌5%") in c.text)
    assert claim.speaker.kind == "author"


ACTS = ("提出质疑", "表示怀疑", "表达不满", "发出警告")


@pytest.mark.parametrize("i, group, act", cases(("投资者", "多位议员", "股民"), ACTS))
def test_a_word_of_saying_before_a_light_verb_and_its_object_is_a_noun(extract, i, group, act):
    x = extract(article(f"也有{group}对公司的信息披露{act}。", i, "财经快讯"))
    whole = written(i, f"也有{group}对公司的信息披露{act}")
    assert [(c.text, c.speaker.kind) for c in x.claims] == [(whole, "author")]


CITIES = ("江州市", "杭州市", "滨海市")
FIELD_BODIES = ("市场监管局", "生态环境局", "交通运输局")


@pytest.mark.parametrize("i, city, body, cue", cases(CITIES, FIELD_BODIES, ("相关负责人表示", "表示")))
def test_a_city_and_its_level_before_a_body_of_a_field_are_its_name(extract, i, city, body, cue):
    x = extract(article(f"{city}{body}{cue}，该局已对相关批次产品进行抽检。", i, "财经快讯"))
    assert_said_by(x, i, "该局已对相关批次产品进行抽检", city + body)


COLON_SOURCES = ("有餐饮老板算了一笔账", "有网友打了个比方", "一位骑手举了个例子")


@pytest.mark.parametrize("i, source, colon", cases(COLON_SOURCES, ("：", ":")))
def test_an_unnamed_source_before_a_colon_says_what_follows(extract, i, source, colon):
    x = extract(article(f"{source}{colon}一单外卖的利润已经不足两元。", i, "财经快讯"))
    want, = in_script(i, "一单外卖的利润已经不足两元")
    assert [(c.text, c.speaker.kind) for c in x.claims] == [(want, "unnamed")]
    assert x.entities == ()


OPEN_QUOTES = (("“", "”"), ("「", "」"))
LEFT_OPEN_CASES = list(itertools.product(OPEN_QUOTES, (True, False)))


@pytest.mark.parametrize("i", range(len(LEFT_OPEN_CASES)))
def test_a_quotation_a_paragraph_leaves_open_goes_on_in_the_next(extract, i):
    (left, right), reopened = LEFT_OPEN_CASES[i]
    again = left if reopened else ""
    x = extract("新闻\n\n副部长辛国斌在发布会上介绍了相关情况。他说：\n\n"
                f"{left}关键零部件仍是短板。\n\n{again}下一步，我们将加快核心技术攻关。{right}\n\n"
                "记者注意到，相关企业数量同比增长45%。\n")
    speakers = [(c.text, c.speaker.kind, c.speaker.key) for c in x.claims]
    assert [k for _, kind, k in speakers if kind == "entity"] == ["辛国斌"] * 2, speakers
    assert speakers[-1][1] == "author"


WITHHELD = ("刘某", "张某", "王某某", "陈某")
WITHHELD_CASES = list(itertools.product(WITHHELD, ("骑手{n}于2023年在配送途中受伤", "网民{n}为博取流量编造不实信息",
                                                   "被告{n}系公司前员工")))


@pytest.mark.parametrize("i", range(len(WITHHELD_CASES)))
def test_a_surname_and_mou_is_a_person_whose_name_is_withheld(extract, i):
    name, template = WITHHELD_CASES[i]
    x = extract(article(template.format(n=name) + "。", i, "财经快讯"))
    people = _names(x, EntityType.PERSON)
    assert people == [in_script(i, name)[0]]


@pytest.mark.parametrize("i, text", list(enumerate(("对方某种程度上认可这一方案。", "他在某地某天见过对方。", "他于某天离开了公司。",
                                                      "某某公司的人士透露，方案尚未确定。"))))
def test_mou_after_no_surname_names_no_one(extract, i, text):
    x = extract(article(text, i, "财经快讯"))
    assert not _names(x, EntityType.PERSON)


PUBLISHERS_D = ("青禾调研", "澜川证券", "汀岚智库")
PUBLISHED_FORMS = ("一份由{p}发布的报告显示", "{p}发布的报告显示", "据{p}发布的报告", "{p}最新公布的数据显示")


@pytest.mark.parametrize("i, publisher, form", cases(PUBLISHERS_D, PUBLISHED_FORMS))
def test_the_publisher_of_a_document_speaks_for_it(extract, i, publisher, form):
    x = extract(article(form.format(p=publisher) + "，七成年轻人愿意为AI助手付费。", i, "财经快讯"))
    assert_said_by(x, i, "七成年轻人愿意为AI助手付费", publisher)


SURVEYED = ("63%的人表示", "近四成受访者认为", "超过一半的受访者担心", "多数受访者表示")


@pytest.mark.parametrize("i, share, publisher", cases(SURVEYED, ("青禾调研", "澜川证券")))
def test_a_share_of_those_surveyed_is_the_document_s_finding(extract, i, share, publisher):
    x = extract(article(f"{publisher}发布的报告显示，在18至30岁的受访者中，{share}愿意为AI助手付费。"
                        f"报告指出，写作辅助是最常用的场景。但也有{share}个人隐私可能泄露。", i, "财经快讯"))
    speakers = {(c.speaker.kind, c.speaker.key) for c in x.claims}
    assert speakers == {("entity", next(m.entity for m in x.mentions if m.text == in_script(i, publisher)[0]))}, \
        [(c.text, c.speaker.kind) for c in x.claims]


@pytest.mark.parametrize("i, person", list(enumerate(("韩子墨", "周若溪", "林晓峰"))))
def test_a_person_s_letter_speaks_for_its_writer(extract, i, person):
    x = extract(article(f"鹭岛汽车创始人{person}发布内部信称，公司明年不打价格战。内部信还透露，今年交付量预计为18万辆。", i, "财经快讯"))
    assert_said_by(x, i, "今年交付量预计为18万辆", person)


@pytest.mark.parametrize("i, date", list(enumerate(("2026年", "2025年度", "3月5日"))))
def test_a_date_before_a_kind_of_company_is_no_name(extract, i, date):
    x = extract(article(f"韩子墨发布内部信称，{date}公司将坚决不打价格战。", i, "财经快讯"))
    assert _names(x, EntityType.ORGANIZATION) == []


REVISERS = ("摩根士丹利", "澜川证券", "汐屿银行")
REVISIONS = ("从4.5%上调至4.8%", "从5%下调至4.6%", "由4.2%调高至4.5%")


@pytest.mark.parametrize("i, reviser, revision", cases(REVISERS, REVISIONS))
def test_a_forecast_revised_is_a_noun_and_no_cue(extract, i, reviser, revision):
    x = extract(article(f"{reviser}在最新报告中将中国明年GDP增速预测{revision}。", i, "财经快讯"))
    assert [c.text for c in x.claims] == [written(i, f"{reviser}在最新报告中将中国明年GDP增速预测{revision}")]


@pytest.mark.parametrize("i", range(3))
def test_a_forecast_from_a_time_on_is_still_a_cue(extract, i):
    x = extract(article("王凯预测从明年开始房价将下跌。", i, "财经快讯"))
    assert_said_by(x, i, "从明年开始房价将下跌", "王凯")


def _qa(i: int, note: str = "") -> str:
    body = ("问：贵公司明年资本支出规划为何？\n\n答：我们预计明年资本支出约300亿元。\n\n"
            "问：市场担心需求放缓，您怎么看？\n\n答：我们看到的情况恰好相反，客户的订单能见度已经延伸到2027年。\n" + note)
    text, = in_script(i, "专访\n\n" + body)
    return text


@pytest.mark.parametrize("i", range(4))
def test_an_answer_no_one_is_named_for_is_an_unnamed_respondent_s(extract, i):
    x = extract(_qa(i))
    answers = [c for c in x.claims if "300" in c.text or "2027" in c.text]
    assert len(answers) == 2 and all(c.speaker.kind == "unnamed" for c in answers)
    assert not any(c.text.startswith(("答", "問", "问")) for c in x.claims)


@pytest.mark.parametrize("i, person", list(enumerate(("陈立德", "周若溪", "林晓峰"))))
def test_the_one_person_named_after_the_answers_gave_them(extract, i, person):
    x = extract(_qa(i, f"\n（以上为晶升科技总经理{person}接受本报专访内容摘要）\n"))
    answers = [c for c in x.claims if "300" in c.text or "2027" in c.text]
    assert {speaker_of(x, c.text) for c in answers} == {in_script(i, person)[0]}


@pytest.mark.parametrize("i, lead", list(enumerate(("天風國際分析師", "分析師", "知名分析師"))))
def test_a_traditional_name_whose_simplified_form_leaves_the_basic_plane_is_read_whole(extract, lead, i):
    x = extract(f"蘋果產品\n\n{lead}郭明錤此前發文指出，頭顯出貨量可能低於市場預期。\n")
    assert _names(x, EntityType.PERSON) == ["郭明錤"]
    assert speaker_of(x, "頭顯出貨量可能低於市場預期") == "郭明錤"


def test_the_match_view_keeps_a_character_whose_simplified_form_leaves_the_basic_plane():
    from claimgraph.nlp import Folder
    view = Folder().view("郭明錤說")
    assert len(view) == 4 and view.startswith("郭明錤") and max(view) <= "\uffff"


RELATIVES = ("一位在北京跑车五年的网约车司机", "一名在深圳做了十年外卖的骑手", "一位从业二十年的老司机")


@pytest.mark.parametrize("i, person, cue", cases(RELATIVES, ("告诉记者", "透露", "坦言")))
def test_a_counted_person_with_a_clause_before_de_is_an_unnamed_source(extract, i, person, cue):
    x = extract(article(f"{person}{cue}，平台通过减少派单变相压低收入。", i, "财经快讯"))
    want, = in_script(i, "平台通过减少派单变相压低收入")
    assert [(c.text, c.speaker.kind) for c in x.claims] == [(want, "unnamed")]


RULES_D = ("《网约车经营服务管理规定》", "《平台计价规则管理办法》")


@pytest.mark.parametrize("i, rule, speaker", cases(RULES_D, ("交通运输部新闻发言人李华强在发布会上介绍", "分析师钟子航表示")))
def test_what_a_rule_requires_in_someone_s_words_is_theirs(extract, i, rule, speaker):
    x = extract(article(f"{rule}修订版已于上月实施。{speaker}，新规要求平台公开计价规则，有效遏制了乱收费现象。", i, "财经快讯"))
    claim = next(c for c in x.claims if in_script(i, "公开计价规则")[0] in c.text)
    assert claim.speaker.kind == "entity"
    assert x_type(x, claim.speaker.key) is EntityType.PERSON


@pytest.mark.parametrize("i, phrase", list(enumerate(("丰田发言人对此表示", "丰田发言人就此回应称", "澜川证券为此发表声明称"))))
def test_a_phrase_pointing_back_between_a_speaker_and_the_cue_is_an_adverb(extract, i, phrase):
    x = extract(article(f"{phrase}，公司的电动化战略没有改变。", i, "财经快讯"))
    want, = in_script(i, "公司的电动化战略没有改变")
    assert [(c.text, c.speaker.kind) for c in x.claims] == [(want, "entity")]


@pytest.mark.parametrize("i, text", list(enumerate((
        "下面有请公司首席财务官邵文博介绍业绩情况。", "多家日本车企正在重新评估其在美国的电动车投资计划。",
        "有请公司董事长致辞。"))))
def test_a_verb_before_a_kind_or_a_plan_names_no_company(extract, i, text):
    x = extract(article(text, i, "财经快讯"))
    assert _names(x, EntityType.ORGANIZATION) == []


CUT_TITLES = ("首席投资官", "首席执行官", "投资总监")
TRANSLITERATED = ("马克·贝尔", "安娜·普莱斯", "丹尼尔·许")


@pytest.mark.parametrize("i, title, name", cases(CUT_TITLES, TRANSLITERATED))
def test_a_transliterated_name_after_a_title_takes_none_of_it(extract, i, title, name):
    x = extract(article(f"灰石资本{title}{name}在接受采访时表示：“市场情绪已经转向谨慎。”", i, "财经快讯"))
    assert_said_by(x, i, "市场情绪已经转向谨慎", name)


GROUP_VIEWS = ("市场憧憬", "市场担心", "外界预期", "业界认为")


@pytest.mark.parametrize("i, speaker, view", cases(("研究部总监植耀辉表示", "分析师钟子航指出"), GROUP_VIEWS))
def test_what_the_market_is_said_to_think_in_someone_s_words_is_theirs(extract, i, speaker, view):
    x = extract(article(f"耀才证券{speaker}，{view}内地推出更多刺激消费措施，资金重新流入港股。", i, "财经快讯"))
    assert {c.speaker.kind for c in x.claims} == {"entity"}, [(c.text, c.speaker.kind) for c in x.claims]


@pytest.mark.parametrize("i, rumour", list(enumerate(("传", "曝", "傳"))))
def test_a_rumour_word_before_a_company_in_a_headline_is_no_part_of_its_name(extract, i, rumour):
    text = (f"{rumour}星途汽车将与欧洲车企合资建厂\n\n据《汽车观察》报道，星途汽车正洽谈在匈牙利建厂。"
            "对此，星途汽车公关负责人表示，上述报道不属实。\n")
    x = extract(text)
    assert sorted(set(_names(x, EntityType.ORGANIZATION))) == ["星途汽车"]


WORKS = (("黑神话：悟空", "悟空"), ("黑神话：悟空", "黑神话"), ("星河往事：第二季", "星河往事"))


@pytest.mark.parametrize("i", range(len(WORKS) * 2))
def test_a_work_named_by_its_title_or_subtitle_alone_is_the_same_work(extract, i):
    full, short = WORKS[i % len(WORKS)]
    x = extract(article(f"游戏科学正在开发《{full}》续作。冯骥透露，新项目的规模会比《{short}》更大。", i, "财经快讯"))
    works = {m.entity for m in x.mentions if x_type(x, m.entity) is EntityType.CREATIVE_WORK}
    assert len(works) == 1, [(m.text, m.entity) for m in x.mentions]


@pytest.mark.parametrize("i, quoted", list(enumerate(("越扫越脏", "越用越卡", "不好用", "很鸡肋"))))
def test_a_phrase_in_quotation_marks_after_a_product_noun_is_no_product(extract, i, quoted):
    x = extract(article(f"消费者投诉扫地机器人“{quoted}”，客服称属正常现象。", i, "财经快讯"))
    assert _names(x, EntityType.PRODUCT) == []


@pytest.mark.parametrize("i, name", list(enumerate(("星耀", "青禾Pro", "澜光"))))
def test_a_name_in_quotation_marks_after_a_product_noun_is_still_a_product(extract, i, name):
    x = extract(article(f"星河科技发布新款手机“{name}”，起售价3999元。", i, "财经快讯"))
    assert _names(x, EntityType.PRODUCT) == [in_script(i, name)[0]]


ACTS_D = ("这项决定", "此举", "这一做法", "這項決定")


@pytest.mark.parametrize("i, act, source", cases(ACTS_D, ("经济部日前宣布", "澜川科技董事长表示")))
def test_a_sentence_that_names_what_was_just_done_is_the_article_s(extract, i, act, source):
    x = extract(article(f"{source}，民生用电价格明年上半年维持不变。{act}看似照顾民众，实则将问题往后推延。", i, "财经快讯"))
    later = [c for c in x.claims if in_script(i, "照顾民众")[0] in c.text or in_script(i, "往后推延")[0] in c.text]
    assert later and all(c.speaker.kind == "author" for c in later), [(c.text, c.speaker.kind) for c in x.claims]


FOCUSED = ("才是", "正是", "就是")


@pytest.mark.parametrize("i, copula, cue", cases(FOCUSED, ("王凯表示", "专家早已指出")))
def test_a_clause_of_a_focused_copula_takes_the_clause_before_as_its_subject(extract, i, copula, cue):
    x = extract(article(f"{cue}，合理反映成本的电价，{copula}推动能源转型的关键。", i, "财经快讯"))
    assert [c.text for c in x.claims] == [written(i, f"合理反映成本的电价，{copula}推动能源转型的关键")]
