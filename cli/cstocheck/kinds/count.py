"""Counts: the figure that counts what the claim counts ("2,300 troops"), in the claim's unit
("three decades" is 30 years), with the countries named beside it ("Russia and four other
allies" are five); it agrees with a source's figure when their ranges overlap, an open-ended
source figure ("at least 164") reaching only twice as far. A figure above such a count that does
not take it in (225, "more than 200") is neither borne out nor denied: "at least 164" is a count
so far, not a claim that it was more."""
from __future__ import annotations

import math
import re
from dataclasses import replace
from functools import cache

from cstocheck import lexicon
from cstocheck.implied import and_named, named_besides
from cstocheck.kinds.base import Asked, Said, ValueRule, by_agreement
from cstocheck.lexicon import alternation
from cstocheck.model import EntityKind, Stance, ValueKind
from cstocheck.read import Reading, stem, word_features
from cstocheck.retrieve import FATES, TIME_COUNTED, counted
from cstocheck.structure import describes, in_units
from cstocheck.values import Qualifier, Quantity, Range, parse_count

_PARTITIVE = re.compile(r"\s+(?:of|van)\b", re.IGNORECASE)
_AGO = re.compile(rf"\s+(?:{alternation(lexicon.DURATIONS)})\s+(?:{alternation(lexicon.AGO_WORDS)})\b", re.IGNORECASE)
_AGO_FEATURES = word_features(lexicon.AGO_WORDS)
_SPAN = re.compile(rf"[\s-]+(?:{alternation(lexicon.DURATIONS)})\b", re.IGNORECASE)
# What a count of countries counts: "five member states", "six countries".
COUNTRY_COUNTS = frozenset({"t:country", "t:member"})
# "Two of the members" picks a few of a group; "100 of its troops", "thousands of troops" count them.
FEW = 12
# A source's "at least 164" is a count so far, not any figure above it: it reaches this far.
OPEN_REACH = 2.0


def read(asked: Asked) -> Said | None:
    text, reading = asked.text, asked.reading
    quantities = [_in_units(text, q) for q in asked.quantities]
    wanted = asked.index.entry_of(asked.claim.id).counts
    # "two of the CSTO's members" picks a few of them, "a five-year period" describes it: no
    # count of the whole, unless the word joined to it is what the claim counts ("a five-year treaty").
    # "Thirty years ago" is a time, unless the claim counts the years since ("independent thirty years ago").
    since = bool(wanted & _AGO_FEATURES)
    # "Within 48 hours, Russia sent troops", "Two days later": a span of time, unless the claim counts
    # one; and a claim that counts time takes only one ("three days after"): 2,300 troops are no delay.
    spans = bool(wanted & TIME_COUNTED)
    kept = [q for q, given in zip(quantities, asked.quantities, strict=True)
            if not _refers_back(text, q) and (since or not _AGO.match(text, q.end))
            and bool(_SPAN.match(text, given.end)) is spans
            and (not _picks(text, q) or counted(reading, q, 1) & wanted)]
    counts = [q for q in kept if q.unit is None] or kept
    counts = _of_its_fate(asked, counts) or counts
    own = _of_its_country(asked, counts, wanted)
    if own is not None:
        counts = own  # "Armenia sent 70 and Kyrgyzstan 150 troops": the 70 counts troops too
    elif counts and wanted:
        counts = _counting(reading, counts, quantities, wanted)
    if not counts:
        return None
    given = _spanned(text, counts[0], quantities) or _raised(text, counts[0], quantities)
    total = _with_the_named(reading, given, bool(wanted & COUNTRY_COUNTS))
    if total is not given:
        return Said(asked.claim.kind, quantity=total, note=f" ({total.number:g} in all)")
    converted = _in_the_claims_unit(asked, given, wanted)
    return Said(asked.claim.kind, quantity=converted,
                note=f" (about {converted.number:.2g} in the sources' unit)" if converted is not given else "")


