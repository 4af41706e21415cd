"""A seed's sentences, with where each starts and ends, split the way `check` splits a draft."""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache

from cstocheck.drafts import Sentence, parse
from cstocheck.model import Seed, SourceQuote

Position = tuple[int, int]  # (line, col), 1-based, as editors count


@lru_cache(maxsize=64)
def seed_sentences(seed: Seed) -> tuple[Sentence, ...]:
    return parse(seed.text, seed.id, markdown=False, language=seed.language).sentences


def position(text: str, offset: int) -> Position:
    """The line and column of a character offset of `text`."""
    starts = _line_starts(text)
    line = bisect_right(starts, offset)
    return line, offset - starts[line - 1] + 1


@lru_cache(maxsize=32)
def _line_starts(text: str) -> list[int]:
    return [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]


def quote_span(seed: Seed, quote: SourceQuote) -> tuple[Position, Position]:
    """Where a located quote starts and where its last character stands."""
    return position(seed.text, quote.start), position(seed.text, max(quote.start, quote.end - 1))


def overlapping(sentences: Sequence[Sentence], start: Position, end: Position) -> list[Sentence]:
    """The sentences that share a character with the span from `start` to `end` (both included)."""
    return [s for s in sentences if (s.line, s.col) <= end and (s.end_line, s.end_col - 1) >= start]
