"""A date given as a span of time after another event that the base dates: "two weeks after
Tokayev's appeal" is 19 January where the sources date the appeal 5 January, and "seven years
after it signed the treaty" is 1999 where they date the signing 1992 (for a year claim). The
event is the one dated claim (or several of one date) that does every act the phrase names, with
every name it gives ("Tokayev's appeal": an asking by Tokayev); a phrase that fits none, or claims of
several dates, gives no date. A span written in weeks is rounded (a day a week either way), and a
hedged one more ("about ten days", "barely a week"); "within a day of the appeal" is any day up to
its end. A span from a moment the base does not date ("two days later", "binnen tien dagen") is
found too, for the rule that leaves the claim's date unchecked then."""
from __future__ import annotations

import datetime
import math
import re
from dataclasses import dataclass

from cstocheck import lexicon
from cstocheck.kinds.base import Asked
from cstocheck.model import Claim, ValueKind
from cstocheck.read import ACTS, ASKING, Reading, read
from cstocheck.retrieve import Index
from cstocheck.values import When, parse_when

_DAYS = {word: float(n) for word, n in lexicon.mapping("duration_days").items() if not word.startswith("t:")}
_ONES = lexicon.words("indefinite_ones")
_AFTER = lexicon.words("span_after")
_LATER = lexicon.words("span_later")
_WITHIN = lexicon.words("span_within")
_WITHIN_OF = lexicon.words("span_within_of")
# The one-word hedges ("about", "nearly", "zo'n"): a phrase's words alone ("the" of "at the very
# least") hedge nothing.
_HEDGES = frozenset(p for phrases in lexicon.mapping("hedges").values() for p in phrases if " " not in p) \
    | lexicon.words("span_hedges")
# Only spans short enough to date a day: a week or a month is not "some months after".
LONGEST_SPAN = 31
# A span of years dates a year claim; longer than this, it is history, not a date.
YEAR_DAYS = 365.25
LONGEST_YEARS = 50
# How far a hedged span may stand from the date it gives, as a share of the span.
HEDGED_SHARE = 0.25
# An event of another date that the phrase names this nearly as closely leaves it undated.
CLOSE = 0.8
# How many words may name the event a span is after.
ANCHOR_WORDS = 8
_WORD = re.compile(r"[\w'’-]+")
_ANCHOR_END = re.compile(r"[,;:.!?()]")


@dataclass(frozen=True)
class Span:
    """A span of time the sentence gives from another moment: "two weeks after the appeal",
    "within a day of the request", "binnen tien dagen", "two days later"."""

    days: float
    start: int  # where its words start
    end: int  # where its own words end (before what it is after)
    hedged: bool
    anchor: int | None  # where the words naming what it is after start; None: named elsewhere
    within: bool  # "within": any day up to its end, not that day


def after_an_event(asked: Asked) -> When | None:
    """The date a span after a dated event gives, where the claim is a day's date, or the year,
    where it is a year: the claim's own when the two fit, else the one the span gives."""
    if asked.claim.kind is ValueKind.YEAR:
        return _years_after(asked)
    own = _day_of(asked.claim)
    if own is None:
        return None
    for span in (s for s in spans(asked) if s.days <= LONGEST_SPAN):
        anchor = None if span.anchor is None else _anchor(asked, span.anchor, asked.claim.id)
        if anchor is None:
            continue
        day, stop = anchor[0] + datetime.timedelta(days=round(span.days)), anchor[1]
        allowed = span.days // 7 + (math.ceil(span.days * HEDGED_SHARE) if span.hedged else 0)
        off = (own - day).days
        if abs(off) <= allowed or span.within and -span.days <= off <= 0:
            return When(own.year, own.month, own.day, start=span.start, end=stop)
        return When(day.year, day.month, day.day, start=span.start, end=stop)
    return None


def _years_after(asked: Asked) -> When | None:
    """The year a span of years after a dated event gives ("seven years after it signed the
    treaty"), held against a year claim: its own year when they fit (a hedged span by a year
    either way), else the span's."""
    day = _day_of(asked.claim, yearly=True)
    if day is None:
        return None
    own = day.year
    for span in (s for s in spans(asked) if s.days >= YEAR_DAYS and s.anchor is not None):
        anchor = _anchor(asked, span.anchor, asked.claim.id, yearly=True)
        if anchor is None:
            continue
        year = anchor[0].year + round(span.days / YEAR_DAYS)
        off = own - year
        if abs(off) <= (1 if span.hedged else 0) or span.within and anchor[0].year <= own <= year:
            return When(own, start=span.start, end=anchor[1])
        return When(year, start=span.start, end=anchor[1])
    return None


