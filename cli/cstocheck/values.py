"""Values read out of free text: counts with their hedges, years and dates.

Everything here works on English and Dutch alike. The readers never look at
the text as given: they look at its folded copy (see cstocheck.folding: lower
case, no accents, one apostrophe, one dash, ASCII digits), so that one set of
patterns serves every spelling; the spans they find are turned back into spans
of the original before they are returned.

Number words ("tweeduizend driehonderd", "seventy") are read with the
text2num package. It is imported only when the text holds something that
could be a number word, because most texts the CLI sees only have digits.
"""

from __future__ import annotations

import datetime
import math
import re
import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from enum import Enum
from functools import lru_cache
from typing import Any, TypeVar

from cstocheck import lexicon
from cstocheck.folding import Folded, fold, folded_text
from cstocheck.lexicon import (
    DETERMINERS,
    MONTHS,
    MONTHS_ABBREVIATED,
    MULTIPLIERS,
    NUMBER_WORD_PARTS,
    NUMBER_WORDS,
    WEEKDAYS,
    WEEKDAYS_ABBREVIATED,
)

__all__ = [
    "TOLERANCE",
    "Qualifier",
    "Quantity",
    "Range",
    "When",
    "guess_language",
    "parse_count",
    "parse_when",
    "read_quantities",
    "read_whens",
]


class Qualifier(str, Enum):
    """How a count is hedged ("about 70", "at least 164", "thousands")."""

    EXACT = "exact"
    APPROX = "approx"
    MORE_THAN = "more_than"
    AT_LEAST = "at_least"
    LESS_THAN = "less_than"
    AT_MOST = "at_most"
    NEARLY = "nearly"
    JUST_OVER = "just_over"
    OVER = "over"  # "a good thirty", "goed dertig": over it, by some margin
    VAGUE = "vague"


@dataclass(frozen=True)
class Range:
    """An interval of the real line; an open end excludes its bound."""

    lo: float = -math.inf
    hi: float = math.inf
    lo_open: bool = False
    hi_open: bool = False

    def is_empty(self) -> bool:
        if self.lo < self.hi:
            return False
        return not (self.lo == self.hi and not self.lo_open and not self.hi_open and math.isfinite(self.lo))

    def contains(self, x: float) -> bool:
        above = self.lo < x or (self.lo == x and not self.lo_open)
        below = x < self.hi or (x == self.hi and not self.hi_open)
        return above and below

    def intersection(self, other: Range) -> Range:
        if self.lo > other.lo:
            lo, lo_open = self.lo, self.lo_open
        elif other.lo > self.lo:
            lo, lo_open = other.lo, other.lo_open
        else:
            lo, lo_open = self.lo, self.lo_open or other.lo_open
        if self.hi < other.hi:
            hi, hi_open = self.hi, self.hi_open
        elif other.hi < self.hi:
            hi, hi_open = other.hi, other.hi_open
        else:
            hi, hi_open = self.hi, self.hi_open or other.hi_open
        return Range(lo, hi, lo_open, hi_open)

    def overlaps(self, other: Range) -> bool:
        return not self.intersection(other).is_empty()

    def within(self, other: Range) -> bool:
        if self.is_empty():
            return True
        lo_ok = other.lo < self.lo or (other.lo == self.lo and (self.lo_open or not other.lo_open))
        hi_ok = self.hi < other.hi or (self.hi == other.hi and (self.hi_open or not other.hi_open))
        return lo_ok and hi_ok


# A figure as it is rounded, not bounded: "2,300", "about 2,300".
ROUNDED = frozenset({Qualifier.EXACT, Qualifier.APPROX})

# "About 2,300" reaches 7% either way: "about 2,500" is another figure, "some 2,400" the same.
TOLERANCE = 0.07
# "Nearly 70" and "just over 70" reach this share below or above it.
NEAR_MARGIN = 0.10
# "A good thirty" runs up to about forty: over a figure by up to this share of it.
OVER_MARGIN = 0.3


@dataclass(frozen=True)
class Quantity:
    """A count as written, with its hedge and its place in the text."""

    number: float
    qualifier: Qualifier
    start: int
    end: int
    unit: str | None = None
    upper: float | None = None  # the end of a span the figure opens ("between 60 and 80")

    def range(self) -> Range:
        if self.upper is not None:
            return Range(self.number, self.upper)
        return _HEDGE_RANGES[self.qualifier](self.number)


def _band(x: float, share: float = TOLERANCE) -> tuple[float, float]:
    # min/max keep the bounds ordered should a negative figure ever come through.
    return min(x * (1 - share), x * (1 + share)), max(x * (1 - share), x * (1 + share))


def _vague_range(x: float) -> Range:
    # "hundreds" is stored as 200, and the band runs to the next power of ten.
    if x <= 0:
        return Range(x, math.inf)
    return Range(x, 10.0 ** (math.floor(math.log10(x)) + 1), hi_open=True)


# The interval of values each hedge allows around the figure it hedges.
_HEDGE_RANGES: dict[Qualifier, Callable[[float], Range]] = {
    Qualifier.EXACT: lambda x: Range(x, x),
    Qualifier.APPROX: lambda x: Range(*_band(x)),
    Qualifier.MORE_THAN: lambda x: Range(x, math.inf, lo_open=True),
    Qualifier.AT_LEAST: lambda x: Range(x, math.inf),
    Qualifier.LESS_THAN: lambda x: Range(-math.inf, x, hi_open=True),
    Qualifier.AT_MOST: lambda x: Range(-math.inf, x),
    # "Nearly 70" and "just over 70" reach 70 itself: a source's "70" is how it rounds.
    Qualifier.NEARLY: lambda x: Range(_band(x, NEAR_MARGIN)[0], x),
    Qualifier.JUST_OVER: lambda x: Range(x, _band(x, NEAR_MARGIN)[1]),
    Qualifier.OVER: lambda x: Range(x, x * (1 + OVER_MARGIN), lo_open=True),
    Qualifier.VAGUE: _vague_range,
}

_Day = tuple[int, int, int]


@dataclass(frozen=True)
class When:
    """A year, month or day, possibly open-ended ("before 2000", "since 2006") or a decade ("the 1990s")."""

    year: int | None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    qualifier: str = "on"
    start: int = 0
    end: int = 0
    part: str = ""  # of a month without a day: "early", "mid" or "late" ("eind januari")

    def span(self, year: int | None = None) -> tuple[_Day | None, _Day | None]:
        """First and last day covered; None for an open end.

        A When without a year (``"5 January"``) takes ``year`` when given;
        with neither, nothing bounds it and both ends are None.
        """
        y = self.year if self.year is not None else year
        if y is None:
            return (None, None)
        if self.qualifier == "decade":
            first, last = (y, 1, 1), (y + 9, 12, 31)
        elif self.month is None:
            first, last = (y, 1, 1), (y, 12, 31)
        elif self.day is None:
            first, last = _part_of_month(y, self.month, self.part)
        else:
            first = last = (y, self.month, self.day)
        q = self.qualifier
        if q == "since":
            return (first, None)
        if q == "until":
            return (None, last)
        if q == "before":
            return (None, _shift(first, -1))
        if q == "after":
            return (_shift(last, 1), None)
        return (first, last)

    def compatible(self, other: When) -> bool:
        """Whether both could describe the same point in time."""
        if self.year is not None and other.year is not None:
            return _dated_compatible(self, other)
        for y in _candidate_years(self, other):
            a = self if self.year is not None else replace(self, year=y)
            b = other if other.year is not None else replace(other, year=y)
            if _dated_compatible(a, b):
                return True
        return False


