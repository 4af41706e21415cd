"""The sentence names an article the best match says nothing of: the nearest claim that names
one checks it ("asked for help under Article 5" against "under Article 4")."""
from __future__ import annotations

from collections.abc import Callable

from cstocheck.finding import Part, Verdict
from cstocheck.retrieve import Candidates, Index, Match
from cstocheck.rules.base import AT_THAT_TIME, Rule, Stage, articles


def check(found: Candidates, part: Part, index: Index, judge: Callable[[Match], Part]) -> Part | None:
    top = found.matches[0]
    if part.verdict is not Verdict.SUPPORTED or not articles(found.reading.predicate) \
            or articles(index.entry_of(top.claim.id).predicate):
        return None
    for other in found.ranked:
        if other.score < top.score - AT_THAT_TIME or not articles(index.entry_of(other.claim.id).predicate):
            continue
        alternative = judge(other)
        return alternative if alternative.verdict is Verdict.CONTRADICTED else None
    return None


RULE = Rule("by-article", Stage.RECONSIDER, check)
