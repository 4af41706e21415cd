"""Claims that match equally well and differ only in their value ("left in 1999", "left in
2012"): the value the sentence gives says which one it means. A sentence that says no "first"
or "again" lets its value pick the event, however far behind the claim's own "again" leaves it."""
from __future__ import annotations

from collections.abc import Callable

from cstocheck.finding import Part, Verdict
from cstocheck.model import ValueKind
from cstocheck.retrieve import FIGURE_SLACK, MATCH_THRESHOLD, Candidates, Index, Match
from cstocheck.rules.base import Rule, Stage
from cstocheck.structure import sequence_features

# Matches this close are equally good readings of the sentence. Only figures and dates pick
# between them: a person may have held an office at another time.
NEAR_TIE = 0.12
# How much further a claim may trail when only its "again" or "first" holds it back.
SEQUENCE_SLACK = 0.25
NEAR_TIE_KINDS = frozenset({ValueKind.COUNT, ValueKind.YEAR, ValueKind.DATE})


def check(found: Candidates, part: Part, index: Index, judge: Callable[[Match], Part]) -> Part | None:
    top = found.matches[0]
    if part.verdict is not Verdict.CONTRADICTED or part.asserted is None or top.claim.kind not in NEAR_TIE_KINDS:
        return None
    said = found.reading.predicate & sequence_features()
    unsaid = sequence_features() - found.reading.predicate if not said else set()
    # A claim a little below the match threshold counts, as a claim with a figure does when the
    # sentence gives one: its value is what the sentence's value picks.
    for other in (m for m in found.ranked if m is not top and m.score >= MATCH_THRESHOLD - FIGURE_SLACK):
        behind = NEAR_TIE + (SEQUENCE_SLACK if index.entry_of(other.claim.id).predicate & unsaid else 0.0)
        if other.claim.kind is not top.claim.kind or other.score < top.score - behind:
            continue
        alternative = judge(other)
        # the value picks it: one that reads no value of the sentence's ("drie dagen" is no count of troops) is not picked
        if alternative.verdict in (Verdict.SUPPORTED, Verdict.DISPUTED) and alternative.asserted is not None:
            return alternative
    return None


RULE = Rule("by-value", Stage.RECONSIDER, check)
