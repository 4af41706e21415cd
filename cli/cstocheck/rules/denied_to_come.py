"""A denial of what is yet to come against what the sources say happened: "Uzbekistan will not
return to the CSTO" denies a future return, not its rejoining in 2006, and "Pashinyan will not be
able to attend the upcoming summit" denies nothing of his taking part in the January video
meeting. The sentence's negation stands right after a word of the future ("will", "zal"): what
the sources say happened checks nothing of what the sentence foresees."""
from __future__ import annotations

from cstocheck import lexicon
from cstocheck.compare import Judged
from cstocheck.read import word_at
from cstocheck.rules.base import Found, Rule, Stage


def check(j: Judged) -> Found | None:
    reading = j.reading
    if not j.top.negated or not reading.negation_at:
        return None
    for at in reading.negation_at:
        k = word_at(reading, at)
        if any(w.lower() in _FUTURE for _, _, w in reading.words[max(0, k - FUTURE_REACH):k]):
            return Found("", f"the sources on {j.claim.id} say what happened, not what will", elsewhere=True)
    return None


FUTURE_REACH = 2  # "will not", "zal ook niet"
_FUTURE = lexicon.words("future_words")


RULE = Rule("denied-to-come", Stage.UNCHECKED, check)
