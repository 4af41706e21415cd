"""The date of a plan is not the date of what was planned: "In 2002, Uzbekistan announced that
it planned to withdraw from the organization" dates the announcement, not a leaving the sources
date to 1999. A word of intention ("planned", "intends", "wilde", "van plan") before the claim's
words in their clause leaves a year or a date unchecked; what was planned is still compared on
anything else ("Bishkek intends to send 150 servicemen" is held against the 150)."""
from __future__ import annotations

from cstocheck import lexicon
from cstocheck.compare import Judged
from cstocheck.model import ValueKind
from cstocheck.rules.base import Found, Rule, Stage
from cstocheck.rules.hypothetical import clause_of_the_claim

_INTENDING = lexicon.words("intention_words")


def check(j: Judged) -> Found | None:
    if j.claim.kind not in (ValueKind.YEAR, ValueKind.DATE) or j.said is None or j.said.when is None:
        return None
    found = clause_of_the_claim(j)
    if found is None:
        return None
    words, first = found
    word = next(((a, b) for a, b, w in words if a < first and w in _INTENDING), None)
    if word is None:
        return None
    return Found(j.text[word[0]:word[1]], f"the sentence dates a plan, not what the sources on {j.claim.id} date",
                 elsewhere=True)


RULE = Rule("date-of-a-plan", Stage.UNCHECKED, check)
