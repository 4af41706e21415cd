"""The explain stage: the words a reader sees, and the words of a passage that decided it."""
from __future__ import annotations

from functools import lru_cache

from cstocheck.finding import Corroboration, Evidence, Verdict
from cstocheck.model import ValueKind
from cstocheck.read import AliasTable, Reading, read
from cstocheck.retrieve import Index
from cstocheck.values import read_quantities, read_whens


def deciding_words(quote: str, kind: ValueKind, sentence: Reading, index: Index) -> tuple[tuple[int, int], ...]:
    """Spans of the quote a reader should look at: its value, its negations, the shared words."""
    spans, named = _spans_of(quote, kind, index.aliases)
    shared = sentence.entity_ids
    return tuple(sorted({*spans, *((start, end) for ids, start, end in named if ids & shared)}))


# A passage is quoted as evidence for many sentences of a draft: it is read once.
@lru_cache(maxsize=4096)
def _spans_of(quote: str, kind: ValueKind, aliases: AliasTable) -> tuple[
        tuple[tuple[int, int], ...], tuple[tuple[frozenset[str], int, int], ...]]:
    """A quote's value and cue spans, and the names it gives with their spans."""
    spans: list[tuple[int, int]] = []
    if kind is ValueKind.COUNT:
        spans += [(q.start, q.end) for q in read_quantities(quote)]
    elif kind in (ValueKind.YEAR, ValueKind.DATE, ValueKind.MEMBERSHIP):
        spans += [(w.start, w.end) for w in read_whens(quote)]
    own = read(quote, aliases)  # its spans are the quote's own, however folding changed it
    spans += list(own.cues)
    return tuple(spans), tuple((m.ids, m.start, m.end) for m in own.mentions)


def explain(verdict: Verdict, asserted: str | None, negated: bool, sources: list[Evidence],
            corroboration: Corroboration) -> str:
    said = f"you said {asserted}" if asserted else ("you denied it" if negated else "you asserted it")
    if negated and asserted:
        said = f"you denied {asserted}"
    said_by: dict[str, list[str]] = {}
    for e in sources:
        seeds = said_by.setdefault(_plain(e.says), [])
        if e.source[:3] not in seeds:
            seeds.append(e.source[:3])
    views = "; ".join(f"source {seeds[0]} says {says}" if len(seeds) == 1 else
                      f"sources {', '.join(seeds[:-1])} and {seeds[-1]} say {says}" for says, seeds in said_by.items())
    return f"{said}; {views}. {corroboration.describe(verdict).capitalize()}."


def _plain(says: str) -> str:
    return {"supports": "so", "contradicts": "otherwise"}.get(says, says.rstrip("."))
