"""A view held after a name, and Taiwan's chief officers:

- 持 (holds) before a view (持相对乐观的态度, 持不同看法) is no part of the name before it, whether the
  segmenter glued it to a given name (某某清|持), left it alone after a compound surname's given
  name, or after a transliterated name (某某·某某|持): the name is the person's, who speaks after;
- 投资长, 风控长 (chief investment / risk officer, as Taiwan names them) are titles like 财务长: the
  company's name before them ends before 投资.

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases, types_written, written
from claimgraph.models import EntityType


@pytest.mark.parametrize("i, title, name, view", cases(
    ("首席分析师", "首席研究员", "研究部总监"), ("端木清", "欧阳琪", "诸葛文", "司马静", "卡米拉·罗西"),
    ("相对乐观的态度", "不同看法", "更谨慎的看法")))
def test_the_verb_that_holds_a_view_is_no_part_of_the_name(extract, i, title, name, view):
    x = extract(article(f"华岳证券{title}{name}持{view}。她指出，明年利润有望重回增长。", i))
    assert written(i, name) in {m.text for m in x.mentions}, [m.text for m in x.mentions]
    assert not any(m.text.endswith(written(i, "持")) for m in x.mentions), [m.text for m in x.mentions]
    assert_said_by(x, i, "明年利润有望重回增长", name)


@pytest.mark.parametrize("i, company, title, name", cases(
    ("凯鸿证券", "鼎丰证券"), ("投资长", "风控长"), ("林佩珊", "欧阳志明")))
def test_a_chief_officer_as_taiwan_names_one_ends_the_companys_name(extract, i, company, title, name):
    x = extract(article(f"{company}{title}{name}表示，下半年将提高债券部位。", i, "財經"))
    assert types_written(x, i, company) == {EntityType.ORGANIZATION}
    assert_said_by(x, i, "下半年将提高债券部位", name)
