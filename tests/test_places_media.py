"""A place's media as a source, whatever words fill them:

- a place before 媒体 after 据 (据美国媒体报道, 據日本媒體報導, 据欧洲媒体称) is an unnamed
  source labelled with both, never an organisation named by the place;
- an unnamed source's word after one of its own (据外界消息) leaves the first as its label.

Names and numbers are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, cases, speaker_at
from claimgraph.models import EntityType

CONTENT = "欧盟委员会拟对进口电动汽车加征关税"


@pytest.mark.parametrize("i, place, cue", cases(("美国", "日本", "欧洲", "德国"), ("报道", "称", "披露")))
def test_a_place_s_media_is_an_unnamed_source_and_no_organisation(extract, i, place, cue):
    x = extract(article(f"据{place}媒体{cue}，{CONTENT}。", i))
    speaker = speaker_at(x, i, CONTENT)
    assert (speaker.kind, speaker.key) == ("unnamed", f"{place}媒体")
    assert not [e for e in x.entities if e.type is EntityType.ORGANIZATION and e.key not in ("european_commission", "eu")]


@pytest.mark.parametrize("i, source, noun", cases(("外界", "市场", "业界"), ("消息",)))
def test_a_source_s_word_after_another_leaves_the_first_as_its_label(extract, i, source, noun):
    x = extract(article(f"据{source}{noun}，{CONTENT}。", i))
    speaker = speaker_at(x, i, CONTENT)
    assert (speaker.kind, speaker.key) == ("unnamed", source)
