"""A few end-to-end runs of the command line, through typer's test runner."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import FIXTURES, REPO
from cstocheck.cli import app

runner = CliRunner()
COMMANDS = sorted(c.name or c.callback.__name__ for c in app.registered_commands)


def run(*args: str, stdin: bytes | str | None = None):
    return runner.invoke(app, list(args), input=stdin)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str) -> None:
    result = run(command, "--help")
    assert result.exit_code == 0
    assert "Usage" in result.output and len(result.output.splitlines()) > 5


def test_claim_help_documents_exit_codes() -> None:
    out = run("claim", "--help").output
    for words in ("0 supported", "1 contradicted", "3 disputed", "4 unverified", "2 usage"):
        assert words in " ".join(out.split())


def test_claim_json_follows_the_contract() -> None:
    result = run("claim", "Russia sent about 2,300 troops to Kazakhstan.", "--format", "json")
    data = json.loads(result.stdout)
    assert result.exit_code == 0
    assert data["verdict"] == "supported"
    assert data["claim"] == "Russia sent about 2,300 troops to Kazakhstan."
    assert {"source", "quote", "line", "stance"} <= set(data["evidence"][0])
    assert {"id", "statement", "score"} <= set(data["matches"][0])


@pytest.mark.parametrize("text,code", [
    ("Russia sent 10,000 soldiers to Kazakhstan.", 1),
    ("The CSTO has seven member states.", 3),
    ("The CSTO's headquarters are located in Moscow.", 4),
])
def test_claim_exit_code_follows_the_verdict(text: str, code: int) -> None:
    assert run("claim", text, "--format", "json").exit_code == code


def test_claim_text_output_shows_verdict_and_passages() -> None:
    result = run("claim", "Armenia sent 70 soldiers to Kazakhstan")
    assert result.exit_code == 0
    assert "SUPPORTED" in result.stdout and "001_6025a2aa08f2cf15" in result.stdout


INPUTS = {
    "empty.txt": "is empty",
    "blank.txt": "is empty",
    "huge.txt": "bytes; a claim is one sentence",
    "binary-junk.bin": "not UTF-8",
    "not-utf8.txt": "not UTF-8",
    "ansi-escape.txt": "terminal escape sequence",
}


@pytest.mark.parametrize("name", sorted(INPUTS))
def test_bad_claim_input_gets_one_line_and_exit_2(name: str) -> None:
    data = (FIXTURES / "input" / name).read_bytes()
    result = run("claim", "-", stdin=data)
    assert result.exit_code == 2, result.output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and INPUTS[name] in lines[0]
    assert "Traceback" not in result.output
    assert result.stdout == ""


@pytest.mark.parametrize("name", ["empty.txt", "blank.txt", "huge.txt", "ansi-escape.txt"])
def test_bad_claim_argument_gets_one_line_and_exit_2(name: str) -> None:
    text = (FIXTURES / "input" / name).read_text(encoding="utf-8")
    result = run("claim", text)
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1


def test_rich_markup_is_shown_literally() -> None:
    text = (FIXTURES / "input" / "rich-markup.txt").read_text(encoding="utf-8").strip()
    result = run("claim", text)
    assert "[bold red]" in result.stdout and "[/]" in result.stdout
    assert result.exit_code in (0, 1, 3, 4)


@pytest.mark.parametrize("path", sorted((FIXTURES / "claims" / "invalid").glob("*.yaml")), ids=lambda p: p.stem)
def test_commands_on_a_broken_base_fail_with_file_line_col(path: Path, make_base) -> None:
    root = make_base(path)
    before = {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}
    validate = run("validate", "--base", str(root))
    assert validate.exit_code == 1
    assert f"{path.name}:" in validate.stdout
    claim = run("claim", "Russia sent troops to Kazakhstan", "--base", str(root))
    assert claim.exit_code == 2
    assert len(claim.stderr.strip().splitlines()) == 1 and "error:" in claim.stderr
    assert {p: p.read_bytes() for p in root.rglob("*") if p.is_file()} == before


def test_missing_base_directory_is_one_line() -> None:
    result = run("validate", "--base", "/nonexistent/base")
    assert result.exit_code == 2
    assert "not a directory" in result.stderr


def test_validate_is_clean_on_the_shipped_base() -> None:
    result = run("validate", "--base", str(REPO))
    assert result.exit_code == 0, result.stdout
    assert "the base is clean" in result.stdout


def test_conflicts_show_both_known_disagreements() -> None:
    data = json.loads(run("conflicts", "--format", "json").stdout)
    by_sources = {frozenset(e["source"][:3] for e in c["evidence"]): c for c in data}
    values = [{e.get("value") or e.get("stance") for e in c["evidence"]} for c in data]
    assert any({"000", "002"} <= set(s) for s in by_sources), data
    assert any({"001", "003"} <= set(s) for s in by_sources), data
    assert all(len(v) >= 2 or len(c["evidence"]) >= 2 for v, c in zip(values, data))


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0 and result.stdout.startswith("cstocheck ")
