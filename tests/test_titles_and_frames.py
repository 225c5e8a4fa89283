"""Speakers and bodies read by the structure around them, whatever words fill it:

- a title that ends in 长, 员 or 官 (庭长, 解说员, 书记员) stands before the name of the person
  who holds it, whether or not the lexicon of roles lists it, with a frame of time or place
  between the name and the cue (某某在宣判后接受采访时说) or none;
- a clause of time between the speaker and the cue (受访时, 出席论坛后) may be followed by an
  adverb (受访时则说, 会后也表示): the speaker is still the one named before it;
- a body the segmenter holds as one word (药品监督管理局) takes the place and its level of
  government before it into its name (某某省药品监督管理局);
- a company's officer counted before the company's name (一位某某汽车高管, 一家某某汽车门店的
  店长) is one of its people, an unnamed source; its spokesperson still speaks for it.

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases, speaker_at

CONTENTS = ("平台对入驻商家负有审核义务", "球队的问题不在战术而在体能", "审议会会兼顾各方意见")
TITLES = ("庭长", "审判长", "解说员", "书记员", "教练员", "仲裁员")
NAMES = ("甘礼平", "柴云舟", "麦雅琴")
FRAMES = ("", "在宣判后接受采访时", "则在社交媒体上", "当天")


@pytest.mark.parametrize("i, title, name, frame", cases(TITLES, NAMES, FRAMES))
def test_a_title_that_ends_in_a_holders_character_stands_before_the_name(extract, i, title, name, frame):
    content = CONTENTS[i % len(CONTENTS)]
    cue = ("表示", "说", "发文称")[i % 3]
    x = extract(article(f"{title}{name}{frame}{cue}，{content}。", i))
    assert_said_by(x, i, content, name)


CLAUSES = ("受访时", "出席论坛时", "会后接受采访时", "出席活动后")
ADVERBS = ("则", "也", "还")


@pytest.mark.parametrize("i, name, clause, adverb", cases(NAMES, CLAUSES, ADVERBS))
def test_an_adverb_after_a_clause_of_time_leaves_the_speaker_before_it(extract, i, name, clause, adverb):
    content = CONTENTS[i % len(CONTENTS)]
    cue = ("说", "表示")[i % 2]
    x = extract(article(f"星澜能源董事长{name}日前表示，公司经营正常。{name}{clause}{adverb}{cue}，{content}。", i))
    assert_said_by(x, i, content, name)


@pytest.mark.parametrize("i, clause", list(enumerate(CLAUSES)))
def test_a_clause_of_time_that_names_someone_else_is_no_frame(extract, i, clause):
    """会见柴云舟时则说: the one met is named in the clause; the words are not theirs."""
    content = CONTENTS[i % len(CONTENTS)]
    x = extract(article(f"星澜能源董事长甘礼平日前表示，公司经营正常。柴云舟说，市场在变。甘礼平会见柴云舟时则说，{content}。", i))
    assert speaker_at(x, i, content).key != "柴云舟"


PLACES = ("清河", "江宁", "青川")
LEVELS = ("省", "市")
BODIES = ("药品监督管理局", "公安局", "教育局", "统计局")


@pytest.mark.parametrize("i, place, level, body", cases(PLACES, LEVELS, BODIES))
def test_a_body_in_one_word_takes_the_place_before_it(extract, i, place, level, body):
    content = "目前全市药品供应总体平稳"
    officer = ("", "有关负责人", "相关负责人")[i % 3]
    x = extract(article(f"{place}{level}{body}{officer}表示，{content}。", i))
    assert_said_by(x, i, content, f"{place}{level}{body}")


COMPANIES = ("北辰汽车", "澜川集团", "星澜能源")
COUNTED = (("一位", "高管"), ("一名", "员工"), ("一家", "4S店的销售经理"), ("一家", "门店的店长"))


@pytest.mark.parametrize("i, company, counted", cases(COMPANIES, COUNTED))
def test_an_officer_counted_before_the_company_is_an_unnamed_source(extract, i, company, counted):
    count, person = counted
    content = "库存车的价差需要经销商自己消化"
    x = extract(article(f"{company}董事长甘礼平表示，降价是让利。{count}{company}{person}告诉记者，{content}。", i))
    speaker = speaker_at(x, i, content)
    assert (speaker.kind, speaker.key) == ("unnamed", f"{count}{company}{person}")  # keys are folded to simplified


@pytest.mark.parametrize("i, company, count", cases(COMPANIES, ("一位", "一名")))
def test_a_spokesperson_counted_before_the_company_speaks_for_it(extract, i, company, count):
    content = "库存车的价差需要经销商自己消化"
    x = extract(article(f"{company}董事长甘礼平表示，降价是让利。{count}{company}发言人告诉记者，{content}。", i))
    assert_said_by(x, i, content, company)
