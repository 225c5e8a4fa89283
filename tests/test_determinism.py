"""Same corpus, same bytes: in one process and across hash seeds."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from claimgraph import api

ROOT = Path(__file__).parent.parent
FILES = ("graph.ttl", "graph.nt", "graph.nq", "graph.jsonld", "graph.graphml", "graph.gexf",
         "entities.graphml", "entities.gexf", "ontology.ttl", "shapes.ttl")


@pytest.fixture(scope="module")
def first(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("first") / "kg"
    api.build(ROOT / "corpus", out)
    return out


def test_a_build_writes_every_format(first):
    assert sorted(p.name for p in first.iterdir()) == sorted(FILES)


def test_two_builds_are_byte_identical(first, tmp_path):
    api.build(ROOT / "corpus", tmp_path / "kg")
    for name in FILES:
        assert (tmp_path / "kg" / name).read_bytes() == (first / name).read_bytes(), name


@pytest.mark.parametrize("seed", ["0", "4242"])
def test_builds_under_other_hash_seeds_are_byte_identical(first, tmp_path, seed):
    env = {**os.environ, "PYTHONHASHSEED": seed}
    subprocess.run([sys.executable, "-m", "claimgraph.cli", "build", str(ROOT / "corpus"), "--out", str(tmp_path / "kg")],
                   check=True, env=env, capture_output=True)
    for name in FILES:
        assert (tmp_path / "kg" / name).read_bytes() == (first / name).read_bytes(), name


def test_rendering_a_linked_graph_in_memory_gives_the_bytes_of_a_build(first, nlp):
    from claimgraph.export import render
    from claimgraph.extract import process_article
    from claimgraph.graph import build_graph
    from claimgraph.ingest import read_article

    paths = sorted((ROOT / "corpus").glob("*.txt"))
    files = render(build_graph([process_article(read_article(p), nlp) for p in paths]))
    assert sorted(files) == sorted(FILES)
    for name in FILES:
        assert files[name] == (first / name).read_bytes(), name
