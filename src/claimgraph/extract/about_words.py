"""The word classes of ``data/about.toml`` (read once per pipeline with the claim
lexicon): predicates a subject-less clause opens with, nouns that stand for the product
named last, and pronouns for the other party."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources

from ..errors import ClaimgraphError
from ..nlp.normalize import Folder

# jieba dictionary tags of a word that opens a clause as its predicate (完成, 继续, 已经)
PREDICATE_TAGS = frozenset({"v", "vd", "vi", "d", "ad"})
# jieba dictionary tags of a noun that a concept glued to it only qualifies (AI技术, AI框架)
# or that names a narrower concept with it (实体AI)
NOUN_TAGS = frozenset({"n", "nz", "ng", "vn"})
# tags of set phrases (不予置评 l, 无可奉告 i): a predicate when a predicate word opens them
PHRASE_TAGS = frozenset({"i", "l"})


@dataclass(frozen=True)
class AboutWords:
    predicates: frozenset[str] = field(default_factory=frozenset)
    links: frozenset[str] = field(default_factory=frozenset)
    frames: frozenset[str] = field(default_factory=frozenset)
    self_words: tuple[str, ...] = ()  # longest first
    self_after: frozenset[str] = field(default_factory=frozenset)
    government: tuple[str, ...] = ()  # longest first
    cabinets: tuple[str, ...] = ()
    bodies: tuple[str, ...] = ()
    legislatures: tuple[str, ...] = ()  # 立法院: its committees are no government
    speech: frozenset[str] = field(default_factory=frozenset)
    forecasts: frozenset[str] = field(default_factory=frozenset)
    speech_determiners: tuple[str, ...] = ()  # longest first
    verdict_determiners: tuple[str, ...] = ()  # longest first: 这种 of 这种说法言过其实
    judged: tuple[str, ...] = ()  # 说法 of 这种说法言过其实
    distancing: tuple[str, ...] = ()  # longest first: 宣称, the cue whose words such a clause judges
    acts: tuple[str, ...] = ()
    rounds: frozenset[str] = field(default_factory=frozenset)
    funding: tuple[str, ...] = ()
    products: tuple[str, ...] = ()  # longest first
    others: tuple[str, ...] = ()  # longest first
    concept_heads: frozenset[str] = field(default_factory=frozenset)  # 技术, 行业: a concept's own field
    # how the name of an organisation that is no company ends (协会, 大学: speakers.toml's
    # not_companies): 公司 in the words of its officer is another, a company
    not_companies: tuple[str, ...] = ()
    # titles of those who speak of other companies (分析师, 研究主管: roles.toml's analysts): their
    # firm, named before the title, is no company a later 公司 stands for
    observers: tuple[str, ...] = ()
    # the lists a sieve looks for anywhere in a claim, each as one alternation (see ``anywhere``)
    # (a plain dict, never changed after it is made: the words travel to worker processes pickled)
    _patterns: dict[str, re.Pattern[str] | None] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_patterns", {
            name: re.compile("|".join(map(re.escape, words))) if words else None
            for name, words in (("products", self.products), ("government", self.government), ("others", self.others))})

    def anywhere(self, name: str, view: str, start: int, end: int) -> bool:
        """Whether a word of the list ``name`` (products, government, others) is anywhere in
        ``view[start:end]``, token boundaries or not: where none is, no sieve need look further."""
        pattern = self._patterns[name]
        return pattern is not None and pattern.search(view, start, end) is not None


def load_about_words(folder: Folder | None = None) -> AboutWords:
    """``data/about.toml`` folded by ``folder`` (traditional read as simplified)."""
    folder = folder or Folder()
    try:
        data = tomllib.loads(resources.files("claimgraph.data").joinpath("about.toml").read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as err:
        raise ClaimgraphError(f"claimgraph/data/about.toml could not be read ({err}); reinstall claimgraph "
                              "or fix the file's TOML syntax") from err

    def words(section: str, key: str = "words") -> list[str]:
        if key not in data.get(section, {}):
            raise ClaimgraphError(f"claimgraph/data/about.toml has no list [{section}] {key}; add it (a list of words)")
        return sorted({folder.view(w.strip()) for w in data[section][key] if w.strip()}, key=lambda w: (-len(w), w))

    return AboutWords(predicates=frozenset(words("predicates")), links=frozenset(words("predicates", "links")),
                      frames=frozenset(words("predicates", "frames")),
                      self_words=tuple(words("self")), self_after=frozenset(words("self", "prepositions")),
                      government=tuple(words("government")), cabinets=tuple(words("government", "cabinets")),
                      bodies=tuple(words("government", "bodies")),
                      legislatures=tuple(words("government", "legislatures")),
                      products=tuple(words("products")),
                      speech=frozenset(words("speech")), forecasts=frozenset(words("speech", "forecasts")), speech_determiners=tuple(words("speech", "determiners")),
                      verdict_determiners=tuple(words("speech", "near")), judged=tuple(words("speech", "judged")),
                      distancing=tuple(words("speech", "distancing")),
                      acts=tuple(words("acts")), rounds=frozenset(words("rounds")),
                      funding=tuple(words("rounds", "funding")),
                      others=tuple(words("others")), concept_heads=frozenset(words("concepts", "heads")))
