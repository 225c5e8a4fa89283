"""The pipeline's segmenter cuts as jieba's own ``cut`` does (HMM on) with the same
dictionary, word for word: it only computes the route in one pass instead of two."""

from __future__ import annotations

import itertools

import jieba
import pytest

_PEOPLE = ("韩立诚", "欧阳晓岚", "司徒慕", "林子健")
_ORGS = ("星桥资本", "蓝湾科技有限公司", "北辰研究院", "Qubit Labs")
_SAID = ("表示", "則表示", "称", "指出", "在会上说")
_BODIES = (
    "“公司今年营收将增长12.5%，明年还会更高。”",
    "「這項計劃並不可行」，他坦言，风险太大。",
    "『我们不会裁员』\r\n记者 问 到 此事时",
    "\"the deal is done\",並補充說會在３月公布細節。",
    "由星桥资本领投、另据报道跟投方包括A+轮投资人 #1 与 x_y-z.",
)


def _texts():
    cases = itertools.product(_PEOPLE, _ORGS, _SAID, _BODIES)
    return [f"{org}的{person}{said}{body}  {person}{said[-1]}" for person, org, said, body in itertools.islice(cases, 0, None, 7)]


@pytest.mark.parametrize("text", _texts())
def test_segmenter_cuts_as_jiebas_cut_with_its_dictionary(nlp, text):
    segmenter = nlp.tokenizer.jieba_seg
    dictionary = segmenter._jieba
    for version in (text, segmenter._folder.view(text)):
        assert dictionary.words(version) == list(jieba.Tokenizer.cut(dictionary, version))


def test_there_are_enough_variants():
    assert len(_texts()) >= 20
