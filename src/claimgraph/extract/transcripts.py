"""Transcripts and Q&A: a paragraph that opens with a speaker label (戴伟民:, 问:,
工信部新闻发言人王明:, **主持人:**) is that speaker's turn, whether or not a verb of saying
follows. The answer is the named respondent's (我们 and 中方 included); the asking side's
assertions belong to an unnamed asker, its questions are no claims.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..models import EntityType, Span, Speaker
from .speakers import Scene

# markup a label may stand in: runs of * _ # (Markdown, any length), brackets, HTML bold
_OPEN = r"(?:[*_#]+|\[|【|<b>|<strong>)"
_CLOSE = r"(?:[*_]+|\]|】|</b>|</strong>)"
_LABEL = re.compile(r"[ \t\u3000]*" + _OPEN + r"?[ \t]*(?P<label>[^,:;。!?“”「」『』\"\n*_#\[\]【】<>]{1,30}?)[ \t]*"
                    + _CLOSE + r"?[ \t]*:[ \t]*" + _CLOSE + r"?[ \t]*")
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


def read_label(scene: Scene, region: Span) -> Turn | None:
    """The turn a paragraph's label opens, if it opens with one that names a speaker."""
    view, lex = scene.view, scene.lex
    m = _LABEL.match(view, region.start, region.end)
    if m is None:
        return None
    label = m.group("label").strip()
    cue = Span(start=m.start("label"), end=m.end("label"))
    if _ends_in_cue(scene, cue):
        return None  # 王立新称: a cue before a quotation, not a label
    alone = not view[m.end():region.end].strip()
    if label in lex.askers or lex.askers.suffix(label) in ("记者", "主持人", "提问") and _no_name(scene, cue):
        speaker = Speaker(kind="unnamed", key=ASKER, rule="attribution.asker.v1", cue=cue)
        return Turn(speaker, m.end(), alone, True)
    if label in lex.answers:
        person = _respondent(scene, cue.start)
        if person is None:
            return None
        return Turn(Speaker(kind="entity", key=person, rule=_RULE, cue=cue), m.end(), alone, False)
    key = _named(scene, cue)
    if key is None:
        return None
    return Turn(Speaker(kind="entity", key=key, rule=_RULE, cue=cue), m.end(), alone, False)


def _ends_in_cue(scene: Scene, cue: Span) -> bool:
    """王立新称: / 库克在声明中说: a speaker and a cue before a quotation, not a label."""
    label = scene.view[cue.start:cue.end]
    found = scene.lex.cues.suffix(label)
    return found is not None and len(found) < len(label.strip())


def _no_name(scene: Scene, cue: Span) -> bool:
    return not any(scene.types.get(m.entity) is EntityType.PERSON for m in scene.within(cue.start, cue.end))


def _named(scene: Scene, cue: Span) -> str | None:
    """The person a label names (the one at its end: 工信部新闻发言人王明), else the
    organisation, else a person named earlier by the same words."""
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
    return earlier[-1].entity if earlier else None


def _respondent(scene: Scene, before: int) -> str | None:
    """The person an interview answers for: the last person named before the answer."""
    return scene.last_of(before, EntityType.PERSON)
