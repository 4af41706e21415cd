"""Splitting a sentence that asserts several things into its parts.

"Armenia sent 70 troops and Kyrgyzstan 150" is two assertions; the second borrows its verb
from the first. A split is kept only when it finds assertions the base tells apart: parts
that match different claims, each about as well as the whole sentence matches one, or a part
that is a full clause of its own that the base does not speak to.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from cstocheck.read import Reading, read
from cstocheck.retrieve import Index
from cstocheck.values import read_quantities, read_whens

_JOINS = re.compile(
    r"\s*;\s*|\s*:\s+|,?\s+(?:and|but|while|whereas|and\s+then|en|maar|terwijl|en\s+daarna)\s+(?=\S)"
    # an elliptic list of subjects with their figures: "…, Belarus – 500, Armenia - 100 of its troops"
    r"|,\s+(?=(?-i:[A-Z])\w+\s+[-\u2013\u2014]\s+\w)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Segment:
    text: str
    reading: Reading
    has_value: bool
    own_predicate: int  # how many predicate features the segment has in its own words
    own_entities: bool

    @property
    def empty(self) -> bool:
        return not (self.own_predicate or self.own_entities or self.has_value)

    @property
    def clause(self) -> bool:
        """A full clause of its own: something said, about something, in its own words."""
        return self.own_predicate >= 2 and (self.own_entities or self.has_value)

    @property
    def assertion(self) -> bool:
        """Enough to be checked apart: a clause, or a subject with a value ("… and Kyrgyzstan 150")
        or with something said of it ("… but the alliance did not come to his aid")."""
        return self.clause or (self.own_entities and (self.has_value or self.own_predicate >= 1))


def segment(text: str, index: Index) -> Segment:
    reading = read(text, index.aliases)
    has_value = bool(read_quantities(text) or read_whens(text))
    return Segment(text, reading, has_value, len(reading.predicate), bool(reading.mentions))


def _split(text: str) -> list[str]:
    """The text cut at its joins, except inside a figure ("one hundred and fifty")."""
    figures = [(q.start, q.end) for q in read_quantities(text)]
    pieces, start = [], 0
    for join in _JOINS.finditer(text):
        if any(a < join.end() and join.start() < b for a, b in figures):
            continue
        pieces.append(text[start:join.start()])
        start = join.end()
    return pieces + [text[start:]]


def segments(text: str, index: Index) -> list[Segment]:
    pieces = [p.strip() for p in _split(text) if p and p.strip()]
    # An empty piece joins the one before it. The joined text is read once, at the end: reading
    # it again at every join made a sentence of many short pieces cost the square of its length.
    groups: list[tuple[list[str], Segment]] = []
    for piece in pieces:
        seg = segment(piece, index)
        if seg.empty and groups:
            groups[-1][0].append(piece)
        else:
            groups.append(([piece], seg))
    out = [seg if len(texts) == 1 else segment(" ".join(texts), index) for texts, seg in groups]
    if len(out) > 1 and out[0].empty:
        out[1] = segment(f"{out[0].text} {out[1].text}", index)
        out.pop(0)
    return _borrowed(out)


def _borrowed(out: list[Segment]) -> list[Segment]:
    """Each elliptic part with what it leaves out: its verb from the nearest part before it that
    has one, else after it ("Russia sent 2,300, Belarus – 500, Armenia – 70"), its subject
    from the part before ("… and 150 more")."""
    filled: list[Segment] = []
    for i, seg in enumerate(out):
        reading = seg.reading
        before = out[i - 1].reading if i > 0 else None
        if not seg.own_predicate:
            donor = next((f.reading for f in reversed(filled) if f.reading.predicate), None) \
                or next((o.reading for o in out[i + 1:] if o.reading.predicate), None)
            if donor is not None:
                reading = replace(reading, predicate=donor.predicate, negated=reading.negated or donor.negated,
                                  negations=reading.negations + donor.negations)
        if not seg.own_entities and before is not None and (seg.has_value or seg.own_predicate):
            reading = replace(reading, mentions=before.mentions)
        filled.append(replace(seg, reading=reading))
    return filled


