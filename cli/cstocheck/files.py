"""Reading files the user points at: regular files only, never more than the size limit."""
from __future__ import annotations

import errno
import mmap
import os
import stat
from pathlib import Path

MAX_FILE_BYTES = 8 * 1024 * 1024

_KINDS = {stat.S_IFIFO: "a FIFO", stat.S_IFSOCK: "a socket", stat.S_IFCHR: "a character device",
          stat.S_IFBLK: "a block device", stat.S_IFDIR: "a directory"}


class NotRegularFile(OSError):
    """A FIFO, device, socket or folder where a file was expected: opening or reading it may
    never end, so it is refused before a byte is read."""


def kind_of(mode: int) -> str:
    return _KINDS.get(stat.S_IFMT(mode), "not a regular file")


def is_regular(path: Path) -> bool:
    """Whether the path (links followed) is a regular file; False for anything unreadable."""
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except (OSError, ValueError):
        return False


def _open_regular(path: Path) -> int:
    """A descriptor of the file, opened without blocking and checked to be regular before a byte
    is read: opening a FIFO for reading waits for a writer for ever, and a device may never end."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotRegularFile(errno.EINVAL, f"not a regular file ({kind_of(mode)})", str(path))
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd


def read_bounded(path: Path, limit: int | None = MAX_FILE_BYTES) -> bytes:
    """The file's bytes, reading at most one past the limit (None: the whole file)."""
    with os.fdopen(_open_regular(path), "rb", closefd=True) as fh:
        return fh.read(-1 if limit is None else limit + 1)


def mapped(path: Path) -> mmap.mmap | bytes:
    """The whole file, mapped read-only (b"" when it is empty): a large file is not copied into
    memory, and only the pages looked at are read (copying the 43 MB compiled cache of a
    10,000-claim base cost a warm run 26 ms). For files only ever replaced whole (renamed into
    place), never cut short in place: reading a page a truncation removed ends the process."""
    fd = _open_regular(path)
    try:
        return mmap.mmap(fd, 0, access=mmap.ACCESS_READ) if os.fstat(fd).st_size else b""
    finally:
        os.close(fd)


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
