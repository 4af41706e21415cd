"""What could, may or might happen, or would have happened if …, is no assertion of what did:
"Russia could send up to 10,000 troops if needed", "Moscow was ready to send 5,000 more",
"If Russia had sent 10,000 troops, …", "Als Rusland 10.000 militairen had gestuurd, …". A word
of possibility before the claim's words in their clause, or a conditional opening it, leaves the
claim's point aside: the sentence speaks of something else than what the sources report."""
from __future__ import annotations

from cstocheck import lexicon
from cstocheck.compare import Judged
from cstocheck.read import word_features
from cstocheck.rules.base import Found, Rule, Stage
from cstocheck.structure import chunk_at


def check(j: Judged) -> Found | None:
    # a claim that is itself about readiness ("Minsk was ready to send troops") is checked as usual
    found = clause_of_the_claim(j)
    if found is None or j.entry.predicate & _POSSIBLE_FEATURES:
        return None
    words, first = found
    reading = j.reading
    counterfactual = any(w in _COUNTERFACTUAL for _, _, w in words)
    dates = [(w.start, w.end) for w in reading.whens]
    for a, b, word in (w for w in words if w[0] < first):
        if any(lo <= a < hi for lo, hi in dates):
            continue  # "In May 1992": a month, not what may be
        opening = a == reading.chunks[chunk_at(reading.chunks, a)].start
        if word in _POSSIBLE or opening and (word in _IF or word in _IF_COUNTERFACTUAL and counterfactual):
            return Found(reading.text[a:b], f"the sentence says what might be, not what the sources on {j.claim.id} report",
                         elsewhere=True)
    return None


def clause_of_the_claim(j: Judged) -> tuple[list[tuple[int, int, str]], int] | None:
    """The words of the clause the claim's first word stands in, folded, and where that word
    starts; None where the sentence says nothing of the claim."""
    reading = j.reading
    said = [a for a, _, f in reading.features if f in j.entry.predicate]
    if not said or not reading.chunks:
        return None
    first = min(said)
    clause = chunk_at(reading.chunks, first)
    return [(a, b, w.lower()) for a, b, w in reading.words if chunk_at(reading.chunks, a) == clause], first


_POSSIBLE = lexicon.words("possibility_words")
_POSSIBLE_FEATURES = word_features(_POSSIBLE)
_IF = lexicon.words("conditional_openers")
# "als" opens a condition only with a counterfactual in its clause ("Als Rusland … had gestuurd"),
# not "Als enige van de zes landen …"
_IF_COUNTERFACTUAL = lexicon.words("counterfactual_openers")
_COUNTERFACTUAL = lexicon.words("counterfactual_words")


RULE = Rule("hypothetical", Stage.UNCHECKED, check)
