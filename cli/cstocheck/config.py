"""Finding `check`'s settings the way linters find theirs.

The first of these wins, whole (files are not merged):
  1. `--config FILE` (a `.cstocheck.yaml`-style YAML file, or a `pyproject.toml`);
  2. the file named by $CSTOCHECK_CONFIG;
  3. walking up from the checked files: in each folder a `.cstocheck.yaml`, then a
     `pyproject.toml` that has a `[tool.cstocheck]` table (one without it is passed over);
  4. the defaults.
Paths in a file (base, baseline, ignore patterns) are relative to the folder it is in. Options
on the command line override the file, setting by setting.
"""
from __future__ import annotations

import os
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from cstocheck.errors import CstocheckError
from cstocheck.schema import LABELS, ListOf, Obj, Prop, Text

ENV_CONFIG = "CSTOCHECK_CONFIG"
YAML_NAME = ".cstocheck.yaml"
PYPROJECT = "pyproject.toml"
LANGUAGE_CHOICES = ("auto", "en", "nl")
DEFAULT_FAIL_ON = ("contradicted",)

CONFIG = Obj(
    description="Settings of `cstocheck check`.",
    props=(
        Prop("base", Text("The claims base: a folder with claims/ and seeds/, relative to this file.")),
        Prop("fail-on", ListOf(Text(enum=LABELS), description="Verdicts that fail the run.", min_items=1)),
        Prop("language", Text("Language of the drafts, for sentence splitting.", enum=LANGUAGE_CHOICES)),
        Prop("ignore", ListOf(Text(), description="Files or folders not to check, as .gitignore patterns.")),
        Prop("baseline", Text("The baseline file, relative to this file.")),
        Prop("author", Text("Who publishes the fact checks (an organisation's name), for ClaimReview.")),
        Prop("author-url", Text("The publisher's web address, for ClaimReview.", pattern=r"^https?://\S+$")),
    ),
)


class ConfigError(CstocheckError):
    """A configuration file that cannot be found, read or understood."""


@dataclass(frozen=True)
class Settings:
    root: Path  # the folder the config file is in (the working directory without one)
    source: str | None = None  # the file the settings came from, for messages
    base: Path | None = None
    fail_on: tuple[str, ...] | None = None
    language: str | None = None
    ignore: tuple[str, ...] = ()
    baseline: Path | None = None
    author: str | None = None
    author_url: str | None = None

    def is_ignored(self, path: Path) -> bool:
        """Whether an ignore pattern matches the file or one of its folders, by .gitignore's rules
        (relative to the config file's folder; a file outside that folder is never ignored)."""
        if not self.ignore:
            return False
        rel = os.path.relpath(os.path.abspath(path), os.path.abspath(self.root))
        if rel == ".." or rel.startswith(".." + os.sep):
            return False
        return bool(self._spec.match_file(Path(rel).as_posix()))

    @cached_property
    def _spec(self) -> Any:
        from pathspec import GitIgnoreSpec

        return GitIgnoreSpec.from_lines(self.ignore)


def discover(explicit: Path | None, starts: Sequence[Path]) -> Settings:
    """The settings for a run on `starts` (the checked paths; the working directory for stdin)."""
    if explicit is not None:
        return load(explicit, origin="--config")
    env = os.environ.get(ENV_CONFIG)
    if env:
        return load(Path(env), origin=f"${ENV_CONFIG}")
    for folder in _upwards(starts):
        candidate = folder / YAML_NAME
        if candidate.is_file():
            return load(candidate)
        candidate = folder / PYPROJECT
        if candidate.is_file() and _has_table(candidate):
            return load(candidate)
    return Settings(root=Path.cwd())


def _upwards(starts: Sequence[Path]) -> list[Path]:
    absolute = [p.resolve() for p in starts] or [Path.cwd().resolve()]
    folders = [p if p.is_dir() else p.parent for p in absolute]
    try:
        common = Path(os.path.commonpath([str(f) for f in folders]))
    except ValueError:  # different drives on Windows: start from the first
        common = folders[0]
    return [common, *common.parents]


def _has_table(path: Path) -> bool:
    try:
        tool = _read_toml(path).get("tool")
    except ConfigError:
        return True  # a broken pyproject.toml near the drafts should be reported, not passed over
    return isinstance(tool, dict) and "cstocheck" in tool


def _read_toml(path: Path) -> dict[str, Any]:
    from cstocheck.files import read_bounded, too_large

    try:
        data = read_bounded(path)
    except OSError as err:
        raise ConfigError(f"cannot read config: {err.strerror or err}", where=str(path)) from None
    if (why := too_large(path, data)) is not None:
        raise ConfigError(f"config file is {why}", where=str(path))
    try:
        return tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError as err:
        raise ConfigError(f"not UTF-8 text (byte 0x{data[err.start]:02x} at offset {err.start})",
                          where=str(path)) from None
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"invalid TOML: {err}", where=str(path)) from None
    except RecursionError:
        raise ConfigError("invalid TOML: nested too deeply to read", where=str(path)) from None


def load(path: Path, origin: str | None = None) -> Settings:
    """Settings from one file: YAML, or TOML when it is named *.toml."""
    where = f"{origin} {path}" if origin else str(path)
    if not path.is_file():
        raise ConfigError("no such config file", where=where)
    if path.suffix == ".toml":
        tool = _read_toml(path).get("tool", {})
        table = tool.get("cstocheck") if isinstance(tool, dict) else None
        if table is None:
            raise ConfigError("no [tool.cstocheck] table", where=where)
        data = _check_plain(table, f"{path} [tool.cstocheck]")
    else:
        data = _check_yaml(path)
    return _settings(path, data)


def _check_yaml(path: Path) -> dict[str, Any]:
    from cstocheck.yamlfile import Problems, compose, conform, read_text_file

    display = str(path)
    problems = Problems()
    text = read_text_file(path, display, problems, "config file")
    node = compose(text, display, problems) if text is not None else None
    if node is not None:
        data = conform(node, CONFIG, display, problems)
    if not problems.values():
        return dict(data) if node is not None else {}  # an empty file, or only comments: the defaults
    bad = problems.values()[0]
    raise ConfigError(bad.message, where=f"{bad.path}:{bad.line}:{bad.col}")


def _check_plain(table: Any, display: str) -> dict[str, Any]:
    """TOML data checked by the same declaration as YAML (TOML keeps no marks to report)."""
    import yaml

    from cstocheck.yamlfile import Problems, conform

    problems = Problems()
    try:
        node = yaml.compose(yaml.safe_dump(table, allow_unicode=True), Loader=yaml.SafeLoader)
    except RecursionError:
        raise ConfigError("nested too deeply to read", where=display) from None
    if node is None:
        return {}
    data = conform(node, CONFIG, display, problems)
    if problems.values():
        raise ConfigError(problems.values()[0].message, where=display)
    return dict(data)


def _settings(path: Path, data: dict[str, Any]) -> Settings:
    root = path.resolve().parent
    return Settings(
        root=root,
        source=str(path),
        base=root / data["base"] if "base" in data else None,
        fail_on=tuple(data["fail-on"]) if "fail-on" in data else None,
        language=data.get("language"),
        ignore=tuple(data.get("ignore", ())),
        baseline=root / data["baseline"] if "baseline" in data else None,
        author=data.get("author"),
        author_url=data.get("author-url"),
    )
