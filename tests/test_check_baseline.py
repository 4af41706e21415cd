"""Accepted findings: inline `cstocheck: ignore` comments and the --baseline file."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import FIXTURES
from cstocheck.cli import app

runner = CliRunner()


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CSTOCHECK_CONFIG", raising=False)
    monkeypatch.delenv("CSTOCHECK_BASE", raising=False)


def run(*args: str):
    return runner.invoke(app, ["check", *args], env={"COLUMNS": "500"})


@pytest.fixture
def drafts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A newsroom's repository holding a copy of the demo draft; the run starts at its top."""
    shutil.copytree(FIXTURES / "drafts" / "demo", tmp_path / "drafts")
    monkeypatch.chdir(tmp_path)
    return tmp_path / "drafts"


def _findings(result) -> list[tuple[int, str, str | None, bool]]:
    return [(f["line"], f["verdict"], f["suppressed"], f["fails"]) for f in json.loads(result.stdout)]


# --- inline comments ---------------------------------------------------------------------------


def test_inline_comments_silence_their_claim_only() -> None:
    result = run(str(FIXTURES / "drafts" / "suppressed"), "-f", "json", "--strict")
    assert _findings(result) == [
        (4, "contradicted", "inline", False),  # the comment on the line before
        (6, "disputed", "inline", False),  # the comment on the same line
        (10, "contradicted", None, True),  # a comment two lines up, past a blank line, does not reach
    ]
    assert result.exit_code == 1


def test_suppressed_findings_are_counted_not_listed() -> None:
    out = run(str(FIXTURES / "drafts" / "suppressed")).stdout
    assert "(2 suppressed inline)" in out
    assert ":4:1 " not in out and ":10:1 CONTRADICTED" in out


def test_a_comment_naming_another_claim_silences_nothing(drafts: Path) -> None:
    path = drafts / "kazakhstan.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("On 5 Jan.", "<!-- cstocheck: ignore russia-troops-2300 -->\nOn 5 Jan."),
                    encoding="utf-8")
    result = run(str(path), "-f", "json")
    assert _findings(result) == [(9, "contradicted", None, True), (9, "supported", "inline", False)]
    assert result.exit_code == 1


def test_sarif_marks_suppressed_findings_in_source() -> None:
    results = json.loads(run(str(FIXTURES / "drafts" / "suppressed"), "-f", "sarif").stdout)["runs"][0]["results"]
    assert [r.get("suppressions", [{}])[0].get("kind") for r in results] == ["inSource", "inSource", None]


# --- the baseline ----------------------------------------------------------------------------


def test_a_baseline_accepts_todays_findings_and_fails_only_new_ones(drafts: Path) -> None:
    written = run("drafts", "--baseline", "cstocheck-baseline.json", "--write-baseline", "--strict")
    assert written.exit_code == 0, written.output
    assert "wrote cstocheck-baseline.json with 2 finding(s)" in written.stderr
    data = json.loads(Path("cstocheck-baseline.json").read_text(encoding="utf-8"))
    assert {(f["file"], f["claim_id"], f["verdict"]) for f in data["findings"]} == {
        ("drafts/background.txt", "csto-member-count", "disputed"),
        ("drafts/kazakhstan.md", "tokayev-request-date", "contradicted"),
    }

    accepted = run("drafts", "--baseline", "cstocheck-baseline.json", "--strict", "-f", "json")
    assert accepted.exit_code == 0, accepted.output
    assert [f["suppressed"] for f in json.loads(accepted.stdout) if f["verdict"] != "supported"] == [
        "baseline", "baseline"]

    # Moving text does not make a finding new; a new wrong sentence is new.
    path = drafts / "kazakhstan.md"
    text = path.read_text(encoding="utf-8").replace("# What", "\n\n# What")
    path.write_text(text.replace("On 5 Jan.", "Russia sent 10,000 soldiers to Kazakhstan.\n\nOn 5 Jan."),
                    encoding="utf-8")
    later = run("drafts", "--baseline", "cstocheck-baseline.json", "--strict", "-f", "json")
    assert later.exit_code == 1
    failing = [(f["line"], f["sentence"]) for f in json.loads(later.stdout) if f["fails"]]
    assert failing == [(10, "Russia sent 10,000 soldiers to Kazakhstan.")]


def test_a_baseline_entry_absorbs_one_finding(drafts: Path) -> None:
    assert run("drafts", "--baseline", "b.json", "--write-baseline").exit_code == 0
    path = drafts / "background.txt"
    path.write_text(path.read_text(encoding="utf-8") + "\nThe CSTO has seven member states.\n", encoding="utf-8")
    result = run("drafts", "--baseline", "b.json", "--strict", "-f", "json")
    disputed = [(f["line"], f["suppressed"]) for f in json.loads(result.stdout) if f["verdict"] == "disputed"]
    assert disputed == [(3, "baseline"), (8, None)]
    assert result.exit_code == 1


def test_the_baseline_holds_from_another_working_directory(drafts: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert run("drafts", "--baseline", "b.json", "--write-baseline").exit_code == 0
    monkeypatch.chdir(drafts)
    result = run(".", "--baseline", "../b.json", "--strict")
    assert result.exit_code == 0, result.output
    assert "(2 in the baseline)" in result.stdout


def test_the_baseline_can_be_set_in_the_config(drafts: Path) -> None:
    Path(".cstocheck.yaml").write_text("baseline: cstocheck-baseline.json\nfail-on: [contradicted, disputed]\n")
    assert run("drafts", "--write-baseline").exit_code == 0
    assert Path("cstocheck-baseline.json").is_file()
    assert run("drafts").exit_code == 0


def test_sarif_marks_baselined_findings_as_external(drafts: Path) -> None:
    run("drafts", "--baseline", "b.json", "--write-baseline")
    results = json.loads(run("drafts", "--baseline", "b.json", "-f", "sarif").stdout)["runs"][0]["results"]
    kinds = {r["ruleId"]: r.get("suppressions", [{}])[0].get("kind") for r in results}
    assert kinds == {"contradicted": "external", "disputed": "external", "supported": None}


BAD_BASELINES = {
    "missing": (None, "no such baseline file (create it with --write-baseline)"),
    "not-json": ("{not json", "cannot read baseline"),
    "wrong-shape": ('{"version": 1, "findings": [{"file": 3}]}', "finding 1: needs file, claim_id, verdict, sentence"),
    "other-version": ('{"version": 99, "findings": []}', "not a cstocheck baseline (version 1)"),
}


@pytest.mark.parametrize("name", sorted(BAD_BASELINES))
def test_a_bad_baseline_is_one_line_and_exit_2(drafts: Path, name: str) -> None:
    content, message = BAD_BASELINES[name]
    if content is not None:
        Path("b.json").write_text(content, encoding="utf-8")
    result = run("drafts", "--baseline", "b.json")
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and "b.json" in lines[0]
    assert result.stdout == ""


def test_write_baseline_needs_a_file() -> None:
    result = run(str(FIXTURES / "drafts" / "demo"), "--write-baseline")
    assert result.exit_code == 2
    assert "--write-baseline needs --baseline FILE" in result.stderr
