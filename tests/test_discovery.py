"""Capability tests of the discovery sieves, generated from templates: invented names,
organisations, titles and sentences, each in simplified and traditional script (and with
full-width and ASCII punctuation); every variant must give the exact name, its type and
the rule that found it, and the noise templates must give no name at all."""

from __future__ import annotations

import itertools

import opencc
import pytest

_S2T = opencc.OpenCC("s2t")
_T2S = opencc.OpenCC("t2s")

SURNAMES = ["陈", "林", "周", "郑", "许", "谢", "罗", "梁"]
GIVEN = ["国栋", "嘉怡", "振宇", "思远", "雅婷", "伟杰"]
PEOPLE = [s + g for s, g in zip(itertools.cycle(SURNAMES), GIVEN * 4)][:22]
FOREIGN = ["卡文迪", "霍尔斯顿", "摩斯坦利", "韦斯特", "诺德曼", "艾德蒙", "贝尔纳", "罗斯柴", "安德森", "格兰特",
           "卡瓦纳", "奥斯本"]
BRANDS = ["星辰动力", "蓝海智造", "青松电子", "远山数科", "银河能源", "北辰微电", "赤焰科技", "白鹭航运",
          "松石控股", "海潮资本", "云杉生物", "金桥物流"]
CUES = ["表示", "指出", "认为", "称"]


def _variants(items):
    """Each (text, *expected) in simplified, then in traditional with full-width commas."""
    out = []
    for text, *rest in items:
        out.append((text, *rest))
        out.append((_S2T.convert(text).replace(",", "，"), *[_S2T.convert(r) if isinstance(r, str) else r for r in rest]))
    return out


def _found(extract, text):
    x = extract("新闻\n" + text)
    types = {e.key: e.type.value for e in x.entities}
    return {(m.text, types.get(m.entity, "catalog"), m.rule) for m in x.mentions}, x


TITLED = _variants(
    (f"{org}{title}{name}{cue},明年的订单会增加。", name, "Person")
    for (org, title), name, cue in zip(
        itertools.cycle([("美国", "总统"), ("日本", "首相"), ("", "经济部长"), ("", "行政院长"), ("", "立委"),
                         ("白宫", "发言人"), ("", "首席经济学家"), ("", "轮值董事长"), ("", "研究总监"), ("", "教授"),
                         ("", "CEO ")]),
        PEOPLE, itertools.cycle(CUES)))


@pytest.mark.parametrize("text, name, etype", TITLED)
def test_person_after_a_title_or_role(extract, text, name, etype):
    found, _ = _found(extract, text)
    assert (name, etype, "discover.title_person.v1") in found


ORG_ROLE = _variants(
    (f"{brand}{role}{name}{cue},市场仍有空间。", brand, name)
    for brand, role, name, cue in zip(
        itertools.cycle(["摩斯坦利", "韦德伯格", "霍尔斯顿", "卡文迪"]), itertools.cycle(["分析师", "首席执行官", "发言人",
                                                                                       "首席策略师", "创始人"]),
        PEOPLE, itertools.cycle(CUES)))


@pytest.mark.parametrize("text, org, person", ORG_ROLE)
def test_organisation_before_a_role_of_its_own(extract, text, org, person):
    found, _ = _found(extract, text)
    assert (org, "Organization", "discover.org_before_role.v1") in found
    assert person in {t for t, _, _ in found}


TRANSLIT = _variants(
    (f"{title}{given}·{family}{tail}", f"{given}·{family}")
    for title, given, family, tail in zip(
        itertools.cycle(["分析师", "", "教授", "发言人"]),
        itertools.cycle(["丹尼尔", "玛格丽特", "奥利弗", "伊莎贝拉", "托马斯"]),
        itertools.cycle(["菲尔德曼", "韦斯特", "卡拉汉", "诺伊曼", "斯特林", "霍普金斯"]),
        ["以及同事都认为会涨。", "表示会涨。", "在会上说会涨。", "的报告说会涨。", "和团队认为会涨。"] * 5))


@pytest.mark.parametrize("text, name", TRANSLIT)
def test_transliterated_name_ends_at_its_last_name_word(extract, text, name):
    found, x = _found(extract, text)
    people = {t for t, etype, _ in found if etype == "Person"}
    assert name in people, found


GLOSSED = _variants(
    (f"晨光分析师{cjk}（{latin}）{cue},利率会下调。", cjk, latin)
    for cjk, latin, cue in zip(
        itertools.cycle(["普莱斯", "霍尔特", "韦伯斯", "卡梅隆", "芬奇"]),
        itertools.cycle(["Anna Price", "Mark Holt", "Jane Webbs", "Ian Cameron", "Lucy Finch"]),
        CUES * 5))


@pytest.mark.parametrize("text, name, gloss", GLOSSED)
def test_gloss_in_brackets_is_the_same_person(extract, text, name, gloss):
    found, x = _found(extract, text)
    person = next(e for e in x.entities if e.label_zh == _T2S.convert(name))
    assert person.type.value == "Person"
    assert person.label_en == gloss
    assert len([e for e in x.entities if e.type.value == "Person"]) == 1  # the gloss is no second person


HEADED = _variants(
    (f"{brand}{head}{verb}新的计划。", brand + head)
    for brand, head, verb in zip(FOREIGN, itertools.cycle(["大学", "银行", "证券", "研究院", "基金会", "委员会"]),
                                 itertools.cycle(["宣布", "公布", "推出"]))) + _variants(
    (f"{body}{head}周三回应称,正在研议。", body + head)
    for body, head in zip(["交通", "财政", "教育", "能源", "卫生", "统计", "海关", "税务", "商务", "国防", "环保"],
                          itertools.cycle(["部", "局", "署"])))


