"""Two shapes read by their structure:

- after the words of an unnamed group (很多投资人反对,说这是“烧钱”), a clause that looks back
  from now (现在回头看, 如今看来, 事实证明) is the judgement of the one who tells it (here the
  one who answers), not theirs;
- a headline with a press conference in it (某某航空記者會致歉) is no byline: 記者會 is no
  reporter, and the words after it name no one.

Names, numbers and sentences are invented."""

from __future__ import annotations

import pytest

from capabilities.said import article, cases, quotes, written
from claimgraph.ingest import parse_article

LOOKING_BACK = ("现在回头看", "如今看来", "事实证明")
GROUPS = ("很多投资人", "不少同行", "有股东")


@pytest.mark.parametrize("i, back, group", cases(LOOKING_BACK, GROUPS))
def test_looking_back_on_a_groups_words_is_the_tellers_judgement(extract, i, back, group):
    opening, closing = quotes(i)
    judged = "这个决定是对的"
    body = (f"星辰科技董事长诸葛凌云接受了本报记者的专访。\n\n问：去年行业整体下滑，星辰为什么还能增长？\n\n"
            f"答：我们三年前就把研发投入提高到营收的28%。当时{group}反对，说这是{opening}烧钱{closing}，{back}，{judged}。")
    x = extract(article(body, i))
    claim = next(c for c in x.claims if written(i, judged) in c.text)
    assert claim.speaker.kind == "entity", (claim.text, claim.speaker)
    assert next(e for e in x.entities if e.key == claim.speaker.key).label_zh == "诸葛凌云"


@pytest.mark.parametrize("i, company, act", cases(("远翔航空", "岚川电力"), ("记者会致歉", "记者会回应质疑")))
def test_a_press_conference_in_a_headline_is_no_byline(i, company, act):
    text = f"{company}{act} 董事长：三个月内完成检修\n\n记者林佳蓉／新岚报导\n\n{company}今日召开记者会，公开致歉。\n"
    a = parse_article(text.encode(), "t.txt")
    assert not any("会" in name or "會" in name for name in a.authors), a.authors
    assert a.headline is not None and company in a.headline
