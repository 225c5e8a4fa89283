"""A verb is no part of a name, whatever words fill the sentence:

- a verb between a body and a company's name (某会重罚某某银行) ends what names the company;
- a head that is a verb the dictionary knows, with its object after it (代客投资海外期货,
  轻信高回报投资广告), makes no company;
- 曾 'once' glued after a clause of time (求情时曾表示) is an adverb, no given name;
- 大律师 and 资深大律师 are titles, so the barrister's side speaks (辩方大律师表示);
- an adverb the segmenter glued to a name's end (港|铁则|表示) is no part of it, and a name ends in
  no pronoun (学者曾对我直言);
- an adverb and a verb before a head (凌晨5点就到医院) are no pieces of a foreign name;
- quoted words that open with a verb or its adverb and go on with a verb (平台「持续投入资源补贴
  外送伙伴」) are a phrase, no product's name;
- a period before a trade (年度技术发布会) and a sector before an analyst (计算机行业首席分析师)
  name no company;
- 区 is a surname of Hong Kong (导演区浩然).

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


@pytest.mark.parametrize("i, body", cases(("港铁", "港灯", "九巴")))
def test_an_adverb_glued_to_a_name_is_no_part_of_it(extract, i, body):
    x = extract(article(f"{body}则表示，若八号风球生效，露天路段服务可能受阻。", i))
    assert not any(m.text.endswith(written(i, "则")) for m in x.mentions)


@pytest.mark.parametrize("i, who, pronoun", cases(("一位教育学者", "一名资深律师"), ("我", "他")))
def test_a_name_ends_in_no_pronoun(extract, i, who, pronoun):
    x = extract(article(f"{who}曾对{pronoun}直言，未成年人自控力有限。", i))
    assert speaker_at(x, i, "未成年人自控力有限").kind == "unnamed"


@pytest.mark.parametrize("i, hour, place", cases(("5点", "清晨6点"), ("医院", "大学", "银行")))
def test_an_adverb_and_a_verb_before_a_head_name_nothing(extract, i, hour, place):
    x = extract(article(f"带孩子来看病的冯先生说，他凌晨{hour}就到{place}排队。", i))
    assert not any(m.text.endswith(written(i, place)) for m in x.mentions)


@pytest.mark.parametrize("i, noun, phrase", cases(("平台", "新款手机"), ("持续投入资源补贴外送伙伴", "正在加快研发新型电池")))
def test_quoted_words_that_open_a_predicate_are_no_name(extract, i, noun, phrase):
    x = extract(article(f"某平台公关经理表示，{noun}「{phrase}」，并强调店家可自由选择合作方案。", i))
    assert not any(m.text == written(i, phrase) for m in x.mentions)


@pytest.mark.parametrize("i, period", cases(("年度", "季度", "月度")))
def test_a_period_before_a_trade_names_no_company(extract, i, period):
    x = extract(article(f"人工智能企业云杉智能在杭州举行{period}技术发布会，正式推出新一代大模型。公司称，新模型表现提升约40%。", i))
    assert_said_by(x, i, "新模型表现提升约40%", "云杉智能")


@pytest.mark.parametrize("i, sector, title", cases(("计算机行业", "新能源板块", "医药领域"), ("首席分析师", "分析师")))
def test_a_sector_before_an_analyst_is_no_organisation(extract, i, sector, title):
    x = extract(article(f"某券商{sector}{title}龚立伟指出，头部企业频繁降价。", i))
    assert_said_by(x, i, "头部企业频繁降价", "龚立伟")
    assert not any(written(i, sector) in m.text for m in x.mentions)


@pytest.mark.parametrize("i, title, given", cases(("导演", "立法会议员"), ("浩然", "嘉欣")))
def test_ou_is_a_surname(extract, i, title, given):
    x = extract(article(f"新晋{title}区{given}表示，港产片的票房今年已经明显好转。", i))
    assert_said_by(x, i, "港产片的票房今年已经明显好转", f"区{given}")
