"""One thing preferred to another, the other way round: "Kydykbayev wanted his country to send
troops rather than humanitarian aid", where the sources say he would rather have sent aid than
troops. What a sentence sets aside is read from the few words after "rather than", "instead of",
"in plaats van" (or after "than"/"dan" where "rather"/"liever" comes first); where the claim's
wordings set aside something else, which the sentence names as preferred, the preference is
reversed."""
from __future__ import annotations

from cstocheck import lexicon
from cstocheck.compare import Judged
from cstocheck.model import Stance
from cstocheck.read import Reading, read
from cstocheck.rules.base import Found, Rule, Stage

_SETTING_ASIDE = lexicon.phrases("setting_aside")
_RATHER = lexicon.words("rather_words")
_THAN = lexicon.words("than_words")
REACH = 4  # words after the marker within which what is set aside is named


def set_aside(reading: Reading) -> frozenset[str]:
    """The terms a reading names as what is set aside, after its marker."""
    words = [w for _, _, w in reading.words]
    found: set[str] = set()
    for i in range(len(words)):
        n = _SETTING_ASIDE.at(words, i)
        if not n and words[i] in _THAN and _RATHER & set(words[:i]):
            n = 1
        if n and i + n < len(words):
            found |= _first_terms(reading, i + n)
    return frozenset(found)


def _first_terms(reading: Reading, k: int) -> frozenset[str]:
    """The first term within REACH words from word k, with a term on the word right after it
    ("humanitarian aid"): what is set aside, not the rest of the clause."""
    spans = reading.words[k:k + REACH]
    terms = sorted((a, f) for a, _, f in reading.features
                   if f.startswith("t:") and spans and spans[0][0] <= a <= spans[-1][0])
    if not terms:
        return frozenset()
    first = next(n for n, (start, _, _) in enumerate(spans) if start >= terms[0][0])
    end = spans[min(first + 1, len(spans) - 1)][1]
    return frozenset(f for a, f in terms if a < end)


def check(j: Judged) -> Found | None:
    said = set_aside(j.reading)
    if not said:
        return None
    theirs = frozenset().union(*(set_aside(read(t, j.index.aliases)) for t in j.claim.texts))
    if not theirs or said & theirs or not theirs <= j.reading.predicate:
        return None
    return Found(f"setting aside {_named(said)}", f"setting aside {_named(theirs)}", Stance.CONTRADICTS)


def _named(terms: frozenset[str]) -> str:
    return ", ".join(sorted(f[2:] for f in terms))


RULE = Rule("preference-reversed", Stage.MISMATCH, check)
