"""build_nlp() -> Language: a blank spaCy ``zh`` pipeline whose jieba segmenter knows the
catalog's names and segments the folded view (so traditional text segments like
simplified), with claimgraph's rule-based components registered under versioned names.
"""

from __future__ import annotations

import logging
from math import log
from collections.abc import Callable, Iterable, Iterator
from itertools import accumulate, chain
from types import MappingProxyType
from typing import NamedTuple

import jieba
import spacy
from jieba import finalseg
from spacy.language import Language
from spacy.tokens import Doc

from ..catalog import Catalog
from .contexts import load_context_words
from .dictionary import Tables, default_tables
from .entities import EntityMatcher, token_starts, token_spans
from .gates import NOT_FIRST, NOT_LAST
from .lexicons import SURNAMES, load_name_words
from .normalize import Folder
from .sentences import SentenceSplitter
from .tokens import GOING, PREPOSITION_CHARS, dated_day

__all__ = ["build_nlp", "EntityMatcher", "Folder", "SentenceSplitter", "token_spans", "token_starts"]

_NAME_FREQ = 200_000  # high enough that jieba keeps a catalog name in one piece
_SHORT_TITLE = 3  # the longest title the segmenter learns: longer ones are compounds of its words (首席|执行官)
# a name of two characters weighs as a common word: kept whole where it stands as a word of
# its own (长和表示), not cut out of the words around it (科技成长|和: not 科技|成|长和)
_SHORT_NAME_FREQ = 10_000
_VERB_FREQ = 1_000  # an ordinary word's weight: enough to cut 产投|领投, not to outweigh the words around it


_ABSENT = object()  # a piece of text that is not even the start of a dictionary word
_MIN = finalseg.MIN_FLOAT  # finalseg's weight of what its tables lack


