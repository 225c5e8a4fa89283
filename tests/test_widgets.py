"""The names on a page's share, follow and download widgets (分享到：微信 微博) are the site's
buttons, not what the article names: no entity comes from them, while the same names in the
article's text, and the publisher on the source line, still count."""

from __future__ import annotations

import itertools

import pytest

from capabilities.cases import traditional

WIDGETS = ("分享到：{a} {b}", "分享至：{a}　{b}", "分享：{a} | {b}", "下载APP：{a}", "点击关注：{a} {b}", "转发到:{a} {b}")
BUTTONS = (("微信", "微博"), ("微博", "QQ空间"), ("微信", "QQ空间"))
BODY = "星澜科技今年上半年营收增长两成，公司计划明年扩大产能。"
CASES = list(itertools.product(WIDGETS, BUTTONS))


@pytest.mark.parametrize("i,widget,buttons", [(i, w, b) for i, (w, b) in enumerate(CASES)])
def test_widget_names_are_no_entities(extract, i, widget, buttons):
    a, b = buttons
    text = f"星澜科技上半年营收增长\n\n2025-06-01 08:30 来源：澎湃新闻\n{widget.format(a=a, b=b)}\n\n{BODY}\n"
    if i % 2:
        text = traditional(text)
    x = extract(text)
    keys = {m.entity for m in x.mentions}
    labels = {e.label_zh for e in x.entities}
    assert not ({"wechat", "weibo", "qzone"} & keys), (text, sorted(keys))
    assert "thepaper" in keys, (text, sorted(labels))


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_names_in_the_text_still_count(extract, script):
    text = "微信支付份额上升\n\n分享到：微信 微博\n\n腾讯表示，微信的月活跃用户继续增长。\n"
    x = extract(traditional(text) if script == "traditional" else text)
    assert "wechat" in {m.entity for m in x.mentions}
