"""A denial of what holds now against what the sources say happened: "Russia no longer has troops
in Kazakhstan", "er zijn geen Russische troepen meer" presuppose that it had them and deny
nothing of their being sent; "sent no more troops" denies none it sent. The sentence's negation
has a word of "no longer" ("longer", "anymore", "meer", "langer") within a few words after it,
or "more" right after it, and the claim reports an act, a count or a date: a claim on who holds an office or
who is a member weighs "no longer" itself."""
from __future__ import annotations

from cstocheck import lexicon
from cstocheck.compare import Judged
from cstocheck.model import ValueKind
from cstocheck.read import word_at
from cstocheck.rules.base import Found, Rule, Stage


def check(j: Judged) -> Found | None:
    reading = j.reading
    if not j.top.negated or not reading.negation_at or j.claim.kind in _STATES:
        return None
    for at in reading.negation_at:
        k = word_at(reading, at)
        after = [w.lower() for _, _, w in reading.words[k + 1:k + 1 + NO_LONGER_REACH]]
        if any(w in _NO_LONGER for w in after) or after[:1] and after[0] in _NO_MORE:
            return Found("", f"the sources on {j.claim.id} say what happened, not whether it still holds", elsewhere=True)
    return None


NO_LONGER_REACH = 5  # "no longer", "no troops in Kazakhstan anymore", "geen Russische troepen meer"
_NO_LONGER = lexicon.words("no_longer_words")
_NO_MORE = lexicon.words("no_more_words")  # only right after the negation: "sent no more troops"
# Claims on a state in time, which read "no longer" themselves ("no longer a member", "no longer president").
_STATES = frozenset({ValueKind.MEMBERSHIP, ValueKind.PERSON})


RULE = Rule("denied-no-longer", Stage.UNCHECKED, check)
