"""claims.schema.json: generated from the declarations the validator uses, and agreeing with it."""
from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
import yaml
from typer.testing import CliRunner

from conftest import FIXTURES, REPO
from cstocheck.cli import app
from cstocheck.jsonschema_gen import SCHEMA_FILE, claims_schema, render
from cstocheck.schema import ALIAS_FILES, CLAIMS_FILE
from cstocheck.yamlfile import Problems, load

SCHEMA_PATH = REPO / SCHEMA_FILE
# Every claims file the tests know: the shipped base, the loader's fixtures, and files at the
# edges of what a schema can say (nulls, numbers, blank text, trailing newlines).
CLAIMS_FILES = sorted(
    [p for p in (REPO / "claims").glob("*.yaml") if p.name not in ALIAS_FILES]
    + list((FIXTURES / "claims").rglob("*.yaml")),
    key=lambda p: p.relative_to(REPO).as_posix(),
)


def _validator() -> jsonschema.Draft7Validator:
    return jsonschema.Draft7Validator(json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))


def test_the_committed_schema_is_the_generated_one() -> None:
    """Regenerate with: cstocheck schema > claims.schema.json"""
    assert SCHEMA_PATH.read_text(encoding="utf-8") == render(claims_schema())


def test_the_schema_command_prints_it() -> None:
    result = CliRunner().invoke(app, ["schema"])
    assert result.exit_code == 0
    assert result.stdout == SCHEMA_PATH.read_text(encoding="utf-8")


def test_the_schema_is_valid_draft_07() -> None:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert schema["$schema"] == "http://json-schema.org/draft-07/schema#"
    jsonschema.Draft7Validator.check_schema(schema)


@pytest.mark.parametrize("path", CLAIMS_FILES, ids=lambda p: p.relative_to(REPO).as_posix())
def test_schema_and_loader_agree_on_every_claims_file(path: Path) -> None:
    """The loader's shape check (what `validate` reports before it looks across the base) and
    the JSON Schema accept exactly the same files."""
    found = Problems()
    load(path, path.name, CLAIMS_FILE, found)
    problems = found.values()
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError:
        assert problems, "the loader accepts YAML that does not parse"
        return
    errors = [f"{list(e.path)}: {e.message}" for e in _validator().iter_errors(data)]
    assert bool(errors) == bool(problems), {"schema": errors, "loader": [str(p) for p in problems]}


def _rejected(path: Path) -> bool:
    found = Problems()
    load(path, path.name, CLAIMS_FILE, found)
    return bool(found.values())


def test_the_fixtures_cover_both_answers() -> None:
    outcomes = {_rejected(p) for p in (FIXTURES / "claims" / "schema").glob("*.yaml")}
    assert outcomes == {True, False}


@pytest.mark.parametrize("path", sorted((FIXTURES / "claims" / "invalid").glob("*.yaml")), ids=lambda p: p.stem)
def test_validate_reports_every_file_the_schema_rejects(path: Path, make_base) -> None:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError:
        data = None  # not YAML at all: both must refuse it
    rejected = data is None or any(True for _ in _validator().iter_errors(data))
    result = CliRunner().invoke(app, ["validate", "--base", str(make_base(path))])
    if rejected:
        assert result.exit_code == 1 and f"{path.name}:" in result.stdout


def test_the_readme_documents_the_editor_line_and_it_resolves() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Editor support", 1)[1].split("\n## ", 1)[0]
    match = re.search(r"# yaml-language-server: \$schema=(\S+)", section)
    assert match, "the Editor support section shows the yaml-language-server line"
    assert (REPO / "claims" / match.group(1)).resolve() == SCHEMA_PATH.resolve()


def test_a_claims_file_with_the_editor_line_still_validates() -> None:
    path = FIXTURES / "claims" / "schema" / "with-modeline.yaml"
    assert path.read_text(encoding="utf-8").startswith("# yaml-language-server: $schema=")
    assert not _rejected(path)
