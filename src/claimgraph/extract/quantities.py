"""Numbers and dates in a claim, normalised: 221亿美元 -> 22,100,000,000 USD, 76% ->
76 percent, 约2.14万亿美元 (approximate), 同比大增265% (a change); 2023第四季度 and
今年2月份 resolved to dates against the publication date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from decimal import Decimal
from types import MappingProxyType

from ..models import Quantity, Span, TimeRef

_CN_DIGITS = MappingProxyType({"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9})
_CN_UNITS = MappingProxyType({"十": 10, "百": 100, "千": 1000})
_MAGNITUDES = MappingProxyType({"万亿": 1e12, "亿": 1e8, "千万": 1e7, "百万": 1e6, "十万": 1e5, "万": 1e4, "千": 1e3, "百": 1e2})
_CURRENCIES = MappingProxyType({"美元": "USD", "美金": "USD", "人民币": "CNY", "元": "CNY", "港元": "HKD", "港币": "HKD",
               "新台币": "TWD", "台币": "TWD", "欧元": "EUR", "日元": "JPY", "英镑": "GBP", "韩元": "KRW"})
_MEASURES = ("毛利率", "净利率", "营收", "营业收入", "收入", "净利润", "利润", "股价", "总市值", "市值", "身家",
             "下载量", "增速", "支出", "出货量", "销量", "销售额", "份额", "市场份额", "用户数", "估值", "融资",
             "消耗量", "成本", "价格", "规模", "投资", "涨幅", "跌幅")
_CHANGE = re.compile(r"(?:同比|环比|较上年|年内累计)?(?:大增|暴增|增长|增加|上涨|上升|下跌|下降|减少|下滑|提升|提高|回落|攀升|萎缩"
                     r"|缩水|增|涨|跌|降)了?$")
_NUMBER = re.compile(
    r"(?P<approx_pre>约|大约|近|超过|超|逾|将近|接近|高达|达)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+(?=[万亿])"
    r"|[二两三四五六七八九十][零〇一二两三四五六七八九十百千]*(?=[多余]?(?:个|家|种|位|名|国|城|辆|款|杯|份|张|瓶|箱|套|间|栋))"
    # a number in characters with a place (两千, 三百五十) before a currency or a counter: 两千元, 三百人
    r"|[一二两三四五六七八九十][零〇一二两三四五六七八九十百千]*[十百千][一二三四五六七八九]?"
    r"(?=[多余]?(?:元|美元|港元|欧元|日元|英镑|人民币|新台币|人|名|台|辆|家|户|件|款|位|杯|份|张|瓶|箱|套|间|栋|米)))"
    r" ?(?:(?P<approx_mag>多|余)(?=万亿|亿|千万|百万|十万|万|千))?(?P<mag>万亿|亿|千万|百万|十万|万|千)?(?P<approx_mid>多|余)?"
    r" ?(?P<unit>%|‰|美元|美金|人民币|港元|港币|新台币|台币|欧元|日元|英镑|韩元|元|个百分点|百分点|个季度|个月|个星期|个小时"
    r"|分钟|小时|天|倍|次|人|家|种|个|款|台|辆|架|艘|国|城|座|单|笔|件|部|所|户|条|位|名|项|起|宗|例|tokens|token|年(?!代)|季度"
    r"|GWh|MWh|kWh|TWh|GW|MW|kW|万吨|吨|公里|纳米|nm|TB|PB(?![A-Za-z])|杯|份|张|瓶|箱|套|间|栋|平方米|米)?"
    r"(?P<approx_post>左右|上下|多|余)?")
# counted periods (连续三个季度, 超过2200天) are durations, not measurements
# a character every quantity holds (its number) and one every date holds: a claim without one has none
_NUMERAL = re.compile(r"[\d零〇一二两三四五六七八九十百千]")
_TIME_MARK = re.compile(r"[季半月年]")
_DURATIONS = MappingProxyType({"年": "year", "季度": "quarter", "个季度": "quarter", "个月": "month", "个星期": "week",
                               "个小时": "hour", "小时": "hour", "分钟": "minute", "天": "day"})
DURATION_UNITS = frozenset(_DURATIONS.values())
DURATION_WORDS = frozenset(_DURATIONS) | {"周", "星期", "分钟", "秒"}  # the words a span of time is counted in
_QUARTERS = MappingProxyType({"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4})


# tenths (三成, 两成多, 近七成): a share in tens of percent; not 成 opening a word (三成为, 七成本)
_TENTHS = re.compile(r"(?P<approx_pre>约|大约|近|超过|超|逾|将近|接近)?(?P<num>[一二两三四五六七八九]|\d)成"
                     r"(?P<approx_post>多|以上|左右|上下)?(?![为功立本交长熟员果绩都型品分套就效语团色])")


# a share written out (百分之十五, 百分之3.5, 千分之八, 百分之二十五点五): percent; 百分之百 alone
# is mostly a manner (百分之百确定), so a number written with 百 alone is left to the reader
_SHARE_WORDS = re.compile(r"(?P<approx_pre>约|大约|近|超过|超|逾|将近|接近|高达|达)?(?P<per>百分之|千分之)"
                          r"(?P<num>\d+(?:\.\d+)?|(?!百(?![零〇一二两三四五六七八九十]))"
                          r"[零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?)"
                          r"(?P<approx_post>左右|上下|多|以上)?")


def find_quantities(view: str, text: str, span: Span) -> tuple[Quantity, ...]:
    """Quantities in ``view[span]`` (the folded text); ``text`` is the original, for quotes."""
    found = []
    if _NUMERAL.search(view, span.start, span.end) is None:
        return ()
    for m in _TENTHS.finditer(view, span.start, span.end):
        found.append(_quantity(view, text, span, m, _number(m.group("num")) * 10, "percent", bool(m.group("approx_post"))))
    for m in _SHARE_WORDS.finditer(view, span.start, span.end):
        value = _number(m.group("num"))
        if value is not None:
            value = value if m.group("per") == "百分之" else value / 10
            found.append(_quantity(view, text, span, m, value, "percent", bool(m.group("approx_post"))))
    for m in _NUMBER.finditer(view, span.start, span.end):
        if not (m.group("mag") or m.group("unit")) or _inside_date(view, m):
            continue
        value = _number(m.group("num"))
        if value is None:
            continue
        mag = m.group("mag")
        unit_word = m.group("unit") or ""
        if mag:  # in decimal, so that 2.14万亿 is 2,140,000,000,000 and not 2,140,000,000,000.0002
            value = float(Decimal(repr(value)) * Decimal(int(_MAGNITUDES[mag])))
        if unit_word in ("%",):
            unit = "percent"
        elif unit_word == "‰":
            unit, value = "percent", value / 10
        elif unit_word in _CURRENCIES:
            unit = _CURRENCIES[unit_word]
        elif unit_word in _DURATIONS:
            unit = _DURATIONS[unit_word]
        else:
            unit = unit_word or None
        found.append(_quantity(view, text, span, m, value, unit, bool(
            m.group("approx_post") or m.group("approx_mid") and m.group("unit") or m.group("approx_mag"))))
    return tuple(sorted(found, key=lambda q: q.span.start))


def _quantity(view: str, text: str, span: Span, m: re.Match, value: float, unit: str | None,
              approximate: bool) -> Quantity:
    """The Quantity a figure's match reads: approximate by the word before it (约, 近) or by
    ``approximate`` (多, 左右 after it), its measure and whether a change word precedes it."""
    before = view[max(span.start, m.start() - 8):m.start()]
    return Quantity(
        text=text[m.start():m.end()], span=Span(start=m.start(), end=m.end()), value=round(value, 6), unit=unit,
        approximate=approximate or m.group("approx_pre") in ("约", "大约", "近", "将近", "接近"),
        measure=_measure(view, span.start, m.start()), change=bool(_CHANGE.search(before)))


def find_times(view: str, text: str, span: Span, published: dt.date | None) -> tuple[TimeRef, ...]:
    out = []
    for start, end, first, last in _time_spans(view, span, published):
        out.append(TimeRef(text=text[start:end], span=Span(start=start, end=end), start=first, end=last))
    return tuple(out)


_TIME = re.compile(
    r"(?:(?P<y>(?:19|20)\d{2})年?|(?P<rel>今年|去年|明年|前年))?"
    r"(?:第?(?P<q>[一二三四1-4])季度|(?P<half>上|下)半年|(?P<m>\d{1,2})月份?(?:(?P<d>\d{1,2})[日号])?)"
    r"|(?P<y2>(?:19|20)\d{2})年(?![\d月])")


def _time_spans(view: str, span: Span, published: dt.date | None) -> Iterator[tuple[int, int, dt.date | None, dt.date | None]]:
    if _TIME_MARK.search(view, span.start, span.end) is None:
        return  # every date names a quarter, a half, a month or a year
    for m in _TIME.finditer(view, span.start, span.end):
        if m.group("y2"):
            y = int(m.group("y2"))
            yield m.start(), m.end(), dt.date(y, 1, 1), dt.date(y, 12, 31)
            continue
        year = int(m.group("y")) if m.group("y") else None
        if year is None and published is not None:
            year = published.year + {"去年": -1, "明年": 1, "前年": -2}.get(m.group("rel") or "", 0)
        if year is None:
            yield m.start(), m.end(), None, None
            continue
        if m.group("q"):
            q = _QUARTERS[m.group("q")]
            first, last = dt.date(year, 3 * q - 2, 1), _month_end(year, 3 * q)
        elif m.group("half"):
            first, last = (dt.date(year, 1, 1), dt.date(year, 6, 30)) if m.group("half") == "上" else (
                dt.date(year, 7, 1), dt.date(year, 12, 31))
        else:
            month = int(m.group("m"))
            if not 1 <= month <= 12:
                continue
            if m.group("d"):
                try:
                    first = last = dt.date(year, month, int(m.group("d")))
                except ValueError:
                    continue
            else:
                first, last = dt.date(year, month, 1), _month_end(year, month)
        yield m.start(), m.end(), first, last


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _inside_date(view: str, m: re.Match) -> bool:
    after = view[m.end():m.end() + 1]
    return m.group("unit") in (None, "年", "季度") and after in ("年", "月", "日", "号", "季") or (
        m.group("unit") == "年" and after in ("前", "后", "之", "第", "1", "2", "3", "4", "5", "6", "7", "8", "9", "0"))


def _measure(view: str, start: int, at: int) -> str | None:
    clause_start = max(view.rfind(",", start, at), view.rfind(";", start, at), start - 1) + 1
    window = view[clause_start:at]
    best = None  # the measure ending last before the number, the longest of those (总市值, not 市值)
    for word in _MEASURES:
        i = window.rfind(word)
        if i >= 0 and (best is None or (i + len(word), len(word)) > best[0]):
            best = ((i + len(word), len(word)), word)
    return best[1] if best else None


def _number(text: str) -> float | None:
    if text[0].isdigit():
        return float(text.replace(",", ""))
    whole, point, decimals = text.partition("点")  # 二十五点五: tenths read digit by digit
    if point:
        value = _number(whole)
        digits = [_CN_DIGITS.get(ch) for ch in decimals]
        if value is None or not digits or None in digits:
            return None
        return value + float("0." + "".join(str(d) for d in digits))
    total, current = 0, 0
    for ch in text:
        if ch in _CN_DIGITS:
            current = _CN_DIGITS[ch]
        elif ch in _CN_UNITS:
            total += (current or 1) * _CN_UNITS[ch]
            current = 0
        else:
            return None
    return float(total + current)