# The days a part of a month covers: "early January" is about its first third, "late" its last;
# the parts overlap, since where one ends is loose (the 19th may be called mid- or late January).
_MONTH_PARTS = {"": (1, 31), "early": (1, 12), "mid": (8, 24), "late": (17, 31)}


def _part_of_month(year: int, month: int, part: str) -> tuple[_Day, _Day]:
    first, last = _MONTH_PARTS.get(part, (1, 31))
    return (year, month, first), (year, month, min(last, _days_in_month(year, month)))


def _days_in_month(year: int, month: int) -> int:
    if month == 2:
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        return 29 if leap else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _shift(day: _Day, days: int) -> _Day:
    d = datetime.date(*day) + datetime.timedelta(days=days)
    return (d.year, d.month, d.day)


def _candidate_years(a: When, b: When) -> range:
    dated = a if a.year is not None else b if b.year is not None else None
    if dated is None:
        # 28 consecutive years hold every combination of leap year and weekday.
        return range(2000, 2028)
    first, last = dated.span()
    assert dated.year is not None
    lo = first[0] - 1 if first is not None else dated.year - 28
    hi = last[0] + 1 if last is not None else dated.year + 28
    return range(lo, hi + 1)


def _dated_compatible(a: When, b: When) -> bool:
    for w in (a, b):
        if w.day is not None and w.month is not None and w.year is not None:
            if not _valid_day(w.year, w.month, w.day):
                return False  # 29 February of a year that has none: not a day at all
            if w.weekday is not None and datetime.date(w.year, w.month, w.day).weekday() != w.weekday:
                return False
    both_named = a.weekday is not None and b.weekday is not None and a.day is not None and b.day is not None
    if both_named and a.weekday != b.weekday:
        return False
    a_first, a_last = a.span()
    b_first, b_last = b.span()
    lo = max((d for d in (a_first, b_first) if d is not None), default=None)
    hi = min((d for d in (a_last, b_last) if d is not None), default=None)
    return lo is None or hi is None or lo <= hi


# --------------------------------------------------------------------------- vocabulary

_NL_WORDS = lexicon.words("function_words", "nl")  # Dutch and English words that tell the language
_EN_WORDS = lexicon.words("function_words", "en")

_MONTHS: dict[str, int] = {**MONTHS, **MONTHS_ABBREVIATED}
_FULL_MONTHS = frozenset(MONTHS)
# English words that double as verbs: only a capitalised spelling is a month unless a year comes with it.
_MONTHS_NEEDING_CAPITAL = lexicon.words("months_needing_capital")
_WEEKDAYS: dict[str, int] = {**WEEKDAYS, **WEEKDAYS_ABBREVIATED}
_DECADE_WORDS: dict[str, int] = lexicon.mapping("decades")


_YEAR_TAIL = r"(?:,?\s+(?P<y>\d{4})(?!\d|[.,]\d))?"
# Month and weekday slots take any word and are checked against the tables afterwards:
# alternations of every month name cost milliseconds to compile at every start of the CLI.
_DAY_MONTH = re.compile(
    r"(?<![\w.,/-])(?P<d>[0-3]?\d)(?:st|nd|rd|th|ste|de|e)?(?:\s+of)?\s+(?P<mon>[a-z]+)(?P<dot>\.(?!\d))?" + _YEAR_TAIL
)
_MONTH_DAY = re.compile(
    r"(?<![\w])(?P<mon>[a-z]+)\.?\s+(?:the\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?![\w]|[.,]\d)" + _YEAR_TAIL
)
# A span of days in one month ("October 8-17", "8-17 oktober") is of that month: no one day.
_MONTH_DAYS = re.compile(
    r"(?<![\w])(?P<mon>[a-z]+)\.?\s+(?P<d1>[0-3]?\d)\s*-\s*(?P<d2>[0-3]?\d)(?![\w]|[.,]\d)" + _YEAR_TAIL
)
_DAYS_MONTH = re.compile(
    r"(?<![\w.,/-])(?P<d1>[0-3]?\d)\s*-\s*(?P<d2>[0-3]?\d)\s+(?P<mon>[a-z]+)(?P<dot>\.(?!\d))?" + _YEAR_TAIL
)
_MONTH_YEAR = re.compile(r"(?<![\w])(?P<mon>[a-z]+)\.?,?\s+(?P<y>\d{4})(?![\d]|[.,]\d)")
_ISO_DATE = re.compile(r"(?<![\w.,/-])(?P<y>\d{4})(?P<s>[-/])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})(?![\w]|[-/.]\d)")
_NUMERIC_DATE = re.compile(r"(?<![\w.,/-])(?P<d>\d{1,2})(?P<s>[-/.])(?P<m>\d{1,2})(?P=s)(?P<y>\d{4})(?![\w]|[-/.]\d)")
# In running text "2011-12" is more often a pair of years than December 2011; a padded month is safe.
_ISO_MONTH_TEXT = re.compile(r"(?<![\w.,/-])(?P<y>\d{4})-(?P<m>0[1-9])(?![\w]|[-/.]\d)")
_ISO_MONTH_VALUE = re.compile(r"(?<![\w.,/-])(?P<y>\d{4})-(?P<m>0?[1-9]|1[0-2])(?![\w]|[-/.]\d)")
_WEEKDAY_BEFORE = re.compile(r"(?<![\w])(?P<wd>[a-z]+)\.?,?\s+(?:(?:the|de)\s+)?$")
_WORD = re.compile(r"[a-z]+")
# "since", "tot", "voor" …: the qualifier a word before a date gives it.
_OPEN_WORDS: dict[str, str] = lexicon.mapping("open_time_words")
_MONTH_ALONE_MODIFIERS = lexicon.words("month_modifiers")
_PREP_QUALIFIER = {word: qualifier for word, qualifier in _OPEN_WORDS.items() if word.isalpha()}
_MONTH_ALONE_PREPS = lexicon.words("month_alone_prepositions") | _MONTH_ALONE_MODIFIERS | frozenset(_PREP_QUALIFIER)
_PREP_BEFORE = re.compile(r"(?<![\w])(?P<w>[a-z]+)(?:\s+|-)$")

