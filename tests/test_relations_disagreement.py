"""A speaker's words right after the article reports that speaker's disagreement (然而,钟某
对此并不认同。他认为,……) dispute what the other speaker said just before, skipping a
condition that speaker added (一旦……). People, companies and sentences are invented;
simplified and traditional."""

from __future__ import annotations

from itertools import product

import opencc
import pytest

from relation_text import relation_triples

TRADITIONAL = opencc.OpenCC("s2t").convert
FRAMES = ("然而，分析师{b}对此并不认同。", "不过，汽车分析师{b}持不同看法。", "对此，分析师{b}不以为然。",
          "但汽车分析师{b}并不同意这一判断。")
CONDITIONS = ("", "一旦新车型上市，销量有望迅速回升。")
PEOPLE = (("许晓东", "钟海涛"), ("林可欣", "赵明远"))


def _cases():
    for n, (frame, condition, (a, b)) in enumerate(product(FRAMES, CONDITIONS, PEOPLE)):
        view = "蓝鲸汽车的电池技术在行业内处于领先地位"
        answer = "技术领先并不等于市场成功"
        body = (f"红杉资本合伙人{a}表示，{view}，{condition}\n\n"
                f"{frame.format(b=b)}他认为，{answer}。\n").replace("，\n", "。\n")
        yield pytest.param(body, answer, view, id=str(n))
        yield pytest.param(TRADITIONAL(body), TRADITIONAL(answer), TRADITIONAL(view), id=f"{n}-t")


@pytest.mark.parametrize("body, answer, view", list(_cases()))
def test_words_after_a_reported_disagreement_dispute_the_view_before(stance_extract, lexicon, body, answer, view):
    found = relation_triples(stance_extract("评论\n\n" + body), lexicon)
    assert (answer, "disputes", view) in found, (body, found)


@pytest.mark.parametrize("names", [("钟海涛", "赵明远", "林可欣"), ("鍾海濤", "趙明遠", "林可欣")])
def test_a_name_listed_after_a_titled_name_is_a_person(extract, names):
    """分析师钟海涛、赵明远、……: a surname-led name listed right after a person is a person too."""
    a, b, c = names
    x = extract(f"评论\n\n分析师{a}、{b}、{c}出席了论坛。\n")
    assert {a, b} <= {m.text for m in x.mentions if m.rule.startswith("discover.")}, [(m.text, m.rule) for m in x.mentions]


@pytest.mark.parametrize("frame", ["但并非所有人都同意这一判断。", "不过，不是所有人都认同这一看法。"])
@pytest.mark.parametrize("trad", [False, True])
def test_a_disagreement_no_one_is_named_for_is_the_next_speakers(stance_extract, lexicon, frame, trad):
    """……并非所有人都同意这一判断。分析师某某指出,……: the next speaker disputes the forecast
    the words share, not merely the last clause of the speaker before."""
    body = ("评论\n\n德意志银行首席经济学家马克·瓦尔认为，欧洲央行最早将于6月降息，经济数据已经给出了足够清晰的信号。\n\n"
            f"{frame}荷兰国际集团分析师卡斯滕·布热斯基指出，欧洲央行今年可能只会降息一次。\n")
    if trad:
        body = TRADITIONAL(body)
    found = relation_triples(stance_extract(body), lexicon)
    want = ("欧洲央行今年可能只会降息一次", "disputes", "欧洲央行最早将于6月降息")
    assert (tuple(TRADITIONAL(w) for w in want) if trad else want) in {(s, k, t) for s, k, t in found}, found
