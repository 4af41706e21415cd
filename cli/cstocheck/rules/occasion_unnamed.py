"""A sentence that says something happened, against a claim that it did not on one occasion,
without saying which occasion ("The CSTO responded immediately to the request", against its not
responding to Kyrgyzstan's request in 2010): it names none of the countries or people the claim
is about and gives no date, so it may speak of another occasion, and the claim checks nothing.
A denial is another matter: "the CSTO never sent troops" denies every occasion."""
from __future__ import annotations

from cstocheck.compare import Judged
from cstocheck.model import EntityKind
from cstocheck.rules.base import Found, Rule, Stage

_OCCASION = (EntityKind.COUNTRY, EntityKind.CITY, EntityKind.PERSON)


def check(j: Judged) -> Found | None:
    if not j.top.negated or j.reading.negated or j.whens:
        return None
    kinds = j.index.aliases.kinds
    theirs = sorted(e for e in j.entry.entities if kinds.get(e) in _OCCASION)
    if not theirs or set(theirs) & j.reading.entity_ids:
        return None
    return Found("", f"the sources on {j.claim.id} speak of {', '.join(theirs)}, which the sentence does not name",
                 elsewhere=True)


RULE = Rule("occasion-unnamed", Stage.UNCHECKED, check)
