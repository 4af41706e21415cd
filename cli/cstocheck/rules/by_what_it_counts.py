"""A figure checked against a count of something else ("roughly 2,000 troops" against the number
of countries that sent them) is left unchecked; the nearest claim that counts what the figure
counts checks it instead."""
from __future__ import annotations

from collections.abc import Callable

from cstocheck.finding import Part, Verdict
from cstocheck.model import ValueKind
from cstocheck.retrieve import Candidates, Index, Match, counted
from cstocheck.rules.base import AT_THAT_TIME, Rule, Stage


def check(found: Candidates, part: Part, index: Index, judge: Callable[[Match], Part]) -> Part | None:
    top = found.matches[0]
    if part.verdict is not Verdict.UNVERIFIED or top.claim.kind is not ValueKind.COUNT:
        return None
    # Another claim checks the figures only when none of them may be the best match's own: a figure
    # that says nothing of what it counts ("the death toll stands at 225") may be.
    counts = index.entry_of(top.claim.id).counts
    # What each figure counts first ("2,300 troops into Kazakhstan a day after …" counts troops, not days).
    first = [counted(found.reading, q, 1) for q in found.reading.quantities if q.unit is None]
    if not found.figures or any(not f.nouns for f in found.figures) or any(n & counts for n in first):
        return None
    nouns = frozenset().union(*(f.nouns for f in found.figures))
    for other in found.ranked:
        # Close behind the best match, or a match in its own right ("a day later some 23,000 troops
        # crossed": the delay is the best match's, the troops another claim's).
        if other.claim.id == top.claim.id or other.claim.kind is not ValueKind.COUNT \
                or (other.score < top.score - AT_THAT_TIME and other not in found.matches) \
                or not nouns & index.entry_of(other.claim.id).counts:
            continue
        alternative = judge(other)
        return alternative if alternative.verdict is not Verdict.UNVERIFIED else None
    return None


RULE = Rule("by-what-it-counts", Stage.RECONSIDER, check)
