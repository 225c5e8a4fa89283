"""Speakers no catalog knows: a name read from the structure of a speaker phrase becomes a
discovered entity with its type, and a mention of it.

Where the words right before a cue (after adverbs and prepositional phrases such as 向记者
or 在报告中) hold a name no mention covers, the phrase's structure says what it is:

- a role or title and then a name: 晨星分析师普莱斯(Anna Price)指出 -> 普莱斯, a person;
- a name glossed in brackets: 普莱斯(Anna Price) -> a person, its English label the gloss;
- a Latin-script name: Bernstein在报告中指出 -> an organisation; two or more capitalised
  words after a person's role (分析师Dan Ives) -> a person.

Each entity's key is the matcher's ``folder.key(name)`` (or the catalog's key where the
catalog knows the name), so that two paths finding one name make one node.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, insort
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

from ..models import Entity, EntityType, Mention, Span
from ..nlp.lexicons import HONORIFICS, LATIN_STOPWORDS, SURNAMES
from ..nlp.tokens import (
    ALL_CJK, ASPECT, ELDERS, FAMILIAR, FIELD_JOINS, GLUED_ADVERBS, GLUED_FIRSTS, LATIN, PREDICATE_MODALS, PRONOUN_CHARS,
    PRONOUN_FIRSTS, adverb_then_preposition, modal_and_adverb, opens_with_modal, surname_initial,
)
from . import labels
from .cues import cue_points, cue_starts, evoked
from .lexicons import ClaimLexicon
from .quotes import CLOSERS, quotations
from .speakers import (AGENT_SUFFIXES, COUNT_WORD, COUNTED_THING, DIRECTIONS, MANNER_ENDS, TIME_ENDS, TITLE_SUFFIXES,
                       WHILE, ends_in_source_head, is_role, is_time, is_time_word, kind_noun, manner_start, timed_by_doing)
from .tokens import Tokens

RULE = "discover.speaker_phrase.v1"
_COMMON_WORD_TAGS = frozenset({"n", "vn", "v", "a", "ad", "an", "d"})  # the tags of words of no name
_CAUSATIVES = frozenset("让讓叫使请請派逼劝勸")  # verbs that make someone do something (老板让学生说): no surname
_CJK_NAME = re.compile(r"[\u4e00-\u9fff·]{2,5}")
_LATIN_NAME = re.compile(rf"[A-Z][{LATIN}0-9&.\-]*(?: [A-Z][{LATIN}0-9&.\-]*){{0,3}}")
_GLOSS = re.compile(rf"\((?P<gloss>[A-Z][{LATIN}.\-]*(?: [A-Z][{LATIN}.\-]*)+)\)")
_NOT_NAMES = frozenset({"表示", "指出", "认为", "称", "说", "他", "她", "我们", "他们", "公司", "集团", "方面", "团队",
                        "人士", "官员", "本人", "先生", "女士", "小姐"})
_DETERMINERS = frozenset("这那该此各每某其本我你他她它")
_CLOSING_PUNCT = frozenset(",;。!?…")  # what ends a clause inside a quotation that closes it
_LONGEST_GLOSSED = 5  # characters of a glossed name read back over the pieces jieba cut it into
_BOUNDED = ""  # the gloss slot of a name bounded by a role and a cue: strong evidence, no gloss
# words that end a name read after a role (分析师王凯在……, 教授陈思远的……)
_INTERROGATIVES = ("什么", "怎么", "怎样", "哪", "谁", "为何", "如何", "多少")  # the view's words of a question
_NAME_STOPS = frozenset({"的", "是", "在", "将", "已", "称", "与", "和", "等", "也", "还", "则", "曾", "对", "向", "就", "说"})
# single characters that end no name read before a cue (在, 于, 向: a preposition follows the name)
# and 所 (正如某某|所说), and a verb's aspect particle (投资人|表达了|担忧: the cue after it is a noun)
_NAME_ENDS_NOT = frozenset("在于於向对對跟给給从從被把将將就又更都即便已曾再亦均所") | ASPECT
_PLAIN_HEADS = frozenset({"公司", "集团", "企业", "机构"})  # heads a word of a kind stands before (美国公司)
# the honorifics and the titles a person's name is followed by rather than led by (某某先生, 某某博士)
_AFTER_NAME = HONORIFICS | {"博士", "教授", "副教授", "院士", "律师", "医生", "老师"}
_AFTER_NAME_WORDS = tuple(sorted(_AFTER_NAME))  # for str.startswith
# titles of a profession that follow a name as often as they precede one (某某医院内分泌科某某主任医师);
# after a body they are its office (保安局局长), so only the words right before them are read as a name
_PROFESSIONS_AFTER_NAME = frozenset({"主任", "主任医师", "副主任医师", "医师", "研究员", "副研究员", "院长", "董事长",
                                     "总经理"})
# (10日), (周三), 今(10)日: the date a time word is given in brackets
_DATED_BRACKET = re.compile(r"\(([^()]{1,6})\)[日号]?")
# the words that close a frame of time around a clause's event (在回答提问时, 当被问及……之际)
_FRAME_ENDS = ("时", "时候", "之时", "之际", "期间")
# characters that end the short name of a team or a body (龙队, 工务局), no given name
_BODY_ENDS = frozenset("队隊部局会會社厅廳院所处處委办辦组組团團")
_CLAUSE_ENDS = frozenset({*_FRAME_ENDS, *TIME_ENDS, "以后"})  # what closes a clause of time before a cue
_ORG_WORDS = frozenset({"Capital", "Securities", "Research", "Group", "Partners", "Bank", "Stanley", "Sachs", "Markets",
                        "Advisors", "Management", "Investments", "Holdings", "Analytics", "Insights", "Intelligence",
                        "Labs", "Global", "Asset", "Fund", "Funds", "Associates", "Ventures", "Inc", "Ltd", "LLC",
                        "Co", "Corp", "Company", "Trust", "Street", "Morgan", "Lynch", "Suisse", "Economics"})


@dataclass(frozen=True)
class Discovered:
    """New entities and their mentions; ``entities`` also holds discovered entities of
    another rule whose type the speaker phrase corrects (Bernstein在报告中指出: an
    organisation, not a product)."""

    entities: tuple[Entity, ...]
    mentions: tuple[Mention, ...]
    replaced: tuple[Mention, ...] = ()  # another rule's shorter names inside a name read here (梅罗|特拉)


def discover_speakers(view: str, text: str, tokens: Tokens, mentions: list[Mention], lex: ClaimLexicon,
                      lookup: Callable[[str], str | None], key: Callable[[str], str],
                      discovered: Mapping[str, Entity], words: Mapping[str, str]) -> Discovered:
    """Entities and mentions for the names that speak before a cue and no mention covers;
    ``words``: the segmenter's dictionary (a name read by characters cuts none of its words)."""
    covered = _Covered(mentions)
    by_start = {m.span.start: m for m in mentions}
    named = {m.entity for m in mentions}  # a name another rule found keeps that rule's entity
    entities: dict[str, Entity] = {}
    found: list[Mention] = []
    replaced: list[Mention] = []
    quotes = quotations(view, 0, len(view))
    interview = _is_transcript(view, lex)
    # the names other rules found, longest first: a name read here that begins one of them is that one
    names = sorted({view[m.span.start:m.span.end] for m in mentions if m.span.end - m.span.start >= 2},
                   key=lambda n: (-len(n), n))
    for start, end, etype, gloss in _names(view, tokens, lex, quotes, interview, words):
        if end - start > 2 and view[end - 1] == "的":
            end -= 1  # 奥维云网的|数据显示: the particle that makes the name a modifier is no part of it
        if end - start > 2 and view[end - 1] in GLUED_ADVERBS:
            end -= 1  # 港|铁则|表示: an adverb the segmenter glued to the name's end is no part of it
        if etype is EntityType.PERSON and (titled := _name_then_title(view, start, end, lex, words)) is not None:
            end = titled  # 尉迟峰|董事长|表示: the name, its title after it
        if etype is EntityType.PERSON and view[end - 1] in PRONOUN_CHARS:
            continue  # 学者曾对我直言: an adverb, a preposition and a pronoun, no name
        if view[end - 1] == "的" or any(w in view[start:end] for w in _INTERROGATIVES):
            continue  # 一位姓孟的女士: a surname and the particle; 有什么建议: a question's word, no name
        if _closes_frame(view[start:end], lex):
            continue
        longer = next((n for n in names if len(n) > end - start and view.startswith(n, start)), None)
        if longer is not None:
            end = start + len(longer)  # 邝家|声称 after 主席邝家声: the name the article gave, cut by the segmenter
        m = by_start.get(start)
        if m is not None and m.span.end == end and m.entity in discovered:
            known_entity = discovered[m.entity]
            if known_entity.type is EntityType.PRODUCT and etype is not EntityType.PRODUCT:
                entities[m.entity] = known_entity.model_copy(update={"type": etype})
            continue
        if covered.overlaps(start, end):
            overlapping = [m for m in mentions if m.span.start < end and start < m.span.end]
            if _office_of(view, overlapping, start, end, etype, lex):
                pass  # 民进党团总召: the office holder of a body another rule named, a person
            elif not (gloss is not None and overlapping and all(m.rule != "catalog.v1" for m in overlapping)
                    and not any(m in replaced for m in overlapping)
                    and (gloss == _BOUNDED or not _covered_outside(mentions, start, end))):
                continue  # a name glossed in brackets or bounded by a role and a cue outweighs another rule's
            replaced.extend(overlapping)  # 执行长梅罗特拉(Sanjay Mehrotra), 总监林子健: the whole name
        name = view[start:end]
        if name in lex.offices and any(len(name) <= m.span.start <= start + len(name)
                                       and view.startswith(name, m.span.start - len(name)) for m in mentions):
            continue  # 法官某某, and 法官又表示 after it: the title of the one it names, no office of its own
        known = lookup(name)
        k = known or key(name)
        if known is None and k not in entities and k not in named:
            latin = name.isascii()
            # the label in the folded view's script, as the other sieves' (羅文彬 found here is 罗文彬 there)
            entities[k] = Entity(key=k, type=etype, label_zh=None if latin else name,
                                 label_en=gloss or (name if latin else None), confirmed=False)
        found.append(Mention(entity=k, text=text[start:end], span=Span(start=start, end=end), rule=RULE))
        covered.add(start, end)
        if gloss and view.startswith("(" + gloss + ")", end):  # 穆勒(Hildegard Müller): the gloss names them too
            g = Span(start=end + 1, end=end + 1 + len(gloss))
            glossed = [m for m in mentions if m.span == g and m.entity != k and m.entity in discovered]  # not the catalog's
            replaced.extend(glossed)
            if glossed:
                found.append(Mention(entity=k, text=text[g.start:g.end], span=g, rule=RULE))
    found.extend(_names_cut_short(view, text, mentions, found, entities, discovered, replaced))
    return Discovered(tuple(entities[k] for k in sorted(entities)), tuple(found), tuple(replaced))


