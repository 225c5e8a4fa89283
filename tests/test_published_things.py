"""A verb of telling whose words are only a thing published (某某今日公布6月审批信息，……;
某某披露了三季度财报，……) reports an act in the article's voice: no one speaks there. The
same verb before a comma, or before a clause, still takes the words after it. And a company
named for a verb is found where an officer of it follows, wherever it stands (专访了远航汽车
创始人). Names, people and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.cases import half_width, in_script, nth_case

BODIES = ("国家新闻出版署", "星河科技", "北港证券")
VERBS = ("公布", "公布了", "披露了", "发布")
THINGS = ("6月网络游戏审批信息", "三季度财报", "年度创新企业榜单", "新一批试点名单")


@pytest.mark.parametrize("i", range(len(BODIES) * len(VERBS) * 2))
def test_a_thing_published_is_an_act_not_words(extract, i):
    body, verb, k = nth_case(i, BODIES, VERBS, range(2))
    thing = THINGS[i % len(THINGS)]
    text = f"快讯\n\n{body}今日{verb}{thing}，共有157家企业入选。\n"
    text, = in_script(i, half_width(text) if k else text)
    x = extract(text)
    assert all(c.speaker.kind == "author" for c in x.claims), (text, [(c.text, c.speaker) for c in x.claims])


@pytest.mark.parametrize("i", range(4))
def test_the_verb_before_a_comma_or_a_clause_still_takes_the_words(extract, i):
    body, joint = nth_case(i, BODIES[:2], ("，", ""))  # bodies the matcher knows without a verb of saying
    text, what = in_script(i, f"快讯\n\n{body}今日公布{joint}三季度营收同比增长两成。\n", "三季度营收同比增长两成")
    x = extract(text)
    claim = next((c for c in x.claims if c.text == what), None)
    assert claim is not None and claim.speaker.kind == "entity", (text, [(c.text, c.speaker) for c in x.claims])


@pytest.mark.parametrize("i", range(8))
def test_a_company_named_for_a_verb_is_found_before_its_officer_anywhere(extract, i):
    stem, title = nth_case(i, ("远航", "飞跃"), ("创始人", "CEO", "董事长", "首席执行官"))
    text, name = in_script(i, f"快讯\n\n新浪科技近日专访了{stem}汽车{title}程亦凡。\n", stem + "汽车")
    x = extract(text)
    assert name in {m.text for m in x.mentions}, (text, [(m.text, m.rule) for m in x.mentions])
