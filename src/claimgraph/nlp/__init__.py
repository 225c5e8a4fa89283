"""build_nlp() -> Language: a blank spaCy ``zh`` pipeline whose jieba segmenter knows the
catalog's names and segments the folded view (so traditional text segments like
simplified), with claimgraph's rule-based components registered under versioned names.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType

import jieba
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ..catalog import Catalog
from .contexts import load_context_words
from .entities import EntityMatcher
from .gates import NOT_FIRST, NOT_LAST
from .lexicons import SURNAMES
from .normalize import Folder
from .sentences import SentenceSplitter

__all__ = ["build_nlp", "EntityMatcher", "Folder", "SentenceSplitter"]

_NAME_FREQ = 200_000  # high enough that jieba keeps a catalog name in one piece
_VERB_FREQ = 1_000  # an ordinary word's weight: enough to cut 产投|领投, not to outweigh the words around it


class FoldedSegmenter:
    """jieba's ``cut`` over the folded view, yielding the original text's pieces."""

    def __init__(self, folder: Folder, words: Iterator[str], vocabulary: Iterable[str] = ()):
        jieba.setLogLevel(logging.WARNING)
        self._folder = folder
        self._jieba = jieba.Tokenizer()
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
        view = self._folder.view(text)
        pos = 0
        for piece in self._jieba.cut(view, cut_all=cut_all, HMM=True):
            if len(piece) >= 2 and piece[0] in NOT_FIRST and piece[0] not in SURNAMES and not self.known(piece):
                # a word the HMM made by gluing a function word to what follows (由|星桥资本,
                # 另|据): the function word stands alone, as the dictionary would have it
                yield text[pos:pos + 1]
                pos += 1
                piece = piece[1:]
            if len(piece) >= 2 and piece[-1] in NOT_LAST and not self.known(piece):
                # and one glued to the unknown word before it (郑家|豪|在 for 豪在): it too
                yield text[pos:pos + len(piece) - 1]
                pos += len(piece) - 1
                piece = piece[-1]
            yield text[pos:pos + len(piece)]
            pos += len(piece)


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
    for name, default in (("cg_view", ""), ("cg_mentions", ()), ("cg_discovered", ())):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    jieba.setLogLevel(logging.WARNING)
    folder = Folder()
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    context = load_context_words()
    nlp.tokenizer.jieba_seg = FoldedSegmenter(folder, (folder.view(n) for n, _ in catalog.names()),
                                              context.funding_verbs)
    matcher = nlp.add_pipe("claimgraph_entity_matcher_v1")
    matcher.configure(catalog, folder, dictionary_tags(), cut=nlp.tokenizer.jieba_seg.cut, context=context)
    nlp.add_pipe("claimgraph_sentences_v1")
    return nlp
