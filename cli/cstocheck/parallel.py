"""Judging the sentences of many drafts on all cores: the same findings, in the same order, as
one core gives.

Workers are forked from the process that holds the loaded checker, so none loads the base
again; where the platform cannot fork, or the drafts are few, one core does the work.
"""
from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace

from cstocheck.finding import Finding

# Below this many sentences, starting workers costs more than it saves.
MIN_SENTENCES = 200

_judge: Callable[[str], Finding] | None = None  # what a forked worker inherits


def judge_drafts(judge: Callable[[str], Finding], drafts: Sequence[Sequence[str]],
                 jobs: int = 0) -> Iterator[list[Finding]]:
    """The findings on each draft's sentences, draft by draft, in the drafts' order. ``jobs``: how
    many processes (0: one a core, where the drafts are many enough)."""
    workers = _workers(jobs, drafts)
    if workers <= 1:
        for texts in drafts:
            yield [judge(text) for text in texts]
        return
    global _judge
    _judge = judge
    try:
        with multiprocessing.get_context("fork").Pool(workers, initializer=_quiet) as pool:
            yield from pool.imap(_judge_texts, drafts)
    finally:
        _judge = None


def _workers(jobs: int, drafts: Sequence[Sequence[str]]) -> int:
    if jobs == 1 or len(drafts) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    if jobs > 1:
        return min(jobs, len(drafts))
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return min(cores, len(drafts)) if sum(map(len, drafts)) >= MIN_SENTENCES else 1


def _quiet() -> None:
    """A worker leaves Ctrl-C to the process that started it, which stops the workers itself."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _judge_texts(texts: Sequence[str]) -> list[Finding]:
    assert _judge is not None, "a worker forked from a process that judges"
    return [_portable(_judge(text)) for text in texts]


def _portable(finding: Finding) -> Finding:
    """The finding without the readings its parts rest on: they were for judging, and a folded
    text does not travel between processes."""
    return replace(finding, parts=tuple(replace(p, reading=None) for p in finding.parts))
