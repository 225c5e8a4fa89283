"""Capability tests of the structural discovery sieves of round 3, generated from
templates: companies named by a trade word in a company's context, their short forms and
model codes, heads jieba merges or cuts (行业协会, 研究/中心), bodies named after their
parent, quoted plans and laws found again by their head, press-release wires, and the
gates that keep labels and ordinary words out. Invented names and sentences, each in
simplified and traditional script (traditional with full-width punctuation)."""

from __future__ import annotations

import itertools

import pytest
from test_discovery import _found, _variants


NAMES = ["青岚", "墨羽", "朔风", "云栖", "柏川", "砚池", "汀兰", "远帆", "鹭汀", "曜石", "星澜"]
TRADES = ["科技", "物流", "食品", "机器人", "视频", "半导体", "能源", "医药", "电子", "手机", "传媒"]
KINDS = ["手机厂商", "物流企业", "运营方", "竞争对手", "供应商", "初创公司", "机器人企业", "合作伙伴", "平台", "品牌"]
AFTER = ["今日宣布", "表示", "周四发布", "创始人王立新说", "否认", "与远川资本签约", "在声明中称", "董事长陈国栋透露"]
PEOPLE = ["陈国栋", "林嘉怡", "周振宇", "郑思远", "许雅婷", "谢伟杰", "罗立新", "梁文博", "吴海峰", "胡晓婷", "高振华"]


TRADED = _variants(
    (f"{kind}{name}{trade}{after},今年订单增长两成。", name + trade)
    for kind, name, trade, after in zip(KINDS * 2, NAMES * 2, TRADES * 2, itertools.cycle(AFTER)))


@pytest.mark.parametrize("text, company", TRADED)
def test_company_named_by_a_trade_word_in_a_company_context(extract, text, company):
    found, _ = _found(extract, text)
    assert (company, "Organization", "discover.trade_company.v1") in found


TRADED_AFTER = _variants(
    (f"据悉,{name}{trade}{after},新工厂将在明年投产。", name + trade)
    for name, trade, after in zip(NAMES * 2, itertools.cycle(TRADES[::-1]), itertools.cycle(AFTER)))


@pytest.mark.parametrize("text, company", TRADED_AFTER[:22])
def test_company_before_an_announcement_or_a_role(extract, text, company):
    found, _ = _found(extract, text)
    assert (company, "Organization", "discover.trade_company.v1") in found


COMMON_COMPOUNDS = _variants(
    (f"{common}的销量今年增长了两成,{other}也在增长。",)
    for common, other in zip(["智能手机", "服务机器人", "工业机器人", "新能源汽车", "短视频", "消费电子", "创新药",
                              "功率半导体", "储能电池", "冷链物流", "仓储机器人"],
                             itertools.cycle(["中国科技", "这些企业", "传统食品", "生物医药"])))


@pytest.mark.parametrize("text", [t for t, in COMMON_COMPOUNDS])
def test_a_trade_compound_without_a_company_context_is_no_company(extract, text):
    found, _ = _found(extract, text)
    assert not {f for f in found if f[2] == "discover.trade_company.v1"}


ACTIVITY_FIGURES = _variants(
    (f"{lead}{activity}{trade}{after},{tail}",)
    for lead, activity, trade, after, tail in zip(
        itertools.cycle(["二是", "其次,", "此外,", "值得注意的是,"]),
        ["运营", "销售", "经营", "管理", "服务", "生产", "营销", "零售"],
        itertools.cycle(["数据", "电子", "软件", "网络", "科技"]),
        itertools.cycle(["方面", "显示", "表示", "今日宣布"]),
        itertools.cycle(["去年的增速放缓至一成。", "新工厂将在明年投产。", "订单在三季度回升。"])))


@pytest.mark.parametrize("text", [t for t, in ACTIVITY_FIGURES])
def test_an_activity_before_a_trade_word_is_no_company(extract, text):
    """运营数据方面, 销售数据显示: a verbal noun (an activity) and a trade word make a common
    noun phrase, whatever follows it; a company's name is no activity."""
    found, _ = _found(extract, text)
    assert not {f for f in found if f[2] == "discover.trade_company.v1"}


SHORT = _variants(
    (f"{kind}{name}{trade}今日宣布完成融资。{name}的订单在过去一年翻了一倍。", name, name + trade)
    for kind, name, trade in zip(KINDS * 2, NAMES * 2, TRADES * 2))


@pytest.mark.parametrize("text, short, company", SHORT)
def test_short_form_of_a_discovered_company_names_it(extract, text, short, company):
    found, x = _found(extract, text)
    full = next(m.entity for m in x.mentions if m.text == company)
    shorts = [m for m in x.mentions if m.text == short and m.rule == "discover.short_form.v1"]
    assert shorts and all(m.entity == full for m in shorts)


