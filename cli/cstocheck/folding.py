"""The one text normaliser: the folded copy every reader matches on, and the way back.

Folding lower-cases (Unicode case folding: "ß" is "ss"), drops accents, spells ligatures out
("ﬁ" is "fi"), turns every apostrophe style into ``'``, every dash into ``-``, every no-break
space into a plain space, and every decimal digit of any script into its ASCII digit. The folded
copy may be longer or shorter than the text, so it keeps, for each of its characters, which
characters of the original it came from: a span found on the folded copy is turned back into
the span of the original it reads, whatever the script.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache
from typing import Self

from cstocheck import lexicon

APOSTROPHES = lexicon.words("apostrophes")
DOUBLE_QUOTES = lexicon.words("double_quotes")
DASHES = lexicon.words("dashes")
# Only the no-break kinds: a line break between digit groups must not glue them.
HARD_SPACES = lexicon.words("hard_spaces")
# Quote style alone, for finding a curator's quote in its seed: nothing else is forgiven there.
QUOTE_STYLE = str.maketrans({**dict.fromkeys(APOSTROPHES, "'"), **dict.fromkeys(DOUBLE_QUOTES, '"')})


class Folded(str):
    """The folded text, which is a ``str``, and for each of its characters the span of the
    original it came from (``starts[i]`` to ``ends[i]``)."""

    original: str
    starts: Sequence[int]  # one more entry than characters: the last is len(original)
    ends: Sequence[int]

    def __new__(cls, text: str, original: str, starts: Sequence[int], ends: Sequence[int]) -> Self:
        folded = super().__new__(cls, text)
        folded.original, folded.starts, folded.ends = original, starts, ends
        return folded

    @property
    def keeps_offsets(self) -> bool:
        """Whether every character stands where it stood in the original."""
        return isinstance(self.starts, range)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original that the folded text's ``[start:end]`` reads."""
        if end <= start:
            return self.starts[start], self.starts[start]
        return self.starts[start], self.ends[end - 1]

    def at(self, offset: int) -> int:
        """Where the original's character at ``offset`` (or the next one kept) is in the folded text."""
        return bisect_left(self.starts, offset, 0, len(self))

    def written(self, index: int) -> str:
        """The original character the folded character at ``index`` comes from."""
        return self.original[self.starts[index]]

    def sub(self, pattern: re.Pattern[str], replacement: str) -> Folded:
        """Replace like ``pattern.sub``; a replacement's characters take the spans of the characters
        they stand for, matched from both ends ("n't" for " not": the "n", "o" and "t" of "not")."""
        text: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        done = 0
        for m in pattern.finditer(self):
            self._copy(done, m.start(), text, starts, ends)
            for j, ch in zip(_aligned(m.group(), replacement), replacement):
                text.append(ch)
                starts.append(self.starts[m.start() + j])
                ends.append(self.ends[m.start() + j])
            done = m.end()
        if not done:
            return self
        self._copy(done, len(self), text, starts, ends)
        starts.append(len(self.original))
        return Folded("".join(text), self.original, starts, ends)

    def excerpt(self, ranges: Sequence[tuple[int, int]], sep: str = " ") -> Folded:
        """The folded copy of stretches of the original (``ranges``, in order) joined by ``sep``,
        with its way back to the excerpt's own characters: nothing is folded again."""
        text: list[str] = []
        original: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        length = 0  # characters of the excerpt's original so far
        for k, (a, b) in enumerate(ranges):
            if k:
                text.append(sep)
                original.append(sep)
                starts.extend(range(length, length + len(sep)))
                ends.extend(range(length + 1, length + len(sep) + 1))
                length += len(sep)
            fa, fb, shift = self.at(a), self.at(b), length - a
            text.append(str.__getitem__(self, slice(fa, fb)))
            original.append(self.original[a:b])
            starts.extend(s + shift for s in self.starts[fa:fb])
            ends.extend(e + shift for e in self.ends[fa:fb])
            length += b - a
        starts.append(length)
        return Folded("".join(text), "".join(original), starts, ends)

    def _copy(self, start: int, end: int, text: list[str], starts: list[int], ends: list[int]) -> None:
        text.append(str.__getitem__(self, slice(start, end)))
        starts.extend(self.starts[start:end])
        ends.extend(self.ends[start:end])


def _aligned(old: str, new: str) -> list[int]:
    """For each character of ``new``, the index in ``old`` it stands for: a common head and tail
    pair up, the characters between share out the ones between."""
    head = 0
    while head < min(len(old), len(new)) and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < min(len(old), len(new)) - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    middle_old, middle_new = len(old) - head - tail, len(new) - head - tail
    index = [*range(head)]
    index += [head + min(k * middle_old // middle_new, max(middle_old - 1, 0)) for k in range(middle_new)]
    index += [len(old) - tail + k for k in range(tail)]
    return [min(i, len(old) - 1) for i in index]


@lru_cache(maxsize=4096)
def fold_char(ch: str) -> str:
    """One character folded: possibly none ("\u0301"), possibly several ("ß", "ﬁ")."""
    if ch in APOSTROPHES:
        return "'"
    if ch in HARD_SPACES:
        return " "
    if ch in DASHES:
        return "-"
    if ch.isdecimal():
        return str(unicodedata.decimal(ch))
    # "²", "½", "①": compatibility forms of digits stay themselves, so "10²" never reads as 102.
    parts = unicodedata.normalize("NFD" if unicodedata.numeric(ch, None) is not None else "NFKD", ch)
    return "".join(c for c in parts if not unicodedata.combining(c)).casefold()


def fold(text: str) -> Folded:
    """The folded copy of ``text``, with its way back to the original. A text already folded (a
    reading's) is its own fold: its way back leads to the text as written."""
    if isinstance(text, Folded):
        return text
    if text.isascii():
        # Most text is ASCII: the same length, so the offsets are the text's own.
        return Folded(text.lower().replace("`", "'"), text, range(len(text) + 1), range(1, len(text) + 1))
    parts = list(map(fold_char, text))
    joined = "".join(parts)
    if len(joined) == len(text) and all(parts):
        # One character for one (accents, curly quotes): the offsets are still the text's own.
        return Folded(joined, text, range(len(text) + 1), range(1, len(text) + 1))
    return _fold_unevenly(text, parts)


def folded_text(text: str) -> str:
    """The folded copy of ``text`` as fold gives it, without its way back: for a reader that
    needs only the words (a long draft's language, guessed from all of it)."""
    if isinstance(text, Folded):
        return text
    if text.isascii():
        return text.lower().replace("`", "'")
    return "".join(map(fold_char, text))


def _fold_unevenly(text: str, parts: list[str]) -> Folded:
    starts: list[int] = []
    ends: list[int] = []
    for i, folded in enumerate(parts):
        if folded:
            starts.extend([i] * len(folded))
            ends.extend([i + 1] * len(folded))
        elif ends:
            ends[-1] = i + 1  # a dropped accent belongs to the letter before it
    starts.append(len(text))
    return Folded("".join(parts), text, starts, ends)
