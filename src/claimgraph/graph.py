"""The one place where things are linked: entities merged across articles, stances
aggregated per holder, target and article, claim relations; the result held as a
networkx MultiDiGraph whose nodes carry plain attributes for the exporters.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import networkx as nx

from .extract.polarity import Lexicon, claim_score, load_lexicon, negated_mentions
from .nlp.normalize import Folder
from .models import (
    ArticleExtraction, Claim, ClaimRelation, Entity, Polarity, RelationType, Span, Speaker, Stance, holder_key,
)

_STANCE_THRESHOLD = 0.15  # mean signed score a stance needs to lean one way
_CONCEDED_WEIGHT = 0.4  # a claim the speaker concedes before a 但 counts this much
_CONCEDED_RULE = "polarity.conceded.v1"
_NEUTRAL_WEIGHT = 0.01  # a neutral stance's edge weight (Gephi drops weight-0 edges)
_PARAGRAPH_BREAK = re.compile(r"\n+")
_SENTENCE_END = "。!?！？"
# a quoted term; a claim may end before the closing mark
_QUOTED = re.compile(r"[“「『\"]([^”」』\"]{2,12})(?:[”」』\"]|$)")


@dataclass(frozen=True)
class KnowledgeGraph:
    """Everything the exporters write: the extractions, merged entities, stances, relations."""

    extractions: tuple[ArticleExtraction, ...]
    entities: dict[str, Entity]
    names_seen: dict[str, tuple[str, ...]]
    stances: tuple[Stance, ...]
    relations: tuple[ClaimRelation, ...]
    graph: nx.MultiDiGraph = field(repr=False)

    @property
    def claims(self) -> Iterable[Claim]:
        for x in self.extractions:
            yield from x.claims


def build_graph(extractions: Sequence[ArticleExtraction]) -> KnowledgeGraph:
    """Link the articles' extractions into one graph (order-independent: sorted by article id)."""
    extractions = tuple(sorted(extractions, key=lambda x: x.article.id))
    entities, names = _merge_entities(extractions)
    lex, folder = load_lexicon(), Folder()
    articles = [_Article(x, folder.view(x.article.text), lex) for x in extractions]
    stances = tuple(s for a in articles for s in _stances(a))
    relations = tuple(r for a in articles for r in _relations(a))
    graph = _networkx(extractions, entities, stances, relations)
    return KnowledgeGraph(extractions, entities, names, stances, relations, graph)


def link_article(x: ArticleExtraction, lexicon: Lexicon, folder: Folder,
                 ) -> tuple[tuple[Stance, ...], tuple[ClaimRelation, ...]]:
    """One article's stances and claim relations: they read nothing but the article, so a
    worker links each article on its own (``build_graph`` gives the same, article by article)."""
    a = _Article(x, folder.view(x.article.text), lexicon)
    return tuple(_stances(a)), tuple(_relations(a))


def article_network(x: ArticleExtraction, stances: Sequence[Stance], relations: Sequence[ClaimRelation],
                    ) -> nx.MultiDiGraph:
    """One article's part of ``KnowledgeGraph.graph`` (its entity nodes carry no attributes:
    the caller describes the merged entities once)."""
    return _networkx([x], {}, stances, relations)


def _merge_entities(extractions: Sequence[ArticleExtraction]) -> tuple[dict[str, Entity], dict[str, tuple[str, ...]]]:
    entities: dict[str, Entity] = {}
    seen: dict[str, set[str]] = defaultdict(set)
    for x in extractions:
        for e in x.entities:
            known = entities.get(e.key)
            if known is None or (e.confirmed and not known.confirmed):
                entities[e.key] = e
        for m in x.mentions:
            seen[m.entity].add(m.text)
    return dict(sorted(entities.items())), {k: tuple(sorted(v)) for k, v in sorted(seen.items())}