def unanchored(asked: Asked) -> Span | None:
    """A span from a moment the base does not date, where the claim is a day's date: "two days
    later", "binnen tien dagen", "a week after the summit"."""
    if _day_of(asked.claim) is None:
        return None
    return next((span for span in spans(asked) if span.days <= LONGEST_SPAN
                 and (span.anchor is None or _anchor(asked, span.anchor, asked.claim.id) is None)), None)


def _day_of(claim: Claim, yearly: bool = False) -> datetime.date | None:
    """The day a date claim gives; or, `yearly`, the 1 January of the year a year or date claim
    gives. None for a claim of another kind or less precise."""
    kinds = (ValueKind.DATE, ValueKind.YEAR) if yearly else (ValueKind.DATE,)
    if claim.kind not in kinds or not claim.value:
        return None
    when = parse_when(claim.value)
    if when.year is None or when.qualifier != "on":
        return None
    if yearly:
        return datetime.date(when.year, 1, 1)
    return datetime.date(when.year, when.month, when.day) if when.month and when.day else None


def spans(asked: Asked) -> list[Span]:
    """Each span of time from another moment that the sentence gives: a figure (or "a", "een")
    and a unit of time, after "within"/"binnen" or before "after"/"later"/"na"."""
    text = asked.text
    words = [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text)]
    figures = [q for q in asked.reading.quantities if q.unit is None]
    found = []
    for i in range(len(words) - 1):
        start, _, word = words[i]
        unit_end, unit = words[i + 1][1], words[i + 1][2]
        following = words[i + 2][2] if i + 2 < len(words) else ""
        within = i > 0 and words[i - 1][2] in _WITHIN
        if unit not in _DAYS or not (within or following in _AFTER or following in _LATER):
            continue
        quantity = next((q for q in figures if q.start <= start < q.end), None)
        number = quantity.number if quantity is not None else 1.0 if word in _ONES else None
        days = number * _DAYS[unit] if number is not None else None
        if days is None or not 0 < days <= LONGEST_YEARS * YEAR_DAYS:
            continue
        named = following in _AFTER or within and following in _WITHIN_OF
        found.append(Span(days, words[i - 1][0] if within else quantity.start if quantity is not None else start,
                          unit_end, i > 0 and words[i - 1][2] in _HEDGES
                          or quantity is not None and quantity.qualifier.value != "exact",
                          words[i + 2][1] if named else None, within))
    return found


def _event(text: str, at: int, index: Index) -> tuple[Reading, frozenset[str], int] | None:
    """The words from `at` that name an event, and its acts: up to the clause's end, or to the
    first word of another act ("na de oproep van Tokajev verlieten de troepen …" is after the
    appeal), within ANCHOR_WORDS words."""
    end = _ANCHOR_END.search(text, at)
    stop = end.start() if end else len(text)
    named: tuple[Reading, frozenset[str], int] | None = None
    for n, word in enumerate(_WORD.finditer(text, at, stop)):
        if n == ANCHOR_WORDS:
            break
        reading = read(text[at:word.end()], index.aliases)
        acts = reading.predicate & (ACTS | {ASKING})
        if named is not None and acts != named[1]:
            break
        if acts:
            named = (reading, acts, at + len(reading.text))
    return named


def _anchor(asked: Asked, at: int, claim_id: str, yearly: bool = False) -> tuple[datetime.date, int] | None:
    """The date of the event the words from `at` name, where the base dates it to one day (to a
    year, `yearly`: its 1 January stands for the year), and where those words end."""
    index = asked.index
    found = _event(asked.text, at, index)
    if found is None:
        return None
    reading, acts, end = found
    own = index.entry_of(claim_id)
    if acts <= own.predicate and reading.entity_ids <= own.entities:
        return None  # the span is after an event like the claim's own: it dates something else
    numbers = set.intersection(*(set(index.postings.get(a, ())) for a in acts))
    fits: list[tuple[float, datetime.date]] = []
    for entry in (index.entry(n) for n in sorted(numbers)):
        day = _day_of(entry.claim, yearly)
        if day is not None and reading.entity_ids <= entry.entities:
            # How much of what the claim says the phrase says: the event it names most closely.
            said = math.fsum(index.weight(f) for f in entry.predicate & reading.predicate)
            fits.append((said / math.fsum(index.weight(f) for f in entry.predicate), day))
    fits.sort(reverse=True)
    if not fits or any(day != fits[0][1] and fit >= CLOSE * fits[0][0] for fit, day in fits[1:]):
        return None
    return fits[0][1], end
