"""What a speaker does as they speak, 讲, plants, listed kinds and transcript turns:

- an act between the speaker and a bare 说 or 道 (拍桌说, 叹了口气说, 指着屏幕说, 红着眼眶说) is
  how they spoke: the quotation around it is theirs, while 要求员工说 and 让学生说 have someone
  else say it;
- 讲 is a verb of saying before its mark or after a quotation (跟我讲:“……”; “……”,她讲), never
  in 讲故事;
- a company named after the kind of plant it runs (封测厂某某科技, 晶圆代工厂某某科技) is named
  without the plant's last character;
- an everyday word and a trade listed with other things (专项债券、社会资本和居民出资) name no
  company;
- in an answer, the words after a quotation of someone else's are the respondent's again.

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, assert_unnamed, cases, claim_of, quotes, written
from claimgraph.models import EntityType


@pytest.mark.parametrize("i, act, name", cases(
    ("拍桌", "叹了口气", "指着屏幕", "红着眼眶", "拍着桌子", "摇摇头"), ("李文斌", "欧阳静")))
def test_an_act_before_a_bare_say_is_how_the_speaker_spoke(extract, i, act, name):
    a, b = quotes(i)
    x = extract(article(f"果农{name}今年种了十亩猕猴桃。{a}今年的收成比去年好得多，{b}他{act}说，{a}价格也不错。{b}", i))
    assert_said_by(x, i, "今年的收成比去年好得多", name)
    assert_said_by(x, i, "价格也不错", name)


@pytest.mark.parametrize("i, pivot", cases(("要求员工", "让学生")))
def test_someone_made_to_say_it_is_not_the_subject(extract, i, pivot):
    x = extract(article(f"果农李文斌今年种了十亩猕猴桃。老板{pivot}说，订单都完成了。", i))
    assert all(written(i, "订单都完成了") != c.text or c.speaker.key != x.claims[0].speaker.key for c in x.claims)
    assert not any(m.text == written(i, pivot) for m in x.mentions)


@pytest.mark.parametrize("i, lead, name", cases(("跟我讲：", "对记者讲："), ("王大明", "岑晓梅")))
def test_jiang_says_before_its_mark(extract, i, lead, name):
    a, b = quotes(i)
    x = extract(article(f"社区工作者{name}{lead}{a}加装电梯的事我们还要再开几次会。{b}", i))
    assert_said_by(x, i, "加装电梯的事我们还要再开几次会", name)


@pytest.mark.parametrize("i, name", cases(("王大明", "岑晓梅")))
def test_jiang_says_after_a_quotation_and_never_in_telling_stories(extract, i, name):
    a, b = quotes(i)
    x = extract(article(f"社区工作者{name}每周都来。{a}电梯对一楼住户没用，{b}{name}讲。\n\n{name}在课堂上讲故事，学生很喜欢。", i))
    assert_said_by(x, i, "电梯对一楼住户没用", name)
    assert claim_of(x, written(i, f"{name}在课堂上讲故事，学生很喜欢")).speaker.kind == "author"


@pytest.mark.parametrize("i, plant, name", cases(
    ("半导体封测厂", "晶圆代工厂", "面板厂"), ("晶岳科技", "澄川光电")))
def test_a_company_after_its_kind_of_plant_is_named_without_it(extract, i, plant, name):
    x = extract(article(f"{plant}{name}昨日召开法人说明会，公布第三季营收。", i))
    assert [m.text for m in x.mentions if m.text.endswith(written(i, name))] == [written(i, name)]


@pytest.mark.parametrize("i, word", cases(("社会资本", "国家资本", "人民保险")))
def test_an_everyday_word_and_a_trade_in_a_list_name_no_company(extract, i, word):
    x = extract(article(f"改造资金其余通过专项债券、{word}和居民出资解决。", i))
    assert not any(m.text == written(i, word) for m in x.mentions)


@pytest.mark.parametrize("i, name, asked", cases(("诸葛文涛", "岑晓梅"), ("说：", "讲：")))
def test_the_words_after_a_quoted_other_in_an_answer_are_the_respondents(extract, i, name, asked):
    a, b = quotes(i)
    x = extract(article(f"住建局局长{name}出席发布会。\n\n问：加装电梯的费用怎么分摊？\n\n"
                        f"答：这确实是最难的问题。有位老住户跟我{asked}{a}我住一楼，电梯对我没用。{b}"
                        "这种诉求也要尊重，我们不会强推。", i))
    assert_unnamed(x, i, "我住一楼，电梯对我没用", "有位老住户")
    assert_said_by(x, i, "这种诉求也要尊重", name)
    assert_said_by(x, i, "我们不会强推", name)
    assert all(e.type is not EntityType.ORGANIZATION or e.label_zh != "有位老住户" for e in x.entities)
