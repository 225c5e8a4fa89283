"""它 in an answer of a transcript never stands for the label of a turn (某某周刊: at a line's
head, before a colon): the one who asks is no thing the answer talks about. Names and
sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.cases import in_script
from capabilities.said import cases

from claimgraph.models import ArticleExtraction


def _transcript(i: int, outlet: str, name: str, topic: str) -> str:
    colon = ":" if i % 3 == 0 else "："
    text, = in_script(i, f"专访｜下半场拼的是落地\n2026-11-20 来源：{outlet}\n\n{outlet}{colon}外界担心开源模型会冲击你们的业务。\n\n"
                         f"{name}{colon}{topic}是好事，它降低了整个行业的门槛。\n")
    return text


@pytest.mark.parametrize("i, outlet, name, topic", cases(("科创周刊", "财经观察", "星河日报"), ("景思远", "柴云舟"),
                                                        ("开源", "降价")))
def test_it_in_an_answer_is_not_the_askers_label(extract, i, outlet, name, topic):
    x: ArticleExtraction = extract(_transcript(i, outlet, name, topic))
    labels = {m.entity for m in x.mentions if m.text == in_script(i, outlet)[0]}
    assert labels, [(m.text, m.rule) for m in x.mentions]  # the outlet is named, as its label and its source line
    claim = next(c for c in x.claims if "它" in c.text)
    assert labels.isdisjoint(claim.about), (claim.text, claim.about)