def _name_then_title(view: str, start: int, end: int, lex: ClaimLexicon, tags: Mapping[str, str]) -> int | None:
    """Where a person's name ends that a title follows in the words read as one name (王建国主任,
    尉迟峰董事长): a surname, a given name of one or two characters, a word the dictionary knows
    as no other thing than a name; None when the words are no name and a title."""
    name = view[start:end]
    title = lex.roles.suffix(name)
    if title is None or len(title) < 2:
        return None
    rest = name[:-len(title)]
    compound = rest[:2] in SURNAMES
    if not 2 + compound <= len(rest) <= 3 + compound or not surname_initial(rest) or not ALL_CJK.fullmatch(rest) \
            or (tags.get(rest) or "nr")[:2] != "nr" or is_role(lex, rest) or rest[-1] in _BODY_ENDS \
            or rest[-1] in lex.bound_heads or rest.endswith(lex.org_heads):
        # 公司|董事长: a word of a kind (公司 n) and a title; 高管|董事长: two roles; 龙队|总教练: a team's
        return None
    return start + len(rest)


def _names_cut_short(view: str, text: str, mentions: list[Mention], found: list[Mention],
                     entities: dict[str, Entity], discovered: Mapping[str, Entity],
                     replaced: list[Mention]) -> Iterator[Mention]:
    """A person another rule named short where the text goes on into a name read here (前锋卡瓦|尼以
    自由身加盟 before 卡瓦尼表示): that name, a person's, the short one replaced (put in ``replaced``)."""
    names = {view[m.span.start:m.span.end]: m.entity for m in found if m.entity in entities}
    longest_first = sorted(names, key=len, reverse=True)
    for m in mentions if names else ():
        if m in replaced or m.entity not in discovered or discovered[m.entity].type is not EntityType.PERSON:
            continue
        short = view[m.span.start:m.span.end]
        longer = next((n for n in longest_first
                       if len(n) > len(short) and n.startswith(short) and view.startswith(n, m.span.start)), None)
        if longer is not None:
            replaced.append(m)
            key = names[longer]
            if entities[key].type is not EntityType.PERSON:  # 卡瓦尼表示 read bare as a body's: the person's
                entities[key] = entities[key].model_copy(update={"type": EntityType.PERSON})
            end = m.span.start + len(longer)
            yield Mention(entity=key, text=text[m.span.start:end], span=Span(start=m.span.start, end=end), rule=RULE)


def _is_transcript(view: str, lex: ClaimLexicon) -> bool:
    """Whether the text reads as a transcript: a line opens with an asker's label (记者:,
    问:), or with a name set off in markup (**陈立:**, 【陈立】:), or two lines open with
    labels that may be names (陈立: …… 王凯: ……)."""
    names = set()
    for start, end in _lines(view):
        found = labels.read(view, start, end)
        if found is None or found.gloss is not None or ":" not in view[found.words.end:found.content]:
            continue
        label = view[found.words.start:found.words.end]
        if label in lex.askers:
            return True
        if _CJK_NAME.fullmatch(label) and len(label) <= 4 and label not in lex.phrase_words:
            if view[start:found.words.start].strip():
                return True  # set off in markup
            names.add(label)
    return len(names) >= 2


