"""`check` reports each checked fact of a sentence with where it stands, and the details the
base does not speak to as such."""
from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from conftest import FIXTURES
from cstocheck.cli import app

DRAFT = FIXTURES / "drafts" / "parts" / "two-facts.md"


def _check(*args: str) -> list[dict]:
    result = CliRunner().invoke(app, ["check", str(DRAFT), "--no-cache", "--format", "json", *args])
    return json.loads(result.stdout)


def test_each_fact_has_its_span_and_a_detail_is_marked_as_such() -> None:
    found = _check()
    first = next(f for f in found if f["sentence"].startswith("Armenia"))
    assert first["verdict"] == "supported"
    assert first["partial"] is True
    text = Path(DRAFT).read_text(encoding="utf-8").splitlines()[first["line"] - 1]
    spans = {p["verdict"]: text[p["col"] - 1:p["end_col"] - 1] for p in first["parts"]}
    assert spans["supported"] == "Armenia sent 70 troops to Kazakhstan"
    assert spans["unverified"].startswith("Georgia sent 500 tanks")
    detail = next(p for p in first["parts"] if p["verdict"] == "unverified")
    assert detail["claim_id"] is None


def test_the_terminal_says_what_is_not_in_the_base() -> None:
    result = CliRunner().invoke(app, ["check", str(DRAFT), "--no-cache"], env={"COLUMNS": "200"})
    assert "supported in part: 1 detail is not in the base" in result.stdout
    assert "not in the base Georgia sent 500 tanks to Paris." in result.stdout
