"""A source is not what its report is about: 据某报报道,已有五家车企…… and 某报援引……称 give
the outlet as the speaker, but the claim is about what it names (here nothing), and a claim
after it that leaves its subject out does not inherit the outlet either."""

from __future__ import annotations

import pytest
from capabilities.cases import half_width, traditional

OUTLETS = ["海港商报", "澄江日报", "北辰财经"]  # invented outlets no catalog knows
CLAIMS = ["截至11月底，已有至少五家车企下调了全年销量目标", "已有三成经销商连续半年亏损", "多家银行已经上调了存款利率"]
AFTER = ["今年的价格战比我们预想的要激烈得多", "很多门店的客流已经明显减少"]
CASES = [(i, o, c, a) for i, (o, c, a) in enumerate((o, c, a) for o in OUTLETS for c in CLAIMS for a in AFTER)]


@pytest.mark.parametrize("i,outlet,claim,after", CASES)
def test_source_is_not_the_subject(extract, i, outlet, claim, after):
    text = f"据《{outlet}》报道，{claim}。“{after}，”一位销售负责人对记者说。\n"
    text = traditional(text) if i % 2 else text
    text = half_width(text) if i % 3 == 0 else text
    x = extract(text)
    outlet_keys = {m.entity for m in x.mentions if m.text in (outlet, traditional(outlet))}
    assert outlet_keys, (text, [m.text for m in x.mentions])
    for c in x.claims:
        assert not set(c.about) & outlet_keys, (text, c.text, c.about)


@pytest.mark.parametrize("org, key", [("苹果公司", "apple"), ("小米", "xiaomi"), ("比亚迪", "byd")])
@pytest.mark.parametrize("cue", ["表示", "宣布", "在声明中称"])
@pytest.mark.parametrize("trad", [False, True])
def test_its_in_an_organisations_own_words_is_the_organisation(extract, org, key, cue, trad):
    """苹果公司表示,其在华销量……: 其 opening a company's own words is the company."""
    from capabilities.cases import traditional
    body = f"快讯\n\n{org}{cue}，其在华销量增长了10%。\n"
    x = extract(traditional(body) if trad else body)
    (claim,) = x.claims
    assert claim.speaker.key == key and key in claim.about, (claim.speaker, claim.about)


def test_its_after_a_data_source_is_not_the_source(extract):
    x = extract("快讯\n\n苹果发布了新手机。IDC数据显示，其出货量增长了10%。\n")
    claim = x.claims[-1]
    assert "idc" not in claim.about, claim.about
