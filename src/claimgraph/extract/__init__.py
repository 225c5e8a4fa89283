"""The per-article function: Article in, that article's extractions out.

``process_article`` is pure in the sense that matters for running it in parallel: it
reads only its arguments (the article and a pipeline built once per worker), shares no
state between calls, and returns plain models. Linking across articles happens later,
in ``graph``.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.language import Language

from ..boilerplate import is_widget
from ..models import (
    Article, ArticleExtraction, Claim, Entity, EntityType, Mention, Span, Speaker,
)
from ..nlp import EntityMatcher, token_spans, token_starts
from ..nlp.tokens import occurrences
from .claims import AUTHOR, Draft, draft_claims
from .about import MentionIndex, Reading, claim_about, repeated_names
from .classify import claim_type, is_conditional, is_hedged, plain_and_masked
from .coref import (head_references, honorific_references, latin_surnames, short_names, short_titles,
                    surname_references)
from .discover import discover_speakers
from .lexicons import ClaimLexicon, load_claim_lexicon
from .evaluation import ClauseMemo, Tokens as EvaluationTokens, boundaries
from .polarity import Lexicon, load_lexicon, target_polarities
from .quantities import find_quantities, find_times
from .speakers import addresses_person, ends_in_role
from .tokens import Tokens

__all__ = ["process_article", "AUTHOR"]

_OWN_VOICE = "attribution.publisher_voice.v1"  # the publisher, named in its own article, finds or says



def process_article(article: Article, nlp: Language, lexicon: Lexicon | None = None,
                    claim_lexicon: ClaimLexicon | None = None, memo: ClauseMemo | None = None) -> ArticleExtraction:
    """Entities, mentions and claims of one article (``lexicon``: the evaluative lexicon,
    ``claim_lexicon``: the cues, connectives and type markers; both read from the package
    when not given; ``memo``: the clause readings to share with the linking of the article,
    see ``graph.link_article``)."""
    lexicon = lexicon or load_lexicon()
    doc = nlp(article.text)
    matcher: EntityMatcher = nlp.get_pipe("claimgraph_entity_matcher_v1")
    claim_lexicon = claim_lexicon or load_claim_lexicon(matcher.folder)
    view: str = doc._.cg_view
    spans = token_spans(doc)
    # a discovered name in a site's header or footer is noise; catalog names there still count
    # (the publisher in a source line), except on a share or advertising line's buttons
    widgets = [b for b in article.boilerplate if is_widget(article.text[b.start:b.end])]
    mentions: list[Mention] = [m for m in doc._.cg_mentions if not _inside(m.span, widgets)
                               and (m.rule == "catalog.v1" or not _inside(m.span, article.boilerplate))]
    read = Tokens(view, spans, mentions)  # the words speakers are read in; the claims' are cut again below
    speakers = discover_speakers(view, article.text, read, mentions, claim_lexicon,
                                 matcher.lookup, matcher.folder.key, {e.key: e for e in doc._.cg_discovered},
                                 matcher.word_tags)
    # a label in the header (当前位置:, 原标题:) is no speaker: speakers are read in the body
    # (which leaves boilerplate out), and a name read from structure must look like one
    said = [m for m in speakers.mentions if _inside(m.span, article.body)
            and (matcher.plausible(view, m.span) or ends_in_role(claim_lexicon, view[m.span.start:m.span.end])
                 or view[m.span.start:m.span.end] in claim_lexicon.offices  # 特首: an office held by one person
                 # 某某外卖方面表示: a side, whatever words name it (not a topic's word: 技术方面)
                 or m.span.end - m.span.start >= 3 and view.startswith("方面", m.span.end))]
    mentions = sorted([*(m for m in mentions if m not in speakers.replaced), *said],
                      key=lambda m: (m.span.start, m.span.end))
    mentions = repeated_names(view, article.text, mentions)
    found = {e.key: e for e in (*doc._.cg_discovered, *speakers.entities)}

    def type_of(key: str) -> EntityType | None:
        entity = found.get(key) or matcher.catalog.get(key)
        return entity.type if entity is not None else None

    def discovered(key: str) -> bool:
        return key in found and matcher.catalog.get(key) is None

    mentions = honorific_references(view, mentions, matcher.own_honorifics, type_of,
                                    lambda title: title in claim_lexicon.roles
                                    or addresses_person(claim_lexicon, title) and len(title) == 2,
                                    spouses=matcher.spouse_honorifics)
    mentions = latin_surnames(mentions, type_of)
    mentions = surname_references(view, mentions, type_of, discovered)
    mentions = head_references(view, mentions, type_of, discovered)
    mentions = short_titles(view, short_names(view, mentions, type_of, discovered), type_of, discovered)
    kept = {m.entity for m in mentions}
    entities: dict[str, Entity] = {k: e for k, e in found.items() if k in kept}

    for m in mentions:
        if m.entity not in entities:
            known = matcher.catalog.get(m.entity)
            if known is not None:
                entities[m.entity] = known
    publisher = _named_entity(matcher, entities, article.publisher, EntityType.ORGANIZATION)
    authors = tuple(k for k in (_named_entity(matcher, entities, a, EntityType.PERSON) for a in article.authors) if k)
    if publisher is not None and article.publisher:
        mentions = _own_name(view, article, mentions, publisher, matcher.folder.view(article.publisher))
    types = {k: e.type for k, e in entities.items()}
    concepts = frozenset(k for k, t in types.items() if t is EntityType.CONCEPT)
    tokens = read.with_mentions(mentions)
    # the reporters of the byline and the publisher of the source line are named outside the
    # body: no 他 or 公司 of the body stands for them
    header = {*authors, publisher}
    referable = [m for m in mentions if m.entity not in header or _inside(m.span, article.body)]
    drafts = draft_claims(view, article.body, referable, types, tokens, claim_lexicon, matcher.word_tags)
    if publisher is not None:  # 某某观察梳理发现: the publisher finds in its own article, which is its voice
        drafts = [replace(d, speaker=Speaker(kind="author", key=AUTHOR, rule=_OWN_VOICE, cue=d.speaker.cue))
                  if d.speaker.kind == "entity" and d.speaker.key == publisher and d.speaker.cue is not None else d
                  for d in drafts]
    words = EvaluationTokens(view, boundaries(view, token_starts(doc), nlp.tokenizer.jieba_seg.known), memo)
    claims: list[Claim] = []
    reading = Reading(tokens, matcher.word_tags, claim_lexicon.about)
    index = MentionIndex(referable)
    for d in drafts:
        previous = claims[-1] if claims else None
        claims.append(_claim(article, view, d, referable, types, previous, lexicon, concepts, tokens, claim_lexicon,
                             words, reading, claims, index))
    return ArticleExtraction(
        article=article, entities=tuple(entities[k] for k in sorted(entities)),
        mentions=tuple(mentions), claims=tuple(claims), publisher_entity=publisher, author_entities=authors,
        tokens=words.starts)


def _own_name(view: str, article: Article, mentions: list[Mention], publisher: str, name: str) -> list[Mention]:
    """``mentions`` with the publisher's name (from the metadata's source line) wherever the
    body writes it and no mention covers it (本报, 华夏资本观察梳理发现): the publisher's own."""
    taken = {i for m in mentions for i in range(m.span.start, m.span.end)}
    added = []
    for region in article.body:
        for i in occurrences(view, name, region.start, region.end):
            end = i + len(name)
            if taken.isdisjoint(range(i, end)):
                added.append(Mention(entity=publisher, text=article.text[i:end], span=Span(start=i, end=end),
                                     rule="ingest.publisher_name.v1"))
    return sorted([*mentions, *added], key=lambda m: (m.span.start, m.span.end)) if added else mentions


