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
    said, theirs = _dated_phase(j), j.entry.predicate
    if said & _STARTS and not said & _ENDS and not theirs & _STARTS and theirs & _ENDS:
        return Found("", f"the sources on {j.claim.id} date its end, not its start", elsewhere=True)
    if said & _ENDS and not said & _STARTS and not theirs & _ENDS and theirs & _STARTS:
        return Found("", f"the sources on {j.claim.id} date its start, not its end", elsewhere=True)
    return None


def _dated_phase(j: Judged) -> frozenset[str]:
    """The words of start or end the sentence says; where it says both, those closest to its
    dates ("the withdrawal began on 13 January and was completed …" dates the start)."""
    # A word of a date ("begin februari", "the end of January") names a part of the month, not a phase.
    phases = [(a, f) for a, _, f in j.reading.features if (f in _STARTS or f in _ENDS)
              and not any(w.start <= a < w.end for w in j.whens)]
    dated = [w.start for w in j.whens if w.end > w.start]
    if len({f in _STARTS for _, f in phases}) < 2 or not dated:
        return frozenset(f for _, f in phases)
    return frozenset(min(phases, key=lambda p: abs(p[0] - at))[1] for at in dated)


_STARTS, _ENDS = lexicon.words("phase_starts"), lexicon.words("phase_ends")


RULE = Rule("another-phase", Stage.UNCHECKED, check)
