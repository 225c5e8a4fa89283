"""A broker that raises or cuts a company's rating or target price takes that side on the
company (中金将X的评级下调至中性: against X, whatever the rating's own words, 跑赢行业 or
中性, say), whether the article reports it or the broker says it; and in a broker's research
note (某券商在研报中指出,公司……) 公司 is the company covered, not the broker. Brokers and
companies are catalog names; frames, figures and ratings are invented; simplified and
traditional.
"""

from __future__ import annotations

import itertools

import pytest

from capabilities.cases import traditional
from claimgraph.graph import build_graph

RATERS = (("中金公司", "cicc"), ("华泰证券", "htsc"))
COMPANIES = (("比亚迪", "byd"), ("小米", "xiaomi"), ("宁德时代", "catl"))
MOVES = (("下调", "against"), ("调低", "against"), ("上调", "favor"), ("调高", "favor"))
FRAMES = (
    "{rater}将{company}的评级由“跑赢行业”{move}至“中性”。",
    "{rater}{move}{company}评级至“持有”。",
    "{rater}将{company}的目标价{move}27%至18元。",
    "{rater}在研报中指出，{move}{company}目标价至18元。",
)
CASES = list(itertools.product(RATERS, COMPANIES, MOVES, FRAMES))


@pytest.mark.parametrize("i", range(0, len(CASES), 2))
def test_a_rating_action_is_the_raters_stance(extract, lexicon, i):
    (rater, rater_key), (company, company_key), (move, side), frame = CASES[i]
    body = frame.format(rater=rater, company=company, move=move)
    if i % 4 == 2:
        body = traditional(body)
    x = extract("券商动态\n\n" + body + "\n")
    stances = {(s.holder.key, s.target, s.polarity.value) for s in build_graph([x], lexicon).stances}
    assert (rater_key, company_key, side) in stances, (body, stances)
    assert not any(t == rater_key for _, t, _ in stances), (body, stances)  # the rating's words judge no broker


@pytest.mark.parametrize("company, key", COMPANIES)
@pytest.mark.parametrize("note", ("在研报中指出", "发布研究报告称", "在点评中表示"))
def test_the_company_in_a_research_note_is_the_one_covered(extract, company, key, note):
    x = extract(f"券商动态\n\n{company}昨晚发布三季报。\n\n中金公司{note}，公司短期内缺乏新的增长点。\n")
    claim = next(c for c in x.claims if c.text.startswith("公司短期内"))
    assert claim.speaker.key == "cicc" and claim.about == (key,), (claim.speaker, claim.about)


def test_a_company_that_speaks_of_itself_is_still_the_company(extract):
    x = extract("券商动态\n\n比亚迪昨晚发布三季报。\n\n中金公司表示，公司将于下月发布新的研究平台。\n")
    claim = next(c for c in x.claims if c.text.startswith("公司将"))
    assert claim.about == ("cicc",), claim.about
