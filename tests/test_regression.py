"""The shipped regression sets: labelled sentences in English and Dutch, written apart from the
claims base by people who read only the seeds. A drop below a floor fails the build."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO
from cstocheck.checker import Checker
from cstocheck.evaluation import evaluate

HERE = Path(__file__).resolve().parent / "regression"
# (cases, strict floor, verdict floor), set just under what was measured.
SETS = [
    ("claims.yaml", 0.97, 0.98),  # measured 0.978 strict, 0.985 verdict
    ("heldout.yaml", 0.96, 0.97),  # measured 0.960 strict, 0.970 verdict
    # Written from the seeds alone, blind to the base and the engine; 0.744 strict when first run.
    # 004's "President Pashinyan" is a slip (issue 14); two cases here expect it disputed.
    ("fresh.yaml", 0.93, 0.94),  # measured 0.933 strict, 0.944 verdict
    # Written last, the same way; 0.713 strict when first run.
    ("blind.yaml", 0.85, 0.87),  # measured 0.850 strict, 0.875 verdict
    # Real public sentences, labelled blind against the seeds: 0.259 strict on the engine before
    # frames and windows (0.350 on the engine they were added to).
    ("realworld.yaml", 0.60, 0.65),  # measured 0.601 strict, 0.657 verdict
    # Its holdout, never looked at while tuning: 0.230 strict before, 0.262 when added.
    ("realworld-holdout.yaml", 0.40, 0.42),  # measured 0.410 strict, 0.426 verdict
    # A second set of real sentences (132, 50 of them Dutch), collected and labelled in a session
    # that saw only the seeds and the labelling policy, never the base or the engine. First run,
    # on the engine it was added to: 0.333 strict, 0.386 verdict. Tuned on since.
    ("realworld-blind2.yaml", 0.58, 0.61),  # measured 0.583 strict, 0.614 verdict
    # A third such set (123 sentences, 35 Dutch), written the same way after the second was tuned on.
    # First run, on the engine it was added to: 0.407 strict, 0.431 verdict. Its counts, read by
    # commit, made changes be dropped, and a handful of its sentences were read where a change moved
    # them (so it is no longer untouched).
    ("realworld-blind3.yaml", 0.45, 0.49),  # measured 0.455 strict, 0.496 verdict
    # A fourth such set (103 sentences, 43 Dutch), written the same way while blind3 had been used
    # as a veto. First run, on the engine it was added to: 0.447 strict, 0.476 verdict.
    ("realworld-blind4.yaml", 0.48, 0.49),  # measured 0.485 strict, 0.495 verdict (read once, at the end of a stop)
    # A fifth such set (120 sentences, 50 Dutch), written the same way, without running the tool.
    # First run, on the engine it was added to: 0.500 strict, 0.567 verdict. Tuned on since.
    ("realworld-blind5.yaml", 0.58, 0.64),  # measured 0.583 strict, 0.642 verdict
    # A sixth such set (120 sentences, 53 Dutch), written the same way, without running the tool.
    # First run, on the engine it was added to: 0.508 strict, 0.558 verdict. Untouched for one stop (its
    # floor failing once made a change be dropped); tuned on since, a seventh set taking its place.
    ("realworld-blind6.yaml", 0.59, 0.66),  # measured 0.600 strict, 0.667 verdict
    # A seventh such set (120 sentences, 53 Dutch; 30 contradicted or disputed, 6 of them Dutch), written
    # the same way, without running the tool. First run, on the engine it was added to: 0.450 strict,
    # 0.492 verdict. The untouched set now, beside blind4.
    ("realworld-blind7.yaml", 0.45, 0.49),  # measured 0.458 strict, 0.500 verdict (read once, at the end of the stop)
    # An eighth such set (120 sentences, 60 Dutch; 31 contradicted or disputed, 7 of them Dutch), written
    # the same way, without running the tool. First run, on the engine it was added to: 0.442 strict,
    # 0.467 verdict. Tuned on from then.
    ("realworld-blind8.yaml", 0.51, 0.54),  # measured 0.517 strict, 0.542 verdict (first run 0.442, 0.467)
    # A ninth such set (120 sentences, 57 Dutch; only 8 contradicted or disputed, 1 of them Dutch: the
    # earlier sets hold nearly every such sentence the stored pages give), written the same way, without
    # running the tool. First run, on the engine it was added to: 0.517 strict, 0.533 verdict. Tuned on since.
    ("realworld-blind9.yaml", 0.58, 0.60),  # measured 0.583 strict, 0.600 verdict (first run 0.517, 0.533)
]


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker.open(REPO, use_cache=False)


@pytest.mark.parametrize("name,strict_floor,verdict_floor", SETS)
def test_regression_set_stays_above_its_floor(checker: Checker, name: str, strict_floor: float,
                                              verdict_floor: float) -> None:
    cases = HERE / name
    report = evaluate(cases, checker.claim)
    misses = "\n".join(f"{name}:{o.case.line}: expected {o.case.verdict}, got {o.verdict}: {o.case.claim}"
                       for o in report.misses)
    assert len(report.outcomes) >= 60
    assert report.strict_accuracy >= strict_floor, misses
    assert report.verdict_accuracy >= verdict_floor, misses
