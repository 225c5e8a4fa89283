"""A person named by an online handle in quotation marks (博主“某某测评”, 网友「某某」) speaks
like any named person: the marks around the name are no quotation, and the cue after it
(称, 认为) or after what the person did first (在社交平台发布视频称, 上传长文表示) takes the
clause. A verb of publishing before a verb of saying leaves the saying a cue. Handles,
people and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.cases import PEOPLE, half_width, in_script, nth_case

NOUNS = ("博主", "网友", "车评人", "主播")
HANDLES = ("阿哲测评", "小鱼儿", "老周说车", "Kiki的日常")
MARKS = (("“", "”"), ("「", "」"), ("『", "』"), ('"', '"'))
FRAMES = ("{who}称，{what}。", "{who}在社交平台发布视频称，{what}。", "{who}认为，{what}。", "{who}随后发文表示，{what}。")
WHAT = "这款耳机的续航只有宣传的一半"


@pytest.mark.parametrize("i", range(len(NOUNS) * len(HANDLES) * 2))
def test_a_quoted_handle_speaks(extract, i):
    noun, handle, k = nth_case(i, NOUNS, HANDLES, range(2))
    o, c = MARKS[i % len(MARKS)]
    frame = FRAMES[(i + k) % len(FRAMES)]
    body = "近日，数码" + frame.format(who=f"{noun}{o}{handle}{c}", what=WHAT)
    text = "科技快讯\n\n" + (half_width(body) if k else body) + "\n"
    text, name, what = in_script(i, text, handle, WHAT)
    x = extract(text)
    spoken = {m.entity for m in x.mentions if m.text == name}
    claim = next((cl for cl in x.claims if cl.text == what), None)
    assert spoken and claim is not None and claim.speaker.key in spoken, (text, [(cl.text, cl.speaker) for cl in x.claims])


@pytest.mark.parametrize("i", range(12))
def test_a_verb_of_publishing_before_a_verb_of_saying_leaves_a_cue(extract, i):
    verb, cue = nth_case(i, ("发布视频", "上传长文", "发表文章", "发布声明"), ("称", "表示", "指出"))
    name = PEOPLE[i]
    text, name, what = in_script(i, f"科技快讯\n\n{name}在社交平台{verb}{cue}，{WHAT}。\n", name, WHAT)
    x = extract(text)
    spoken = {m.entity for m in x.mentions if m.text == name}
    claim = next((cl for cl in x.claims if cl.text == what), None)
    assert claim is not None and claim.speaker.key in spoken, (text, [(cl.text, cl.speaker) for cl in x.claims])
