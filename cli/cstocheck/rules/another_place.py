"""A place the sentence names as where, that the claim knows only in another role: the roles
reversed, "an exercise in Tajikistan" where the sources say in Kyrgyzstan."""
from __future__ import annotations

from dataclasses import replace

from cstocheck.compare import Judged
from cstocheck.kinds.base import core
from cstocheck.model import EntityKind, Stance
from cstocheck.read import Reading, where
from cstocheck.retrieve import Entry
from cstocheck.rules.base import Found, Rule, Stage
from cstocheck.structure import chunk_at


def check(j: Judged) -> Found | None:
    entry, reading, kinds = j.entry, core(j.reading), j.index.aliases.kinds
    if not entry.where:
        return None
    said = where(_where_said(reading, entry))
    if not said or said & entry.where:
        return None
    # A country is named in many roles ("the mission in Kazakhstan"); a city is a place.
    a_city = any(m.ids & said and m.kind is EntityKind.CITY for m in reading.mentions)
    if not (said & entry.entities or (a_city and any(kinds.get(i) is EntityKind.CITY for i in entry.where))):
        return None
    return Found(f"in {', '.join(sorted(said))}", f"in {', '.join(sorted(entry.where))}", Stance.CONTRADICTS)


def _where_said(reading: Reading, entry: Entry) -> Reading:
    """The reading with only the places in the chunks that say what the claim says (its words,
    not only its names): "At a CSTO summit in Yerevan, Pashinyan, who chaired the meeting,
    refused to sign" places the summit, not the chair."""
    said = [k for k, f in reading.placed if f in entry.predicate]
    if not said:
        return reading
    lo, hi = min(said), max(said)
    kept = tuple(m for m in reading.mentions if lo <= chunk_at(reading.chunks, m.start) <= hi)
    return replace(reading, mentions=kept)


RULE = Rule("another-place", Stage.MISMATCH, check)
