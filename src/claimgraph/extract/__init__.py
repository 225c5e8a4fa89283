"""The per-article function: Article in, that article's extractions out.

``process_article`` is pure in the sense that matters for running it in parallel: it
reads only its arguments (the article and a pipeline built once per worker), shares no
state between calls, and returns plain models. Linking across articles happens later,
in ``graph``.
"""

from __future__ import annotations

from spacy.language import Language

from ..models import (
    Article, ArticleExtraction, Claim, Entity, EntityType, Mention, Span,
)
from ..nlp import EntityMatcher
from .claims import AUTHOR, Draft, draft_claims
from .lexicons import MODIFIED_HEADS, ORG_ANAPHORS, QI_NOT_SUBJECT
from .classify import claim_type, is_conditional, is_hedged
from .evaluation import Tokens, boundaries
from .polarity import Lexicon, load_lexicon, target_polarities
from .quantities import find_quantities, find_times

__all__ = ["process_article", "AUTHOR"]

_CONNECTIVES = ("因此", "所以", "而", "但", "且", "并", "称", "认为", "目前")
_MEASURES = ("营收", "净利润", "利润", "毛利率", "净利率", "收入", "股价", "市值", "出货量", "销量", "销售额")
_ORGLIKE = (EntityType.ORGANIZATION,)


def process_article(article: Article, nlp: Language, lexicon: Lexicon | None = None) -> ArticleExtraction:
    """Entities, mentions and claims of one article (``lexicon``: the evaluative lexicon,
    read from the package when not given)."""
    lexicon = lexicon or load_lexicon()
    doc = nlp(article.text)
    matcher: EntityMatcher = nlp.get_pipe("claimgraph_entity_matcher_v1")
    view: str = doc._.cg_view
    # a discovered name in a site's header or footer is noise; catalog names there still count
    mentions: list[Mention] = [m for m in doc._.cg_mentions
                               if m.rule == "catalog.v1" or not _inside(m.span, article.boilerplate)]
    mentions = _repeated_names(view, article.text, mentions)
    kept = {m.entity for m in mentions}
    entities: dict[str, Entity] = {e.key: e for e in doc._.cg_discovered if e.key in kept}
    for m in mentions:
        if m.entity not in entities:
            known = matcher.catalog.get(m.entity)
            if known is not None:
                entities[m.entity] = known
    publisher = _named_entity(matcher, entities, article.publisher, EntityType.ORGANIZATION)
    authors = tuple(k for k in (_named_entity(matcher, entities, a, EntityType.PERSON) for a in article.authors) if k)
    types = {k: e.type for k, e in entities.items()}
    concepts = frozenset(k for k, t in types.items() if t is EntityType.CONCEPT)
    drafts = draft_claims(view, article.body, mentions, types)
    tokens = Tokens(view, boundaries(view, [t.idx for t in doc], nlp.tokenizer.jieba_seg.known))
    claims: list[Claim] = []
    for d in drafts:
        previous = claims[-1] if claims else None
        claims.append(_claim(article, view, d, mentions, types, previous, lexicon, concepts, tokens))
    return ArticleExtraction(
        article=article, entities=tuple(entities[k] for k in sorted(entities)),
        mentions=tuple(mentions), claims=tuple(claims), publisher_entity=publisher, author_entities=authors,
        tokens=tokens.starts)


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
           concepts: frozenset[str], tokens: Tokens) -> Claim:
    span = draft.span
    text = article.text[span.start:span.end]
    claim_view = view[span.start:span.end]
    inside = [m for m in mentions if span.start <= m.span.start and m.span.end <= span.end]
    about_mentions = [(m.entity, m.span) for m in inside if _is_target(view, m, mentions, types)]
    heard = {draft.speaker.key} if draft.speaker.kind == "entity" else set()
    cue = draft.speaker.cue
    candidates = [m for m in mentions if not (cue and cue.start <= m.span.start < cue.end) and m.entity not in heard]
    for found in (_self_reference(draft, claim_view, types) or _anaphor(view, span, candidates, types),
                  _omitted_subject(draft, claim_view, previous), _pronoun(claim_view, span, mentions, types)):
        if found is not None and found[0] not in {k for k, _ in about_mentions}:
            about_mentions.insert(0, found)
    about = tuple(dict.fromkeys(k for k, _ in about_mentions))
    quantities = find_quantities(view, article.text, span)
    ctype, type_rule = claim_type(_without(view, span, quantities), quantities,
                                  draft.speaker.kind == "entity" and types.get(draft.speaker.key) is EntityType.PERSON)
    return Claim(
        article=article.id, span=span, text=text, speaker=draft.speaker, type=ctype, type_rule=type_rule,
        hedged=is_hedged(claim_view), conditional=is_conditional(claim_view), about=about,
        quantities=tuple(q for q in quantities if q.unit != "year"),  # a year is a date, not a figure
        times=find_times(view, article.text, span, article.date_published),
        polarities=target_polarities(view, span, about_mentions, lexicon, concepts, tokens, draft.speaker),
        responds=draft.responds, contrast=draft.contrast)