_DECADE_DIGITS = re.compile(r"(?<![\w'])(?P<c>1[0-9]|20)(?P<d>\d)0'?s\b")
_DECADE_SHORT = re.compile(r"(?:(?<![\w])'|(?<=\bthe ))(?P<d>\d)0'?s\b")
_DECADE_WORD_EN = re.compile(rf"(?<=\bthe )(?P<w>{lexicon.alternation(lexicon.words('decades', 'en'))})\b")
_DECADE_NL = re.compile(
    r"(?<![\w])jaren\s+(?:'(?P<d>\d)0|(?P<d2>[1-9])0|(?P<y>1[89]\d0|20\d0)|"
    rf"(?P<w>{lexicon.alternation(lexicon.words('decades', 'nl'))}))(?![\w])"
)

_OPEN_BEFORE = re.compile(
    r"(?<![\w])(?:"
    + "|".join(f"(?P<{q}>{lexicon.alternation(w for w, wq in _OPEN_WORDS.items() if wq == q)})"
               for q in ("before", "after", "since", "until"))
    + r")\s+(?:(?:the|de)\s+)?$"
)

# Hedges, looked up by the words directly before the figure (a table, not a regex:
# one alternation of them all takes tens of milliseconds to compile).
_HEDGES: dict[Qualifier, list[str]] = {Qualifier(q): phrases for q, phrases in lexicon.grouped("hedges").items()}
_HEDGE_TABLE: dict[str, Qualifier] = {phrase: q for q, phrases in _HEDGES.items() for phrase in phrases}
_HEDGE_MAX_WORDS = max(len(p.split()) for p in _HEDGE_TABLE)
# Signs ("~", "±") need no space before the figure.
_GLUED_HEDGES = tuple(sorted((p for p in _HEDGE_TABLE if not any(c.isalnum() for c in p)), key=len, reverse=True))
_NON_SPACE = re.compile(r"\S+")
_LOOKBACK = 48
_OPENING_PUNCTUATION = "([{\"'\u201c\u201e"

_POST_HEDGES = lexicon.grouped("post_hedges")
_POST_HEDGE = re.compile(
    r"(?:\s+(?:"
    + "|".join(f"(?P<{q}>{lexicon.alternation(_POST_HEDGES[q])})" for q in ("at_least", "approx", "at_most"))
    + r")(?![\w])|-(?P<approx2>odd)(?![\w])|-?(?P<plus>plus(?![\w])|\+))"
)
# Words a figure is multiplied by: "2.3 million", "70 duizend", "1,5 mrd".
_MULTIPLIER_WORDS = frozenset(MULTIPLIERS)
_MULTIPLIERS = {w: v for w, v in {**MULTIPLIERS, **lexicon.mapping("multiplier_abbreviations")}.items() if v >= 100}
_THOUSANDS = lexicon.alternation(w for w, v in MULTIPLIERS.items() if v >= 1000)
_MULTIPLIER = re.compile(rf"\s*(?P<m>{lexicon.alternation(_MULTIPLIERS)})(?:\.|\b)")
_PERCENT = re.compile(r"\s*(?:%|per\s?cent\b|procent\b|pct\b\.?)")

_NUMBER = re.compile(
    r"(?<![\w])(?P<n>"
    r"\d{1,3}(?P<sep>[.,])\d{3}(?:(?P=sep)\d{3})*(?:(?!(?P=sep))[.,]\d+)?(?![\d])"
    r"|\d{1,3}(?: \d{3})+(?:[.,]\d+)?(?![\d])"
    r"|\d+(?:[.,]\d+)?(?![\d])"
    r")"
)
_GROUPED = re.compile(r"\d{1,3}(?P<sep>[., ])\d{3}(?:(?P=sep)\d{3})*(?:[.,]\d+)?")
_TIME = re.compile(r"(?<![\w.:])\d{1,2}(?::\d{2}){1,2}(?![\w:])|(?<![\w.:])\d{1,2}\.\d{2}\s*(?:uur\b|u\b|h\b)")

# A figure right after one of these is a reference, not a count ("Article 4", "P. 56").
_LABELS = lexicon.words("labels")
# Ages and degrees: "69-year-old", "69 jaar oud", "180°".
_AGE_AFTER = re.compile(r"(?:\s*-?\s*years?[- ]old\b|\s+jaar\s+oude?\b|-?jarigen?\b|\s*°)", re.IGNORECASE)


# A person's age as newspapers give it, in parentheses after the name: "Nazarbajev (78)".
_AGE_IN_PARENTHESES = re.compile(r"\b(\w+) ?\((\d{1,2})\)$")
AGE_LOOK_BACK = 40


def is_age(text: str, end: int) -> bool:
    """Whether the figure that ends at `end` gives an age or a degree ("78-jarige", "69-year-old"),
    which the reader leaves out as no count."""
    return _AGE_AFTER.match(text, end) is not None


_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+(?:-[^\W\d_]+)*)")
_PREV_WORD = re.compile(r"([^\W\d_]+)\s+$")

# Counts said vaguely ("thousands", "a few hundred"), stored as twice the order of magnitude.
_VAGUE_BANDS: dict[str, float] = lexicon.mapping("vague_counts")
_VAGUE_SINGULARS: dict[str, float] = lexicon.mapping("vague_singulars")
_VAGUE_BANDS.update(_VAGUE_SINGULARS)
_FEW = lexicon.ordered("few")
_VAGUE = re.compile(
    rf"(?<![\w])(?:(?:{lexicon.alternation([*_FEW, *lexicon.ordered('many')])})\s+)?"
    rf"(?P<v>{lexicon.alternation(lexicon.words('vague_counts'))})(?![\w])"
    rf"|(?<![\w])(?:{lexicon.alternation(_FEW)})\s+"
    rf"(?P<s>{lexicon.alternation(_VAGUE_SINGULARS)})(?![\w])"
)
_DOZEN = re.compile(r"(?<![\w])(?:(?P<half>half\s+a|een\s+half)|a|one|een)\s+(?:dozen|dozijn)(?![\w])")
# A fraction of a unit ("a quarter of a century", "een halve eeuw"): read only right before the
# unit, which the count's reader then multiplies it by.
_FRACTIONS: dict[str, float] = lexicon.mapping("unit_fractions")
_FRACTION = re.compile(rf"(?<![\w])(?P<f>{lexicon.alternation(_FRACTIONS)})\s+"
                       rf"(?=(?:{lexicon.alternation(lexicon.mapping('unit_factors'))})(?![\w]))")
_TAL_VALUES: dict[str, int] = lexicon.mapping("tal_counts")
_TAL = re.compile(rf"(?<![\w])een\s+(?P<w>{lexicon.alternation(_TAL_VALUES)})tal(?![\w])")

