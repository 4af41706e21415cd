"""What every kind of value shares: the value a sentence gives, and what a kind's rule is made of."""
from __future__ import annotations

import inspect
import sys
from collections.abc import Callable
from dataclasses import dataclass, replace

from cstocheck.model import Claim, Stance, ValueKind
from cstocheck.read import Mention, Reading
from cstocheck.retrieve import Index
from cstocheck.structure import in_frame
from cstocheck.values import Quantity, When


@dataclass(frozen=True)
class Said:
    """The value a sentence gives, in the kind of the claim it was matched to."""

    kind: ValueKind
    quantity: Quantity | None = None
    when: When | None = None
    mentions: tuple[Mention, ...] = ()
    present: bool = False  # a membership sentence in the present tense, with no date
    former: bool = False  # "a former member": not a member at the time asked
    note: str = ""  # how the value was read, where it is not as written
    unknown: str = ""  # a name the alias table does not know, given as the value

    def describe(self, text: str) -> str | None:
        if self.quantity is not None:
            return as_written(text, self.quantity) + self.note
        if self.when is not None:
            return as_written(text, self.when)
        if self.mentions:
            return ", ".join(sorted({i for m in self.mentions for i in m.ids}))
        if self.unknown:
            return self.unknown
        return ("no longer" if self.former else "now") if self.present else None


@dataclass(frozen=True)
class Asked:
    """An assertion, as read, and the claim whose kind of value is asked of it."""

    text: str
    reading: Reading
    claim: Claim
    whens: list[When]  # its dates, or those of the sentence around it
    index: Index

    @property
    def quantities(self) -> tuple[Quantity, ...]:
        return self.reading.quantities


# A kind's stance of a source towards the value the sentence gives: (what it gives, the source's
# value, whether the sentence denies it, each city's country) -> stance, or None where silent.
StanceOf = Callable[[Said | None, str, bool, dict[str, str]], Stance | None]


@dataclass(frozen=True)
class ValueRule:
    """How the value of some kinds is read from a sentence and held against a source's."""

    name: str
    kinds: frozenset[ValueKind]
    read: Callable[[Asked], Said | None]
    stance: StanceOf

    @property
    def doc(self) -> str:
        """What the rule compares: its module's docstring."""
        return inspect.getdoc(sys.modules[self.read.__module__]) or ""


def by_agreement(agrees: Callable[[Said, str, dict[str, str]], bool]) -> StanceOf:
    """The stance of a kind whose values simply agree or not: a sentence that gives no value
    agrees unless it denies the point."""

    def stance(said: Said | None, value: str, negated: bool, country_of: dict[str, str]) -> Stance:
        agreed = (not negated) if said is None else agrees(said, value, country_of) != negated
        return Stance.SUPPORTS if agreed else Stance.CONTRADICTS

    return stance


def as_written(text: str, found: Quantity | When) -> str:
    """A figure or date as the sentence writes it, on one line."""
    return " ".join(text[found.start:found.end].split())


def core(reading: Reading) -> Reading:
    """The reading without the names that only frame or modify the assertion: who said it ("…,
    the ministry in Yerevan said"), an aside, "the Russia-led CSTO". They are not its places or
    actors."""
    kept = tuple(m for m in reading.mentions if not m.modifier and not in_frame(reading.chunks, m.start))
    return reading if len(kept) == len(reading.mentions) else replace(reading, mentions=kept)
