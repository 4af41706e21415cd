"""A compiled-base cache: the loaded and indexed base, stored in the user's cache directory.

The key is a hash of every claims and seed file (names and bytes) and of cstocheck's own
version, so any edit invalidates it. A cache file that cannot be read for any reason is
ignored and rebuilt; writes go to a temporary file renamed into place, so parallel runs
never see half a file. The base directory itself is never written.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from pathlib import Path
from typing import Any

from cstocheck import __version__
from cstocheck.files import read_bounded

ENV_CACHE_DIR = "CSTOCHECK_CACHE_DIR"
_MAGIC = b"cstocheck-cache 2\n"


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


def base_key(root: Path) -> str:
    digest = hashlib.sha256(f"cstocheck {__version__}\n".encode() + _MAGIC)
    # The pickled objects are the package's own classes: any change to its code invalidates them.
    for module in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(module.read_bytes())
    for folder in ("claims", "seeds"):
        for path in sorted((root / folder).iterdir()):
            if not path.is_file():
                continue
            digest.update(f"{folder}/{path.name}\n".encode())
            digest.update(read_bounded(path))
            digest.update(b"\n")
    return digest.hexdigest()


def load(key: str) -> Any | None:
    """The cached value, or None when it is absent or not exactly what was stored."""
    path = cache_dir() / f"{key}.pickle"
    try:
        data = path.read_bytes()
        head = len(_MAGIC) + 2 * 65
        if not data.startswith(_MAGIC) or data[len(_MAGIC):len(_MAGIC) + 64].decode() != key:
            return None
        payload = data[head:]
        # A checksum, because a flipped byte inside a pickle can still load, as another base.
        if hashlib.sha256(payload).hexdigest() != data[len(_MAGIC) + 65:head - 1].decode():
            return None
        return pickle.loads(payload)
    except Exception:  # absent, truncated, corrupt or from another version: rebuild
        return None


def store(key: str, value: Any) -> None:
    folder = cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{key[:16]}.", suffix=".tmp")
        try:
            payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
            with os.fdopen(fd, "wb") as fh:
                fh.write(_MAGIC + f"{key}\n{hashlib.sha256(payload).hexdigest()}\n".encode() + payload)
            os.replace(tmp, folder / f"{key}.pickle")
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        pass  # a cache that cannot be written only costs speed
