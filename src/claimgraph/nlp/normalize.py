"""A length-preserving "match view" of a text: the same number of code points, each
folded for matching (full-width letters and punctuation to ASCII, traditional
characters to simplified). Offsets found in the view are offsets in the original.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import opencc

# the dots that join a foreign name's words besides the middle dot (·), between two Chinese characters:
# the hyphenation point Taiwan writes (‧), a bullet, the katakana middle dot in full and half width
# (at a line's start the same marks are a list's bullets, and stay as they are)
_NAME_DOT = re.compile("(?<=[\u4e00-\u9fff])[\u2027\u2022\u30fb\uff65](?=[\u4e00-\u9fff])")
_CHUNK = re.compile(r"[^\n。!?！？;；,，、]+|.", re.S)


class Folder:
    """Folds text for matching; holds its own OpenCC converter (no module state)."""

    def __init__(self) -> None:
        self._t2s = opencc.OpenCC("hk2s")  # Hong Kong variants too (衞 -> 卫), then traditional to simplified
        self._char = lru_cache(maxsize=65536)(self._fold_char)
        # the sieves ask for the key of the same words and names again and again, in an
        # article and across articles
        self._key = lru_cache(maxsize=65536)(self._fold_key)
        self._widths = _WidthTable()

    def view(self, text: str) -> str:
        """The match view of ``text``; ``len(view(text)) == len(text)`` always holds."""
        width = text if text.isascii() else _NAME_DOT.sub("·", text.translate(self._widths))
        out = []
        for m in _CHUNK.finditer(width):
            chunk = m.group()
            converted = self._t2s.convert(chunk)
            # OpenCC converts phrases; where a phrase changes length, or a character would leave the
            # basic plane (錤 -> 𫓹, which no word list nor the segmenter knows), fall back to characters
            out.append(converted if len(converted) == len(chunk) and max(converted) <= "\uffff"
                       else "".join(map(self._char, chunk)))
        return "".join(out)

    def key(self, name: str) -> str:
        """The form two names are compared in: folded, lower-case, without spaces."""
        return self._key(name)

    def _fold_key(self, name: str) -> str:
        return "".join(self.view(name).lower().split())

    @staticmethod
    def _width(ch: str) -> str:
        if ch.isascii():
            return ch
        folded = unicodedata.normalize("NFKC", ch)
        return folded if len(folded) == 1 else ch

    def _fold_char(self, ch: str) -> str:
        converted = self._t2s.convert(ch)
        return converted if len(converted) == 1 and (converted <= "\uffff" or ch > "\uffff") else ch


class _WidthTable(dict):
    """Code point -> its width-folded character (``Folder._width``), filled as characters
    are met: a table ``str.translate`` reads, so a text is folded in one C loop."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = Folder._width(chr(code))
        return folded
