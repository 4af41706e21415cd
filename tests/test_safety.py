"""Safety relations over every supported real sentence of the shipped real-world sets: a figure
moved far out of range, or the sentence denied, must never come out supported. These hold for
all cases, not for a share of them: a false "supported" is the worst error a fact-checker makes.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import REPO
from cstocheck.checker import Checker
from cstocheck.evaluation import Case, read_cases

SETS = [REPO / "tests" / "regression" / name for name in ("realworld.yaml",)]
# A figure moved out of range is never borne out over every tuned set of real sentences; the denial
# still fails on a few forms of the others (see the README), so it runs on realworld.yaml alone.
MOVED_SETS = [REPO / "tests" / "regression" / name
              for name in ("realworld.yaml", "realworld-blind2.yaml", "realworld-blind5.yaml", "realworld-blind6.yaml")]
_FIGURE = re.compile(r"(?<![\w.,])\d{1,3}(?:[.,]\d{3})+(?![\w.,]\d)|(?<![\w.,])\d+(?![\w.,]?\d)")
_YEAR = re.compile(r"^(1[89]|20)\d\d$")
_SUBORDINATE = re.compile(r"[,:;]|\b(?:after|because|when|as|while|that|which|who|if|although|since)\b")
_AUXILIARY = re.compile(r"\b(is|are|was|were|has|have|had|will|would|can|could|did|does|do)\b")


def _supported(sets: list[Path] = SETS) -> list[Case]:
    return [c for path in sets for c in read_cases(Path(path)) if c.verdict == "supported"]


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker.open(REPO, use_cache=False)


def _moved(text: str) -> str | None:
    """The sentence with its first figure that is not a year or a day moved far out of range."""
    for found in _FIGURE.finditer(text):
        digits = re.sub(r"[.,]", "", found.group())
        # A year or a day is a date; a figure joined to its word ("78-jarige", "30-year") is an
        # age or a description, a detail the policy lets stand unchecked.
        if _YEAR.match(digits) or int(digits) <= 31 or text[found.end():found.end() + 1] == "-":
            continue
        return f"{text[:found.start()]}{int(digits) * 7 + 13:,}{text[found.end():]}"
    return None


def _denied(case: Case) -> str:
    """The sentence denied: "not" after its first auxiliary, or "It is not true that …"."""
    text = case.claim
    dutch = len(re.findall(r"\b(de|het|een|van|en)\b", text)) > len(re.findall(r"\b(the|of|and|to)\b", text))
    # The main clause's auxiliary: one after a comma or a subordinating word is a detail's.
    main = _SUBORDINATE.split(text, maxsplit=1)[0]
    aux = _AUXILIARY.search(main)
    if aux is not None and not dutch and not re.match(r"\s+not\b", text[aux.end():]):
        return f"{text[:aux.end()]} not{text[aux.end():]}"
    lead = "Het is niet waar dat " if dutch else "It is not true that "
    return lead + text[0].lower() + text[1:]


@pytest.mark.parametrize("case", [c for c in _supported(MOVED_SETS) if _moved(c.claim)], ids=lambda c: c.claim[:60])
def test_a_figure_moved_far_out_of_range_is_never_supported(checker: Checker, case: Case) -> None:
    moved = _moved(case.claim)
    assert moved is not None
    assert checker.claim(moved).verdict.value != "supported", moved


@pytest.mark.parametrize("case", _supported(), ids=lambda c: c.claim[:60])
def test_a_denied_sentence_is_never_supported(checker: Checker, case: Case) -> None:
    denied = _denied(case)
    assert checker.claim(denied).verdict.value != "supported", denied
