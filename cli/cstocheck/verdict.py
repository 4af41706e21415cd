"""Comparing what a sentence says with what each source says, and the verdict that follows."""
from __future__ import annotations

import datetime
import math
import re
from dataclasses import dataclass, replace
from enum import Enum

from cstocheck.analysis import ARTICLE, Mention, Reading, fold, read, where
from cstocheck.history import parse_history, says_member
from cstocheck.lexicon import DURATIONS
from cstocheck.matching import DATED_KINDS, MATCH_THRESHOLD, SLOT_KINDS, Entry, Figure, Index, Match, counted
from cstocheck.model import Claim, EntityKind, SourceQuote, Stance, ValueKind
from cstocheck.structure import describes, in_frame, in_units, sequence_features
from cstocheck.values import Quantity, Range, When, parse_count, parse_when, read_quantities, read_whens


class Verdict(str, Enum):
    SUPPORTED = "supported"
    CONTRADICTED = "contradicted"
    DISPUTED = "disputed"
    UNVERIFIED = "unverified"

    @property
    def exit_code(self) -> int:
        return EXIT_CODES[self]

    @property
    def severity(self) -> int:
        """Order of a compound sentence's parts: the worst part gives the sentence's verdict."""
        return SEVERITY[self]


EXIT_CODES = {Verdict.SUPPORTED: 0, Verdict.CONTRADICTED: 1, Verdict.DISPUTED: 3, Verdict.UNVERIFIED: 4}
SEVERITY = {Verdict.UNVERIFIED: 0, Verdict.SUPPORTED: 1, Verdict.DISPUTED: 2, Verdict.CONTRADICTED: 3}

# How far below the match threshold a claim with a figure may be when the sentence gives one.
FIGURE_SLACK = 0.15

# A claim with a figure may trail an event claim by this much and still check the sentence's figure.
FIGURE_BEHIND = 0.5

# Matches this close are equally good readings of the sentence. Only figures and dates pick
# between them: a person may have held an office at another time.
NEAR_TIE = 0.12
# How much further a claim may trail when only its "again" or "first" holds it back.
SEQUENCE_SLACK = 0.25
NEAR_TIE_KINDS = frozenset({ValueKind.COUNT, ValueKind.YEAR, ValueKind.DATE})
# A claim about the time a sentence names may trail the best match by this much.
AT_THAT_TIME = 0.25
# A sentence that gives a person an office says little else: at most this many other features.
OFFICE_SENTENCE = 2
# Kinds of value that change with time: who holds an office, where something is.
TIMED_KINDS = frozenset({ValueKind.PERSON, ValueKind.PLACE})


# Present-tense words: a membership sentence with one of these and no date is about now.
_PRESENT = frozenset([
    "is", "are", "remains", "remain", "currently", "today", "still", "now", "nowadays", "momenteel", "thans",
    "vandaag", "nog", "steeds", "nu", "huidige", "current"
])


@dataclass(frozen=True)
class Evidence:
    claim_id: str
    source: str  # seed id
    quote: str
    line: int
    stance: Stance  # relative to the user's sentence
    says: str  # what the source says on the point, in words ("about 2300", "supports")
    highlights: tuple[tuple[int, int], ...] = ()  # spans of the deciding words in `quote`


@dataclass(frozen=True)
class Corroboration:
    backing: tuple[str, ...]  # distinct seeds behind the verdict
    speaking: tuple[str, ...]  # distinct seeds that speak to the point at all
    of: int  # seeds in the base

    @property
    def single_source(self) -> bool:
        return len(self.speaking) == 1

    def describe(self, verdict: Verdict) -> str:
        ids = ", ".join(s[:3] for s in self.backing)
        if verdict is Verdict.DISPUTED:
            text = f"the {len(self.speaking)} sources that speak to it disagree ({ids})"
        else:
            text = f"{verdict.value} by {len(self.backing)} of {self.of} sources ({ids})"
        return text + (" — single-source" if self.single_source else "")


