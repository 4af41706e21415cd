"""The seeds of the base, one row each: what they are, how much the claims rest on them, and
on how many points they disagree with another seed."""
from __future__ import annotations

from dataclasses import dataclass

from cstocheck.conflicts import find_conflicts
from cstocheck.model import Base


@dataclass(frozen=True)
class SourceRow:
    id: str
    title: str | None
    outlet: str | None
    date: str | None
    language: str
    url: str | None
    claims: int  # claims that quote it
    disagreements: int  # claims on which it takes another side than some other seed


def sources(base: Base) -> list[SourceRow]:
    quoting = {seed: sum(1 for c in base.claims if any(s.seed == seed for s in c.sources)) for seed in base.seeds}
    against = dict.fromkeys(base.seeds, 0)
    for conflict in find_conflicts(base.claims):
        sides = [{s.seed for s in side.sources} for side in conflict.sides]
        for seed in set().union(*sides):
            # A seed on two sides of one claim (quoted for both) disagrees only with the others.
            if any(seed not in side and side - {seed} for side in sides):
                against[seed] += 1
    return [SourceRow(s.id, s.title, s.publication, s.date, s.language, s.url, quoting[s.id], against[s.id])
            for s in sorted(base.seeds.values(), key=lambda s: s.id)]