class _Dictionary(jieba.Tokenizer):
    """jieba's tokenizer, cutting as jieba's ``cut`` does (HMM on): the same words, float for
    float, but in one pass per block. Where jieba builds a block's word graph (``get_DAG``)
    and then walks it for the best route (``calc``), looking each piece up twice and taking
    a logarithm per edge, this walks the block from its end once, reading each piece's
    log-probability from a table made once when the dictionary is complete (``freeze``),
    and collects the words in a list rather than through three nested generators."""

    _weights: dict[str, float | None]

    def __init__(self, tables: Tables):
        super().__init__()
        self.FREQ, self.total, self.initialized = dict(tables.freq), tables.total, True
        self._base = tables.weights
        self._added: list[str] = []  # the words (and prefixes) add_word put in, in order

    def add_word(self, word: str, freq: int | None = None, tag: str | None = None) -> None:
        super().add_word(word, freq, tag)
        self._added.extend(word[:i] for i in range(1, len(word) + 1))

    def freeze(self) -> None:
        """Read the finished dictionary into the table of log-probabilities ``words`` uses
        (None for a prefix that is no word of its own): the default dictionary's, made once
        per machine, and those of the words added since; words added later are not seen."""
        logtotal = log(self.total)
        self._unknown = log(1) - logtotal  # a character the dictionary lacks, as jieba weighs it
        weights = dict(self._base)
        for word in self._added:  # the same floats as log_weights over the whole dictionary
            f = self.FREQ[word]
            weights[word] = log(f) - logtotal if f else None
        self._weights = weights
        trans = finalseg.trans_P
        self._hmm_model = (
            *(finalseg.emit_P[y] for y in "BMES"), tuple(finalseg.start_P[y] for y in "BMES"),
            tuple(trans[a].get(b, _MIN) for a, b in ("EB", "SB", "MM", "BM", "SS", "ES", "BE", "ME")))

    def words(self, text: str, made_up: Callable[[list[str], str], None] = list.append) -> list[str]:
        """``list(self.cut(text))``: blocks of word characters by the route, the rest a
        character (or a blank) at a time. ``made_up(out, word)`` puts each word the HMM
        made of characters the dictionary does not know as a word into ``out``: as it is,
        unless the caller cuts such words further."""
        out: list[str] = []
        at = 0  # where the piece starts in ``text``
        for i, block in enumerate(jieba.re_han_default.split(text)):
            at += len(block)
            if i % 2:  # the split's captured pieces are its blocks of word characters
                if len(block) > 1 and dated_day(text, at - 1):
                    self._cut_block(block[:-1], out, made_up)  # 警察局|今(8)日: the day its date follows is a word
                    out.append(block[-1])
                    continue
                self._cut_block(block, out, made_up)
            else:
                for j, piece in enumerate(jieba.re_skip_default.split(block)):
                    if j % 2:
                        out.append(piece)  # a blank (or CR LF)
                    else:
                        out.extend(piece)
        return out

    def _cut_block(self, block: str, out: list[str], made_up: Callable[[list[str], str], None]) -> None:
        """jieba's ``__cut_DAG``: the most probable route through ``block``'s dictionary
        words, with the runs of single characters the dictionary does not know as a word
        cut by the HMM."""
        weight_of, unknown, n = self._weights.get, self._unknown, len(block)
        score = [0.0] * (n + 1)
        end = list(range(n))
        for k in range(n - 1, -1, -1):
            best = None
            i, weight = k, weight_of(block[k], _ABSENT)
            while weight is not _ABSENT:  # the dictionary holds every prefix of its words
                if weight is not None:
                    option = weight + score[i + 1]
                    if best is None or option >= best:  # jieba's max over (score, end): ties go to the longer word
                        best, end[k] = option, i
                i += 1
                if i == n:
                    break
                weight = weight_of(block[k:i + 1], _ABSENT)
            score[k] = unknown + score[k + 1] if best is None else best
        x, run = 0, 0  # run: where the current run of single characters starts
        while x < n:
            y = end[x] + 1
            if y - x > 1:
                if run < x:
                    self._flush(block[run:x], out, made_up)
                out.append(block[x:y])
                run = y
            x = y
        if run < n:
            self._flush(block[run:], out, made_up)

    def _flush(self, chars: str, out: list[str], made_up: Callable[[list[str], str], None]) -> None:
        if len(chars) > 1 and self._weights.get(chars) is None:
            for i, piece in enumerate(finalseg.re_han.split(chars)):  # finalseg.cut's blocks
                if i % 2:
                    forced = finalseg.Force_Split_Words
                    for word in self._hmm(piece):
                        if word in forced:
                            out.extend(word)
                        else:
                            made_up(out, word)
                else:
                    out.extend(x for x in finalseg.re_skip.split(piece) if x)
        else:
            out.extend(chars)

    def _hmm(self, chars: str) -> list[str]:
        """finalseg's words of a block of Chinese characters: its ``viterbi`` route over the
        states B, M, E, S, float for float and tie for tie (``max`` over (probability,
        state) pairs: an equal probability goes to the later letter), with the four states
        in locals and a back pointer per character where jieba copies a path per state."""
        eb, em, ee, es, (sb, sm, se, ss), (teb, tsb, tmm, tbm, tss, tes, tbe, tme) = self._hmm_model
        c = chars[0]
        vb, vm, ve, vs = sb + eb.get(c, _MIN), sm + em.get(c, _MIN), se + ee.get(c, _MIN), ss + es.get(c, _MIN)
        back: list[tuple[str, str, str, str]] = []
        for c in chars[1:]:
            e = eb.get(c, _MIN)
            p, q = ve + teb + e, vs + tsb + e
            nb, fb = (q, "S") if q >= p else (p, "E")
            e = em.get(c, _MIN)
            p, q = vb + tbm + e, vm + tmm + e
            nm, fm = (q, "M") if q >= p else (p, "B")
            e = es.get(c, _MIN)
            p, q = ve + tes + e, vs + tss + e
            ns, fs = (q, "S") if q >= p else (p, "E")
            e = ee.get(c, _MIN)
            p, q = vb + tbe + e, vm + tme + e
            ne, fe = (q, "M") if q >= p else (p, "B")
            vb, vm, ve, vs = nb, nm, ne, ns
            back.append((fb, fm, fe, fs))
        state = "S" if vs >= ve else "E"
        route = [state]
        for fb, fm, fe, fs in reversed(back):
            state = fb if state == "B" else fm if state == "M" else fe if state == "E" else fs
            route.append(state)
        route.reverse()
        words, begin, nexti = [], 0, 0  # finalseg's __cut: a word from each B to its E
        for i, state in enumerate(route):
            if state == "B":
                begin = i
            elif state == "E":
                words.append(chars[begin:i + 1])
                nexti = i + 1
            elif state == "S":
                words.append(chars[i])
                nexti = i + 1
        if nexti < len(chars):
            words.append(chars[nexti:])
        return words


