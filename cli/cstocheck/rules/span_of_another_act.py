"""A span of time the sentence gives for another act than the claim's ("the forces would leave
the country within 10 days", against their crossing the border a day after the request): the
claim counts the time to its own act, so its figure checks nothing of the sentence's."""
from __future__ import annotations

from cstocheck.compare import Judged
from cstocheck.model import ValueKind
from cstocheck.read import ACTS
from cstocheck.retrieve import DURATION_FEATURES, main_acts
from cstocheck.rules.base import Found, Rule, Stage


def check(j: Judged) -> Found | None:
    if j.claim.kind is not ValueKind.COUNT or not j.entry.counts & DURATION_FEATURES:
        return None
    theirs = j.entry.predicate & ACTS
    acts = main_acts(j.reading)
    if not theirs or not acts or acts & theirs:
        return None
    return Found("", f"the sources on {j.claim.id} count the time to another act", elsewhere=True)


RULE = Rule("span-of-another-act", Stage.UNCHECKED, check)
