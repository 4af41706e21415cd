"""The opposite of the claim's act: "Uzbekistan left GUAM", where the sources say it joined
GUAM. Most of the claim's wordings say its act in their main clause ("After leaving the treaty,
Uzbekistan joined GUAM" says joining; the leaving sets its time), and the sentence says, in its
own, only the act opposite to it. Leaving after joining is no contradiction of the joining, so
the claim checks nothing of the sentence."""
from __future__ import annotations

from collections import Counter

from cstocheck.compare import Judged
from cstocheck.read import Reading
from cstocheck.retrieve import OPPOSITES, leading, main_acts
from cstocheck.rules.base import COMING_AND_GOING, Found, Rule, Stage, wording_read
from cstocheck.structure import opens_after, opens_background


def check(j: Judged) -> Found | None:
    said = main_acts(j.reading) & COMING_AND_GOING
    opposed = {o for f in said for o in OPPOSITES.get(f, ())}
    if not opposed & j.entry.predicate:  # most sentences: read no wording
        return None
    theirs = _acts_of(j)
    if said & theirs or not opposed & theirs:
        return None
    return Found("", f"the sources on {j.claim.id} say {', '.join(sorted(t[2:] for t in theirs))}, "
                     f"not {', '.join(sorted(f[2:] for f in said))}", elsewhere=True)


def _acts_of(j: Judged) -> frozenset[str]:
    """The acts most of the claim's wordings that say one say in their main clause."""
    said = [acts for k in range(len(j.claim.texts)) if (acts := _main_clause_acts(wording_read(j.index, j.claim, k)))]
    counted = Counter(f for acts in said for f in acts)
    return frozenset(f for f, n in counted.items() if 2 * n > len(said))


def _main_clause_acts(reading: Reading) -> frozenset[str]:
    """The acts of a reading but those of a leading clause that sets its time ("After …, …")."""
    acts = main_acts(reading)
    n, words = leading(reading)
    if not words or not (opens_after(words) or opens_background(words)):
        return acts
    lead = frozenset(f for k, f in reading.placed if k < n)
    rest = frozenset(f for k, f in reading.placed if k >= n)
    return acts - (lead - rest)


RULE = Rule("the-opposite-act", Stage.UNCHECKED, check)
