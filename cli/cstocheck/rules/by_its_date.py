"""A day the best match cannot check ("Tokajev ontsloeg Nazarbajev op 15 januari", matched to a
claim on the dismissal that gives no date) is checked by a claim on when that happened, where
one came close enough to match a sentence with a value to check: a day it rules out contradicts."""
from __future__ import annotations

from collections.abc import Callable

from cstocheck.finding import Part, Verdict
from cstocheck.model import ValueKind
from cstocheck.retrieve import DATED_KINDS, FIGURE_SLACK, MATCH_THRESHOLD, Candidates, Index, Match
from cstocheck.rules.base import Rule, Stage
from cstocheck.structure import in_frame


def check(found: Candidates, part: Part, index: Index, judge: Callable[[Match], Part]) -> Part | None:
    top = found.matches[0]
    if part.verdict is not Verdict.SUPPORTED or top.claim.kind in DATED_KINDS or index.entry_of(top.claim.id).whens:
        return None
    reading = found.reading
    if not any(w.day is not None and not in_frame(reading.chunks, w.start) for w in reading.whens):
        return None
    for other in found.ranked:
        if other.claim.kind is ValueKind.DATE and other.score >= MATCH_THRESHOLD - FIGURE_SLACK \
                and (alternative := judge(other)).verdict is Verdict.CONTRADICTED:
            return alternative
    return None


RULE = Rule("by-its-date", Stage.RECONSIDER, check)
