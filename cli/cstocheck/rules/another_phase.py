"""The start of something dated by the sources only at its end ("The CSTO began withdrawing its
troops on 13 January", where the sources date the last troops leaving, on the 19th): the sentence
dates another moment than the claim, so the claim's date checks nothing. And the other way round."""
from __future__ import annotations

from cstocheck import lexicon
from cstocheck.compare import Judged
from cstocheck.retrieve import DATED_KINDS
from cstocheck.rules.base import Found, Rule, Stage


def check(j: Judged) -> Found | None:
    if j.claim.kind not in DATED_KINDS:
        return None
    starts, ends = lexicon.words("phase_starts"), lexicon.words("phase_ends")
    said, theirs = j.reading.predicate, j.entry.predicate
    if said & starts and not said & ends and not theirs & starts and theirs & ends:
        return Found("", f"the sources on {j.claim.id} date its end, not its start", elsewhere=True)
    if said & ends and not said & starts and not theirs & ends and theirs & starts:
        return Found("", f"the sources on {j.claim.id} date its start, not its end", elsewhere=True)
    return None


RULE = Rule("another-phase", Stage.UNCHECKED, check)
