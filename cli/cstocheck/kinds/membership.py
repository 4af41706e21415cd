"""Membership: the years a sentence asks about ("in 2008", "since 2006", "never", or now for a
sentence in the present tense with no date), answered by the source's history of joining and
leaving; a source silent on those years does not speak."""
from __future__ import annotations

import datetime
import re

from cstocheck import lexicon
from cstocheck.history import parse_history, says_member
from cstocheck.kinds.base import Asked, Said, ValueRule
from cstocheck.kinds.time import dated
from cstocheck.model import Stance, ValueKind

# Present-tense words: a membership sentence with one of these and no date is about now.
_PRESENT = lexicon.words("present_tense")
# "a former member", "voormalig lid": not a member at the time the sentence speaks of.
_FORMER = lexicon.words("former_words")
_MEMBER = lexicon.words("member_words")
FORMER_REACH = 2  # "former member", "former CSTO member"
# "Azerbaijan, a member of the CSTO, protested": a description set off by commas tells what the
# country is when the sentence speaks, as the present tense does.
_APPOSITIVE = re.compile(
    rf",\s+(?:(?:{lexicon.alternation(lexicon.words('appositive_member_openers'))})\s+)*(?:[\w-]+\s+)?"
    rf"(?:{lexicon.alternation(_MEMBER)})\b", re.IGNORECASE)


def read(asked: Asked) -> Said | None:
    words = [word for _, _, word in asked.reading.words]
    former = any(w in _MEMBER and _FORMER & set(words[max(0, i - FORMER_REACH):i]) for i, w in enumerate(words))
    when = dated(asked.whens, asked.claim.kind)
    if when is not None:
        return Said(asked.claim.kind, when=when, former=former)
    if former or set(words) & _PRESENT or _APPOSITIVE.search(asked.text):
        return Said(asked.claim.kind, present=True, former=former)
    return None


def stance(said: Said | None, value: str, negated: bool, country_of: dict[str, str]) -> Stance | None:
    lo, hi = _years(said)
    if said is not None and said.former:
        # Not a member at that time: what a source says of it is all that counts.
        out = says_member(parse_history(value), lo, hi)
        return None if not out else Stance.SUPPORTS if (False in out) != negated else Stance.CONTRADICTS
    since = said is not None and said.when is not None and said.when.qualifier == "since"
    if since and lo is not None and (hi is None or hi > lo):
        lo += 1  # the year of a change is on both sides of it: "since 2012" is the years after
    answers = says_member(parse_history(value), lo, hi)
    if not answers:
        return None  # the source does not speak to that time
    if lo is None and negated:
        # "never a member" is denied by any period of membership, and not shown by a period out.
        if True not in answers:
            return None
        agrees = False
    elif lo is None:
        # "was a member", at some time: shown by a period of membership, and not denied by a
        # source that speaks only of a time it was out ("not a member in 2022").
        if True not in answers:
            return None
        agrees = True
    elif since:
        # "A member since 2006" is a member all the time from then on.
        agrees = (bool(negated)) not in answers
    else:
        agrees = (not negated) in answers
    return Stance.SUPPORTS if agrees else Stance.CONTRADICTS


def _years(said: Said | None) -> tuple[int | None, int | None]:
    """The span of years a membership sentence asks about (None, None: at any time)."""
    if said is None:
        return None, None
    if said.present:
        year = datetime.date.today().year
        return year, year
    if said.when is None:
        return None, None
    first, last = said.when.span()
    return (first[0] if first else 1000), (last[0] if last else 9999)


RULE = ValueRule("membership", frozenset({ValueKind.MEMBERSHIP}), read, stance)
