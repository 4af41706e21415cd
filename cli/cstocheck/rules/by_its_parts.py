"""A figure for a whole that the sources give only in parts: "the CSTO sent 2,000 troops to
Kazakhstan", where they count what each member sent (about 2,300 from Russia, about 70 from
Armenia). The whole is at least the sum of its parts: a figure below the least they add up to,
whose hedge does not reach what they add up to as stated, is contradicted, unless it is so
small that it may be one member's share; a lower bound they
reach ("more than 2,000 soldiers") is supported; so is a round figure about what every part
the sources give adds up to, the ones they report as hearsay too ("2,500 troops": about 2,300,
about 70 and a reported 150); any other figure cannot be checked. Only parts the sources
confirm set the least the whole can be, and a sentence that names a country acting (or owning
the figure: "2,300 Russian troops") speaks of a part, not of the whole."""
from __future__ import annotations

import re
from dataclasses import dataclass

from cstocheck import lexicon
from cstocheck.explain import deciding_words
from cstocheck.finding import Corroboration, Evidence, Part, Verdict
from cstocheck.model import PLACES, Claim, EntityKind, Modality, Stance, ValueKind
from cstocheck.read import Mention, Reading, place_lists, word_before
from cstocheck.retrieve import Candidates, Entry, Index, counted, of_its_kind
from cstocheck.rules.base import Rule, Stage, another_time, named_with
from cstocheck.values import ROUNDED, Qualifier, Quantity, Range, parse_count

# How far after a figure the countries it comes from may be named ("about 2,500 troops had
# arrived in Kazakhstan from Russia, …"), within its clause.
SOURCE_REACH = 60
# Where a figure's troops come from: "from Russia, Belarus and Armenia", "uit Rusland en Armenië".
_FROM = re.compile(r"\b(?:from|uit|van)\s+(?:the\s+|de\s+|het\s+)?$", re.IGNORECASE)

# How a source may put a part that is added up: as fact, or as what was reported.
_ADDED = frozenset({None, Modality.REPORTED})

_AGENT = lexicon.words("agent_words")
_LEADING = lexicon.words("frame_modifier_after") | lexicon.words("frame_modifier_dutch")  # "led by Russia" only describes
# A country this close after a figure, before what it counts, says whose the figure is ("2,300 Russian troops").
OWNER_REACH = 25
# A round figure for a sum stands within this share of it: parts rounded each ("about 2,300",
# "some 70", "some 150") make a sum rounded more coarsely than any one of them.
ROUND_SUM_SHARE = 0.05


@dataclass(frozen=True)
class _Whole:
    """The parts a whole is made of, by contributor, and the least they add up to."""

    parts: tuple[Claim, ...]
    least: float  # what the parts add up to at the least their hedges allow
    stated: float  # what they add up to as the sources state them
    reported: tuple[Claim, ...]  # parts the sources give only as hearsay, not added to the two above
    listed: bool = False  # whether the sentence names the countries the figure comes from

    @property
    def about(self) -> Range:
        """The round figures that may stand for what every part adds up to, the reported ones
        too: within ROUND_SUM_SHARE of it, and not below the least."""
        total = self.stated + sum(parse_count(c.value or "").number for c in self.reported)
        return Range(max(total * (1 - ROUND_SUM_SHARE), self.least), total * (1 + ROUND_SUM_SHARE))


def check(found: Candidates, index: Index) -> Part | None:
    reading = found.reading
    listed = {q: _contributors(reading, q) for q in reading.quantities}
    if not _names_the_alliance(reading) and not any(listed.values()):
        return None
    # What the claims near the sentence count: "five member states sent troops" counts states.
    counting = frozenset().union(*(index.entry_of(m.claim.id).counts for m in found.ranked
                                   if m.claim.kind is ValueKind.COUNT))
    for quantity in (q for q in reading.quantities if q.unit is None):
        nouns = counted(reading, quantity)
        for noun in (f for a, _, f in reading.features if a >= quantity.end and f in nouns):
            whole = _whole(found, index, of_its_kind(noun), quantity, listed[quantity])
            if whole is not None:
                return _judged(found, index, quantity, whole)
            if noun in counting:
                break  # the figure counts what another claim counts
    return None


