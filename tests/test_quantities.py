"""Numbers and dates normalised: every form the task names, on strings written for the tests."""

from __future__ import annotations

import datetime as dt

import pytest

from claimgraph.extract.quantities import find_quantities, find_times
from claimgraph.models import Span

PUBLISHED = dt.date(2024, 3, 13)


def _quantities(text: str):
    return find_quantities(text, text, Span(start=0, end=len(text)))


def _times(text: str):
    return [(t.text, t.start, t.end) for t in find_times(text, text, Span(start=0, end=len(text)), PUBLISHED)]


@pytest.mark.parametrize("text, value, unit, measure", [
    ("公司营收221亿美元", 22_100_000_000, "USD", "营收"),
    ("总市值约2.14万亿美元", 2_140_000_000_000, "USD", "总市值"),
    ("毛利率高达76%", 76, "percent", "毛利率"),
    ("股价报857.74美元", 857.74, "USD", "股价"),
    ("净利润1,234.5亿元", 123_450_000_000, "CNY", "净利润"),
    ("下载量达62.7万次", 627_000, "次", "下载量"),
])
def test_values_units_and_measures(text, value, unit, measure):
    (q,) = _quantities(text)
    assert (q.value, q.unit, q.measure) == (value, unit, measure)


def test_change_is_marked():
    (q,) = _quantities("同比大增265%")
    assert (q.value, q.unit, q.change) == (265, "percent", True)


@pytest.mark.parametrize("text", ["约2.14万亿美元", "221亿美元左右", "大约300亿元"])
def test_approximate(text):
    (q,) = _quantities(text)
    assert q.approximate


def test_exact_is_not_approximate():
    (q,) = _quantities("营收221亿美元")
    assert not q.approximate


def test_dates_are_not_quantities():
    assert _quantities("2023年3月11日") == ()


@pytest.mark.parametrize("text, start, end", [
    ("2023第四季度", dt.date(2023, 10, 1), dt.date(2023, 12, 31)),
    ("今年2月份", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
    ("去年上半年", dt.date(2023, 1, 1), dt.date(2023, 6, 30)),
    ("2025年", dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
])
def test_periods_resolved_against_publication(text, start, end):
    assert _times(text) == [(text, start, end)]


def test_day_in_a_time_zone():
    assert _times("美东时间3月11日收盘") == [("3月11日", dt.date(2024, 3, 11), dt.date(2024, 3, 11))]


def test_claim_exports_its_quantities(extract):
    (claim,) = extract("科技观察\n\n小米营收865亿元,同比大增31%。").claims
    assert [(q.value, q.unit, q.change) for q in claim.quantities] == [(86_500_000_000, "CNY", False), (31, "percent", True)]


def test_counted_periods_are_durations_not_figures(extract):
    (claim,) = extract("该公司利润已经连续五个季度走高。").claims
    (q,) = claim.quantities
    assert (q.text, q.value, q.unit) == ("五个季度", 5.0, "quarter")
    assert claim.type.value != "statistic"


CHARACTER_NUMBERS = (("两千", 2000), ("二千", 2000), ("三百", 300), ("一千二百", 1200), ("三百五十", 350),
                     ("九千九百", 9900), ("两百", 200), ("五十", 50))
COUNTED = (("元", "CNY"), ("美元", "USD"), ("港元", "HKD"), ("人", "人"), ("名", "名"), ("辆", "辆"))


@pytest.mark.parametrize("number, value", CHARACTER_NUMBERS)
@pytest.mark.parametrize("counter, unit", COUNTED)
def test_a_number_in_characters_before_a_unit(number, value, counter, unit):
    """两千元, 三百人: a number written in characters with a place (十, 百, 千) before a currency
    or a counter is a quantity, as 2000元 is."""
    (q,) = _quantities(f"每月开支已超过{number}{counter}")
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize("text", ["一些人认为", "十分重要", "百年老店", "千家万户的选择", "三心二意"])
def test_words_of_numbers_are_no_quantities(text):
    assert _quantities(text) == ()


TENTHS = (("三成", 30), ("两成", 20), ("七成", 70), ("3成", 30), ("九成", 90))


@pytest.mark.parametrize("tenths, value", TENTHS)
@pytest.mark.parametrize("frame, approximate", [("销量同比增长{t}", False), ("利润下滑了{t}多", True),
                                                ("近{t}的用户表示满意", True), ("{t}左右的订单来自海外", True)])
def test_tenths_are_percent(tenths, value, frame, approximate):
    """三成 is 30%: a share in tens of percent, approximate with 多, 近, 左右."""
    (q,) = _quantities(frame.format(t=tenths))
    assert (q.value, q.unit, q.approximate) == (value, "percent", approximate)


@pytest.mark.parametrize("text", ["他三成为公司股东", "这七成本来就是", "四成功率"])
def test_cheng_opening_a_word_is_no_tenth(text):
    assert not [q for q in _quantities(text) if q.unit == "percent"]


@pytest.mark.parametrize("text, value, unit", [("年产能达50GWh", 50, "GWh"), ("装机量为1.2GW", 1.2, "GW"),
                                               ("采用3纳米工艺", 3, "纳米"), ("年产30万吨", 300_000, "吨")])
def test_physical_units(text, value, unit):
    (q,) = _quantities(text)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize("verb", ["下滑", "提升", "回落", "攀升"])
def test_a_change_verb_marks_the_figure(verb):
    (q,) = _quantities(f"利润同比{verb}12%")
    assert q.change


@pytest.mark.parametrize("text, value, unit", [
    ("每天能卖出三百多杯", 300, "杯"), ("共有五十多家门店", 50, "家"), ("营收300多亿元", 30_000_000_000, "CNY"),
    ("融资10余亿美元", 1_000_000_000, "USD"), ("3000余家企业", 3000, "家"), ("两千多元", 2000, "CNY"),
])
def test_more_than_a_figure_is_approximate(text, value, unit):
    """三百多杯, 300多亿元, 10余亿美元: 多 and 余 after a figure, before its magnitude or counter."""
    (q,) = _quantities(text)
    assert (q.value, q.unit, q.approximate) == (value, unit, True)


@pytest.mark.parametrize("counter", ["杯", "份", "张", "瓶", "箱", "套", "间", "栋"])
def test_counters(counter):
    (q,) = _quantities(f"共卖出120{counter}")
    assert (q.value, q.unit) == (120, counter)
