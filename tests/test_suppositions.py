"""A group a condition supposes (如果有业主明确反对，认为……) says nothing: a cue in the clause after it
that leaves its subject out is part of the supposition, and the words stay the speaker's whose
answer or sentence holds the condition. In someone's words a cue inside a cause (他表示，由于部分老人
担心“……”，……) is part of their reason, and the sentence stays theirs.

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases, written

GROUPS = ("有业主", "有居民", "部分家长")
CONDITIONS = ("如果", "若", "假如")


@pytest.mark.parametrize("i, group, condition", cases(GROUPS, CONDITIONS))
def test_a_supposed_group_says_nothing(extract, i, group, condition):
    x = extract(article(f"记者：一户不同意怎么办？\n\n冯志勇：满足比例不等于可以强行施工。{condition}{group}明确反对，"
                        f"认为自己的合法权益受到影响，他们可以依法提出异议。", i))
    assert_said_by(x, i, "他们可以依法提出异议", "冯志勇")


@pytest.mark.parametrize("i, cause, group", cases(("由于", "因为", "鉴于"), ("部分老人", "不少居民", "有些投资人")))
def test_a_cue_inside_a_cause_in_someones_words_is_their_reason(extract, i, cause, group):
    x = extract(article(f"经侦支队负责人卓志刚通报了案情。他表示，{cause}{group}担心“说出去丢人”或者不清楚自己是否属于受害人，仍有不少受害人未去登记。", i))
    said = [c.speaker.key for c in x.claims if written(i, "仍有不少受害人未去登记") in c.text]
    assert said == [next(m.entity for m in x.mentions if m.text == written(i, "卓志刚"))], \
        [(c.text, c.speaker) for c in x.claims]
