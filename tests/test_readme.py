"""Every cookbook query in README.md, run with `claimgraph query` over the committed kg/,
prints exactly the answer the README shows (refresh with bench/readme_answers.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimgraph.cli import main

ROOT = Path(__file__).parent.parent
COOKBOOK = re.compile(r"```sparql\n(.*?)```\n\s*```text\n(.*?)```", re.DOTALL)


def cookbook() -> list[tuple[str, str]]:
    """(query, answer) for every ```sparql block followed by a ```text block."""
    return COOKBOOK.findall((ROOT / "README.md").read_text("utf-8"))


def test_the_readme_has_a_cookbook_of_five_questions_or_more():
    assert len(cookbook()) >= 5


@pytest.mark.parametrize(("query", "answer"), cookbook(), ids=lambda v: v.strip().splitlines()[-1][:40])
def test_cookbook_answer_is_what_claimgraph_query_prints(query, answer):
    result = CliRunner().invoke(main, ["query", query, "--kg", str(ROOT / "kg")])
    assert result.exit_code == 0, result.output
    assert result.output == answer


def test_readme_keeps_its_opening_commands():
    text = (ROOT / "README.md").read_text("utf-8")
    assert "pip install . && claimgraph build corpus --out kg" in text
    assert 'pip install -e ".[test]" && python -m pytest' in text
