"""build_nlp() -> Language: a blank spaCy ``zh`` pipeline whose jieba segmenter knows the
catalog's names and segments the folded view (so traditional text segments like
simplified), with claimgraph's rule-based components registered under versioned names.
"""

from __future__ import annotations

import logging
from math import log
from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType

import jieba
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ..catalog import Catalog
from .contexts import load_context_words
from .entities import EntityMatcher, token_starts, token_spans
from .gates import NOT_FIRST, NOT_LAST
from .lexicons import SURNAMES
from .normalize import Folder
from .sentences import SentenceSplitter

__all__ = ["build_nlp", "EntityMatcher", "Folder", "SentenceSplitter", "token_spans", "token_starts"]

_NAME_FREQ = 200_000  # high enough that jieba keeps a catalog name in one piece
_VERB_FREQ = 1_000  # an ordinary word's weight: enough to cut 产投|领投, not to outweigh the words around it


class _Dictionary(jieba.Tokenizer):
    """jieba's tokenizer with its two inner loops, the word graph of a block (``get_DAG``)
    and the best route through it (``calc``), computed as jieba computes them but with the
    dictionary bound to a local name and no generator per character: they are most of
    segmentation's time. The cuts are jieba's own, float for float."""

    def get_DAG(self, sentence: str) -> dict[int, list[int]]:  # noqa: N802 (jieba's name)
        self.check_initialized()
        freq, n, dag = self.FREQ, len(sentence), {}
        for k in range(n):
            ends = []
            i, frag = k, sentence[k]
            while i < n and frag in freq:  # the dictionary holds every prefix of its words (frequency 0)
                if freq[frag]:
                    ends.append(i)
                i += 1
                frag = sentence[k:i + 1]
            dag[k] = ends or [k]
        return dag

    def calc(self, sentence: str, DAG: dict[int, list[int]], route: dict[int, tuple[float, int]]) -> None:  # noqa: N803
        n = len(sentence)
        route[n] = (0, 0)
        logtotal, get = log(self.total), self.FREQ.get
        for idx in range(n - 1, -1, -1):
            best = None
            for x in DAG[idx]:  # jieba's max over (score, end): the same sums in the same order
                option = (log(get(sentence[idx:x + 1]) or 1) - logtotal + route[x + 1][0], x)
                if best is None or option > best:
                    best = option
            route[idx] = best


class FoldedSegmenter:
    """jieba's ``cut`` over the folded view, yielding the original text's pieces."""

    def __init__(self, folder: Folder, words: Iterator[str], vocabulary: Iterable[str] = ()):
        jieba.setLogLevel(logging.WARNING)
        self._folder = folder
        self._jieba = _Dictionary()
        if jieba.dt.initialized:  # spaCy's zh tokenizer loaded the default dictionary: copy it, don't load it again
            self._jieba.FREQ, self._jieba.total = dict(jieba.dt.FREQ), jieba.dt.total
            self._jieba.initialized = True
        self._jieba.check_initialized()
        total = self._jieba.total
        for word in words:
            # a name jieba's dictionary lacks is kept in one piece; one it has keeps its own
            # weight, so that a longer word around it still wins (中国银行业 is 中国/银行业)
            if len(word) > 1 and not word.isascii() and not self._jieba.FREQ.get(word):
                self._jieba.add_word(word, freq=_NAME_FREQ)
        for word in vocabulary:  # the trade's verbs the dictionary lacks (领投, 跟投): words of their own
            if not self._jieba.FREQ.get(word):
                self._jieba.add_word(word, freq=_VERB_FREQ)
        # the names leave every other word's weight as it was: a larger total would favour
        # fewer, longer pieces everywhere (中国银行/业协会)
        self._jieba.total = total

    def known(self, word: str) -> bool:
        """Whether ``word`` (folded) is in the segmenter's dictionary, rather than a word its
        HMM made up out of unknown characters (这不佳, 这凛冬)."""
        self._jieba.check_initialized()
        return self._jieba.FREQ.get(word, 0) > 0

    def cut(self, text: str, cut_all: bool = False) -> Iterator[str]:
        return self.cut_view(text, self._folder.view(text), cut_all)

    def cut_view(self, text: str, view: str, cut_all: bool = False) -> Iterator[str]:
        """``cut`` of a text whose folded view the caller already has."""
        pos, freq = 0, self._jieba.FREQ  # the dictionary, initialised by __init__ (``known`` without a call per piece)
        for piece in self._jieba.cut(view, cut_all=cut_all, HMM=True):
            if len(piece) >= 2 and piece[0] in NOT_FIRST and piece[0] not in SURNAMES and not freq.get(piece, 0) > 0:
                # a word the HMM made by gluing a function word to what follows (由|星桥资本,
                # 另|据): the function word stands alone, as the dictionary would have it
                yield text[pos:pos + 1]
                pos += 1
                piece = piece[1:]
            if len(piece) >= 2 and piece[-1] in NOT_LAST and not freq.get(piece, 0) > 0:
                # and one glued to the unknown word before it (郑家|豪|在 for 豪在): it too
                yield text[pos:pos + len(piece) - 1]
                pos += len(piece) - 1
                piece = piece[-1]
            yield text[pos:pos + len(piece)]
            pos += len(piece)


