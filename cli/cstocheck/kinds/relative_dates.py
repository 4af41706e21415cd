"""A date given as a span of time after another event that the base dates: "two weeks after
Tokayev's appeal" is 19 January where the sources date the appeal 5 January. The event is the
one dated claim (or several of one date) that does every act the phrase names, with every name
it gives ("Tokayev's appeal": an asking by Tokayev); a phrase that fits none, or claims of
several dates, gives no date. A span written in weeks is rounded (a day a week either way), and a
hedged one more ("about ten days", "barely a week")."""
from __future__ import annotations

import datetime
import math
import re

from cstocheck import lexicon
from cstocheck.kinds.base import Asked
from cstocheck.model import ValueKind
from cstocheck.read import ACTS, ASKING, Reading, read
from cstocheck.retrieve import Index
from cstocheck.values import When, parse_when

_DAYS = {word: float(n) for word, n in lexicon.mapping("duration_days").items() if not word.startswith("t:")}
_ONES = lexicon.words("indefinite_ones")
_AFTER = lexicon.words("span_after")
_HEDGES = frozenset(word for phrases in lexicon.mapping("hedges").values() for p in phrases for word in p.split()) \
    | lexicon.words("span_hedges")
# Only spans short enough to date a day: a week or a month is not "some months after".
LONGEST_SPAN = 31
# How far a hedged span may stand from the date it gives, as a share of the span.
HEDGED_SHARE = 0.25
# An event of another date that the phrase names this nearly as closely leaves it undated.
CLOSE = 0.8
# How many words may name the event a span is after.
ANCHOR_WORDS = 8
_WORD = re.compile(r"[\w'’-]+")
_ANCHOR_END = re.compile(r"[,;:.!?()]")


def after_an_event(asked: Asked) -> When | None:
    """The date a span after a dated event gives, where the claim is a day's date: the claim's
    own date when the two fit, else the date the span gives."""
    claim = asked.claim
    if claim.kind is not ValueKind.DATE or not claim.value:
        return None
    own = parse_when(claim.value)
    if own.day is None or own.year is None:
        return None
    for number, start, hedged, after in _spans(asked):
        anchor = _anchor(asked, after, claim.id)
        if anchor is None:
            continue
        day, stop = anchor[0] + datetime.timedelta(days=round(number)), anchor[1]
        allowed = number // 7 + (math.ceil(number * HEDGED_SHARE) if hedged else 0)
        if abs((day - datetime.date(own.year, own.month or 1, own.day)).days) <= allowed:
            return When(own.year, own.month, own.day, start=start, end=stop)
        return When(day.year, day.month, day.day, start=start, end=stop)
    return None


def _spans(asked: Asked) -> list[tuple[float, int, bool, int]]:
    """Each span of time followed by "after" that the sentence gives: (its length in days,
    where it starts, whether it is hedged, where what it is after starts)."""
    text = asked.text
    words = [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text)]
    figures = {q.start: q for q in asked.reading.quantities if q.unit is None}
    found = []
    for i in range(len(words) - 2):
        start, _, word = words[i]
        unit, after = words[i + 1][2], words[i + 2][2]
        if unit not in _DAYS or after not in _AFTER:
            continue
        quantity = next((q for q in figures.values() if q.start <= start < q.end), None)
        number = quantity.number if quantity is not None else 1.0 if word in _ONES else None
        days = number * _DAYS[unit] if number is not None else None
        if days is None or not 0 < days <= LONGEST_SPAN:
            continue
        first = quantity.start if quantity is not None else start
        hedged = i > 0 and words[i - 1][2] in _HEDGES or quantity is not None and quantity.qualifier.value != "exact"
        found.append((days, first, hedged, words[i + 2][1]))
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


def _anchor(asked: Asked, at: int, claim_id: str) -> tuple[datetime.date, int] | None:
    """The date of the event the words from `at` name, where the base dates it to one day, and
    where those words end."""
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
        claim = entry.claim
        if claim.kind is not ValueKind.DATE or not claim.value \
                or not reading.entity_ids <= entry.entities:
            continue
        when = parse_when(claim.value)
        if when.day is not None and when.month is not None and when.year is not None:
            # How much of what the claim says the phrase says: the event it names most closely.
            said = math.fsum(index.weight(f) for f in entry.predicate & reading.predicate)
            fits.append((said / math.fsum(index.weight(f) for f in entry.predicate),
                         datetime.date(when.year, when.month, when.day)))
    fits.sort(reverse=True)
    if not fits or any(day != fits[0][1] and fit >= CLOSE * fits[0][0] for fit, day in fits[1:]):
        return None
    return fits[0][1], end
