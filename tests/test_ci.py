"""CI runs exactly the README's test command: a newcomer who pastes it runs what CI runs."""
from __future__ import annotations

import re

from conftest import REPO


def _shell_blocks(text: str) -> list[str]:
    return [block.strip() for block in re.findall(r"```sh\n(.*?)```", text, re.DOTALL)]


def test_ci_runs_the_readme_test_command() -> None:
    blocks = _shell_blocks((REPO / "README.md").read_text(encoding="utf-8"))
    test_command = next(b for b in blocks if "pytest" in b and "[test]" in b)
    ci = [line for line in (REPO / ".ci" / "run").read_text(encoding="utf-8").splitlines()
          if line.strip() and not line.lstrip().startswith("#")]
    assert ci[-1].strip() == test_command
    assert "ruff check" in test_command  # the linter runs before the tests