# Anything that could start a number word, English or Dutch, including Dutch compounds
# ("eenendertig", "tweeëntwintig" folds to "tweeentwintig"). A false hit only costs the import.
# "een" alone is the article; only glued to more ("eenentwintig", "eenhonderd") is it a figure.
_GATE_WORDS = NUMBER_WORDS - {"dozen"} | NUMBER_WORD_PARTS - {"een", "en", "n"}
_WORDNUM_GATE = re.compile(  # only the words no other begins: "four" finds "fourteen" too
    rf"(?<![\w])(?:{lexicon.alternation(w for w in _GATE_WORDS if not any(w != v and w.startswith(v) for v in _GATE_WORDS))}"
    r"|een(?=en)|eenh|eend|eenm)"
)
_TOKEN = re.compile(r"\w+|[^\w\s]")
_DUTCH_TEN = re.compile(r"(?<![\w])ten\s+(?:minste|hoogste)(?![\w])")
_ARTICLE_ONES = lexicon.words("indefinite_ones")
_NOT_COUNT_AFTER = lexicon.words("times_words")
_ONE_NOT_COUNT_AFTER = lexicon.words("one_not_count_after")
_ONE_NOT_COUNT_BEFORE = lexicon.words("one_not_count_before")

# Words that may follow a year without making it a count of something.
_STOP_WORDS = lexicon.words("year_followers") | frozenset(_MONTHS) | frozenset(_WEEKDAYS)
# A year directly after these is a date ("in 2006 voor een tweede maal", "the 2022 unrest").
_TEMPORAL_BEFORE = lexicon.words("temporal_before")
_COUNT_NOUN_STEMS = tuple(sorted(lexicon.words("count_noun_stems")))
_COUNT_NOUN_WORDS = lexicon.words("count_nouns")
# "Russia", "Kazakhstan", "Armenië" share a stem with their people but name a place.
_COUNTRY_ENDINGS = lexicon.ordered("country_endings")


def _is_count_noun(word: str) -> bool:
    return word in _COUNT_NOUN_WORDS or word.startswith(_COUNT_NOUN_STEMS)


# --------------------------------------------------------------------------- scanning


@dataclass(frozen=True)
class Scan:
    """The figures and dates of a text."""

    quantities: tuple[Quantity, ...]
    whens: tuple[When, ...]


class _Taken:
    """The characters already read, so that no stretch of text is read twice."""

    def __init__(self, size: int) -> None:
        # One byte a character: a lookup is a C-level find, whatever the number of spans.
        self.mask = bytearray(size)

    def free(self, start: int, end: int) -> bool:
        return self.mask.find(1, start, end) == -1

    def add(self, start: int, end: int) -> None:
        self.mask[start:end] = b"\x01" * (end - start)

    def copy(self) -> _Taken:
        other = _Taken(0)
        other.mask = bytearray(self.mask)
        return other


def _check_lang(lang: str | None) -> None:
    if lang is not None and lang not in ("en", "nl"):
        raise ValueError(f"unsupported language {lang!r}: expected 'en' or 'nl'")


def guess_language(text: str) -> str:
    """'nl' when Dutch function words outnumber English ones, else 'en'."""
    nl, en = _language_votes(folded_text(text))
    return "nl" if nl > en else "en"


def _language_votes(folded: str) -> tuple[int, int]:
    nl = en = 0
    for word in re.findall(r"[a-z]+(?:'[a-z]+)?", folded):
        nl += word in _NL_WORDS
        en += word in _EN_WORDS
    return nl, en


def read_quantities(text: str, lang: str | None = None) -> list[Quantity]:
    """Every count in ``text``, in order, years and dates excluded."""
    _check_lang(lang)
    return list(_scan(text, lang, _TEXT).quantities)


def scan(folded: Folded) -> Scan:
    """Every count and every date of running text, already folded, read in one pass (the reading
    of a sentence holds them)."""
    return _scan_folded(folded, None, _TEXT)


def read_whens(text: str, lang: str | None = None) -> list[When]:
    """Every year, date, month or decade in ``text``, in order."""
    _check_lang(lang)
    return list(_scan(text, lang, _TEXT).whens)


def parse_count(value: str) -> Quantity:
    """The one count in a value phrase of the claims base ("about 2300", "zo'n 70")."""
    found = _scan(value, None, _COUNT_VALUE)
    if len(found.quantities) != 1 or found.whens:
        what = f"{len(found.quantities)} counts" + (f" and {len(found.whens)} dates" if found.whens else "")
        raise ValueError(f"expected exactly one count in {value!r}, found {what}")
    return found.quantities[0]


def parse_when(value: str) -> When:
    """The one year or date in a value phrase of the claims base ("1999", "2022-01-05", "mei 1992")."""
    found = _scan(value, None, _WHEN_VALUE)
    if len(found.whens) != 1 or found.quantities:
        what = f"{len(found.whens)} dates" + (f" and {len(found.quantities)} counts" if found.quantities else "")
        raise ValueError(f"expected exactly one year or date in {value!r}, found {what}")
    return found.whens[0]


# How _scan reads: running text; a count value (a bare "2000" is then a count, not a year);
# a date value (where "2022-11" is safely November 2022).
_TEXT, _COUNT_VALUE, _WHEN_VALUE = "text", "count", "when"


@lru_cache(maxsize=512)
def _scan(text: str, lang: str | None, mode: str) -> Scan:
    return _scan_folded(fold(text), lang, mode)


def _scan_folded(folded: Folded, lang: str | None, mode: str) -> Scan:
    text = folded.original
    taken = _Taken(len(folded))
    whens: list[When] = []
    quantities: list[Quantity] = []

    whens.extend(_read_ordinal_days(folded, taken))
    whens.extend(_read_dates(folded, taken, mode == _WHEN_VALUE))
    whens.extend(_read_decades(folded, taken))
    whens.extend(_read_month_alone(folded, taken))
    for match in _TIME.finditer(folded):
        if taken.free(match.start(), match.end()):
            taken.add(match.start(), match.end())
    quantities.extend(_read_phrases(folded, taken))
    for item in _read_digits(folded, taken, mode == _COUNT_VALUE):
        if isinstance(item, When):
            whens.append(item)
        else:
            quantities.append(item)
    # "één" folds to the article "een", so the gate looks for it in the text as written.
    if _WORDNUM_GATE.search(folded) or "één" in text or "Één" in text:
        quantities.extend(_read_number_words(folded, taken, lang))

    whens.sort(key=lambda w: w.start)
    quantities.sort(key=lambda q: q.start)
    if _RELATIVE_GATE.search(folded):
        whens = sorted([*whens, *_read_relative_years(folded, whens, quantities)], key=lambda w: w.start)
    return Scan(tuple(_as_written(folded, _join_thousands(folded, quantities))), tuple(_as_written(folded, whens)))


_Spanned = TypeVar("_Spanned", Quantity, When)


def _as_written(folded: Folded, found: list[_Spanned]) -> list[_Spanned]:
    """The values with their spans in the original text rather than in its folded copy."""
    if folded.keeps_offsets:
        return found
    return [replace(x, start=start, end=end) for x in found for start, end in [folded.span(x.start, x.end)]]