def _in_the_claims_unit(asked: Asked, quantity: Quantity, wanted: frozenset[str]) -> Quantity:
    """A span of time in another unit than the claim counts in, converted to the claim's
    ("about 90 days" is about three months, "three weeks" is not; a month is 30.4 days: the
    `duration_days` table), as about that figure: units of the calendar convert only roughly. Its
    span takes in the unit's word."""
    days = _durations()
    theirs = [days[f] for f in wanted if f in days]
    ours = [days[f] for f in counted(asked.reading, quantity, 1) if f in days]
    if not theirs or not ours or set(theirs) & set(ours):
        return quantity
    factor = ours[0] / theirs[0]
    unit = _UNIT_WORD.match(asked.text, quantity.end)
    return replace(quantity, number=quantity.number * factor,
                   qualifier=Qualifier.APPROX if quantity.qualifier is Qualifier.EXACT else quantity.qualifier,
                   upper=quantity.upper * factor if quantity.upper is not None else None,
                   end=unit.end() if unit else quantity.end)


_UNIT_WORD = re.compile(r"[\s-]+\w+")


@cache
def _durations() -> dict[str, float]:
    """Each unit of time's feature (a word's, or a term's: "t:years"), with its length in days."""
    return {word if word.startswith("t:") else "w:" + stem(word): float(n)
            for word, n in lexicon.mapping("duration_days").items()}


def _raised(text: str, quantity: Quantity, quantities: list[Quantity]) -> Quantity:
    """A figure raised by the next one ("dozens, if not hundreds", "tientallen, zo niet
    honderden"): at least the first, as far as the second reaches."""
    earlier = next((q for q in reversed(quantities) if q.end <= quantity.start), None)
    if earlier is not None and earlier.number < quantity.number and _RAISING.fullmatch(text, earlier.end, quantity.start):
        quantity, later = earlier, quantity  # "tientallen, zo niet honderden mensen": the count is the pair
    else:
        later = next((q for q in quantities if q.start >= quantity.end), None)
    if later is None or later.number <= quantity.number or not _RAISING.fullmatch(text, quantity.end, later.start):
        return quantity
    return replace(quantity, number=quantity.range().lo, qualifier=Qualifier.AT_LEAST, end=later.end)


def _spanned(text: str, quantity: Quantity, quantities: list[Quantity]) -> Quantity | None:
    """The span a figure opens or closes with the next or the one before ("between 60 and 80",
    "tussen de 60 en 80 militairen", "60 to 80 troops"): one count, from the first to the second."""
    earlier = next((q for q in reversed(quantities) if q.end <= quantity.start), None)
    later = next((q for q in quantities if q.start >= quantity.end), None)
    for first, second in ((earlier, quantity), (quantity, later)):
        if first is None or second is None or first.unit or second.unit or not first.number < second.number:
            continue
        glue = _SPAN_GLUE.fullmatch(text, first.end, second.start)
        opener = _SPAN_OPENER.search(text, max(0, first.start - 16), first.start)
        if glue is not None and (glue["to"] or opener):
            return replace(first, qualifier=Qualifier.EXACT, start=opener.start() if opener else first.start,
                           end=second.end, upper=second.number)
    return None


# "60 and 80" is a span after "between" only; "60 to 80", "60-80" are one anyway.
_SPAN_GLUE = re.compile(rf"\s*(?:(?P<to>{alternation(lexicon.words('span_to'))}|[-\u2013])|"
                        rf"{alternation(lexicon.words('span_and'))})\s*", re.IGNORECASE)
_SPAN_OPENER = re.compile(rf"\b(?:{alternation(lexicon.words('span_openers'))})\s+$", re.IGNORECASE)

_RAISING = re.compile(rf"\W*(?:{alternation(lexicon.words('raising_glue'))})\W*(?:\w+\s+)?", re.IGNORECASE)


def agrees(said: Said, value: str, country_of: dict[str, str]) -> bool:
    return said.quantity is not None and figures_agree(said.quantity, parse_count(value))


def figures_agree(said: Quantity, source: Quantity) -> bool:
    """Whether a figure as the sentence gives it fits one as a source gives it."""
    if _both_about(said, source):
        return source.range().contains(said.number) or said.range().contains(source.number)
    return named(said).overlaps(bounded(source.range()))


