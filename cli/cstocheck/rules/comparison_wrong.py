"""A comparison the sources' figures do not bear out: "Armenia sent more soldiers than
Kyrgyzstan", where the sources count about 70 Armenian and about 150 Kyrgyz troops. Where both
sides have a count of the same thing (see comparison-unread), the comparison is checked."""
from __future__ import annotations

from cstocheck.compare import Judged
from cstocheck.model import Stance
from cstocheck.rules.base import Found, Rule, Stage
from cstocheck.rules.comparison_unread import comparison


def check(j: Judged) -> Found | None:
    found = comparison(j)
    if found is None or found.ours is None:
        return None
    if found.ours != found.theirs and (found.ours > found.theirs) is found.more:
        return None  # borne out
    return Found(found.words, f"{found.ours:g} against {found.theirs:g}", Stance.CONTRADICTS)


RULE = Rule("comparison-wrong", Stage.MISMATCH, check)
