"""What an unnamed source tells of, groups of a place, and bylines of reporters alone,
whatever words fill them:

- a group counted later in an unnamed source's words, named by what only qualifies the
  source's head (另一位券商人士透露,……,多家券商都在压缩成本), is what the source tells of: the
  clause stays theirs; a group named by the source's own head (多位店主透露,……,两位店主甚至……)
  is the article describing them;
- a place before an office named by its work (当地疾控部门提醒), and a field the dictionary does
  not hold (疾控, 网信), leave it an unnamed source;
- a byline of reporters alone in brackets before the lead (【记者 某某】, （记者 某某 某某）)
  gives the reporters and is no part of the body.

Names and numbers are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, cases, speaker_at, written
from claimgraph.ingest import parse_article


@pytest.mark.parametrize("i, kind, group", cases(("券商", "银行", "车企"), ("多家", "两家")))
def test_a_group_the_source_s_head_only_qualifies_is_what_they_tell_of(extract, i, kind, group):
    told = f"{group}{kind}都在压缩成本"
    x = extract(article(f"另一位{kind}人士透露，今年以来行业经营压力较大，{told}。", i))
    speaker = speaker_at(x, i, told)
    assert (speaker.kind, speaker.key) == ("unnamed", f"另一位{kind}人士")


@pytest.mark.parametrize("i, head", cases(("店主", "创业者", "车主")))
def test_a_group_of_the_source_s_own_head_is_the_article_describing_them(extract, i, head):
    described = f"两位{head}甚至已经放弃"
    x = extract(article(f"多位{head}向记者透露，这个月的生意明显变差，{described}。", i))
    assert speaker_at(x, i, described).kind == "author"


@pytest.mark.parametrize("i, place, field, cue", cases(("当地", "该市", ""), ("疾控", "网信", "卫生"), ("提醒", "表示")))
def test_an_office_of_a_place_is_an_unnamed_source(extract, i, place, field, cue):
    content = "一旦出现症状应立即就医"
    x = extract(article(f"{place}{field}部门{cue}，{content}。", i))
    speaker = speaker_at(x, i, content)
    assert speaker.kind == "unnamed" and speaker.key.endswith(f"{field}部门")


@pytest.mark.parametrize("i, opening, closing, names", cases(("【", "（", "["), ("】", "）", "]"),
                                                            (("乔慕白",), ("王凯", "李明"))))
def test_a_bracketed_byline_of_reporters_alone_gives_them(i, opening, closing, names):
    lead = "清晨六点，覃晓雨已经在果园里架好了手机。"
    text = article(f"{opening}记者 {' '.join(names)}{closing}{lead}", i)
    a = parse_article(text.encode(), "x.txt")
    assert a.authors == tuple(written(i, n) for n in names)
    assert a.text[a.body[0].start:a.body[0].end] == written(i, lead)
