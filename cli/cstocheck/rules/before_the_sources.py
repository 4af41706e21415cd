"""A sentence in the past tense whose every date lies before its claim's sources were written
("Nazarbayev was the president of Kazakhstan from 1990 to 2019"), contradicted by a claim on
who holds an office or where something is now: the sources speak of their own time, not of that
one, so they neither bear it out nor deny it."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from cstocheck.finding import Part, Verdict
from cstocheck.qualify import says_with
from cstocheck.retrieve import Candidates, Index, Match
from cstocheck.rules.base import Rule, Stage
from cstocheck.rules.by_time import TIMED_KINDS


def check(found: Candidates, part: Part, index: Index, judge: Callable[[Match], Part]) -> Part | None:
    top = found.matches[0]
    entry = index.entry_of(top.claim.id)
    if part.verdict is not Verdict.CONTRADICTED or top.claim.kind not in TIMED_KINDS or entry.whens \
            or entry.written is None:
        return None
    years = [w.year for w in found.whens if w.year is not None]
    if not years or max(years) >= entry.written[0] or not says_with(found.reading.folded or found.text, "past"):
        return None
    return replace(part, verdict=Verdict.UNVERIFIED, evidence=(), sources=(), corroboration=None,
                   explanation=f"the sources on {top.claim.id} speak of when they were written "
                               f"({entry.written[0]}), not of {', '.join(map(str, sorted(set(years))))}")


RULE = Rule("before-the-sources", Stage.RECONSIDER, check)
