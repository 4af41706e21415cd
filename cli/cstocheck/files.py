"""Reading files the user points at, never more than the size limit."""
from __future__ import annotations

from pathlib import Path

MAX_FILE_BYTES = 8 * 1024 * 1024


def read_bounded(path: Path) -> bytes:
    """The file's bytes, reading at most one past the limit (a device or pipe may never end)."""
    with path.open("rb") as fh:
        return fh.read(MAX_FILE_BYTES + 1)


def too_large(path: Path, data: bytes) -> str | None:
    """Why the bytes read are over the limit, or None when they are not."""
    if len(data) <= MAX_FILE_BYTES:
        return None
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    said = f"{size:,} bytes" if size > MAX_FILE_BYTES else f"more than {MAX_FILE_BYTES:,} bytes"
    return f"{said}; the limit is {MAX_FILE_BYTES:,}"
