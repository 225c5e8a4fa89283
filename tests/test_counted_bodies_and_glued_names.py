"""Bodies counted, verbs before a company's noun, names glued to a title or a conjunction, and 公司:

- a clause that opens with a function word and ends in a trade's word (亦有声音建议延后咨询) names
  no organisation;
- a word of how many (部分, 多家, 所有) before a kind of body (部分乡镇卫生院, 多家三甲医院) counts
  bodies of that kind and names none: no organisation;
- a word the dictionary lacks right after an adverb (未充分|审酌|公司) is the adverb's verb: no
  company's name;
- the first character of a surname of two the segmenter glued to a title's last character
  (首席执行|官司|马浩然) opens the name all the same: 司马浩然;
- a conjunction between two words (复购|和转|介绍) opens no name, though 和 is a surname;
- 公司 in a cue's subject stands for the company named before, not for a think tank, a school or an
  association named after it (某某智库分析师指出……。公司预估……);
- 据 and an anaphor of a body (据银行方面通报, 据该公司透露) cite the body named before.

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases, written


@pytest.mark.parametrize("i, count, kind", cases(("部分", "多家", "所有", "一些"), ("乡镇卫生院", "社区卫生服务中心", "区教育局")))
def test_a_counted_kind_of_body_is_no_organisation(extract, i, count, kind):
    x = extract(article(f"上官敏认为，目前{count}{kind}的慢病用药品种不足30种。", i))
    assert not any(m.text.startswith(written(i, count)) for m in x.mentions), [m.text for m in x.mentions]


@pytest.mark.parametrize("i, adverb, verb", cases(("未充分", "没有认真", "并未"), ("审酌", "斟酌")))
def test_a_verb_after_an_adverb_names_no_company(extract, i, adverb, verb):
    x = extract(article(f"辩护律师叶振宇表示，法院{adverb}{verb}公司确实曾委托实验室进行研究的事实。", i))
    assert not any(m.text.endswith(written(i, f"{verb}公司")) for m in x.mentions), [m.text for m in x.mentions]


@pytest.mark.parametrize("i, surname, given", cases(("司马", "司徒"), ("浩然", "文静", "志明")))
def test_a_compound_surname_glued_to_a_titles_last_character_opens_the_name(extract, i, surname, given):
    x = extract(article(f"远图科技创始人、首席执行官{surname}{given}在台上称，这是第一副可以全天戴着出门的眼镜。", i))
    assert_said_by(x, i, "这是第一副可以全天戴着出门的眼镜", surname + given)


@pytest.mark.parametrize("i, before, after", cases(("复购", "老客户"), ("转介绍", "转推荐")))
def test_a_conjunction_between_two_words_opens_no_name(extract, i, before, after):
    x = extract(article(f"陈思远说，去年{before}和{after}占新增用户的41%。", i))
    assert not any(m.text.startswith(written(i, "和")) for m in x.mentions), [m.text for m in x.mentions]


@pytest.mark.parametrize("i, other", cases(("创见智库", "东岭大学经济研究所", "消费者权益协会", "澄江科技大学")))
def test_gongsi_stands_for_a_company_not_a_think_tank_named_after_it(extract, i, other):
    x = extract(article(f"宏硕电子董事长林国栋强调，新机所有运算都在装置端完成。{other}分析师诸葛文彦指出，宏硕定价明显偏高。"
                        "对于价格质疑，公司回应称，首年销量可达15万台。", i))
    assert_said_by(x, i, "首年销量可达15万台", "宏硕电子")


@pytest.mark.parametrize("i, pair, verb", cases(
    (("鹭洲农商银行", "银行方面"), ("鹭洲农商银行", "该行"), ("星澜科技有限公司", "公司方面"), ("星澜科技有限公司", "该公司")),
    ("通报", "透露")))
def test_according_to_a_bodys_anaphor_is_the_body_named_before(extract, i, pair, verb):
    body, side = pair
    x = extract(article(f"{body}昨日召开新闻发布会。据{side}{verb}，此次故障持续约5小时，影响约23万名客户。", i))
    assert_said_by(x, i, "此次故障持续约5小时，影响约23万名客户", body)


@pytest.mark.parametrize("i, opener, trade", cases(("亦有声音建议延后", "也有意见要求暂缓", "并有人建议"), ("咨询", "投资")))
def test_a_clause_that_ends_in_a_trades_word_is_no_organisation(extract, i, opener, trade):
    x = extract(article(f"有熟悉事件的人士透露，署方内部{opener}{trade}，以免反对声浪进一步扩大。", i))
    assert not any(m.text.startswith(written(i, opener[:1])) for m in x.mentions), [m.text for m in x.mentions]
