"""Adding an article to the base: its bytes under a content-hash id, its metadata appended to
seeds/seeds.yaml as text (the file's comments and order stay as they are).

Every check runs before anything is written. The two writes go through temporary files in
seeds/ and are moved into place last; should the second move fail, the first is undone, so
the base is never left half-changed.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from cstocheck.errors import CstocheckError
from cstocheck.files import read_bounded, too_large
from cstocheck.schema import LANGUAGES, SEEDS_FILE, SEEDS_META_FILE
from cstocheck.yamlfile import Problems, compose, conform, decode_utf8

HASH_CHARS = 16
_ENTRY_INDENT = re.compile(r"^( *)- +id:", re.MULTILINE)
_URL = re.compile(r"^https?://\S+$")


class AddSourceError(CstocheckError):
    """The article or its metadata cannot be added; nothing was written."""


@dataclass(frozen=True)
class Metadata:
    title: str
    date: str
    language: str
    outlet: str
    url: str | None = None
    author: str | None = None


@dataclass(frozen=True)
class Plan:
    seed_id: str
    data: bytes  # the article, byte for byte
    target: Path
    meta_path: Path
    meta_text: str  # seeds.yaml as it will be


def _check_metadata(meta: Metadata) -> None:
    if meta.language not in LANGUAGES:
        raise AddSourceError(f"--lang {meta.language!r}: one of {', '.join(LANGUAGES)}")
    for option, value in (("--title", meta.title), ("--date", meta.date), ("--outlet", meta.outlet),
                          ("--author", meta.author), ("--url", meta.url)):
        if value is None:
            continue
        if not value.strip():
            raise AddSourceError(f"{option} is empty")
        if any(not ch.isprintable() for ch in value):
            raise AddSourceError(f"{option} contains a control character")
    if meta.url is not None and not _URL.match(meta.url):
        raise AddSourceError(f"--url {meta.url!r}: not an http(s) address")


def _read_article(path: Path) -> bytes:
    try:
        data = read_bounded(path)
    except OSError as err:
        raise AddSourceError(f"cannot read {path}: {err.strerror or err}") from None
    if (why := too_large(path, data)) is not None:
        raise AddSourceError(f"{path} is {why}")
    text, bad = decode_utf8(data, str(path))
    if bad is not None:
        raise AddSourceError(bad.message, where=f"{bad.path}:{bad.line}:{bad.col}")
    assert text is not None
    if not any(ch.isalpha() for ch in text):
        raise AddSourceError(f"{path} has no text to add")
    return data


def _check_new(folder: Path, data: bytes) -> int:
    """The number of seed files already there; a file with the same content is a duplicate."""
    digest = hashlib.sha256(data).digest()
    existing = sorted(folder.glob("*.txt"))
    for seed in existing:
        if hashlib.sha256(seed.read_bytes()).digest() == digest:
            raise AddSourceError(f"the base already holds this article, as {seed.stem}")
    return len(existing)


def _entry(seed_id: str, meta: Metadata, indent: str) -> str:
    def scalar(value: str | None) -> str:
        return "null" if value is None else json.dumps(value, ensure_ascii=False)  # a YAML double-quoted scalar

    keys = [("id", seed_id), ("file", f"{seed_id}.txt"), ("language", meta.language), ("date", scalar(meta.date)),
            ("title", scalar(meta.title)), ("author", scalar(meta.author)), ("publication", scalar(meta.outlet))]
    if meta.url is not None:
        keys.append(("url", scalar(meta.url)))
    first, *rest = keys
    lines = [f"{indent}- {first[0]}: {first[1]}"] + [f"{indent}  {k}: {v}" for k, v in rest]
    return "\n".join(lines) + "\n"


def _appended(meta_path: Path, seed_id: str, meta: Metadata) -> str:
    """seeds.yaml with the new entry appended, checked to read back as the old entries plus it."""
    old = meta_path.read_text(encoding="utf-8") if meta_path.is_file() else "seeds:\n"
    found = _ENTRY_INDENT.search(old)
    text = old + ("" if old.endswith("\n") else "\n") + _entry(seed_id, meta, found.group(1) if found else "  ")
    before, after = _entries(old, meta_path), _entries(text, meta_path)
    if after[:-1] != before or after[-1]["id"] != seed_id or after[-1]["title"] != meta.title:
        raise AddSourceError(f"cannot append to {meta_path}: its last entry is not a block list item "
                             "(add the seed by hand)")
    return text


def _entries(text: str, meta_path: Path) -> list[dict[str, object]]:
    problems = Problems()
    node = compose(text, str(meta_path), problems)
    data = conform(node, SEEDS_FILE, str(meta_path), problems) if node is not None else None
    if len(problems) or not data:
        first = problems.values()[0] if len(problems) else None
        raise AddSourceError(first.message if first else "no seeds list",
                             where=f"{first.path}:{first.line}:{first.col}" if first else str(meta_path))
    return [dict(entry) for entry in data["seeds"]]


def plan(root: Path, article: Path, meta: Metadata) -> Plan:
    """Every check, and what would be written; nothing is written."""
    _check_metadata(meta)
    data = _read_article(article)
    folder = root / "seeds"
    number = _check_new(folder, data)
    seed_id = f"{number:03d}_{hashlib.sha256(data).hexdigest()[:HASH_CHARS]}"
    target = folder / f"{seed_id}.txt"
    if target.exists():
        raise AddSourceError(f"{target} already exists")
    meta_path = folder / SEEDS_META_FILE
    return Plan(seed_id, data, target, meta_path, _appended(meta_path, seed_id, meta))


def _write_temp(final: Path, data: bytes) -> Path:
    temp = final.with_name(f".{final.name}.adding")
    with temp.open("wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    if final.exists():
        shutil.copymode(final, temp)
    return temp


def apply(p: Plan) -> None:
    """Write the plan: both files prepared aside, then moved in; a failure undoes what was done."""
    temps: list[Path] = []
    placed = False
    try:
        temps.append(_write_temp(p.target, p.data))
        temps.append(_write_temp(p.meta_path, p.meta_text.encode("utf-8")))
        os.replace(temps[0], p.target)
        placed = True
        os.replace(temps[1], p.meta_path)
    except OSError as err:
        if placed:
            p.target.unlink(missing_ok=True)
        raise AddSourceError(f"cannot write the new seed: {err.strerror or err}; the base is unchanged") from None
    finally:
        for temp in temps:
            temp.unlink(missing_ok=True)


def add_source(root: Path, article: Path, meta: Metadata) -> str:
    """Add the article to the base at `root`; its seed id."""
    p = plan(root, article, meta)
    apply(p)
    return p.seed_id
