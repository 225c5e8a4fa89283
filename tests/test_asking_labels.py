"""Interviews whose questions are labelled with the outlet's name (新浪科技:, 星河财经:, 本报:)
rather than 记者: or 问:. A turn that asks, under a label that names no person, is the
asking side's: the label is never a claim, the question's assertions are the unnamed
asker's, and the answers stay the respondent's. Names, outlets and sentences are invented.
"""

from __future__ import annotations

import pytest

OUTLETS = ["星河财经", "新浪科技", "本报", "界面新闻", "晨光日报记者"]
RESPONDENTS = [("程亦凡", "程亦凡"), ("鍾曉彤", "钟晓彤")]
QUESTION_MARKS = ["?", "？"]
COLONS = [":", "："]


def _interview(outlet: str, person: str, mark: str, colon: str, intro: bool = True) -> str:
    head = f"对话{person}：我们不打算降价\n\n"
    opening = f"{outlet}近日专访了远星电子创始人{person}。\n\n" if intro else ""
    return (head + opening
            + f"{outlet}{colon}远星电子的方案和同行相比有什么优势{mark}\n\n"
            + f"{person}{colon}我们的芯片功耗低了三成。\n\n"
            + f"{outlet}{colon}今年的价格战已经非常激烈，你们会跟进吗{mark}\n\n"
            + f"{person}{colon}我们不打算跟进。\n")


@pytest.mark.parametrize("outlet", OUTLETS)
@pytest.mark.parametrize("person, key", RESPONDENTS)
@pytest.mark.parametrize("mark", QUESTION_MARKS)
@pytest.mark.parametrize("colon", COLONS)
def test_an_outlet_label_that_asks_is_no_claim(extract, outlet, person, key, mark, colon):
    x = extract(_interview(outlet, person, mark, colon))
    said = [(c.text, c.speaker.kind, c.speaker.key) for c in x.claims]
    assert not any(text.strip() == outlet for text, _, _ in said), said
    assert ("我们的芯片功耗低了三成", "entity", key) in said
    assert ("我们不打算跟进", "entity", key) in said
    assert ("今年的价格战已经非常激烈", "unnamed", "提问者") in said


@pytest.mark.parametrize("outlet", ["星河财经", "新浪科技"])
@pytest.mark.parametrize("mark", QUESTION_MARKS)
def test_an_answer_label_finds_the_respondent_named_after_the_first_question(extract, outlet, mark):
    text = (f"专访\n\n{outlet}：今年的营收增长了多少{mark}\n\n"
            f"远星电子创始人程亦凡：增长了两成。\n\n{outlet}：明年呢{mark}\n\n答：明年会更好。\n")
    said = [(c.text, c.speaker.key) for c in extract(text).claims]
    assert ("明年会更好", "程亦凡") in said, said


@pytest.mark.parametrize("label", ["程亦凡", "星河财经"])
def test_a_label_that_states_keeps_its_speaker_or_voice(extract, label):
    """A turn that does not ask is not the asker's: the named person keeps it, and an
    outlet's statement stays out of the asker's mouth."""
    text = f"专访\n\n远星电子创始人程亦凡出席了发布会。\n\n{label}：我们的芯片功耗低了三成。\n"
    said = [(c.text, c.speaker.key) for c in extract(text).claims]
    assert all(key != "提问者" for _, key in said), said
