"""A holder said to leave the office ("Zas stepped down as secretary-general in 2022") where
the sources only say who holds it: that the person held it is not what the sentence asserts, and
the sources do not speak to the leaving, so the assertion is unchecked, never supported."""
from __future__ import annotations

from cstocheck.compare import Judged
from cstocheck.model import ValueKind
from cstocheck.rules.base import Found, Rule, Stage
from cstocheck.structure import leaving_features


def check(j: Judged) -> Found | None:
    if j.claim.kind is not ValueKind.PERSON:
        return None
    leaving = (j.reading.predicate & leaving_features()) - j.entry.predicate
    if not leaving:
        return None
    words = next(j.text[a:b] for a, b, f in j.reading.features if f in leaving)
    return Found(words, f"the sources on {j.claim.id} say who holds the office, not that they left it")


RULE = Rule("left-the-office", Stage.UNCHECKED, check)
