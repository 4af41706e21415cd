"""Titles given in passing: where they are found, and which are left alone."""
from __future__ import annotations

import pytest

from conftest import REPO
from cstocheck.checker import Checker
from cstocheck.read import read
from cstocheck.titles import titles


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker.open(REPO, use_cache=False)


@pytest.mark.parametrize(("sentence", "title"), [
    ("Tajik President Kassym-Jomart Tokayev said so.", "Tajik President Kassym-Jomart Tokayev"),
    ("Kazakhstan's president Tokayev spoke.", "Kazakhstan's president Tokayev"),
    ("Then the President of Belarus, Alexander Lukashenko, spoke.", "President of Belarus, Alexander Lukashenko"),
    ("De Kazachse president Tokajev sprak.", "Kazachse president Tokajev"),
    ("President Tokajev van Kazachstan sprak.", "President Tokajev van Kazachstan"),
    ("Russian foreign ministry spokeswoman Maria Zakharova spoke.",
     "Russian foreign ministry spokeswoman Maria Zakharova"),
])
def test_a_title_before_a_name_is_found_with_the_name(checker: Checker, sentence: str, title: str) -> None:
    reading = read(sentence, checker.index.aliases)
    assert [sentence[t.start:t.end] for t in titles(reading, checker.index.offices)] == [title]


@pytest.mark.parametrize("sentence", [
    "Former president Nazarbayev spoke.",
    "De toenmalige president Medvedev sprak.",
    "Tokayev spoke to the president.",  # no title joined to the name
    "The president said Tokayev spoke.",
])
def test_no_title_or_one_of_the_past_is_left_alone(checker: Checker, sentence: str) -> None:
    assert titles(read(sentence, checker.index.aliases), checker.index.offices) == []