def _contributors(reading: Reading, quantity: Quantity) -> tuple[Mention, ...]:
    """The countries a figure is said to come from, when it comes from two or more ("about
    2,000 troops from Russia, Belarus and Armenia"): the whole of their parts, where one
    country after the figure would be whose it is."""
    text = reading.text
    for run in place_lists(text, reading):
        gap = text[quantity.end:run[0].start]
        if len(run) >= 2 and run[0].start > quantity.end and len(gap) <= SOURCE_REACH \
                and _FROM.search(gap) and not any(c in gap for c in ",;:"):
            return tuple(run)
    return ()


def _names_the_alliance(reading: Reading) -> bool:
    """Whether the sentence speaks of an alliance or a coalition: "the CSTO", "the bloc", or
    troops a country leads ("door Rusland aangevoerde militairen")."""
    return any(m.kind is EntityKind.ORGANISATION and not m.modifier
               or m.kind is EntityKind.COUNTRY and m.modifier for m in reading.mentions) \
        or "t:alliance" in reading.predicate


def _whole(found: Candidates, index: Index, nouns: frozenset[str], quantity: Quantity,
           listed: tuple[Mention, ...]) -> _Whole | None:
    """The parts of the whole the figure counts: count claims on what each of two or more
    countries contributed to one place, which the sentence names while it names no contributor
    as acting or as whose the figure is."""
    reading = found.reading
    for place, by_contributor in _parts_by_place(found, index, nouns).items():
        if listed:  # "troops from Russia, Belarus and Armenia": those countries' parts, and no others
            by_contributor = {who: es for who, es in by_contributor.items() if any(who in m.ids for m in listed)}
        confirmed = {who: [e for e in es if e.claim.modality is None] for who, es in by_contributor.items()}
        entries = [e for es in confirmed.values() for e in es]
        if sum(map(bool, confirmed.values())) < 2 or not _there(reading, place, entries, nouns, index, listed) \
                or any(_acts(m, reading, quantity) for m in reading.mentions
                       if m.kind in PLACES and place not in m.ids and m not in listed) \
                or not _an_alliance_there(reading, place, nouns, index):
            continue
        parts = tuple(max((e.claim for e in es), key=_least) for es in confirmed.values() if es)
        reported = tuple(max((e.claim for e in by_contributor[who]), key=_least)
                         for who, es in confirmed.items() if not es)
        return _Whole(tuple(sorted(parts, key=lambda c: (-_least(c), c.id))), sum(_least(c) for c in parts),
                      sum(parse_count(c.value or "").number for c in parts), reported, bool(listed))
    return None


def _an_alliance_there(reading: Reading, place: str, nouns: frozenset[str], index: Index) -> bool:
    """Whether the organisations the sentence names acting are ones the base knows with what the
    figure counts at the place ("the CSTO sent …"), not another body ("The EU sent more than 2,000
    troops to Kazakhstan", where the base names the EU only in Armenia): the whole of the parts
    is the alliance's."""
    bodies = {i for m in reading.mentions if m.kind is EntityKind.ORGANISATION and not m.modifier for i in m.ids}
    known = {i for i in bodies if index.postings.get(i)}
    if not known:
        return True  # a body no claim names: the base cannot tell it from the alliance
    return bool(known & named_with(index, nouns, {place}))


def _parts_by_place(found: Candidates, index: Index, nouns: frozenset[str]) -> dict[str, dict[str, list[Entry]]]:
    """The count claims of the figure's noun that name two countries, by each of the two as the
    place and the other as the contributor, at the sentence's time; what the sources report as
    hearsay too, but nothing they hedge or put in someone's mouth."""
    by_place: dict[str, dict[str, list[Entry]]] = {}
    # Only claims that use what the figure counts can be its parts: the index lists them.
    numbers = sorted({n for noun in nouns for n in index.postings.get(noun, ())})
    for entry in (index.entry(n) for n in numbers):
        claim = entry.claim
        if claim.kind is not ValueKind.COUNT or not claim.value or claim.modality not in _ADDED \
                or not nouns & entry.counts or another_time(found.whens, entry.whens) is not None:
            continue
        countries = sorted(i for i in entry.entities if index.aliases.kinds.get(i) is EntityKind.COUNTRY)
        if len(countries) == 2:
            for contributor, place in (countries, countries[::-1]):
                by_place.setdefault(place, {}).setdefault(contributor, []).append(entry)
    return by_place