def _both_about(said: Quantity, source: Quantity) -> bool:
    """Two rounded figures agree when either lies within the other's reach, not when their reaches
    merely touch: "around 3,500" is not "about 3,000", though 3,150 is near both."""
    return said.qualifier is Qualifier.APPROX and source.qualifier is Qualifier.APPROX \
        and said.upper is None and source.upper is None


# The least share of its bound a closed upper bound still names: "up to 3,000" may be 2,300.
NAMED_SHARE = 0.6


def named(quantity: Quantity) -> Range:
    """The figures a count names: a closed upper bound ("as many as 5,000", "up to 20,000") names
    its bound, not any figure below it (about 2,300 troops are not "as many as 5,000")."""
    given = quantity.range()
    if quantity.qualifier is Qualifier.AT_MOST and math.isfinite(given.hi) and given.hi > 0:
        return Range(given.hi * NAMED_SHARE, given.hi)
    return given


def bounded(source: Range) -> Range:
    """A source's open-ended figure as far as it can stand for one: "at least 164" is not 1,640."""
    if math.isinf(source.hi) and math.isfinite(source.lo) and source.lo > 0:
        return Range(source.lo, source.lo * OPEN_REACH, source.lo_open)
    return source


def _counting(reading: Reading, counts: list[Quantity], quantities: list[Quantity],
              wanted: frozenset[str]) -> list[Quantity]:
    """The figures that count what the claim counts ("70 soldiers" is no count of countries)."""
    starts = sorted(q.start for q in quantities)
    nouns_of = [(counted(reading, q, until=next((s for s in starts if s > q.start), None)), q)
                for q in counts]
    # The figure that counts most of what the claim counts, in its own words before a term many
    # claims share ("Zo'n 3000 militairen en 600 medewerkers van binnenlandse zaken": the claim's
    # 600 are the medewerkers, though it counts troops, "manschappen", too).
    fits = [((len(nouns & wanted), sum(not f.startswith("t:") for f in nouns & wanted)) if nouns else (0.5, 0), q)
            for nouns, q in nouns_of]
    best = max((fit for fit, _ in fits), default=(0, 0))
    if best[0] > 0:
        return [q for fit, q in fits if fit == best]
    # None counts it in the claim's words: a figure that counts another thing the base names
    # ("70 soldiers" for a count of countries) is no value for it, one in words of its own
    # ("regeringstegenstanders") may well be.
    of_countries = bool(wanted) and wanted <= COUNTRY_COUNTS  # only countries: no troops, no people
    return [q for _, q in nouns_of if not _counts_another(reading, q, quantities, of_countries)]


def _of_its_fate(asked: Asked, counts: list[Quantity]) -> list[Quantity]:
    """The figures of those who met the claim's fate, where others met another: in "at least
    164 people were killed and some 80,000 opponents were detained" the detained are 80,000. A
    figure's fate is what its words say befell them, up to the next figure."""
    theirs = FATES & asked.index.entry_of(asked.claim.id).predicate
    if not theirs:
        return counts
    starts = sorted(q.start for q in asked.quantities)
    features = asked.reading.features

    def fates(q: Quantity) -> frozenset[str]:
        until = next((s for s in starts if s > q.start), len(asked.text))
        return frozenset(f for a, _, f in features if q.end <= a < until and f in FATES)
    said = [(q, fates(q)) for q in counts]
    if not any(f & theirs for _, f in said) or not any(f and not f & theirs for _, f in said):
        return counts
    return [q for q, f in said if not f or f & theirs]


def _of_its_country(asked: Asked, counts: list[Quantity], wanted: frozenset[str]) -> list[Quantity] | None:
    """The one figure of the claim's country, where another country owns a figure of what the
    claim counts: in "Armenia sent 70 and Kyrgyzstan 150 troops" the 150 is Kyrgyzstan's though
    it stands by the noun, and the 70 counts troops too. A figure's owner is the one country
    named (not as where) between it and the figure before it; two there ("Armenia and
    Kyrgyzstan sent 70 and 150") leave it none. None where there is no such pair."""
    kinds = asked.index.aliases.kinds
    theirs = {i for i in asked.index.entry_of(asked.claim.id).entities if kinds.get(i) is EntityKind.COUNTRY}
    quantities = sorted(asked.quantities, key=lambda q: q.start)
    countries = [m for m in asked.reading.mentions if m.kind is EntityKind.COUNTRY and not m.locative]
    own, others = [], []
    for q in counts:
        before = max((p.end for p in quantities if p.end <= q.start), default=0)
        owners = {i for m in countries if before <= m.start and m.end <= q.start for i in m.ids}
        if len(owners) == 1:
            (own if owners & theirs else others).append(q)
    if len(own) != 1 or not any(counted(asked.reading, q) & wanted for q in others):
        return None
    return own


