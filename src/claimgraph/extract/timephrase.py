"""Time phrases read by the classes of their words (data/time.toml): a clause whose every
token is a time word (jieba's tag ``t``: 今年, 上半年, 月底), a count of time units (十个月,
三季度, 2023年) or a word that places or bounds one (前, 过去, 以来, 里, 截至), with at least
one of the first two, says when and nothing else (今年前十个月, 过去三年里, 未来五年内)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

__all__ = ["TimeWords", "time_only"]

_NUMERAL = r"[0-9０-９零〇一二两兩三四五六七八九十百千万萬几幾半数數多]+"
_COUNT = re.compile(rf"({_NUMERAL})(?:[个個])?(.*)")


@dataclass(frozen=True)
class TimeWords:
    """The classes of a time phrase's words, folded."""

    units: frozenset[str] = frozenset()
    positions: frozenset[str] = frozenset()

    def anchor(self, word: str, tags: Mapping[str, str]) -> bool | None:
        """True for a word that says when (a time word, a count of time units), False for
        one that places or bounds it (前, 以来) or a bare number, None for any other word."""
        if tags.get(word) == "t" or word in self.units:
            return True
        count = _COUNT.fullmatch(word)
        if count is not None and (not count.group(2) or count.group(2) in self.units):
            return bool(count.group(2))  # 十个月 says when; 两个, 30 only count
        return False if word in self.positions else None


def time_only(words: Iterable[str], time_words: TimeWords, tags: Mapping[str, str]) -> bool:
    """Whether ``words`` (a clause's tokens, white space left out) make a time phrase."""
    said = False
    for word in words:
        kind = time_words.anchor(word, tags)
        if kind is None:
            return False
        said = said or kind
    return said