@dataclass(frozen=True)
class _Article:
    """One article's extraction with what the linking rules read: its folded text, the
    entities each claim names, the lexicon."""

    x: ArticleExtraction
    view: str
    lex: Lexicon

    @property
    def claims(self) -> tuple[Claim, ...]:
        return self.x.claims

    def text(self, claim: Claim) -> str:
        return self.view[claim.span.start:claim.span.end]

    def named(self, claim: Claim) -> list[tuple[str, Span]]:
        return [(m.entity, m.span) for m in self.x.mentions
                if claim.span.start <= m.span.start and m.span.end <= claim.span.end]

    def score(self, claim: Claim) -> float:
        return claim_score(self.text(claim), self.lex)

    def polarity(self, claim: Claim, target: str) -> Polarity:
        return next((tp.polarity for tp in claim.polarities if tp.entity == target), Polarity.NEUTRAL)

    def same_sentence(self, a: Claim, b: Claim) -> bool:
        """Nothing between the two claims ends a sentence."""
        lo, hi = sorted((a.span, b.span), key=lambda s: s.start)
        return not any(ch in self.view[lo.end:hi.start] for ch in _SENTENCE_END)

    def paragraph(self, claim: Claim) -> int:
        return len(_PARAGRAPH_BREAK.findall(self.view, 0, claim.span.start))

    def is_data_source(self, speaker: Speaker) -> bool:
        """A source that reports data (Wind数据显示, 资料显示) holds no attitude."""
        if "data" in speaker.rule:
            return True
        if speaker.cue is None:
            return False
        cue = self.view[speaker.cue.start:speaker.cue.end + 4]
        return any(w in cue for w in self.lex.data_cues)

    def cue(self, claim: Claim) -> str:
        c = claim.speaker.cue
        return "" if c is None else self.view[c.start:c.end + 4]

    def conceded_by_next(self, i: int) -> bool:
        """The next claim, same speaker and sentence, opens with 但/然而 and evaluates something."""
        if i + 1 >= len(self.claims):
            return False
        claim, nxt = self.claims[i], self.claims[i + 1]
        return (nxt.contrast and holder_key(nxt.speaker) == holder_key(claim.speaker)
                and self.same_sentence(claim, nxt) and self.score(nxt) != 0)


def _stances(a: _Article) -> list[Stance]:
    """One stance per holder and target: the mean of the signed scores of the claims that
    evaluate the target. Conditional claims, data sources (数据显示) and a holder's view of
    itself do not count; a claim conceded by the next one (……确实能占有一席之地, 然而……)
    counts as neutral evidence. Neutral where the evidence is mixed, weak or only conceded."""
    groups: dict[tuple[str, str], list[tuple[Claim, float, Polarity]]] = defaultdict(list)
    holders: dict[str, Speaker] = {}
    own = {a.x.publisher_entity, *a.x.author_entities}
    for i, claim in enumerate(a.claims):
        if claim.conditional or a.is_data_source(claim.speaker):
            continue
        hk = holder_key(claim.speaker)
        conceded = a.conceded_by_next(i)
        for tp in claim.polarities:
            if tp.entity == claim.speaker.key or (claim.speaker.kind == "author" and tp.entity in own):
                continue
            if tp.polarity is Polarity.NEUTRAL and tp.rule != _CONCEDED_RULE and not conceded:
                continue  # too weak to count either way
            holders.setdefault(hk, claim.speaker)
            neutral = conceded or tp.polarity is Polarity.NEUTRAL
            groups[(hk, tp.entity)].append((claim, tp.score * (_CONCEDED_WEIGHT if conceded else 1.0),
                                            Polarity.NEUTRAL if neutral else tp.polarity))
    out = []
    for (hk, target), evidence in sorted(groups.items()):
        mean = sum(score for _, score, _ in evidence) / len(evidence)
        signs = {p for _, _, p in evidence}
        polarity = (Polarity.FAVOR if mean > _STANCE_THRESHOLD and Polarity.FAVOR in signs
                    else Polarity.AGAINST if mean < -_STANCE_THRESHOLD and Polarity.AGAINST in signs
                    else Polarity.NEUTRAL)
        out.append(Stance(article=a.x.article.id, holder=holders[hk], target=target, polarity=polarity,
                          score=round(max(-1.0, min(1.0, mean)), 4),
                          evidence=tuple(c.id for c, _, _ in evidence)))
    return out


