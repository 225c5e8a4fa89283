"""Pass rate of the claim stage on each capability of the template-generated suite
(tests/capabilities/cases.py, cases_unseen.py and cases_types.py), run by hand:

    python bench/capabilities.py [-v]

``-v`` prints each failing variant and what went wrong.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from capabilities.cases import CAPABILITIES, HEAD, check  # noqa: E402
from capabilities.cases_unseen import UNSEEN  # noqa: E402
from capabilities.cases_types import TYPES  # noqa: E402

from claimgraph.catalog import load_catalog  # noqa: E402
from claimgraph.extract import process_article  # noqa: E402
from claimgraph.extract.lexicons import load_claim_lexicon  # noqa: E402
from claimgraph.extract.polarity import load_lexicon  # noqa: E402
from claimgraph.ingest import parse_article  # noqa: E402
from claimgraph.nlp import build_nlp  # noqa: E402


def main() -> None:
    verbose = "-v" in sys.argv[1:]
    nlp = build_nlp(load_catalog())
    folder = nlp.get_pipe("claimgraph_entity_matcher_v1").folder
    lexicon, claim_lexicon = load_lexicon(), load_claim_lexicon(folder)
    total = passed = 0
    for name, make in {**CAPABILITIES, **UNSEEN, **TYPES}.items():
        cases = make()
        failures = []
        for case in cases:
            x = process_article(parse_article((HEAD + case.text).encode("utf-8"), "t.txt"), nlp, lexicon, claim_lexicon)
            reason = check(x, case, folder.key)
            if reason is not None:
                failures.append((case.text, reason))
        total += len(cases)
        passed += len(cases) - len(failures)
        print(f"{name:<26} {len(cases) - len(failures):>3}/{len(cases):<3} {1 - len(failures) / len(cases):6.1%}")
        if verbose:
            for text, reason in failures:
                print(f"    {text}\n        {reason}")
    print(f"{'all':<26} {passed:>3}/{total:<3} {passed / total:6.1%}")


if __name__ == "__main__":
    main()
