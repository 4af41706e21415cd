"""Judging the sentences of drafts on all cores: the same findings, in the same order, as one
core gives.

Workers are forked from the process that holds the loaded checker, so none loads the base
again. The sentences of all drafts are dealt out in runs, so one long draft uses every core as
many short ones do; where the platform cannot fork, or the sentences are few, one core does the
work. A sentence is judged once however often the drafts repeat it (a finding depends on the
sentence's text alone).
"""
from __future__ import annotations

import io
import multiprocessing
import os
import pickle
import signal
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from multiprocessing.pool import Pool
from types import TracebackType
from typing import Self, TypeVar

from cstocheck.finding import Finding
from cstocheck.model import Claim

# Below this many sentences, starting workers costs more than it saves.
MIN_SENTENCES = 200
# Sentences are dealt out in runs: about this many a worker, of at least RUN_MIN sentences.
RUNS_PER_WORKER = 4
RUN_MIN = 25

# Below this many items (paragraphs to split into sentences), one core maps them.
MIN_SPREAD = 64

_judge: Callable[[str], Finding] | None = None  # what a forked worker inherits
_by_id = False  # whether a forked worker sends the claims of its findings by id (see judge_drafts)

T = TypeVar("T")
R = TypeVar("R")


def judge_drafts(judge: Callable[[str], Finding], drafts: Sequence[Sequence[str]],
                 jobs: int = 0, claims: Callable[[], Iterable[Claim]] | None = None) -> Iterator[list[Finding]]:
    """The findings on each draft's sentences, draft by draft, in the drafts' order. ``jobs``: how
    many processes (0: one a core, where the sentences are many enough). ``claims``: the base's
    claims, asked for once a worker's findings come back, which then name their claims by id."""
    texts = list(dict.fromkeys(text for draft in drafts for text in draft))  # each once, in reading order
    workers = _workers(jobs, len(texts))
    if workers <= 1:
        judged: dict[str, Finding] = {}
        for draft in drafts:
            for text in draft:
                if text not in judged:
                    judged[text] = judge(text)
            yield [judged[text] for text in draft]
        return
    global _judge, _by_id
    _judge, _by_id = judge, claims is not None
    try:
        with multiprocessing.get_context("fork").Pool(workers, initializer=_quiet) as pool:
            runs = pool.imap(_judge_texts, _runs(texts, workers))
            yield from _by_draft(drafts, texts, map(_Received(claims), runs))
    finally:
        _judge, _by_id = None, False


def _runs(texts: list[str], workers: int) -> list[list[str]]:
    """The sentences in runs, several a worker, so that a worker with slow sentences does not
    hold up the rest, and none so short that passing it costs more than judging it."""
    size = max(RUN_MIN, -(-len(texts) // (workers * RUNS_PER_WORKER)))
    return [texts[i:i + size] for i in range(0, len(texts), size)]


def _by_draft(drafts: Sequence[Sequence[str]], texts: list[str],
              runs: Iterator[list[Finding]]) -> Iterator[list[Finding]]:
    """The findings of the runs (on `texts`, in order), given back draft by draft as each draft is
    complete: a draft's sentences are all among the texts judged once its last new one is."""
    judged: dict[str, Finding] = {}
    pending = iter(texts)
    for draft in drafts:
        while not all(text in judged for text in draft):
            judged.update((text, finding) for finding, text in zip(next(runs), pending))
        yield [judged[text] for text in draft]


class Spread:
    """Maps a function over many items on every core, in order: the draft's paragraphs, split into
    sentences while nothing else runs. Few items stay on this core. One pool serves every call
    until the spread is closed."""

    def __init__(self, jobs: int = 0) -> None:
        self.jobs = jobs
        self._pool: Pool | None = None

    def __call__(self, func: Callable[[T], R], items: list[T]) -> list[R]:
        workers = _workers(self.jobs, len(items), MIN_SPREAD)
        if workers <= 1:
            return [func(item) for item in items]
        if self._pool is None:
            self._pool = multiprocessing.get_context("fork").Pool(workers, initializer=_quiet)
        return self._pool.map(func, items, chunksize=max(1, len(items) // (workers * RUNS_PER_WORKER)))

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool = None


def _workers(jobs: int, sentences: int, least: int = MIN_SENTENCES) -> int:
    if jobs == 1 or sentences < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    if jobs > 1:
        return min(jobs, sentences)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return cores if sentences >= least else 1


def _quiet() -> None:
    """A worker leaves Ctrl-C to the process that started it, which stops the workers itself."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _judge_texts(texts: Sequence[str]) -> bytes:
    assert _judge is not None, "a worker forked from a process that judges"
    out = io.BytesIO()
    _Sender(out, _by_id).dump([_portable(_judge(text)) for text in texts])
    return out.getvalue()


# A finding holds every claim its sentence came close to (some 30 a sentence on a large base), and
# a claim with its sources and marks is most of a finding's size: sent whole, the findings on
# 1,000 sentences were 20 MB, and unpickling them took the parent a second of a core the workers
# needed. By id, the parent takes each claim from its own base.


class _Sender(pickle.Pickler):
    def __init__(self, out: io.BytesIO, by_id: bool) -> None:
        super().__init__(out, protocol=pickle.HIGHEST_PROTOCOL)
        self._by_id = by_id

    def persistent_id(self, obj: object) -> str | None:
        return obj.id if self._by_id and type(obj) is Claim else None


class _Received:
    """A worker's findings as sent, made whole again with the claims of the base."""

    def __init__(self, claims: Callable[[], Iterable[Claim]] | None) -> None:
        self._claims = claims
        self._by_id: dict[str, Claim] | None = None

    def __call__(self, data: bytes) -> list[Finding]:
        unpickler = pickle.Unpickler(io.BytesIO(data))
        unpickler.persistent_load = self._claim  # type: ignore[method-assign]
        findings: list[Finding] = unpickler.load()
        return findings

    def _claim(self, claim_id: str) -> Claim:
        if self._by_id is None:
            if self._claims is None:
                raise pickle.UnpicklingError("a claim sent by id, with no claims to find it in")
            self._by_id = {c.id: c for c in self._claims()}
        try:
            return self._by_id[claim_id]
        except KeyError:
            raise pickle.UnpicklingError(f"no claim {claim_id!r} in the base") from None


def _portable(finding: Finding) -> Finding:
    """The finding without the readings its parts rest on: they were for judging, and a folded
    text does not travel between processes."""
    return replace(finding, parts=tuple(replace(p, reading=None) for p in finding.parts))
