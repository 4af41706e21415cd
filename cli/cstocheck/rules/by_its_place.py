"""A supported assertion that also says where, checked on the claim about where: "Het Verdrag
inzake Collectieve Veiligheid werd in 1992 in Minsk ondertekend" is borne out on its year by the
best match, which says nothing of where, and contradicted by the claim that it was signed in
Tashkent. The sentence names a place as where that the best match does not name; a close claim
whose value is a place (within the slack a figure gets), that says of the same act as the best
match, and that contradicts it decides."""
from __future__ import annotations

import math
from collections.abc import Callable

from cstocheck.finding import Part, Verdict
from cstocheck.kinds.base import core
from cstocheck.model import ValueKind
from cstocheck.read import where
from cstocheck.retrieve import FIGURE_SLACK, MATCH_THRESHOLD, Candidates, Index, Match
from cstocheck.rules.base import Rule, Stage


def check(found: Candidates, part: Part, index: Index, judge: Callable[[Match], Part]) -> Part | None:
    if part.verdict is not Verdict.SUPPORTED or not found.matches:
        return None
    top = found.matches[0]
    if top.claim.kind is ValueKind.PLACE:
        return None
    country_of = index.aliases.country_of
    theirs = index.entry_of(top.claim.id).entities
    places = [i for i in where(core(found.reading)) if i not in theirs and country_of.get(i) not in theirs]
    if not places:
        return None
    said = index.entry_of(top.claim.id).predicate
    for match in found.ranked:
        if match.claim.kind is ValueKind.PLACE and match.claim.id != top.claim.id \
                and match.score >= MATCH_THRESHOLD - FIGURE_SLACK and _of_one_event(index, said, match):
            other = judge(match)
            if other.verdict is Verdict.CONTRADICTED:
                return other
    return None


def _of_one_event(index: Index, said: frozenset[str], match: Match) -> bool:
    """Whether the claim on where says of the same act as the best match: most of what its wording
    closest to the sentence says (by weight) the best match says too ("the treaty was signed",
    of a date and of a place)."""
    theirs = index.entry_of(match.claim.id).wordings[match.wording].predicate
    whole = math.fsum(index.weight(f) for f in theirs)
    return whole > 0 and math.fsum(index.weight(f) for f in theirs & said) >= SAME_EVENT * whole


SAME_EVENT = 0.5


RULE = Rule("by-its-place", Stage.RECONSIDER, check)
