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


def test_the_segmenters_weights_are_those_of_its_whole_dictionary(nlp):
    """The default dictionary's weights are made once per machine and the catalog's names
    added to them: the same floats as weighing the finished dictionary word by word."""
    from claimgraph.nlp.dictionary import log_weights

    dictionary = nlp.tokenizer.jieba_seg._jieba
    assert dictionary._added  # the catalog's names are there to be weighed
    assert dictionary._weights == log_weights(dictionary.FREQ, dictionary.total)


_LOAD = """
import json, os, sys, jieba
jieba.setLogLevel(60)
jieba.dt.tmp_dir = sys.argv[1] or None
from claimgraph.nlp import dictionary
if sys.argv[2] == "no-making":  # the tables must come from the file
    dictionary._make = None
tables = dictionary.default_tables()
loaded = jieba.dt.initialized
own = jieba.Tokenizer()
own.tmp_dir = jieba.dt.tmp_dir
own.initialize()
tags = {}
with own.get_dict_file() as fh:
    for line in fh.read().decode("utf-8").splitlines():
        parts = line.split()
        if len(parts) == 3 and len(parts[0]) >= 2:
            tags[parts[0]] = parts[2]
print(json.dumps([loaded, jieba.dt.FREQ == own.FREQ == tables.freq, jieba.dt.total == own.total == tables.total,
                  tables.weights == dictionary.log_weights(own.FREQ, own.total), tables.tags == tags]))
"""


def _load_in_fresh_process(tmp_dir: str, making: str = "") -> list[bool]:
    import json
    import os
    import subprocess
    import sys
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run([sys.executable, "-c", _LOAD, tmp_dir, making], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.splitlines()[-1])


def _tables_files(folder) -> list:
    return sorted(folder.glob("claimgraph.jieba.*.cache"))


def test_the_tables_are_made_from_jieba_and_then_read_from_their_file(tmp_path):
    assert _load_in_fresh_process(str(tmp_path)) == [True] * 5
    assert (tmp_path / "jieba.cache").exists()  # jieba, with no cache there, built the dictionary and wrote its own
    (made,) = _tables_files(tmp_path)
    written = made.stat().st_mtime_ns
    # the next process reads the same tables from the file, making nothing
    assert _load_in_fresh_process(str(tmp_path), "no-making") == [True] * 5
    assert made.stat().st_mtime_ns == written


def test_the_default_folder_serves_the_tables_as_jieba_makes_them():
    jieba.dt.check_initialized()  # jieba's cache exists in the default temporary folder
    assert _load_in_fresh_process("") == [True] * 5


@pytest.mark.parametrize("damage", [b"", b"\x00 not marshal", b"\xe9\x01\x00\x00\x00"])
def test_a_damaged_tables_file_is_made_again_not_trusted(tmp_path, damage):
    _load_in_fresh_process(str(tmp_path))
    (made,) = _tables_files(tmp_path)
    made.write_bytes(damage)
    assert _load_in_fresh_process(str(tmp_path)) == [True] * 5
    assert _load_in_fresh_process(str(tmp_path), "no-making") == [True] * 5  # and written again, whole


def test_a_damaged_jieba_cache_is_left_to_jieba(tmp_path):
    (tmp_path / "jieba.cache").write_bytes(b"\x00 not marshal")
    assert _load_in_fresh_process(str(tmp_path)) == [True] * 5