class FoldedSegmenter:
    """jieba's ``cut`` over the folded view, yielding the original text's pieces."""

    def __init__(self, folder: Folder, words: Iterator[str], vocabulary: Iterable[str] = (),
                 tables: Tables | None = None):
        jieba.setLogLevel(logging.WARNING)
        self._folder = folder
        self._jieba = _Dictionary(tables or default_tables())
        total = self._jieba.total
        for word in words:
            # a name jieba's dictionary lacks is kept in one piece; one it has keeps its own
            # weight, so that a longer word around it still wins (中国银行业 is 中国/银行业)
            if len(word) > 1 and not word.isascii() and not self._jieba.FREQ.get(word):
                self._jieba.add_word(word, freq=_NAME_FREQ if len(word) > 2 else _SHORT_NAME_FREQ)
        for word in vocabulary:  # the trade's verbs the dictionary lacks (领投, 跟投): words of their own
            if not self._jieba.FREQ.get(word):
                self._jieba.add_word(word, freq=_VERB_FREQ)
        # the names leave every other word's weight as it was: a larger total would favour
        # fewer, longer pieces everywhere (中国银行/业协会)
        self._jieba.total = total
        self._jieba.freeze()

    def known(self, word: str) -> bool:
        """Whether ``word`` (folded) is in the segmenter's dictionary, rather than a word its
        HMM made up out of unknown characters (这不佳, 这凛冬); ``__init__`` initialised it."""
        return self._jieba.FREQ.get(word, 0) > 0

    def cut(self, text: str) -> list[str]:
        return self.cut_view(text, self._folder.view(text))

    def cut_view(self, text: str, view: str) -> list[str]:
        """``cut`` of a text whose folded view the caller already has: the view's words,
        spelt in the text's own characters."""
        words = self._jieba.words(view, self._unglue)
        if text == view:
            return words
        ends = list(accumulate(map(len, words)))
        return [text[a:b] for a, b in zip(chain((0,), ends), ends)]

    def _unglue(self, out: list[str], word: str) -> None:
        """Put a word the HMM made into ``out``, less a function word it glued to what
        follows (由|星桥资本, 另|据) or to the unknown word before it (郑家|豪|在 for 豪在):
        the function word stands alone, as the dictionary would have it. Only the HMM's
        words are looked at: the dictionary's are words of their own."""
        freq = self._jieba.FREQ  # the dictionary, initialised by __init__ (``known`` without a call)
        while len(word) >= 2 and (word[0] in NOT_FIRST and word[0] not in SURNAMES or word[0] in GOING) \
                and not freq.get(word, 0) > 0:
            out.append(word[0])  # 另|据|某某, 到|湾景: each function word or verb of going before the name stands alone
            word = word[1:]
        if len(word) >= 2 and word[-1] in NOT_LAST and not freq.get(word, 0) > 0:
            out.append(word[:-1])
            word = word[-1]
        if len(word) == 3 and word[1] in PREPOSITION_CHARS and not freq.get(word, 0) > 0:
            out.extend(word)  # 端木|晴在庭|后: a name's last character, a preposition, a place's first
            return
        inner = word.find("的", 1, len(word) - 1)
        if inner > 0 and not freq.get(word, 0) > 0:
            out.extend((word[:inner], "的"))  # 新界|西的湾|景医院: 的 joins the words either side, inside none
            self._unglue(out, word[inner + 1:])
            return
        out.append(word)