def _relations(a: _Article) -> list[ClaimRelation]:
    """Claim relations the text signals, precision before recall:

    - disputes: an answer (对此, 澄清, or the first claim of a named speaker after an unnamed
      source) that negates an entity of the claim answered, or evaluates its target the other way;
    - qualifies: 但/然而 after a same-speaker claim in the same sentence (not a hypothesis), or
      a later same-speaker claim that takes up a quoted term (“护城河效应”) and turns it around;
    - supports: data (数据显示) or a field report (透露, 传出消息) right after a statement of the
      article's own voice in an earlier sentence of the same or the previous paragraph.
    """
    out: dict[tuple[str, str], ClaimRelation] = {}
    claims = a.claims
    for i, claim in enumerate(claims):
        for target, rule in _disputed(a, i):
            out.setdefault((claim.id, target.id), ClaimRelation(
                source=claim.id, target=target.id, type=RelationType.DISPUTES, rule=rule))
    disputing = {s for s, _ in out}
    for i, claim in enumerate(claims):
        if claim.id in disputing:
            continue
        for target, rule in _qualified(a, i):
            out.setdefault((claim.id, target.id), ClaimRelation(
                source=claim.id, target=target.id, type=RelationType.QUALIFIES, rule=rule))
        target = _supported(a, i)
        if target is not None:
            out.setdefault((claim.id, target.id), ClaimRelation(
                source=claim.id, target=target.id, type=RelationType.SUPPORTS,
                rule="relation.evidence_for_voice.v1"))
    return list(out.values())


def _answered(a: _Article, i: int) -> tuple[Claim, str] | None:
    """The claim that claim ``i`` answers, and how: 对此 / 澄清 (a reply), or an implicit answer
    to an unnamed source (外界认为) by the next named speaker."""
    claims = a.claims
    speaker = holder_key(claims[i].speaker)
    start = i
    while start > 0 and holder_key(claims[start - 1].speaker) == speaker:
        start -= 1  # the first claim of this speaker's turn
    if start == 0:
        return None
    turn_opener = claims[start]
    previous = claims[start - 1]
    if turn_opener.responds or any(w in a.cue(turn_opener) for w in a.lex.reply_cues):
        return previous, "reply"
    if previous.speaker.kind == "unnamed" and claims[i].speaker.kind == "entity" and i - start <= 2:
        return previous, "implicit"
    return None


def _disputed(a: _Article, i: int) -> list[tuple[Claim, str]]:
    claim = a.claims[i]
    answered = _answered(a, i)
    if answered is None:
        return []
    target, how = answered
    shared = set(claim.about) & set(target.about)
    negated = negated_mentions(a.view, claim.span, a.named(claim), a.lex)
    if how == "reply" and shared & negated:
        return [(target, "relation.reply_negates.v1")]
    if how == "reply" and (any(w in a.cue(claim) for w in a.lex.reply_cues)
                           or any(w in a.text(claim) for w in a.lex.denials)):
        return [(target, "relation.reply_denies.v1")]
    contrary = any({a.polarity(claim, k), a.polarity(target, k)} == {Polarity.FAVOR, Polarity.AGAINST}
                   for k in shared)
    if how == "implicit" and contrary:
        return [(target, "relation.contrary_answer.v1")]
    return []


def _qualified(a: _Article, i: int) -> list[tuple[Claim, str]]:
    claims = a.claims
    claim = claims[i]
    speaker = holder_key(claim.speaker)
    out = []
    if claim.contrast and i > 0:
        before = claims[i - 1]
        linked = a.same_sentence(before, claim) or bool(set(before.about) & set(claim.about))
        if (holder_key(before.speaker) == speaker and linked
                and not before.conditional and "?" not in a.text(before)):
            out.append((before, "relation.contrast_same_sentence.v1"))
    terms = set(_QUOTED.findall(a.text(claim)))
    score = a.score(claim)
    if terms and score < 0:
        for before in reversed(claims[:i]):
            if (holder_key(before.speaker) == speaker and terms & set(_QUOTED.findall(a.text(before)))
                    and a.score(before) > 0):
                out.append((before, "relation.quoted_term_reversed.v1"))
                break
    return out


