"""Unit words that multiply the figure before them, read from the unit_factors table of languages/shared.json."""
from __future__ import annotations

import pytest

from cstocheck.structure import in_units


@pytest.mark.parametrize("text,factor,word", [
    ("three decades of rule", 10, "decades"),
    ("drie decennia lang", 10, "decennia"),
    ("two dozen soldiers", 12, "dozen"),
    ("three Decades", 10, "Decades"),
    ("thirty years", 1, ""),
    ("three, decades", 1, ""),  # only right after the figure
])
def test_a_unit_word_right_after_a_figure_multiplies_it(text: str, factor: int, word: str) -> None:
    end = len(text.split()[0].rstrip(","))
    got, until = in_units(text, end)
    assert got == factor
    assert text[end:until].strip() == word


@pytest.mark.parametrize("text,fraction,unit", [
    ("for a quarter of a century", 0.25, "century"),
    ("half a century ago", 0.5, "century"),
    ("een kwart eeuw lang", 0.25, "eeuw"),
    ("een halve eeuw", 0.5, "eeuw"),
    ("about half a century", 0.5, "century"),
    ("for a decade", 1, "decade"),  # an article before a unit is one of it
    ("een decennium lang", 1, "decennium"),
])
def test_a_fraction_right_before_a_unit_is_a_figure_of_it(text: str, fraction: float, unit: str) -> None:
    from cstocheck.values import read_quantities

    (found,) = read_quantities(text)
    assert found.number == fraction
    factor, until = in_units(text, found.end)
    assert text[found.end:until].strip() == unit and factor == {"decade": 10, "decennium": 10}.get(unit, 100)


@pytest.mark.parametrize("text", ["half a million", "a quarter of the troops", "een halve dag"])
def test_a_fraction_before_anything_else_is_no_figure(text: str) -> None:
    from cstocheck.values import read_quantities

    assert all(q.number >= 1 for q in read_quantities(text))