_COMMA_BETWEEN = re.compile(r",\s*(?:and\s+|en\s+)?")
_THOUSANDS_WORD = re.compile(rf"(?:{_THOUSANDS})\s*$")


def _join_thousands(folded: str, quantities: list[Quantity]) -> list[Quantity]:
    """"Two thousand, three hundred" is one figure written with a comma, not two."""
    out: list[Quantity] = []
    for q in quantities:
        last = out[-1] if out else None
        if last is not None and last.unit is None and q.unit is None and q.qualifier is Qualifier.EXACT \
                and q.number < 1000 and last.number % 1000 == 0 and folded[q.start:q.start + 1].isalpha() \
                and _THOUSANDS_WORD.search(folded, 0, last.end) and _COMMA_BETWEEN.fullmatch(folded, last.end, q.start):
            out[-1] = replace(last, number=last.number + q.number, end=q.end)
            continue
        out.append(q)
    return out


def _open_qualifier(folded: str, start: int) -> tuple[str | None, int]:
    window = max(0, start - 40)
    m = _OPEN_BEFORE.search(folded, window, start)
    if m is None:
        return None, start
    assert m.lastgroup is not None
    return m.lastgroup, m.start()


_RELATIVE_YEARS: dict[str, int] = lexicon.mapping("relative_years")
_RELATIVE_YEAR_PHRASES: dict[str, int] = lexicon.mapping("relative_year_phrases")
_RELATIVE = re.compile(rf"(?<![\w])(?:(?P<p>{lexicon.alternation(_RELATIVE_YEAR_PHRASES)})"
                       rf"|(?P<n>{lexicon.alternation(_RELATIVE_YEARS)}))(?![\w])")
_RELATIVE_GATE = re.compile(r"(?<![\w])(?:year|years|jaar|jaren)(?![\w])")


def _read_relative_years(folded: str, whens: list[When], quantities: list[Quantity]) -> list[When]:
    """Years counted from a year the sentence gives before them: "in 1992 …, but seven years
    later", "trad in 2006 toe en het jaar daarop". The count of years is no figure of its own.
    Without a year before it, a relative year says nothing that can be checked."""
    found: list[When] = []
    for m in _RELATIVE.finditer(folded):
        counted = None
        if m["p"]:
            steps, start = _RELATIVE_YEAR_PHRASES[" ".join(m["p"].split())], m.start()
        else:
            counted = next((q for q in quantities if q.unit is None and q.qualifier is Qualifier.EXACT
                            and q.end < m.start() and folded[q.end:m.start()].isspace()), None)
            if counted is None or not float(counted.number).is_integer():
                continue
            steps, start = int(counted.number) * _RELATIVE_YEARS[" ".join(m["n"].split())], counted.start
        anchor = max((w for w in (*whens, *found) if w.year is not None and w.end <= start and w.qualifier != "decade"),
                     key=lambda w: w.end, default=None)
        if anchor is None or anchor.year is None:
            continue
        if counted is not None:
            quantities.remove(counted)
        found.append(When(anchor.year + steps, start=start, end=m.end()))
    return found


def _make_when(
    folded: str, start: int, end: int, year: int | None, month: int | None = None,
    day: int | None = None, weekday: int | None = None, qualifier: str = "on",
) -> When:
    opened, opened_start = _open_qualifier(folded, start)
    if opened is not None:
        if qualifier == "decade":
            assert year is not None
            # "after the 1990s" means after 1999; "before the 1990s" before 1990.
            year = year + 9 if opened in ("after", "until") else year
        elif month is None and _OF_AN_EVENT.match(folded, opened_start, start) and _A_NOUN.match(folded, end):
            # "after the 2010 uprising" is after an event of 2010, which may be in 2010 itself.
            opened = _TAKING_IN.get(opened, opened)
        qualifier, start = opened, opened_start
    return When(year, month, day, weekday, qualifier, start, end)


_OF_AN_EVENT = re.compile(r"[a-z]+\s+(?:the|de|het)\s+$")
_A_NOUN = re.compile(r"[\s-]+[a-z]")
_TAKING_IN = {"after": "since", "before": "until"}


def _valid_day(year: int | None, month: int, day: int) -> bool:
    # Without a year, 29 February may still be a day.
    return 1 <= month <= 12 and 1 <= day <= _days_in_month(year if year is not None else 2000, month)


def _read_dates(folded: Folded, taken: _Taken, lenient_iso: bool) -> Iterator[When]:
    iso_month = _ISO_MONTH_VALUE if lenient_iso else _ISO_MONTH_TEXT
    for pattern in (_ISO_DATE, _NUMERIC_DATE, _DAYS_MONTH, _MONTH_DAYS, _DAY_MONTH, _MONTH_DAY, _MONTH_YEAR, iso_month):
        pos = 0
        while (m := pattern.search(folded, pos)) is not None:
            # A rejected match must not hide one that starts inside it ("op 5 januari").
            pos = m.start() + 1
            when = _date_from_match(folded, m, taken)
            if when is not None:
                taken.add(m.start(), m.end())
                pos = m.end()
                yield when


def _date_from_match(folded: Folded, m: re.Match[str], taken: _Taken) -> When | None:
    start = m.start()
    if not taken.free(start, m.end()):
        return None
    groups = m.groupdict()
    year = int(groups["y"]) if groups.get("y") else None
    named = _month_of(folded, m, year)
    if named is None:
        return None
    month, end = named
    day = int(groups["d"]) if groups.get("d") else None
    if not _plausible(year, month, day) or groups.get("d2") and not _a_span_of_days(groups):
        return None
    weekday, start = _weekday_before(folded, taken, start) if day is not None else (None, start)
    if day is None and (part := _month_part(folded, start)) is not None:
        return replace(_make_when(folded, part[0], end, year, month), part=part[1])
    return _make_when(folded, start, end, year, month, day, weekday)


def _a_span_of_days(groups: dict[str, str | None]) -> bool:
    first, last = int(groups["d1"] or 0), int(groups["d2"] or 0)
    return 1 <= first < last <= 31


# A word before a month for a part of it: "early January", "mid-January", "eind januari".
_MONTH_PART_WORDS = {w: part for part, words in lexicon.grouped("month_parts").items() for w in words}
_MONTH_PART = re.compile(rf"(?<![\w])(?P<p>{lexicon.alternation(_MONTH_PART_WORDS)})(?:\s+|-)$")
_MONTH_PART_REACH = max(map(len, _MONTH_PART_WORDS)) + 8  # the words and the space before the month


def _month_part(folded: str, start: int) -> tuple[int, str] | None:
    """The part of a month a word right before it names ("late January"): (where that word
    starts, "early", "mid" or "late"), or None."""
    found = _MONTH_PART.search(folded, max(0, start - _MONTH_PART_REACH), start)
    return (found.start(), _MONTH_PART_WORDS[found["p"]]) if found is not None else None


