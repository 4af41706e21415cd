"""A count of what one country or person did ("Armenia sent about 70 troops"), against a sentence
that gives neither the figure nor who did it ("Kazakhstan footed the bill for the CSTO
deployment"): the sentence says nothing the count is about, so the claim checks nothing."""
from __future__ import annotations

from cstocheck.compare import Judged
from cstocheck.model import EntityKind, ValueKind
from cstocheck.rules.base import Found, Rule, Stage

_WHO = (EntityKind.COUNTRY, EntityKind.PERSON)


def check(j: Judged) -> Found | None:
    if j.claim.kind is not ValueKind.COUNT or j.said is not None or j.top.negated:
        return None
    kinds = j.index.aliases.kinds
    who = {e for e in j.entry.entities if kinds.get(e) in _WHO} - j.entry.where - j.entry.whither
    if not who or who & j.reading.entity_ids:
        return None
    return Found("", f"the sentence gives neither the figure of {j.claim.id} nor {', '.join(sorted(who))}")


RULE = Rule("count-unnamed", Stage.UNCHECKED, check)