def _there(reading: Reading, place: str, entries: list[Entry], nouns: frozenset[str], index: Index,
           listed: tuple[Mention, ...]) -> bool:
    """Whether the sentence speaks of what the parts went to: it names the place, or, naming no
    other country as where, says what every part says was done ("sent a force of …") or names
    the countries the troops came from ("militaries from Russia, Belarus … in the country")."""
    if place in reading.entity_ids:
        return True
    elsewhere = any(m.locative and m.kind is EntityKind.COUNTRY and m not in listed for m in reading.mentions)
    done = frozenset.intersection(*(e.predicate for e in entries)) - nouns - index.offices
    return not elsewhere and (bool(listed) or bool(done & reading.predicate))


def _least(claim: Claim) -> float:
    return parse_count(claim.value or "").range().lo


def _acts(mention: Mention, reading: Reading, quantity: Quantity) -> bool:
    """Whether a country the sentence names acts in it, or owns its figure, rather than being a
    modifier ("the Russia-led CSTO") or a detail of what the figure counts ("mostly Russians")."""
    if mention.modifier:
        return False
    if mention.locative:  # "by Armenia", "door Armenië" name who acted: "the decision by Armenia to send 100 soldiers"
        before = word_before(reading, mention.start)
        led = before is not None and (word_before(reading, before[0]) or (0, ""))[1] in _LEADING
        return before is not None and before[1] in _AGENT and not led
    if mention.start >= quantity.end:
        before = word_before(reading, mention.start)
        if before is not None and before[1] in _MOSTLY:
            return False  # "2,000 mostly Russian troops": what most of them are, not whose they all are
        return mention.start - quantity.end <= OWNER_REACH and not reading.text[quantity.end:mention.start].count(",")
    return True


_MOSTLY = lexicon.words("mostly_words")


def _judged(found: Candidates, index: Index, quantity: Quantity, whole: _Whole) -> Part:
    said = quantity.range()
    asserted = found.text[quantity.start:quantity.end]
    parts = whole.parts
    sum_of = f"which add up to at least {whole.least:,.0f}"
    if whole.least > quantity.number >= (0 if whole.listed else _least(whole.parts[0]) / 2) \
            and said.hi < whole.stated:
        # (A figure far below the largest part may be another member's share: "some 150 elite
        # troops were sent under the CSTO's wing" is Kyrgyzstan's.)
        verdict, stance = Verdict.CONTRADICTED, Stance.CONTRADICTS
    elif (_lower_bound(said) or (quantity.qualifier is Qualifier.VAGUE and whole.stated < said.hi)) \
            and said.lo <= whole.least:
        # "Thousands of troops" is a floor with a ceiling far off: parts that reach the floor,
        # and as stated stay below the ceiling, bear it out.
        verdict, stance = Verdict.SUPPORTED, Stance.SUPPORTS
    elif quantity.qualifier in ROUNDED and whole.about.contains(quantity.number):
        verdict, stance, parts = Verdict.SUPPORTED, Stance.SUPPORTS, whole.parts + whole.reported
        sum_of = f"which add up to {whole.about.lo:,.0f}–{whole.about.hi:,.0f} as a round figure for them"
    else:
        return Part(found.text, Verdict.UNVERIFIED, whole.parts[0], (), (), found.matches, asserted, False,
                    f"the sources give only its parts ({_parts(parts)}), {sum_of}: not enough to check {asserted}",
                    None)
    evidence = tuple(Evidence(c.id, s.seed, s.quote, s.line, stance, c.value or "",
                              deciding_words(s.quote, ValueKind.COUNT, found.reading, index))
                     for c in parts for s in c.counted if s.stance is Stance.SUPPORTS)
    seeds = tuple(dict.fromkeys(e.source for e in evidence))
    corroboration = Corroboration(seeds, seeds, index.seed_count)
    sources = ", ".join(s[:3] for s in seeds)
    explanation = (f"you said {asserted}; the sources ({sources}) count its parts ({_parts(parts)}), "
                   f"{sum_of}. {corroboration.describe(verdict).capitalize()}.")
    return Part(found.text, verdict, whole.parts[0], evidence, evidence, found.matches, asserted, False,
                explanation, corroboration)


def _lower_bound(said: Range) -> bool:
    """A figure given as a floor: "more than 2,000", "at least 2,000", "ruim tweeduizend"."""
    return said.lo_open or said.hi == float("inf")


def _parts(parts: tuple[Claim, ...]) -> str:
    return ", ".join(f"{c.id}: {c.value}" + (" (reported)" if c.modality else "") for c in parts)


RULE = Rule("by-its-parts", Stage.WHOLE, check)
