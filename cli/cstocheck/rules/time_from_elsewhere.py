"""A date claim against a sentence that times the point from a moment the base does not date:
"De complete terugtrekking moet in tien dagen zijn afgerond", "Two days later, the last troops
left", "a week after the summit". The span is a value the sentence gives, and nothing it can be
counted from is known: the claim's date checks nothing of it, and the point is not borne out
by the date alone. (A span from an event the base dates is read as a date: see
kinds/relative_dates.py.)"""
from __future__ import annotations

from cstocheck.compare import Judged
from cstocheck.kinds.base import Asked
from cstocheck.kinds.relative_dates import unanchored
from cstocheck.rules.base import Found, Rule, Stage


def check(j: Judged) -> Found | None:
    if j.said is not None and j.said.when is not None:
        return None
    span = unanchored(Asked(j.text, j.reading, j.claim, j.whens, j.index))
    if span is None:
        return None
    words = j.text[span.start:span.end]
    return Found(words, f"the sentence counts {words} from a moment the sources on {j.claim.id} do not date")


RULE = Rule("time-from-elsewhere", Stage.UNCHECKED, check)
