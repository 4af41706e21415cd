"""What the sources put after another event, the sentence puts before it: "Rusland stuurde al
troepen naar Kazachstan voordat Tokajev om hulp had gevraagd" against "one day after Tokayev's
request". The claim counts a delay after something (its wordings say "after", "na", "later"),
and the sentence says "before" ("voordat", "prior to") and nothing of after: the order is the
other way round."""
from __future__ import annotations

import re

from cstocheck import lexicon
from cstocheck.compare import Judged
from cstocheck.model import Stance
from cstocheck.retrieve import TIME_COUNTED
from cstocheck.rules.base import Found, Rule, Stage


def check(j: Judged) -> Found | None:
    if not j.entry.counts & TIME_COUNTED or not all(_AFTER.search(t) for t in j.claim.texts):
        return None
    before = _BEFORE.search(j.text)
    if before is None or _AFTER.search(j.text):
        return None
    return Found(before.group(), "after, not before", Stance.CONTRADICTS)


_BEFORE = re.compile(rf"\b(?:{lexicon.alternation(lexicon.words('order_before'))})\b", re.IGNORECASE)
_AFTER = re.compile(rf"\b(?:{lexicon.alternation(lexicon.words('order_after'))})\b", re.IGNORECASE)


RULE = Rule("order-reversed", Stage.MISMATCH, check)
