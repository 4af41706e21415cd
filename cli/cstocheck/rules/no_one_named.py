"""Who or where is the claim's whole point: a sentence that names neither ("Someone sent
troops") does not say it; one that names someone the sources never name cannot be checked. And
a sentence that says the opposite of what a claim says a person did, naming no one ("All
participants said they backed the recognition of Donetsk and Luhansk", where the sources say
Tokayev rejected it), denies nothing of that person."""
from __future__ import annotations

from cstocheck.compare import Judged
from cstocheck.model import EntityKind
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
    if j.top.negated and _whose_act(j) and not any(m.kind is EntityKind.PERSON for m in j.reading.mentions):
        return Found("", f"the sentence does not say who, where {j.claim.id} speaks of {', '.join(sorted(_whose_act(j)))}",
                     elsewhere=True)
    return None


def _whose_act(j: Judged) -> frozenset[str]:
    """The people every wording of the claim names: whose act it is."""
    named = [frozenset(i for n in w.named if n.kind == EntityKind.PERSON.value for i in n.ids)
             for w in j.entry.wordings]
    return frozenset.intersection(*named) if named else frozenset()


RULE = Rule("no-one-named", Stage.UNCHECKED, check)
