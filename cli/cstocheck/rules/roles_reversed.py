"""Who sent and where it went, the other way round: "Kazakhstan sent troops to Russia" where the
sources say Russia sent them to Kazakhstan. The sentence names as where something went a country
the claim names in another role, and names in another role the country every wording of the
claim gives as where it went."""
from __future__ import annotations

from cstocheck.compare import Judged
from cstocheck.model import Stance
from cstocheck.read import goes_to
from cstocheck.rules.base import Found, Rule, Stage, sent_to_theirs


def check(j: Judged) -> Found | None:
    if (found := sent_to_theirs(j)) is None:
        return None
    reading, places, went, theirs = found
    if not any(not goes_to(reading, m) and not m.locative and m.ids & theirs for m in places):
        return None
    return Found(", ".join(reading.text[m.start:m.end] for m in went),
                 f"it went to {', '.join(sorted(theirs))}", Stance.CONTRADICTS)


RULE = Rule("roles-reversed", Stage.MISMATCH, check)