MODEL = _variants(
    (f"{kind}{name}{trade}今日宣布,新一代产品{name}{code}将在明年量产。", name + code)
    for kind, name, trade, code in zip(KINDS * 2, NAMES * 2, TRADES * 2, itertools.cycle(["W3", "X5", "K20", "M7", "S9"])))


@pytest.mark.parametrize("text, product", MODEL)
def test_model_code_glued_to_a_company_short_form_is_its_product(extract, text, product):
    found, _ = _found(extract, text)
    assert (product, "Product", "discover.model_code.v1") in found


FIELDS = ["光伏", "电池", "汽车", "半导体", "钢铁", "医药", "软件", "乳制品", "锂电", "纺织", "家电"]
ASSOCIATIONS = _variants(
    (f"{where}{field}{head}{after},今年产量增长两成。", where + field + head)
    for where, field, head, after in zip(
        itertools.cycle(["中国", "台湾", "香港", "江苏省"]), FIELDS * 2,
        itertools.cycle(["行业协会", "产业协会", "工业协会", "技术研究中心"]),
        itertools.cycle(["数据显示", "秘书长陈国栋表示", "发布报告称", "测算"])))


BODIES = _variants(
    (f"{parent}{body}{after},这项方案仍需讨论。", parent + body)
    for parent, body, after in zip(
        itertools.cycle(["立法院", "复旦大学", "北京大学", "清华大学"]),
        ["经济委员会", "法学院", "财政委员会", "医学院", "教育委员会", "商学院", "交通委员会", "经济学院",
         "内政委员会", "新闻学院", "外交委员会"],
        itertools.cycle(["今天初审通过", "教授陈国栋表示", "发布报告指出", "召开会议"])))


@pytest.mark.parametrize("text, org", ASSOCIATIONS + BODIES)
def test_organisation_whose_head_jieba_merges_or_cuts_or_that_follows_its_parent(extract, text, org):
    found, _ = _found(extract, text)
    assert any(f[0] == org and f[1] == "Organization" for f in found)


PLANS = _variants(
    (f"政府将推动{o}{name}{head}{c},{det}{head}{rest}。", name + head, head)
    for (o, c), name, head, det, rest in zip(
        itertools.cycle([("「", "」"), ("“", "”"), ("『", "』"), ('"', '"')]),
        ["海外人才回流", "数字治理", "青年创业扶持", "乡村医疗保障", "绿色航运", "社区养老服务", "中小企业减税",
         "芯片人才留任", "清洁能源补助", "城市更新", "算法透明"],
        itertools.cycle(["计划", "条例", "专案", "方案", "细则"]),
        itertools.cycle(["这项", "该", "这项", "这项", ""]),
        itertools.cycle(["预计明年实施", "将覆盖五万人", "仍有争议"])))


@pytest.mark.parametrize("text, plan, head", PLANS)
def test_quoted_plan_or_law_is_found_and_found_again_by_its_head(extract, text, plan, head):
    found, x = _found(extract, text)
    named = [m for m in x.mentions if m.text == plan and m.rule == "discover.quoted_plan.v1"]
    again = [m for m in x.mentions if m.text == head and m.rule == "discover.work_reference.v1"]
    assert named and again and again[0].entity == named[0].entity


LAWS = _variants(
    (f"部门发布了《{name}{head}》。{det}{head[-2:]}将于7月1日起施行。新规对企业提出了要求。", name + head, det + head[-2:])
    for name, head, det in zip(
        ["动力电池回收", "网络数据安全", "数字广告", "药品网络销售", "无人机飞行", "个人信息出境", "网约车经营",
         "快递包装", "野生动物保护", "电子商务", "直播营销"],
        itertools.cycle(["管理办法", "管理规定", "管理细则"]), itertools.cycle(["该", "这项", "本"])))


@pytest.mark.parametrize("text, law, reference", LAWS)
def test_law_in_book_title_marks_is_found_again_by_head_and_as_new_rule(extract, text, law, reference):
    _, x = _found(extract, text)
    law_key = next(m.entity for m in x.mentions if m.text == law)
    refs = {m.text: m.entity for m in x.mentions if m.rule == "discover.work_reference.v1"}
    head = reference[-2:]
    assert refs.get(head) == law_key and refs.get("新规", refs.get("新規")) == law_key


WIRES = _variants(
    (f"{city}2025年{month}月{day}日 /{wire}/ -- {name}科技今日宣布完成新一轮融资。", wire)
    for city, month, day, wire, name in zip(
        itertools.cycle(["上海", "深圳", "北京", "杭州"]), range(1, 12), itertools.cycle([3, 15, 28]),
        itertools.cycle(["美通社", "环球通讯社", "商业资讯社", "亚太新闻社"]), NAMES))


