"""Claim type, hedged and conditional flags, on claims written for the tests."""

from __future__ import annotations

import pytest

from claimgraph.extract.classify import is_conditional, is_hedged

HEAD = "科技观察\n\n"


@pytest.mark.parametrize("body, expected", [
    ("小米今天推出了新一代手机。", "fact"),
    ("小米营收865亿元,同比增长31%。", "statistic"),
    ("英伟达的护城河非常稳固。", "opinion"),
    ("英伟达明年将推出新架构。", "prediction"),
    ("苹果可能改用高通的基带。", "prediction"),
    ("这次降价让同行措手不及。", "opinion"),
    ("北京大学教授王立新表示,行业格局还不明朗。", "opinion"),
    ("英伟达将这些资源整合到一个平台。", "fact"),
])
def test_claim_type(extract, body, expected):
    (claim,) = extract(HEAD + body).claims
    assert claim.type.value == expected


@pytest.mark.parametrize("text", ["可能", "很可能", "或许", "也许", "可望"])
def test_hedges(claim_lexicon, text):
    assert is_hedged(f"新芯片{text}明年量产", claim_lexicon)


def test_not_hedged(claim_lexicon):
    assert not is_hedged("新芯片明年量产", claim_lexicon)


@pytest.mark.parametrize("text", ["如果需求回暖", "假如需求回暖", "若需求回暖", "一旦需求回暖"])
def test_conditionals(claim_lexicon, text):
    assert is_conditional(f"{text},新芯片明年量产", claim_lexicon, [text[:-4], "需求", "回暖", ",", "新", "芯片"])


def test_conditional_claim_is_a_prediction(extract):
    (claim,) = extract(HEAD + "如果需求回暖,英伟达的股价会继续上涨。").claims
    assert (claim.type.value, claim.conditional) == ("prediction", True)


@pytest.mark.parametrize("text", ["这家厂商在端侧芯片布局领先。", "手机市场增长放缓仍是隐忧。", "该公司估值仍然吸引。"])
def test_evaluations_without_a_figure_are_opinions(extract, text):
    (claim,) = extract(text).claims
    assert claim.type.value == "opinion"


@pytest.mark.parametrize("body, expected", [
    ("百度看到了新的市场机会。", "fact"),  # 会 inside 机会
    ("国会议员昨天举行了听证会。", "fact"),  # 会 inside 国会, 听证会
    ("百度公布了新的投资计划。", "fact"),  # 计划 a noun after a noun
    ("百度的工程师都在使用新工具。", "fact"),  # 使 inside 使用
    ("百度最近推出了新手机。", "fact"),  # 最 inside 最近
    ("百度将支付约200亿美元收购该业务。", "statistic"),  # the figure is the point
    ("这表明终端需求正在回暖。", "opinion"),  # the article reads the facts
    ("百度计划明年推出新芯片。", "prediction"),
])
def test_type_from_tokens(extract, body, expected):
    (claim,) = extract(HEAD + body).claims
    assert claim.type.value == expected


MEETINGS = ("法说会", "发布会", "股东大会", "记者会", "说明会")
MEETING_FRAMES = ("星澜电子{day}召开{meeting}。", "星澜电子{day}召开{meeting}，公布第三季财报。",
                  "星澜电子{day}举行{meeting}并公布新品价格。", "星澜电子{day}在{meeting}后公布了财报。")


@pytest.mark.parametrize("meeting", MEETINGS)
@pytest.mark.parametrize("frame", MEETING_FRAMES)
@pytest.mark.parametrize("day, trad", [("今日", False), ("29日", True), ("今（29）日", True)])
def test_a_meeting_is_no_forecast(extract, meeting, frame, day, trad):
    """会 'meeting' at a clause's end or before 并/后 is no 会 'will': nothing is forecast."""
    body = frame.format(day=day, meeting=meeting)
    x = extract(HEAD + (_traditional(body) if trad else body))
    assert [c.type.value for c in x.claims] == ["fact"], body


@pytest.mark.parametrize("body", ["星澜电子明年会召开{meeting}。", "星澜电子的{meeting}会推迟到明年。"])
@pytest.mark.parametrize("meeting", MEETINGS)
def test_will_after_a_meeting_still_forecasts(extract, body, meeting):
    x = extract(HEAD + body.format(meeting=meeting))
    assert [c.type.value for c in x.claims] == ["prediction"]


def _traditional(text: str) -> str:
    from capabilities.cases import traditional
    return traditional(text)


@pytest.mark.parametrize("confidence", ["有信心", "有把握"])
@pytest.mark.parametrize("goal", ["完成全年目标", "在年底前实现盈利", "明年把销量翻一番"])
@pytest.mark.parametrize("trad", [False, True])
def test_confidence_in_what_is_to_be_done_forecasts(extract, confidence, goal, trad):
    body = f"星澜电子董事长程亦凡表示，我们{confidence}{goal}。"
    x = extract(HEAD + (_traditional(body) if trad else body))
    assert [c.type.value for c in x.claims] == ["prediction"], body


@pytest.mark.parametrize("thing", ["美国厂的长期竞争力", "公司的前景", "这款新车"])
@pytest.mark.parametrize("confidence", ["有信心", "很有信心", "有把握"])
def test_confidence_in_a_thing_forecasts_nothing(extract, thing, confidence):
    body = f"星澜电子董事长程亦凡表示，我们对{thing}{confidence}。"
    x = extract(HEAD + body)
    assert [c.type.value for c in x.claims] == ["opinion"], body


@pytest.mark.parametrize("body, expected", [
    ("欧元区通胀已接近2%的目标。", "statistic"), ("公司已提前完成了年销100万辆的目标。", "statistic"),
    ("公司的目标是明年卖出100万辆。", "prediction"), ("公司计划明年实现100万辆的销量目标。", "prediction"),
])
def test_a_target_reached_is_no_forecast(extract, body, expected):
    """已接近……的目标: a target reached or neared states how things are; 目标是…… forecasts."""
    for text in (body, _traditional(body)):
        assert [c.type.value for c in extract(HEAD + text).claims] == [expected], text


@pytest.mark.parametrize("total", ["共有", "共计", "合计", "总共", "累计"])
@pytest.mark.parametrize("count", ["157款游戏获批", "3000名员工", "50万家门店"])
def test_a_count_given_as_a_total_is_a_statistic(extract, total, count):
    """本月共有157款游戏获批: the total is what the claim says."""
    body = f"本月{total}{count}。"
    for text in (body, _traditional(body)):
        assert [c.type.value for c in extract(HEAD + text).claims] == ["statistic"], text