class FoldedTokenizer:
    """The pipeline's tokenizer: spaCy's jieba tokenizer over ``FoldedSegmenter``, which
    also leaves the text and its folded view on the Doc (``doc._.cg_text``, ``doc._.cg_view``)
    so that no later stage joins the tokens or folds the text again, and where the tokens
    start (``doc._.cg_starts``, blanks included) and the (start, end) of those that are not
    blank (``doc._.cg_spans``), which it knows as it cuts them."""

    def __init__(self, vocab, segmenter: FoldedSegmenter, folder: Folder):
        self.vocab, self.jieba_seg, self._folder = vocab, segmenter, folder

    def __call__(self, text: str) -> Doc:
        view = self._folder.view(text)
        tokens = words_and_spaces(self.jieba_seg.cut_view(text, view), text)
        doc = Doc(self.vocab, words=tokens.words, spaces=tokens.spaces)
        doc._.cg_text, doc._.cg_view = text, view  # Doc.text would join a Token object per word
        doc._.cg_starts, doc._.cg_spans = tuple(tokens.starts), tuple(tokens.spans)
        return doc


class Layout(NamedTuple):
    """The tokens of a text as spaCy takes them, and where they lie."""

    words: list[str]
    spaces: list[bool]  # whether a space follows each word
    starts: list[int]  # where each word starts, blanks included
    spans: list[tuple[int, int]]  # (start, end) of each word that is not blank


def words_and_spaces(pieces: Iterable[str], text: str) -> Layout:
    """The tokens and trailing-space flags spaCy's ``util.get_words_and_spaces`` gives for
    the segmenter's ``pieces`` of ``text``, word for word, and where each token starts. The
    pieces spell the text in order, so each starts where the last one ended: blank pieces
    make one blank token between two words, but for a space right after a word, which is
    that word's trailing space."""
    words: list[str] = []
    spaces: list[bool] = []
    starts: list[int] = []
    spans: list[tuple[int, int]] = []
    size = len(text)
    pos = end = 0  # pos: where the text no token holds yet starts; end: where the last piece ended
    for piece in pieces:
        start, end = end, end + len(piece)
        if not piece or piece.isspace():
            continue
        if start > pos:
            words.append(text[pos:start])
            spaces.append(False)
            starts.append(pos)
        words.append(piece)
        spaced = end < size and text[end] == " "
        spaces.append(spaced)
        starts.append(start)
        spans.append((start, end))
        pos = end + spaced
    if end != size:
        raise ValueError(f"the segmenter's words do not spell the text: {text[:40]!r}")
    if pos < size:
        words.append(text[pos:])
        spaces.append(False)
        starts.append(pos)
    return Layout(words, spaces, starts, spans)


def build_nlp(catalog: Catalog) -> Language:
    """The pipeline: jieba tokenizer, sentence splitter, entity matcher."""
    for name, default in (("cg_text", ""), ("cg_view", ""), ("cg_starts", None), ("cg_spans", None), ("cg_mentions", ()),
                          ("cg_discovered", ())):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    jieba.setLogLevel(logging.WARNING)
    tables = default_tables()  # before spaCy's zh tokenizer, which would load jieba's dictionary
    folder = Folder()
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    context = load_context_words()
    # the trade's verbs and the short titles the dictionary lacks (博主, 高管): words of their
    # own, else the HMM glues a title to the surname after it (博主王|大伟)
    words = load_name_words()  # read once: the segmenter learns its short titles, the matcher reads it all
    titles = (t for t in words.titles if len(t) <= _SHORT_TITLE and not t.isascii())
    nlp.tokenizer = FoldedTokenizer(nlp.vocab, FoldedSegmenter(folder, (folder.view(n) for n, _ in catalog.names()),
                                                               (*context.funding_verbs, *titles), tables), folder)
    matcher = nlp.add_pipe("claimgraph_entity_matcher_v1")
    matcher.configure(catalog, folder, MappingProxyType(tables.tags), words=words, cut=nlp.tokenizer.jieba_seg.cut,
                      context=context)
    nlp.add_pipe("claimgraph_sentences_v1")
    return nlp
