"""A place the sentence names as where, that the claim knows only in another role: the roles
reversed, "an exercise in Tajikistan" where the sources say in Kyrgyzstan."""
from __future__ import annotations

from cstocheck.compare import Judged
from cstocheck.kinds.base import core
from cstocheck.model import EntityKind, Stance
from cstocheck.read import where
from cstocheck.rules.base import Found, Rule, Stage


def check(j: Judged) -> Found | None:
    entry, reading, kinds = j.entry, core(j.reading), j.index.aliases.kinds
    if not entry.where:
        return None
    said = where(reading)
    if not said or said & entry.where:
        return None
    # A country is named in many roles ("the mission in Kazakhstan"); a city is a place.
    a_city = any(m.ids & said and m.kind is EntityKind.CITY for m in reading.mentions)
    if not (said & entry.entities or (a_city and any(kinds.get(i) is EntityKind.CITY for i in entry.where))):
        return None
    return Found(f"in {', '.join(sorted(said))}", f"in {', '.join(sorted(entry.where))}", Stance.CONTRADICTS)


RULE = Rule("another-place", Stage.MISMATCH, check)
