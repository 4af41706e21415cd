"""A span of time in another unit than the sources give: "the CSTO sat on Armenia's request for
three weeks", where they say three months. The figure agrees with the claim's only as a number;
converted to the claim's unit (a month is 30.4 days, a year 365.25: the `duration_days` table)
it is not the claim's figure, and is contradicted. A span in the same unit is left to the
figure's check (which does not convert: "about 90 days" against three months is contradicted
there, a known false contradiction)."""
from __future__ import annotations

from functools import cache

from cstocheck import lexicon
from cstocheck.compare import Judged
from cstocheck.model import Stance, ValueKind
from cstocheck.read import stem
from cstocheck.retrieve import counted
from cstocheck.rules.base import Found, Rule, Stage
from cstocheck.values import parse_count


def check(j: Judged) -> Found | None:
    if j.claim.kind is not ValueKind.COUNT or not j.claim.value or j.said is None or j.said.quantity is None:
        return None
    days = _days()
    theirs = [days[f] for f in j.entry.counts if f in days]
    ours = [days[f] for f in counted(j.reading, j.said.quantity) if f in days]
    if not theirs or not ours or set(theirs) & set(ours):
        return None
    as_theirs = j.said.quantity.number * ours[0] / theirs[0]
    if parse_count(j.claim.value).range().overlaps(parse_count(f"about {as_theirs:g}").range()):
        return None
    quantity = j.said.quantity
    return Found(j.text[quantity.start:quantity.end], f"{j.claim.value} in another unit of time", Stance.CONTRADICTS)


@cache
def _days() -> dict[str, float]:
    """Each unit of time's feature (a word's, or a term's: "t:years"), with its length in days."""
    return {word if word.startswith("t:") else "w:" + stem(word): float(n)
            for word, n in lexicon.mapping("duration_days").items()}


RULE = Rule("another-unit", Stage.MISMATCH, check)
