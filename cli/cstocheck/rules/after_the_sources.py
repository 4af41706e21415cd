"""A time after the claim's sources were written: they cannot speak to it."""
from __future__ import annotations

from cstocheck.compare import Judged
from cstocheck.kinds.base import as_written
from cstocheck.retrieve import DATED_KINDS
from cstocheck.rules.base import Found, Rule, Stage


def check(j: Judged) -> Found | None:
    written = j.entry.written
    if j.claim.kind in DATED_KINDS or written is None:
        return None
    later = next((w for w in j.whens if w.year is not None and w.span()[0] is not None and w.span()[0] > written),
                 None)
    if later is None:
        return None
    said = as_written(j.text, later)
    return Found(said, f"the sources on {j.claim.id} were written by {written[0]}-{written[1]:02d}: "
                       f"they cannot speak to {said}")


RULE = Rule("after-the-sources", Stage.UNCHECKED, check)
