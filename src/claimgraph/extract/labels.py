"""Speaker labels at the head of a paragraph, read by their structure on the folded view:
``陈立:``, ``工信部新闻发言人王明:``, ``**主持人:**``, ``**张晓雨**:``, ``[陈立]:``, ``【林佳】``
(no colon needed), a name with a gloss ``陈海波(远星汽车副总裁):`` or ``王磊|中金公司分析师:``.
The head is the words before a gloss; the gloss says who the head is (an organisation and
a role, or the asker's role: ``周以安|主持人:``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..models import Span

# markup a label may stand in: runs of * _ # (Markdown, any length), brackets, HTML bold
_OPEN = r"(?:[*_#]+|\[|<b>|<strong>)"
_CLOSE = r"(?:[*_]+|\]|</b>|</strong>)"
# a label's words: no mark of a sentence or a quotation, but a bracket may hold commas (托马斯·维勒(某某
# 大学客座教授,社会学家):, a gloss of two descriptions)
_WORDS = r"(?:[^,:;。!?“”「」『』\"\n*_#\[\]【】<>()]|\([^()\n:]{1,24}\)){1,30}?"
_LABEL = re.compile(
    r"[ \t\u3000]*(?:" + _OPEN + r"?[ \t]*【(?P<boxed>" + _WORDS + r")】[ \t]*" + _CLOSE + r"?[ \t]*:?"
    r"|" + _OPEN + r"?[ \t]*(?P<label>" + _WORDS + r")[ \t]*" + _CLOSE + r"?[ \t]*:)[ \t]*" + _CLOSE + r"?[ \t]*")
# what sets a gloss off the head: a bracket, a bar, a slash, a dash, a comma of apposition
_GLOSS = re.compile(r"[ \t]*(?:\((?P<bracketed>[^()]{1,24})\)|[|/／丨—–-][ \t]*(?P<barred>.{1,24}))[ \t]*$")


# a name after a word and a space at the end of a head (嘉宾 赵文, 主持人　林晓)
_SPACED_NAME = re.compile(r"[ \t\u3000]+(?P<name>[\u4e00-\u9fff]{2,4})[ \t]*$")


@dataclass(frozen=True)
class Label:
    """A paragraph's label: its words, the head (a name or a role), the gloss after it,
    and where the turn's words start."""

    words: Span
    head: Span
    gloss: Span | None
    content: int


# an item of a list (案例一:, 问题2:, 方案三:): a noun and its number, no one's name (张三 is a name: its
# surname is no word of two characters)
_ENUMERATION = re.compile(r"[\u4e00-\u9fff]{2,4}?[一二三四五六七八九十0-9]{1,3}")


def _enumerates(label: str) -> bool:
    """Whether ``label`` numbers an item of a list (案例一, 问题2) rather than naming a speaker."""
    return _ENUMERATION.fullmatch(label) is not None


def read(view: str, start: int, end: int) -> Label | None:
    """The label a paragraph ``[start, end)`` opens with, if any (no judgement yet on
    whether it names a speaker)."""
    m = _LABEL.match(view, start, end)
    if m is None:
        return None
    group = "boxed" if m.group("boxed") is not None else "label"
    if group == "boxed" and not view[m.end():end].strip() and ":" not in view[m.start():m.end()]:
        return None  # 【延伸阅读】 alone on its line: a heading, not a turn
    a, b = m.start(group), m.end(group)
    while a < b and view[a] in " \t":
        a += 1
    while b > a and view[b - 1] in " \t":
        b -= 1
    if a >= b:
        return None
    words = Span(start=a, end=b)
    g = _GLOSS.search(view, a, b)
    head_end, gloss = b, None
    if g is not None and g.start() > a:
        inner = "bracketed" if g.group("bracketed") is not None else "barred"
        head_end, gloss = g.start(), Span(start=g.start(inner), end=g.end(inner))
    if _enumerates(view[a:head_end].strip()):
        return None  # 案例一: an item of a list, whose words are the article's
    spaced = _SPACED_NAME.search(view, a, head_end)
    if spaced is not None and spaced.start() > a:  # 嘉宾 赵文: a role, a space, then the name
        return Label(words, Span(start=spaced.start("name"), end=head_end),
                     gloss or Span(start=a, end=spaced.start()), m.end())
    return Label(words, Span(start=a, end=head_end), gloss, m.end())
