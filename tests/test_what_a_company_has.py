"""What a company has (股价, 营收, 市值; `owned` in org_suffixes.toml) is no part of it that speaks,
whatever words fill them: in 某某股价已反映大部分利淡因素 the verb after it is no cue of the
company's, and the words stay the analyst's who reports them; a division of it still speaks for
it (某某外卖宣布).

Names and numbers are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, assert_unnamed, cases

CONTENT = "股价已反映大部分利淡因素"


@pytest.mark.parametrize("i, company, thing, source", cases(
    ("長和", "星河集团"), ("股价", "市值", "估值"), ("有证券分析员认为，", "多位分析师指出，")))
def test_what_a_company_has_does_not_speak(extract, i, company, thing, source):
    x = extract(article(f"星河集团昨日公布中期业绩。{source}{company}{thing}已反映大部分利淡因素，现水平具一定吸引力。", i))
    assert_unnamed(x, i, f"{company}{thing}已反映大部分利淡因素，现水平具一定吸引力", source[:-3])


@pytest.mark.parametrize("i, company", cases(("京东",)))
def test_a_division_still_speaks_for_its_company(extract, i, company):
    x = extract(article(f"{company}外卖宣布，将为骑手缴纳社保。", i))
    assert_said_by(x, i, "将为骑手缴纳社保", company)
