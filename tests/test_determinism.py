"""A verdict does not depend on the process that gives it. Python seeds its string hashes per
process, so a set's order differs from run to run: a score summed over a set in that order can
differ in its last bit, and a near-tie between two wordings then goes one way or the other (a
denial came out contradicted in one run and unverified in the next). Two processes with other
hash seeds must agree on every sentence of the real-sentence sets and on every denial of a claim."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from conftest import REPO

_JUDGE_ALL = """
import json, sys
from pathlib import Path
from cstocheck.checker import Checker
from cstocheck.evaluation import read_cases
checker = Checker.open(Path(sys.argv[1]), use_cache=False)
sentences = [c.claim for name in sys.argv[2:] for c in read_cases(Path(name))]
sentences += ["It is not true that " + c.statement[0].lower() + c.statement[1:] for c in checker.base.claims]
findings = [checker.claim(s) for s in sentences]
print(json.dumps([(s, f.verdict.value, f.explanation) for s, f in zip(sentences, findings)]))
"""

SETS = ("tests/regression/realworld.yaml", "tests/regression/realworld-blind2.yaml")


def _verdicts(seed: str) -> list[list[str]]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run([sys.executable, "-c", _JUDGE_ALL, str(REPO), *(str(REPO / s) for s in SETS)],
                          capture_output=True, text=True, env=env, check=True, timeout=600)
    result: list[list[str]] = json.loads(done.stdout)
    return result


@pytest.mark.parametrize("seeds", [("1", "2")])
def test_the_hash_seed_changes_no_verdict(seeds: tuple[str, str]) -> None:
    first, second = (_verdicts(seed) for seed in seeds)
    assert len(first) > 500
    assert [row for row, other in zip(first, second, strict=True) if row != other] == []
