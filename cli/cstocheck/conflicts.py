"""Where the sources disagree among themselves on a claim, and the slips that are no disagreement.

A slip is an erratum inside one article (004's "President Pashinyan" where it means the
premier; 000's "Doesjanbe" where it means Bishkek): the curator marks it with the reading it
clearly means, and it is listed apart, never as a side of a conflict.
"""
from __future__ import annotations

from dataclasses import dataclass

from cstocheck.history import conflicting, parse_history
from cstocheck.model import Claim, SourceQuote, Stance, ValueKind
from cstocheck.schema import SAYS_WORDS
from cstocheck.values import parse_count, parse_when


@dataclass(frozen=True)
class Side:
    says: str  # the value or stance this side holds
    sources: tuple[SourceQuote, ...]


@dataclass(frozen=True)
class Conflict:
    claim: Claim
    sides: tuple[Side, ...]


@dataclass(frozen=True)
class Slip:
    claim: Claim
    source: SourceQuote

    @property
    def says(self) -> str:
        return position(self.claim, self.source)

    @property
    def means(self) -> str:
        assert self.source.slip is not None
        return self.source.slip


def find_slips(claims: tuple[Claim, ...]) -> list[Slip]:
    return [Slip(claim, source) for claim in claims for source in claim.sources if source.slip is not None]


def position(claim: Claim, source: SourceQuote) -> str:
    if source.value is not None:
        return source.value
    if source.stance is Stance.SUPPORTS and claim.value is not None:
        return claim.value
    return source.stance.value if source.stance else "supports"


def _compatible(kind: ValueKind, a: str, b: str) -> bool:
    if a == b:
        return True
    if a in SAYS_WORDS or b in SAYS_WORDS:
        return False  # a stance against a different stance or a value
    if kind is ValueKind.COUNT:
        return parse_count(a).range().overlaps(parse_count(b).range())
    if kind is ValueKind.MEMBERSHIP:
        return not conflicting(parse_history(a), parse_history(b))
    if kind in (ValueKind.YEAR, ValueKind.DATE):
        return parse_when(a).compatible(parse_when(b))
    return False


def find_conflicts(claims: tuple[Claim, ...]) -> list[Conflict]:
    found = []
    for claim in claims:
        sides: list[tuple[str, list[SourceQuote]]] = []
        for source in claim.counted:
            own = position(claim, source)
            for says, members in sides:
                if _compatible(claim.kind, says, own):
                    members.append(source)
                    break
            else:
                sides.append((own, [source]))
        if len(sides) > 1:
            found.append(Conflict(claim, tuple(Side(says, tuple(members)) for says, members in sides)))
    return found