def _month_of(folded: Folded, m: re.Match[str], year: int | None) -> tuple[int, int] | None:
    """The month a date match names, and where the date ends; None when the word is no month."""
    mon = m.groupdict().get("mon")
    if mon is None:
        return int(m["m"]), m.end()
    if mon not in _MONTHS:
        return None
    if mon in _MONTHS_NEEDING_CAPITAL and year is None and not folded.written(m.start("mon")).isupper():
        return None  # "Article 5 may be invoked"
    end = m.end()
    if m.groupdict().get("dot") and mon in _FULL_MONTHS and m.end("dot") == end:
        end -= 1  # the full stop of the sentence, not of an abbreviation
    return _MONTHS[mon], end


def _plausible(year: int | None, month: int, day: int | None) -> bool:
    if year is not None and not 1000 <= year <= 2999:
        return False
    return 1 <= month <= 12 and (day is None or _valid_day(year, month, day))


def _weekday_before(folded: str, taken: _Taken, start: int) -> tuple[int | None, int]:
    """The weekday named right before a date ("Thursday 6 January"), and where the date then starts."""
    wd = _WEEKDAY_BEFORE.search(folded, max(0, start - 24), start)
    if wd is not None and wd["wd"] in _WEEKDAYS and taken.free(wd.start(), start):
        return _WEEKDAYS[wd["wd"]], wd.start()
    return None, start

def _read_decades(folded: str, taken: _Taken) -> Iterator[When]:
    for pattern in (_DECADE_DIGITS, _DECADE_SHORT, _DECADE_WORD_EN, _DECADE_NL):
        for m in pattern.finditer(folded):
            if taken.free(m.start(), m.end()):
                taken.add(m.start(), m.end())
                yield _make_when(folded, m.start(), m.end(), _decade_year(m), qualifier="decade")


def _decade_year(m: re.Match[str]) -> int:
    """The first year of the decade a match names, whichever decade pattern found it."""
    groups = m.groupdict()
    if groups.get("c"):
        return int(m["c"] + m["d"] + "0")
    if groups.get("y"):
        return int(m["y"])
    if groups.get("w"):
        return _DECADE_WORDS[m["w"]]
    return _two_digit_decade(int(groups.get("d") or groups["d2"]))

def _two_digit_decade(digit: int) -> int:
    # "the '00s" and "the '10s" are this century; every other short decade the last.
    return 2000 + 10 * digit if digit <= 1 else 1900 + 10 * digit


def _read_ordinal_days(folded: Folded, taken: _Taken) -> Iterator[When]:
    """A day written as an ordinal word, before or after its month: "the fourth of January",
    "January fourth, 2022", "de vierde januari". The month is found first, as in a month alone:
    an alternation of every ordinal would be compiled at every start."""
    for m in _WORD.finditer(folded):
        if m.group() not in _FULL_MONTHS or not taken.free(m.start(), m.end()):
            continue
        before = _ORDINAL_BEFORE.search(folded, max(0, m.start() - 32), m.start())
        after = _ORDINAL_AFTER.match(folded, m.end())
        if before is not None and before["o"] in _DAY_ORDINALS:
            start, end, day = before.start(), m.end(), _DAY_ORDINALS[before["o"]]
        elif after is not None and after["o"] in _DAY_ORDINALS:
            start, end, day = m.start(), after.end("o"), _DAY_ORDINALS[after["o"]]
        else:
            continue
        year = _ORDINAL_YEAR.match(folded, end)
        end = year.end() if year is not None else end
        when_year = int(year["y"]) if year is not None else None
        if _plausible(when_year, _MONTHS[m.group()], day) and taken.free(start, end):
            taken.add(start, end)
            yield _make_when(folded, start, end, when_year, _MONTHS[m.group()], day)


_DAY_ORDINALS: dict[str, int] = lexicon.mapping("day_ordinals")
_ORDINAL_BEFORE = re.compile(r"(?<![\w-])(?:(?:the|de)\s+)?(?P<o>[a-z]+(?:-[a-z]+)?)\s+(?:of\s+)?$")
# After the month only where the clause goes on no further: "January fourth," not "January second thoughts".
_ORDINAL_AFTER = re.compile(r"\s+(?:the\s+)?(?P<o>[a-z]+(?:-[a-z]+)?)(?=\s*(?:[,.;:!?)]|$|\d{4}))")
_ORDINAL_YEAR = re.compile(r",?\s+(?P<y>\d{4})(?!\d|[.,]\d)")


def _read_month_alone(folded: str, taken: _Taken) -> Iterator[When]:
    """A month without day or year, only after a word that makes it a time ("in januari")."""
    for m in _WORD.finditer(folded):
        word = m.group()
        start, end = m.start(), m.end()
        if word not in _FULL_MONTHS or not taken.free(start, end):
            continue
        if re.match(r"\s*\d", folded[end : end + 4]):
            continue
        prep = _PREP_BEFORE.search(folded, max(0, start - 16), start)
        if prep is not None and prep["w"] in _MONTH_ALONE_MODIFIERS:
            # a part of the month makes it a time by itself ("eind februari"); a word before it
            # may still qualify it ("until late January")
            before = _PREP_BEFORE.search(folded, max(0, prep.start() - 16), prep.start())
            prep = before if before is not None and before["w"] in _MONTH_ALONE_PREPS else prep
        if prep is None or prep["w"] not in _MONTH_ALONE_PREPS:
            continue
        taken.add(start, end)
        qualifier = _PREP_QUALIFIER.get(prep["w"])
        part = _month_part(folded, start)
        when = When(None, _MONTHS[word], start=part[0] if part else start, end=end, part=part[1] if part else "")
        yield when if qualifier is None else replace(when, qualifier=qualifier, start=prep.start())


def _read_phrases(folded: str, taken: _Taken) -> Iterator[Quantity]:
    """Counts written as set phrases: "thousands", "a dozen", "een tiental"."""
    for m in _VAGUE.finditer(folded):
        if not taken.free(m.start(), m.end()):
            continue
        key = re.sub(r"\s+", " ", m["v"] or m["s"])
        taken.add(m.start(), m.end())
        yield Quantity(_VAGUE_BANDS[key], Qualifier.VAGUE, m.start(), m.end())
    for m in _DOZEN.finditer(folded):
        if taken.free(m.start(), m.end()):
            taken.add(m.start(), m.end())
            yield _hedged(folded, 6.0 if m["half"] else 12.0, m.start(), m.end())
    for m in _TAL.finditer(folded):
        if taken.free(m.start(), m.end()):
            taken.add(m.start(), m.end())
            yield Quantity(float(_TAL_VALUES[m["w"]]), Qualifier.APPROX, m.start(), m.end())
    for m in _FRACTION.finditer(folded):
        if taken.free(m.start(), m.end("f")):
            taken.add(m.start(), m.end("f"))
            yield _hedged(folded, _FRACTIONS[re.sub(r"\s+", " ", m["f"])], m.start(), m.end("f"))


