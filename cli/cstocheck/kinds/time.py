"""Years and dates: the date the sentence gives (for a date claim, the most precise one), which
agrees with a source's when one can be the other ("January 2022" and "5 January 2022"; "before
2000" and 1999)."""
from __future__ import annotations

from cstocheck.kinds.base import Asked, Said, ValueRule, by_agreement
from cstocheck.model import ValueKind
from cstocheck.values import When, parse_when


def read(asked: Asked) -> Said | None:
    when = dated(asked.whens, asked.claim.kind)
    return Said(asked.claim.kind, when=when) if when is not None else None


def dated(whens: list[When], kind: ValueKind) -> When | None:
    """The date a sentence gives for a claim of this kind: the most precise, for a date."""
    usable = [w for w in whens if w.year is not None or (kind is ValueKind.DATE and w.month is not None)]
    if kind is ValueKind.DATE:
        usable.sort(key=lambda w: (w.day is None, w.month is None))
    return usable[0] if usable else None


def agrees(said: Said, value: str, country_of: dict[str, str]) -> bool:
    return said.when is not None and said.when.compatible(parse_when(value))


RULE = ValueRule("time", frozenset({ValueKind.YEAR, ValueKind.DATE}), read, by_agreement(agrees))
