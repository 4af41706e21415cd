"""One name set against another the other way round: "Uzbekistan would turn to the CSTO rather
than to Russia" where the sources say "to Russia, not the CSTO". A negation right before a name
(past a preposition or a determiner: "not the CSTO", "rather than to Russia", "niet tot de CSTO")
denies that name only; where the sentence denies a name that a wording of the claim sets against
the one it denies, the sentence says the opposite of the claim."""
from __future__ import annotations

from cstocheck.compare import Judged
from cstocheck.model import Stance
from cstocheck.read import NEGATING_VERBS, Reading, word_at
from cstocheck.retrieve import ADDRESS_JOINS
from cstocheck.rules.base import Found, Rule, Stage, wording_read


def check(j: Judged) -> Found | None:
    denied = _denied_names(j.reading)
    if not denied:
        return None
    for k in (k for k, w in enumerate(j.entry.wordings) if w.negations):
        wording = wording_read(j.index, j.claim, k)
        theirs = _denied_names(wording)
        if not theirs:
            continue
        affirmed = {i for m in wording.mentions for i in m.ids} - theirs
        if denied & affirmed:
            named = ", ".join(sorted(denied & affirmed))
            return Found(f"not {named}", f"{named}, not {', '.join(sorted(theirs))}", Stance.CONTRADICTS)
    return None


def _denied_names(reading: Reading) -> frozenset[str]:
    """The names a negation right before them denies."""
    words = reading.words
    out: set[str] = set()
    for at in reading.negation_at:
        if words[word_at(reading, at)][2].lower() in NEGATING_VERBS:
            continue  # "weigerde de CSTO Kirgizië te helpen": the CSTO refused, it is not denied
        k = word_at(reading, at) + 1
        while k < len(words) and words[k][2] in ADDRESS_JOINS:
            k += 1
        if k < len(words):
            out.update(i for m in reading.mentions if m.start <= words[k][0] < m.end for i in m.ids)
    return frozenset(out)


RULE = Rule("contrast-reversed", Stage.MISMATCH, check)