def _hedge_before(folded: str, start: int) -> tuple[Qualifier | None, int]:
    """The hedge that ends right before ``start`` (only spaces between), and where it begins."""
    lo = max(0, start - _LOOKBACK)
    prefix = folded[lo:start]
    for glued in _GLUED_HEDGES:
        if prefix.endswith(glued):
            return _HEDGE_TABLE[glued], start - len(glued)
    words = list(_NON_SPACE.finditer(prefix))
    if words and lo > 0 and words[0].start() == 0 and not folded[lo - 1].isspace():
        words.pop(0)  # cut off by the look-back window: "handsome" must not read as "some"
    if not words:
        return None, start
    # The longest phrase wins, so "not more than" is never read as "more than".
    for n in range(min(_HEDGE_MAX_WORDS, len(words)), 0, -1):
        tail = words[-n:]
        first = tail[0].group().lstrip(_OPENING_PUNCTUATION)
        phrase = " ".join([first] + [w.group() for w in tail[1:]])
        qualifier = _HEDGE_TABLE.get(phrase)
        if qualifier is not None:
            return qualifier, lo + tail[0].end() - len(first)
    return None, start


def _hedged(folded: str, number: float, start: int, end: int, unit: str | None = None) -> Quantity:
    """The quantity with the hedge around it; spans grow to cover the hedge."""
    qualifier, new_start = _hedge_before(folded, start)
    post = _POST_HEDGE.match(folded, end)
    if post is not None:
        if qualifier is None:
            name = post.lastgroup
            qualifier = {
                "at_least": Qualifier.AT_LEAST, "plus": Qualifier.AT_LEAST, "approx": Qualifier.APPROX,
                "approx2": Qualifier.APPROX, "at_most": Qualifier.AT_MOST,
            }[name or "approx"]
        end = post.end()
    return Quantity(number, qualifier or Qualifier.EXACT, new_start, end, unit)


def _suffixes(folded: str, end: int) -> tuple[float, str | None, int]:
    """Multiplier and percent sign after a figure: (factor, unit, new end)."""
    factor = 1.0
    m = _MULTIPLIER.match(folded, end)
    if m is not None:
        factor, end = _MULTIPLIERS[m["m"]], m.end()
    p = _PERCENT.match(folded, end)
    if p is not None:
        return factor, "percent", p.end()
    return factor, None, end


def _is_label(folded: str, start: int) -> bool:
    words = folded[max(0, start - 24) : start].split()
    if not words or not folded[start - 1 : start].isspace() and words[-1] != "§":
        return False
    return words[-1] in _LABELS or words[-2:] == ["leeftijd", "van"]


def _digits_value(raw: str) -> tuple[float, bool]:
    """The figure and whether it was written with thousands separators."""
    grouped = _GROUPED.fullmatch(raw)
    if grouped is not None:
        sep = grouped["sep"]
        # With a space between thousands, either mark may open the decimals ("1 000,5", "1 000.5").
        point = {".": ",", ",": "."}.get(sep) or ("," if "," in raw else ".")
        head, _, decimals = raw.replace(sep, "").partition(point)
        return float(head + ("." + decimals if decimals else "")), True
    return float(raw.replace(",", ".")), False


def _read_digits(folded: Folded, taken: _Taken, always_count: bool) -> Iterator[Quantity | When]:
    for m in _NUMBER.finditer(folded):
        start, end = m.start(), m.end()
        if not taken.free(start, end) or not _stands_alone(folded, start, end):
            continue
        value, grouped = _digits_value(m["n"])
        factor, unit, num_end = _suffixes(folded, end)
        taken.add(start, num_end)
        looks_like_year = (
            not grouped and factor == 1.0 and unit is None and len(m["n"]) == 4 and 1900 <= value <= 2099
        )
        if looks_like_year and not always_count and _reads_as_year(folded, start, num_end):
            yield _make_when(folded, start, end, int(value))
            continue
        yield _hedged(folded, value * factor, start, num_end, unit)


def _stands_alone(folded: Folded, start: int, end: int) -> bool:
    """Whether the figure at start:end is a number of its own, not part of a name, a time, a
    range's tail, a label ("Article 4") or an age."""
    before = folded[start - 1] if start else ""
    before_that = folded[start - 2] if start >= 2 else ""
    if before == "-" and (before_that.isalpha() or before_that.isdigit() and end - start <= 2
                          and not _span_tail(folded, start, end)):
        return False  # "Su-25", "COVID-19"; the tail of "2022-10" or "2011-12": safely neither count nor month
    if before in ("/", ":"):
        return False
    after = folded[end : end + 1]
    if after.isalpha() and not _MULTIPLIER.match(folded, end) or after in ("/", ":") and folded[end + 1 : end + 2].isdigit():
        # "G7" is caught by the look-behind; this catches "5th", "10km", "5/6", "10:30" (not "2.3k", "5bn")
        return False
    # A figure in thousands is no week's or page's number: "de afgelopen week 5.135 mensen"; nor
    # is one before what it counts: "vorige week 2500 militairen".
    labelled = _is_label(folded, start) and not _GROUPED.fullmatch(folded, start, end) \
        and not ((nxt := _NEXT_WORD.match(folded, end)) and _is_count_noun(nxt[1]))
    return not (labelled or _AGE_AFTER.match(folded, end) or _age_in_parentheses(folded, start, end))


def _span_tail(folded: Folded, start: int, end: int) -> bool:
    """Whether the figure after a dash closes a span of counts ("60-80 troops"): a head of fewer
    digits than a year's, and smaller than the tail."""
    head = start - 1
    while head > 0 and folded[head - 1].isdigit():
        head -= 1
    digits = folded[head:start - 1]
    return len(digits) < 4 and (head == 0 or not folded[head - 1].isalnum()) and int(digits) < int(folded[start:end])


def _age_in_parentheses(folded: Folded, start: int, end: int) -> bool:
    """Whether the figure is a person's age in parentheses after the name ("Nazarbajev (78)"),
    as newspapers give it: one or two digits, right after a capitalised word."""
    found = _AGE_IN_PARENTHESES.search(folded, max(0, start - AGE_LOOK_BACK), end + 1)
    if found is None or found.start(2) != start:
        return False
    word = found.start(1)
    return folded.original[folded.span(word, word + 1)[0]].isupper()


def _reads_as_year(folded: Folded, start: int, end: int) -> bool:
    """Whether a bare 19xx/20xx figure is a year rather than a count."""
    hedge, _ = _hedge_before(folded, start)
    if hedge is not None and hedge is not Qualifier.AT_MOST:
        return False  # "about 2000", "meer dan 2000"
    if _POST_HEDGE.match(folded, end):
        return False  # "2000+", "2000 or more"
    nxt = _NEXT_WORD.match(folded, end)
    next_is_noun = nxt is not None and _counted_noun(folded, nxt)
    if hedge is Qualifier.AT_MOST:
        # "up to 2012" is a date, "up to 2000 troops" a count.
        return not next_is_noun
    if nxt is None or not next_is_noun:
        return True
    return _names_a_year(folded, start, nxt[1])


