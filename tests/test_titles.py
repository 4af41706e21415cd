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
    # an office right after the name, between commas, with whose it is
    ("Pashinyan, Armenia's president, said so.", "Pashinyan, Armenia's president"),
    ("Pasjinjan, de president van Armenië, zei dat.", "Pasjinjan, de president van Armenië"),
    ("Zas, secretary-general of the CSTO, spoke.", "Zas, secretary-general of the CSTO"),
    ("Zakharova, spokeswoman for the Russian foreign ministry, spoke.",
     "Zakharova, spokeswoman for the Russian foreign ministry"),
    ("Zacharova, een woordvoerster voor het Russische ministerie van Buitenlandse Zaken, sprak.",
     "Zacharova, een woordvoerster voor het Russische ministerie van Buitenlandse Zaken"),
])
def test_a_title_before_a_name_is_found_with_the_name(checker: Checker, sentence: str, title: str) -> None:
    reading = read(sentence, checker.index.aliases)
    assert [sentence[t.start:t.end] for t in titles(reading, checker.index.offices)] == [title]


@pytest.mark.parametrize("sentence", [
    "Former president Nazarbayev spoke.",
    "De oud-president Nazarbajev sprak.",  # a past title joined by a hyphen is of the past too
    "Ex-president Nazarbayev spoke.",
    "De toenmalige president Medvedev sprak.",
    "Tokayev spoke to the president.",  # no title joined to the name
    "The president said Tokayev spoke.",
    "Tokayev, Putin and Lukashenko met.",  # a list of names, no office between the commas
    "Pashinyan, Armenia's president and a former journalist, spoke.",  # an office and more
])
def test_no_title_or_one_of_the_past_is_left_alone(checker: Checker, sentence: str) -> None:
    assert titles(read(sentence, checker.index.aliases), checker.index.offices) == []


def test_a_title_of_the_past_still_says_who_someone_is(checker: Checker) -> None:
    # Asked for (past=True), it is found with the country named before it.
    sentence = "De Kazachse oud-president Nazarbajev stopt als partijleider."
    found = titles(read(sentence, checker.index.aliases), checker.index.offices, past=True)
    assert [sentence[t.start:t.end] for t in found] == ["Kazachse oud-president Nazarbajev"]
    # and a claim on what he did (stepping down as president) is not borne out by who he is
    finding = checker.claim("De Kazachse oud-president Nazarbajev (81) stopt als leider van de regeringspartij Nur Otan.")
    assert all(p.claim is None or p.claim.id != "nazarbayev-resigned-2019" or p.weight.value != "supported"
               for p in finding.parts)
