"""A country the sentence names as where or whence that the claim does not know, where every
wording of the claim names a country the sentence leaves out: one put in the other's place ("a
call from Washington" where the sources say from Beijing). Not for a claim whose value is the
place or person itself: that is the value's to check."""
from __future__ import annotations

from cstocheck.compare import Judged
from cstocheck.kinds.base import core
from cstocheck.model import EntityKind, Stance
from cstocheck.retrieve import SLOT_KINDS
from cstocheck.rules.base import Found, Rule, Stage

_PLACES = (EntityKind.COUNTRY, EntityKind.CITY)


def check(j: Judged) -> Found | None:
    if j.claim.kind in SLOT_KINDS:
        return None
    reading, entry, kinds = core(j.reading), j.entry, j.index.aliases.kinds
    named = {i for m in reading.mentions if m.kind in _PLACES for i in m.ids}
    # Only a place named as where or whence: a country is named in many other roles ("het
    # Georgische Zuid-Ossetië").
    strangers = sorted({i for m in reading.mentions if m.kind in _PLACES and m.locative and not m.ids & entry.entities
                        for i in m.ids if kinds.get(i) is EntityKind.COUNTRY})
    if not strangers:
        return None
    missing: set[str] | None = None
    for wording in entry.wordings:
        theirs = {i for m in wording.named if m.kind in (k.value for k in _PLACES) for i in m.ids
                  if kinds.get(i) is EntityKind.COUNTRY} - named
        if not theirs:
            return None
        missing = theirs if missing is None else missing & theirs
    if not missing:
        return None
    return Found(", ".join(strangers), ", ".join(sorted(missing)), Stance.CONTRADICTS)


RULE = Rule("another-country", Stage.MISMATCH, check)
