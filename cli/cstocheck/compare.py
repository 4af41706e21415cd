"""The compare stage: the value an assertion gives, read in the kind of its claim, and each source's
stance towards it."""
from __future__ import annotations

import datetime
import math
import re
from dataclasses import dataclass, replace

from cstocheck import lexicon
from cstocheck.explain import deciding_words
from cstocheck.finding import Evidence
from cstocheck.history import parse_history, says_member
from cstocheck.lexicon import DURATIONS
from cstocheck.model import Claim, EntityKind, SourceQuote, Stance, ValueKind
from cstocheck.read import Mention, Reading, fold
from cstocheck.retrieve import Entry, Index, Match, counted
from cstocheck.structure import describes, in_frame, in_units
from cstocheck.values import Quantity, Range, When, parse_count, parse_when

# Present-tense words: a membership sentence with one of these and no date is about now.
_PRESENT = lexicon.words("present_tense")


@dataclass(frozen=True)
class Said:
    """The value a sentence gives, in the kind of the claim it was matched to."""

    kind: ValueKind
    quantity: Quantity | None = None
    when: When | None = None
    mentions: tuple[Mention, ...] = ()
    present: bool = False  # a membership sentence in the present tense, with no date
    note: str = ""  # how the value was read, where it is not as written
    unknown: str = ""  # a name the alias table does not know, given as the value


    def describe(self, text: str) -> str | None:
        if self.quantity is not None:
            return as_written(text, self.quantity) + self.note
        if self.when is not None:
            return as_written(text, self.when)
        if self.mentions:
            return ", ".join(sorted({i for m in self.mentions for i in m.ids}))
        if self.unknown:
            return self.unknown
        return "now" if self.present else None


def read_said(text: str, reading: Reading, claim: Claim, quantities: list[Quantity],
              whens: list[When], index: Index) -> Said | None:
    """The value the sentence gives, read in the kind of the claim it was matched to."""
    reader = SAID_READERS.get(claim.kind)
    return reader(text, reading, claim, quantities, whens, index) if reader else None


def _said_count(text: str, reading: Reading, claim: Claim, quantities: list[Quantity],
                whens: list[When], index: Index) -> Said | None:
    quantities = [_in_units(text, q) for q in quantities]
    wanted = index.entry_of(claim.id).counts
    # "two of the CSTO's members" picks a few of them, "a five-year period" describes it: no
    # count of the whole, unless the word joined to it is what the claim counts ("a five-year treaty").
    kept = [q for q in quantities if not _picks(text, q) or counted(reading, q, 1) & wanted]
    counts = [q for q in kept if q.unit is None] or kept
    if counts and wanted:
        counts = _counting(reading, counts, quantities, wanted)
    if not counts:
        return None
    total = _with_the_named(text, reading, counts[0])
    return Said(claim.kind, quantity=total, note=f" ({total.number:g} in all)" if total is not counts[0] else "")


def _counting(reading: Reading, counts: list[Quantity], quantities: list[Quantity],
              wanted: frozenset[str]) -> list[Quantity]:
    """The figures that count what the claim counts ("70 soldiers" is no count of countries)."""
    starts = sorted(q.start for q in quantities)
    nouns_of = [(counted(reading, q, until=next((s for s in starts if s > q.start), None)), q)
                for q in counts]
    fits = [(len(nouns & wanted) if nouns else 0.5, q) for nouns, q in nouns_of]
    # The figure that counts most of what the claim counts ("3,000 soldiers and 600
    # interior ministry staff": the staff are the claim's 600).
    best = max((fit for fit, _ in fits), default=0)
    if best > 0:
        return [q for fit, q in fits if fit == best]
    # None counts it in the claim's words: a figure that counts another thing the base names
    # ("70 soldiers" for a count of countries) is no value for it, one in words of its own
    # ("regeringstegenstanders") may well be.
    return [q for _, q in nouns_of if not _counts_another(reading, q, quantities)]


def _said_when(text: str, reading: Reading, claim: Claim, quantities: list[Quantity],
               whens: list[When], index: Index) -> Said | None:
    kind = claim.kind
    usable = [w for w in whens if w.year is not None or (kind is ValueKind.DATE and w.month is not None)]
    if kind is ValueKind.DATE:
        usable.sort(key=lambda w: (w.day is None, w.month is None))
    if usable:
        return Said(kind, when=usable[0])
    if kind is ValueKind.MEMBERSHIP and {word for _, _, word in reading.words} & _PRESENT:
        return Said(kind, present=True)
    return None


def _said_person(text: str, reading: Reading, claim: Claim, quantities: list[Quantity],
                 whens: list[When], index: Index) -> Said | None:
    mentions = tuple(m for m in core(reading).mentions if m.kind is EntityKind.PERSON)
    if not mentions and (name := _unknown_name(text, reading)):
        return Said(claim.kind, unknown=name)  # someone the sources never name
    return Said(claim.kind, mentions=mentions) if mentions else None


