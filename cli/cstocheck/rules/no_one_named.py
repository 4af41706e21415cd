"""Who or where is the claim's whole point: a sentence that names neither ("Someone sent
troops") does not say it; one that names someone the sources never name cannot be checked."""
from __future__ import annotations

from cstocheck.compare import Judged
from cstocheck.retrieve import SLOT_KINDS
from cstocheck.rules.base import Found, Rule, Stage


def check(j: Judged) -> Found | None:
    if j.said is None and j.claim.kind in SLOT_KINDS and not j.top.negated:
        # A detail beside what else the sentence says ("Armenia, which holds the rotating
        # chairmanship, sent 70 troops"), not a point left unchecked.
        return Found("", f"the sentence does not say the {j.claim.kind.value} that {j.claim.id} is about",
                     elsewhere=True)
    if j.said is not None and j.said.unknown:
        return Found(j.said.unknown, f"no source names {j.said.unknown}")
    return None


RULE = Rule("no-one-named", Stage.UNCHECKED, check)
