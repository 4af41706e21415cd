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
