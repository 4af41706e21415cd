"""A faithful base: slips, modality, offices and states in time, wordings checked against their
statement, and every source pointing at the line that holds its quote."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import FIXTURES, REPO
from cstocheck.base import load_base
from cstocheck.checker import Checker
from cstocheck.cli import app
from cstocheck.conflicts import find_conflicts, find_slips
from cstocheck.model import Modality
from cstocheck.qualify import modality_of, says_with
from cstocheck.quotes import normalize_quote
from cstocheck.wordings import CHECKS, check_wordings

WORDINGS = sorted((FIXTURES / "claims" / "wordings").glob("*.yaml"))


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker.open(REPO, use_cache=False)


@pytest.fixture(scope="module")
def shipped():
    return load_base(REPO)


# --- the verdicts the issue found wrong -------------------------------------------------------


@pytest.mark.parametrize("sentence,verdict", [
    ("Pashinyan is Armenia's prime minister", "supported"),  # 004's "President" is a slip
    ("The 150 troops came from Tajikistan", "contradicted"),  # 000's "Doesjanbe" is a slip for Bishkek
    ("Nazarbayev is still chairman of the Security Council", "contradicted"),  # lost it on 5 January 2022
    ("Nazarbajev is nog steeds voorzitter van de Veiligheidsraad", "contradicted"),
    ("Nazarbayev is no longer chairman of the Security Council", "supported"),
    ("Nazarbayev was still chairman of the Security Council after his resignation", "supported"),
    ("Jazz pianist Vikram Ruzakhunov is still being held in Kazakhstan.", "contradicted"),
    ("A Belarusian was arrested on 5 January", "unverified"),  # 5 January dates his post
    ("The CSTO troops helped put down the uprising.", "disputed"),  # 003 and 001 against 002
    ("The CSTO troops did not get involved in the civil conflict in Kazakhstan.", "disputed"),
])
def test_the_verdicts_the_base_now_gets_right(checker: Checker, sentence: str, verdict: str) -> None:
    assert checker.claim(sentence).verdict.value == verdict


def test_a_date_outside_an_interval_is_contradicted(checker: Checker) -> None:
    finding = checker.claim("On 10 January 2022 Nazarbayev chaired the Security Council")
    assert finding.verdict.value == "contradicted"
    assert "2022-01-05" in finding.explanation


# --- slips ------------------------------------------------------------------------------------


def test_slips_are_listed_apart_and_never_a_side_of_a_conflict(shipped) -> None:
    slips = {(s.claim.id, s.means) for s in find_slips(shipped.claims)}
    assert ("pashinyan-prime-minister", "supports") in slips
    assert ("kyrgyzstan-elite-troops-sender", "kyrgyzstan") in slips
    conflicts = {c.claim.id for c in find_conflicts(shipped.claims)}
    assert not conflicts & {claim for claim, _ in slips}
    assert {"deployment-january-2022", "troops-stayed-out-of-conflict"} <= conflicts


def test_a_slip_never_reaches_a_verdict(checker: Checker) -> None:
    finding = checker.claim("The 150 troops came from Tajikistan")
    assert "dushanbe" not in finding.explanation
    assert all("Doesjanbe" not in e.quote for e in finding.evidence)


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_conflicts_slips_lists_them(fmt: str) -> None:
    result = CliRunner().invoke(app, ["conflicts", "--slips", "--format", fmt, "--base", str(REPO)])
    assert result.exit_code == 0
    if fmt == "json":
        items = json.loads(result.stdout)
        assert {"id", "source", "quote", "line", "says", "means"} <= set(items[0])
        assert any(i["id"] == "kyrgyzstan-elite-troops-sender" and i["means"] == "kyrgyzstan" for i in items)
    else:
        assert "slip(s)" in result.stdout and "means kyrgyzstan" in result.stdout


# --- modality ---------------------------------------------------------------------------------


def test_a_reported_fact_stated_as_certain_is_supported_with_a_note(checker: Checker) -> None:
    finding = checker.claim("Kyrgyzstan sent 150 troops to Kazakhstan.")
    assert finding.verdict.value == "supported"
    assert "source 000 reports this as unconfirmed" in finding.explanation


def test_a_sentence_that_reports_it_too_matches_exactly(checker: Checker) -> None:
    finding = checker.claim("Kyrgyzstan reportedly sent 150 troops to Kazakhstan.")
    assert finding.verdict.value == "supported"
    assert "unconfirmed" not in finding.explanation


@pytest.mark.parametrize("text,modality", [
    ("Kyrgyzstan reportedly sent 150 troops.", Modality.REPORTED),
    ("Kirgizië zou 150 militairen sturen.", Modality.REPORTED),
    ("Putin apparently profits from the revolt.", Modality.HEDGED),
    ("Poetin lijkt garen te spinnen bij de revolte.", Modality.HEDGED),
    ("According to Pashinyan, the troops only guard key sites.", Modality.ATTRIBUTED),
    ("Russia sent about 2,300 troops.", None),
])
def test_the_modality_of_a_sentence_is_read_from_its_words(text: str, modality: Modality | None) -> None:
    assert modality_of(text) is modality


def test_a_gap_in_a_phrase_spans_a_few_words() -> None:
    assert says_with("Hij is geen voorzitter van de raad meer.", "no_longer")
    assert not says_with("Hij is geen voorzitter.", "no_longer")


# --- every wording against its statement ------------------------------------------------------


def _expectation(path: Path) -> tuple[int, int, str, str] | None:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    if first.startswith("# expect: nothing"):
        return None
    found = re.match(r"# expect: (\d+):(\d+): (\w+): (.*)", first)
    assert found, f"{path.name} must start with '# expect: LINE:COL: CHECK: MESSAGE'"
    return int(found[1]), int(found[2]), found[3], found[4]


@pytest.mark.parametrize("path", WORDINGS, ids=lambda p: p.stem)
def test_a_drifting_wording_is_reported_at_its_place(path: Path, make_base) -> None:
    base = load_base(make_base(path))
    assert [str(p) for p in base.problems] == []
    found = check_wordings(base)
    expected = _expectation(path)
    if expected is None:
        assert [str(p) for p in found] == []
        return
    line, col, check, message = expected
    assert any(p.path.endswith(path.name) and (p.line, p.col) == (line, col) and p.message.startswith(message)
               and p.message.endswith(f"[{check}]") for p in found), "\n".join(str(p) for p in found)


def test_every_wording_check_has_a_fixture() -> None:
    covered = {e[2] for e in map(_expectation, WORDINGS) if e is not None}
    assert {name for name, _ in CHECKS} <= covered


def test_a_drifting_wording_is_a_warning_and_an_error_under_strict(make_base) -> None:
    root = str(make_base(FIXTURES / "claims" / "wordings" / "figure.yaml"))
    plain = CliRunner().invoke(app, ["validate", "--base", root])
    strict = CliRunner().invoke(app, ["validate", "--strict", "--base", root])
    assert plain.exit_code == 0 and "figure.yaml:10:11: warning:" in plain.stdout
    assert strict.exit_code == 1 and "figure.yaml:10:11: error:" in strict.stdout


def test_the_shipped_base_is_clean_under_strict() -> None:
    result = CliRunner().invoke(app, ["validate", "--strict", "--base", str(REPO)])
    assert result.exit_code == 0, result.stdout


# --- every source names the line of its quote -------------------------------------------------


def test_every_source_names_a_line_whose_text_still_holds_its_quote(shipped) -> None:
    missing, moved = [], []
    for claim in shipped.claims:
        for source in claim.sources:
            where = f"{claim.id} ({source.seed})"
            if source.stated_line is None:
                missing.append(where)
                continue
            lines = shipped.seeds[source.seed].text.split("\n")
            # A quote may run on over the seed's line breaks: its text from the named line on.
            text = "\n".join(lines[source.stated_line - 1:source.stated_line - 1 + source.quote.count("\n") + 3])
            if not normalize_quote(text).startswith(normalize_quote(text.split("\n")[0])) or \
                    normalize_quote(source.quote) not in normalize_quote(text):
                moved.append(where)
    assert missing == [] and moved == []
