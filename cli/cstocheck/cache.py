"""A compiled-base cache: the loaded and indexed base, stored in the user's cache directory.

The key is a hash of every claims and seed file (names and bytes) and of cstocheck's own
version, so any edit invalidates it; the parts it is put together from are kept by claims file
(see compiled), so an edit rebuilds little of it. A cache file that cannot be read for any reason is
ignored and rebuilt; writes go to a temporary file renamed into place, so parallel runs
never see half a file. The base directory itself is never written.

Entries and the manifest are JSON (see cachecodec), never pickle: a file planted in the cache
folder can at worst be ignored, or describe another base, but loading it runs no code.

A file's content hash is kept between runs in a manifest beside the entries, reused while the
file's size and modification time (to the nanosecond) are unchanged, as git's index does: a run
on a base of thousands of files stats them rather than rereading them.
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
import zlib
from pathlib import Path
from typing import Any, NamedTuple

from cstocheck import __version__, cachecodec
from cstocheck.errors import BaseLoadError
from cstocheck.files import mapped, read_bounded

ENV_CACHE_DIR = "CSTOCHECK_CACHE_DIR"
_MAGIC = b"cstocheck-cache 6 json\n"
SUFFIX = ".json"


def cache_dir() -> Path:
    if os.environ.get(ENV_CACHE_DIR):
        return Path(os.environ[ENV_CACHE_DIR])
    if sys.platform == "win32":
        root = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        root = Path.home() / "Library" / "Caches"
    else:
        root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return root / "cstocheck"


MANIFEST_VERSION = 1


def _read_manifest(path: Path) -> dict[str, tuple[int, int, str]]:
    """The hashes known from the last run, by absolute path; anything of another shape is
    ignored (everything is then hashed again), whatever the file holds."""
    try:
        data = json.loads(read_bounded(path))
    except (OSError, ValueError, RecursionError):  # absent, unreadable or not JSON
        return {}
    files = data.get("files") if isinstance(data, dict) and data.get("version") == MANIFEST_VERSION else None
    if not isinstance(files, dict):
        return {}
    return {where: (seen[0], seen[1], seen[2]) for where, seen in files.items()
            if isinstance(seen, list) and len(seen) == 3 and type(seen[0]) is int and type(seen[1]) is int
            and isinstance(seen[2], str)}


def _file_hashes(files: list[tuple[str, str]]) -> dict[str, str]:
    """The content hash of each file (by label; each given by its absolute path), reusing the
    hash from the last run for a file whose size and modification time are unchanged (as git's
    index does), so a large base is not reread."""
    manifest_path = cache_dir() / ".manifest.json"  # hidden: it is bookkeeping, not a cache entry
    known = _read_manifest(manifest_path)
    hashes: dict[str, str] = {}
    fresh: dict[str, tuple[int, int, str]] = {}
    for label, where in files:
        try:
            stat = os.stat(where)
            seen = known.get(where)
            if seen is not None and seen[:2] == (stat.st_size, stat.st_mtime_ns):
                hashes[label] = seen[2]
            else:
                hashes[label] = hashlib.sha256(read_bounded(Path(where))).hexdigest()
        except OSError:  # a FIFO, a link loop, a folder, a file gone since the listing: loading says what is wrong
            hashes[label] = "unreadable"
            continue
        fresh[where] = (stat.st_size, stat.st_mtime_ns, hashes[label])
    if any(known.get(k) != v for k, v in fresh.items()):
        manifest = {"version": MANIFEST_VERSION, "files": {k: list(v) for k, v in {**known, **fresh}.items()}}
        _write_bytes_atomically(manifest_path, json.dumps(manifest, ensure_ascii=False).encode("utf-8"))
    return hashes


# Files are listed and stat'ed by path strings: a base of thousands of seeds made as many Path
# objects for nothing (about 30 ms of a warm run on a base of 2,000 seeds).


def _package_files() -> list[tuple[str, str]]:
    """The code and the language files it reads with, by name inside the package (listed with
    os.walk: pathlib's rglob and the sorting of paths took 1.5 ms of every run)."""
    package = os.path.dirname(os.path.abspath(__file__))
    names: list[str] = []
    for folder, _, files in os.walk(package):
        inside = os.path.relpath(folder, package).replace(os.sep, "/")
        names += [name if inside == "." else f"{inside}/{name}" for name in files if name.endswith(".py")]
    with contextlib.suppress(OSError):
        names += [f"languages/{name}" for name in os.listdir(os.path.join(package, "languages"))]
    return [(f"package/{name}", os.path.join(package, *name.split("/"))) for name in sorted(names)]


def _folder_files(root: Path, folder: str) -> list[tuple[str, str]]:
    where = os.path.join(os.path.abspath(root), folder)
    try:
        with os.scandir(where) as found:
            names = sorted(e.name for e in found)
    except OSError as err:
        raise BaseLoadError(f"cannot read folder: {err.strerror or err}", where=str(root / folder)) from None
    inside = where + os.sep  # where is absolute and a listed name a plain name: os.path.join, without a call a file
    return [(f"{folder}/{name}", inside + name) for name in names]


def base_key(root: Path) -> str:
    """A hash of every claims and seed file's content, and of cstocheck's own code and language files."""
    files = [*_package_files(), *_folder_files(root, "claims"), *_folder_files(root, "seeds")]
    digest = hashlib.sha256(f"cstocheck {__version__}\n".encode() + _MAGIC)
    for label, content in _file_hashes(files).items():
        digest.update(f"{label} {content}\n".encode())
    return digest.hexdigest()


class PartKeys(NamedTuple):
    """The keys of each claims file's parts of the compiled base, by file name."""

    by_content: dict[str, str]  # what the file's content makes: its claims, problems and entries
    by_name: dict[str, str]  # what is kept text by text (the readings), which an edited file's unchanged texts reuse


def part_keys(root: Path, shared: tuple[str, ...]) -> PartKeys:
    """The keys of each claims file's parts: hashes of the `shared` files of the claims folder
    that every part depends on (the alias tables) and of cstocheck's own code, with the file's
    content (not its name: a renamed file keeps its part) or, for its readings, its name."""
    claims = _folder_files(root, "claims")
    hashes = _file_hashes([*_package_files(), *claims])
    digest = hashlib.sha256(f"cstocheck {__version__} part\n".encode() + _MAGIC)
    for label, content in hashes.items():
        if label.startswith("package/") or label.removeprefix("claims/") in shared:
            digest.update(f"{label} {content}\n".encode())
    common = digest.hexdigest()
    files = {label.removeprefix("claims/"): label for label, _ in claims if label.removeprefix("claims/") not in shared}

    def key(what: str) -> str:
        return hashlib.sha256(f"{common} {what}".encode()).hexdigest()

    return PartKeys({name: key(hashes[label]) for name, label in files.items()},
                    {name: key(label) for name, label in files.items()})


def folder_key(root: Path, folder: str, *context: str) -> tuple[str, dict[str, str]]:
    """A key for what is loaded from one folder of the base (the seeds): a hash of that folder's
    files (names and content), of `context` (what else the loaded values depend on) and of
    cstocheck's own code; and the content hash of each of the folder's files, by name."""
    hashes = _file_hashes([*_package_files(), *_folder_files(root, folder)])
    digest = hashlib.sha256(f"cstocheck {__version__} {folder}\n".encode() + _MAGIC)
    for item in context:
        digest.update(f"{item}\n".encode())
    for label, content in hashes.items():
        digest.update(f"{label} {content}\n".encode())
    inside = f"{folder}/"
    return digest.hexdigest(), {label[len(inside):]: content for label, content in hashes.items()
                                if label.startswith(inside)}


def load(key: str) -> Any | None:
    """The cached value, or None when it is absent or not exactly what was stored."""
    path = cache_dir() / f"{key}{SUFFIX}"
    try:
        data = mapped(path)  # a large base's index is larger than any draft; cache files are replaced whole
        head = len(_MAGIC) + 2 * 65
        if data[:len(_MAGIC)] != _MAGIC or data[len(_MAGIC):len(_MAGIC) + 64].decode() != key:
            return None
        payload = memoryview(data)[head:]  # a view: a large cache is not copied
        # A checksum, because a flipped byte inside the payload can still load, as another base.
        if _checksum(zlib.crc32(payload), len(payload)) != data[len(_MAGIC) + 65:head - 1].decode():
            return None
        return cachecodec.loads(data, head)
    except Exception:  # noqa: BLE001 (absent, truncated, corrupt, of another version or refused: rebuild)
        return None


def _checksum(crc: int, length: int) -> str:
    """64 hex digits that change with any damage to the payload: its CRC-32, which catches the
    flipped bytes and cut-off tails a disk or a crash produce at a third of SHA-256's cost on a
    large cache, and its length."""
    return f"{crc:08x}{length:016x}".rjust(64, "0")


def store(key: str, value: Any) -> None:
    try:
        pieces = cachecodec.dump_pieces(value)
    except (cachecodec.CodecError, RecursionError):  # a value this format cannot hold: no cache, only slower
        return
    # The payload is checked and written piece by piece: joined, a large base's would be copied.
    crc = 0
    for piece in pieces:
        crc = zlib.crc32(piece, crc)
    head = _MAGIC + f"{key}\n{_checksum(crc, sum(len(p) for p in pieces))}\n".encode()
    _write_bytes_atomically(cache_dir() / f"{key}{SUFFIX}", head, *pieces)


def _write_bytes_atomically(path: Path, *data: bytes | memoryview) -> None:
    """Write to a temporary file beside the target and rename it into place: a parallel run sees
    the old file or the new one, never half of one. A cache that cannot be written only costs speed."""
    import tempfile  # only a run that writes needs it: a warm run is spared importing it

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name[:16]}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                for piece in data:
                    fh.write(piece)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        pass
