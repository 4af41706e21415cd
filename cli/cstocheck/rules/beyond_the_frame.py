"""A sentence whose best match it says only in passing, in a frame or a title ("Foreign
Ministry spokeswoman Zakharova stated that peacekeepers were sent at Kazakhstan's request"),
asserts something else: where a claim it says outside the frames also matches, that claim is
what the sentence is judged on. A fact in passing counts only when wrong, so a right one gives
way; a wrong one stands."""
from __future__ import annotations

from collections.abc import Callable

from cstocheck.finding import Part, Verdict
from cstocheck.retrieve import Candidates, Index, Match
from cstocheck.rules.base import Rule, Stage


def check(found: Candidates, part: Part, index: Index, judge: Callable[[Match], Part]) -> Part | None:
    if part.verdict is not Verdict.SUPPORTED or not part.in_passing:
        return None
    for other in found.matches[1:]:
        if not other.passing:
            asserted = judge(other)
            return asserted if asserted.verdict is not Verdict.UNVERIFIED else None
    return None


RULE = Rule("beyond-the-frame", Stage.RECONSIDER, check)
