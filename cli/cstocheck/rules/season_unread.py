"""A season the sentence dates its point by ("Last spring, two members … were engaged in a
border dispute", "vorig najaar"): the reader reads no date from it, and a claim whose point the
sources date (September 2022) cannot check it. Given with a year the sources' year still
decides; a season alone leaves the point unchecked, not borne out."""
from __future__ import annotations

from cstocheck import lexicon
from cstocheck.compare import Judged
from cstocheck.read import word_features
from cstocheck.retrieve import DATED_KINDS
from cstocheck.rules.base import Found, Rule, Stage


def check(j: Judged) -> Found | None:
    if j.claim.kind not in DATED_KINDS and not j.entry.whens:
        return None
    if any(w.year is not None for w in j.whens) or j.entry.predicate & _SEASON_FEATURES:
        return None  # a year decides; a claim that gives the season itself ("in the autumn of 2022") checks it
    season = next((w for _, _, w in j.reading.words if w.lower() in _SEASONS), None)
    if season is None:
        return None
    return Found(season, f"the sources on {j.claim.id} date it, and '{season}' gives no date to check")


_SEASONS = lexicon.words("season_words")
_SEASON_FEATURES = word_features(_SEASONS)


RULE = Rule("season-unread", Stage.UNCHECKED, check)
