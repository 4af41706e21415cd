"""Pausing Python's cyclic garbage collector where many objects are built and few are freed.

A pause only defers the collector's walk: once it is back on, its next collections walk all that
was built meanwhile. A process that runs one command (cstocheck's own entry point says so with
`one_command_process`) also takes what its start-up built (modules, the compiled base) out of the
collector's sight when the pause ends, with gc.freeze: those objects live as long as the process,
and so do the values decoded from the compiled base, which the index keeps.
Code that runs inside another process (tests, a notebook) only pauses.
"""
from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_ONE_COMMAND = [False]


def one_command_process() -> None:
    """Called by the process's entry point, before anything is built."""
    _ONE_COMMAND[0] = True


@contextmanager
def without_gc(*, lasting: bool = False) -> Iterator[None]:
    """Loading builds millions of objects and frees few: Python's cyclic collector would walk the
    growing graph again and again for nothing (a third of `validate` on a 10,000-claim base).
    `lasting`: what is built here lives as long as the process (in a one-command process, it is
    then frozen out of the collector's sight)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            if lasting and _ONE_COMMAND[0]:
                gc.freeze()
            gc.enable()
