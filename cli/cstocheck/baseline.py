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
    from cstocheck.files import read_bounded, too_large

    if not path.is_file():
        raise InputError("no such baseline file (create it with --write-baseline)", where=str(path))
    try:
        raw = read_bounded(path)
        if (why := too_large(path, raw)) is not None:
            raise InputError(f"cannot read baseline: it is {why}", where=str(path))
        data = json.loads(raw.decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as err:
        raise InputError(f"cannot read baseline: {_reason(err)}", where=str(path)) from None
    except RecursionError:
        raise InputError("cannot read baseline: nested too deeply to be one", where=str(path)) from None
    if not isinstance(data, dict) or data.get("version") != FORMAT or not isinstance(data.get("findings"), list):
        raise InputError(f"not a cstocheck baseline (version {FORMAT})", where=str(path))
    keys = []
    for n, item in enumerate(data["findings"], start=1):
        fields = ("file", "claim_id", "verdict", "sentence")
        if not isinstance(item, dict) or not all(isinstance(item.get(f), str) for f in fields):
            raise InputError(f"finding {n}: needs {', '.join(fields)} as text", where=str(path))
        keys.append((item["file"], item["claim_id"], item["verdict"], item["sentence"]))
    return Baseline(path, tuple(keys))


def _reason(err: Exception) -> str:
    return (err.strerror or str(err)) if isinstance(err, OSError) else str(err)


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
    """Write the baseline through a temporary file of a unique name beside it, renamed into place:
    never a half-written baseline, and never a write through a link or into a device that someone
    left at a predictable name. A target that exists and is not a regular file is refused."""
    import stat
    import tempfile

    try:
        mode = path.lstat().st_mode
    except FileNotFoundError:
        mode = None
    except OSError as err:
        raise InputError(f"cannot write baseline: {err.strerror or err}", where=str(path)) from None
    if mode is not None and not stat.S_ISREG(mode):
        from cstocheck.files import kind_of

        what = "a link" if stat.S_ISLNK(mode) else kind_of(mode)
        raise InputError(f"cannot write baseline: it is {what}, not a regular file; not replaced", where=str(path))
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as err:
        raise InputError(f"cannot write baseline: {err.strerror or err}", where=str(path)) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(render(keys))
        os.chmod(tmp, stat.S_IMODE(mode) if mode is not None else 0o666 & ~_umask())
        os.replace(tmp, path)
    except OSError as err:
        Path(tmp).unlink(missing_ok=True)
        raise InputError(f"cannot write baseline: {err.strerror or err}", where=str(path)) from None


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
