"""Finding a quote in its seed, forgiving white space and quote style and nothing else."""
from __future__ import annotations

import re
from array import array
from dataclasses import dataclass
from functools import cached_property

from cstocheck.folding import QUOTE_STYLE

_SPACE = re.compile(r"\s+")
CLOSEST_PROBE = 200  # characters


def normalize_quote(text: str) -> str:
    return _SPACE.sub(" ", text.translate(QUOTE_STYLE)).strip()


@dataclass(frozen=True)
class Located:
    start: int  # offsets in the original seed text
    end: int
    line: int


@dataclass(frozen=True)
class Passage:
    """The nearest passage to a quote that was not found: a hint for the curator."""

    score: float
    text: str
    line: int


class SeedText:
    """A seed's text, and on demand a normalized copy with the map back to original offsets.

    Most quotes stand in their seed letter for letter and are found directly; only the others
    pay for the normalized copy, whose offset map is kept compact (a large base has tens of
    millions of characters).
    """

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def _normalized(self) -> tuple[str, array[int]]:
        chars: list[str] = []
        origin = array("l")
        pending_space = False
        for i, ch in enumerate(self.text.translate(QUOTE_STYLE)):
            if ch.isspace():
                pending_space = bool(chars)
                continue
            if pending_space:
                chars.append(" ")
                origin.append(i - 1)
                pending_space = False
            chars.append(ch)
            origin.append(i)
        return "".join(chars), origin

    @property
    def normalized(self) -> str:
        return self._normalized[0]

    @cached_property
    def _line_starts(self) -> list[int]:
        return [0] + [m.end() for m in re.finditer("\n", self.text)]

    def line_of(self, offset: int) -> int:
        from bisect import bisect_right

        return bisect_right(self._line_starts, offset)

    def find(self, quote: str) -> Located | None:
        if quote.strip() and (at := self.text.find(quote)) >= 0 and quote == quote.strip():
            return Located(at, at + len(quote), self.line_of(at))
        needle = normalize_quote(quote)
        if not needle:
            return None
        normalized, origin = self._normalized
        at = normalized.find(needle)
        if at < 0:
            return None
        start = origin[at]
        end = origin[at + len(needle) - 1] + 1
        return Located(start, end, self.line_of(start))

    def closest(self, quote: str) -> Passage:
        """The passage most like the quote. A long quote is aligned by its first CLOSEST_PROBE
        characters (an alignment costs the product of both lengths: a 20,000-character quote in a
        large seed took minutes), then scored whole against the passage of its length there."""
        from rapidfuzz import fuzz

        needle = normalize_quote(quote)
        normalized, origin = self._normalized
        found = fuzz.partial_ratio_alignment(needle[:CLOSEST_PROBE], normalized)
        if found is None:
            return Passage(0.0, "", 1)
        start = origin[found.dest_start] if normalized else 0
        if len(needle) <= CLOSEST_PROBE:
            return Passage(found.score, normalized[found.dest_start:found.dest_end], self.line_of(start))
        passage = normalized[found.dest_start:found.dest_start + len(needle)]
        return Passage(fuzz.ratio(needle, passage), passage, self.line_of(start))
