"""A sentence that gives two figures ("About 5,000 soldiers and 600 interior ministry personnel
are assigned to the peacekeeping force"), supported by a claim on one of them, is held against
the claim that counts what the other counts: a figure left unchecked never lets a sentence
through, and one that claim rules out contradicts it. So is a figure beside a claim that reads
none ("Two days after the appeal, Moscow sent troops" against their crossing a day later)."""
from __future__ import annotations

import re
from collections.abc import Callable

from cstocheck.finding import Part, Verdict
from cstocheck.kinds.base import as_written
from cstocheck.model import ValueKind
from cstocheck.retrieve import (
    DURATION_FEATURES,
    FIGURE_SLACK,
    MATCH_THRESHOLD,
    Candidates,
    Index,
    Match,
    counted,
    counts_alike,
)
from cstocheck.rules.base import Rule, Stage


def check(found: Candidates, part: Part, index: Index, judge: Callable[[Match], Part]) -> Part | None:
    top = found.matches[0]
    if part.verdict is not Verdict.SUPPORTED or top.claim.kind is not ValueKind.COUNT:
        return None
    reading = found.reading
    # The other figures, each with what it counts in the words right after it ("5,000 soldiers"): not
    # a year written out at the end ("in January two thousand and twenty-two").
    others = [q for q in reading.quantities if q.unit is None and _WORD_AFTER.match(found.text, q.end)
              and not (part.asserted or "").startswith(as_written(found.text, q))]
    counts = [counted(reading, q) for q in others]
    if part.asserted is None:
        # Where the claim read no figure, only a span of time is another's to check: a claim that
        # reads none of "2,030 soldiers" is no claim on soldiers, and another's would be a guess.
        counts = [c for c in counts if c & DURATION_FEATURES]
    nouns = frozenset().union(*counts)
    for other in found.ranked:
        if other.claim.id == top.claim.id or other.claim.kind is not ValueKind.COUNT \
                or other.score < MATCH_THRESHOLD - FIGURE_SLACK or not counts_alike(nouns, index.entry_of(other.claim.id).counts):
            continue
        alternative = judge(other)
        # Where the claim read no figure of its own, the one that checks the sentence's figure
        # speaks for it whatever it finds ("24 hours after the appeal" against "a day later").
        checked = part.asserted is None and alternative.verdict is Verdict.SUPPORTED
        return alternative if checked or alternative.verdict in (Verdict.CONTRADICTED, Verdict.DISPUTED) else None
    return None


_WORD_AFTER = re.compile(r"\s+[^\W\d_]")


RULE = Rule("by-every-figure", Stage.RECONSIDER, check)
