"""A member named only as where something happened ("The organisation was founded in Tashkent"),
held against a claim on that country being a member or the year it joined: the sentence does not
speak of the country's membership, only of a place in it."""
from __future__ import annotations

from cstocheck import lexicon
from cstocheck.compare import Judged
from cstocheck.kinds.base import core
from cstocheck.model import EntityKind, ValueKind
from cstocheck.rules.base import Found, Rule, Stage

# The terms that make a country the actor of a claim on membership.
_MEMBERSHIP = frozenset(lexicon.words("membership_features"))


def check(j: Judged) -> Found | None:
    if j.claim.kind is not ValueKind.MEMBERSHIP and not (j.claim.kind is ValueKind.YEAR
                                                          and j.entry.predicate & _MEMBERSHIP):
        return None
    kinds = j.index.aliases.kinds
    members = {i for i in j.entry.entities if kinds.get(i) is EntityKind.COUNTRY}
    if j.claim.kind is ValueKind.MEMBERSHIP and j.claim.value:
        members.add(j.claim.value)
    said = [m for m in core(j.reading).mentions if m.ids & members]
    if not said or not all(m.locative for m in said):
        return None
    words = j.text[said[0].start:said[0].end]
    return Found(words, f"{words} is named as where, not as the member {j.claim.id} is about", elsewhere=True)


RULE = Rule("member-as-place", Stage.UNCHECKED, check)
