"""Speakers and frames read by the structure around them, whatever words fill it:

- a title that ends in 学家 (天文学家, 社会学家), listed or not, stands before the name of the
  one who holds it, a transliterated name (罗伯托·马约利诺) too, before any word of saying;
- a meeting with the press named without a preposition (会后记者会表示, 今天发布会宣布) is the
  occasion of the words, between the speaker and the cue;
- a reporter's name that ends in 文 before the slash of a byline (記者王怡文/台北報導) is the
  whole name, and the place after the slash is no person;
- 从 and 看 around a point of view (从厂商的角度看,……), and 受 and 影响 around a cause (受强降雨
  天气影响,……), frame the claim after them;
- a forecast with no subject after an unnamed group spoke (有分析员指,……,料……) is theirs, not
  the subject of the clause before;
- a department of an organisation and one of its people (某某公安局反诈中心民警) speak as that
  organisation's unnamed people.

Names and numbers are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases, claim_of, speaker_at, written
from claimgraph.ingest import parse_article
from claimgraph.models import EntityType

CONTENT = "这个星系的亮度超出了预期"


@pytest.mark.parametrize("i, title, name, cue", cases(("天文学家", "物理学家", "社会学家", "心理学家"),
                                                      ("马约利诺", "罗伯托·马约利诺", "柯雨桐"),
                                                      ("表示", "提醒", "指出")))
def test_a_scholar_s_title_stands_before_a_name(extract, i, title, name, cue):
    x = extract(article(f"英国剑桥大学的{title}{name}{cue}，{CONTENT}。", i))
    assert_said_by(x, i, CONTENT, name)
    assert next(e for e in x.entities if e.key == written(0, name)).type is EntityType.PERSON


@pytest.mark.parametrize("i, when, occasion, cue", cases(("会后", "今天", "上午"), ("记者会", "发布会", "说明会"),
                                                         ("表示", "宣布", "指出")))
def test_a_press_meeting_without_a_preposition_is_the_occasion(extract, i, when, occasion, cue):
    content = "少子化是国家安全问题"
    x = extract(article(f"发言人李慧芝{when}{occasion}{cue}，{content}。", i))
    assert_said_by(x, i, content, "李慧芝")


@pytest.mark.parametrize("i, name, place", cases(("王怡文", "陈志文", "林佩珊", "郑雅云"), ("台北", "台中", "高雄")))
def test_a_reporter_s_name_ending_in_wen_stays_whole_in_a_byline(i, name, place):
    text = f"育兒津貼加碼\n\n2026年11月26日 記者{name}／{place}報導\n\n行政院會今天通過育兒津貼加碼方案。\n"
    if i % 3 == 0:
        text = text.replace("／", "/")
    a = parse_article(text.encode("utf-8"), "t.txt")
    assert a.authors == (name,)
    assert a.publisher is None


@pytest.mark.parametrize("i, view", cases(("厂商的角度", "长远", "用户的角度", "全年")))
def test_a_point_of_view_between_cong_and_kan_frames_the_claim(extract, i, view):
    content = "答案是肯定的"
    x = extract(article(f"从{view}看，{content}。", i))
    claim_of(x, written(i, f"从{view}看，{content}"))


@pytest.mark.parametrize("i, group, cue, forecast", cases(("有分析员", "一位券商分析师", "多位基金经理"), ("指", "表示"),
                                                          ("料", "预计")))
def test_a_forecast_with_no_subject_after_a_group_spoke_is_theirs(extract, i, group, cue, forecast):
    more = "下半年盈利仍会受压"
    x = extract(article(f"星岳地铁公司昨日公布中期业绩。{group}{cue}，星岳地铁的物业项目入账时间存在不确定性，"
                        f"{forecast}{more}。", i))
    speaker = next(c.speaker for c in x.claims if c.text.endswith(written(i, more)))  # its own claim, or the group's
    assert (speaker.kind, speaker.key) == ("unnamed", group)  # keys are folded to simplified


@pytest.mark.parametrize("i, body, department, person", cases(("江宁市公安局", "滨海市税务局"), ("反诈中心", "办公室"),
                                                              ("民警", "工作人员")))
def test_a_department_s_people_speak_as_the_body_s(extract, i, body, department, person):
    content = "凡是自称客服要求转账退款的都是诈骗"
    x = extract(article(f"{body}{department}{person}提醒，{content}。", i))
    speaker = speaker_at(x, i, content)
    if speaker.kind == "unnamed":
        assert speaker.key == body + department + person
    else:
        assert speaker_of_body(x, speaker.key) == written(i, body)


def speaker_of_body(x, key: str) -> str:
    return next(m.text for m in x.mentions if m.entity == key)


@pytest.mark.parametrize("i, cause, effect", cases(("强降雨天气", "需求疲软", "原材料涨价"), ("影响", "拖累", "冲击")))
def test_a_cause_between_shou_and_its_effect_frames_the_claim(extract, i, cause, effect):
    content = "6月17日南方多个机场出现大面积航班延误"
    x = extract(article(f"受{cause}{effect}，{content}。", i))
    claim_of(x, written(i, f"受{cause}{effect}，{content}"))
