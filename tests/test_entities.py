"""Entity mentions: catalog names in any script and spacing, and discovery of names no
catalog knows. Each test text is a short article written for these tests (headline line,
then body); spans are offsets into that text."""

from __future__ import annotations

import pytest

TRADITIONAL = (
    "芯片新聞\n"
    "輝達董事長黃仁勳週三表示，台積電將擴大產能。微軟與Google也在開發自己的晶片，工程師全都在加班。"
)

UNKNOWN = (
    "初创公司动态\n"
    "星河智能公司创始人周明远表示，公司将与南湖大学人工智能研究院合作。首席科学家欧阳静怡认为，"
    "这个团队的市场前景很好。科技圈都在关注，分析师陈思齐说明年会更好。他见了约翰·史密斯。"
    "多位开发者向「晨星Tech」透露，他们在加班。"
)

LATIN = (
    "开发者动态\n"
    "Ｏｐｅｎ ＡＩ发布了新模型，开发者可以用Open CL和ＮＶＩＤＩＡ的ＣＵＤＡ平台。nvidia的股价上涨。"
    "谷歌发布Veo3.1与Veo3.1Fast。研究机构Counterpoint数据显示。"
)


def _found(x):
    return [(m.entity, m.text, m.span.start, m.span.end) for m in x.mentions]


def _spans_hold(text, x):
    return all(text[m.span.start:m.span.end] == m.text for m in x.mentions)


def test_traditional_article_links_to_catalog_nodes(extract):
    x = extract(TRADITIONAL)
    assert _found(x) == [
        ("nvidia", "輝達", 5, 7), ("jensen_huang", "黃仁勳", 10, 13), ("tsmc", "台積電", 18, 21),
        ("microsoft", "微軟", 27, 29), ("google", "Google", 30, 36),
    ]
    assert _spans_hold(TRADITIONAL, x)
    assert all(e.confirmed for e in x.entities)
    # 全都 after 工程師 is "all of them", not a person with the surname 全
    assert not any("全都" in m.text for m in x.mentions)


def test_unknown_people_and_organisations_are_discovered(extract):
    x = extract(UNKNOWN)
    assert [(k, t, s, e) for k, t, s, e in _found(x)] == [
        ("星河智能公司", "星河智能公司", 7, 13),
        ("周明远", "周明远", 16, 19), ("南湖大学人工智能研究院", "南湖大学人工智能研究院", 26, 37),
        ("欧阳静怡", "欧阳静怡", 45, 49), ("陈思齐", "陈思齐", 75, 78),
        ("约翰·史密斯", "约翰·史密斯", 88, 94), ("晨星tech", "晨星Tech", 102, 108),
    ]
    assert _spans_hold(UNKNOWN, x)
    types = {e.key: e.type.value for e in x.entities}
    assert types == {"星河智能公司": "Organization", "周明远": "Person", "欧阳静怡": "Person", "陈思齐": "Person", "约翰·史密斯": "Person",
                     "南湖大学人工智能研究院": "Organization", "晨星tech": "Organization"}
    assert not any(e.confirmed for e in x.entities)
    labels = {e.label for e in x.entities}
    for generic in ("公司", "团队", "市场", "科技圈", "人工智能研究院"):
        assert generic not in labels


def test_company_named_by_common_nouns(extract):
    x = extract(UNKNOWN)
    assert "星河智能公司" in {e.label for e in x.entities}


def test_latin_names_in_odd_spacing_and_full_width(extract):
    x = extract(LATIN)
    assert _found(x) == [
        ("openai", "Ｏｐｅｎ ＡＩ", 6, 13), ("opencl", "Open CL", 26, 33), ("nvidia", "ＮＶＩＤＩＡ", 34, 40),
        ("cuda", "ＣＵＤＡ平台", 41, 47), ("nvidia", "nvidia", 48, 54), ("google", "谷歌", 60, 62),
        ("veo_3_1", "Veo3.1", 64, 70), ("veo3.1fast", "Veo3.1Fast", 71, 81),
        ("counterpoint", "Counterpoint", 86, 98),
    ]
    assert _spans_hold(LATIN, x)
    # Veo3 (a catalog name) is not matched inside Veo3.1Fast
    assert "veo_3" not in {m.entity for m in x.mentions}


@pytest.mark.parametrize("text, person, start", [
    ("研究动态\nIDC亚太研究主管刘丽华认为，需求会增长。", "刘丽华", 14),
    ("研究动态\n腾讯云及腾讯星图实验室主任吴明声表示，会继续投入。", "吴明声", 18),
    ("研究动态\n公司副总裁李强告诉记者，订单很多。", "李强", 10),
    ("研究动态\n博士生导师宋立言认为，模型会更好。", "宋立言", 10),
])
def test_person_after_a_title_has_exact_span(extract, text, person, start):
    x = extract(text)
    people = [(m.text, m.span.start) for m in x.mentions
              if any(e.key == m.entity and e.type.value == "Person" for e in x.entities)]
    assert (person, start) in people


@pytest.mark.parametrize("text, word", [
    ("产品动态\n这款相机能拍高保真的照片。", "高保真"),      # tagged as a name by jieba's dictionary
    ("产品动态\n副总裁李强调，要控制成本。", "李强"),        # 李 + 强调 (stressed), not 李强
    ("产品动态\n一家美国公司和这所大学合作。", "美国公司"),  # a place and a kind
    ("产品动态\n这所大学的实验室很大。", "这所大学"),
    ("Market\nThe wind power sector grew quickly.", "wind"),  # English prose, not the name Wind
    ("产品动态\n她说「很好」，我们会跟进。", "很好"),         # a quotation, not an outlet
])
def test_ordinary_words_are_not_entities(extract, text, word):
    x = extract(text)
    assert word not in {m.text for m in x.mentions}


def test_discovered_names_link_across_scripts(extract):
    simplified = extract("人事\n创始人周明远表示，会继续招人。")
    traditional = extract("人事\n創始人周明遠表示，會繼續招人。")
    assert [m.entity for m in simplified.mentions] == [m.entity for m in traditional.mentions] == ["周明远"]
    assert traditional.mentions[0].text == "周明遠"


def test_product_in_apposition_and_dictionary_person(extract):
    x = extract("视频动态\n百度发布视频模型百度星河号，网友用它生成与周润发对打的视频。")
    found = {(m.text, m.rule) for m in x.mentions}
    assert ("百度星河号", "discover.apposed_product.v1") in found
    assert ("周润发", "discover.dictionary_person.v1") in found
    assert ("百度", "catalog.v1") in found
