"""The match view: same length as the text, full-width Latin folded, traditional simplified."""

from __future__ import annotations

import pytest

from claimgraph.nlp.normalize import Folder


@pytest.fixture(scope="module")
def folder():
    return Folder()


@pytest.mark.parametrize("text, view", [
    ("輝達總裁黃仁勳", "辉达总裁黄仁勋"),
    ("ＮＶＩＤＩＡ與ｏｐｅｎＡＩ", "NVIDIA与openAI"),
    ("台積電，２０２５年", "台积电,2025年"),
])
def test_view_folds_script_and_width(folder, text, view):
    assert folder.view(text) == view
    assert len(folder.view(text)) == len(text)


def test_key_ignores_case_and_spaces(folder):
    assert folder.key("Open AI") == folder.key("ＯｐｅｎＡＩ") == "openai"
    assert folder.key("英偉達") == folder.key("英伟达")


def test_sentences_run_on_over_a_line_that_breaks_after_a_comma():
    from claimgraph.nlp.sentences import split_sentences

    view = "他表示,\n需求很强。\n市场回暖\n  新品上市"
    assert [view[s.start:s.end] for s in split_sentences(view)] == ["他表示,\n需求很强。", "市场回暖", "新品上市"]
    spaced = "第一段结束。   第二段开始"
    assert [spaced[s.start:s.end] for s in split_sentences(spaced)] == ["第一段结束。", "第二段开始"]
