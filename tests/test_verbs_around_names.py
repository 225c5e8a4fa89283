"""A verb is no part of a name, whatever words fill the sentence:

- a verb between a body and a company's name (某会重罚某某银行) ends what names the company;
- a head that is a verb the dictionary knows, with its object after it (代客投资海外期货,
  轻信高回报投资广告), makes no company;
- 曾 'once' glued after a clause of time (求情时曾表示) is an adverb, no given name;
- 大律师 and 资深大律师 are titles, so the barrister's side speaks (辩方大律师表示).

Names and numbers are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases, speaker_at, written


@pytest.mark.parametrize("i, body, verb, bank", cases(
    ("金管会", "银保监会"), ("重罚", "处罚"), ("鼎丰银行", "华岳银行")))
def test_a_verb_between_a_body_and_a_name_ends_the_name(extract, i, body, verb, bank):
    x = extract(article(f"{body}{verb}{bank}1200万元。{bank}随即发布声明，表示虚心接受处分并已全额赔偿。", i))
    assert not any(written(i, verb) in m.text for m in x.mentions)
    assert_said_by(x, i, "虚心接受处分并已全额赔偿", bank)


@pytest.mark.parametrize("i, before, after", cases(
    ("声称可代客", "切勿轻信高回报", "平台宣称代客"), ("海外期货", "广告", "外汇")))
def test_a_verb_head_with_its_object_makes_no_company(extract, i, before, after):
    x = extract(article(f"警方提醒，有人{before}投资{after}，每月回报高达8%，市民应提高警惕。", i))
    assert not any(m.text.endswith(written(i, "投资")) for m in x.mentions)


@pytest.mark.parametrize("i, when", cases(("在求情时", "在庭上", "在结案陈词时")))
def test_once_after_a_clause_of_time_is_no_name(extract, i, when):
    x = extract(article(f"辩方律师{when}曾表示，被告已有悔意，并愿意赔偿部分款项。", i))
    said = speaker_at(x, i, "被告已有悔意，并愿意赔偿部分款项")
    assert said.kind == "unnamed" and not any(written(i, "曾") in m.text for m in x.mentions)


@pytest.mark.parametrize("i, title, name", cases(("大律师", "资深大律师"), ("陈国强", "梁婉仪")))
def test_a_barrister_is_titled(extract, i, title, name):
    x = extract(article(f"代表被告的{title}{name}表示，被告已有悔意，并愿意赔偿部分款项。", i))
    assert_said_by(x, i, "被告已有悔意，并愿意赔偿部分款项", name)
