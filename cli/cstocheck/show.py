"""One claim whole: its value, every source in context, its wordings and its conflicts."""
from __future__ import annotations

import difflib
from dataclasses import dataclass

from cstocheck.conflicts import Conflict, find_conflicts, position
from cstocheck.errors import CstocheckError
from cstocheck.model import Base, Claim
from cstocheck.quotes import normalize_quote
from cstocheck.seed_sentences import overlapping, quote_span, seed_sentences

SUGGESTIONS = 3
OWN_VALUE = "own value"  # a source that gives a value of its own rather than a stance


class UnknownClaimError(CstocheckError):
    """An id that no claim of the base has."""


@dataclass(frozen=True)
class SourceView:
    seed: str
    stance: str  # supports, contradicts, or "own value"
    says: str  # the value the source gives, or its stance
    quote: str
    line: int
    col: int
    sentence: str  # the seed's sentence(s) the quote stands in
    quote_start: int  # where the quote starts in `sentence`, its length that of normalize_quote(quote)


@dataclass(frozen=True)
class ClaimView:
    claim: Claim
    sources: tuple[SourceView, ...]
    conflict: Conflict | None  # the sides its sources take, when they disagree


def suggest(claim_id: str, known: list[str]) -> list[str]:
    return difflib.get_close_matches(claim_id, known, n=SUGGESTIONS, cutoff=0.0)


def find_claim(base: Base, claim_id: str) -> Claim:
    claim = base.claim(claim_id)
    if claim is None:
        near = suggest(claim_id, [c.id for c in base.claims])
        raise UnknownClaimError(f"no claim {claim_id!r} in the base" +
                                (f"; did you mean {', '.join(near)}?" if near else ""))
    return claim


def show(base: Base, claim_id: str) -> ClaimView:
    claim = find_claim(base, claim_id)
    views = []
    for source in claim.sources:
        seed = base.seeds[source.seed]
        start, end = quote_span(seed, source)
        around = overlapping(seed_sentences(seed), start, end)
        sentence = " ".join(s.text for s in around) or normalize_quote(source.quote)
        stance = source.stance.value if source.stance else OWN_VALUE
        views.append(SourceView(source.seed, stance, position(claim, source), source.quote, *start, sentence,
                                normalize_quote(sentence).find(normalize_quote(source.quote))))
    conflict = next(iter(find_conflicts((claim,))), None)
    return ClaimView(claim, tuple(views), conflict)
