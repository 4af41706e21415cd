"""The right value at the wrong time: a date the sentence gives that fits none of the times the
claim's wordings give for the point ("signed in 1994" where they say 1992)."""
from __future__ import annotations

from cstocheck.compare import Judged
from cstocheck.kinds.base import as_written
from cstocheck.model import Stance
from cstocheck.rules.base import Found, Rule, Stage, another_time, years_of


def check(j: Judged) -> Found | None:
    elsewhen = another_time(j.whens, j.entry.whens)
    if elsewhen is None:
        return None
    return Found(as_written(j.text, elsewhen), years_of(j.entry.whens), Stance.CONTRADICTS)


RULE = Rule("another-time", Stage.MISMATCH, check)
