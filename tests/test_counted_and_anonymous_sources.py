"""Sources counted, withheld or modified, whatever words fill them:

- whoever withholds a name (一位不愿透露姓名的加盟商表示) is an unnamed source, whatever noun
  names them, not a statement refused;
- people counted in one word (十多名议员, 三位教授) or after 共有 'in all' are an unnamed group,
  never a person's name;
- a standing before a trade (资深证券分析师) names no company;
- a noun that a clause of where modifies (公司在匈牙利建设的整车工厂预计……) is no speaker: the
  forecast stays the words of whoever reports it.

Names and numbers are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, assert_unnamed, cases, written


@pytest.mark.parametrize("i, count, noun, withheld", cases(
    ("一位", "一名"), ("加盟商", "店主", "供应商"), ("不愿透露姓名的", "不愿透露身份的")))
def test_whoever_withholds_a_name_is_an_unnamed_source(extract, i, count, noun, withheld):
    x = extract(article(f"{count}{withheld}{noun}表示，补贴需要门店达到一定销量才能申领。", i))
    assert_unnamed(x, i, "补贴需要门店达到一定销量才能申领", f"{count}{withheld}{noun}")


@pytest.mark.parametrize("i, lead, count, head", cases(("", "共有"), ("十多名", "三位", "二十余名"), ("议员", "教授")))
def test_people_counted_in_one_word_are_a_group(extract, i, lead, count, head):
    x = extract(article(f"{lead}{count}{head}表示，议案应该尽快付诸表决。", i))
    assert_unnamed(x, i, "议案应该尽快付诸表决", f"{lead}{count}{head}")
    assert not any(written(i, head) in m.text for m in x.mentions)


@pytest.mark.parametrize("i, standing, trade, name", cases(("资深", "首席"), ("证券", "汽车"), ("禤浩然", "岑嘉欣")))
def test_a_standing_before_a_trade_names_no_company(extract, i, standing, trade, name):
    x = extract(article(f"{standing}{trade}分析师{name}认为，单凭一纸公告难以安抚市场。", i))
    assert_said_by(x, i, "单凭一纸公告难以安抚市场", name)
    assert not any(m.text.startswith(written(i, standing)) for m in x.mentions)


@pytest.mark.parametrize("i, place, thing", cases(("在匈牙利", "于越南"), ("建设的整车工厂", "新建的电池厂")))
def test_a_noun_a_clause_of_where_modifies_is_no_speaker(extract, i, place, thing):
    x = extract(article(f"星途汽车总裁欧阳振宇称，三季度海外交付量达到2.1万辆。他透露，公司{place}{thing}预计明年二季度投产。", i))
    assert_said_by(x, i, f"公司{place}{thing}预计明年二季度投产", "欧阳振宇")
