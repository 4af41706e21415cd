"""An assertion left unchecked against its best match, which names someone the sentence puts
another in the place of ("Tokajev belde Loekasjenko om hulp", closest to Tokayev calling Putin),
is judged against the next claim that names everyone the sentence names outside its frames:
Tokayev calling Putin and Lukashenko. Only a claim that matches, and only a verdict it reaches."""
from __future__ import annotations

from collections.abc import Callable

from cstocheck.finding import Part, Verdict
from cstocheck.kinds.base import core
from cstocheck.retrieve import Candidates, Index, Match
from cstocheck.rules.base import Rule, Stage, naming_all


def check(found: Candidates, part: Part, index: Index, judge: Callable[[Match], Part]) -> Part | None:
    if part.verdict is not Verdict.UNVERIFIED or part.claim is None or len(found.matches) < 2:
        return None
    # (A city's mention names its country too.)
    match = naming_all(found, index, [m.ids for m in core(found.reading).mentions])
    if match is None or match is found.matches[0]:
        return None
    other = judge(match)
    return other if other.verdict is not Verdict.UNVERIFIED else None


RULE = Rule("by-who-it-names", Stage.RECONSIDER, check)