def _counted_noun(folded: Folded, nxt: re.Match[str]) -> bool:
    """Whether the word after a figure is what it counts."""
    next_word = nxt[1]
    if not folded.written(nxt.start(1)).isupper():
        return next_word not in _STOP_WORDS
    # A capital is a name or a sentence ("In 2022 Russia"), unless it is a
    # nationality before a noun ("2000 Russische militairen").
    after = _NEXT_WORD.match(folded, nxt.end())
    return (
        _is_count_noun(next_word)
        and not next_word.endswith(_COUNTRY_ENDINGS)
        and after is not None
        and _is_count_noun(after[1])  # "2000 Russische militairen", not "2010 Kyrgyz president"
        and not folded.written(after.start(1)).isupper()
    )


_EVENT_NOUNS = lexicon.words("event_nouns")


def _names_a_year(folded: str, start: int, next_word: str) -> bool:
    """Whether a figure before a noun is still a year: "in 2006 voor", "the 2020 election"."""
    prev = _PREV_WORD.search(folded, max(0, start - 24), start)
    if prev is not None and prev[1] in _TEMPORAL_BEFORE:
        return not _is_count_noun(next_word) or next_word in _EVENT_NOUNS
    # "Kyrgyzstan's 2010 uprising", "the 2020 election": a year naming an event, not a count of it.
    before = folded[max(0, start - 24):start].rstrip()
    names_event = before.endswith("'s") or (prev is not None and prev[1] in DETERMINERS)
    # "the 2020 protests": a noun of events counts them, but after a year-like figure it is dated.
    return names_event and (not _is_count_noun(next_word) or next_word in _EVENT_NOUNS)

class _Tok:
    """A token in the shape text2num's find_numbers expects."""

    __slots__ = ("end", "start", "word")

    def __init__(self, word: str, start: int, end: int) -> None:
        self.word, self.start, self.end = word, start, end

    def text(self) -> str:
        return self.word

    def nt_separated(self, previous: Any) -> bool:
        return False

    def not_a_number_part(self) -> bool:
        return False


def _read_number_words(folded: Folded, taken: _Taken, lang: str | None) -> Iterator[Quantity]:
    tokens = _number_word_tokens(folded, taken)
    if not tokens:
        return
    for first, last, value in _with_articles(tokens, _find_number_words(tokens, _languages(folded, lang))):
        start, end = tokens[first].start, tokens[last - 1].end
        if not taken.free(start, end) or not _word_is_count(folded, tokens, first, last, value):
            continue
        _, unit, num_end = _suffixes(folded, end)
        taken.add(start, num_end)
        yield _hedged(folded, value, start, num_end, unit)


def _number_word_tokens(folded: Folded, taken: _Taken) -> list[_Tok]:
    """The text's words as text2num reads them, with "." for anything already read or not a word."""
    masked = taken.copy()
    for m in _DUTCH_TEN.finditer(folded):
        masked.add(m.start(), m.end())  # "ten minste", "ten hoogste": Dutch hedges, never English "ten"
    tokens: list[_Tok] = []
    written, same = folded.original, folded.keeps_offsets
    for m in _TOKEN.finditer(folded):
        # As written: text2num reads "één" (one), which folds to the article "een".
        word = written[m.start():m.end()] if same else written[slice(*folded.span(m.start(), m.end()))]
        if (len(word) > 1 or word.isalnum()) and not word.isalpha() or not masked.free(m.start(), m.end()):
            word = "."  # a separator, so that nothing joins across it
        tokens.append(_Tok(word, m.start(), m.end()))
    return tokens


def _languages(folded: str, lang: str | None) -> list[str]:
    if lang is not None:
        return [lang]
    nl, en = _language_votes(folded)
    return ["nl"] if nl > en else ["en"] if en > nl else ["en", "nl"]


@contextmanager
def _interrupts_held() -> Iterator[None]:
    """Ctrl-C held while text2num's native code runs: an interrupt raised in the Python it calls
    back would end as the library's panic and a traceback, not as one line and exit 130. The
    interrupt arrives as soon as the call returns."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


def _find_number_words(tokens: list[_Tok], langs: list[str]) -> list[tuple[int, int, float]]:
    """(first token, last token + 1, value) of each figure in words, in order; the first language wins."""
    try:
        from text_to_num import find_numbers  # type: ignore[import-untyped]  # deferred: most texts are digits
    except ImportError as exc:  # text2num 2.x has neither find_numbers nor Dutch
        raise ImportError("cstocheck needs text2num>=3 to read number words") from exc
    found: list[tuple[int, int, float]] = []
    for code in langs:
        with _interrupts_held():
            occurrences = find_numbers(tokens, code, 0.0)
        for occ in occurrences:
            if not occ.is_ordinal and all(occ.end <= s or occ.start >= e for s, e, _ in found):
                found.append((occ.start, occ.end, float(occ.value)))
    return sorted(found)


def _with_articles(tokens: list[_Tok], found: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """The figures with "a thousand", "een duizend" read whole: the article is part of the figure,
    and a figure that was only that article is dropped."""
    absorbed: set[int] = set()
    results: list[tuple[int, int, float]] = []
    for first, last, value in found:
        lead = tokens[first].word.lower()
        if lead in _MULTIPLIER_WORDS and first >= 1 and fold(tokens[first - 1].word) in _ARTICLE_ONES:
            absorbed.add(first - 1)
            first -= 1
        results.append((first, last, value))
    return [(first, last, value) for first, last, value in results if not (last - first == 1 and first in absorbed)]


def _word_is_count(folded: str, tokens: list[_Tok], first: int, last: int, value: float) -> bool:
    """Whether a figure in words counts something: not "twee maal", an article, a label or an age."""
    start, end = tokens[first].start, tokens[last - 1].end
    nxt = _NEXT_WORD.match(folded, end)
    next_word = nxt[1] if nxt is not None else None
    if next_word in _NOT_COUNT_AFTER:
        return False  # "twee maal", "three times"
    if value == 1 and last - first == 1 and not _one_is_count(folded, tokens, first, next_word):
        return False
    return not (_is_label(folded, start) or _AGE_AFTER.match(folded, end))

def _one_is_count(folded: str, tokens: list[_Tok], index: int, next_word: str | None) -> bool:
    """Whether a lone "one"/"één" is a count rather than an article or pronoun."""
    written = tokens[index].word
    if written.lower() in ("een", "a", "an"):
        return False  # the Dutch article; "één" keeps its accents when it means one
    if next_word is None or next_word in _ONE_NOT_COUNT_AFTER or next_word in _STOP_WORDS:
        return False
    prev = _PREV_WORD.search(folded, max(0, tokens[index].start - 24), tokens[index].start)
    return prev is None or prev[1] not in _ONE_NOT_COUNT_BEFORE
