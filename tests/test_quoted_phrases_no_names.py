"""Words quoted from a speaker are no names:

- a quoted phrase that opens with a conjunction (“并非长远办法”) or with two adverbs (“正在积极寻找替代
  方案”) names no plan, even where it ends in a plan's head (方案, 办法);
- after a product's noun (令服务“出现明显压力”), a quoted predicate (a verb, then an adjective) names
  no product;
- a quoted plan's name stays one, also when the dictionary tags its first word as a time word or an
  adverb (“青年安居计划”, “长期照护保险法”) or a verb follows a noun in it (“星火人才留任办法”).

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, cases, quotes, written
from claimgraph.models import EntityType


@pytest.mark.parametrize("i, head, opener", cases(("方案", "办法", "计划"), ("正在积极寻找替代", "并非长远", "并非可行")))
def test_a_quoted_phrase_ending_in_a_plans_head_is_no_plan(extract, i, head, opener):
    o, c = quotes(i)
    x = extract(article(f"长风汽车集团在声明中称，公司{o}{opener}{head}{c}，将在下周公布进展。", i))
    assert written(i, f"{opener}{head}") not in {m.text for m in x.mentions}, [m.text for m in x.mentions]


@pytest.mark.parametrize("i, noun, phrase", cases(("服务", "系统", "平台"), ("出现明显压力", "变得非常拥挤", "出现严重延误")))
def test_a_quoted_predicate_after_a_products_noun_is_no_product(extract, i, noun, phrase):
    o, c = quotes(i)
    x = extract(article(f"卫振邦承认，前线人手紧绌，令{noun}{o}{phrase}{c}。", i))
    assert written(i, phrase) not in {m.text for m in x.mentions}, [m.text for m in x.mentions]


@pytest.mark.parametrize("i, plan", cases(("青年安居计划", "长期照护保险法", "星火人才留任办法", "清源河道整治方案")))
def test_a_quoted_plans_name_is_still_a_work(extract, i, plan):
    o, c = quotes(i)
    x = extract(article(f"澄江市政府昨日推出{o}{plan}{c}，预计明年惠及两万户家庭。", i))
    types = {e.key: e.type for e in x.entities}
    assert {types[m.entity] for m in x.mentions if m.text == written(i, plan)} == {EntityType.CREATIVE_WORK}
