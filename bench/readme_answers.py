"""Refresh the answers of README.md's cookbook from a built graph.

Every ```sparql block of README.md that is followed by a ```text block gets, in that
text block, what `claimgraph query` prints for it over kg/. Run after rebuilding kg/:

    python bench/readme_answers.py            # rewrite README.md
    python bench/readme_answers.py --check    # exit 1 when an answer is out of date
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from claimgraph import api

ROOT = Path(__file__).resolve().parent.parent
COOKBOOK = re.compile(r"(```sparql\n)(.*?)(```\n\s*```text\n)(.*?)(```)", re.DOTALL)


def refreshed(readme: str, kg: Path) -> str:
    """README text with every cookbook answer block replaced by the query's answer over ``kg``."""
    return COOKBOOK.sub(lambda m: m[1] + m[2] + m[3] + api.query(m[2], kg).text + m[5], readme)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--kg", type=Path, default=ROOT / "kg")
    parser.add_argument("--readme", type=Path, default=ROOT / "README.md")
    parser.add_argument("--check", action="store_true", help="only report whether the answers are current")
    args = parser.parse_args()
    text = args.readme.read_text("utf-8")
    new = refreshed(text, args.kg)
    if args.check:
        print("README answers are current" if new == text else "README answers are out of date")
        return int(new != text)
    args.readme.write_text(new, "utf-8")
    print(f"{len(COOKBOOK.findall(text))} answers written into {args.readme}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
