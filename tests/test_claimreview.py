"""ClaimReview: the validator against the published field rules, and cstocheck's own output
(`claim`, `check`, `export`) against the validator."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import FIXTURES, REPO
from cstocheck.claimreview_rules import check_document
from cstocheck.cli import app

CASES = sorted((FIXTURES / "claimreview").glob("*.json"))
DRAFTS = sorted(p for d in ("demo", "suppressed", "report") for p in (FIXTURES / "drafts" / d).iterdir())
SENTENCES = [
    "Russia sent 10,000 soldiers to Kazakhstan.",
    "The CSTO has seven member states.",
    "Armenia sent 70 troops and Kyrgyzstan 500.",
    "The CSTO's headquarters are located in Moscow.",
    'A "quoted" <script>alert(1)</script> sentence about Tokayev & the CSTO.',
]
AUTHOR = "Example Fact Desk"
runner = CliRunner()


@pytest.fixture(autouse=True)
def _publisher(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    config = tmp_path / "publisher.yaml"
    config.write_text(f'author: "{AUTHOR}"\nauthor-url: "https://factdesk.example.org"\n', encoding="utf-8")
    monkeypatch.setenv("CSTOCHECK_CONFIG", str(config))
    monkeypatch.delenv("CSTOCHECK_BASE", raising=False)
    monkeypatch.chdir(REPO)
    return config


def errors(document: object) -> list[str]:
    return [str(v) for v in check_document(document) if v.level == "error"]


@pytest.mark.parametrize("case", CASES, ids=[p.stem for p in CASES])
def test_the_validator_applies_the_field_rules(case: Path) -> None:
    data = json.loads(case.read_text(encoding="utf-8"))
    assert [str(v) for v in check_document(data["document"])] == data["expect"]


def _reviews(*args: str) -> list[dict]:
    result = runner.invoke(app, list(args))
    assert result.exit_code in (0, 1, 3, 4), result.output
    data = json.loads(result.stdout)
    assert isinstance(data, list) and data
    return data


@pytest.mark.parametrize("sentence", SENTENCES)
def test_claim_output_passes_the_rules(sentence: str) -> None:
    [review] = _reviews("claim", sentence, "--format", "claimreview")
    assert errors(review) == []
    assert review["claimReviewed"] == sentence
    verdict = json.loads(runner.invoke(app, ["claim", sentence, "-f", "json"]).stdout)
    assert review["reviewRating"]["alternateName"] == verdict["verdict"]
    assert review["reviewRating"]["ratingExplanation"] == verdict["explanation"]
    assert review["author"] == {"@type": "Organization", "name": AUTHOR, "url": "https://factdesk.example.org"}
    # It appears in the seed articles the verdict rests on.
    cited = {e["source"] for e in verdict["evidence"]}
    assert {w["identifier"] for w in review["itemReviewed"].get("appearance", [])} == cited


@pytest.mark.parametrize("drafts", DRAFTS, ids=[p.name for p in DRAFTS])
def test_check_output_passes_the_rules(drafts: Path) -> None:
    reviews = _reviews("check", str(drafts.relative_to(REPO)), "--format", "claimreview")
    assert errors(reviews) == [], errors(reviews)
    for review in reviews:
        [where] = review["itemReviewed"]["appearance"]
        assert where["text"] == review["claimReviewed"]
        path, line, col = where["name"].rsplit(":", 2)
        assert Path(path).is_file() and int(line) >= 1 and int(col) >= 1
    assert len({r["url"] for r in reviews}) == len(reviews)  # one anchor each


def test_export_gives_one_review_per_claim() -> None:
    from cstocheck.base import load_base

    base = load_base(REPO)
    reviews = _reviews("export", "--format", "claimreview")
    assert errors(reviews) == []
    assert [r["claimReviewed"] for r in reviews] == [c.statement for c in base.claims]
    by_statement = {r["claimReviewed"]: r for r in reviews}
    member_count = by_statement["The CSTO has six member states."]
    assert member_count["reviewRating"]["alternateName"] == "disputed"
    assert [w["identifier"] for w in member_count["itemReviewed"]["appearance"]] == ["001_6025a2aa08f2cf15"]
    assert any(w.get("publisher", {}).get("name") == "bne magazine"
               for r in reviews for w in r["itemReviewed"].get("appearance", []))


@pytest.mark.parametrize("command", [["claim", SENTENCES[0]], ["check", "tests/fixtures/drafts/demo"], ["export"]])
@pytest.mark.parametrize("config", ["", 'author: "Desk"\n', 'author-url: "https://desk.example"\n'])
def test_a_missing_author_is_a_clear_error(command: list[str], config: str, _publisher: Path) -> None:
    _publisher.write_text(config, encoding="utf-8")
    result = runner.invoke(app, [*command, "--format", "claimreview"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith("error: ClaimReview needs its publisher: set ")
    assert len(result.stderr.strip().splitlines()) == 1


def test_the_publisher_can_live_in_pyproject(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CSTOCHECK_CONFIG")
    (tmp_path / "pyproject.toml").write_text(
        '[tool.cstocheck]\nauthor = "Desk"\nauthor-url = "https://desk.example/checks/"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    [review] = _reviews("claim", SENTENCES[1], "-f", "claimreview", "--base", str(REPO))
    assert review["author"]["name"] == "Desk" and review["url"].startswith("https://desk.example/checks/#")


def test_export_text_and_json() -> None:
    text = runner.invoke(app, ["export", "-f", "text"], env={"COLUMNS": "200"})
    assert text.exit_code == 0 and "csto-member-count" in text.stdout and "DISPUTED" in text.stdout
    data = json.loads(runner.invoke(app, ["export", "-f", "json"]).stdout)
    assert {"id", "statement", "kind", "value", "verdict", "sources"} <= set(data[0])


def test_the_readme_example_passes_the_rules() -> None:
    import re

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("### ClaimReview\n", 1)[1].split("\n### ", 1)[0]
    [example] = [json.loads(b) for b in re.findall(r"```json\n(.*?)```", section, re.DOTALL)]
    assert errors(example) == [] and example[0]["@type"] == "ClaimReview"
    [review] = _reviews("claim", example[0]["claimReviewed"], "--format", "claimreview")
    assert review["reviewRating"] == example[0]["reviewRating"]
    assert review["itemReviewed"] == example[0]["itemReviewed"]
    assert review["isBasedOn"] == example[0]["isBasedOn"]