class FoldedTokenizer:
    """The pipeline's tokenizer: spaCy's jieba tokenizer over ``FoldedSegmenter``, which
    also leaves the text and its folded view on the Doc (``doc._.cg_text``, ``doc._.cg_view``)
    so that no later stage joins the tokens or folds the text again."""

    def __init__(self, vocab, segmenter: FoldedSegmenter, folder: Folder):
        self.vocab, self.jieba_seg, self._folder = vocab, segmenter, folder

    def __call__(self, text: str) -> Doc:
        view = self._folder.view(text)
        words, spaces = words_and_spaces([w for w in self.jieba_seg.cut_view(text, view) if w], text)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        doc._.cg_text, doc._.cg_view = text, view  # Doc.text would join a Token object per word
        return doc


def words_and_spaces(words: list[str], text: str) -> tuple[list[str], list[bool]]:
    """The tokens and trailing-space flags spaCy's ``util.get_words_and_spaces`` gives
    for ``words`` over ``text``, word for word; each word is looked for from where the
    last one ended (``str.index`` with a start) rather than in a copy of the rest of the
    text, which made the alignment quadratic in the article's length."""
    if "".join("".join(words).split()) != "".join(text.split()):
        raise ValueError(f"the segmenter's words do not spell the text: {text[:40]!r}")
    out: list[str] = []
    spaces: list[bool] = []
    pos = 0
    for word in words:
        if word.isspace():
            continue
        start = text.index(word, pos)
        if start > pos:
            out.append(text[pos:start])
            spaces.append(False)
        out.append(word)
        spaces.append(False)
        pos = start + len(word)
        if pos < len(text) and text[pos] == " ":
            spaces[-1] = True
            pos += 1
    if pos < len(text):
        out.append(text[pos:])
        spaces.append(False)
    return out, spaces


def dictionary_tags() -> Mapping[str, str]:
    """Part-of-speech tag of each word in jieba's dictionary (周润发 nr, 全都 n), read once
    per pipeline: a lookup the entity rules use where a word's shape does not decide."""
    tags: dict[str, str] = {}
    with jieba.get_dict_file() as lines:
        for line in lines:
            parts = line.decode("utf-8").split()
            if len(parts) == 3 and 2 <= len(parts[0]) <= 4:
                tags[parts[0]] = parts[2]
    return MappingProxyType(tags)


def build_nlp(catalog: Catalog) -> Language:
    """The pipeline: jieba tokenizer, sentence splitter, entity matcher."""
    for name, default in (("cg_text", ""), ("cg_view", ""), ("cg_mentions", ()), ("cg_discovered", ())):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    jieba.setLogLevel(logging.WARNING)
    folder = Folder()
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    context = load_context_words()
    nlp.tokenizer = FoldedTokenizer(nlp.vocab, FoldedSegmenter(folder, (folder.view(n) for n, _ in catalog.names()),
                                                               context.funding_verbs), folder)
    matcher = nlp.add_pipe("claimgraph_entity_matcher_v1")
    matcher.configure(catalog, folder, dictionary_tags(), cut=nlp.tokenizer.jieba_seg.cut, context=context)
    nlp.add_pipe("claimgraph_sentences_v1")
    return nlp
