"""A claim on who or where, whose person or place the sentence names only in an aside ("Armenia,
whose prime minister Nikol Pashinyan chaired the CSTO, sent 100 soldiers"): the aside is said in
passing, and the next claim the sentence came close to, on what its main clause says, answers."""
from __future__ import annotations

from collections.abc import Callable

from cstocheck.finding import Part, Verdict
from cstocheck.retrieve import SLOT_KINDS, Candidates, Index, Match
from cstocheck.rules.base import Rule, Stage
from cstocheck.structure import in_frame


def check(found: Candidates, part: Part, index: Index, judge: Callable[[Match], Part]) -> Part | None:
    top = found.matches[0]
    value, reading = top.claim.value, found.reading
    if part.verdict is not Verdict.UNVERIFIED or top.claim.kind not in SLOT_KINDS or not value:
        return None
    named = [m for m in reading.mentions if value in m.ids]
    if not named or not all(in_frame(reading.chunks, m.start) for m in named):
        return None
    for other in found.matches[1:]:
        if other.claim.id != top.claim.id and (alternative := judge(other)).verdict is not Verdict.UNVERIFIED:
            return alternative
    return None


RULE = Rule("value-in-an-aside", Stage.RECONSIDER, check)
