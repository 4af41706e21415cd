"""The sentence puts a figure on something the sources give no figure for, and no claim close
enough to match has a figure to check it against."""
from __future__ import annotations

from cstocheck.compare import Judged, checks_figure
from cstocheck.kinds.base import as_written
from cstocheck.model import ValueKind
from cstocheck.rules.base import FIGURE_BEHIND, Found, Rule, Stage


def check(j: Judged) -> Found | None:
    if j.claim.kind is ValueKind.COUNT or not j.loose or any(
            m.score >= j.top.score - FIGURE_BEHIND and checks_figure(j.text, j.reading, j.index, m)
            for m in j.matches):
        return None
    figure = as_written(j.text, j.loose[0])
    return Found(figure, f"the sources on {j.claim.id} give no figure to check {figure} against")


RULE = Rule("figure-without-one", Stage.UNCHECKED, check)