@dataclass(frozen=True)
class Part:
    """The verdict on one assertion of a sentence."""

    text: str
    verdict: Verdict
    claim: Claim | None
    evidence: tuple[Evidence, ...]  # the passages the verdict rests on
    sources: tuple[Evidence, ...]  # every source that speaks to the point, with its stance
    matches: tuple[Match, ...]
    asserted: str | None  # the value the sentence gives, as read
    negated: bool
    explanation: str
    corroboration: Corroboration | None
    elsewhen: bool = False  # about another occasion than the claim's: a detail, not an unchecked value

    @property
    def score(self) -> float:
        return self.matches[0].score if self.matches else 0.0

    @property
    def in_passing(self) -> bool:
        """The sentence says the part's claim only in a frame: an aside, an appositive, an attribution."""
        return self.claim is not None and any(m.passing for m in self.matches if m.claim.id == self.claim.id)

    @property
    def weight(self) -> Verdict:
        """What the part weighs in the sentence's verdict: a fact said in passing counts only when
        it is wrong or disputed ("President Tokayev" makes nothing supported)."""
        return Verdict.UNVERIFIED if self.in_passing and self.verdict is Verdict.SUPPORTED else self.verdict


@dataclass(frozen=True)
class Finding:
    text: str
    verdict: Verdict
    parts: tuple[Part, ...]
    each: bool = False  # every part is a main assertion of equal standing (a subject list)

    @classmethod
    def over(cls, text: str, parts: tuple[Part, ...], *, each: bool = False) -> Finding:
        """The sentence's verdict over its parts: contradicted > disputed > supported >
        unverified, a part the base does not speak to being a detail. A part matched to a claim
        whose value could not be checked (a figure the sources give none for, a time they
        cannot speak to) is no detail: it may be what the sentence is for. With `each`, every
        part is a main assertion (one per country of a subject list), so one the base cannot
        check leaves the sentence unchecked rather than supported."""
        verdict = max((p.weight for p in parts), key=lambda v: v.severity)
        unchecked = any(p.verdict is Verdict.UNVERIFIED and (each or (p.claim is not None and not p.elsewhen))
                        for p in parts)
        if verdict is Verdict.SUPPORTED and unchecked:
            verdict = Verdict.UNVERIFIED
        return cls(text, verdict, parts, each)

    @property
    def main(self) -> Part:
        """The part that decides the verdict (the first, when several share it)."""
        return next((p for p in self.parts if p.weight is self.verdict), self.parts[0])

    @property
    def claim(self) -> Claim | None:
        return self.main.claim

    @property
    def evidence(self) -> tuple[Evidence, ...]:
        """The passages of every checked fact, those of the deciding parts first."""
        deciding = [e for p in self.parts if p.verdict is self.verdict for e in p.evidence]
        others = [e for p in self.parts if p.verdict not in (self.verdict, Verdict.UNVERIFIED) for e in p.evidence]
        return tuple(dict.fromkeys(deciding + others))

    def span_of(self, part: Part) -> tuple[int, int] | None:
        """Where a part stands in the sentence, or None for a part the sentence implies
        ("the six-member CSTO" is checked as "The CSTO has 6 members")."""
        start = self.text.find(part.text)
        return (start, start + len(part.text)) if start >= 0 else None

    @property
    def partial(self) -> bool:
        """Some details of the sentence are not in the base, though others were checked."""
        return self.verdict is not Verdict.UNVERIFIED and any(p.verdict is Verdict.UNVERIFIED for p in self.parts)

    @property
    def sources(self) -> tuple[Evidence, ...]:
        return self.main.sources

    @property
    def matches(self) -> tuple[Match, ...]:
        """The claims each part was judged on, then every other claim that came close."""
        seen: dict[str, Match] = {}
        for part in self.parts:
            used = next((m for m in part.matches if part.claim and m.claim.id == part.claim.id), None)
            if used is not None:
                seen.setdefault(used.claim.id, used)
        for match in sorted((m for p in self.parts for m in p.matches), key=lambda m: -m.rank):
            seen.setdefault(match.claim.id, match)
        return tuple(seen.values())

    @property
    def explanation(self) -> str:
        if len(self.parts) == 1:
            return self.parts[0].explanation
        return " | ".join(f"{p.verdict.value}: {p.explanation}" for p in self.parts)

    @property
    def corroboration(self) -> Corroboration | None:
        return self.main.corroboration


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
            return _span(text, self.quantity) + self.note
        if self.when is not None:
            return _span(text, self.when)
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
    kept = [q for q in quantities if not _picks(text, q) or counted(text, q, index.aliases, 1) & wanted]
    counts = [q for q in kept if q.unit is None] or kept
    if counts and wanted:
        counts = _counting(text, counts, quantities, wanted, index)
    if not counts:
        return None
    total = _with_the_named(text, reading, counts[0])
    return Said(claim.kind, quantity=total, note=f" ({total.number:g} in all)" if total is not counts[0] else "")


