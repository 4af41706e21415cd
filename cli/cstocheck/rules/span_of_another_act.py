"""A span of time the sentence gives for another act than the claim's ("the forces would leave
the country within 10 days", against their crossing the border a day after the request): the
claim counts the time to its own act, so its figure checks nothing of the sentence's. The act a
span is of is the one in its own clause ("2,030 soldiers, which will leave within ten days, took
part"), else the sentence's."""
from __future__ import annotations

from cstocheck.compare import Judged
from cstocheck.model import ValueKind
from cstocheck.read import ACTS, Reading
from cstocheck.retrieve import DURATION_FEATURES, counted, main_acts
from cstocheck.rules.base import Found, Rule, Stage
from cstocheck.structure import chunk_at


def check(j: Judged) -> Found | None:
    if j.claim.kind is not ValueKind.COUNT or not j.entry.counts & DURATION_FEATURES:
        return None
    theirs = j.entry.predicate & ACTS
    acts = _acts_of_the_span(j.reading)
    if not theirs or not acts or acts & theirs:
        return None
    return Found("", f"the sources on {j.claim.id} count the time to another act", elsewhere=True)


def _acts_of_the_span(reading: Reading) -> frozenset[str]:
    chunks = reading.chunks
    clauses = {chunk_at(chunks, q.start) for q in reading.quantities
               if q.unit is None and counted(reading, q, 1) & DURATION_FEATURES} if chunks else set()
    own = frozenset(f for k, f in reading.placed if k in clauses and f in ACTS)
    return own or main_acts(reading)


RULE = Rule("span-of-another-act", Stage.UNCHECKED, check)
