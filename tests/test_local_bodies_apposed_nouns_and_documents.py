"""Local bodies, people named after a noun, organs with a modifier and documents in one word:

- a place and its level of government before a body's name the dictionary holds whole
  (某某市统计局) or as an abbreviation (某某市发改委, 市环保局) name the local body, which speaks,
  not the national one a catalog knows by the same short name;
- a common noun right before a person's name says what the person is (孕妇陈某某, 嫌犯李某,
  前妻王某), whatever the noun: the person speaks;
- an organisation's organ after a modifier (公司现任管理层) speaks for the organisation;
- a document the segmenter keeps in one word (审计报告, 财务报告) is an unnamed source, after a
  connective too and inside an interviewer's question;
- no organisation is read across a full stop or after an ordinal (。原董事长, 第9局由终结者).

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, assert_unnamed, cases, types_written
from claimgraph.models import EntityType


@pytest.mark.parametrize("i, body, verb", cases(
    ("北京市统计局", "广州市发改委", "市发改委", "汀州市环保局", "省纪委"), ("表示", "指出")))
def test_a_place_and_its_level_before_a_bodys_name_make_a_local_body_that_speaks(extract, i, body, verb):
    x = extract(article(f"{body}昨天{verb}，今年一季度本地物价总体平稳。", i))
    assert EntityType.ORGANIZATION in types_written(x, i, body)
    assert_said_by(x, i, "今年一季度本地物价总体平稳", body)


@pytest.mark.parametrize("i, noun, name, verb", cases(
    ("孕妇", "嫌犯", "男童", "前妻", "奶奶"), ("陈志强", "岑晓梅"), ("说", "告诉记者")))
def test_a_person_named_after_a_common_noun_speaks(extract, i, noun, name, verb):
    x = extract(article(f"{noun}{name}{verb}，那部手机是在公园长椅上捡到的。", i))
    assert_said_by(x, i, "那部手机是在公园长椅上捡到的", name)


@pytest.mark.parametrize("i, company, anaphor, organ", cases(
    ("沅丰农牧股份有限公司", "岭川物流集团"), ("公司", "该公司"), ("现任管理层", "现任董事会", "相关管理层")))
def test_an_organ_after_a_modifier_speaks_for_its_organisation(extract, i, company, anaphor, organ):
    x = extract(article(f"{company}昨日进入退市整理期。{anaphor}{organ}在公告中表示，将全力配合调查。", i))
    assert_said_by(x, i, "将全力配合调查", company)


@pytest.mark.parametrize("i, lead, document, verb", cases(
    ("", "但", "不过"), ("审计报告", "财务报告", "调查报告"), ("指出", "同时显示")))
def test_a_document_in_one_word_is_an_unnamed_source(extract, i, lead, document, verb):
    x = extract(article(f"{lead}{document}{verb}，过去五年有超过三成工程延误。", i))
    assert_unnamed(x, i, "过去五年有超过三成工程延误", document)


@pytest.mark.parametrize("i, lead, document", cases(("", "但"), ("审计报告", "财务报告")))
def test_a_document_cited_in_a_question_speaks_for_its_clause(extract, i, lead, document):
    x = extract(article(f"问：{lead}{document}指出，过去五年有超过三成工程延误，你如何确保这次不一样？\n\n"
                        "答：我们已经把每一份合约的进度都公开了。", i))
    assert_unnamed(x, i, "过去五年有超过三成工程延误", document)


@pytest.mark.parametrize("i, sentence", cases((
    "法院认定，该公司虚增利润约12.3亿元。原董事长祝国栋被判处有期徒刑九年。",
    "第9局由终结者庄柏元登板，三上三下收下本季第15次救援成功。",
    "第3局由先发投手魏斯特压制对手，只被敲出一支安打。")))
def test_no_organisation_is_read_across_a_full_stop_or_after_an_ordinal(extract, i, sentence):
    x = extract(article(sentence, i))
    organisations = [m.text for m in x.mentions if EntityType.ORGANIZATION in types_written(x, i, m.text)]
    assert not [t for t in organisations if "。" in t or "局由" in t], organisations
