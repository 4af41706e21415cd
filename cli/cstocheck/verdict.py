"""Comparing what a sentence says with what each source says, and the verdict that follows."""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from cstocheck.analysis import Mention, Reading, fold, read
from cstocheck.matching import MATCH_THRESHOLD, Index, Match
from cstocheck.model import Claim, EntityKind, SourceQuote, Stance, ValueKind
from cstocheck.values import Quantity, When, parse_count, parse_when, read_quantities, read_whens


class Verdict(str, Enum):
    SUPPORTED = "supported"
    CONTRADICTED = "contradicted"
    DISPUTED = "disputed"
    UNVERIFIED = "unverified"

    @property
    def exit_code(self) -> int:
        return EXIT_CODES[self]


EXIT_CODES = {Verdict.SUPPORTED: 0, Verdict.CONTRADICTED: 1, Verdict.DISPUTED: 3, Verdict.UNVERIFIED: 4}


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
class Finding:
    text: str
    verdict: Verdict
    claim: Claim | None
    evidence: tuple[Evidence, ...]  # the passages the verdict rests on
    sources: tuple[Evidence, ...]  # every source on the claim, each with its stance to the sentence
    matches: tuple[Match, ...]
    asserted: str | None  # the value the sentence gives, as read
    negated: bool
    explanation: str


@dataclass(frozen=True)
class Said:
    """The value a sentence gives, in the kind of the claim it was matched to."""

    kind: ValueKind
    quantity: Quantity | None = None
    when: When | None = None
    mentions: tuple[Mention, ...] = ()

    def describe(self, text: str) -> str:
        if self.quantity is not None:
            return " ".join(text[self.quantity.start:self.quantity.end].split())
        if self.when is not None:
            return " ".join(text[self.when.start:self.when.end].split())
        return ", ".join(sorted({i for m in self.mentions for i in m.ids}))


def read_said(text: str, reading: Reading, claim: Claim, aliases_country: dict[str, str],
              quantities: list[Quantity], whens: list[When]) -> Said | None:
    kind = claim.kind
    if kind is ValueKind.COUNT:
        counts = [q for q in quantities if q.unit is None] or quantities
        return Said(kind, quantity=counts[0]) if counts else None
    if kind in (ValueKind.YEAR, ValueKind.DATE):
        usable = [w for w in whens if w.year is not None or w.month is not None]
        if kind is ValueKind.DATE:
            usable.sort(key=lambda w: (w.day is None, w.month is None))
        return Said(kind, when=usable[0]) if usable else None
    wanted = {ValueKind.PLACE: (EntityKind.COUNTRY, EntityKind.CITY), ValueKind.PERSON: (EntityKind.PERSON,)}
    if kind in wanted:
        mentions = tuple(m for m in reading.mentions if m.kind in wanted[kind])
        return Said(kind, mentions=mentions) if mentions else None
    return None


def source_value(claim: Claim, source: SourceQuote) -> str | None:
    if source.value is not None:
        return source.value
    if source.stance is Stance.SUPPORTS:
        return claim.value
    return None


def values_agree(said: Said, value: str, country_of: dict[str, str]) -> bool:
    if said.quantity is not None:
        return said.quantity.range().overlaps(parse_count(value).range())
    if said.when is not None:
        return said.when.compatible(parse_when(value))
    # A place agrees when it is the source's place or the country that place lies in.
    targets = {value, country_of.get(value, value)}
    return any(value in m.ids or (m.kind is EntityKind.COUNTRY and m.ids & targets) for m in said.mentions)


def judge(text: str, reading: Reading, index: Index) -> Finding:
    quantities = read_quantities(text)
    whens = read_whens(text)
    kinds = set()
    if quantities:
        kinds.add(ValueKind.COUNT)
    if whens:
        kinds.update((ValueKind.YEAR, ValueKind.DATE))
    matches = [m for m in index.rank(reading, frozenset(kinds)) if m.score >= MATCH_THRESHOLD]
    if not matches:
        return Finding(text, Verdict.UNVERIFIED, None, (), (), tuple(matches), None, reading.negated,
                       "the claims base does not speak to this")
    top = matches[0]
    claim = top.claim
    said = read_said(text, reading, claim, index.aliases.country_of, quantities, whens)
    per_source = []
    for source in claim.sources:
        agrees = _source_agrees(claim, source, said, top.negated, index.aliases.country_of)
        value = source_value(claim, source)
        per_source.append(Evidence(claim.id, source.seed, source.quote, source.line,
                                   Stance.SUPPORTS if agrees else Stance.CONTRADICTS,
                                   value if value is not None else (source.stance.value if source.stance else ""),
                                   deciding_words(source.quote, claim.kind, reading, index)))
    agreeing = [e for e in per_source if e.stance is Stance.SUPPORTS]
    disagreeing = [e for e in per_source if e.stance is Stance.CONTRADICTS]
    if agreeing and disagreeing:
        verdict = Verdict.DISPUTED
        evidence = per_source
    elif agreeing:
        verdict, evidence = Verdict.SUPPORTED, agreeing
    else:
        verdict, evidence = Verdict.CONTRADICTED, disagreeing
    asserted = said.describe(text) if said else None
    explanation = explain(verdict, claim, asserted, top.negated, per_source)
    return Finding(text, verdict, claim, tuple(evidence), tuple(per_source), tuple(matches), asserted,
                   top.negated, explanation)


def deciding_words(quote: str, kind: ValueKind, sentence: Reading, index: Index) -> tuple[tuple[int, int], ...]:
    """Spans of the quote a reader should look at: its value, its negations, the shared words."""
    spans: list[tuple[int, int]] = []
    if kind is ValueKind.COUNT:
        spans += [(q.start, q.end) for q in read_quantities(quote)]
    elif kind in (ValueKind.YEAR, ValueKind.DATE):
        spans += [(w.start, w.end) for w in read_whens(quote)]
    if len(fold(quote)) == len(quote):  # offsets of the folded text are the quote's own
        own = read(quote, index.aliases)
        spans += list(own.cues)
        shared = sentence.entity_ids
        spans += [(m.start, m.end) for m in own.mentions if m.ids & shared]
    return tuple(sorted(set(spans)))


def _source_agrees(claim: Claim, source: SourceQuote, said: Said | None, negated: bool,
                   country_of: dict[str, str]) -> bool:
    if source.stance is Stance.CONTRADICTS:
        # The source denies the claim; the sentence agrees with it only by denying it too.
        return negated
    value = source_value(claim, source)
    if said is None or value is None:
        return not negated
    return values_agree(said, value, country_of) != negated


def explain(verdict: Verdict, claim: Claim, asserted: str | None, negated: bool, sources: list[Evidence]) -> str:
    said = f"you said {asserted}" if asserted else ("you denied it" if negated else "you asserted it")
    views = "; ".join(f"{e.source[:3]} says {e.says}" for e in sources)
    n = len(sources)
    if verdict is Verdict.SUPPORTED:
        return f"{said}; {views} ({n} source{'s' if n != 1 else ''} agree{'s' if n == 1 else ''})"
    if verdict is Verdict.CONTRADICTED:
        return f"{said}; {views}"
    return f"{said}; the sources disagree: {views}"
