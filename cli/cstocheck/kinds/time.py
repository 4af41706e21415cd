"""Years and dates: the date the sentence gives (for a date claim, the most precise one; not one
inside an aside when the claim is said outside it), which
agrees with a source's when one can be the other ("January 2022" and "5 January 2022"; "before
2000" and 1999)."""
from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import replace

from cstocheck.kinds.base import Asked, Said, ValueRule, by_agreement
from cstocheck.kinds.relative_dates import after_an_event
from cstocheck.model import ValueKind
from cstocheck.structure import chunk_at, in_frame
from cstocheck.values import When, parse_when


def read(asked: Asked) -> Said | None:
    whens = _of_the_claim(asked)
    when = _end_of_a_span(asked.text, whens, asked.claim.value) or dated(whens, asked.claim.kind) \
        or after_an_event(asked)
    return Said(asked.claim.kind, when=when) if when is not None else None


_SPAN = re.compile(r"^\s*(?:to|until|till|through|tot(?:\s+en\s+met)?|[-–—])\s*$", re.IGNORECASE)


def _end_of_a_span(text: str, whens: list[When], value: str | None) -> When | None:
    """The end of a span of years ("from 1990 to 2019", "van 1990 tot 2019", "1990-2019") that
    the claim's date is: a span names both ends, and a claim on one of them ("he resigned in
    2019") is about that end, not the first year written."""
    if value is None:
        return None
    own = parse_when(value)
    for first, last in itertools.pairwise(whens):
        # "tot 2019" is read as one open-ended date that begins at its "tot"
        joined = last.qualifier == "until" and not text[first.end:last.start].strip()
        if first.year is not None and last.year is not None and first.end <= last.start \
                and (joined or _SPAN.match(text[first.end:last.start])):
            ends = (first, replace(last, qualifier="on"))
            return next((w for w in ends if w.compatible(own)), None)
    return None


def _of_the_claim(asked: Asked) -> list[When]:
    """The dates that can be the claim's: where the sentence says the claim outside an aside, a
    date inside one ("Tokayev, who became president in 2019, asked …") is the aside's own, unless
    the aside says more of the claim than any chunk outside ("…, which was signed on May 15,
    1992"). Those in the chunk that says most of the claim's weight come first."""
    reading = asked.reading
    chunks, predicate = reading.chunks, asked.index.entry_of(asked.claim.id).predicate
    if not any(f in predicate and not chunks[k].frame for k, f in reading.placed):
        return asked.whens
    saying: Counter[int] = Counter()
    for k, f in reading.placed:
        saying[k] += asked.index.weight(f) if f in predicate else 0.0
    outside = max((weight for k, weight in saying.items() if not chunks[k].frame), default=0.0)
    own = [w for w in asked.whens if w not in reading.whens or not in_frame(chunks, w.start)
           or saying[chunk_at(chunks, w.start)] > outside]
    return sorted(own, key=lambda w: -saying[chunk_at(chunks, w.start)] if w in reading.whens else 0)


def dated(whens: list[When], kind: ValueKind) -> When | None:
    """The date a sentence gives for a claim of this kind: the most precise, for a date."""
    usable = [w for w in whens if w.year is not None or (kind is ValueKind.DATE and w.month is not None)]
    if kind is ValueKind.DATE:
        usable.sort(key=lambda w: (w.day is None, w.month is None))
    return usable[0] if usable else None


def agrees(said: Said, value: str, country_of: dict[str, str]) -> bool:
    return said.when is not None and said.when.compatible(parse_when(value))


RULE = ValueRule("time", frozenset({ValueKind.YEAR, ValueKind.DATE}), read, by_agreement(agrees))
