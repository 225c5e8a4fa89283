"""Names before more verbs, firms and money:

- a name of two characters before a verb of how it was said, recalled or confirmed (刘芳感叹道,
  王芳回忆说, 李强证实) is a person, after a quotation as before one;
- a company of transport (某某巴士, 某某公交, 某某地铁) that published a statement points out what
  follows 指, which takes words, never a thing published;
- money put into a field (房地产投资, 固定资产投资, 民间投资) is no firm, unlike a name before the
  head of money (红杉投资, 高瓴资本);
- an act with its object before a cue (她拿出工程进度表质疑，……; 他翻开账本指出，……) is what the
  speaker did as they spoke, while a modal before a cue (团队可能会建议……) is the subject's own
  predicate;
- a name cut into its characters that opens its clause before a body's nouns (岚|岫|纪念|医院)
  names the body;
- a name after two titles (原告代理人卢静律师) is the later one's, no title in it; a modal that is a
  surname and an adverb after a title (议员应具体指出) are no name, while a given name that is an
  adjective (书记甘明亮) is one;
- after a clause of where or when (在会后的群访环节，某某否认了这一说法，称……) the subject is
  the one a cue without a subject of its own speaks for, and a verb of saying before a cue
  after a connective (……基本承认，但反驳称，……) leaves the subject out too;
- a transcript's label whose gloss holds a comma (某某（大学客座教授，社会学家）：) names the
  speaker, and an item of a list (案例一：, 问题3：) is no speaker's label.

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases, quotes, types_written, written
from claimgraph.models import EntityType


@pytest.mark.parametrize("i, name, verb", cases(("刘芳", "王芳", "岑强"), ("感叹道", "回忆说", "证实", "写道")))
def test_a_two_character_name_before_a_verb_of_manner_is_a_person(extract, i, name, verb):
    a, b = quotes(i)
    x = extract(article(f"{a}这个问题困扰了我们很多年，{b}{name}{verb}。", i))
    assert_said_by(x, i, "这个问题困扰了我们很多年", name)
    assert types_written(x, i, name) == {EntityType.PERSON}


@pytest.mark.parametrize("i, company, when", cases(("城通巴士", "青禾公交", "澄川地铁"), ("", "昨日")))
def test_a_company_that_published_a_statement_points_out_what_follows(extract, i, company, when):
    x = extract(article(f"{company}{when}发表声明，指司机工时符合劳工指引。", i))
    assert_said_by(x, i, "司机工时符合劳工指引", company)


@pytest.mark.parametrize("i, field", cases(("房地产", "固定资产", "民间", "制造业")))
def test_money_put_into_a_field_is_no_firm(extract, i, field):
    x = extract(article(f"今年前三季度，全国{field}投资同比下降5.1%，降幅比上半年扩大。", i))
    assert not any(m.text == written(i, f"{field}投资") for m in x.mentions)


@pytest.mark.parametrize("i, firm", cases(("红杉投资", "高瓴资本", "鼎晖投资")))
def test_a_name_before_a_head_of_money_is_a_firm_that_speaks(extract, i, firm):
    x = extract(article(f"{firm}表示，将继续加码新能源赛道。", i))
    assert_said_by(x, i, "将继续加码新能源赛道", firm)


@pytest.mark.parametrize("i, act, cue", cases(("拿出工程进度表", "翻开账本", "指着屏幕"), ("质疑", "指出", "强调")))
def test_an_act_with_its_object_before_a_cue_is_the_speakers(extract, i, act, cue):
    x = extract(article(f"市议员江若晴昨天出席质询。她{act}{cue}，蓝线原定2025年通车。", i))
    assert_said_by(x, i, "蓝线原定2025年通车", "江若晴")


@pytest.mark.parametrize("i, modal", cases(("可能会", "将", "有望")))
def test_a_modal_before_a_cue_leaves_the_subject_its_own(extract, i, modal):
    x = extract(article(f"研究员闻人嘉慧透露，若成效理想，团队{modal}建议社福机构将步行小组纳入恒常服务。", i))
    said = [c.speaker.key for c in x.claims if written(i, "社福机构") in c.text]
    assert said and all(k != "团队" for k in said)


@pytest.mark.parametrize("i, name, nouns", cases(("岚岫", "澄屿"), ("纪念医院", "人民医院")))
def test_a_name_cut_into_characters_before_a_bodys_nouns_names_the_body(extract, i, name, nouns):
    x = extract(article(f"{name}{nouns}则发表声明回应称，对家属的遭遇深感遗憾。", i))
    assert_said_by(x, i, "对家属的遭遇深感遗憾", f"{name}{nouns}")


@pytest.mark.parametrize("i, party, role, name", cases(("原告", "被告"), ("代理人", "律师"), ("卢静", "岑晓梅")))
def test_a_name_after_two_titles_is_the_later_ones(extract, i, party, role, name):
    x = extract(article(f"{party}{role}{name}律师则指出，监控视频显示牵引绳长度超过3米。", i))
    assert_said_by(x, i, "监控视频显示牵引绳长度超过3米", name)


@pytest.mark.parametrize("i, title, adverb", cases(("议员", "部长"), ("具体", "积极", "认真")))
def test_a_modal_that_is_a_surname_and_an_adverb_after_a_title_are_no_name(extract, i, title, adverb):
    x = extract(article(f"若新选址确有问题，{title}应{adverb}指出并提出可行方案。", i))
    assert not any(m.text == written(i, f"应{adverb}") for m in x.mentions)


@pytest.mark.parametrize("i, name", cases(("甘明亮", "王浩然")))
def test_a_given_name_that_is_an_adjective_after_a_title_is_a_name(extract, i, name):
    x = extract(article(f"村党支部书记{name}坦言，游客量增长太快，管理没有跟上。", i))
    assert_said_by(x, i, "游客量增长太快，管理没有跟上", name)


@pytest.mark.parametrize("i, lead", cases(("在会后的群访环节，", "在随后的问答环节，", "于发布会结束后，")))
def test_a_clause_of_where_or_when_leaves_the_subject_to_a_cue_without_one(extract, i, lead):
    x = extract(article(f"澜川汽车董事长司马铭出席发布会。{lead}司马铭否认了这一说法，称芯片系澜川与合作伙伴联合开发。", i))
    assert_said_by(x, i, "芯片系澜川与合作伙伴联合开发", "司马铭")


@pytest.mark.parametrize("i, first, second", cases(("基本承认", "并不否认"), ("但反驳称", "却又辩称", "但随即补充说")))
def test_a_second_verb_of_saying_before_the_cue_leaves_the_subject_out(extract, i, first, second):
    x = extract(article(f"庭审中，褚国栋对事发经过{first}，{second}，自家的狗当时系着牵引绳。", i))
    assert_said_by(x, i, "自家的狗当时系着牵引绳", "褚国栋")


@pytest.mark.parametrize("i, name, gloss", cases(
    ("托马斯·维勒", "叶知秋"), ("澄屿大学客座教授，社会学家", "研究员，课题组负责人")))
def test_a_label_whose_gloss_holds_a_comma_names_the_speaker(extract, i, name, gloss):
    x = extract(article(f"以下为对话节选。\n\n{name}（{gloss}）：我在三个城市做过调研，效果参差不齐。\n\n"
                        "诸葛文涛：我不太同意这个说法。", i))
    assert_said_by(x, i, "我在三个城市做过调研，效果参差不齐", name)


@pytest.mark.parametrize("i, item", cases(("案例一", "案例二", "问题3")))
def test_an_item_of_a_list_is_no_speaker(extract, i, item):
    x = extract(article(f"警方通报了几类诈骗案件。\n\n{item}：10月下旬，市民张某在网上结识一名自称投资导师的网友。", i))
    assert not any(m.text == written(i, item) for m in x.mentions)
