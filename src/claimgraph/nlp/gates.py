"""Gates a name read from a phrase's structure must pass before it becomes an entity: the
structure (a word before a cue, a label before a colon) also frames ordinary words
(沒有否認, 老實說, 電話：, 媒體聯繫：, 據某某公布), and jieba's dictionary says which those are.

- a word the dictionary knows with a tag no name has (沒有 v, 現在 t, 電話 n) is no name;
- a phrase the segmenter cuts wholly into such words (媒體/聯繫, 當前/位置) is none either,
  unless it opens with a surname (周/明遠 is a name the segmenter split);
- a name does not open with a preposition or a connective (據某某, 另有).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from .lexicons import NAME_TAGS, SURNAMES
from .tokens import FAMILIAR, GLUED_ADVERBS

# first characters of a phrase that is no name: prepositions, connectives and the speech
# verbs that stand before what is said (據某某, 另有, 称|某某科技), the copula 系 (某某系|某某汽车董事长) and
# the adverbs of restriction (我们只做金融, 仅限会员)
NOT_FIRST = frozenset("据另的了在对把被将从向与和及或但而且也都还又就才即若由并再亦称说为系只仅兼跟")
# last characters of a word the segmenter's HMM made up that belong to the next word: a
# preposition, a particle, a speech verb or an adverb after an unknown name (郑家豪|在,
# 豪|称, 何太|则表示, 某某|用粤语说), the verb that holds a view (某某清|持|相对乐观的态度), or the
# determiner of the noun after it (约|谈该|公司); 亦 ends given names too often to be cut
NOT_LAST = frozenset("在于对向将已的了称说与和及被把从用以持该") | (GLUED_ADVERBS - {"亦"})


_MIXED = "i"  # jieba's tag of idioms, which on words of three characters also marks names and phrases


def plausible_name(name: str, pieces: Iterable[str], tags: Mapping[str, str]) -> bool:
    """Whether ``name`` (folded), cut by the segmenter into ``pieces``, may be a name."""
    if not name or name.isascii():
        return True
    if name[0] in NOT_FIRST:
        return False
    if len(name) == 2 and name[0] in FAMILIAR and name[1] in SURNAMES:
        return True  # 老周, 小吴: the familiar way to name someone, a time word or a noun to the dictionary
    tag = tags.get(name)
    if tag is not None and tag not in NAME_TAGS and not (tag == _MIXED and len(name) <= 3):
        return False  # a word the dictionary tags as no name (jieba's 'i' of three characters is a mixed
        # bag that holds names too: 因扎吉, 汪铭珊)
    parts = [p for p in pieces if p]
    if len(parts) >= 2 and name[0] not in SURNAMES and name[:2] not in SURNAMES \
            and all(tags.get(p) is not None and tags.get(p) not in NAME_TAGS for p in parts):
        return False
    return True
