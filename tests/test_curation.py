"""Curating the base: show, find, sources and coverage, on the core and through the CLI."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from conftest import FIXTURES, REPO
from cstocheck.base import load_base
from cstocheck.checker import Checker
from cstocheck.cli import app
from cstocheck.coverage import CoverageError, coverage
from cstocheck.find import find
from cstocheck.quotes import normalize_quote
from cstocheck.show import UnknownClaimError, show
from cstocheck.sources import sources

CURATION = FIXTURES / "curation"
QUERIES = yaml.safe_load((CURATION / "find.yaml").read_text(encoding="utf-8"))
IGNORE_LISTS = sorted((CURATION / "ignore").glob("*.yaml"))
runner = CliRunner()
SHIPPED = load_base(REPO)


def run(*args: str):
    return runner.invoke(app, list(args), env={"COLUMNS": "200"})


@pytest.fixture(autouse=True)
def _at_repo(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    monkeypatch.delenv("CSTOCHECK_BASE", raising=False)


# --- show ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("claim_id", [c.id for c in SHIPPED.claims])
def test_show_sets_every_quote_in_its_sentence(claim_id: str) -> None:
    view = show(SHIPPED, claim_id)
    assert len(view.sources) == len(SHIPPED.claim(claim_id).sources)
    for source in view.sources:
        quote = normalize_quote(source.quote)
        assert normalize_quote(source.sentence)[source.quote_start:].startswith(quote), source
        assert source.quote_start >= 0
        line = SHIPPED.seeds[source.seed].text.split("\n")[source.line - 1]
        assert line[source.col - 1:].startswith(source.quote[:10])


def test_show_gives_the_conflict_and_the_sides() -> None:
    view = show(SHIPPED, "csto-member-count")
    assert view.conflict is not None
    assert [(s.says, [q.seed[:3] for q in s.sources]) for s in view.conflict.sides] == [("6", ["001"]), ("7", ["003"])]
    assert [s.stance for s in view.sources] == ["supports", "own value"]


def test_an_unknown_id_suggests_the_three_closest() -> None:
    with pytest.raises(UnknownClaimError, match="did you mean csto-member-count, csto-current-members, "):
        show(SHIPPED, "csto-members")


def test_show_cli_text_and_json() -> None:
    text = run("show", "uzbekistan-first-exit")
    assert text.exit_code == 0, text.output
    assert "uzbekistan-first-exit (year, value 1999)" in text.stdout
    assert "002_403cd7a7fff41a8d line 15" in text.stdout and "wordings" in text.stdout
    data = json.loads(run("show", "uzbekistan-first-exit", "-f", "json").stdout)
    assert data["kind"] == "year" and data["value"] == "1999"
    assert {s["says"] for s in data["sources"]} == {"1999", "1997"}
    assert data["conflict"] and data["wordings"]["nl"]
    bad = run("show", "uzbekistan-first-exi")
    assert bad.exit_code == 2 and "did you mean uzbekistan-first-exit" in bad.stderr


# --- find -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("case", QUERIES, ids=[q["query"] for q in QUERIES])
def test_find_ranks_the_claims_that_share_most_first(case: dict) -> None:
    checker = Checker.open(REPO)
    hits = find(checker.index, checker.base.claims, case["query"])
    assert {h.claim.id for h in hits[:len(case["first"])]} == set(case["first"])
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_find_cli_json_and_nothing_found() -> None:
    data = json.loads(run("find", "Uzbekistan", "1999", "-f", "json", "-n", "3").stdout)
    assert len(data) == 3 and {"id", "statement", "score", "shared"} <= set(data[0])
    assert "1999" in data[0]["shared"]
    none = run("find", "zebra")
    assert none.exit_code == 1 and "no claim shares" in none.stdout


# --- sources --------------------------------------------------------------------------------------


def test_sources_count_quotes_and_disagreements() -> None:
    rows = {r.id[:3]: r for r in sources(SHIPPED)}
    assert len(rows) == 5
    for row in rows.values():
        assert row.claims == sum(1 for c in SHIPPED.claims if any(s.seed == row.id for s in c.sources))
    # 000 disagrees with 002 on Uzbekistan twice and with 004 on Article 4; 004's "President
    # Pashinyan" and 000's "Doesjanbe" are slips, shown apart and never counted as disagreements.
    assert rows["000"].disagreements == 3
    assert rows["004"].outlet == "bne magazine" and rows["004"].language == "en"


def test_sources_cli() -> None:
    out = run("sources").stdout
    assert "000_c1f0f35582907c32" in out and "Draagvlak in CSTO-landen" in out
    data = json.loads(run("sources", "-f", "json").stdout)
    assert [r["claims"] for r in data] == [r.claims for r in sources(SHIPPED)]


# --- coverage -------------------------------------------------------------------------------------


def test_coverage_of_the_shipped_base() -> None:
    found = coverage(SHIPPED)
    assert found.ignored == 3  # the shipped ignore list: a caption, a subheading, a page header
    assert found.covered + found.ignored + len(found.uncovered) == found.factual
    assert found.share >= 0.9
    for u in found.uncovered:
        line = SHIPPED.seeds[u.seed].text.split("\n")[u.line - 1]
        assert " ".join(line[u.col - 1:].split()).startswith(u.text[:20]), u
        assert u.states


def _base_with_ignore(tmp_path: Path, ignore: Path) -> Path:
    root = tmp_path / "base"
    shutil.copytree(REPO / "seeds", root / "seeds")
    shutil.copytree(REPO / "claims", root / "claims")
    shutil.copy(ignore, root / "seeds" / "coverage-ignore.yaml")
    return root


@pytest.mark.parametrize("ignore", IGNORE_LISTS, ids=[p.stem for p in IGNORE_LISTS])
def test_the_ignore_list_is_checked(ignore: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    expect = ignore.read_text(encoding="utf-8").splitlines()[0].removeprefix("# expect: ")
    root = _base_with_ignore(tmp_path, ignore)
    monkeypatch.chdir(root)
    base = load_base(Path("."))
    if expect == "ok":
        assert coverage(base).ignored == 1
        return
    with pytest.raises(CoverageError) as raised:
        coverage(base)
    assert str(raised.value) == expect
    result = run("coverage", "--base", ".")
    assert result.exit_code == 2 and result.stderr.strip() == f"error: {expect}"


def test_coverage_min_holds_the_line() -> None:
    share = coverage(SHIPPED).share
    assert run("coverage", "--min", f"{share - 0.01:.2f}").exit_code == 0
    below = run("coverage", "--min", f"{min(1.0, share + 0.01):.2f}")
    assert below.exit_code == 1 and f"coverage {share:.1%}" in below.stdout
    data = json.loads(run("coverage", "-f", "json").stdout)
    assert data["share"] == round(share, 4)
    assert {"file", "line", "col", "sentence", "states"} <= set(data["uncovered"][0])
    assert data["uncovered"][0]["file"].startswith("seeds/")


@pytest.mark.parametrize("command", ["show csto-member-count", "find troops", "sources", "coverage"])
def test_every_curation_command_takes_base(command: str, tmp_path: Path) -> None:
    missing = run(*command.split(), "--base", str(tmp_path / "nowhere"))
    assert missing.exit_code == 2 and "not a directory" in missing.stderr
    ok = run(*command.split(), "--base", str(REPO), "-f", "json")
    assert ok.exit_code == 0, ok.output
    json.loads(ok.stdout)


def test_the_readme_states_the_shipped_coverage() -> None:
    import re

    readme = " ".join((REPO / "README.md").read_text(encoding="utf-8").split())
    stated = re.search(r"the share is ([\d.]+) %: (\d+) of the (\d+) sentences that state a fact", readme)
    assert stated, "the README states coverage's share on the shipped base"
    found = coverage(SHIPPED)
    assert (float(stated[1]), int(stated[2]), int(stated[3])) == \
        (round(found.share * 100, 1), found.covered, found.factual - found.ignored)
