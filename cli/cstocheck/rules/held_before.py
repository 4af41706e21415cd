"""A person the sentence gives an office as held before ("former secretary-general Bordyuzha",
"the then secretary-general, Nikolai Bordyuzha"), held against a claim on who holds that office
now: that someone else holds it now does not gainsay that this person held it once, and the
claim does not speak to when. The sentence speaks of something else than the claim: never
contradicted by it."""
from __future__ import annotations

from cstocheck.compare import Judged
from cstocheck.model import ValueKind
from cstocheck.rules.base import Found, Rule, Stage
from cstocheck.titles import titles


def check(j: Judged) -> Found | None:
    if j.claim.kind is not ValueKind.PERSON or j.entry.whens:
        return None
    offices = j.index.offices
    claimed = j.entry.predicate & offices
    now = {(t.start, t.person.start) for t in titles(j.reading, offices)}
    for start, end, person in titles(j.reading, offices, past=True):
        said = frozenset(f for a, _, f in j.reading.features if start <= a < end and f in offices)
        if (start, person.start) in now or not said & claimed or j.claim.value in person.ids:
            continue
        name = j.text[person.start:person.end]
        return Found(j.text[start:end], f"the sentence gives {name} the office as held before; the sources on "
                                        f"{j.claim.id} say who holds it now", None, elsewhere=True)
    return None


RULE = Rule("held-before", Stage.UNCHECKED, check)