def _in_units(text: str, quantity: Quantity) -> Quantity:
    """'Three decades' is 30 years: the figure in the unit a claim counts in, its span the unit's too."""
    factor, end = in_units(text, quantity.end)
    return replace(quantity, number=quantity.number * factor, end=end) if factor > 1 else quantity


def _counts_another(reading: Reading, quantity: Quantity, quantities: list[Quantity], of_countries: bool) -> bool:
    """Whether the word right after a figure is a term of the base: "70 soldiers" counts
    soldiers, not countries; "1.000 regeringstegenstanders" counts something in words of its own.
    For a count of countries, so does a noun of people: "193 million people" are no members."""
    until = next((q.start for q in sorted(quantities, key=lambda q: q.start) if q.start > quantity.start), None)
    marks = ("t:", "k:") if of_countries else ("t:",)
    return any(f.startswith(marks) for f in counted(reading, quantity, 1, until))


def _with_the_named(reading: Reading, quantity: Quantity, of_countries: bool) -> Quantity:
    """'Russia and four other allies' are five, and so are 'besides Russia, four other allies': the
    figure counts the others, the names the rest. A count of countries takes in those named after
    it too ("five former Soviet allies and Russia" are six)."""
    named = named_besides(reading, quantity.start, quantity.end) or (and_named(reading, quantity.end)
                                                                     if of_countries else 0)
    return replace(quantity, number=quantity.number + named) if named else quantity


# Not after "of": "the only one of the six countries" says how many there are.
_DEFINITE = re.compile(rf"(?<!\bof\s)(?<!\bvan\s)\b(?:{alternation(lexicon.words('definite_words'))})\s+$",
                       re.IGNORECASE)
_PLACES_NOUN = re.compile(rf"\s+(?:{alternation(lexicon.words('place_nouns'))})\b", re.IGNORECASE)


def _refers_back(text: str, quantity: Quantity) -> bool:
    """Whether a few countries after "the" are ones the text has in mind, not a count: "fighting
    broke out between the two countries", "tussen de twee landen"; but not "one of the six
    countries", which says how many there are."""
    return quantity.number <= FEW and quantity.qualifier.value == "exact" \
        and bool(_DEFINITE.search(text[:quantity.start])) and bool(_PLACES_NOUN.match(text, quantity.end))


def _picks(text: str, quantity: Quantity) -> bool:
    """Whether a figure is no count of a whole: a few picked from a group ("two of the members"),
    or a figure that describes ("a five-year period")."""
    few = quantity.number <= FEW and quantity.qualifier.value == "exact" and bool(_PARTITIVE.match(text, quantity.end))
    return few or describes(text, quantity.end)


_agreement = by_agreement(agrees)


def stance(said: Said | None, value: str, negated: bool, country_of: dict[str, str]) -> Stance | None:
    if said is not None and said.quantity is not None and not negated \
            and beyond_the_bound(said.quantity.range(), parse_count(value).range()):
        return None
    return _agreement(said, value, negated, country_of)


def beyond_the_bound(given: Range, source: Range) -> bool:
    """Whether a figure lies above a source's open-ended count, within its reach, without taking
    in its bound: "at least 164" neither bears out nor denies 225 or "more than 200", while it
    bears out "more than 150" and "164", and denies "at least 1,640"."""
    if not (math.isinf(source.hi) and math.isfinite(source.lo) and source.lo > 0):
        return False
    if given.contains(source.lo) or (math.isinf(given.hi) and given.lo <= source.lo):
        return False
    return given.overlaps(bounded(source))


RULE = ValueRule("count", frozenset({ValueKind.COUNT}), read, stance)