def _repeated_names(view: str, text: str, mentions: list[Mention]) -> list[Mention]:
    """A name discovered once (负责人吴运声) found again where it stands alone (吴运声发现)."""
    names = {view[m.span.start:m.span.end]: m.entity for m in mentions if m.rule != "catalog.v1"}
    added = []
    for name, key in sorted(names.items()):
        if len(name) < 2:
            continue
        for i in _occurrences(view, name):
            span = Span(start=i, end=i + len(name))
            if not any(m.span.start < span.end and span.start < m.span.end for m in mentions):
                added.append(Mention(entity=key, text=text[span.start:span.end], span=span, rule="discover.repeat.v1"))
    return sorted([*mentions, *added], key=lambda m: (m.span.start, m.span.end))


def _occurrences(view: str, name: str) -> list[int]:
    found, i = [], view.find(name)
    while i >= 0:
        found.append(i)
        i = view.find(name, i + len(name))
    return found


def _is_target(view: str, mention: Mention, mentions: list[Mention], types: dict[str, EntityType]) -> bool:
    """Whether a mention names what a claim is about: not a place (在台北), not a concept that
    only qualifies a noun (AI芯片, AI行业) or belongs to a company (英伟达的GPU)."""
    etype = types.get(mention.entity)
    if etype is EntityType.PLACE:
        return False
    if etype is EntityType.CONCEPT:
        if view.startswith(MODIFIED_HEADS, mention.span.end):
            return False
        owner = mention.span.start - (1 if view[mention.span.start - 1:mention.span.start] == "的" else 0)
        return not any(m.span.end == owner and types.get(m.entity) is EntityType.ORGANIZATION for m in mentions)
    return True


def _omitted_subject(draft: Draft, claim_view: str, previous: Claim | None) -> tuple[str, Span] | None:
    """A claim that leaves its subject out (……,而且今天就要回美国) is about its sentence's
    opening name, else about what the claim before it was about; so is a bare figure
    (净利润123亿美元) right after a claim about a company."""
    zero = draft.zero or claim_view.startswith(_MEASURES)
    near = previous is not None and draft.span.start - previous.span.end < 40
    key = draft.topic if draft.zero else None
    if zero and key is None and near and previous.about:
        key = previous.about[0]
    return (key, Span(start=draft.span.start, end=draft.span.start + 1)) if zero and key else None


def _self_reference(draft: Draft, claim_view: str, types: dict[str, EntityType]) -> tuple[str, Span] | None:
    """公司将…… / 我们…… in the words of an organisation that speaks is the organisation itself."""
    speaker = draft.speaker
    if speaker.kind != "entity" or types.get(speaker.key) is not EntityType.ORGANIZATION:
        return None
    if not claim_view.startswith(("公司", "本公司", "该公司", "集团", "我们", "我司")):
        return None
    return speaker.key, Span(start=draft.span.start, end=draft.span.start + 1)


def _pronoun(claim_view: str, span: Span, mentions: list[Mention],
             types: dict[str, EntityType]) -> tuple[str, Span] | None:
    """他 / 她 opening a claim is the last person named."""
    if not claim_view.startswith(("他", "她")) or claim_view.startswith(("他们", "她们", "他人")):
        return None
    persons = [m for m in mentions if m.span.end <= span.start and types.get(m.entity) is EntityType.PERSON]
    return (persons[-1].entity, Span(start=span.start, end=span.start + 1)) if persons else None


def _inside(span: Span, regions) -> bool:
    return any(r.start <= span.start and span.end <= r.end for r in regions)


def _without(view: str, span: Span, quantities) -> str:
    chars = list(view[span.start:span.end])
    for q in quantities:
        for i in range(q.span.start - span.start, q.span.end - span.start):
            chars[i] = "#"
    return "".join(chars)


def _anaphor(view: str, span: Span, mentions: list[Mention],
             types: dict[str, EntityType]) -> tuple[str, Span] | None:
    """该公司 / 公司 at the head of a clause stands for the organisation named last; 其 for
    the person a 他 before it in the sentence stands for, else the last name before it in
    the sentence, else the name the sentence before opens with."""
    claim_view = view[span.start:span.end]
    for word in ORG_ANAPHORS:  # 其 last: it stands for more than organisations
        i = claim_view.find(word)
        if word == "其" and claim_view.startswith(QI_NOT_SUBJECT, i):
            continue
        if i < 0 or (word in ("公司", "其") and i > 0 and claim_view[i - 1] not in ",:"
                     and not claim_view[:i].endswith(_CONNECTIVES)):
            if not (word in ("公司", "其") and i == 0):
                continue
        at = span.start + i
        where = Span(start=at, end=at + len(word))
        named = [m for m in mentions if types.get(m.entity) not in (EntityType.CONCEPT, EntityType.PLACE, None)]
        if word != "其":
            orgs = [m for m in named if m.span.end <= at and types.get(m.entity) in _ORGLIKE]
            return (orgs[-1].entity, where) if orgs else None
        sentence = max(view.rfind(c, 0, at) for c in "。!?;\n") + 1
        if any(view.startswith(p, k) for k in range(sentence, at) for p in ("他", "她")):
            persons = [m for m in named if m.span.end <= at and types.get(m.entity) is EntityType.PERSON]
            if persons:
                return persons[-1].entity, where
        same = [m for m in named if sentence <= m.span.start and m.span.end <= at]
        if same:
            return same[-1].entity, where
        previous = max(view.rfind(c, 0, max(sentence - 1, 0)) for c in "。!?;\n") + 1
        earlier = [m for m in named if previous <= m.span.start and m.span.end <= sentence]
        return (earlier[0].entity, where) if earlier else None
    return None
