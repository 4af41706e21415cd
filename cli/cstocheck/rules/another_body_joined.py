"""Joining or leaving another organisation than the claim's: "Uzbekistan left NATO in 2012",
"Uzbekistan withdrew from GUAM in 2005", where the sources say it left the CSTO in 1999. The
organisation named right by the act (a few words after it, or before it in a Dutch clause that
ends on its verb) is what was joined or left; a claim that names other organisations, and not
that one, checks nothing of it."""
from __future__ import annotations

from bisect import bisect_right

from cstocheck.compare import Judged
from cstocheck.model import EntityKind
from cstocheck.read import Mention, Reading
from cstocheck.rules.base import COMING_AND_GOING, Found, Rule, Stage

# How many words from the act its organisation may stand: "trok zich terug uit de NAVO".
BODY_REACH = 4


def check(j: Judged) -> Found | None:
    acts = j.entry.predicate & COMING_AND_GOING
    if not acts:
        return None
    bodies = _bodies_of(j.reading, acts)
    kinds = j.index.aliases.kinds
    theirs = sorted(i for i in j.entry.entities if kinds.get(i) is EntityKind.ORGANISATION)
    if not bodies or not theirs or any(m.ids & j.entry.entities for m in bodies):
        return None
    return Found(", ".join(j.text[m.start:m.end] for m in bodies),
                 f"the sources on {j.claim.id} speak of {', '.join(theirs)}", elsewhere=True)


def _bodies_of(reading: Reading, acts: frozenset[str]) -> list[Mention]:
    """The organisations named within BODY_REACH words of one of these acts."""
    starts = [a for a, _, _ in reading.words]

    def word(offset: int) -> int:
        return bisect_right(starts, offset) - 1

    spans = [(word(a), word(b - 1)) for a, b, f in reading.features if f in acts]  # a term's first and last word
    return [m for m in reading.mentions if m.kind is EntityKind.ORGANISATION and not m.modifier
            and any(first - BODY_REACH <= word(m.start) <= last + BODY_REACH for first, last in spans)]


RULE = Rule("another-body-joined", Stage.UNCHECKED, check)
