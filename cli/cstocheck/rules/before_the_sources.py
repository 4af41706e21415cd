"""A sentence in the past tense whose every date lies before its claim's sources were written
("Nazarbayev was the president of Kazakhstan from 1990 to 2019", "the treaty was signed in 1992
by Armenia, …, Uzbekistan"), contradicted by a claim on how things stand now (who holds an
office, who the members are): the sources speak of their own time, not of that one, so they
neither bear it out nor deny it."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from cstocheck.finding import Part, Verdict
from cstocheck.qualify import says_with
from cstocheck.retrieve import DATED_KINDS, Candidates, Index, Match
from cstocheck.rules.base import Rule, Stage


def check(found: Candidates, part: Part, index: Index, judge: Callable[[Match], Part]) -> Part | None:
    top = found.matches[0]
    entry = index.entry_of(top.claim.id)
    # Only a claim on how things stand (present tense): "the treaty was signed in Tashkent" is of its own time.
    if part.verdict is not Verdict.CONTRADICTED or top.claim.kind in DATED_KINDS or entry.whens \
            or entry.written is None or says_with(top.claim.statement, "past"):
        return None
    years = [w.year for w in found.whens if w.year is not None]
    if not years or max(years) >= entry.written[0] or not says_with(found.reading.folded or found.text, "past"):
        return None
    return replace(part, verdict=Verdict.UNVERIFIED, evidence=(), sources=(), corroboration=None,
                   explanation=f"the sources on {top.claim.id} speak of when they were written "
                               f"({entry.written[0]}), not of {', '.join(map(str, sorted(set(years))))}")


RULE = Rule("before-the-sources", Stage.RECONSIDER, check)
