"""The polarity lexicon: the function words the rules read (``data/polarity.toml``:
negators, hedges, foils, connectives, discourse openers …) with the classed evaluative
words (``data/evaluative.toml``, see :mod:`.evaluation`), read once per pipeline by
:func:`load_lexicon`, folded the way text is folded, immutable.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from importlib import resources
from types import MappingProxyType

from ..errors import ClaimgraphError
from ..nlp.normalize import Folder
from .evaluation import EvaluativeLexicon, FunctionWords, Vocabulary, fold_all, function_words, load_evaluative

__all__ = ["Lexicon", "load_lexicon", "word_lists"]


class WordList(tuple):
    """One list of the lexicon: the words in the order written (a tuple: they are iterated,
    joined and matched as prefixes), asked ``word in`` it through a set (the rules ask that
    of every unit of every clause, of lists up to a hundred words long)."""

    def __new__(cls, words=()):
        self = super().__new__(cls, words)
        self._set = frozenset(self)
        return self

    def __contains__(self, word: object) -> bool:
        return word in self._set

    def isdisjoint(self, words) -> bool:
        """Whether none of ``words`` is in the list (a rule whose words a claim lacks need not read it)."""
        return self._set.isdisjoint(words)


@dataclass(frozen=True)
class Lexicon:
    """The function words (``data/polarity.toml``) and the evaluative lexicon; immutable,
    built by :func:`load_lexicon`."""

    negators: tuple[str, ...]
    inabilities: tuple[str, ...]
    transparent: tuple[str, ...]
    limiters: tuple[str, ...]
    scalars: tuple[str, ...]
    reversers: tuple[str, ...]
    restorers: tuple[str, ...]
    intensifiers: tuple[str, ...]
    moderators: tuple[str, ...]
    diminishers: tuple[str, ...]
    particles: tuple[str, ...]
    records: tuple[str, ...]
    excess: tuple[str, ...]
    hedges: tuple[str, ...]
    inaction_delays: tuple[str, ...]
    inaction_negators: tuple[str, ...]
    rhetorical: tuple[str, ...]
    conditionals: tuple[str, ...]
    ultimatums: tuple[str, ...]
    counterfactuals: tuple[str, ...]
    obligations: tuple[str, ...]
    remedies: tuple[str, ...]
    permissives: tuple[str, ...]
    prohibitions: tuple[str, ...]
    demands: tuple[str, ...]
    corrections: tuple[str, ...]
    concessives: tuple[str, ...]
    contrastives: tuple[str, ...]
    frames: tuple[str, ...]
    only_then: tuple[str, ...]
    proposals: tuple[str, ...]
    guessed: tuple[str, ...]
    purposes: tuple[str, ...]
    framed_until: tuple[str, ...]
    frame_closers: tuple[str, ...]
    foil_before: tuple[str, ...]
    passives: tuple[str, ...]
    third_parties: tuple[str, ...]
    third_party_suffixes: tuple[str, ...]
    pre_subject: tuple[str, ...]
    appositives: tuple[str, ...]
    adverbials: tuple[str, ...]
    claim_nouns: tuple[str, ...]
    rumours: tuple[str, ...]
    claim_demonstratives: tuple[str, ...]
    topic_markers: tuple[str, ...]
    coordinators: tuple[str, ...]
    parity_after_term: tuple[str, ...]
    advocacy_modals: tuple[str, ...]
    advocacy_verbs: tuple[str, ...]
    connectives: tuple[str, ...]
    data_cues: tuple[str, ...]
    speech_verbs: tuple[str, ...]
    attitude_verbs: tuple[str, ...]
    false_negators: tuple[str, ...]
    reply_cues: tuple[str, ...]
    report_cues: tuple[str, ...]
    denials: tuple[str, ...]
    statement_nouns: tuple[str, ...]
    unfulfilled: tuple[str, ...]
    overstated: tuple[str, ...]
    denying_answers: tuple[str, ...]
    denying_cues: tuple[str, ...]
    undenied: tuple[str, ...]
    corrections_after: tuple[str, ...]
    back_references: tuple[str, ...]
    opener_contrast: tuple[str, ...]
    opener_conclusion: tuple[str, ...]
    opener_therefore: tuple[str, ...]
    opener_reason: tuple[str, ...]
    opener_evidence: tuple[str, ...]
    opener_none: tuple[str, ...]
    confirmations: tuple[str, ...]
    opener_shift: tuple[str, ...]
    comment_openers: tuple[str, ...]
    confirming_cues: tuple[str, ...]
    confirming_reports: tuple[str, ...]
    disagreements: tuple[str, ...]
    rating_up: tuple[str, ...]
    rating_down: tuple[str, ...]
    rating_nouns: tuple[str, ...]
    evaluative: EvaluativeLexicon = field(repr=False)
    fw: FunctionWords = field(init=False, repr=False, compare=False)
    _vocabularies: Mapping[str, Vocabulary] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        for f in fields(self):
            if f.type == "tuple[str, ...]" and not isinstance(getattr(self, f.name), WordList):
                object.__setattr__(self, f.name, WordList(getattr(self, f.name)))
        lists = {f.name: getattr(self, f.name) for f in fields(self) if f.type == "tuple[str, ...]"}
        object.__setattr__(self, "fw", function_words(lists))
        object.__setattr__(self, "_vocabularies", MappingProxyType({k: Vocabulary(frozenset(v)) for k, v in lists.items()}))

    def vocabulary(self, name: str) -> Vocabulary:
        """One word list (``denials``) as a vocabulary matched on token boundaries."""
        return self._vocabularies[name]


def word_lists() -> tuple[str, ...]:
    """The names of the lists ``data/polarity.toml`` must hold."""
    return tuple(f.name for f in fields(Lexicon) if f.type == "tuple[str, ...]")


def load_lexicon(text: str | None = None, evaluative: str | None = None) -> Lexicon:
    """The lexicon from ``text`` (TOML, the function words) and ``evaluative`` (TOML, the
    classed evaluative words), each read from the package when not given."""
    if text is None:
        text = resources.files("claimgraph").joinpath("data/polarity.toml").read_text(encoding="utf-8")
    folder = Folder()
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise ClaimgraphError(f"polarity lexicon: {err}; write one list per line, e.g. negators = [\"不\"]") from err
    missing = [name for name in word_lists() if name not in data]
    if missing:
        raise ClaimgraphError(f"polarity lexicon: no list {', '.join(missing)}; add e.g. {missing[0]} = []")
    return Lexicon(**{name: tuple(dict.fromkeys(fold_all(folder, data[name]))) for name in word_lists()},
                   evaluative=load_evaluative(evaluative, folder))
