"""Who or where of a thing the sources pick out by its figure ("the 150 elite troops came from
Kyrgyzstan"): a sentence that gives none of the claim's figures speaks of something else ("troops
from Russia went to Kazakhstan" is not about those 150), a detail the claim cannot check."""
from __future__ import annotations

from cstocheck.compare import Judged
from cstocheck.retrieve import SLOT_KINDS
from cstocheck.rules.base import Found, Rule, Stage


def check(j: Judged) -> Found | None:
    # A figure that is one of the claim's years ("president in 2010") is a date, not a count.
    figures = j.entry.figures - {float(w.year) for w in j.entry.whens if w.year is not None}
    if j.claim.kind not in SLOT_KINDS or not figures or any(q.number in figures for q in j.reading.quantities):
        return None
    return Found("", f"{j.claim.id} is about the {_figures(figures)} the sentence does not name", None,
                 elsewhere=True)


def _figures(figures: frozenset[float]) -> str:
    return " or ".join(f"{f:g}" for f in sorted(figures))


RULE = Rule("identified-by-its-figure", Stage.UNCHECKED, check)
