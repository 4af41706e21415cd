"""Figures given in passing: a wrong one makes the sentence contradicted, a right one or one the
base cannot tell apart adds nothing."""
from __future__ import annotations

import pytest

from conftest import REPO
from cstocheck.checker import Checker
from cstocheck.finding import Verdict
from cstocheck.judge import judge_match
from cstocheck.passing import figures_in_passing
from cstocheck.read import read


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker.open(REPO, use_cache=False)


@pytest.mark.parametrize(("sentence", "claims"), [
    # one count claim counts the dead, one the arrests: both figures are wrong
    ("Kazakhstan's protests spiralled into violence, with dozens of deaths and 10,000 arrests.",
     ["deaths-at-least-164", "arrests-about-8000"]),
    ("De protesten in Kazachstan liepen uit op geweld, met tientallen doden.", ["deaths-at-least-164"]),
    # a right figure in passing adds no part
    ("Kazakhstan's protests spiralled into violence, with at least 164 deaths.", []),
    # a figure of a city's dead is a part of the country's
    ("The ministry said 103 deaths in the first week were in Almaty.", []),
    # how long something lasted is no figure of a count, nor is how many members an alliance has
    ("Five months later, Kazakhstan's protests turned violent.", []),
    ("Moscow sent troops after Tokayev appealed to an alliance involving six former Soviet states.", []),
])
def test_a_wrong_figure_in_passing_is_a_part_of_its_own(checker: Checker, sentence: str, claims: list[str]) -> None:
    found = figures_in_passing(read(sentence, checker.index.aliases), checker.index, (), judge_match)
    assert [p.claim.id for p in found if p.claim is not None] == claims
    assert all(p.verdict in (Verdict.CONTRADICTED, Verdict.DISPUTED) for p in found)


def test_a_figure_a_part_was_judged_on_is_not_judged_again(checker: Checker) -> None:
    finding = checker.claim("Kazakhstan's protests turned violent, and 10,000 people were arrested.")
    assert [p.claim.id for p in finding.parts if p.claim is not None].count("arrests-about-8000") == 1
