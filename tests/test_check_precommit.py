"""The shipped pre-commit hook: its manifest, its entry run as pre-commit runs it, and a real
`pre-commit try-repo` run (which installs this repository into a fresh virtualenv from PyPI)."""
from __future__ import annotations

import importlib.util
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import FIXTURES, REPO
from cstocheck.cli import app

HOOKS = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
DEMO = FIXTURES / "drafts" / "demo"


def _hook() -> dict:
    (hook,) = HOOKS
    return hook


def test_the_manifest_declares_one_python_hook_for_drafts() -> None:
    hook = _hook()
    assert hook["id"] == "cstocheck" and hook["language"] == "python"
    assert set(hook["types_or"]) == {"markdown", "plain-text"}
    assert shlex.split(hook["entry"])[:2] == ["cstocheck", "check"]
    assert "check" in {c.name or c.callback.__name__ for c in app.registered_commands}


def test_the_manifest_passes_pre_commits_own_check() -> None:
    if importlib.util.find_spec("pre_commit") is None:
        pytest.skip("pre-commit is not installed")
    from pre_commit.clientlib import load_manifest

    assert [h["id"] for h in load_manifest(str(REPO / ".pre-commit-hooks.yaml"))] == ["cstocheck"]


def _entry_command() -> list[str]:
    # pre-commit runs the entry with the staged files' names appended, from the repository's top.
    entry = shlex.split(_hook()["entry"])
    exe = Path(sys.executable).parent / entry[0]
    return [str(exe) if exe.exists() else entry[0], *entry[1:]]


def test_the_hook_entry_run_directly_fails_on_the_contradiction(tmp_path: Path) -> None:
    for name in ("background.txt", "kazakhstan.md"):
        shutil.copy(DEMO / name, tmp_path / name)
    env = {**os.environ, "CSTOCHECK_CACHE_DIR": str(tmp_path / "cache"), "COLUMNS": "200"}
    env.pop("CSTOCHECK_CONFIG", None)
    done = subprocess.run([*_entry_command(), "background.txt", "kazakhstan.md"], check=False, cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 1, done.stderr
    assert "kazakhstan.md:8:46 CONTRADICTED" in done.stdout
    # With only the disputed file staged the commit goes through, unless the repository is strict.
    ok = subprocess.run([*_entry_command(), "background.txt"], check=False, cwd=tmp_path, env=env, capture_output=True,
                        text=True, timeout=300)
    assert ok.returncode == 0, ok.stdout
    (tmp_path / ".cstocheck.yaml").write_text("fail-on: [contradicted, disputed]\n")
    strict = subprocess.run([*_entry_command(), "background.txt"], check=False, cwd=tmp_path, env=env, capture_output=True,
                            text=True, timeout=300)
    assert strict.returncode == 1


def _git(*args: str, cwd: Path) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


@pytest.mark.skipif(importlib.util.find_spec("pre_commit") is None, reason="pre-commit is not installed")
@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_pre_commit_try_repo_runs_the_hook(tmp_path: Path) -> None:
    """The real thing: pre-commit clones this repository, builds the hook's virtualenv with
    `pip install .`, and runs it on a newsroom repository's staged drafts."""
    if not (REPO / ".git").exists():
        pytest.skip("not a git checkout: try-repo needs one")
    newsroom = tmp_path / "newsroom"
    newsroom.mkdir()
    _git("init", "-q", cwd=newsroom)
    for name in ("background.txt", "kazakhstan.md"):
        shutil.copy(DEMO / name, newsroom / name)
    (newsroom / "notes.rst").write_text("Tokayev asked the CSTO for help on 12 January 2022.\n")
    _git("add", ".", cwd=newsroom)
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"), "PRE_COMMIT_COLOR": "never",
           "CSTOCHECK_CACHE_DIR": str(tmp_path / "cache"), "COLUMNS": "200",
           "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    env.pop("CSTOCHECK_CONFIG", None)
    env.pop("CSTOCHECK_BASE", None)
    done = subprocess.run([sys.executable, "-m", "pre_commit", "try-repo", str(REPO), "cstocheck", "--all-files",
                           "--verbose"], check=False, cwd=newsroom, env=env, capture_output=True, text=True, timeout=1200)
    out = done.stdout + done.stderr
    if "Could not find a version" in out or "No matching distribution" in out:
        pytest.skip("the hook's dependencies cannot be installed here (no package index)")
    assert done.returncode == 1, out
    assert "kazakhstan.md:8:46 CONTRADICTED" in out and "background.txt:3:59 DISPUTED" in out
    assert "notes.rst" not in out  # not a draft type: pre-commit does not pass it
    assert "10 sentences checked: 3 supported, 1 contradicted, 1 disputed, 5 not in the base" in out


# --- the README's recipes ----------------------------------------------------------------------


def _section(title: str) -> str:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    return readme.split(f"## {title}\n", 1)[1].split("\n## ", 1)[0]


def _blocks(text: str, language: str) -> list[str]:
    import re

    return re.findall(rf"```{language}\n(.*?)```", text, re.DOTALL)


def test_the_readme_shows_a_github_actions_workflow_that_runs_check() -> None:
    workflows = [yaml.safe_load(b) for b in _blocks(_section("Checking drafts in CI"), "yaml")]
    (workflow,) = [w for w in workflows if isinstance(w, dict) and "jobs" in w]
    steps = [s for job in workflow["jobs"].values() for s in job["steps"]]
    runs = [s["run"] for s in steps if "run" in s]
    assert any(r.startswith("cstocheck check") and "--format github" in r for r in runs)
    assert any(r.startswith("cstocheck check") and "--format sarif" in r for r in runs)
    assert any(s.get("uses", "").startswith("github/codeql-action/upload-sarif") for s in steps)


def test_the_readme_pre_commit_snippet_names_the_shipped_hook() -> None:
    configs = [yaml.safe_load(b) for b in _blocks(_section("Checking drafts in CI"), "yaml")]
    (config,) = [c for c in configs if isinstance(c, dict) and "repos" in c]
    assert [h["id"] for h in config["repos"][0]["hooks"]] == [_hook()["id"]]


@pytest.mark.parametrize("language,name", [("yaml", ".cstocheck.yaml"), ("toml", "pyproject.toml")])
def test_the_readme_config_examples_load(language: str, name: str, tmp_path: Path) -> None:
    from cstocheck.config import load

    (example,) = [b for b in _blocks(_section("Checking drafts in CI"), language) if f"# {name}" in b]
    (tmp_path / name).write_text(example, encoding="utf-8")
    settings = load(tmp_path / name)
    assert settings.fail_on == ("contradicted", "disputed")
