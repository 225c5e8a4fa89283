"""Lone characters of a kind before a company's head (新老公司, 大小银行, 中外企业) describe
companies, they name none; lone characters that make no word (烁/源集团) do name one."""

from __future__ import annotations

import pytest

from capabilities.cases import traditional

KINDS = ("新老", "大小", "中外", "国内外", "港台", "美日")
HEADS = ("公司", "集团", "银行", "控股")
NAMES = ("烁源", "宸拓", "澜芯", "翎川")


@pytest.mark.parametrize("i,kind,head", [(i, k, HEADS[i % 4]) for i, k in enumerate(KINDS)])
def test_kind_before_head_is_no_company(extract, i, kind, head):
    text = f"分析师指出，{kind}{head}都在降价。\n"
    text = traditional(text) if i % 2 else text
    names = {m.text for m in extract(text).mentions}
    assert not any(n.endswith(traditional(head) if i % 2 else head) for n in names), (text, sorted(names))


@pytest.mark.parametrize("i,name,head", [(i, n, HEADS[(i + 1) % 4]) for i, n in enumerate(NAMES)])
def test_unknown_name_before_head_is_a_company(extract, i, name, head):
    text = f"{name}{head}在财报中称，海外需求依然强劲。\n"
    text = traditional(text) if i % 2 else text
    company = traditional(name + head) if i % 2 else name + head
    assert company in {m.text for m in extract(text).mentions}, text
