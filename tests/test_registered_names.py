"""A company's registered name is read whole, by its shape (a place, a brand, a trade, a
legal form), whatever the segmenter makes of its words (discover.legal_name.v1):

- a place before the brand or the trade is part of it (鹭城|机场|集团|有限公司);
- a brand the segmenter cut into characters opens it (南|天|航空|股份|有限公司);
- a brand of good omen the dictionary holds as an adjective (宏远|精密) opens it;
- it ends at a kind of person or a role before it (实施者|……), a verb, a preposition, a
  former's 前, a count or a determiner;
- it speaks as the subject of its clause, and a unit after it (客服部) does not take it.

Names, places and numbers are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases, organisations, written

PLACES = ("鹭城", "岚州", "汀川")
BRANDS = ("南天", "宏远", "星槎", "禾盛")
TRADES = ("航空", "机场集团", "精密", "港务集团", "生物医药")
FORMS = ("有限公司", "股份有限公司", "有限责任公司")


@pytest.mark.parametrize("i, brand, trade, form", cases(BRANDS, TRADES, FORMS))
def test_a_brand_a_trade_and_a_legal_form_speak_whole(extract, i, brand, trade, form):
    company = f"{brand}{trade}{form}"
    words = "受影响的业务将在本周内陆续恢复"
    x = extract(article(f"{company}当晚发布通报称，{words}。", i))
    assert written(i, company) in organisations(x)
    assert_said_by(x, i, words, company)


@pytest.mark.parametrize("i, place, trade, form", cases(PLACES, TRADES, FORMS))
def test_a_place_before_the_trade_is_part_of_the_registered_name(extract, i, place, trade, form):
    company = f"{place}{trade}{form}"
    words = "公司已向受影响的客户致歉"
    x = extract(article(f"对此，{company}客服部负责人欧阳静回应称，{words}。", i))
    assert written(i, company) in organisations(x)
    assert written(i, f"{company}客服部") not in organisations(x)
    assert_said_by(x, i, words, "欧阳静")


@pytest.mark.parametrize("i, before, brand", cases(("实施者", "经营者", "承包商"), BRANDS[:2]))
def test_a_role_before_the_brand_is_no_part_of_it(extract, i, before, brand):
    company = f"{brand}建设股份有限公司"
    x = extract(article(f"据了解，项目{before}{company}已提出新的补偿方案。", i))
    found = organisations(x)
    assert written(i, company) in found
    assert not any(name.startswith(written(i, before)) for name in found)


@pytest.mark.parametrize("i, lead", cases(("前", "与", "向", "起诉", "该")))
def test_a_word_before_the_name_that_is_none_of_it_stays_out(extract, i, lead):
    company = "宏远精密股份有限公司"
    x = extract(article(f"记者了解到，{lead}{company}有关的诉讼仍在审理中。", i))
    found = organisations(x)
    assert not any(name.startswith(written(i, lead)) for name in found), found
    if lead not in ("该",):
        assert written(i, company) in found


@pytest.mark.parametrize("i, before", cases(("开发单位", "母公司", "施工单位")))
def test_a_unit_or_a_parent_before_the_name_is_no_part_of_it(extract, i, before):
    company = "承德能源股份有限公司"
    x = extract(article(f"{before}{company}则在书面回应中强调，园区已预留生态缓冲带。", i))
    found = organisations(x)
    assert written(i, company) in found, found
    assert not any(name.startswith(written(i, before)) for name in found), found


@pytest.mark.parametrize("i, brand", cases(("动力坊", "悦读坊", "星光阁", "食客帮")))
def test_a_brand_of_a_word_and_a_lone_character_opens_the_name(extract, i, brand):
    company = f"{brand}健体管理有限公司"
    x = extract(article(f"母公司{company}昨日发表声明，承认已无力维持营运。", i))
    assert written(i, company) in organisations(x), organisations(x)


@pytest.mark.parametrize("i, business", cases(("制造", "开发", "销售", "服务")))
def test_a_verb_of_business_right_before_the_form_is_part_of_the_name(extract, i, business):
    company = f"宏森家具{business}有限公司"
    x = extract(article(f"在南岭工业园区的{company}门口，工人蒋德福举着纸板讨薪。", i))
    assert written(i, company) in organisations(x), organisations(x)


@pytest.mark.parametrize("i, verb", cases(("宣判", "起诉", "调查")))
def test_a_verb_before_the_brand_is_no_part_of_the_name(extract, i, verb):
    company = "瑞丰建设股份有限公司"
    x = extract(article(f"地方法院今日{verb}{company}负责人公孙志豪一案。", i))
    found = organisations(x)
    assert not any(name.startswith(written(i, verb)) for name in found), found
