"""A company may be named for a verb (远航汽车, 飞跃科技, 启航物流): the trade sieve takes a
verb before a trade word where the company speaks or an officer of it is named right after,
and still never where a verb and a trade word are an activity (全面转向软件和服务, 发展科技方面).
Names, people and sentences are invented; each stem is one jieba's dictionary tags as a verb.
"""

from __future__ import annotations

import itertools

import pytest

from capabilities.cases import traditional

STEMS = ("远航", "飞跃", "启航", "跨越", "翱翔", "驰骋")
TRADES = ("汽车", "科技", "物流", "电子")
FRAMES = (
    ("{name}表示，明年的销量会增长两成。", "{name}"),
    ("{name}今天宣布，公司已完成新一轮融资。", "{name}"),
    ("{name}CEO程亦凡表示，明年的销量会增长两成。", "程亦凡"),
    ("{name}创始人、董事长程亦凡认为，价格战难以持续。", "程亦凡"),
    ("据{name}公布，上月交付量增长了三成。", "{name}"),
    ("{name}在声明中称，公司与对方没有任何合作。", "{name}"),
)
CASES = list(itertools.product(STEMS, TRADES, FRAMES))


@pytest.mark.parametrize("i", range(len(CASES)))
def test_a_company_named_for_a_verb_is_found_where_it_speaks(extract, i):
    stem, trade, (frame, speaker) = CASES[i]
    name = stem + trade
    text = "快讯\n\n" + frame.format(name=name) + "\n"
    if i % 2:
        text, name = traditional(text), traditional(name)
    x = extract(text)
    assert name in {m.text for m in x.mentions}, (text, [(m.text, m.rule) for m in x.mentions])
    wanted = speaker.format(name=name)
    assert [c.speaker.kind for c in x.claims] == ["entity"], text
    spoken = {m.entity for m in x.mentions if m.text == wanted}
    assert x.claims[0].speaker.key in spoken, (text, x.claims[0].speaker)


def test_the_stems_are_verbs_to_the_dictionary(nlp):
    """The premise: were a stem no verb, the cases above would test the common path."""
    import jieba.posseg
    for stem in STEMS:
        assert [p.flag for p in jieba.posseg.cut(stem)] == ["v"], stem


@pytest.mark.parametrize("stem, trade", list(itertools.product(STEMS, TRADES)))
@pytest.mark.parametrize("frame", [
    "公司明年要全面{stem}{trade}和服务。",
    "在{stem}{trade}方面，公司明年要加大投入。",
    "这一政策将推动{stem}{trade}的发展。",
])
def test_a_verb_and_a_trade_as_an_activity_name_no_company(extract, stem, trade, frame):
    x = extract("快讯\n\n星澜集团表示，" + frame.format(stem=stem, trade=trade) + "\n")
    assert not any(m.text.endswith(trade) and m.rule == "discover.trade_company.v1" for m in x.mentions), \
        [(m.text, m.rule) for m in x.mentions]
