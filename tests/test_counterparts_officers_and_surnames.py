"""Whom 对方 and 他 stand for, the staff of a body, and names by surname, whatever words fill them:

- 对方 after a verb of contacting (记者联系该店铺客服，对方表示; 记者致电某某，对方称) is the one
  contacted, an entity where one is named there, else an unnamed source under its words;
  alone, an unnamed source;
- 他 or 她 after a body's officer spoke under the body's name with no name of their own
  (某某银行行长表示……。他指出) is that body, even across a paragraph;
- 相关人员 and 有关人员 are a body's staff, as 工作人员 are;
- 赖, 洪, 萧, 傅 and 冼 are surnames (司机赖师傅说, 立委萧美玲质询时指出);
- a word the dictionary tags as a name but that ends in 性 (安全性) is a quality, no one;
- the public a warning addresses, a verb and the character of the one who does it (提醒驾驶人,
  提醒广大消费者), is no part of the claim, as 提醒市民 is not.

Names and numbers are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, assert_unnamed, cases, speaker_at, written
from claimgraph.models import EntityType

WORDS = "产品均由厂家直供"
CONTACTS = ("联系", "致电", "询问")


@pytest.mark.parametrize("i, verb, whom", cases(CONTACTS, ("该店铺客服", "涉事商家")))
def test_the_counterpart_contacted_is_an_unnamed_source(extract, i, verb, whom):
    x = extract(article(f"记者{verb}{whom}，对方表示{WORDS}。", i))
    assert_unnamed(x, i, WORDS, whom)


@pytest.mark.parametrize("i, verb", cases(CONTACTS))
def test_the_counterpart_contacted_is_the_entity_named(extract, i, verb):
    x = extract(article(f"华信集团发布声明称，将全面整改。记者随后{verb}华信集团，对方表示{WORDS}。", i))
    assert_said_by(x, i, WORDS, "华信集团")


@pytest.mark.parametrize("i", range(3))
def test_a_counterpart_with_no_contact_is_an_unnamed_source(extract, i):
    x = extract(article(f"对方表示{WORDS}。", i))
    assert speaker_at(x, i, WORDS).kind == "unnamed"


OFFICERS = (("中国人民银行", "行长"), ("华信集团", "总裁"), ("华安银行", "行长"), ("远航科技", "首席执行官"))


@pytest.mark.parametrize("i, officer, pronoun, gap", cases(OFFICERS, ("他", "她"), ("", "\n\n")))
def test_a_pronoun_after_a_body_s_officer_is_the_body(extract, i, officer, pronoun, gap):
    body, title = officer
    text = f"{body}{title}在论坛上表示，明年将继续扩大投资。{gap}{pronoun}指出，当前需求总体偏低。"
    x = extract(article(text, i))
    assert_said_by(x, i, "明年将继续扩大投资", body)
    assert_said_by(x, i, "当前需求总体偏低", body)


@pytest.mark.parametrize("i, staff", cases(("相关人员", "有关人员"), ))
def test_related_staff_are_an_unnamed_source(extract, i, staff):
    x = extract(article(f"铁路部门{staff}解释说，调整规则是为了减少囤票现象。", i))
    assert_unnamed(x, i, "调整规则是为了减少囤票现象", "铁路部门" + staff)


SURNAMES = ("赖", "洪", "萧", "傅", "冼")


@pytest.mark.parametrize("i, surname, form", cases(SURNAMES, ("司机{s}师傅说，", "立委{s}美玲质询时指出，", "市民{s}先生表示，")))
def test_southern_surnames_open_names(extract, i, surname, form):
    x = extract(article(form.format(s=surname) + "以前一单收入被抽走三成。", i))
    said = speaker_at(x, i, "以前一单收入被抽走三成")
    assert said.kind == "entity"
    assert next(m.text for m in x.mentions if m.entity == said.key).startswith(written(i, surname))


@pytest.mark.parametrize("i, quality", cases(("安全性", "稳定性"), ))
def test_a_quality_is_no_person(extract, i, quality):
    x = extract(article(f"研究人员表示，新药在小鼠实验中表现出良好的疗效和{quality}。", i))
    assert not [e for e in x.entities if e.type is EntityType.PERSON]


@pytest.mark.parametrize("i, hearer", cases(("驾驶人", "广大驾驶人", "消费者", "广大消费者", "市民")))
def test_the_public_warned_is_no_part_of_the_claim(extract, i, hearer):
    x = extract(article(f"交警大队中队长仲伟提醒{hearer}，饮酒后切勿驾车。", i))
    assert_said_by(x, i, "饮酒后切勿驾车", "仲伟")
