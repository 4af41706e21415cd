"""Every wording of a claim says what its statement says, read the way the engine reads a sentence.

A paraphrase is matched against users' sentences in the statement's place, so one that drifts
(another figure or hedge, another date, the negation dropped, an actor added, hearsay stated as
fact) makes the engine judge sentences against something no source said. `validate` reports
each drift at the wording's file:line:col: a warning, an error under `--strict`.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from cstocheck.lexicon import DURATIONS
from cstocheck.model import Base, Claim, EntityKind, Level, Mark, Modality, Problem
from cstocheck.qualify import modality_of, says_with
from cstocheck.read import AliasTable, Reader, Reading, denies, fold, read
from cstocheck.values import Qualifier, When

# Who acts in a claim: a wording may name fewer or more people than its statement (a paraphrase
# says "Tokayev" for "Kazakhstan's president"), but not put one in another's place. Countries are
# left out: "Belarus's president" names Belarus where the statement says "Lukashenko".
ACTORS = {EntityKind.PERSON: "person"}
ARTICLE_WORDS = ("article", "artikel", "art.")
# Words after a figure that make it no count to compare: a duration, or "others" added to names.
SKIPPED_AFTER = DURATIONS | {"other", "others", "andere", "anderen", "overige"}


@dataclass(frozen=True)
class Said:
    """What the engine reads in one wording, for comparing it with another."""

    figures: frozenset[tuple[float, Qualifier]]
    every: frozenset[tuple[float, Qualifier]]  # every figure it gives, those not compared included
    whens: tuple[When, ...]
    reading: Reading
    actors: frozenset[tuple[str, str]]  # (kind, id)
    modality: Modality | None  # as its unambiguous words say
    marked: bool  # with any word of modality, the conditional ("zou") included
    implicit: bool  # denies by a word the engine does not read as a negation ("without")


def said(text: str, aliases: AliasTable, reader: Reader = read) -> Said:
    reading = reader(text, aliases)
    actors = set()
    for mention in reading.mentions:
        if mention.kind in ACTORS:
            actors |= {(ACTORS[mention.kind], aliases.country_of.get(i, i)) for i in mention.ids}
    folded = reading.folded if reading.folded is not None else text
    return Said(
        figures=_figures(text, reading),
        every=frozenset((q.number, q.qualifier) for q in reading.quantities if q.unit is None),
        whens=tuple(w for w in reading.whens if w.year is not None or w.month is not None),
        reading=reading,
        actors=frozenset(actors),
        modality=modality_of(folded, conditional=False),
        marked=modality_of(folded) is not None,
        implicit=says_with(folded, "implicit_negation"),
    )


def _figures(text: str, reading: Reading) -> frozenset[tuple[float, Qualifier]]:
    """The counts a wording gives: not its years, durations ("three decades"), article numbers,
    the article "one", or "four other allies" (the engine counts it with the names before it)."""
    years = [(w.start, w.end) for w in reading.whens]
    found = set()
    for q in reading.quantities:
        after = fold(text[q.end:q.end + 20]).split()
        before = fold(text[max(0, q.start - 10):q.start]).split()
        if q.unit is not None or q.number == 1 or any(a < q.end and q.start < b for a, b in years) \
                or _year_like(text[q.start:q.end]) or (after and after[0].strip(".,;:") in SKIPPED_AFTER) \
                or (before and before[-1].endswith(ARTICLE_WORDS)):
            continue
        found.add((q.number, q.qualifier))
    return frozenset(found)


def _year_like(written: str) -> bool:
    """"The 2010 Kyrgyz crisis": four digits of a plausible year are a year, not a count."""
    return written.isdigit() and len(written) == 4 and 1800 <= int(written) <= 2100


def _figure(wording: Said, statement: Said, claim: Claim) -> str | None:
    for number, qualifier in sorted(wording.figures - statement.every):
        if number not in {n for n, _ in statement.every}:
            return f"gives the figure {number:g}, which the statement does not"
        return f"hedges {number:g} otherwise than the statement ({qualifier.value})"
    return None


def _dates(wording: Said, statement: Said, claim: Claim) -> str | None:
    for when in wording.whens:
        if not any(when.compatible(other) for other in statement.whens):
            return f"gives a date ({_when(when)}) the statement does not"
    return None


def _when(when: When) -> str:
    parts = [str(when.year) if when.year is not None else "????"]
    parts += [f"{p:02d}" for p in (when.month, when.day) if p is not None]
    return "-".join(parts)


def _polarity(wording: Said, statement: Said, claim: Claim) -> str | None:
    """One of the two negated, the other not, and the engine's own test (the wording read as a
    user's sentence) finding that it denies the statement on what they share. Where either
    denies by a word the engine does not read as a negation ("without losses"), the two may say
    the same: such pairs are left to the curator."""
    if wording.reading.negated == statement.reading.negated or wording.implicit or statement.implicit or \
            not denies(wording.reading, statement.reading, statement.reading.predicate):
        return None
    return "denies what the statement asserts" if wording.reading.negated else "asserts what the statement denies"


def _actors(wording: Said, statement: Said, claim: Claim) -> str | None:
    for kind in sorted(set(ACTORS.values())):
        theirs = {i for k, i in statement.actors if k == kind}
        ours = {i for k, i in wording.actors if k == kind}
        if ours - theirs and theirs - ours:
            return (f"names {', '.join(sorted(ours - theirs))} where the statement names "
                    f"{', '.join(sorted(theirs - ours))}")
    return None


def _modality(wording: Said, statement: Said, claim: Claim) -> str | None:
    if claim.modality is not None and not wording.marked:
        return f"states as fact what the claim gives as {claim.modality.value}"
    if claim.modality is None and wording.modality in (Modality.REPORTED, Modality.HEDGED) \
            and statement.modality is None:
        return f"reads as {wording.modality.value}, where the claim states it as fact"
    return None


Check = Callable[[Said, Said, Claim], "str | None"]
CHECKS: tuple[tuple[str, Check], ...] = (
    ("figure", _figure), ("date", _dates), ("polarity", _polarity), ("actors", _actors), ("modality", _modality),
)


def check_wordings(base: Base, level: Level = Level.WARNING, reader: Reader = read) -> tuple[Problem, ...]:
    """Each wording of each claim that drifts from its statement, as a problem at the wording.
    ``reader`` reads each wording (the readings the index caches by claims file may answer)."""
    return check_claims(base.claims, AliasTable(base.entities), level, reader)


def check_claims(claims: tuple[Claim, ...], aliases: AliasTable, level: Level = Level.WARNING,
                 reader: Reader = read) -> tuple[Problem, ...]:
    """check_wordings for some of a base's claims, read with its alias table."""
    return tuple(_drifts(claims, aliases, level, reader))


def _drifts(claims: tuple[Claim, ...], aliases: AliasTable, level: Level, reader: Reader) -> Iterator[Problem]:
    for claim in claims:
        statement = said(claim.statement, aliases, reader)
        if claim.modality is not None and not statement.marked and claim.wording_marks:
            yield _problem(claim.wording_marks[0], level, claim, "modality",
                           f"the statement states as fact what the claim gives as {claim.modality.value}")
        for text, mark in zip(claim.texts[1:], claim.wording_marks[1:]):
            wording = said(text, aliases, reader)
            for name, check in CHECKS:
                if (why := check(wording, statement, claim)) is not None:
                    yield _problem(mark, level, claim, name, f"wording {text!r} {why}")


def _problem(mark: Mark, level: Level, claim: Claim, check: str, message: str) -> Problem:
    return Problem(mark.path, mark.line, mark.col, level, f"{claim.id}: {message} [{check}]")
