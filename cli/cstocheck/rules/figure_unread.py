"""Digits the reader took for no figure and no date ("numbers 5,000 people"): a count claim
cannot be checked against a figure left unread. An article number, or digits joined to a word
("Brotherhood-2022", "98th"), name something and are no figure; an age ("de 78-jarige
Nazarbajev") the reader leaves out on purpose."""
from __future__ import annotations

import re

from cstocheck.compare import Judged
from cstocheck.model import ValueKind
from cstocheck.rules.base import Found, Rule, Stage
from cstocheck.values import is_age

_DIGITS = re.compile(r"\d+(?:[.,\s]\d{3})*")
_NAMED_BY = re.compile(r"(?:article|artikel|art\.?)\s*$|[-\w]$", re.IGNORECASE)


def check(j: Judged) -> Found | None:
    if j.claim.kind is not ValueKind.COUNT:
        return None
    read_spans = [(q.start, q.end) for q in j.quantities] + [(w.start, w.end) for w in j.whens]
    for found in _DIGITS.finditer(j.text):
        start, end = found.span()
        if any(a <= start < b or a < end <= b for a, b in read_spans):
            continue
        if _NAMED_BY.search(j.text[:start]) or j.text[end:end + 1].isalpha() or is_age(j.text, end):
            continue
        return Found(found.group(), f"the figure {found.group()} could not be read, so {j.claim.id} cannot check it")
    return None


RULE = Rule("figure-unread", Stage.UNCHECKED, check)
