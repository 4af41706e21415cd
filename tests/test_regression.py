"""The shipped regression set: labelled sentences in English and Dutch, written apart from the
claims base. A drop below the floor fails the build."""
from __future__ import annotations

from pathlib import Path

from cstocheck.checker import Checker
from cstocheck.evaluation import evaluate

from conftest import REPO

CASES = Path(__file__).resolve().parent / "regression" / "claims.yaml"
# Measured 0.898 strict (0.912 verdict) when this floor was set; the goal is 0.95 (see the README).
STRICT_FLOOR = 0.88
VERDICT_FLOOR = 0.89


def test_regression_set_stays_above_its_floor() -> None:
    report = evaluate(CASES, Checker.open(REPO, use_cache=False).claim)
    misses = "\n".join(f"{CASES.name}:{o.case.line}: expected {o.case.verdict}, got {o.verdict}: {o.case.claim}"
                       for o in report.misses)
    assert len(report.outcomes) >= 80
    assert report.strict_accuracy >= STRICT_FLOOR, misses
    assert report.verdict_accuracy >= VERDICT_FLOOR, misses
