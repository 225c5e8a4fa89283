"""Labels in a page's header (当前位置:, 原标题:, 作者:) look like a transcript's speaker
labels, but the header is no conversation: no entity is read from them."""

from __future__ import annotations

from itertools import product

import opencc
import pytest

TRADITIONAL = opencc.OpenCC("s2t").convert
HEADERS = ("当前位置:首页|财经|新能源", "当前位置：首页 > 科技", "您的位置:首页>资讯")
ORIGINALS = ("原标题:专访周明远:储能行业仍在起步", "原标题：对话孙雅琴：芯片短缺何时结束")
BODY = ("记者：今年的订单情况怎么样？\n\n周明远：订单比去年多了三成，工厂已经满负荷运转。\n\n"
        "记者：行业会不会过热？\n\n周明远：短期内不会，需求还在增长。\n")


def _pages() -> list[str]:
    pages = [f"{h}\n\n专访：储能企业的新一年\n\n{o}\n\n作者：何俊峰\n\n{BODY}" for h, o in product(HEADERS, ORIGINALS)]
    return [p for page in pages for p in (page, TRADITIONAL(page))]


@pytest.mark.parametrize("page", _pages())
def test_no_entity_from_a_header_label(extract, page):
    x = extract(page)
    labels = {m.text for m in x.mentions}
    assert not labels & {"当前位置", "當前位置", "您的位置", "原标题", "原標題", "作者"}, labels


@pytest.mark.parametrize("page", _pages()[:4])
def test_the_answers_still_belong_to_the_interviewee(extract, page):
    x = extract(page)
    names = {e.key: (e.label_zh or "") for e in x.entities}
    answers = [c for c in x.claims if "订单比去年" in c.text or "訂單比去年" in c.text]
    assert answers and all(names.get(c.speaker.key, "") in ("周明远", "周明遠") for c in answers), \
        [(c.text, c.speaker.key) for c in x.claims]
