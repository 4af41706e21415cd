"""Who sent and where it went, the other way round: "Kazakhstan sent troops to Russia" where the
sources say Russia sent them to Kazakhstan. The sentence names as where something went a country
the claim names in another role, and names in another role the country every wording of the
claim gives as where it went."""
from __future__ import annotations

from cstocheck.compare import Judged
from cstocheck.kinds.base import core
from cstocheck.model import PLACES, Stance
from cstocheck.read import goes_to
from cstocheck.rules.base import Found, Rule, Stage


def check(j: Judged) -> Found | None:
    theirs = j.entry.whither
    if not theirs:
        return None
    reading = core(j.reading)
    countries = [m for m in reading.mentions if m.kind in PLACES and not m.modifier]
    went = [m for m in countries if goes_to(reading, m) and m.ids & j.entry.entities and not m.ids & theirs]
    sent = [m for m in countries if not goes_to(reading, m) and not m.locative and m.ids & theirs]
    if not (went and sent):
        return None
    return Found(", ".join(reading.text[m.start:m.end] for m in went),
                 f"it went to {', '.join(sorted(theirs))}", Stance.CONTRADICTS)


RULE = Rule("roles-reversed", Stage.MISMATCH, check)
