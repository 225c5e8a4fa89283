"""The words of a utility (电网, 供电, 供水, 电信) are trades, like 电力 and 燃气: after a brand
they end a company's name (远星电信, 南岭电网有限责任公司), and before 公司 they make a kind of
company, no name (电网公司称……). Names are invented."""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases, organisations, written

UTILITIES = ("电网", "供电", "供水", "电信")
BRANDS = ("远星", "岚川")


@pytest.mark.parametrize("i, utility", cases(UTILITIES))
def test_a_utility_and_gongsi_name_no_company(extract, i, utility):
    x = extract(article(f"多地遭遇用电高峰。{utility}公司称，供应总体平稳。", i))
    assert written(i, f"{utility}公司") not in organisations(x), organisations(x)


@pytest.mark.parametrize("i, brand, utility", cases(BRANDS, UTILITIES))
def test_a_brand_and_a_utility_name_a_company(extract, i, brand, utility):
    company = f"{brand}{utility}有限责任公司"
    words = "全省最高用电负荷已达到8760万千瓦"
    x = extract(article(f"{company}7月18日发布消息称，{words}。", i))
    assert written(i, company) in organisations(x), organisations(x)
    assert_said_by(x, i, words, company)
