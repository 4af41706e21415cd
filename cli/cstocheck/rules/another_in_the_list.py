"""A country added to a list the sources give whole: "the CSTO includes Russia, Belarus, …,
Tajikistan and Uzbekistan" where the members they list are six, without Uzbekistan. Only for a
claim one of whose wordings says its list is whole ("make up", "bestaat uit"), whose every
wording lists at least three countries, and where the sentence's list holds at least three
known ones; a name the base does not know, listed with them, is one more country ("Russia,
Belarus, Armenia, Mongolia and Tajikistan")."""
from __future__ import annotations

from cstocheck.compare import Judged
from cstocheck.implied import says_whole
from cstocheck.kinds.base import core
from cstocheck.lazy_pattern import LazyPattern
from cstocheck.model import EntityKind, Stance
from cstocheck.read import Mention, place_lists
from cstocheck.rules.base import Found, Rule, Stage, unknown_name

MIN_LISTED = 3


def check(j: Judged) -> Found | None:
    kinds = j.index.aliases.kinds
    theirs = [{i for m in w.named for i in m.ids if kinds.get(i) is EntityKind.COUNTRY} for w in j.entry.wordings]
    if not theirs or min(len(t) for t in theirs) < MIN_LISTED or not any(says_whole(t) for t in j.claim.texts):
        return None
    known = set().union(*theirs)
    for run, strangers in _lists(j):
        listed = {i for m in run for i in m.ids if kinds.get(i) is EntityKind.COUNTRY}
        extra = sorted(listed - known) + strangers
        if len(run) + len(strangers) >= MIN_LISTED and extra:
            return Found(", ".join(extra), ", ".join(sorted(known)), Stance.CONTRADICTS)
    return None


def _lists(j: Judged) -> list[tuple[list[Mention], list[str]]]:
    """The sentence's lists of countries, each with the names no claim or alias knows that stand
    in it ("Russia, Armenia, Mongolia, Kazakhstan and Kyrgyzstan"): countries the base has never
    heard of, which join the runs on either side of them."""
    text = j.text
    lists: list[tuple[list[Mention], list[str]]] = []
    for run in place_lists(text, core(j.reading)):
        between = _BETWEEN.fullmatch(text, lists[-1][0][-1].end, run[0].start) if lists else None
        if between is not None and unknown_name(j.reading, j.index, between.start(1), between.end(1)):
            lists[-1] = (lists[-1][0] + run, lists[-1][1] + [between.group(1)])
            continue
        lists.append((run, []))
    for run, strangers in lists:
        for m in (_BEFORE.search(text, 0, run[0].start), _AFTER.match(text, run[-1].end)):
            if m is not None and unknown_name(j.reading, j.index, m.start(1), m.end(1)):
                strangers.append(m.group(1))
    return lists


_NAME = r"([A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?)"
_GLUE = r"\s*(?:,|,?\s*(?:and|en|&))\s*"
_BEFORE = LazyPattern(rf"{_NAME}{_GLUE}$")
_AFTER = LazyPattern(rf"{_GLUE}{_NAME}\b")
_BETWEEN = LazyPattern(rf"{_GLUE}{_NAME}{_GLUE}")


RULE = Rule("another-in-the-list", Stage.MISMATCH, check)
