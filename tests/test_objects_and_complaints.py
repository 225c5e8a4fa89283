"""Speaker phrases read by the structure around them, whatever words fill them:

- what 把 takes is the object of a predicate, never the subject of a cue after it (某某表示,会把
  村民的意见向政府反映: the words are 某某's, and 村民的意见 speaks nothing);
- a cue of judging after the quotation it judges with (“……”车主某某对记者抱怨。) closes the
  quotation as 说 does, in every quotation style;
- the side of a body named by its kind (机场方面表示, 医院方面回应称) is an unnamed source, or the
  organisation named before whose name ends in that kind;
- a kind of person before a name (滞留旅客李女士, 顾客王先生) stands in apposition to it;
- a body's stipulation before a comma (某某局此前已明确,……) is its words;
- the bodies of a neighbourhood or a village named by their kind (街道办, 居委会, 业委会, 物业) are
  unnamed sources, never an organisation's name.

Names and numbers are invented.
"""

from __future__ import annotations

import pytest

from capabilities.cases import QUOTES
from capabilities.said import article, assert_said_by, cases, speaker_at

NAMES = ("何杏梅", "杨志远", "柯雨桐")


@pytest.mark.parametrize("i, name, group, verb", cases(NAMES, ("村民", "家长", "业主"), ("反映", "转达", "报告")))
def test_what_ba_takes_is_no_speaker(extract, i, name, group, verb):
    content = f"会把{group}的意见向政府{verb}"
    x = extract(article(f"区议员{name}表示，{content}，并要求当局进行交通评估。", i))
    assert_said_by(x, i, content, name)
    assert all(c.speaker.kind != "unnamed" for c in x.claims)


@pytest.mark.parametrize("i, name, quote, cue", cases(NAMES, QUOTES, ("抱怨", "对记者抱怨", "吐槽道", "批评道")))
def test_a_cue_of_judging_after_its_quotation_closes_it(extract, i, name, quote, cue):
    content = "去年保费是6800元，今年涨到了9200元"
    x = extract(article(f"{quote[0]}{content}。{quote[1]}车主{name}{cue}。", i))
    assert_said_by(x, i, content, name)


@pytest.mark.parametrize("i, kind, cue", cases(("机场", "医院", "景区", "酒店"), ("方面表示", "方面回应称")))
def test_the_side_of_a_body_named_by_its_kind_is_an_unnamed_source(extract, i, kind, cue):
    content = "已启动应急预案"
    x = extract(article(f"受暴雨影响，多个航班延误。{kind}{cue}，{content}。", i))
    speaker = speaker_at(x, i, content)
    assert (speaker.kind, speaker.key) == ("unnamed", kind)


@pytest.mark.parametrize("i, kind, name", cases(("滞留旅客", "顾客", "住户", "考生"), ("李女士", "王先生", "柯雨桐")))
def test_a_kind_of_person_stands_in_apposition_before_the_name(extract, i, kind, name):
    content = "航班一直推迟到晚上十点"
    x = extract(article(f"{kind}{name}告诉记者，{content}。", i))
    assert_said_by(x, i, content, name)


@pytest.mark.parametrize("i, body, cue", cases(("国家邮政局", "江州市教育局", "滨海市税务局"), ("此前已明确", "明确", "明确要求")))
def test_a_stipulation_before_a_comma_is_the_body_s(extract, i, body, cue):
    content = "快递企业不得擅自将快件投递至驿站"
    x = extract(article(f"{body}{cue}，{content}。", i))
    assert_said_by(x, i, content, body)


@pytest.mark.parametrize("i, body, person", cases(("街道办", "居委会", "村委会", "业委会", "物业"), ("", "工作人员")))
def test_a_neighbourhood_body_named_by_its_kind_is_an_unnamed_source(extract, i, body, person):
    content = "已经协调各方尽快召开业主大会"
    x = extract(article(f"{body}{person}表示，{content}。", i))
    speaker = speaker_at(x, i, content)
    assert speaker.kind == "unnamed" and speaker.key.startswith(body)
