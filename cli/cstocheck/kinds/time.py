"""Years and dates: the date the sentence gives (for a date claim, the most precise one; not one
inside an aside when the claim is said outside it), which
agrees with a source's when one can be the other ("January 2022" and "5 January 2022"; "before
2000" and 1999)."""
from __future__ import annotations

from cstocheck.kinds.base import Asked, Said, ValueRule, by_agreement
from cstocheck.model import ValueKind
from cstocheck.structure import in_frame
from cstocheck.values import When, parse_when


def read(asked: Asked) -> Said | None:
    when = dated(_of_the_claim(asked), asked.claim.kind)
    return Said(asked.claim.kind, when=when) if when is not None else None


def _of_the_claim(asked: Asked) -> list[When]:
    """The dates that can be the claim's: where the sentence says the claim outside an aside, a
    date inside one ("Tokayev, who became president in 2019, asked …") is the aside's own."""
    reading = asked.reading
    chunks, predicate = reading.chunks, asked.index.entry_of(asked.claim.id).predicate
    if not any(f in predicate and not chunks[k].frame for k, f in reading.placed):
        return asked.whens
    return [w for w in asked.whens if w not in reading.whens or not in_frame(chunks, w.start)]


def dated(whens: list[When], kind: ValueKind) -> When | None:
    """The date a sentence gives for a claim of this kind: the most precise, for a date."""
    usable = [w for w in whens if w.year is not None or (kind is ValueKind.DATE and w.month is not None)]
    if kind is ValueKind.DATE:
        usable.sort(key=lambda w: (w.day is None, w.month is None))
    return usable[0] if usable else None


def agrees(said: Said, value: str, country_of: dict[str, str]) -> bool:
    return said.when is not None and said.when.compatible(parse_when(value))


RULE = ValueRule("time", frozenset({ValueKind.YEAR, ValueKind.DATE}), read, by_agreement(agrees))
