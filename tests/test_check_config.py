"""Where `check` finds its settings: --config, $CSTOCHECK_CONFIG, the nearest .cstocheck.yaml or
pyproject.toml [tool.cstocheck] above the checked files, then the defaults."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import FIXTURES
from cstocheck.cli import app
from cstocheck.config import ENV_CONFIG, Settings, discover, load

runner = CliRunner()
DEMO = FIXTURES / "drafts" / "demo"
INVALID = FIXTURES / "drafts" / "config" / "invalid"


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_CONFIG, raising=False)
    monkeypatch.delenv("CSTOCHECK_BASE", raising=False)


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """repo/desk/background.txt (a disputed finding, no contradicted one), run from repo/."""
    (tmp_path / "repo" / "desk").mkdir(parents=True)
    shutil.copy(DEMO / "background.txt", tmp_path / "repo" / "desk" / "background.txt")
    monkeypatch.chdir(tmp_path / "repo")
    return tmp_path / "repo"


def run(*args: str, env: dict[str, str] | None = None):
    return runner.invoke(app, ["check", *args], env={"COLUMNS": "500", **(env or {})})


STRICT_YAML = "fail-on: [contradicted, disputed]\n"
LAX_YAML = "fail-on: [contradicted]\n"
STRICT_TOML = '[tool.cstocheck]\nfail-on = ["contradicted", "disputed"]\n'
LAX_TOML = '[tool.cstocheck]\nfail-on = ["contradicted"]\n'


def test_defaults_without_any_config(tree: Path) -> None:
    assert run("desk").exit_code == 0  # disputed does not fail by default


@pytest.mark.parametrize("files,code", [
    ({".cstocheck.yaml": STRICT_YAML}, 1),
    ({"pyproject.toml": STRICT_TOML}, 1),
    ({"desk/.cstocheck.yaml": STRICT_YAML}, 1),
    # The nearest file wins, whole.
    ({".cstocheck.yaml": STRICT_YAML, "desk/pyproject.toml": LAX_TOML}, 0),
    ({"pyproject.toml": LAX_TOML, "desk/.cstocheck.yaml": STRICT_YAML}, 1),
    # In one folder .cstocheck.yaml comes before pyproject.toml.
    ({".cstocheck.yaml": LAX_YAML, "pyproject.toml": STRICT_TOML}, 0),
    # A pyproject.toml without [tool.cstocheck] is passed over.
    ({".cstocheck.yaml": STRICT_YAML, "desk/pyproject.toml": "[project]\nname = 'x'\n"}, 1),
    # An empty file means the defaults.
    ({"desk/.cstocheck.yaml": "# nothing yet\n", ".cstocheck.yaml": STRICT_YAML}, 0),
], ids=["yaml", "pyproject", "yaml-beside-the-file", "nearest-wins", "nearest-wins-2", "yaml-before-pyproject",
        "pyproject-without-table", "empty-file"])
def test_discovery_walks_up_from_the_checked_files(tree: Path, files: dict[str, str], code: int) -> None:
    for name, text in files.items():
        (tree / name).write_text(text, encoding="utf-8")
    result = run("desk/background.txt")
    assert result.exit_code == code, result.output


def test_the_environment_variable_beats_discovery(tree: Path) -> None:
    (tree / ".cstocheck.yaml").write_text(LAX_YAML)
    (tree.parent / "strict.yaml").write_text(STRICT_YAML)
    assert run("desk", env={ENV_CONFIG: str(tree.parent / "strict.yaml")}).exit_code == 1


def test_config_option_beats_the_environment_variable(tree: Path) -> None:
    (tree.parent / "strict.yaml").write_text(STRICT_YAML)
    (tree.parent / "lax.toml").write_text(LAX_TOML)
    result = run("desk", "--config", str(tree.parent / "lax.toml"), env={ENV_CONFIG: str(tree.parent / "strict.yaml")})
    assert result.exit_code == 0


def test_command_line_options_override_the_file(tree: Path) -> None:
    (tree / ".cstocheck.yaml").write_text(STRICT_YAML)
    assert run("desk", "--fail-on", "contradicted").exit_code == 0
    (tree / ".cstocheck.yaml").write_text(LAX_YAML)
    assert run("desk", "--strict").exit_code == 1


def test_ignore_patterns_skip_files(tree: Path) -> None:
    shutil.copy(DEMO / "kazakhstan.md", tree / "desk" / "kazakhstan.md")
    assert run("desk").exit_code == 1
    (tree / ".cstocheck.yaml").write_text("ignore: ['desk/kazakhstan.md']\n")
    result = run("desk")
    assert result.exit_code == 0 and "kazakhstan" not in result.stdout
    # Named files are skipped too, as pre-commit names them: nothing left is not an error.
    result = run("desk/kazakhstan.md")
    assert result.exit_code == 0 and "0 sentences checked" in result.stdout


def test_the_base_is_relative_to_the_config_file(tree: Path, make_base) -> None:
    base = make_base(FIXTURES / "claims" / "valid" / "minimal.yaml")
    shutil.move(str(base), tree / "tiny-base")
    shutil.copy(DEMO / "kazakhstan.md", tree / "desk" / "kazakhstan.md")
    (tree / ".cstocheck.yaml").write_text("base: tiny-base\n")
    result = run("desk/kazakhstan.md")
    assert result.exit_code == 0 and "0 contradicted" in result.stdout  # the tiny base knows none of it
    # --base and $CSTOCHECK_BASE come before the config's base.
    assert run("desk/kazakhstan.md", env={"CSTOCHECK_BASE": str(Path(__file__).parent.parent)}).exit_code == 1


def test_settings_from_yaml_and_toml_agree(tmp_path: Path) -> None:
    text = "base: b\nfail-on: [disputed]\nlanguage: nl\nignore: ['old/*']\nbaseline: base.json\n"
    (tmp_path / "c.yaml").write_text(text)
    (tmp_path / "pyproject.toml").write_text('[tool.cstocheck]\nbase = "b"\nfail-on = ["disputed"]\n'
                                             'language = "nl"\nignore = ["old/*"]\nbaseline = "base.json"\n')
    from_yaml, from_toml = load(tmp_path / "c.yaml"), load(tmp_path / "pyproject.toml")
    root = tmp_path.resolve()
    expected = Settings(root=root, source="", base=root / "b", fail_on=("disputed",), language="nl",
                        ignore=("old/*",), baseline=root / "base.json")
    assert {**vars(from_yaml), "source": ""} == vars(expected)
    assert {**vars(from_toml), "source": ""} == vars(expected)


def test_discovery_starts_from_the_common_folder(tmp_path: Path) -> None:
    (tmp_path / "a" / "x").mkdir(parents=True)
    (tmp_path / "a" / "y").mkdir(parents=True)
    (tmp_path / "a" / "x" / ".cstocheck.yaml").write_text(STRICT_YAML)
    (tmp_path / "a" / ".cstocheck.yaml").write_text(LAX_YAML)
    settings = discover(None, [tmp_path / "a" / "x", tmp_path / "a" / "y"])
    assert settings.source == str(tmp_path / "a" / ".cstocheck.yaml")


INVALID_MESSAGES = {
    "unknown-key.yaml": "unknown-key.yaml:2:1: unknown key 'fail_after'",
    "bad-fail-on.yaml": "bad-fail-on.yaml:1:25: fail-on: 'wrong' is not one of",
    "fail-on-not-a-list.yaml": "fail-on-not-a-list.yaml:1:10: fail-on: expected a list, got text",
    "bad-language.yaml": "bad-language.yaml:1:11: language: 'fr' is not one of: auto, en, nl",
    "not-a-mapping.yaml": "not-a-mapping.yaml:1:1: expected a mapping, got a list",
    "malformed.yaml": "malformed.yaml:2:1: invalid YAML",
    "missing-base.yaml": "missing-base.yaml: base /nonexistent/base: not a directory",
    "bad-fail-on.toml": "bad-fail-on.toml [tool.cstocheck]: fail-on: 'wrong' is not one of",
    "no-table.toml": "no-table.toml: no [tool.cstocheck] table",
    "malformed.toml": "malformed.toml: invalid TOML",
    "wrong-type.toml": "wrong-type.toml [tool.cstocheck]: language: expected text, got a number",
}


def test_every_invalid_config_fixture_has_a_message() -> None:
    assert sorted(p.name for p in INVALID.iterdir()) == sorted(INVALID_MESSAGES)


@pytest.mark.parametrize("name", sorted(INVALID_MESSAGES))
def test_a_bad_config_is_one_line_and_exit_2(name: str) -> None:
    result = run(str(DEMO), "--config", str(INVALID / name))
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and INVALID_MESSAGES[name] in lines[0], lines
    assert result.stdout == ""


def test_a_missing_config_file_is_one_line(tmp_path: Path) -> None:
    result = run(str(DEMO), env={ENV_CONFIG: str(tmp_path / "nope.yaml")})
    assert result.exit_code == 2
    assert f"${ENV_CONFIG} {tmp_path / 'nope.yaml'}: no such config file" in result.stderr
