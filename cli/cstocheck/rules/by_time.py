"""A claim about the time the sentence names beats one about another time or none: "the
president in 2010" is a claim about 2010, not the president now. A sentence in the past tense
that names no time ("Medvedev was the president of Russia") is not contradicted by who holds the
office now where a close claim says the sentence's person held it at a time of its own."""
from __future__ import annotations

from collections.abc import Callable, Iterator

from cstocheck.finding import Part, Verdict
from cstocheck.model import ValueKind
from cstocheck.qualify import says_with
from cstocheck.retrieve import Candidates, Index, Match
from cstocheck.rules.base import AT_THAT_TIME, Rule, Stage, another_time
from cstocheck.values import When

# Kinds of value that change with time: who holds an office, where something is.
TIMED_KINDS = frozenset({ValueKind.PERSON, ValueKind.PLACE})


def check(found: Candidates, part: Part, index: Index, judge: Callable[[Match], Part]) -> Part | None:
    top, whens = found.matches[0], found.whens
    context = index.entry_of(top.claim.id).whens
    if not any(w.year is not None for w in whens):
        return _in_the_past(found, part, index, judge)
    if top.claim.kind not in TIMED_KINDS or (context and not another_time(whens, context)):
        return None
    return next((judge(other) for other, theirs in _timed(found, index) if not another_time(whens, theirs)), None)


def _in_the_past(found: Candidates, part: Part, index: Index, judge: Callable[[Match], Part]) -> Part | None:
    """An undated sentence in the past tense, contradicted by a claim on now: the close claim of
    a time of its own that supports it, if there is one."""
    top = found.matches[0]
    if part.verdict is not Verdict.CONTRADICTED or top.claim.kind not in TIMED_KINDS \
            or index.entry_of(top.claim.id).whens or not says_with(found.reading.folded or found.text, "past"):
        return None
    for other, _ in _timed(found, index):
        alternative = judge(other)
        if alternative.verdict is Verdict.SUPPORTED:
            return alternative
    return None


def _timed(found: Candidates, index: Index) -> Iterator[tuple[Match, tuple[When, ...]]]:
    """The matches close behind the best one, of its kind, whose wordings give a time: each with
    that time."""
    top = found.matches[0]
    for other in found.matches[1:]:
        theirs = index.entry_of(other.claim.id).whens
        if other.claim.kind is top.claim.kind and other.score >= top.score - AT_THAT_TIME and theirs:
            yield other, theirs


RULE = Rule("by-time", Stage.RECONSIDER, check)
