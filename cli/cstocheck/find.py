"""Searching the base: claims ranked by how much of the query's words, names and values they share.

The query is read the way `claim` reads a sentence (the same alias table, terms and word
stems) and claims are retrieved through the same index; a figure or a year in the query counts
when the claim, or one of its sources, gives it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from cstocheck.model import Claim
from cstocheck.read import read
from cstocheck.retrieve import Index
from cstocheck.values import read_quantities, read_whens

DEFAULT_LIMIT = 10
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


@dataclass(frozen=True)
class Hit:
    claim: Claim
    score: float  # the share of the query's weight the claim has, 0 to 1
    shared: tuple[str, ...]  # the query's features and values the claim has, for the reader


def _values(text: str) -> frozenset[float]:
    found = {q.number for q in read_quantities(text)} | {float(w.year) for w in read_whens(text) if w.year}
    return frozenset(found)


def _claim_values(claim: Claim) -> frozenset[float]:
    """Every figure and year a claim or its sources give, in its value or its wordings."""
    # Values are written plainly ("about 2300", "member 1992-1999; not 1999-"); wordings are read.
    values = [claim.value or "", *(s.value or "" for s in claim.sources)]
    numbers = {float(n) for v in values for n in _NUMBER.findall(v)}
    return frozenset(numbers) | frozenset(v for t in claim.texts for v in _values(t))


def _claim_features(index: Index, claim: Claim) -> frozenset[str]:
    entry = index.entry_of(claim.id)
    slot_values = {v for v in [claim.value, *(s.value for s in claim.sources)] if v}
    return entry.predicate | entry.entities | frozenset(slot_values)


def _candidates(index: Index, claims: tuple[Claim, ...], features: frozenset[str],
                values: frozenset[float]) -> list[Claim]:
    """Claims sharing a feature with the query (through the index), or giving one of its values."""
    numbers = {n for f in features for n in index.postings.get(f, ())}
    listed = {index.entry(n).claim.id for n in numbers}
    return [c for c in claims if c.id in listed or (values and values & _claim_values(c))
            or features & {c.value, *(s.value for s in c.sources)}]


def find(index: Index, claims: tuple[Claim, ...], query: str, limit: int = DEFAULT_LIMIT) -> list[Hit]:
    reading = read(query, index.aliases)
    features = reading.predicate | reading.entity_ids
    values = _values(query)
    value_weight = index.unseen_weight  # a figure or year is as telling as the rarest name
    total = sum(_weight(index, f) for f in features) + value_weight * len(values)
    if total <= 0:
        return []
    close = {m.claim.id: m.score for m in index.rank(reading)} if reading.predicate else {}
    hits = []
    for claim in _candidates(index, claims, features, values):
        own = _claim_features(index, claim)
        shared = features & own
        same_values = values & _claim_values(claim) if values else frozenset()
        found = sum(_weight(index, f) for f in shared)
        score = (found + value_weight * len(same_values)) / total
        if score > 0:
            # Among claims sharing as much, those the query says most of come first.
            focus = found / (sum(_weight(index, f) for f in own) or 1.0)
            said = sorted(f.split(":", 1)[-1] for f in shared) + [f"{v:g}" for v in sorted(same_values)]
            hits.append((round(score, 3), close.get(claim.id, 0.0), focus, Hit(claim, round(score, 3), tuple(said))))
    hits.sort(key=lambda h: (-h[0], -h[1], -h[2], h[3].claim.id))
    return [h[3] for h in hits[:limit]]


def _weight(index: Index, feature: str) -> float:
    if feature in index.aliases.kinds:  # a named entity: as rare as the claims naming it make it
        return index.weights.get(feature, index.unseen_weight)
    return index.weight(feature)
