"""A country the sentence names as where, whence or whither that the claim does not know, where every
wording of the claim names a country the sentence leaves out: one put in the other's place ("a
call from Washington" where the sources say from Beijing). Not for a claim whose value is the
place or person itself: that is the value's to check."""
from __future__ import annotations

from cstocheck.compare import Judged
from cstocheck.kinds.base import core
from cstocheck.model import PLACES, EntityKind, Stance
from cstocheck.read import Reading, goes_to
from cstocheck.retrieve import SLOT_KINDS, Entry, said_in
from cstocheck.rules.base import Found, Rule, Stage
from cstocheck.structure import chunk_at


def check(j: Judged) -> Found | None:
    if j.claim.kind in SLOT_KINDS:
        return None
    reading, kinds = core(j.reading), j.index.aliases.kinds
    strangers = _strangers(reading, j.entry, kinds)
    if not strangers:
        return None
    named = {i for m in reading.mentions if m.kind in PLACES for i in m.ids}
    missing = _left_out(j.entry, named, kinds)
    if not missing:
        return None
    return Found(", ".join(strangers), ", ".join(sorted(missing)), Stance.CONTRADICTS)


def _strangers(reading: Reading, entry: Entry, kinds: dict[str, EntityKind]) -> list[str]:
    """The countries the sentence names as where, whence or whither ("sent to Armenia") that the
    claim does not know, in the chunks that say the claim: a place in another clause is another
    part's ("After Tokayev asked for help, troops landed in Almaty"). Only those: a country is
    named in many other roles ("het Georgische Zuid-Ossetië")."""
    span = said_in(reading, entry)
    if span is None:
        return []
    lo, hi = span
    return sorted({i for m in reading.mentions if m.kind in PLACES and (m.locative or goes_to(reading, m))
                   and lo <= chunk_at(reading.chunks, m.start) <= hi
                   and not m.ids & entry.entities for i in m.ids if kinds.get(i) is EntityKind.COUNTRY})


def _left_out(entry: Entry, named: set[str], kinds: dict[str, EntityKind]) -> set[str]:
    """The countries every wording of the claim names that the sentence leaves out."""
    missing: set[str] | None = None
    for wording in entry.wordings:
        theirs = {i for m in wording.named if m.kind in (k.value for k in PLACES) for i in m.ids
                  if kinds.get(i) is EntityKind.COUNTRY} - named
        if not theirs:
            return set()
        missing = theirs if missing is None else missing & theirs
    return missing or set()


RULE = Rule("another-country", Stage.MISMATCH, check)
