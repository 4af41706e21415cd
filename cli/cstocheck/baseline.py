"""A baseline: the findings a newsroom has already accepted, so that only new ones fail.

A finding is known by its file, claim, verdict and sentence, not its line: text moving up or
down keeps it known, and editing the sentence makes it new. Each entry absorbs one finding, so
a second copy of an accepted sentence is still reported. Files are stored relative to the
baseline's own folder, so the baseline holds wherever the checks run from.
"""
from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from cstocheck.errors import InputError

FORMAT = 1

Key = tuple[str, str, str, str]  # file, claim id, verdict, sentence


@dataclass(frozen=True)
class Baseline:
    path: Path
    keys: tuple[Key, ...]

    def file_key(self, display: str) -> str:
        return relative_to(self.path.parent, display)


def relative_to(folder: Path, display: str) -> str:
    if display.startswith("<"):  # stdin has no place on disk
        return display
    try:
        return Path(os.path.relpath(Path(display).resolve(), folder.resolve())).as_posix()
    except ValueError:  # another drive on Windows
        return Path(display).resolve().as_posix()


def load(path: Path) -> Baseline:
    if not path.is_file():
        raise InputError("no such baseline file (create it with --write-baseline)", where=str(path))
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as err:
        raise InputError(f"cannot read baseline: {err}", where=str(path)) from None
    if not isinstance(data, dict) or data.get("version") != FORMAT or not isinstance(data.get("findings"), list):
        raise InputError(f"not a cstocheck baseline (version {FORMAT})", where=str(path))
    keys = []
    for n, item in enumerate(data["findings"], start=1):
        fields = ("file", "claim_id", "verdict", "sentence")
        if not isinstance(item, dict) or not all(isinstance(item.get(f), str) for f in fields):
            raise InputError(f"finding {n}: needs {', '.join(fields)} as text", where=str(path))
        keys.append((item["file"], item["claim_id"], item["verdict"], item["sentence"]))
    return Baseline(path, tuple(keys))


def matched(baseline: Baseline, keys: Iterable[Key]) -> list[bool]:
    """For each key in order, whether the baseline absorbs it (each entry absorbs one)."""
    left = Counter(baseline.keys)
    out = []
    for key in keys:
        hit = left[key] > 0
        if hit:
            left[key] -= 1
        out.append(hit)
    return out


def render(keys: Iterable[Key]) -> str:
    findings = [{"file": f, "claim_id": c, "verdict": v, "sentence": s} for f, c, v, s in sorted(keys)]
    return json.dumps({"version": FORMAT, "tool": "cstocheck", "findings": findings},
                      ensure_ascii=False, indent=2) + "\n"


def write(path: Path, keys: Iterable[Key]) -> None:
    text = render(keys)
    tmp = path.with_name(path.name + ".tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)  # never a half-written baseline
    except OSError as err:
        raise InputError(f"cannot write baseline: {err.strerror or err}", where=str(path)) from None