def _named_entity(matcher: EntityMatcher, entities: dict[str, Entity], name: str | None,
                  etype: EntityType) -> str | None:
    """The entity a metadata name (publisher, reporter) stands for, made if unknown."""
    if not name:
        return None
    key = matcher.lookup(name)
    if key is not None:
        entities.setdefault(key, matcher.catalog.get(key))
        return key
    key = matcher.folder.key(name)
    if key not in entities:
        ascii_name = name.isascii()
        entities[key] = Entity(key=key, type=etype, label_zh=None if ascii_name else name,
                               label_en=name if ascii_name else None, confirmed=False)
    return key


def _claim(article: Article, view: str, draft: Draft, mentions: list[Mention],
           types: dict[str, EntityType], previous: Claim | None, lexicon: Lexicon,
           concepts: frozenset[str], tokens: Tokens, claim_lexicon: ClaimLexicon,
           words: EvaluationTokens, reading: Reading | None = None, earlier: list[Claim] | None = None,
           index: MentionIndex | None = None) -> Claim:
    span = draft.span
    text = article.text[span.start:span.end]
    claim_view = view[span.start:span.end]
    about_mentions = claim_about(view, draft, mentions, types, previous, claim_lexicon.cues, reading,
                                 earlier or (), index)
    about = tuple(dict.fromkeys(k for k, _ in about_mentions))
    quantities = find_quantities(view, article.text, span)
    plain, marked = plain_and_masked(view, span, tokens, quantities)
    ctype, type_rule = claim_type(marked, quantities, draft.believed or draft.speaker.kind == "entity"
                                  and types.get(draft.speaker.key) is EntityType.PERSON, claim_lexicon,
                                  forecast=draft.forecast)
    return Claim(
        article=article.id, span=span, text=text, speaker=draft.speaker, type=ctype, type_rule=type_rule,
        hedged=is_hedged(claim_view, claim_lexicon, plain), conditional=is_conditional(claim_view, claim_lexicon, plain),
        about=about,
        quantities=tuple(q for q in quantities if q.unit != "year"),  # a year is a date, not a figure
        times=find_times(view, article.text, span, article.date_published),
        polarities=target_polarities(view, span, about_mentions, lexicon, concepts, words, draft.speaker,
                                     claim_lexicon.cue_polarity),
        responds=draft.responds, contrast=draft.contrast)


def _inside(span: Span, regions) -> bool:
    return any(r.start <= span.start and span.end <= r.end for r in regions)


