"""What follows 否则/不然 ('or else') stays in the claim of the demand or condition it
answers: the consequence is no proposition of its own."""

from __future__ import annotations

from itertools import product

import opencc
import pytest

HEAD = "产业快讯\n\n"
TRADITIONAL = opencc.OpenCC("s2t").convert
SPEAKERS = ("分析师周明远", "监管人士孙雅琴", "律师何俊峰")
DEMANDS = ("青松物流必须在三月底前完成整改", "这家平台须尽快下架违规商品", "远达制药应当补交全部检测报告")
OTHERWISE = ("否则将被处以罚款", "不然会失去经营许可", "要不然就只能退出市场", "否则的话监管部门会介入调查")
COMMAS = ("，", ",")


def _cases() -> list[tuple[str, str]]:
    out = []
    for speaker, demand, otherwise, comma in product(SPEAKERS, DEMANDS, OTHERWISE, COMMAS):
        claim = f"{demand}{comma}{otherwise}"
        for body, text in ((f"{speaker}表示{comma}{claim}。", claim), (f"“{claim}。”{speaker}说。", claim)):
            out.append((body, text))
            out.append((TRADITIONAL(body), TRADITIONAL(text)))
    return out


@pytest.mark.parametrize(("body", "text"), _cases())
def test_or_else_stays_with_its_demand(extract, body, text):
    assert [c.text for c in extract(HEAD + body).claims] == [text], body
