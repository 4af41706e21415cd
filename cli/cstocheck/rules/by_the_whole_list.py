"""An assertion borne out by a claim on one of the countries it lists, where the list holds a
name the base does not know ("Russia, Belarus, Armenia, Serbia and Tajikistan sent troops", best
matched by Tajikistan sending troops), is judged against the next claim that names every known
country of the list: only a claim on the list whole can say that the stranger is one too many.
Only a claim that matches, and only a contradiction or dispute it reaches."""
from __future__ import annotations

from collections.abc import Callable

from cstocheck.finding import Part, Verdict
from cstocheck.retrieve import Candidates, Index, Match
from cstocheck.rules.base import Rule, Stage, lists_of_places, naming_all

# A list of fewer countries is too short to be given whole ("Russia and Mongolia").
MIN_LISTED = 3


def check(found: Candidates, part: Part, index: Index, judge: Callable[[Match], Part]) -> Part | None:
    if part.verdict is not Verdict.SUPPORTED or part.claim is None or len(found.matches) < 2:
        return None
    for run, strangers in lists_of_places(found.reading, index):
        if not strangers or len(run) + len(strangers) < MIN_LISTED:
            continue
        match = naming_all(found, index, [m.ids for m in run])
        if match is found.matches[0]:
            return None
        if match is None:
            continue
        other = judge(match)
        return other if other.verdict in (Verdict.CONTRADICTED, Verdict.DISPUTED) else None
    return None


RULE = Rule("by-the-whole-list", Stage.RECONSIDER, check)
