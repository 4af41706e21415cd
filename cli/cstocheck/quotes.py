"""Finding a quote in its seed, forgiving white space and quote style and nothing else."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

_QUOTE_STYLE = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'", "\u00b4": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
})
_SPACE = re.compile(r"\s+")


def normalize_quote(text: str) -> str:
    return _SPACE.sub(" ", text.translate(_QUOTE_STYLE)).strip()


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
    """A seed's text with a normalized copy and the map back to original offsets."""

    def __init__(self, text: str) -> None:
        self.text = text
        chars: list[str] = []
        origin: list[int] = []
        pending_space = False
        for i, ch in enumerate(text.translate(_QUOTE_STYLE)):
            if ch.isspace():
                pending_space = bool(chars)
                continue
            if pending_space:
                chars.append(" ")
                origin.append(i - 1)
                pending_space = False
            chars.append(ch)
            origin.append(i)
        self.normalized = "".join(chars)
        self._origin = origin

    @cached_property
    def _line_starts(self) -> list[int]:
        return [0] + [m.end() for m in re.finditer("\n", self.text)]

    def line_of(self, offset: int) -> int:
        from bisect import bisect_right

        return bisect_right(self._line_starts, offset)

    def find(self, quote: str) -> Located | None:
        needle = normalize_quote(quote)
        if not needle:
            return None
        at = self.normalized.find(needle)
        if at < 0:
            return None
        start = self._origin[at]
        end = self._origin[at + len(needle) - 1] + 1
        return Located(start, end, self.line_of(start))

    def closest(self, quote: str) -> Passage:
        from rapidfuzz import fuzz

        needle = normalize_quote(quote)
        found = fuzz.partial_ratio_alignment(needle, self.normalized)
        if found is None:
            return Passage(0.0, "", 1)
        start = self._origin[found.dest_start] if self.normalized else 0
        return Passage(found.score, self.normalized[found.dest_start:found.dest_end],
                       self.line_of(start))
