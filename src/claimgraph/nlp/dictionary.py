"""jieba's default dictionary as the segmenter and the entity rules read it: each word's
count and log-probability, and each word's part-of-speech tag, worked out once per
machine and kept in one file beside jieba's own cache.

Reading ``dict.txt`` for the tags and taking a logarithm per word cost a pipeline about
a second of CPU, in every process that builds one (each worker of a build); the file holds
the finished tables, counts, weights and tags sharing their words, and loads in about
0.4 s. It is named for the jieba version, the dictionary file's size and time and this
format, so a new jieba or dictionary makes a new file; one that is missing, damaged or of
another shape is rebuilt from jieba, never trusted. A folder that cannot be written costs
time, not the build.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
import threading
from math import log
from typing import NamedTuple

import jieba

_FORMAT = 2  # bump when what the file holds, or how a weight is worked out, changes
_LOCK = threading.Lock()
_TABLES: list[Tables] = []  # this process's, once read or made


class Tables(NamedTuple):
    """jieba's default dictionary, complete: never mutated (copy what you extend)."""

    freq: dict[str, int]  # jieba's FREQ: each word's count, 0 for a prefix that is no word
    total: int  # the sum of the counts
    weights: dict[str, float | None]  # each word's log-probability, None for a prefix
    tags: dict[str, str]  # part-of-speech tag of each word of 2 to 4 characters (周润发 nr)


def log_weights(freq: dict[str, int], total: int) -> dict[str, float | None]:
    """Each word's log-probability as jieba's route weighs it (None for a mere prefix)."""
    logtotal = log(total)
    return {w: log(f) - logtotal if f else None for w, f in freq.items()}


def default_tables() -> Tables:
    """The tables, read from this machine's file or made (and the file written); jieba's
    default tokenizer, when nothing has loaded it yet, is given the same dictionary, so
    that spaCy's zh tokenizer does not read it again."""
    with _LOCK:
        if not _TABLES:
            path = _path()
            tables = _read(path) if path else None
            if tables is None:
                tables = _make()
                if path:
                    _write(path, tables)
            _TABLES.append(tables)
        tables = _TABLES[0]
    dt = jieba.dt
    with dt.lock:
        if not dt.initialized and _is_default(dt):
            dt.FREQ, dt.total, dt.initialized = dict(tables.freq), tables.total, True
    return tables


def _is_default(tokenizer: jieba.Tokenizer) -> bool:
    return tokenizer.dictionary == jieba.DEFAULT_DICT and not tokenizer.cache_file


def _dictionary_file() -> str:
    return os.path.join(os.path.dirname(os.path.abspath(jieba.__file__)), jieba.DEFAULT_DICT_NAME)


def _path() -> str | None:
    """This machine's file for this jieba and dictionary, beside jieba's cache; None when
    the dictionary is not a file (a zipped install)."""
    try:
        stat = os.stat(_dictionary_file())
    except OSError:
        return None
    key = repr((_FORMAT, jieba.__version__, stat.st_size, stat.st_mtime_ns, sys.version_info[:2]))
    folder = jieba.dt.tmp_dir or tempfile.gettempdir()
    return os.path.join(folder, f"claimgraph.jieba.{hashlib.sha256(key.encode()).hexdigest()[:16]}.cache")


def _read(path: str) -> Tables | None:
    try:
        with open(path, "rb") as fh:
            data = marshal.loads(fh.read())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if not (isinstance(data, tuple) and len(data) == len(Tables._fields)):
        return None
    tables = Tables(*data)
    if not (isinstance(tables.freq, dict) and isinstance(tables.total, int) and tables.total > 0
            and isinstance(tables.weights, dict) and isinstance(tables.tags, dict)
            and len(tables.weights) == len(tables.freq)):
        return None
    return tables


def _make() -> Tables:
    """The tables from jieba: its dictionary as jieba loads it (from its own cache when it
    has one) and the tags read from ``dict.txt``."""
    dt = jieba.dt
    if _is_default(dt):
        _load_from_jieba_cache(dt)
        dt.check_initialized()
        freq, total = dt.FREQ, dt.total
    else:  # someone pointed jieba's default tokenizer elsewhere: load the default of our own
        own = jieba.Tokenizer()
        own.tmp_dir = dt.tmp_dir
        own.check_initialized()
        freq, total = own.FREQ, own.total
    freq = dict(freq)
    return Tables(freq, total, log_weights(freq, total), _tags(freq))


def _tags(freq: dict[str, int]) -> dict[str, str]:
    """The tag of each word of 2 or more characters in ``dict.txt``, keyed by ``freq``'s own
    string for the word, so that the file stores each word once."""
    same = {w: w for w in freq}
    tags: dict[str, str] = {}
    with jieba.get_dict_file() as lines:
        text = lines.read().decode("utf-8")  # decoded once, not line by line: half the time
    for parts in map(str.split, text.split("\n")):
        if len(parts) == 3 and len(parts[0]) >= 2:
            tags[same.get(parts[0], parts[0])] = parts[2]
    return tags


def _write(path: str, tables: Tables) -> None:
    try:
        fd, tmp = tempfile.mkstemp(prefix=".claimgraph.", suffix=".tmp", dir=os.path.dirname(path))
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(marshal.dumps(tuple(tables)))
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError:
        return


def _load_from_jieba_cache(dt: jieba.Tokenizer) -> None:
    """Has jieba's default tokenizer load its dictionary from jieba's own cache file, as
    ``jieba.initialize`` does, but read whole and given to ``marshal.loads``: jieba gives
    the open file to ``marshal.load``, which reads it with a call per object (1.2 s against
    0.45 s). With no cache yet, or one that does not load, jieba initialises itself as
    usual (and writes its cache)."""
    with dt.lock:
        if dt.initialized:
            return
        try:
            with open(os.path.join(dt.tmp_dir or tempfile.gettempdir(), "jieba.cache"), "rb") as cache:
                freq, total = marshal.loads(cache.read())
        except (OSError, EOFError, ValueError, TypeError):
            return
        if isinstance(freq, dict) and isinstance(total, int):
            dt.FREQ, dt.total, dt.initialized = freq, total, True
