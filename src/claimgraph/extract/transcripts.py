"""Transcripts and Q&A: a paragraph that opens with a speaker label (戴伟民:, 问:,
工信部新闻发言人王明:, **主持人:**) is that speaker's turn, whether or not a verb of saying
follows. The answer is the named respondent's (我们 and 中方 included); the asking side's
assertions belong to an unnamed asker, its questions are no claims.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..models import EntityType, Span, Speaker
from ..nlp.lexicons import SURNAMES
from . import labels
from .coref import one_bearer
from .cues import AUTHOR
from .quotes import asks
from .speakers import Scene, is_role

_RULE = "attribution.dialogue_label.v1"
ASKER = "提问者"


@dataclass(frozen=True)
class Turn:
    """A speaker's turn: who speaks, where the words start, whether the label stood alone
    on its line (then the turn runs on over the next paragraphs), whether it asks."""

    speaker: Speaker
    content: int
    alone: bool
    asks: bool


def read_label(scene: Scene, region: Span, exchange: int | None = None,
               hosts: frozenset[str] = frozenset()) -> Turn | None:
    """The turn a paragraph's label opens, if it opens with one that names a speaker.
    ``exchange``: where the questions and answers began (an unnamed answer label, 答: / A:,
    is the respondent's: the last person named before that point, whoever a question
    names); ``hosts``: names an earlier label glossed as the asking side (周以安|主持人:)."""
    view, lex = scene.view, scene.lex
    label = labels.read(view, region.start, region.end)
    if label is None:
        return None
    cue = label.words
    if _ends_in_cue(scene, cue):
        return None  # 王立新称: a cue before a quotation, not a label
    alone = not view[label.content:region.end].strip()
    words = view[cue.start:cue.end]
    head = view[label.head.start:label.head.end]
    gloss = view[label.gloss.start:label.gloss.end].strip() if label.gloss is not None else ""
    if words in lex.askers or head in hosts or gloss in lex.askers \
            or lex.askers.suffix(words) in ("记者", "主持人", "提问") and _no_name(scene, cue):
        speaker = Speaker(kind="unnamed", key=ASKER, rule="attribution.asker.v1", cue=cue)
        return Turn(speaker, label.content, alone, True)
    if words in lex.notes:  # 编者按: the article's own note, in its own voice
        return Turn(Speaker(kind="author", key=AUTHOR, rule="attribution.editor_note.v1", cue=cue), label.content, alone, False)
    if words in lex.answers:
        person = _respondent(scene, cue.start if exchange is None else min(exchange, cue.start))
        if person is None and exchange is not None:  # no one named before the first question:
            person = _respondent(scene, cue.start)  # the one named since (程亦凡: answers it)
        if person is None:  # the one person the article names after it (（以上为某某接受专访内容）)
            later = {m.entity for m in scene.within(cue.end, len(view))
                     if scene.types.get(m.entity) is EntityType.PERSON}
            person = next(iter(later)) if len(later) == 1 else None
        if person is None:  # an answer no one is named for: an unnamed respondent's, its label no claim's
            return Turn(Speaker(kind="unnamed", key=RESPONDENT, rule=_RULE, cue=cue), label.content, alone, False)
        return Turn(Speaker(kind="entity", key=person, rule=_RULE, cue=cue), label.content, alone, False)
    key = _named(scene, label.head) if label.gloss is not None else None
    key = key or _named(scene, cue)
    if (key is None or scene.types.get(key) is not EntityType.PERSON) and not alone \
            and asks(view, Span(start=label.content, end=region.end)):
        # 新浪科技: ……有什么优势? / 本报: ……? : a turn that asks, under a label that names no
        # person (an outlet, a desk), is the asking side's, whatever the label says
        speaker = Speaker(kind="unnamed", key=ASKER, rule="attribution.asker.v1", cue=cue)
        return Turn(speaker, label.content, alone, True)
    if key is None:
        return None
    if ":" not in view[cue.end:label.content] and scene.types.get(key) is not EntityType.PERSON:
        return None  # 【路透社深圳电】: a dateline in brackets, not a turn
    return Turn(Speaker(kind="entity", key=key, rule=_RULE, cue=cue), label.content, alone, False)


def host_name(scene: Scene, region: Span) -> str | None:
    """The head of a label glossed as the asking side (周以安|主持人: -> 周以安)."""
    label = labels.read(scene.view, region.start, region.end)
    if label is None or label.gloss is None:
        return None
    gloss = scene.view[label.gloss.start:label.gloss.end].strip()
    return scene.view[label.head.start:label.head.end] if gloss in scene.lex.askers else None


def _ends_in_cue(scene: Scene, cue: Span) -> bool:
    """王立新称: / 库克在声明中说: a speaker and a cue before a quotation, not a label."""
    label = scene.view[cue.start:cue.end]
    found = scene.lex.cues.suffix(label)
    return found is not None and len(found) < len(label.strip())


def _no_name(scene: Scene, cue: Span) -> bool:
    return not any(scene.types.get(m.entity) is EntityType.PERSON for m in scene.within(cue.start, cue.end))


def _named(scene: Scene, cue: Span) -> str | None:
    """The person a label names (the one at its end: 工信部新闻发言人王明), else the
    organisation, else a person named earlier by the same words, or by a name the label's
    surname opens (上官: after 上官某某, where no other person of that surname is named)."""
    inside = [m for m in scene.within(cue.start, cue.end)
              if scene.types.get(m.entity) in (EntityType.PERSON, EntityType.ORGANIZATION)]
    if inside:
        persons = [m for m in inside if scene.types.get(m.entity) is EntityType.PERSON]
        chosen = (persons or inside)[-1]
        if scene.view[chosen.span.end:cue.end].strip(" )") == "" or persons:
            return chosen.entity
    words = scene.view[cue.start:cue.end]
    earlier = [m for m in scene.mentions if m.span.end <= cue.start and scene.view[m.span.start:m.span.end] == words
               and scene.types.get(m.entity) in (EntityType.PERSON, EntityType.ORGANIZATION)]
    if earlier:
        return earlier[-1].entity
    if words in SURNAMES:  # 上官: / 郭: the surname of the one person of that surname named before
        return one_bearer(scene.view, (m for m in scene.mentions if m.span.end <= cue.start
                                       and scene.types.get(m.entity) is EntityType.PERSON), words)
    return None


RESPONDENT = "受访者"  # the label of an answer no one is named for


def _respondent(scene: Scene, before: int) -> str | None:
    """The person an interview answers for: the last person named before the answer; with
    none, the organisation whose role is named last (外交部发言人就……答记者问: the ministry)."""
    person = scene.last_of(before, EntityType.PERSON)
    if person is not None:
        return person
    view, lex = scene.view, scene.lex
    for m in reversed(scene.within(0, before)):
        role = scene.tokens.at(m.span.end)
        while role is not None and view[role[0]:role[1]] in lex.role_modifiers:
            role = scene.tokens.at(role[1])  # 某某局|有关|负责人: a modifier before the role
        if scene.types.get(m.entity) is EntityType.ORGANIZATION and role is not None \
                and is_role(lex, view[role[0]:role[1]]):
            return m.entity
    return None
