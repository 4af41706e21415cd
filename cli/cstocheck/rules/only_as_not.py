"""A sentence that says only one thing was done ("the CSTO sent only observers", "stuurde
alleen waarnemers") says the rest was not: it does not deny a claim that says what was not done
("the CSTO did not intervene"). Where its best match differs from it only in polarity, the best
match of its own polarity that the sources bear out decides."""
from __future__ import annotations

from collections.abc import Callable

from cstocheck import lexicon
from cstocheck.finding import Part, Verdict
from cstocheck.retrieve import Candidates, Index, Match
from cstocheck.rules.base import Rule, Stage

_EXCLUSIVES = lexicon.words("exclusives")


def check(found: Candidates, part: Part, index: Index, judge: Callable[[Match], Part]) -> Part | None:
    top = found.matches[0]
    if part.verdict is not Verdict.CONTRADICTED or not top.negated or found.reading.negations \
            or not any(word in _EXCLUSIVES for _, _, word in found.reading.words):
        return None
    # The first of its own polarity that the sources bear out: one on something else the sentence
    # also says ("when Azerbaijan attacked Armenia") may come before it.
    alternatives = (judge(other) for other in found.matches[1:] if not other.negated)
    return next((a for a in alternatives if a.verdict is Verdict.SUPPORTED), None)


RULE = Rule("only-as-not", Stage.RECONSIDER, check)
