"""A country added to a list the sources give whole: "the CSTO includes Russia, Belarus, …,
Tajikistan and Uzbekistan" where the members they list are six, without Uzbekistan. Only for a
claim one of whose wordings says its list is whole ("make up", "bestaat uit"), whose every
wording lists at least three countries, and where the sentence's list holds at least three
known ones; a name the base does not know, listed with them, is one more country ("Russia,
Belarus, Armenia, Mongolia and Tajikistan")."""
from __future__ import annotations

from cstocheck.compare import Judged
from cstocheck.implied import says_whole
from cstocheck.model import EntityKind, Stance
from cstocheck.rules.base import Found, Rule, Stage, countries_of, lists_at_least, lists_of_places

MIN_LISTED = 3


def check(j: Judged) -> Found | None:
    kinds = j.index.aliases.kinds
    if not lists_at_least(j.entry, j.index, MIN_LISTED) or not any(says_whole(t) for t in j.claim.texts):
        return None
    known = countries_of(j.entry, j.index)
    for run, strangers in lists_of_places(j.reading, j.index):
        listed = {i for m in run for i in m.ids if kinds.get(i) is EntityKind.COUNTRY}
        extra = sorted(listed - known) + strangers
        if len(run) + len(strangers) >= MIN_LISTED and extra:
            return Found(", ".join(extra), ", ".join(sorted(known)), Stance.CONTRADICTS)
    return None


RULE = Rule("another-in-the-list", Stage.MISMATCH, check)
