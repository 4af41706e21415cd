"""A count of what one country or person did ("Armenia sent about 70 troops"), against a sentence
that gives neither the figure nor who did it ("Kazakhstan footed the bill for the CSTO
deployment", "the CSTO did not intervene in Armenia", where Armenia is only where): the sentence
says nothing the count is about, so the claim checks nothing. A count of members ("the CSTO has six
member states") says nothing but its figure: a sentence that gives none is not checked by it."""
from __future__ import annotations

from cstocheck import lexicon
from cstocheck.compare import Judged
from cstocheck.kinds.count import COUNTRY_COUNTS
from cstocheck.model import EntityKind, ValueKind
from cstocheck.read import ACTS, where, whither, word_before
from cstocheck.rules.base import Found, Rule, Stage

_WHO = (EntityKind.COUNTRY, EntityKind.PERSON)
_MEMBERS = lexicon.words("member_plurals")


def check(j: Judged) -> Found | None:
    if j.claim.kind is not ValueKind.COUNT or j.said is not None:
        return None
    if j.entry.counts <= COUNTRY_COUNTS and not j.entry.predicate & ACTS \
            and not {w for _, _, w in j.reading.words} & _MEMBERS:
        # A count of members is its figure: "the republic is a full member of the CSTO" speaks of
        # one member and gives none (members in the plural may be the count, in words unread).
        return Found("", f"the sentence gives no figure of {j.claim.id}, which is all it says")
    if _of_them_all(j):
        return None
    kinds = j.index.aliases.kinds
    who = {e for e in j.entry.entities if kinds.get(e) in _WHO} - j.entry.where - j.entry.whither
    # Named as where ("the CSTO did not intervene in Armenia"), a country did nothing the count is of.
    acting = {i for m in j.reading.mentions if not m.locative or _whence(j, m.start) for i in m.ids}
    if not who or who & acting:
        return None
    return Found("", f"the sentence gives neither the figure of {j.claim.id} nor {', '.join(sorted(who))}")


def _of_them_all(j: Judged) -> bool:
    """Whether a count of countries ("Russia and four other allies sent troops", which names one
    of what it counts, not who did it) meets a sentence that names no country but as a place:
    "the other allies sent troops to Kazakhstan too" says what each of them did."""
    if not j.entry.counts & COUNTRY_COUNTS:
        return False
    places = where(j.reading) | whither(j.reading)
    return not any(m.kind is EntityKind.COUNTRY and not m.ids & places for m in j.reading.mentions)


def _whence(j: Judged, start: int) -> bool:
    """Whether a place is named as where something came from ("troops from Russia"): who sent it."""
    before = word_before(j.reading, start)
    return before is not None and before[1] in lexicon.words("whence_words")


RULE = Rule("count-unnamed", Stage.UNCHECKED, check)