def _supported(a: _Article, i: int) -> Claim | None:
    claims = a.claims
    claim = claims[i]
    data = a.is_data_source(claim.speaker) and claim.quantities
    report = claim.speaker.kind == "unnamed" and any(w in a.cue(claim) for w in a.lex.report_cues)
    if not (data or report):
        return None
    for before in reversed(claims[:i]):
        if before.speaker.kind != "author":
            continue
        if a.same_sentence(before, claim):
            return None  # 国庆假期刚过,……传出消息: a frame of the report, not a statement
        if before.quantities or before.conditional:
            return None
        commented = claims[claims.index(before) - 1]
        if a.text(before).startswith(a.lex.comment_openers) and a.same_sentence(commented, before):
            before = commented  # 这是……: a comment on the clause before it
        if a.paragraph(claim) - a.paragraph(before) > 1:
            return None
        return before
    return None


def _networkx(extractions, entities, stances, relations) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for key, e in entities.items():
        g.add_node(f"entity:{key}", kind="entity", key=key, type=e.type.value, label=e.label,
                   label_zh=e.label_zh or "", label_en=e.label_en or "", confirmed=e.confirmed, iri=e.iri)
    for x in extractions:
        a = x.article
        doc = f"article:{a.id}"
        g.add_node(doc, kind="article", key=a.id, type="NewsArticle", label=a.headline or a.path, iri=a.iri)
        for key in sorted({m.entity for m in x.mentions}):
            g.add_edge(doc, f"entity:{key}", key=f"mentions:{a.id}:{key}", relation="mentions")
        for claim in x.claims:
            cid = f"claim:{claim.id}"
            g.add_node(cid, kind="claim", key=claim.id, type=claim.type.value, label=claim.text,
                       hedged=claim.hedged, conditional=claim.conditional, start=claim.span.start,
                       end=claim.span.end, speaker_rule=claim.speaker.rule, iri=claim.iri)
            g.add_edge(cid, doc, key=f"appearance:{claim.id}", relation="appearance")
            g.add_edge(_speaker_node(claim.speaker, x), cid, key=f"author:{claim.id}", relation="author")
            for key in claim.about:
                g.add_edge(cid, f"entity:{key}", key=f"about:{claim.id}:{key}", relation="about")
    by_id = {e.article.id: e for e in extractions}
    for s in stances:
        x = by_id[s.article]
        g.add_edge(_speaker_node(s.holder, x), f"entity:{s.target}", key=f"stance:{s.article}:{holder_key(s.holder)}:{s.target}",
                   relation="stance", polarity=s.polarity.value, label=s.polarity.value, weight=_edge_weight(s))
    for r in relations:
        g.add_edge(f"claim:{r.source}", f"claim:{r.target}", key=f"{r.type.value}:{r.source}:{r.target}",
                   relation=r.type.value)
    for node, data in g.nodes(data=True):
        if node.startswith("unnamed:"):
            data.update(kind="unnamed", key=node, type="UnnamedSource", label=node.rsplit(":", 1)[1])
    return g


def _edge_weight(stance: Stance) -> float:
    """A stance's signed weight for Gephi: its sign is the polarity, never 0 (Gephi drops
    weight-0 edges), so a neutral stance weighs a small positive epsilon."""
    magnitude = max(abs(stance.score), _NEUTRAL_WEIGHT)
    if stance.polarity is Polarity.FAVOR:
        return round(magnitude, 4)
    if stance.polarity is Polarity.AGAINST:
        return -round(magnitude, 4)
    return _NEUTRAL_WEIGHT


def _speaker_node(speaker: Speaker, x: ArticleExtraction) -> str:
    """The node a speaker is: an entity, an unnamed source of this article, or the article's voice."""
    if speaker.kind == "entity":
        return f"entity:{speaker.key}"
    if speaker.kind == "unnamed":
        return f"unnamed:{x.article.id}:{speaker.key}"
    if x.publisher_entity:
        return f"entity:{x.publisher_entity}"
    return f"article:{x.article.id}"
