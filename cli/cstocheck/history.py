"""Membership as a history: the periods a source says a country was in, or out of, a treaty.

A history is written `member 1992-1999; not 1999-2006; member 2006-2012; not 2012-`. Years are
inclusive at both ends, so the year of a change belongs to both sides of it (a country that
left "in 1999" was a member for part of 1999). An open end runs to the present. Outside the
periods it lists, a source is silent.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_PERIOD = re.compile(r"^\s*(member|not)\s+(\d{4})\s*[-–]\s*(\d{4})?\s*$")


@dataclass(frozen=True)
class Period:
    member: bool
    start: int
    end: int | None  # None: still so at the source's time and after, as far as it says

    def overlaps(self, lo: int, hi: int) -> bool:
        return self.start <= hi and (self.end is None or self.end >= lo)


def parse_history(value: str) -> tuple[Period, ...]:
    periods = []
    for part in value.split(";"):
        found = _PERIOD.match(part)
        if not found:
            raise ValueError(f"{part.strip()!r} is not a period like 'member 1992-1999' or 'not 2012-'")
        start, end = int(found[2]), int(found[3]) if found[3] else None
        if end is not None and end < start:
            raise ValueError(f"{part.strip()!r} ends before it starts")
        periods.append(Period(found[1] == "member", start, end))
    if not periods:
        raise ValueError("a history needs at least one period")
    return tuple(periods)


def says_member(history: tuple[Period, ...], lo: int | None, hi: int | None) -> set[bool]:
    """What the history says of membership between years lo and hi (None: at any time).

    The empty set means the source is silent on that time; {True, False} that it says both
    (the time spans a change).
    """
    if lo is None or hi is None:
        return {p.member for p in history}
    return {p.member for p in history if p.overlaps(lo, hi)}


def conflicting(a: tuple[Period, ...], b: tuple[Period, ...]) -> bool:
    """Whether two histories give different answers for some year both speak to unambiguously."""
    years = {y for p in a + b for y in (p.start, p.end) if y is not None}
    if not years:
        return False
    for year in range(min(years), max(years) + 2):
        if year in years:
            continue  # the year of a change is on both sides of it
        said_a, said_b = says_member(a, year, year), says_member(b, year, year)
        if len(said_a) == 1 and len(said_b) == 1 and said_a != said_b:
            return True
    return False
