"""Figures a sentence gives in passing, that none of its parts was judged on.

"…spiralled into violence, with dozens of deaths and 10,000 arrests" asserts the protests; the
two figures are details on the side. A detail in passing counts when it is wrong, not when it
is right: a figure that exactly one count claim of the base can check (it counts what the
figure counts, of the countries the sentence speaks of, at no other time) is held against it,
and the part is kept only if the sources contradict it or disagree on it. How long something
lasted ("five months later") is no such figure, and a city the claim does not name makes the
figure a part's ("103 of the deaths were in Almaty").
"""
from __future__ import annotations

from collections.abc import Callable

from cstocheck.finding import Part, Verdict
from cstocheck.lexicon import DURATIONS
from cstocheck.model import EntityKind, ValueKind
from cstocheck.read import Reading
from cstocheck.retrieve import Entry, Index, Match, counted
from cstocheck.rules.base import another_time
from cstocheck.values import Quantity

# judge_match(text, reading, index, match, matches): passed in, as the judge owns it.
Judging = Callable[[str, Reading, Index, Match, tuple[Match, ...]], Part]

_WRONG = (Verdict.CONTRADICTED, Verdict.DISPUTED)
# What a member count counts: the implied module reads those figures.
_MEMBERS = frozenset({"t:country", "t:member"})


def figures_in_passing(reading: Reading, index: Index, parts: tuple[Part, ...], judging: Judging) -> tuple[Part, ...]:
    """The parts, each against its one claim, of the figures no part was judged on that the sources
    say are wrong."""
    if any(p.claim is not None and p.claim.kind is ValueKind.COUNT and p.verdict is not Verdict.UNVERIFIED
           for p in parts):
        return ()
    spoken = reading.entity_ids.union(*(index.entry_of(p.claim.id).entities for p in parts
                                        if p.claim is not None and p.verdict is not Verdict.UNVERIFIED))
    found: list[Part] = []
    for quantity in (q for q in reading.quantities if q.unit is None and not _lasts(reading, q)):
        entry = _the_one_claim(reading, index, quantity, spoken)
        if entry is None:
            continue
        match = Match(entry.claim, 0.0, 0, False)
        part = judging(reading.text, reading, index, match, (match,))
        if part.verdict in _WRONG and part.claim is not None and part.claim.id not in {p.claim.id for p in found}:
            found.append(part)
    return tuple(found)


def _lasts(reading: Reading, quantity: Quantity) -> bool:
    """Whether the figure says how long something lasted ("five months later"), from the words
    the sentence was read into (no word is folded again)."""
    after = next((word for start, _, word in reading.words if start >= quantity.end), None)
    return after in DURATIONS


def _the_one_claim(reading: Reading, index: Index, quantity: Quantity, spoken: frozenset[str]) -> Entry | None:
    """The one count claim, stated as fact, that counts what the figure counts, of countries the
    sentence speaks of and at a time it allows; None where there is none, or more than one."""
    nouns = counted(reading, quantity)
    if nouns & _MEMBERS:
        return None  # "an alliance involving six former Soviet states": how many members, read apart
    numbers = sorted({n for noun in nouns for n in index.postings.get(noun, ())})
    kinds = index.aliases.kinds
    fitting = []
    for entry in (index.entry(n) for n in numbers):
        claim = entry.claim
        if claim.kind is not ValueKind.COUNT or not claim.value or claim.modality is not None \
                or not nouns & entry.counts or another_time(list(reading.whens), entry.whens) is not None:
            continue
        countries = {e for e in entry.entities if kinds.get(e) is EntityKind.COUNTRY}
        # A city the claim does not name makes the figure a part's: "103 deaths … were in Almaty".
        elsewhere = any(m.kind is EntityKind.CITY and not {i for i in m.ids if kinds.get(i) is EntityKind.CITY}
                        & entry.entities for m in reading.mentions)
        if countries <= spoken and not elsewhere:
            fitting.append(entry)
    return fitting[0] if len(fitting) == 1 else None
