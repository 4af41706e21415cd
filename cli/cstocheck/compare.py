"""The compare stage: the value an assertion gives, read in the kind of its claim (one rule a
kind: cstocheck/kinds), and each source's stance towards it."""
from __future__ import annotations

from dataclasses import dataclass

from cstocheck.explain import deciding_words, explain
from cstocheck.finding import Corroboration, Evidence, Part, Verdict
from cstocheck.kinds import BY_KIND, Asked, Said
from cstocheck.lexicon import DURATIONS
from cstocheck.model import Claim, EntityKind, SourceQuote, Stance, ValueKind
from cstocheck.read import Reading, fold, place_lists
from cstocheck.retrieve import Entry, Index, Match
from cstocheck.values import Quantity, When


def read_said(text: str, reading: Reading, claim: Claim, whens: list[When], index: Index) -> Said | None:
    """The value the sentence gives, read in the kind of the claim it was matched to."""
    rule = BY_KIND.get(claim.kind)
    return rule.read(Asked(text, reading, claim, whens, index)) if rule else None


def source_value(claim: Claim, source: SourceQuote) -> str | None:
    if source.value is not None:
        return source.value
    if source.stance is Stance.SUPPORTS:
        return claim.value
    return None


def _stance(claim: Claim, source: SourceQuote, said: Said | None, negated: bool,
            country_of: dict[str, str]) -> Stance | None:
    """The source's stance towards the sentence, or None when it is silent on what it asks."""
    if source.stance is Stance.CONTRADICTS:
        # The source denies the claim; the sentence agrees with it only by denying it too.
        return Stance.SUPPORTS if negated else Stance.CONTRADICTS
    value = source_value(claim, source)
    rule = BY_KIND.get(claim.kind)
    if value is None or rule is None:
        return Stance.CONTRADICTS if negated else Stance.SUPPORTS
    return rule.stance(said, value, negated, country_of)


def fills_slot(text: str, reading: Reading, claim: Claim, index: Index) -> bool:
    """Whether the sentence gives a value for the claim: a figure, a date, a place it names as where."""
    said = read_said(text, reading, claim, list(reading.whens), index)
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
    whens: list[When]
    entry: Entry
    said: Said | None

    @property
    def claim(self) -> Claim:
        return self.top.claim

    @property
    def quantities(self) -> tuple[Quantity, ...]:
        return self.reading.quantities

    @property
    def loose(self) -> list[Quantity]:
        """Figures the claim's own wordings do not give, that are not how long something lasted."""
        return [q for q in self.quantities
                if q.unit is None and q.number not in self.entry.figures and not _duration(self.text, q)
                and not _counts_its_list(self.text, self.reading, q)]


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


def _counts_its_list(text: str, reading: Reading, quantity: Quantity) -> bool:
    """Whether a figure counts the countries the sentence lists ("six post-Soviet states, Russia,
    Armenia, …, and Uzbekistan, signed"): the sentence checks it itself, and the claims the list."""
    return quantity.number >= 2 and any(len(run) == quantity.number for run in place_lists(text, reading))


def _duration(text: str, quantity: Quantity) -> bool:
    after = text[quantity.end:quantity.end + 20].split()
    return bool(after) and fold(after[0]).strip(".,;:") in DURATIONS


def against(claim: Claim, reading: Reading, index: Index) -> list[Evidence]:
    """Another claim's supporting passages, as evidence against the sentence: they say its statement."""
    return [Evidence(claim.id, s.seed, s.quote, s.line, Stance.CONTRADICTS, claim.statement,
                     deciding_words(s.quote, claim.kind, reading, index))
            for s in claim.counted if s.stance is Stance.SUPPORTS]


def contradicted_by(text: str, claim: Claim, reading: Reading, index: Index, matches: tuple[Match, ...],
                    asserted: str) -> Part | None:
    """The sentence contradicted by a claim whose statement rules out what it asserts, with the
    claim's supporting passages as the evidence; None where the claim has none."""
    evidence = tuple(against(claim, reading, index))
    if not evidence:
        return None
    seeds = tuple(dict.fromkeys(e.source for e in evidence))
    corroboration = Corroboration(seeds, seeds, index.seed_count)
    return Part(text, Verdict.CONTRADICTED, claim, evidence, evidence, matches, asserted, False,
                explain(Verdict.CONTRADICTED, asserted, False, list(evidence), corroboration), corroboration)
