"""A figure, but not of what the claim counts ("80,000 demonstrators" against a count of
opponents jailed): a figure left unchecked is never supported."""
from __future__ import annotations

from cstocheck.compare import Judged
from cstocheck.kinds.base import as_written
from cstocheck.model import ValueKind
from cstocheck.rules.base import Found, Rule, Stage


def check(j: Judged) -> Found | None:
    if j.claim.kind is not ValueKind.COUNT or j.said is not None or not j.loose:
        return None
    figure = as_written(j.text, j.loose[0])
    return Found(figure, f"{figure} does not count what {j.claim.id} counts")


RULE = Rule("figure-of-another-thing", Stage.UNCHECKED, check)
