"""The cheap bound that turns most candidates away before their wordings are scored is exact: a
claim it turns away is one whose closest wording the sentence says too little of anyway."""
from __future__ import annotations

import pytest

from conftest import REPO
from cstocheck.checker import Checker
from cstocheck.evaluation import read_cases
from cstocheck.read import read
from cstocheck.retrieve import MIN_RECALL, Figure, _generic_kinds, counted

SETS = ("tests/regression/realworld.yaml", "tests/regression/claims.yaml")


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker.open(REPO, use_cache=False)


@pytest.mark.parametrize("name", SETS)
def test_a_claim_turned_away_by_the_bound_reaches_no_recall(checker: Checker, name: str) -> None:
    index = checker.index
    turned_away = 0
    for case in read_cases(REPO / name):
        reading = read(case.claim, index.aliases)
        if not reading.predicate:
            continue
        asked = index._asked(reading)
        figures = tuple(Figure(q.range(), counted(reading, q)) for q in reading.quantities if q.unit is None)
        for number in range(index.size):
            entry = index.entry(number)
            mentions = [m for _, m, _ in asked.mentions if not entry.is_filler(m)]
            kinds = _generic_kinds(figures) & entry.counts
            for agreed in (0.0, 3.0):
                if index._out_of_reach(asked, entry, mentions, agreed, kinds):
                    turned_away += 1
                    assert index._recall(asked, entry, mentions, agreed, kinds)[1] < MIN_RECALL, \
                        (case.claim, entry.claim.id)
    assert turned_away > 1000  # the bound does its work
