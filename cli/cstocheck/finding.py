"""What the engine hands back: the verdict on each assertion of a sentence, and on the sentence."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from cstocheck.model import Claim, Stance
from cstocheck.read import Reading
from cstocheck.retrieve import Match


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
    # The part's reading, for what is added to the verdict later (modality, time): never read again.
    reading: Reading | None = field(default=None, compare=False, repr=False)

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