@pytest.mark.parametrize("text, name", HEADED)
def test_organisation_by_its_head(extract, text, name):
    found, _ = _found(extract, text)
    assert any(t == name and etype in ("Organization", "catalog") for t, etype, _ in found), found


def test_committee_with_and_inside_its_name(extract):
    for text in ("众议院能源和商业委员会主席周三表示,将审查法案。", "眾議院能源和商業委員會主席週三表示，將審查法案。"):
        found, _ = _found(extract, text)
        assert {t for t, etype, _ in found if etype == "Organization"} >= {text[:11]}


LISTED = _variants(
    (f"{a}({code})今日公布业绩。{a}的对手{b} ({code2})也在扩张,{b}的股价上涨。", a, b)
    for a, b, code, code2 in zip(BRANDS, BRANDS[3:] + BRANDS[:3], range(2021, 2033), range(9801, 9813)))


@pytest.mark.parametrize("text, first, second", LISTED)
def test_name_before_a_stock_code(extract, text, first, second):
    found, _ = _found(extract, text)
    orgs = {t for t, etype, _ in found if etype == "Organization"}
    assert {first, second} <= orgs, found


LATIN = _variants([
    ("K.D. Halvorsen在报告中指出,需求会回升。", "K.D. Halvorsen", "Organization"),
    ("A.B. Stern在报告中指出,需求会回升。", "A.B. Stern", "Organization"),
    ("QT&V宣布新的套餐。", "QT&V", "Organization"),
    ("新款Zephyr X2将在下月上市。", "Zephyr X2", "Product"),
    ("星海实验室发布了Zephyr 2.5 Pro,推理速度提升一倍。", "Zephyr 2.5 Pro", "Product"),
    ("开发者可以免费试用Corvid-4o。", "Corvid-4o", "Product"),
    ("新模型Nimbus3.1-Max支持长文本。", "Nimbus3.1-Max", "Product"),
    ("Brightmoor在报告中指出,毛利会改善。", "Brightmoor", "Organization"),
    ("Kestrel在报告中称,毛利会改善。", "Kestrel", "Organization"),
    ("研究机构Lumina的数据显示,出货增长。", "Lumina", "Organization"),
    ("初创公司Quillon完成融资。", "Quillon", "Organization"),
    ("AcmeCEO陈国栋表示,会扩大招聘。", "Acme", "Organization"),
    ("ZentaCEO林嘉怡表示,会扩大招聘。", "Zenta", "Organization"),
    ("AMD Helios将用于数据中心。", "Helios", "Product"),
    ("英特尔 Falcon将用于数据中心。", "Falcon", "Product"),
])


@pytest.mark.parametrize("text, name, etype", LATIN)
def test_latin_names_by_shape_and_context(extract, text, name, etype):
    found, _ = _found(extract, text)
    assert (name, etype, "discover.latin_name.v1") in found or (name, etype, "discover.org_before_role.v1") in found


NOISE = _variants([
    ("多家创投公司参与了Pre-A轮融资。",), ("该车支持L4级自动驾驶。",), ("公司计划在Q3推出5G产品。",),
    ("这所大学的实验室很大。",), ("美国公司和中国公司都在竞争。",), ("科技巨头纷纷布局。",),
    ("专家表示,市场前景很好。",), ("记者了解到,这家企业正在招人。",), ("内部人士透露,全部流程年底完成。",),
    ("一家投资公司入股了。",), ("多家银行下调了利率。",), ("上市公司的财报陆续公布。",),
])


@pytest.mark.parametrize("text", [t for (t,) in NOISE])
def test_generic_words_codes_and_rounds_are_no_names(extract, text):
    found, _ = _found(extract, text)
    assert not {f for f in found if f[2] != "catalog.v1"}, found


@pytest.mark.parametrize("line", [
    "更新時間：09:15 2026-03-02 HKT", "更新时间：09:15 2026-03-02 HKT", "03/11/2025 09:21", "2024-03-13 10:22:33",
    "發布時間：2024年3月13日 10:22", "文|王小明", "文／陳國棟", "图片来源：视觉中国", "（圖／路透社）", "▲新機外觀",
    "分享到：", "廣告", "点击阅读全文", "编辑：李四", "攝影：王五", "图为工人在车间", "延伸閱讀", "打开APP阅读",
    "新华社供图", "責編：趙六",
])
def test_site_furniture_is_boilerplate(extract, line):
    x = extract(f"新闻标题\n{line}\n星辰动力集团执行长梁思远表示,会扩大招聘。")
    assert line.strip() not in "".join(x.article.text[s.start:s.end] for s in x.article.body)
    assert all(x.article.text[m.span.start:m.span.end] not in line for m in x.mentions if m.rule != "catalog.v1")


GLUED_PRODUCTS = _variants(
    (f"{person}{cue},{maker}{product}{verb}在{city}提供服务。", product)
    for person, cue, maker, product, verb, city in zip(
        PEOPLE, itertools.cycle(CUES), itertools.cycle(["青岚科技", "墨羽智行", "朔风汽车", "云栖物流", "柏川"]),
        itertools.cycle(["App", "APP", "SUV", "GPU", "app"]), itertools.cycle(["已公开", "透露", "显示", "宣布"]),
        itertools.cycle(["北京", "广州", "深圳"])))


@pytest.mark.parametrize("text, product", GLUED_PRODUCTS[:20])
def test_a_product_noun_glued_to_a_name_is_no_speaker(extract, text, product):
    """某某App已公开……: a product's noun in Latin letters right after a name (no space) is
    that name's product; the words before a cue there name no Latin speaker."""
    found, _ = _found(extract, text)
    assert not {f for f in found if f[0] == product and f[2] != "catalog.v1"}, sorted(found)  # GPU: the catalog's concept
