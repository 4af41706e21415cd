"""Metamorphic relations that hold for every claim in the base, generated from the base itself.

For each claim with a value, its own statement is a sentence with a known verdict (supported,
or disputed where its sources disagree). Transforming that sentence in a way whose effect on
the verdict is known tests the engine on wordings nobody wrote by hand:
- the figure moved far outside any tolerance: contradicted;
- the statement denied ("It is not true that …"): contradicted;
- the Dutch wordings of the claim: the same verdict;
- the figure written as words: the same verdict;
- another country of the base in place of the subject: not the same verdict unless that
  country's own claim carries the same value.
Each relation must hold for every claim: a claim that breaks one fails the build, with the
sentences that broke it.
"""
from __future__ import annotations

import re

import pytest
from num2words import num2words

from conftest import REPO
from cstocheck.checker import Checker
from cstocheck.conflicts import find_conflicts
from cstocheck.model import Claim, EntityKind, ValueKind
from cstocheck.values import parse_count, read_quantities

FLOOR = 1.0  # share of claims for which each relation must hold: all of them


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker.open(REPO, use_cache=False)


@pytest.fixture(scope="module")
def disputed(checker: Checker) -> set[str]:
    return {c.claim.id for c in find_conflicts(checker.base.claims)}


def expected(claim: Claim, disputed: set[str]) -> str:
    return "disputed" if claim.id in disputed else "supported"


def _claims(checker: Checker, *kinds: ValueKind) -> list[Claim]:
    return [c for c in checker.base.claims if c.kind in kinds and not any(s.value for s in c.sources)]


def _rate(results: list[tuple[str, bool]]) -> float:
    return sum(ok for _, ok in results) / max(1, len(results))


def _report(results: list[tuple[str, bool]]) -> str:
    return "failing: " + "; ".join(text for text, ok in results if not ok)


def test_every_statement_gets_the_verdict_its_sources_give(checker: Checker, disputed: set[str]) -> None:
    # A membership claim's wordings are timeless; its statement and history are checked elsewhere.
    valued = [c for c in checker.base.claims if c.kind not in (ValueKind.EVENT, ValueKind.MEMBERSHIP)]
    results = [(c.statement, checker.claim(c.statement).verdict.value == expected(c, disputed)) for c in valued]
    assert _rate(results) >= FLOOR, _report(results)


_FIGURE = re.compile(r"\b\d[\d,.]*\d\b|\b\d\b")


def _far_off(number: float) -> str:
    return f"{int(number * 7 + 13):,}"


def test_a_figure_far_outside_tolerance_is_contradicted(checker: Checker) -> None:
    results = []
    for claim in _claims(checker, ValueKind.COUNT, ValueKind.YEAR):
        if claim.kind is ValueKind.YEAR:
            found = _FIGURE.search(claim.statement)
            if not found:
                continue
            start, end = found.span()
            changed = str(int(found.group().replace(",", "")) - 40)
        else:
            # The claim's own figure, in digits or words ("Five countries … in January 2022").
            quantities = read_quantities(claim.statement)
            if not quantities:
                continue
            start, end = quantities[0].start, quantities[0].end
            value = parse_count(claim.value or "0")
            # "at least 164" admits any larger figure: a bound is contradicted from below only.
            changed = f"fewer than {int(value.number) // 2:,}" if value.range().hi == float("inf") \
                else _far_off(value.number)
        text = claim.statement[:start] + changed + claim.statement[end:]
        results.append((text, checker.claim(text).verdict.value == "contradicted"))
    assert results and _rate(results) >= FLOOR, _report(results)


@pytest.mark.parametrize("prefix", ["It is not true that ", "Het is niet waar dat "])
def test_denying_a_supported_statement_contradicts_it(checker: Checker, disputed: set[str], prefix: str) -> None:
    results = []
    for claim in checker.base.claims:
        if claim.id in disputed or claim.kind is ValueKind.MEMBERSHIP:
            continue
        text = prefix + claim.statement[0].lower() + claim.statement[1:]
        results.append((text, checker.claim(text).verdict.value == "contradicted"))
    assert _rate(results) >= FLOOR, _report(results)