@pytest.mark.parametrize("text, wire", WIRES)
def test_press_release_wire_in_the_dateline(extract, text, wire):
    found, _ = _found(extract, text)
    assert any(f[0] == wire and f[1] == "Organization" and f[2] in ("discover.wire.v1", "discover.org_suffix.v1")
               for f in found)


LABELS = _variants(
    (f"{kind}{name}科技今日宣布完成融资。\n\n{label}:{value}\n{word}说,我们会继续投入。",)
    for kind, name, label, value, word in zip(
        KINDS * 2, NAMES * 2,
        itertools.cycle(["媒体联系", "电话", "邮箱", "消息来源", "联系人"]),
        itertools.cycle(["021-5555 0101", "press@example.com", "王女士"]),
        itertools.cycle(["老实", "现在", "没有", "其实"])))


@pytest.mark.parametrize("text", [t for t, in LABELS])
def test_contact_labels_and_ordinary_words_are_no_entities(extract, text):
    _, x = _found(extract, text)
    made = {e.label for e in x.entities if not e.confirmed}
    assert made & {"媒体联系", "電話", "电话", "邮箱", "郵箱", "老实", "老實", "现在", "現在", "没有", "沒有",
                   "其实", "其實", "消息来源", "消息來源", "联系人", "聯繫人"} == set()


CONTACTS = _variants(
    (f"{name}科技今日宣布完成融资。\n\n{label}:\n{person}\n电话:021-5555 010{i % 10}\n", person)
    for i, (name, label, person) in enumerate(zip(
        NAMES * 2, itertools.cycle(["媒体联系", "新闻联络", "联系人", "媒体联络"]),
        itertools.cycle(["王女士", "陈先生", "林小姐", "赵经理", "Amy Chen"]))))


@pytest.mark.parametrize("text, person", CONTACTS)
def test_a_contact_block_is_boilerplate_not_a_person(extract, text, person):
    """A contact label on its own line opens a block (媒体联系: / 王女士 / 电话:…): the name
    in it is the press office's, not a person the article speaks of."""
    found, _ = _found(extract, text)
    assert not any(person in f[0] for f in found)


STAMPED = _variants(
    (f"{title}\n2025-0{m}-1{d % 10} 10:3{d % 10}　来源:{outlet}\n\n{name}科技董事长陈国栋表示,今年营收会增长。", outlet)
    for title, m, d, outlet, name in zip(
        itertools.cycle(["新规出台", "市场回暖", "行业整合"]), itertools.cycle(range(1, 10)), range(11),
        itertools.cycle(["新经济日报", "晨光时报", "江南晚报", "观澜周刊"]), NAMES))


@pytest.mark.parametrize("text, outlet", STAMPED)
def test_timestamp_line_with_a_source_gives_the_publisher(extract, text, outlet):
    x = extract(text)
    assert x.article.publisher == outlet


SPECIFIC_KINDS = ["竞争对手", "初创公司", "手机厂商", "运营方", "供应商", "新创", "制造商", "开发商", "服务商", "合作方", "子公司"]
QUOTED_COMPANIES = _variants(
    (f"{kind}{o}{name}{c}最近推出新品,口碑很不错。", name)
    for kind, (o, c), name in zip(
        SPECIFIC_KINDS, itertools.cycle([("「", "」"), ("“", "”"), ("『", "』"), ('"', '"')]),
        ["澄川", "木棉屋", "拾穗", "青禾", "山岚", "鹿鸣", "南枝", "听澜", "半夏", "浮光", "石榴籽"]))


@pytest.mark.parametrize("text, company", QUOTED_COMPANIES)
def test_quoted_name_after_a_company_kind(extract, text, company):
    found, _ = _found(extract, text)
    assert (company, "Organization", "discover.quoted_company.v1") in found


SCARE_QUOTES = _variants(
    (f"这恰恰说明正规{kind}{o}{phrase}{c},行业还要整合。",)
    for kind, (o, c), phrase in zip(
        itertools.cycle(["企业", "公司", "平台", "品牌", "车企"]), itertools.cycle([("「", "」"), ("“", "”"), ('"', '"')]),
        ["吃不饱", "躺平", "内卷", "抱团", "过冬", "掉队", "失血", "挤牙膏", "赔本赚吆喝", "跑马圈地", "烧钱"]))


@pytest.mark.parametrize("text", [t for t, in SCARE_QUOTES])
def test_scare_quotes_after_a_plain_noun_are_no_company(extract, text):
    found, _ = _found(extract, text)
    assert not {f for f in found if f[2] == "discover.quoted_company.v1"}
