"""A country added to a list the sources give whole: "the CSTO includes Russia, Belarus, …,
Tajikistan and Uzbekistan" where the members they list are six, without Uzbekistan. Only for a
claim one of whose wordings says its list is whole ("make up", "bestaat uit"), whose every
wording lists at least three countries, and where the sentence's list holds at least three."""
from __future__ import annotations

from cstocheck.compare import Judged
from cstocheck.implied import says_whole
from cstocheck.kinds.base import core
from cstocheck.model import EntityKind, Stance
from cstocheck.read import place_lists
from cstocheck.rules.base import Found, Rule, Stage

MIN_LISTED = 3


def check(j: Judged) -> Found | None:
    kinds = j.index.aliases.kinds
    theirs = [{i for m in w.named for i in m.ids if kinds.get(i) is EntityKind.COUNTRY} for w in j.entry.wordings]
    if not theirs or min(len(t) for t in theirs) < MIN_LISTED or not any(says_whole(t) for t in j.claim.texts):
        return None
    known = set().union(*theirs)
    for run in place_lists(j.text, core(j.reading)):
        listed = {i for m in run for i in m.ids if kinds.get(i) is EntityKind.COUNTRY}
        extra = listed - known
        if len(run) >= MIN_LISTED and extra:
            return Found(", ".join(sorted(extra)), ", ".join(sorted(known)), Stance.CONTRADICTS)
    return None


RULE = Rule("another-in-the-list", Stage.MISMATCH, check)