def test_dutch_wordings_keep_the_verdict(checker: Checker, disputed: set[str]) -> None:
    results = []
    for claim in checker.base.claims:
        if claim.kind in (ValueKind.EVENT, ValueKind.MEMBERSHIP):
            continue
        for text in claim.paraphrases.get("nl", ()):
            results.append((text, checker.claim(text).verdict.value == expected(claim, disputed)))
    assert results and _rate(results) >= FLOOR, _report(results)


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_figures_written_as_words_keep_the_verdict(checker: Checker, disputed: set[str], lang: str) -> None:
    results = []
    for claim in checker.base.claims:
        if claim.kind is not ValueKind.COUNT:
            continue
        for text in (claim.statement, *claim.paraphrases.get("en", ())) if lang == "en" \
                else claim.paraphrases.get("nl", ()):
            found = _FIGURE.search(text)
            if not found:
                continue
            number = int(float(found.group().replace(",", "").replace(".", "")))
            words = num2words(number, lang=lang)
            worded = text[:found.start()] + words + text[found.end():]
            results.append((worded, checker.claim(worded).verdict.value == expected(claim, disputed)))
    assert results and _rate(results) >= FLOOR, _report(results)


def test_swapping_the_country_changes_the_verdict_unless_its_value_is_the_same(checker: Checker) -> None:
    countries = [e for e in checker.base.entities if e.kind is EntityKind.COUNTRY]
    by_name = {n: e for e in countries for n in e.names if not n.endswith("*")}
    results = []
    for claim in _claims(checker, ValueKind.COUNT):
        before = checker.claim(claim.statement).verdict.value
        subject = next((n for n in sorted(by_name, key=len, reverse=True)
                        if re.match(rf"{re.escape(n)}\b", claim.statement)), None)
        if subject is None:
            continue
        for other in ("Kyrgyzstan", "Armenia", "Belarus", "Tajikistan", "Russia"):
            if by_name.get(other) is None or by_name[other].id == by_name[subject].id:
                continue
            text = other + claim.statement[len(subject):]
            after = checker.claim(text)
            same_value = after.claim is not None and after.claim.value == claim.value
            results.append((text, after.verdict.value != before or same_value))
    assert results and _rate(results) >= FLOOR, _report(results)


# Stand-ins the base knows but that no claim's point is about here: each replaces a name of its
# kind that a statement gives, when the claim never names it.
_STAND_INS = {EntityKind.PERSON: ("Medvedev", "Grigoryan", "Mirziyoyev"),
              EntityKind.COUNTRY: ("China", "Moldova", "Afghanistan"),
              EntityKind.ORGANISATION: ("NATO", "GUAM", "Warsaw Pact")}
# The share of statements with a name swapped that must not come out supported: 0.925 of 265
# (0.917 when the relation was added; 0.577 before another-actor and another-named). Most of
# the rest add a country to a list of the claim's own ("over China and Donetsk"), which no rule
# reads as a substitution, or are matched to another claim that names it.
NAMED_FLOOR = 0.92


def _swaps(checker: Checker) -> list[tuple[str, str]]:
    """Each statement with one of its names replaced by a stand-in of the same kind."""
    entities = [e for e in checker.base.entities if e.kind in _STAND_INS]
    by_name = {n: e for e in entities for n in e.names if not n.endswith("*") and n[:1].isupper()}
    ids = {n: e.id for e in checker.base.entities for n in e.names}
    names = sorted(by_name, key=len, reverse=True)
    swaps = []
    for claim in checker.base.claims:
        named = {e.id for n, e in by_name.items() if re.search(rf"\b{re.escape(n)}\b", " ".join(claim.texts))}
        for name in names:
            found = re.search(rf"\b{re.escape(name)}\b", claim.statement)
            if found is None:
                continue
            other = next((s for s in _STAND_INS[by_name[name].kind] if ids.get(s) not in named), None)
            if other is not None:
                swaps.append((claim.id, claim.statement[:found.start()] + other + claim.statement[found.end():]))
            break
    return swaps


def test_a_name_the_claim_never_names_in_place_of_its_own_is_not_supported(checker: Checker) -> None:
    results = [(text, checker.claim(text).verdict.value != "supported") for _, text in _swaps(checker)]
    assert len(results) > 100 and _rate(results) >= NAMED_FLOOR, f"{_rate(results):.3f} " + _report(results)