def _lines(view: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every line of ``view``."""
    start = 0
    for line in view.split("\n"):
        yield start, start + len(line)
        start += len(line) + 1


def _office_of(view: str, overlapping: list[Mention], start: int, end: int, etype: EntityType,
               lex: ClaimLexicon) -> bool:
    """Whether a person named by title alone holds an office in a body another rule named at
    its head: one mention opens the title, and what follows it is the title of an office held
    by one person (国民党立委) or a division and its title (国民党|团总召, 立法院|财委会召委);
    not a bare officer's title (苹果总裁, where the company speaks through its officer)."""
    if etype is not EntityType.PERSON or len(overlapping) != 1:
        return False
    body, rest = overlapping[0].span, view[overlapping[0].span.end:end]
    modifier = lex.role_modifiers.prefix(rest)
    title = rest[len(modifier):] if modifier else rest  # 法务|总监, 公关|负责人: an officer's title after its function
    return body.start == start and body.end < end and is_role(lex, rest) \
        and (title not in lex.roles or title in lex.offices)


def _covered_outside(mentions: list[Mention], start: int, end: int) -> bool:
    """Whether a mention crosses the edge of ``[start, end)`` (then the name stays as it is)."""
    return any(m.span.start < start < m.span.end or m.span.start < end < m.span.end for m in mentions
               if m.span.start < end and start < m.span.end)


class _Covered:
    """The spans mentions cover, for overlap tests in logarithmic time."""

    def __init__(self, mentions: list[Mention]):
        self._spans = sorted((m.span.start, m.span.end) for m in mentions)
        self._reach = list(itertools.accumulate((e for _, e in self._spans), max))  # furthest end so far

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_left(self._spans, (end,)) - 1  # spans that start before end
        return i >= 0 and self._reach[i] > start

    def add(self, start: int, end: int) -> None:
        insort(self._spans, (start, end))
        self._reach = list(itertools.accumulate((e for _, e in self._spans), max))


def _names(view: str, tokens: Tokens, lex: ClaimLexicon, quotes,
           interview: bool, words: Mapping[str, str]) -> Iterator[tuple[int, int, EntityType, str | None]]:
    """(start, end, type, gloss) of each name a cue's phrase holds; in an interview (a
    transcript with an asker's label) a bare name that labels a turn (陈立:) too."""
    yield from _label_heads(view, lex)
    yield from _data_sources(view, tokens, lex)
    yield from _cited_sources(view, tokens, lex)
    spans = list(tokens)
    # read once per word, not once per sieve; a word that ends in no role's last character is none
    lasts = lex.roles.lasts
    roles = [view[b - 1] in lasts and _role_ends_at(view, spans, i, lex) for i, (a, b) in enumerate(spans)]
    cued = set()  # the words a cue word starts in
    for p in cue_points(lex, view):
        if evoked(view, p):
            continue  # 方向值得|肯定: what a thing deserves, no one's cue
        i = tokens.index(p + 1) - 1  # the last word that starts at or before p
        if i >= 0 and p < spans[i][1]:
            cued.add(i)
    quoted: set[int] = set()
    for q in quotes:
        quoted.update(range(q.start + 1, q.end))
    # a sieve starts only at a role, right after one, in a word a cue word starts in, or at a
    # label's colon: those words alone are visited
    at_role = list(itertools.compress(range(len(spans)), roles))
    colons = [i for m in _COLON.finditer(view) if (i := tokens.index(m.start())) < len(spans) and spans[i] == m.span()]
    for i in sorted({*at_role, *(i + 1 for i in at_role if i + 1 < len(spans)), *cued, *colons}):
        a, b = spans[i]
        if a in quoted:
            continue
        bounded = _name_before_cue(view, spans, i, lex, tokens, words) if roles[i] else None
        if bounded is not None:
            yield bounded
            continue
        titled = (_titled_name(view, spans, i, lex, tokens) if roles[i] else None) \
            or (_glued_name(view, spans, i, lex) if i and roles[i - 1] else None)
        if titled is not None:
            yield titled
            continue
        # a cue at the token's start, or after a word the segmenter ran into it (时|指, 她续|说)
        cue = next((c for p in cue_starts(lex, view, a, b)[:2]
                    if (c := lex.cues.match(view, p, tokens.boundaries, len(view))) is not None), None) \
            if i in cued else None
        if cue is not None and lex.in_aside(view, a, tokens.boundaries):
            continue  # 老实|说: a sentence adverb, not a speaker and a cue
        if cue is None and not _label_colon(view, spans, i):
            continue
        # 感慨|地说: a manner particle the segmenter glued to the cue leaves its verb before it
        j = i - 1 if i > 1 and view[a] in MANNER_ENDS and b - a > 1 else i
        if view[a] in _WHEN_GLUED and b - a > 1:  # 接受|采访|时说, 离开|时说: the time's 时 glued to the cue
            j = _before_doing(view, spans, j, words)
        j = before_cue = _past_skippable(view, spans, j, lex, words)  # adverbs and time words before the cue
        j = _before_prepositional(view, spans, j, i, lex)
        j = _past_skippable(view, spans, j, lex, words)  # 特朗普周一在社交媒体上发文称: time words before the prepositional phrase
        j = _before_while(view, spans, j)  # 店主某某|一边|翻看|账本|一边|说: the act beside the words
        glued = j == i and b - a > 1 and view[a] in _CLAUSE_ENDS and lex.cues.match(view, a + 1, {b}, b) is not None
        j = _before_time_clause(view, spans, j, lex, glued)  # 裁判官某某判刑时指出: the titled name before the clause
        unhonoured = j
        j, honoured = _past_honorifics(view, spans, j, _AFTER_NAME)  # 某某|先生|本人, 某某|博士: after the name
        # (某某|主任医师: a title of a profession after a name, read only for the name right before it)
        titled, _ = _past_honorifics(view, spans, j, _PROFESSIONS_AFTER_NAME)
        name = _name_before(view, spans, j, lex, words)
        if name is None and cue is not None and titled < unhonoured:
            name = _name_before_title(view, spans, titled, lex, words)
        if name is None and cue is not None:
            # (在县城开民宿的|某某|对我|直言: the name after a modifier, before the words it is told to or not)
            name = _bare_subject(view, spans, j, cue[0], lex, words) or _title_only(view, spans, j, lex, words) \
                or next((found for at in dict.fromkeys((j, before_cue))
                         if (found := _person_after_modifier(view, spans, at, lex)) is not None), None) \
                or _body_after_modifier(view, spans, before_cue, lex)
        elif name is None:
            name = _turn_label(view, spans, i, lex, interview)
        if name is not None and honoured and name[1] == spans[j - 1][1]:
            name = (name[0], name[1], EntityType.PERSON, name[3])  # 久保健一|本人, 某某|女士: only a person
        if name is not None and name[1] - name[0] > 3 and view[name[1] - 1] in _TIME_FIRSTS \
                and view[name[1]:name[1] + 1] in _TIME_LASTS:
            name = (name[0], name[1] - 1, name[2], name[3])  # 青松|生技上|月宣布: a time word's first character
        if name is not None:
            yield name


_COLON = re.compile(":")
# a time word the segmenter cut after its first character, glued to the name before it (生技上|月)
_TIME_FIRSTS, _TIME_LASTS = frozenset("上下本"), frozenset("月周週旬")


# a clause that opens with a name, an optional Latin gloss, then the data it published:
# 中国光伏行业协会数据显示, / 赛恩研究(Sain Research)数据显示, / 某某协会发布的报告显示,
_DATA_SOURCE = re.compile(r"(?:^|(?<=[,:;。!?\n]))[ \t\u3000]*(?P<name>[\u4e00-\u9fff]{2,14}?)"
                          r"(?:\((?P<gloss>[A-Za-z][A-Za-z0-9 .&\-]{1,40})\))?(?:最新)?(?:发布|公布)?的?(?:最新)?"
                          r"(?:监测|统计|调查|抽样|抽检|测算)?(?=数据|报告|研报|统计|调查|资料)")


def _data_sources(view: str, tokens: Tokens, lex: ClaimLexicon) -> Iterator[tuple[int, int, EntityType, str | None]]:
    """The organisation whose data or report a clause opens with (中国光伏行业协会数据显示,):
    a name that ends in an organisation's head word or carries a Latin gloss, right before
    a data cue (数据显示, 报告指出 …) on token boundaries."""
    for m in _DATA_SOURCE.finditer(view):
        end = m.end()
        cue = lex.cues.match(view, end, tokens.boundaries, len(view))
        if cue is None or cue[1].cls != "data" or view[cue[0]:cue[0] + 1] not in (",", ":"):
            continue
        name = m.group("name")
        start = m.start("name")
        if m.start("name") not in tokens.boundaries or m.end("name") not in tokens.boundaries or is_time(name) \
                or name in lex.phrase_words or lex.quantifiers.prefix(name) or name[0] in _DETERMINERS:
            continue
        # a body the segmenter holds as one word ending in a bound head (国家邮政局, 交通部) is one too
        bound = len(name) >= 3 and name[-1] in lex.bound_heads and tokens.at(start) == (start, m.end("name"))
        if m.group("gloss") is None and not name.endswith(lex.org_heads) and not bound:
            continue
        yield start, m.end("name"), EntityType.ORGANIZATION, m.group("gloss")


# a clause that opens with 据, a name, and the data it gives before a comma (据天眼查信息,, 据企查查数据,)
_CITED_SOURCE = re.compile(r"(?:^|(?<=[,:;。!?\n]))[ \t\u3000]*[据據](?P<name>[\u4e00-\u9fffA-Za-z]{2,8}?)的?(?:最新)?"
                           r"(?:数据|信息|资料|统计)(?=[,:])")


def _cited_sources(view: str, tokens: Tokens, lex: ClaimLexicon) -> Iterator[tuple[int, int, EntityType, str | None]]:
    """The organisation whose data a clause cites after 据 (据天眼查信息,……): a name that starts a
    word (the segmenter may glue its end to the data: 天眼|查资料) and is no common word, way of
    reckoning, unnamed source, determiner or time."""
    for m in _CITED_SOURCE.finditer(view):
        start, end = m.span("name")
        name = m.group("name")
        if start not in tokens.boundaries or is_time(name) or name in lex.phrase_words \
                or lex.source_qualifiers.in_text(name, 0) or name in lex.unnamed_sources or name in lex.documents \
                or lex.quantifiers.prefix(name) or name[0] in _DETERMINERS \
                or any(view[a:b] in lex.publishing for a, b in tokens.between(start, end)):
            continue  # 据应急管理部门|公开|的数据: who put the data out, and the verb, no name
        yield start, end, EntityType.ORGANIZATION, None


def _label_heads(view: str, lex: ClaimLexicon) -> Iterator[tuple[int, int, EntityType, str | None]]:
    """The name that heads a paragraph's label set off by structure: glossed
    (陈海波(远星汽车副总裁):, 王磊|中金公司分析师:) or in markup (【林佳】, **张晓雨**:): a
    person when it reads as a Chinese name (a surname, two to four characters)."""
    for start, end in _lines(view):
        label = labels.read(view, start, end)
        if label is None:
            continue
        marked = label.gloss is not None or view[start:label.words.start].strip() != ""
        head = view[label.head.start:label.head.end]
        if not marked or not _CJK_NAME.fullmatch(head) or not 2 <= len(head) <= 4 or not surname_initial(head) \
                or head in lex.phrase_words or head in lex.askers or head in lex.answers or is_role(lex, head):
            continue
        yield label.head.start, label.head.end, EntityType.PERSON, None


def _role_ends_at(view: str, spans, i: int, lex: ClaimLexicon) -> bool:
    """Whether word ``i`` is a role, or ends one the segmenter cut in two (比赛|监督)."""
    a, b = spans[i]
    return is_role(lex, view[a:b]) or i > 0 and view[spans[i - 1][0]:b] in lex.roles


def _name_before_cue(view: str, spans, i: int, lex: ClaimLexicon, tokens: Tokens, words: Mapping[str, str]):
    """A role, then a name of two to four characters, then a cue (after adverbs), read by
    characters (the segmenter may cut such a name anywhere: 林子|健表示, 陈家|明称, 王凯道):
    the role and the cue bound the name."""
    a, b = spans[i]
    if not _role_ends_at(view, spans, i, lex) or opens_with_modal(view[b:b + 2]) or view.startswith("们", b):
        return None  # 投资人|会先|问: a modal after a noun of a role begins its predicate; 球员|们: a group; no name
    if view[a:b + 1] in lex.roles:
        b += 1  # 理事|长江|美华: the role's last character glued to the name after it
    if adverb_then_preposition(view, b):
        return None  # 居民代表|曾对媒体说: the adverb 'once' and a preposition, no surname and a name
    first = tokens.at(b)
    if first is not None and (first[1] - first[0] >= 2 and (words.get(view[first[0]:first[1]]) or "")[:1] == "v"
                              or is_role(lex, view[first[0]:first[1]])) or view[b:b + 1] in _CAUSATIVES:
        # (原告|律师|卢静: another title follows, the name is the later one's)
        return None  # 记者|采访|中|了解到: a verb the dictionary knows begins no name; 老板|让学生|说: the one made to say it
    for n in (2, 3, 4):
        p = b + n
        if p >= len(view) or not _CJK_NAME.fullmatch(view[b:p]):
            return None
        if view[p - 1] in _NAME_STOPS and view[p - 1] not in FIELD_JOINS or view[p - 1] in _NAME_ENDS_NOT:
            continue  # 王立新在|会上说: a name does not end in a preposition (黄家和 may end in 和: a cue must follow)
        q = p
        while True:  # 王凯还表示, 王凯周三(10日)表示: adverbs, time words and a dated bracket may stand between the name and the cue
            if (adverb := lex.adverbs.match(view, q, tokens.boundaries, len(view))) is not None:
                q = adverb[0]
            elif (dated := _DATED_BRACKET.match(view, q)) is not None and is_time(dated.group(1)):
                q = dated.end()
            elif (word := tokens.at(q)) is not None and is_time_word(view[q:word[1]]):
                q = word[1]  # 王凯赛后表示, 王凯会后说: a time word, no part of the name
            else:
                break
        if lex.cues.match(view, q, tokens.boundaries, len(view)) is not None:
            name = view[b:p]
            whole = tokens.covering(p - 1)
            if q == p and whole is not None and whole[1] > p and view[whole[0]:whole[1]] in words \
                    and not surname_initial(name):
                return None  # 记者|随后|询问: no name, the cue inside a word the dictionary holds (柯嘉|言说 is one)
            if len(name) == 3 and modal_and_adverb(name[0], words.get(name[1:])):
                return None  # 议员|应|具体|指出: a modal and an adverb, no surname and a given name
            if name in lex.phrase_words or name in _NOT_NAMES or is_role(lex, name) or name.endswith(MANNER_ENDS) \
                    or not ASPECT.isdisjoint(name[1:-1]) \
                    or "的" in name or ends_in_source_head(lex, name) and name[1:2] != "姓" \
                    or lex.cues.match(view, b, {p}, p) is not None or is_time(name[:2]) or is_time(name[-2:]) \
                    or p in tokens.boundaries and all(w in lex.adverbs for w in tokens.words(b, p)):
                # 分析师|此前平|均预期: a time word begins or ends no name; 高管|曾|公开|表示: adverbs only;
                # 裁判|界|人士: a field and a source's head, no name (王姓男子 is one: a surname told)
                return None
            return b, p, EntityType.PERSON, _BOUNDED
    return None


def _closes_frame(name: str, lex: ClaimLexicon) -> bool:
    """Whether a name read before a cue ends a frame of time, alone or before a pronoun
    (在回答分析师|提问时|透露, 在接受采访|时他|说): the frame's verb and its object are no name.
    Read by characters: the segmenter may glue the frame's 在 to the word before it (健在)."""
    cut = max(name.rfind(w) + len(w) if w in name else -1 for w in _FRAME_ENDS)
    return cut > 1 and (cut == len(name) or bool(lex.person_pronouns.get(name[cut:]) or lex.plural_pronouns.get(name[cut:])))


def _turn_label(view: str, spans, i: int, lex: ClaimLexicon, interview: bool):
    """陈立: at the head of a line in an interview: the respondent's name."""
    if not interview:
        return None
    line_start = view.rfind("\n", 0, spans[i][0]) + 1
    label = view[line_start:spans[i][0]].strip("*_#【】[] \t\u3000")
    at = line_start + view[line_start:spans[i][0]].index(label) if label else -1
    if not (_CJK_NAME.fullmatch(label) and 2 <= len(label) <= 4) or label in lex.phrase_words or label in lex.askers \
            or label in lex.answers or is_role(lex, label) or lex.quantifiers.prefix(label):  # 有记者问: someone unnamed
        return None
    said = lex.cues.suffix(label)
    if said is not None and len(label) - len(said) >= 2:
        return None  # 韩立明说:“……”: a name and a verb of saying, which the cue's own reading takes
    return at, at + len(label), EntityType.PERSON, None


# a word before a title that ends in these makes it a company's officer's (保险公司|经理, 快递|公司|经理), no
# person's title: the officer speaks for the company, named or of that kind
_COMPANY_KINDS = ("公司", "集团")
_JOINING = frozenset({"和", "与", "及", "、", "或"})  # 市长和副市长: two titles, two people, no name


def _title_only(view: str, spans, j: int, lex: ClaimLexicon, tags: Mapping[str, str]):
    """A clause that opens with a person named by title alone and then speaks
    (民众党团总召质疑,……): the title is the person, a discovered entity of its own."""
    k = j
    while k > 0 and j - k < 4 and not _clause_start(view, spans, k):
        k -= 1
    if not _clause_start(view, spans, k) or k == j:
        return None
    start, end = spans[k][0], spans[j - 1][1]
    title = view[start:end]
    last = view[spans[j - 1][0]:end]
    if not _CJK_NAME.fullmatch(title) and not re.fullmatch(r"[\u4e00-\u9fff]{3,10}", title) or not 3 <= len(title) <= 10 \
            or not is_role(lex, last) or last in lex.briefing or last in lex.body_voices \
            or len(lex.unnamed_heads.suffix(title) or "") >= 2 \
            or lex.unnamed_sources.prefix(title) or title in lex.roles or title[0] in _DETERMINERS \
            or view[spans[k][0]:spans[k][1]] in lex.according \
            or lex.quantifiers.prefix(title) or lex.org_anaphors.prefix(title) or _counted(title, lex) \
            or any(view[a:b].endswith(_COMPANY_KINDS) or view[a:b] in _JOINING for a, b in spans[k:j - 1]) \
            or any(lex.cues.match(view, a, {b}, b) is not None or view[a:b] in lex.adverbs or view[a:b] in lex.connectives
                   for a, b in spans[k:j - 1]) or (tags.get(view[slice(*spans[k])]) or "")[:1] == "v":
        # 某某回应|记者|称: the one told after a verb of saying is no title; 据|承办|检察官|介绍: a source;
        # 并|容许|陪审员……提问: an adverb, or a verb that opens the words, whose object the title is
        # (委员会|召集|委员 is a title)
        return None
    return start, end, EntityType.PERSON, None


def _opens_or_closes(view: str, cue_end: int) -> bool:
    """Whether the cue ending at ``cue_end`` opens its content with a comma or colon (花旗料,)
    or closes its sentence (“……”王凯对记者说。), a sentence that asks no question (中方有何回应?:
    the cue is what is asked about, no one speaks)."""
    rest = view[cue_end:cue_end + 1]
    return rest in (",", ":") or not rest or rest in _CLOSING_PUNCT and rest != "?" or rest in CLOSERS or rest == "\n"


def _bare_subject(view: str, spans, j: int, cue_end: int, lex: ClaimLexicon, tags: Mapping[str, str]):
    """A clause that opens with a name no one knows and then speaks (花旗料,……;
    大和发表研究报告指,……): an organisation, the usual bare speaker of a report; not two
    or more words the dictionary holds as common nouns and verbs (罢工|时程|早已|依法|预告)."""
    stepped_from = j
    while j > 1 and lex.cues.match(view, spans[j - 1][0], {spans[j - 1][1]}, spans[j - 1][1]) is not None \
            and not _clause_start(view, spans, j - 1):
        j -= 1  # 穆勒|警告|称: a verb of saying before the cue is the cue's, not the name's
    j = _past_skippable(view, spans, j, lex, tags) if j < stepped_from else j  # 某某本人|当天|回应|称: time words too
    j, honoured = _past_honorifics(view, spans, j, HONORIFICS)  # 某某|本人|回应|称: a person's, named before it
    sided = j > 1 and view[spans[j - 1][0]:spans[j - 1][1]] == "方面"
    if sided:
        j -= 1  # 某某|方面|表示: the side of the name before it, which bounds the name as a voice does
    # 某某到家|客服|回应称, 某某|新闻|发言人|表示: the body its spokesperson or its service desk speaks for
    voice = next((n for n in (2, 1) if j > n and view[spans[j - n][0]:spans[j - 1][1]] in lex.body_voices), 0)
    voiced = voice > 0 or sided
    j -= voice
    k = j
    # a name the segmenter knows no word of may lie in pieces (速|达到|家): more of them before a voice
    while k > 0 and j - k < (4 if voiced else 3) and not _clause_start(view, spans, k):
        k -= 1
    if not _clause_start(view, spans, k) or k == j or not _opens_or_closes(view, cue_end):
        return None
    if j - k >= 2 and view[spans[k][0]:spans[k][1]] in lex.according:
        k += 1  # 据|宋|启航|介绍: the name after 据
    elif j - k > 2 and not voiced:
        return None
    if j < len(spans) and lex.unnamed_sources.prefix(view[spans[j][0]:spans[j][1]]) is not None:
        return None  # 据美国|媒体报道, 据日本|媒体|称: the name only says whose the unnamed source is
    start, end = spans[k][0], spans[j - 1][1]
    according = lex.according.prefix(view[start:end])
    if according is not None and end - start - len(according) >= 2:
        start += len(according)  # 据|晶澜能源, 据美光 glued by the segmenter: the name after 据
    name = view[start:end]
    words = [view[x:y] for x, y in spans[k:j]]
    if according is not None:
        words = [name]
    # a voice bounds a brand the segmenter cut into pieces: a lone character of it may be any word (优鲜|多)
    if not (_CJK_NAME.fullmatch(name) or _LATIN_NAME.fullmatch(name)) or not 2 <= len(name) <= 6 or any(
            w in lex.phrase_words and not (voiced and len(w) == 1) or is_time(w) or w in _NOT_NAMES
            or len(words) > 1 and not (voiced and len(w) == 1)
            and (w in lex.adverbs or w in lex.links or w in PREDICATE_MODALS or w in lex.connectives) for w in words) \
            or words[0] in lex.connectives or all(w in lex.source_qualifiers for w in words) \
            or name in lex.phrase_words or name in lex.services or name[0] in _DETERMINERS or name[0] in PRONOUN_FIRSTS \
            or name[0] in GLUED_FIRSTS and words[0] not in tags \
            or _counted(name, lex) \
            or len(words) > 1 and (words[-1] in lex.unnamed_heads or kind_noun(words[-1], tags)) \
            or ends_in_source_head(lex, name) \
            or _described_kind(name, lex) or _surname_titled(view, name, end, lex) \
            or len(words) > 1 and words[-1] == "们" \
            or any(w in lex.publishing or len(words) > 1 and w in lex.cues for w in words) \
            or not voiced and len(words) > 1 and all(tags.get(w) in _COMMON_WORD_TAGS for w in words):
        # 国内|企业, 美国公司: a kind; 队员|们: a group; 突然|张贴|通知: a verb of publishing and its object;
        # 预计|可: a cue and an adverb; no name
        return None
    # three characters after a surname read as a person's name (李文涛接受采访时说); a
    # bank's or a broker's short name is mostly two or four (花旗, 大和证券)
    person = honoured or not voiced and _CJK_NAME.fullmatch(name) is not None and (
        len(name) == 3 and surname_initial(name)
        or len(name) == 4 and name[:2] in SURNAMES and tags.get(name[2:]) not in ("n", "vn")) \
        or len(name) == 2 and (name[0] in FAMILIAR and name[1] in SURNAMES
                               or name[0] in SURNAMES and name[1] in ELDERS and name not in tags)
    # (小吴, 老周, 陈叔, 何姐; 欧阳立新: a surname of two characters, not before a common noun: 欧阳|阵营)
    return start, end, EntityType.PERSON if person else EntityType.ORGANIZATION, None


def _surname_titled(view: str, name: str, end: int, lex: ClaimLexicon) -> bool:
    """Whether ``name`` is a surname of two characters alone before a title or an honorific
    (欧阳|教授|也提醒, 司徒|先生|说): the person of that surname named before, no organisation."""
    return name in SURNAMES and (view.startswith(_AFTER_NAME_WORDS, end) or lex.roles.prefix(view[end:end + 8]) is not None)


def _described_kind(name: str, lex: ClaimLexicon) -> bool:
    """Whether ``name`` is words of a kind and a plain head (美国公司, 大型集团, 海外机构): no name."""
    described = lex.descriptors.prefix(name)
    return described is not None and name[len(described):] in _PLAIN_HEADS


def _person_after_modifier(view: str, spans, j: int, lex: ClaimLexicon):
    """A person's name right after the 的 of a modifier and right before the cue (来自某某集团的|
    宋|启航|表示, 在某某工作的|某某|说): two or three characters that begin with a surname, in
    one or two words, none a word of phrases (不少人的|看法, 公司的|人说 are no names)."""
    for k in (j - 1, j - 2):
        if k < 1 or view[spans[k - 1][0]:spans[k - 1][1]] != "的" or spans[k - 1][1] != spans[k][0]:
            continue
        name = view[spans[k][0]:spans[j - 1][1]]
        words = [view[a:b] for a, b in spans[k:j]]
        if 2 <= len(name) <= 3 and _CJK_NAME.fullmatch(name) and surname_initial(name) and name not in _NOT_NAMES \
                and not is_role(lex, name) and not opens_with_modal(name) \
                and not any(len(w) > 1 and w in lex.phrase_words or w in lex.adverbs for w in words):
            return spans[k][0], spans[j - 1][1], EntityType.PERSON, None
    return None


def _body_after_modifier(view: str, spans, j: int, lex: ClaimLexicon):
    """An organisation named by common words and its head, right before the cue and after the 的
    of a modifier or the clause's start (代表资方的|金属|与|电气|行业|雇主|协会|则认为): a body the
    text names whose words no dictionary calls a name."""
    if j < 2 or not view[spans[j - 1][0]:spans[j - 1][1]].endswith(lex.org_heads):
        return None
    for k in range(j - 2, max(-1, j - 8), -1):
        word = view[spans[k][0]:spans[k][1]]
        if not _CJK_NAME.fullmatch(word) and word not in FIELD_JOINS or word in lex.adverbs \
                or word in lex.prepositions and word not in FIELD_JOINS or word[0] in _DETERMINERS:
            return None
        opens = k == 0 or _clause_start(view, spans, k) or view[spans[k - 1][0]:spans[k - 1][1]] == "的"
        name = view[spans[k][0]:spans[j - 1][1]]
        if opens and word not in FIELD_JOINS and 4 <= len(name) <= 16 and any(w in FIELD_JOINS for w in (
                view[a:b] for a, b in spans[k:j])):
            return spans[k][0], spans[j - 1][1], EntityType.ORGANIZATION, None
    return None


def _titled_name(view: str, spans, i: int, lex: ClaimLexicon, tokens: Tokens):
    """A subject read as role + name (策略师陈思远昨天出席……, 分析师王凯指出): the name runs
    from the role to the first adverb, time word, preposition, cue or punctuation."""
    if not _role_ends_at(view, spans, i, lex) or i + 1 >= len(spans):
        return None
    if not (_clause_start(view, spans, i) or i and is_role(lex, view[spans[i - 1][0]:spans[i - 1][1]])
            or i and _clause_start(view, spans, i - 1)):
        return None  # a subject: 策略师……, 瑞银分析师……, 腾讯副总裁、总裁……
    end, k = spans[i + 1][0], i + 1
    while k < len(spans) and k - i <= 3 and _CJK_NAME.fullmatch(view[spans[k][0]:spans[k][1]]) \
            and not _stop(view, spans[k], lex, tokens) and spans[k][1] - spans[i + 1][0] <= 4:
        end, k = spans[k][1], k + 1
    if k >= len(spans) or not _stop(view, spans[k], lex, tokens) or not _CJK_NAME.fullmatch(view[spans[k][0]:spans[k][1]]):
        return None  # 议员质询,: a name needs a word after it, not a comma
    name = view[spans[i + 1][0]:end]
    if not 2 <= len(name) <= 4 or name in _NOT_NAMES or name in lex.phrase_words or opens_with_modal(name):
        return None
    return spans[i + 1][0], end, EntityType.PERSON, None


def _glued_name(view: str, spans, i: int, lex: ClaimLexicon):
    """A name the segmenter ran into the cue after it, after a role (分析师|王凯道|,)."""
    a, b = spans[i]
    if not i or not is_role(lex, view[spans[i - 1][0]:spans[i - 1][1]]):
        return None
    cut = next((p for p in range(a + 2, b) if view[p:b] in lex.cues), None)
    if cut is None or not 2 <= cut - a <= 3 or not _CJK_NAME.fullmatch(view[a:cut]) or not surname_initial(view[a:cut]):
        return None  # 发言人|答记者问: a word of its own, no name and a cue (no surname opens it)
    return a, cut, EntityType.PERSON, None


def _counted(name: str, lex: ClaimLexicon) -> bool:
    """有车企, 另有券商: a quantifier the segmenter glued to a group noun, not a name; nor a
    phrase that counts people anywhere in it (共有十多名议员)."""
    head = lex.quantifiers.prefix(name)
    return head is not None and len(name) - len(head) >= 2 or COUNT_WORD.search(name) is not None


def _clause_start(view: str, spans, j: int) -> bool:
    """Whether word ``j`` opens its clause or line: after a clause's punctuation, 之一的, or after a
    quotation that closes on one (“……。”王凯说, “……,”她对记者说) or that is a clause of its
    own, opened where a clause opens (“价格太高了”王凯说)."""
    if j == 0 or "\n" in view[spans[j - 1][1]:spans[j][0]]:
        return True
    before = view[spans[j - 1][0]:spans[j - 1][1]]
    if before == "的" and j > 1 and view.endswith("之一", 0, spans[j - 2][1]):
        return True  # 涉事平台之一的|某某外卖回应称: one of a kind, in apposition to the name it opens
    if before in CLOSERS and j > 1:
        return view[spans[j - 2][0]:spans[j - 2][1]] in _CLOSING_PUNCT or _whole_clause(view, spans[j - 1][0])
    return before in ",:;。!?、"


def _whole_clause(view: str, closer: int) -> bool:
    """Whether the quotation that closes at ``closer`` opens a clause or a line: a clause of
    its own (“价格太高了”王凯说), not a term in one (推出“某某”计划)."""
    opening = next((q for q in quotations(view, max(0, view.rfind("\n", 0, closer)), closer + 1)
                    if q.end == closer + 1), None)
    return opening is not None and (opening.start == 0 or view[opening.start - 1] in ",:;。!?\n")


def _stop(view: str, span, lex: ClaimLexicon, tokens: Tokens) -> bool:
    w = view[span[0]:span[1]]
    return (not _CJK_NAME.fullmatch(w) or w in lex.adverbs or w in lex.links or w in lex.prepositions
            or is_time(w) or w in _NAME_STOPS or lex.cues.match(view, span[0], tokens.boundaries, len(view)) is not None)


def _label_colon(view: str, spans, i: int) -> bool:
    """A transcript label's colon at the head of a line (工信部新闻发言人王明:)."""
    a, b = spans[i]
    if view[a:b] != ":":
        return False
    line_start = view.rfind("\n", 0, a) + 1
    return a - line_start <= 30 and not any(c in view[line_start:a] for c in ",。!?;\"“「")


def _role(view: str, span, lex: ClaimLexicon) -> bool:
    """A role, or a word the segmenter holds whole that ends in an agent noun's character (解说员,
    审判长, 店主, 求职者): what a person is or does, in apposition to the name after it."""
    w = view[span[0]:span[1]]
    return w in lex.roles or len(w) >= 2 and ALL_CJK.fullmatch(w) is not None and w not in lex.adverbs \
        and w not in lex.connectives and (w.endswith(TITLE_SUFFIXES) or w.endswith(AGENT_SUFFIXES)
                                          and w in lex.unnamed_heads)  # 店主 a kind of person, not 雇主|协会


def _past_skippable(view: str, spans, j: int, lex: ClaimLexicon, tags: Mapping[str, str]) -> int:
    """Where the words before token ``j`` begin once the adverbs and time words right before
    it are left out, a time word the segmenter cut in two included (王凯|上|月|表示), and a
    verb's time (临终|前; ``tags``: the dictionary's tags of its words)."""
    while j > 0:
        if j > 1 and spans[j - 2][1] == spans[j - 1][0] and is_time_word(view[spans[j - 2][0]:spans[j - 1][1]]):
            j -= 2  # 上|月, 下|周二: the pair first, else 月 alone would leave 上 to the name
        elif (manner := _manner_before(view, spans, j, lex)) is not None:
            j = manner
        elif j > 1 and (timed := timed_by_doing(view[spans[j - 1][0]:spans[j - 1][1]],
                                                 view[spans[j - 2][0]:spans[j - 2][1]] if j > 2 else None, tags)):
            j -= timed  # 王某某|临终前|还|说, 王某某|出门|时|说: when, by what was done then
        elif _skippable(view, spans[j - 1], lex):
            j -= 1
        elif (opening := _dated_bracket_before(view, spans, j)) is not None:
            j = opening  # 昨(9)日, 周三(10日): a time given its date in brackets
        else:
            break
    return j


def _manner_before(view: str, spans, j: int, lex: ClaimLexicon) -> int | None:
    """Where the manner of saying that ends right before token ``j`` begins, if one does: a
    verb and its particle (笑|着|说, 感慨|地|说, 感慨地|说), what qualifies it before it (有些|无奈|地|说,
    一脸|茫然|地|表示), or an act with its object (指着|照片|说, 摇着头|说, 拿|着|话筒|对……说, 叹|了|口气|说)."""
    def word(k: int) -> str:
        return view[spans[k][0]:spans[k][1]]

    manner = manner_start(word, j, lex.manner_degrees)
    if manner is not None:
        return manner
    last = word(j - 1)
    if len(last) >= 3 and last[1] in ASPECT and ALL_CJK.fullmatch(last):
        return j - 1  # 摇着头, 皱着眉头: a verb, its particle and its object, one word
    if j > 2 and len(last) <= 2 and ALL_CJK.fullmatch(last) and last not in lex.phrase_words \
            and (len(held := word(j - 2)) == 2 and held[1] in ASPECT or j > 3 and held in ASPECT
                 and len(word(j - 3)) == 1 and ALL_CJK.fullmatch(word(j - 3))):
        return j - 2 if len(held) == 2 else j - 3  # 指着|照片, 拿|着|话筒, 叹|了|口气
    counted = int(j > 3 and COUNTED_THING.fullmatch(word(j - 2)) is not None)
    if j > 2 + counted and ALL_CJK.fullmatch(last) and 2 <= len(last) <= 3 \
            and (counted or last not in lex.phrase_words) and len(verb := word(j - 2 - counted)) == 2 \
            and verb[1] in DIRECTIONS:
        # 拿出|一份|民调, 举起|照片: a verb of its object's direction and the object (counted, no source's word)
        return j - 2 - counted
    return _possessed_act(view, spans, j, lex, word)


_ACT_OBJECT_WORDS = 4  # words of an act's object a possessor opens (他|的|手, 儿子|的|肩膀)


def _possessed_act(view: str, spans, j: int, lex: ClaimLexicon, word: Callable[[int], str]) -> int | None:
    """Where an act whose object someone owns begins when it ends right before token ``j``: a
    verb and its particle, then the owner, 的 and the thing (拉|着|他|的|手, 拍着|儿子|的|肩膀, 握|着|
    记者|的|手); None where none ends there."""
    of = next((k for k in range(j - 2, max(0, j - _ACT_OBJECT_WORDS - 1), -1) if word(k) == "的"), None)
    if of is None or of < 2 or not all(ALL_CJK.fullmatch(word(k)) and word(k) not in lex.cues for k in range(of - 1, j)):
        return None
    held = of - 2  # the word before the owner: the verb and its particle
    if len(word(held)) == 2 and word(held)[1] in ASPECT:
        return held  # 拍着|儿子|的|肩膀
    if word(held) in ASPECT and held >= 1 and len(word(held - 1)) == 1 and ALL_CJK.fullmatch(word(held - 1)):
        return held - 1  # 拉|着|他|的|手
    return None


def _dated_bracket_before(view: str, spans, j: int) -> int | None:
    """The index of the "(" of a dated bracket that ends right before token ``j`` (……(10日),
    ……(9)日), if one does."""
    k = j - 1 if view[spans[j - 1][0]:spans[j - 1][1]] in ("日", "号") else j
    if k < 1 or view[spans[k - 1][0]:spans[k - 1][1]] != ")":
        return None
    opening = next((x for x in range(k - 2, max(-1, k - 6), -1) if view[spans[x][0]:spans[x][1]] == "("), None)
    if opening is None or not is_time(view[spans[opening][1]:spans[k - 1][0]]):
        return None
    return opening


def _before_doing(view: str, spans, j: int, tags: Mapping[str, str]) -> int:
    """Where what was being done when someone spoke begins, before token ``j`` (离开, 接受|采访,
    视察|工地: verbs the dictionary tags so, and a noun after a verb, its object): no part of the
    name before it."""
    def tag(k: int) -> str:
        return tags.get(view[spans[k][0]:spans[k][1]]) or ""

    start = j
    while j > 1 and start - j < _WHEN_VERBS and (tag(j - 1)[:1] == "v" or tag(j - 1) == "n" and j > 2
                                                 and tag(j - 2)[:1] == "v" and start - j < _WHEN_VERBS - 1):
        j -= 1  # (a noun after a verb, its object; not a name, 孙立平 nr, nor a verb's last word)
    return j


_WHEN_GLUED = frozenset("时")  # the end of a clause of time the segmenter glues to 说 (时说 is its word)
_WHEN_VERBS = 3  # verbs of such a clause before the glued word (接受|采访|时说)


def _skippable(view: str, span, lex: ClaimLexicon) -> bool:
    w = view[span[0]:span[1]]
    # 王凯|走访|发现, 王凯|上周四|表示; a bracket is no time word (the gloss 摩尔(Mark Bell) ends in one)
    return w in lex.adverbs or w in lex.links or w in lex.methods or not w.strip() or is_time_word(w)


def _before_prepositional(view: str, spans, j: int, cue: int, lex: ClaimLexicon) -> int:
    """Where the words before a cue end once a prepositional phrase is left out
    (王凯向记者透露 -> 王凯; Bernstein在报告中指出 -> Bernstein): the first preposition, unless a
    later one has no 的 after it (在县城开民宿的|某某|对我|直言: the first opens a modifier)."""
    found = [k for k in range(max(1, j - 8), j) if view[spans[k][0]:spans[k][1]] in lex.prepositions
             and not any(view[x:y] in ",:。" for x, y in spans[k:j])]
    if not found:
        return j
    plain = [k for k in found if not any(view[x:y] == "的" for x, y in spans[k:j])]
    return plain[0] if plain else found[0]


def _name_before_title(view: str, spans, j: int, lex: ClaimLexicon, tags: Mapping[str, str]):
    """A person's name in the one or two words right before a title that follows names
    (某某大学经济学院|阎晓峰|教授|认为, 某某医院内分泌科|袁丽华|主任医师|强调): a surname and a given
    name, no role, no word the dictionary knows as anything but a name (公司|董事长); None else."""
    for n in (2, 1):  # 卢|安澜|先生: the surname the segmenter cut off, before the given name
        if j - n < 1 or n == 2 and view[spans[j - 2][0]:spans[j - 2][1]] not in SURNAMES:
            continue
        start, end = spans[j - n][0], spans[j - 1][1]
        name = view[start:end]
        if 2 <= len(name) <= 4 and _CJK_NAME.fullmatch(name) and surname_initial(name) and name not in _NOT_NAMES \
                and not is_role(lex, name) and name not in lex.phrase_words and (tags.get(name) or "nr")[:2] == "nr":
            return start, end, EntityType.PERSON, None
    return None


def _past_honorifics(view: str, spans, j: int, words) -> tuple[int, bool]:
    """Where the words before token ``j`` end once the honorifics, degrees and 本人 of ``words``
    right before it are left out (某某|先生|本人|表示), and whether an honorific or 本人, which
    only a person takes, was among them."""
    honoured = False
    while j > 1 and (word := view[spans[j - 1][0]:spans[j - 1][1]]) in words:
        honoured = honoured or word in HONORIFICS
        j -= 1
    return j, honoured


def _before_while(view: str, spans, j: int) -> int:
    """Where the words before a cue end once an act marked twice beside it is left out
    (某某|一边|翻看|账本|一边|说); else ``j``."""
    marker = view[spans[j - 1][0]:spans[j - 1][1]] if j > 1 else ""
    if marker not in WHILE:
        return j
    return next((k for k in range(j - 2, max(0, j - 7), -1) if view[spans[k][0]:spans[k][1]] == marker), j)


def _before_time_clause(view: str, spans, j: int, lex: ClaimLexicon, glued: bool = False) -> int:
    """Where the words before a cue end once a clause of time with no preposition is left out,
    where a titled name stands before it (裁判官某某|判刑|时|指出, 部长某某|视察|工厂|后|表示; ``glued``:
    the segmenter ran the clause's 时 into the cue, 工厂|时说); else ``j``."""
    last = j if glued else j - 1  # the word the clause ends in
    if last < 2 or not glued and view[spans[last][0]:spans[last][1]] not in _CLAUSE_ENDS:
        return j
    for k in range(max(1, last - 3), last):  # the clause's words, the longest clause first (某某|视察|工厂|时)
        if any(view[a:b] in ",:;。!?" for a, b in spans[k:last]):
            continue
        name = _name_before(view, spans, k, lex)
        if name is not None and name[2] is EntityType.PERSON and name[1] == spans[k - 1][1]:
            return k
    return j


def _glossed_start(view: str, spans, k: int, lex: ClaimLexicon) -> int:
    """Where a name glossed in brackets begins when the segmenter cut it in pieces
    (莫拉莱|斯(Diego Morales)): back over the pieces glued to it that are no function word,
    time, role or the end of one (贸易部|长), or cue, as long as the whole stays a name's length."""
    x = k - 1
    while x > 0 and spans[x - 1][1] == spans[x][0] and spans[k - 1][1] - spans[x - 1][0] <= _LONGEST_GLOSSED:
        word = view[spans[x - 1][0]:spans[x - 1][1]]
        end = spans[x - 1][1]
        role = lex.roles.suffix(view[max(spans[0][0], end - lex.roles.longest):end])  # no copy of the text before
        if not ALL_CJK.fullmatch(word) or word in lex.adverbs or word in lex.connectives or word in lex.prepositions \
                or is_role(lex, word) or role is not None and len(role) > len(word) \
                or is_time(word) or word[-1] in _NAME_STOPS or word[-1] in _NAME_ENDS_NOT \
                or word[-1] in "了过着" or lex.cues.match(view, spans[x - 1][0], {spans[x - 1][1]}, spans[x - 1][1]):
            break
        x -= 1
    if view[spans[x][0]:spans[k - 1][1]].endswith(lex.org_heads):
        return spans[k - 1][0]  # 某某科技(Acme Tech): an organisation's name, not a person's in pieces
    return spans[x][0]


_MODIFYING = ("的", "之")  # a name ends in no particle that makes it a modifier (郦长|根的|律师: 郦长 no title)


def _name_before(view: str, spans, j: int, lex: ClaimLexicon,
                 tags: Mapping[str, str] | None = None) -> tuple[int, int, EntityType, str | None] | None:
    """The name that ends right before token ``j``, read by structure; ``tags``: the dictionary's
    tags of words, where the caller has them."""
    if j == 0:
        return None
    end = spans[j - 1][1]
    gloss = None
    k = j
    if view[spans[k - 1][0]:spans[k - 1][1]] == ")":  # 普莱斯(Anna Price)
        opening = next((x for x in range(k - 1, max(-1, k - 8), -1) if view[spans[x][0]:spans[x][1]] == "("), None)
        if opening is None:
            return None
        g = _GLOSS.fullmatch(view[spans[opening][0]:end])
        if g is None:
            return None
        gloss, k = g.group("gloss"), opening
        end = spans[k - 1][1] if k > 0 else end
        if k == 0:
            return None
    if k > 1 and lex.groups.suffix(view[spans[k - 1][0]:spans[k - 1][1]]):
        k -= 1  # 首席经济学家某某|团队: the person whose team it is
        end = spans[k - 1][1]
    last = view[spans[k - 1][0]:spans[k - 1][1]]
    if _LATIN_NAME.fullmatch(last) and last.lower() not in ("ceo", "cfo", "cto", "coo", "ai"):
        start = spans[k - 1][0]
        x = k - 1
        while x > 0 and _LATIN_NAME.fullmatch(view[spans[x - 1][0]:spans[x - 1][1]]) and spans[x - 1][1] + 1 >= spans[x][0]:
            x -= 1
            start = spans[x][0]
        name = view[start:end]
        if name.lower() in LATIN_STOPWORDS:
            return None  # 某某App已公开……, SUV显示: an ordinary word (a product's noun), no name
        role = view[spans[x - 1][0]:spans[x - 1][1]] if x > 0 else ""
        words = name.split()
        person = role in lex.roles and role not in ("CEO",) and len(words) >= 2 or \
            len(words) >= 2 and not any(w in _ORG_WORDS for w in words) and role not in lex.unnamed_heads
        return start, end, EntityType.PERSON if person else EntityType.ORGANIZATION, gloss
    # a CJK name after a role or title: 分析师 + 普莱斯, 议员 + 许志明 (jieba may cut the name up)
    x = next((x for x in range(k - 1, max(0, k - 4), -1) if _role(view, spans[x - 1], lex)), None)
    if x is not None:
        start = spans[x][0]
        name = view[start:end]
        opening = view[spans[x][0]:spans[x][1]]
        if _CJK_NAME.fullmatch(name) and name not in _NOT_NAMES and not opens_with_modal(name) \
                and name[0] not in _CAUSATIVES and not lex.unnamed_heads.prefix(name) and not lex.roles.prefix(name) \
                and not ends_in_source_head(lex, name) \
                and not (tags is not None and len(name) == 3 and modal_and_adverb(name[0], tags.get(name[1:]))) \
                and not lex.publishing.prefix(name) and not (  # 车主|贴|出|截图|称: what they put up
                    tags is not None and len(opening) >= 2 and (tags.get(opening) or "")[:1] == "v") \
                and not name.endswith(lex.org_heads) and not name.endswith(_MODIFYING) \
                and ASPECT.isdisjoint(name) and not any(  # 同事|收到|了|离职, 老板|算了|一笔|账: a verb and its particle
                view[a:b] in lex.adverbs or view[a:b] in lex.roles or view[a:b] in lex.person_pronouns
                or lex.cues.match(view, a, {b}, b) is not None or is_time(view[a:b]) for a, b in spans[x:k]):
            return start, end, EntityType.PERSON, gloss
    if gloss is not None:
        start = _glossed_start(view, spans, k, lex)
        name = view[start:end]
        if _CJK_NAME.fullmatch(name) and name not in _NOT_NAMES:
            return start, end, EntityType.PERSON, gloss
    # an office named only by its title: 立委表示 (not 一名立委, 该立委, 苹果发言人)
    if last in lex.offices:
        before = view[spans[k - 2][0]:spans[k - 2][1]] if k > 1 else ""
        if before not in lex.quantifiers and not before.startswith(("该", "这", "那", "此", "上述", "一", "多", "某")) \
                and before not in lex.according and before != "的":  # (一名参与侦办的|检察官: someone it describes)
            if ALL_CJK.fullmatch(before) and spans[k - 2][1] == spans[k - 1][0] and before not in lex.adverbs \
                    and before not in lex.connectives and before not in lex.prepositions and not is_time(before) \
                    and (len(before) >= 2 or before not in _NAME_STOPS):
                return None  # 财政司司长, 美国总统: the body is part of the title (_title_only reads it)
            return spans[k - 1][0], end, EntityType.PERSON, None
    return None