def _said_place(text: str, reading: Reading, claim: Claim, quantities: list[Quantity],
                whens: list[When], index: Index) -> Said | None:
    mentions = tuple(m for m in core(reading).mentions if m.kind in (EntityKind.COUNTRY, EntityKind.CITY))
    if any(m.locative for m in mentions):
        mentions = tuple(m for m in mentions if m.locative)  # "X signed in Moscow": Moscow is the place
    # A place every wording names in another role ("sent to Kazakhstan" where the claim asks who
    # sent) is the claim's context, not the sentence's answer.
    context = index.entry_of(claim.id).entities
    mentions = tuple(m for m in mentions if not m.ids & context)
    return Said(claim.kind, mentions=mentions) if mentions else None


# How the value a sentence gives is read, by the kind of the claim: one reader a kind.
SAID_READERS = {
    ValueKind.COUNT: _said_count,
    ValueKind.YEAR: _said_when,
    ValueKind.DATE: _said_when,
    ValueKind.MEMBERSHIP: _said_when,
    ValueKind.PERSON: _said_person,
    ValueKind.PLACE: _said_place,
}


def _in_units(text: str, quantity: Quantity) -> Quantity:
    """'Three decades' is 30 years: the figure in the unit a claim counts in, its span the unit's too."""
    factor, end = in_units(text, quantity.end)
    return replace(quantity, number=quantity.number * factor, end=end) if factor > 1 else quantity


_OTHERS = re.compile(r"\s+(?:other|others|more|further|andere|anderen|overige|meer)\b", re.IGNORECASE)


_AND_BEFORE = re.compile(r"(?:\band|\ben|\bplus|\bsamen met|\btogether with|\balong with|&)\s+$", re.IGNORECASE)


def _counts_another(reading: Reading, quantity: Quantity, quantities: list[Quantity]) -> bool:
    """Whether the word right after a figure is a term of the base: "70 soldiers" counts
    soldiers, not countries; "1.000 regeringstegenstanders" counts something in words of its own."""
    until = next((q.start for q in sorted(quantities, key=lambda q: q.start) if q.start > quantity.start), None)
    return any(f.startswith("t:") for f in counted(reading, quantity, 1, until))


def _with_the_named(text: str, reading: Reading, quantity: Quantity) -> Quantity:
    """'Russia and four other allies' are five: the figure counts the others, the names the rest."""
    if not (_OTHERS.match(text, quantity.end) and _AND_BEFORE.search(text[:quantity.start])):
        return quantity
    named = {next(iter(sorted(m.ids))) for m in reading.mentions
             if m.end <= quantity.start and m.kind is EntityKind.COUNTRY and not m.locative}
    return replace(quantity, number=quantity.number + len(named)) if named else quantity


_NAME = re.compile(r"(?<![\w'’-])[A-Z][a-z]+(?:[ -][A-Z][a-z]+)+")


def _unknown_name(text: str, reading: Reading) -> str | None:
    """A full name ("Sadyr Japarov") the sentence gives where no known entity stands."""
    known = [(m.start, m.end) for m in reading.mentions]
    for found in _NAME.finditer(text):
        if not any(a < found.end() and found.start() < b for a, b in known):
            return found.group()
    return None


def source_value(claim: Claim, source: SourceQuote) -> str | None:
    if source.value is not None:
        return source.value
    if source.stance is Stance.SUPPORTS:
        return claim.value
    return None


# A source's "at least 164" is a count so far, not any figure above it: it reaches this far.
OPEN_REACH = 2.0


def bounded(source: Range) -> Range:
    """A source's open-ended figure as far as it can stand for one: "at least 164" is not 1,640."""
    if math.isinf(source.hi) and math.isfinite(source.lo) and source.lo > 0:
        return Range(source.lo, source.lo * OPEN_REACH, source.lo_open)
    return source


def values_agree(said: Said, value: str, country_of: dict[str, str]) -> bool:
    if said.quantity is not None:
        return said.quantity.range().overlaps(bounded(parse_count(value).range()))
    if said.when is not None:
        return said.when.compatible(parse_when(value))
    # A place agrees when it is the source's place or the country that place lies in.
    targets = {value, country_of.get(value, value)}
    return any(value in m.ids or (m.kind is EntityKind.COUNTRY and m.ids & targets) for m in said.mentions)


def _years(said: Said | None) -> tuple[int | None, int | None]:
    """The span of years a membership sentence asks about (None, None: at any time)."""
    if said is None:
        return None, None
    if said.present:
        year = datetime.date.today().year
        return year, year
    if said.when is None:
        return None, None
    first, last = said.when.span()
    return (first[0] if first else 1000), (last[0] if last else 9999)


def _stance_on_membership(value: str, said: Said | None, negated: bool) -> Stance | None:
    lo, hi = _years(said)
    since = said is not None and said.when is not None and said.when.qualifier == "since"
    if since and lo is not None and (hi is None or hi > lo):
        lo += 1  # the year of a change is on both sides of it: "since 2012" is the years after
    answers = says_member(parse_history(value), lo, hi)
    if not answers:
        return None  # the source does not speak to that time
    if lo is None and negated:
        # "never a member" is denied by any period of membership, and not shown by a period out.
        if True not in answers:
            return None
        agrees = False
    elif since:
        # "A member since 2006" is a member all the time from then on.
        agrees = (bool(negated)) not in answers
    else:
        agrees = (not negated) in answers
    return Stance.SUPPORTS if agrees else Stance.CONTRADICTS


