"""A claim about the time the sentence names beats one about another time or none: "the
president in 2010" is a claim about 2010, not the president now. A sentence in the past tense
that names no time ("Medvedev was the president of Russia"), or one that gives the office only as
a title ("Russian President Medvedev called a meeting"), is not contradicted by who holds the
office now where a close claim says the sentence's person held it at a time of its own."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

from cstocheck.finding import Part, Verdict
from cstocheck.model import ValueKind
from cstocheck.qualify import says_with
from cstocheck.retrieve import Candidates, Index, Match
from cstocheck.rules.base import AT_THAT_TIME, Rule, Stage, another_time
from cstocheck.titles import titles
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
            or index.entry_of(top.claim.id).whens:
        return None
    # A title is tenseless: "Russian President Medvedev called a meeting" may be of 2010, and
    # what it gives is said in passing.
    titled = not says_with(found.reading.folded or found.text, "past")
    # A title of the past ("former secretary-general Bordyuzha", "the then secretary-general")
    # is a title too, and says of itself that the office was held then.
    if titled and not titles(found.reading, index.offices, past=True):
        return None
    for other, _ in _timed(found, index):
        alternative = judge(other)
        if alternative.verdict is Verdict.SUPPORTED:
            return _in_passing(alternative, other) if titled else alternative
    return None


def _in_passing(part: Part, match: Match) -> Part:
    """The part, its claim given in passing (by a title)."""
    others = tuple(m for m in part.matches if m.claim.id != match.claim.id)
    return replace(part, matches=(replace(match, passing=True), *others))


def _timed(found: Candidates, index: Index) -> Iterator[tuple[Match, tuple[When, ...]]]:
    """The claims close behind the best match, of its kind, whose wordings give a time: each with
    that time."""
    top = found.matches[0]
    for other in found.ranked:
        if other.claim.id == top.claim.id:
            continue
        theirs = index.entry_of(other.claim.id).whens
        if other.claim.kind is top.claim.kind and other.score >= top.score - AT_THAT_TIME and theirs:
            yield other, theirs


RULE = Rule("by-time", Stage.RECONSIDER, check)