def _counting(text: str, counts: list[Quantity], quantities: list[Quantity], wanted: frozenset[str],
              index: Index) -> list[Quantity]:
    """The figures that count what the claim counts ("70 soldiers" is no count of countries)."""
    starts = sorted(q.start for q in quantities)
    nouns_of = [(counted(text, q, index.aliases, until=next((s for s in starts if s > q.start), None)), q)
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
    return [q for _, q in nouns_of if not _counts_another(text, q, quantities, index)]


def _said_when(text: str, reading: Reading, claim: Claim, quantities: list[Quantity],
               whens: list[When], index: Index) -> Said | None:
    kind = claim.kind
    usable = [w for w in whens if w.year is not None or (kind is ValueKind.DATE and w.month is not None)]
    if kind is ValueKind.DATE:
        usable.sort(key=lambda w: (w.day is None, w.month is None))
    if usable:
        return Said(kind, when=usable[0])
    if kind is ValueKind.MEMBERSHIP and set(fold(text).split()) & _PRESENT:
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


def _counts_another(text: str, quantity: Quantity, quantities: list[Quantity], index: Index) -> bool:
    """Whether the word right after a figure is a term of the base: "70 soldiers" counts
    soldiers, not countries; "1.000 regeringstegenstanders" counts something in words of its own."""
    until = next((q.start for q in sorted(quantities, key=lambda q: q.start) if q.start > quantity.start), None)
    return any(f.startswith("t:") for f in counted(text, quantity, index.aliases, 1, until))


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


@dataclass(frozen=True)
class Candidates:
    """One assertion, with what was read of it and the claims it came close to."""

    text: str
    reading: Reading
    quantities: list[Quantity]
    whens: list[When]
    ranked: list[Match]  # every claim scored, best first
    matches: tuple[Match, ...]  # those that match

    def judge(self, index: Index, match: Match) -> Part:
        return judge_match(self.text, self.reading, index, match, self.matches, self.quantities, self.whens)


def candidates(text: str, reading: Reading, index: Index, context: tuple[When, ...] = ()) -> Candidates:
    """The claims an assertion comes close to. `context`: the dates of the sentence it is part of,
    which hold for it when it gives none of its own ("In 2010 Kyrgyzstan asked, but at the time
    Russia refused": the refusal is of 2010)."""
    quantities = read_quantities(text)
    whens = read_whens(text) or [w for w in context if w.year is not None]
    kinds = ({ValueKind.COUNT} if quantities else set()) | (set(DATED_KINDS) if whens else set())
    figures = tuple(Figure(q.range(), counted(text, q, index.aliases)) for q in quantities if q.unit is None)
    ranked = index.rank(reading, frozenset(kinds), figures)
    matches = tuple(m for m in ranked if m.score >= MATCH_THRESHOLD)
    if matches and matches[0].claim.kind is ValueKind.EVENT and any(q.unit is None for q in quantities) \
            and not any(m.claim.kind is ValueKind.COUNT for m in matches):
        # A figure is what such a sentence asserts: a claim with a figure may match a little less well.
        matches += tuple(m for m in ranked if m.claim.kind is ValueKind.COUNT
                         and MATCH_THRESHOLD - FIGURE_SLACK <= m.score < MATCH_THRESHOLD)
    return Candidates(text, reading, quantities, whens, ranked, matches)


def judge_part(text: str, reading: Reading, index: Index, context: tuple[When, ...] = ()) -> Part:
    found = candidates(text, reading, index, context)
    # A sentence that gives a person an office ("Pashinyan is the president of Armenia") is
    # about the office: the sources on it answer first, whatever else they say of the person.
    office = _another_office(text, reading, index)
    if office is not None and (not found.matches or found.matches[0].claim.kind is not ValueKind.PERSON):
        return office
    if not found.matches:
        return Part(
            text, Verdict.UNVERIFIED, None, (), (), (), None, reading.negated,
            "the claims base does not speak to this", None)
    part = found.judge(index, found.matches[0])
    for reconsider in RECONSIDER:
        better = reconsider(found, part, index)
        if better is not None:
            return better
    return part


def _by_value(found: Candidates, part: Part, index: Index) -> Part | None:
    """Claims that match equally well and differ only in their value ("left in 1999", "left in
    2012"): the value the sentence gives says which one it means. A sentence that says no
    "first" or "again" lets its value pick the event, however far behind the claim's own
    "again" leaves it."""
    top = found.matches[0]
    if part.verdict is not Verdict.CONTRADICTED or part.asserted is None or top.claim.kind not in NEAR_TIE_KINDS:
        return None
    said = found.reading.predicate & sequence_features()
    unsaid = sequence_features() - found.reading.predicate if not said else set()
    for other in found.matches[1:]:
        behind = NEAR_TIE + (SEQUENCE_SLACK if index.entry_of(other.claim.id).predicate & unsaid else 0.0)
        if other.claim.kind is not top.claim.kind or other.score < top.score - behind:
            continue
        alternative = found.judge(index, other)
        if alternative.verdict in (Verdict.SUPPORTED, Verdict.DISPUTED):
            return alternative
    return None


def _by_article(found: Candidates, part: Part, index: Index) -> Part | None:
    """The sentence names an article the best match says nothing of: the nearest claim that
    names one checks it ("asked for help under Article 5" against "under Article 4")."""
    top = found.matches[0]
    if part.verdict is not Verdict.SUPPORTED or not _articles(found.reading.predicate) \
            or _articles(index.entry_of(top.claim.id).predicate):
        return None
    for other in found.ranked:
        if other.score < top.score - AT_THAT_TIME or not _articles(index.entry_of(other.claim.id).predicate):
            continue
        alternative = found.judge(index, other)
        return alternative if alternative.verdict is Verdict.CONTRADICTED else None
    return None


def _by_time(found: Candidates, part: Part, index: Index) -> Part | None:
    """A claim about the time the sentence names beats one about another time or none: "the
    president in 2010" is a claim about 2010, not the president now."""
    top, whens = found.matches[0], found.whens
    context = index.entry_of(top.claim.id).whens
    if not any(w.year is not None for w in whens) or top.claim.kind not in TIMED_KINDS \
            or (context and not _another_time(whens, context)):
        return None
    for other in found.matches[1:]:
        theirs = index.entry_of(other.claim.id).whens
        if other.claim.kind is top.claim.kind and other.score >= top.score - AT_THAT_TIME and theirs \
                and not _another_time(whens, theirs):
            return found.judge(index, other)
    return None


def _by_sum(j: Judged) -> tuple[SourceQuote, tuple[Claim, ...]] | None:
    """A figure that is the sum of the counts one passage gives: "3,000 soldiers and 600
    interior ministry personnel" make some 3,600 peacekeepers. The claims that quote the same
    passage for a count are its parts: (the passage, the claims whose values add up), or None."""
    claim, said = j.claim, j.said
    if claim.kind is not ValueKind.COUNT or j.top.negated or not claim.value or said is None or said.quantity is None:
        return None
    for quoted in claim.counted:
        others = tuple(c for c in j.index.quoting(quoted.seed, quoted.quote) if c.id != claim.id and c.value
                       and c.kind is ValueKind.COUNT)
        if not others:
            continue
        ranges = [parse_count(c.value or "").range() for c in (claim, *others)]
        total = Range(sum(r.lo for r in ranges), sum(r.hi for r in ranges))
        if said.quantity.range().overlaps(total):
            return quoted, (claim, *others)
    return None


def _summed(j: Judged, quoted: SourceQuote, claims: tuple[Claim, ...], asserted: str | None) -> Part:
    values = " + ".join(c.value or "" for c in claims)
    evidence = (Evidence(j.claim.id, quoted.seed, quoted.quote, quoted.line, Stance.SUPPORTS, values,
                         deciding_words(quoted.quote, ValueKind.COUNT, j.reading, j.index)),)
    corroboration = Corroboration((quoted.seed,), (quoted.seed,), j.index.seed_count)
    explanation = (f"you said {asserted}; source {quoted.seed[:3]} gives {values} "
                   f"({', '.join(c.id for c in claims)}), which add up to it. "
                   f"{corroboration.describe(Verdict.SUPPORTED).capitalize()}.")
    return Part(j.text, Verdict.SUPPORTED, j.claim, evidence, evidence, j.matches, asserted, j.top.negated,
                explanation, corroboration)


# Other readings of an assertion, tried in order once its best match is judged: the first that
# gives a better verdict is taken.
RECONSIDER = (_by_value, _by_article, _by_time)


def fills_slot(text: str, reading: Reading, claim: Claim, index: Index) -> bool:
    """Whether the sentence gives a value for the claim: a figure, a date, a place it names as where."""
    said = read_said(text, reading, claim, read_quantities(text), read_whens(text), index)
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


def _figure_without_one(j: Judged) -> tuple[str, str] | None:
    """The sentence puts a figure on something the sources give no figure for, and no claim close
    enough to match has a figure to check it against."""
    if j.claim.kind is ValueKind.COUNT or not j.loose or any(
            m.score >= j.top.score - FIGURE_BEHIND and checks_figure(j.text, j.reading, j.index, m)
            for m in j.matches):
        return None
    figure = _span(j.text, j.loose[0])
    return figure, f"the sources on {j.claim.id} give no figure to check {figure} against"


def _figure_of_another_thing(j: Judged) -> tuple[str, str] | None:
    """A figure, but not of what the claim counts ("80,000 demonstrators" against a count of
    opponents jailed): a figure left unchecked is never supported."""
    if j.claim.kind is not ValueKind.COUNT or j.said is not None or not j.loose:
        return None
    figure = _span(j.text, j.loose[0])
    return figure, f"{figure} does not count what {j.claim.id} counts"


def _after_the_sources(j: Judged) -> tuple[str, str] | None:
    """A time after the claim's sources were written: they cannot speak to it."""
    written = j.entry.written
    if j.claim.kind in DATED_KINDS or written is None:
        return None
    later = next((w for w in j.whens if w.year is not None and w.span()[0] is not None and w.span()[0] > written),
                 None)
    if later is None:
        return None
    return (_span(j.text, later), (f"the sources on {j.claim.id} were written by {written[0]}-{written[1]:02d}: "
                                  f"they cannot speak to {_span(j.text, later)}"))


def _no_one_named(j: Judged) -> tuple[str, str] | None:
    """Who or where is the claim's whole point: a sentence that names neither ("Someone sent
    troops") does not say it; one that names someone the sources never name cannot be checked."""
    if j.said is None and j.claim.kind in SLOT_KINDS and not j.top.negated:
        return "", f"the sentence does not say the {j.claim.kind.value} that {j.claim.id} is about"
    if j.said is not None and j.said.unknown:
        return j.said.unknown, f"no source names {j.said.unknown}"
    return None


_PARTITIVE = re.compile(r"\s+(?:of|van)\b", re.IGNORECASE)
# "Two of the members" picks a few of a group; "100 of its troops", "thousands of troops" count them.
FEW = 12


def _picks(text: str, quantity: Quantity) -> bool:
    """Whether a figure is no count of a whole: a few picked from a group ("two of the members"),
    or a figure that describes ("a five-year period")."""
    few = quantity.number <= FEW and quantity.qualifier.value == "exact" and bool(_PARTITIVE.match(text, quantity.end))
    return few or describes(text, quantity.end)
_DIGITS = re.compile(r"\d+(?:[.,\s]\d{3})*")
_NAMED_BY = re.compile(r"(?:article|artikel|art\.?)\s*$|[-\w]$", re.IGNORECASE)


def _figure_unread(j: Judged) -> tuple[str, str] | None:
    """Digits the reader took for no figure and no date ("numbers 5,000 people"): a count claim
    cannot be checked against a figure left unread. An article number, or digits joined to a
    word ("Brotherhood-2022", "98th"), name something and are no figure."""
    if j.claim.kind is not ValueKind.COUNT:
        return None
    read_spans = [(q.start, q.end) for q in j.quantities] + [(w.start, w.end) for w in j.whens]
    for found in _DIGITS.finditer(j.text):
        start, end = found.span()
        if any(a <= start < b or a < end <= b for a, b in read_spans):
            continue
        if _NAMED_BY.search(j.text[:start]) or j.text[end:end + 1].isalpha():
            continue
        return found.group(), f"the figure {found.group()} could not be read, so {j.claim.id} cannot check it"
    return None


# What leaves an assertion unchecked against its claim, tried in order: (what it gives, why).
UNCHECKABLE = (_figure_unread, _figure_without_one, _figure_of_another_thing, _after_the_sources, _no_one_named)


def judge_match(text: str, reading: Reading, index: Index, top: Match, matches: tuple[Match, ...],
                quantities: list[Quantity] | None = None, whens: list[When] | None = None) -> Part:
    quantities = read_quantities(text) if quantities is None else quantities
    whens = read_whens(text) if whens is None else whens
    claim = top.claim
    said = read_said(text, reading, claim, quantities, whens, index)
    j = Judged(text, reading, index, top, matches, quantities, whens, index.entry_of(claim.id), said)
    for uncheckable in UNCHECKABLE:
        if found := uncheckable(j):
            return Part(text, Verdict.UNVERIFIED, claim, (), (), matches, found[0] or None, top.negated, found[1],
                        None)
    speaking = _speaking(j)
    asserted = said.describe(text) if said else None
    if not speaking:
        return Part(text, Verdict.UNVERIFIED, claim, (), (), matches, asserted, top.negated,
                    f"no source on {claim.id} speaks to {asserted or 'that'}", None)
    return _decide(j, speaking, asserted)


def _speaking(j: Judged) -> list[Evidence]:
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


def _decide(j: Judged, speaking: list[Evidence], asserted: str | None) -> Part:
    claim, entry, top = j.claim, j.entry, j.top
    agreeing = [e for e in speaking if e.stance is Stance.SUPPORTS]
    disagreeing = [e for e in speaking if e.stance is Stance.CONTRADICTS]
    if agreeing and disagreeing:
        verdict, evidence = Verdict.DISPUTED, speaking
    elif agreeing:
        verdict, evidence = Verdict.SUPPORTED, agreeing
    else:
        verdict, evidence = Verdict.CONTRADICTED, disagreeing
        if j.said is not None and claim.kind is ValueKind.PERSON:
            held = _offices_held(j.said, claim, j.reading, j.index)
            evidence, speaking = evidence + held, speaking + held
    if verdict is Verdict.CONTRADICTED and (summed := _by_sum(j)) is not None:
        return _summed(j, *summed, asserted)
    elsewhen = _another_time(j.whens, entry.whens)
    if elsewhen is not None and verdict is Verdict.CONTRADICTED:
        # Another value at another time: the sentence is about some other occasion.
        return Part(j.text, Verdict.UNVERIFIED, claim, (), (), j.matches, asserted, top.negated,
                    f"the sources on {claim.id} speak of {_years_of(entry.whens)}, "
                    f"not of {_when_text(j.text, elsewhen)}", None, elsewhen=True)
    mismatch = _mismatch(j.text, j.reading, claim, entry, j.index, elsewhen) \
        if verdict is Verdict.SUPPORTED and not top.negated else None
    if mismatch is not None:
        # The sources' value, but something else the sentence gives is not what they say.
        verdict, (asserted, says) = Verdict.CONTRADICTED, mismatch
        evidence = [replace(e, stance=Stance.CONTRADICTS, says=says) for e in evidence]
        speaking = evidence + [e for e in speaking if e.stance is Stance.CONTRADICTS]
    corroboration = Corroboration(
        backing=tuple(dict.fromkeys(e.source for e in evidence)),
        speaking=tuple(dict.fromkeys(e.source for e in speaking)),
        of=j.index.seed_count,
    )
    explanation = explain(verdict, asserted, top.negated, speaking, corroboration)
    return Part(j.text, verdict, claim, tuple(evidence), tuple(speaking), j.matches, asserted, top.negated,
                explanation, corroboration)


def _mismatch(text: str, reading: Reading, claim: Claim, entry: Entry, index: Index,
              elsewhen: When | None) -> tuple[str, str] | None:
    """What the sentence says otherwise than the sources, beside the claim's value: (what it
    says, what they say), or None."""
    reading = core(reading)
    article = _another_article(reading, entry)
    if article:
        return article  # "Article 6 of the NATO treaty" where the sources say Article 5
    elsewhere = _another_place(text, reading, entry, index.aliases.kinds)
    if elsewhere:
        # The roles reversed: "an exercise in Tajikistan" where the sources say in Kyrgyzstan.
        return f"in {elsewhere}", f"in {', '.join(sorted(entry.where))}"
    instead = _another_country(reading, entry, index) if claim.kind not in SLOT_KINDS else None
    if instead is not None:
        return instead  # "a call from Washington" where the sources say from Beijing
    if elsewhen is not None:
        return _span(text, elsewhen), _years_of(entry.whens)  # the right value at the wrong time
    return None


def core(reading: Reading) -> Reading:
    """The reading without the names that only frame or modify the assertion: who said it ("…,
    the ministry in Yerevan said"), an aside, "the Russia-led CSTO". They are not its places or
    actors."""
    kept = tuple(m for m in reading.mentions if not m.modifier and not in_frame(reading.chunks, m.start))
    return reading if len(kept) == len(reading.mentions) else replace(reading, mentions=kept)


def _another_time(whens: list[When], context: tuple[When, ...]) -> When | None:
    """A date the sentence gives that fits none its claim's wordings give as the time of the point."""
    dated = [w for w in whens if w.year is not None]
    if not dated or not context:
        return None
    return next((w for w in dated if not any(w.compatible(c) for c in context)), None)


def _when_text(text: str, when: When) -> str:
    """A date as the sentence writes it, or its year where it was taken from the sentence around."""
    span = _span(text, when)
    return span if when.year is None or str(when.year) in span else str(when.year)


def _years_of(whens: tuple[When, ...]) -> str:
    return " or ".join(dict.fromkeys(str(w.year) for w in whens))


def _span(text: str, found: Quantity | When) -> str:
    """A figure or date as the sentence writes it, on one line."""
    return " ".join(text[found.start:found.end].split())


def _articles(predicate: frozenset[str]) -> frozenset[str]:
    return frozenset(f for f in predicate if f.startswith(ARTICLE))


def _another_article(reading: Reading, entry: Entry) -> tuple[str, str] | None:
    """An article number the sentence gives where the claim's wordings give another."""
    said, known = _articles(reading.predicate), _articles(entry.predicate)
    if said - known and known - said:
        return (", ".join(sorted(f"Article {f[len(ARTICLE):]}" for f in said - known)),
                ", ".join(sorted(f"Article {f[len(ARTICLE):]}" for f in known - said)))
    return None


def _another_country(reading: Reading, entry: Entry, index: Index) -> tuple[str, str] | None:
    """A country the sentence names that the claim does not know, where every wording of the
    claim names a country the sentence leaves out: one put in the other's place."""
    places = (EntityKind.COUNTRY, EntityKind.CITY)
    named = {i for m in reading.mentions if m.kind in places for i in m.ids}
    # Only a place named as where or whence ("a call from Washington"): a country is named in
    # many other roles ("het Georgische Zuid-Ossetië").
    strangers = sorted({i for m in reading.mentions if m.kind in places and m.locative and not m.ids & entry.entities
                        for i in m.ids if index.aliases.kinds.get(i) is EntityKind.COUNTRY})
    if not strangers:
        return None
    missing = None
    for wording in entry.wordings:
        theirs = {i for m in wording.named if m.kind in (k.value for k in places) for i in m.ids
                  if index.aliases.kinds.get(i) is EntityKind.COUNTRY} - named
        if not theirs:
            return None
        missing = theirs if missing is None else missing & theirs
    if not missing:
        return None
    return ", ".join(strangers), ", ".join(sorted(missing))


def _another_place(text: str, reading: Reading, entry: Entry, kinds: dict[str, EntityKind]) -> str | None:
    """A place the sentence names as where, that the claim knows only in another role."""
    if not entry.where:
        return None
    said = where(text, reading)
    if not said or said & entry.where:
        return None
    # A country is named in many roles ("the mission in Kazakhstan"); a city is a place.
    a_city = any(m.ids & said and m.kind is EntityKind.CITY for m in reading.mentions)
    if said & entry.entities or (a_city and any(kinds.get(i) is EntityKind.CITY for i in entry.where)):
        return ", ".join(sorted(said))
    return None


def _duration(text: str, quantity: Quantity) -> bool:
    after = text[quantity.end:quantity.end + 20].split()
    return bool(after) and fold(after[0]).strip(".,;:") in DURATIONS


def _another_office(text: str, reading: Reading, index: Index) -> Part | None:
    """A person given an office the sources do not give them, where they give another: "Tokayev
    is Kazakhstan's prime minister" against "Tokayev is the president of Kazakhstan", or "Zakharova
    is the spokeswoman of Kazakhstan's foreign ministry" against Russia's."""
    people = [m for m in reading.mentions if m.kind is EntityKind.PERSON]
    said = reading.predicate & index.offices
    if len(people) != 1 or not said or reading.negated or len(reading.predicate - said) > OFFICE_SENTENCE:
        # A sentence that does more than give someone an office uses it as a title, in passing
        # ("Prime Minister Pashinyan announced that the CSTO would send forces to Kazakhstan").
        return None
    others = {i for m in reading.mentions if m.kind is not EntityKind.PERSON for i in m.ids}
    countries = {i for m in reading.mentions if m.kind in (EntityKind.COUNTRY, EntityKind.CITY) for i in m.ids}
    for person in sorted(people[0].ids):
        for number in index.holders.get(person, ()):
            entry = index.entry(number)
            held = entry.predicate & index.offices
            if not held:
                continue
            elsewhere = held == said and countries and not countries & entry.entities \
                and any(index.aliases.kinds.get(e) is EntityKind.COUNTRY for e in entry.entities)
            otherwise = not held & said and others <= entry.entities | {entry.claim.value}
            if not (elsewhere or otherwise):
                continue
            evidence = _against(entry.claim, reading, index)
            if not evidence:
                continue
            seeds = tuple(dict.fromkeys(e.source for e in evidence))
            corroboration = Corroboration(seeds, seeds, index.seed_count)
            asserted = ", ".join(sorted(countries if elsewhere else {f[2:] for f in said}))
            return Part(text, Verdict.CONTRADICTED, entry.claim, tuple(evidence), tuple(evidence), (), asserted, False,
                        explain(Verdict.CONTRADICTED, asserted, False, evidence, corroboration), corroboration)
    return None


def _offices_held(said: Said, claim: Claim, reading: Reading, index: Index) -> list[Evidence]:
    """What the sources say the person a sentence names holds instead: "Rahmon is the president
    of Uzbekistan" is answered by Uzbekistan's president and by Rahmon's own office."""
    office = {f for f in index.entry_of(claim.id).predicate if f.startswith("t:")}
    named = {i for m in said.mentions for i in m.ids} - {claim.value}
    found = []
    for person in sorted(named):
        for number in index.holders.get(person, ()):
            other = index.entry(number)
            if other.claim.id == claim.id or not office & other.predicate:
                continue
            found += _against(other.claim, reading, index)
    return found


def _against(claim: Claim, reading: Reading, index: Index) -> list[Evidence]:
    """Another claim's supporting passages, as evidence against the sentence: they say its statement."""
    return [Evidence(claim.id, s.seed, s.quote, s.line, Stance.CONTRADICTS, claim.statement,
                     deciding_words(s.quote, claim.kind, reading, index))
            for s in claim.counted if s.stance is Stance.SUPPORTS]


def deciding_words(quote: str, kind: ValueKind, sentence: Reading, index: Index) -> tuple[tuple[int, int], ...]:
    """Spans of the quote a reader should look at: its value, its negations, the shared words."""
    spans: list[tuple[int, int]] = []
    if kind is ValueKind.COUNT:
        spans += [(q.start, q.end) for q in read_quantities(quote)]
    elif kind in (ValueKind.YEAR, ValueKind.DATE, ValueKind.MEMBERSHIP):
        spans += [(w.start, w.end) for w in read_whens(quote)]
    own = read(quote, index.aliases)  # its spans are the quote's own, however folding changed it
    spans += list(own.cues)
    shared = sentence.entity_ids
    spans += [(m.start, m.end) for m in own.mentions if m.ids & shared]
    return tuple(sorted(set(spans)))


def explain(verdict: Verdict, asserted: str | None, negated: bool, sources: list[Evidence],
            corroboration: Corroboration) -> str:
    said = f"you said {asserted}" if asserted else ("you denied it" if negated else "you asserted it")
    if negated and asserted:
        said = f"you denied {asserted}"
    said_by: dict[str, list[str]] = {}
    for e in sources:
        seeds = said_by.setdefault(_plain(e.says), [])
        if e.source[:3] not in seeds:
            seeds.append(e.source[:3])
    views = "; ".join(f"source {seeds[0]} says {says}" if len(seeds) == 1 else
                      f"sources {', '.join(seeds[:-1])} and {seeds[-1]} say {says}" for says, seeds in said_by.items())
    return f"{said}; {views}. {corroboration.describe(verdict).capitalize()}."


def _plain(says: str) -> str:
    return {"supports": "so", "contradicts": "otherwise"}.get(says, says.rstrip("."))
