"""The process's entry point: everything that must hold before the first heavy import.

It imports nothing but the standard library (and collector, which imports nothing else), so
that an interrupt during start-up (importing typer and rich takes a tenth of a second) still ends
in one line and exit 130, not a traceback.
"""
from __future__ import annotations

import os
import signal
import sys

from cstocheck.collector import one_command_process, without_gc

INTERRUPTED = 130


def prepare_process() -> None:
    """A closed pipe ends the process as it ends any Unix tool (status 141 in a shell), instead
    of an exception mid-write that would be reported as a failed check; a COLUMNS that is no
    positive number is ignored, so the terminal's own width (or 80) is used."""
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    columns = os.environ.get("COLUMNS")
    if columns is not None and not (columns.strip().isdigit() and int(columns) > 0):
        del os.environ["COLUMNS"]


def main() -> None:
    try:
        prepare_process()
        one_command_process()
        with without_gc(lasting=True):  # importing builds many objects and frees none
            from cstocheck.cli import run
        code = run()
    except KeyboardInterrupt:
        code = INTERRUPTED
    if code == INTERRUPTED:
        sys.stderr.write("interrupted\n")
    sys.exit(code)
