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


_LOAD = """
import json, os, sys, jieba
jieba.setLogLevel(60)
if sys.argv[1]:
    jieba.dt.tmp_dir = sys.argv[1]
from claimgraph.nlp import load_default_dictionary
load_default_dictionary()
loaded = jieba.dt.initialized
jieba.dt.check_initialized()  # jieba's own, when the fast path left it to jieba
own = jieba.Tokenizer()
own.tmp_dir = jieba.dt.tmp_dir
own.initialize()
print(json.dumps([loaded, jieba.dt.FREQ == own.FREQ, jieba.dt.total == own.total]))
"""


def _load_in_fresh_process(tmp_dir: str) -> list[bool]:
    import json
    import os
    import subprocess
    import sys
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run([sys.executable, "-c", _LOAD, tmp_dir], capture_output=True, text=True, env=env, check=True)
    return json.loads(done.stdout.splitlines()[-1])


def test_the_default_dictionary_loads_from_jiebas_cache_as_jieba_loads_it():
    jieba.dt.check_initialized()  # the cache exists in the default temporary folder
    assert _load_in_fresh_process("") == [True, True, True]


def test_without_a_cache_jieba_builds_the_dictionary_itself(tmp_path):
    assert _load_in_fresh_process(str(tmp_path)) == [False, True, True]
    # jieba wrote its cache there; from it, the next process loads quickly and the same
    assert _load_in_fresh_process(str(tmp_path)) == [True, True, True]


def test_a_damaged_cache_is_left_to_jieba(tmp_path):
    (tmp_path / "jieba.cache").write_bytes(b"\x00 not marshal")
    loaded, same_words, same_total = _load_in_fresh_process(str(tmp_path))
    assert not loaded and same_words and same_total
