"""A quotation on its own, with no cue, after a paragraph that tells of one person:

- where the paragraph opens with that person's name, or with the 他 or 她 that stands for them,
  and names no other person before the quotation, the quotation is that person's words;
- where it names two people, it stays the article's (no one is sure).

Names, numbers and sentences are invented.
"""

from __future__ import annotations

import pytest

from capabilities.said import article, assert_said_by, cases, quotes, speaker_at


@pytest.mark.parametrize("i, name, opener, words", cases(
    ("李桂兰", "欧阳秀英", "陈大海"), ("她没想到的是，收款码带来的麻烦不少", "{name}后来对账才发现钱没到账"),
    ("那十二块钱到现在也没要回来", "我就是咽不下这口气")))
def test_a_bare_quotation_after_a_paragraph_about_one_person_is_theirs(extract, i, name, opener, words):
    o, c = quotes(i)
    first = f"卖豆腐的{name}今年63岁，摊位前挂着两张收款码。"
    x = extract(article(f"{first}|{opener.format(name=name)}。去年冬天有个年轻人拿着手机晃了一下就走了。{o}{words}。{c}"
                        .replace("|", "\n\n"), i))
    assert_said_by(x, i, words, name)


@pytest.mark.parametrize("i, one, other", cases(("李桂兰", "欧阳秀英"), ("王建国", "陈大海")))
def test_a_bare_quotation_after_two_people_stays_the_articles(extract, i, one, other):
    o, c = quotes(i)
    x = extract(article(f"记者在菜市场见到了摊主{one}和修鞋匠{other}。{o}生意一年不如一年。{c}", i))
    assert speaker_at(x, i, "生意一年不如一年").kind == "author"
