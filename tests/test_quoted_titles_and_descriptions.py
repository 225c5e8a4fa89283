"""A document's title quoted after a verb of publishing (公布「某某检讨报告」, 发布“某某指引”)
is a name, no claim; the words the document states after it still are. Quoted words that end
in a plan's head but describe it (“目前没有任何减持计划”, 新措施是「平衡……的务实方案」) name no
plan. Names, numbers and sentences are invented."""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases, quotes, written
from claimgraph.models import EntityType

BODIES = ("房屋局", "教育局", "交通委员会")
TITLES = ("劏房租务管制检讨报告", "中小学课后服务指引", "旧楼安全优先计划", "夜间通行费调整方案")
VERBS = ("公布", "发布", "印发")


@pytest.mark.parametrize("i, body, title, verb", cases(BODIES, TITLES, VERBS))
def test_a_quoted_title_after_a_verb_of_publishing_is_no_claim(extract, i, body, title, verb):
    opening, closing = quotes(i)
    stated = "建议将续租租金加幅上限下调至8%"
    x = extract(article(f"{body}上周{verb}{opening}{title}{closing}，{stated}。", i))
    assert not any(c.text == written(i, title) for c in x.claims), [c.text for c in x.claims]
    assert any(written(i, stated) in c.text for c in x.claims)


DESCRIBED = (("董事会秘书回应称，大股东", "目前没有任何减持计划"), ("局长形容，新措施是", "平衡业主与租客利益的务实方案"),
             ("公司表示，", "暂不考虑新的融资方案"))


@pytest.mark.parametrize("i, lead, words", [(i, lead, words) for i, (lead, words) in enumerate(DESCRIBED * 2)])
def test_quoted_words_that_describe_a_plan_name_none(extract, i, lead, words):
    opening, closing = quotes(i)
    x = extract(article(f"{lead}{opening}{words}{closing}。", i))
    assert not any(e.type is EntityType.CREATIVE_WORK for e in x.entities), [e.label_zh for e in x.entities]


@pytest.mark.parametrize("i, words", cases(("正在积极寻找替代方案", "已经启动应急预案", "将尽快公布赔偿方案")))
def test_quoted_words_that_end_in_a_documents_head_are_still_words(extract, i, words):
    opening, closing = quotes(i)
    x = extract(article(f"长风汽车在声明中称，供应缺口约为15%，{opening}{words}{closing}。", i))
    assert any(written(i, words) in c.text for c in x.claims), [c.text for c in x.claims]