def _stance(claim: Claim, source: SourceQuote, said: Said | None, negated: bool,
            country_of: dict[str, str]) -> Stance | None:
    """The source's stance towards the sentence, or None when it is silent on what it asks."""
    if source.stance is Stance.CONTRADICTS:
        # The source denies the claim; the sentence agrees with it only by denying it too.
        return Stance.SUPPORTS if negated else Stance.CONTRADICTS
    value = source_value(claim, source)
    if claim.kind is ValueKind.MEMBERSHIP and value is not None:
        return _stance_on_membership(value, said, negated)
    if said is None or value is None:
        agrees = not negated
    else:
        agrees = values_agree(said, value, country_of) != negated
    return Stance.SUPPORTS if agrees else Stance.CONTRADICTS


def fills_slot(text: str, reading: Reading, claim: Claim, index: Index) -> bool:
    """Whether the sentence gives a value for the claim: a figure, a date, a place it names as where."""
    said = read_said(text, reading, claim, list(reading.quantities), list(reading.whens), index)
    if said is None or said.present:
        return False
    if claim.kind is ValueKind.PLACE:
        return any(m.locative for m in said.mentions)
    return True


def same_countries(reading: Reading, index: Index, match: Match) -> bool:
    """Whether every country the sentence names (other than as a place) is one the claim names too."""
    known = index.entry_of(match.claim.id).entities
    return all(m.ids & known for m in reading.mentions if m.kind is EntityKind.COUNTRY and not m.locative)


def checks_figure(text: str, reading: Reading, index: Index, match: Match) -> bool:
    """Whether a claim with a figure can check the sentence's: same countries, same thing counted."""
    return match.claim.kind is ValueKind.COUNT and same_countries(reading, index, match) and \
        fills_slot(text, reading, match.claim, index)


@dataclass(frozen=True)
class Judged:
    """An assertion held against one claim: what it gives, and what the claim is."""

    text: str
    reading: Reading
    index: Index
    top: Match
    matches: tuple[Match, ...]
    quantities: list[Quantity]
    whens: list[When]
    entry: Entry
    said: Said | None

    @property
    def claim(self) -> Claim:
        return self.top.claim

    @property
    def loose(self) -> list[Quantity]:
        """Figures the claim's own wordings do not give, that are not how long something lasted."""
        return [q for q in self.quantities
                if q.unit is None and q.number not in self.entry.figures and not _duration(self.text, q)]


_PARTITIVE = re.compile(r"\s+(?:of|van)\b", re.IGNORECASE)


# "Two of the members" picks a few of a group; "100 of its troops", "thousands of troops" count them.
FEW = 12


def _picks(text: str, quantity: Quantity) -> bool:
    """Whether a figure is no count of a whole: a few picked from a group ("two of the members"),
    or a figure that describes ("a five-year period")."""
    few = quantity.number <= FEW and quantity.qualifier.value == "exact" and bool(_PARTITIVE.match(text, quantity.end))
    return few or describes(text, quantity.end)


def stances(j: Judged) -> list[Evidence]:
    """Every source on the claim that speaks to what the sentence asks, with its stance towards it."""
    speaking = []
    for source in j.claim.counted:  # a slip is shown apart, never counted
        stance = _stance(j.claim, source, j.said, j.top.negated, j.index.aliases.country_of)
        if stance is None:
            continue
        value = source_value(j.claim, source)
        speaking.append(Evidence(j.claim.id, source.seed, source.quote, source.line, stance,
                                 value if value is not None else (source.stance.value if source.stance else ""),
                                 deciding_words(source.quote, j.claim.kind, j.reading, j.index)))
    return speaking


def core(reading: Reading) -> Reading:
    """The reading without the names that only frame or modify the assertion: who said it ("…,
    the ministry in Yerevan said"), an aside, "the Russia-led CSTO". They are not its places or
    actors."""
    kept = tuple(m for m in reading.mentions if not m.modifier and not in_frame(reading.chunks, m.start))
    return reading if len(kept) == len(reading.mentions) else replace(reading, mentions=kept)


def as_written(text: str, found: Quantity | When) -> str:
    """A figure or date as the sentence writes it, on one line."""
    return " ".join(text[found.start:found.end].split())


def _duration(text: str, quantity: Quantity) -> bool:
    after = text[quantity.end:quantity.end + 20].split()
    return bool(after) and fold(after[0]).strip(".,;:") in DURATIONS


def against(claim: Claim, reading: Reading, index: Index) -> list[Evidence]:
    """Another claim's supporting passages, as evidence against the sentence: they say its statement."""
    return [Evidence(claim.id, s.seed, s.quote, s.line, Stance.CONTRADICTS, claim.statement,
                     deciding_words(s.quote, claim.kind, reading, index))
            for s in claim.counted if s.stance is Stance.SUPPORTS]
