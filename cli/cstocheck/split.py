"""Splitting a sentence that asserts several things into its parts.

"Armenia sent 70 troops and Kyrgyzstan 150" is two assertions; the second borrows its verb
from the first. A split is kept only when it finds assertions the base tells apart: parts
that match different claims, each about as well as the whole sentence matches one, or a part
that is a full clause of its own that the base does not speak to.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from cstocheck import lexicon
from cstocheck.lexicon import MONTHS, WEEKDAYS, alternation
from cstocheck.model import EntityKind
from cstocheck.read import ACTS, Mention, Reading, excerpt

_JOINS = re.compile(
    r"\s*;\s*|\s*:\s+|,?\s+(?:and|but|while|whereas|and\s+then|despite|in\s+spite\s+of|en|maar|terwijl|en\s+daarna|ondanks)\s+(?=\S)"
    # an elliptic list of subjects with their figures: "…, Belarus – 500, Armenia - 100 of its troops",
    # "…, Armenia 300 and Kyrgyzstan 150" (not a date: "on Wednesday, January 5")
    rf"|,\s+(?!(?:{alternation([*MONTHS, *WEEKDAYS])})\b)(?=(?-i:[A-Z])\w+\s+(?:[-\u2013\u2014]\s+\w|\d))",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Segment:
    text: str
    reading: Reading
    has_value: bool
    own_predicate: int  # how many predicate features the segment has in its own words
    own_entities: bool
    ranges: tuple[tuple[int, int], ...] = ()  # the stretches of the sentence it is made of

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


def segment(sentence: Reading, ranges: tuple[tuple[int, int], ...]) -> Segment:
    """The stretches of the sentence that make one part, taken from the sentence's reading."""
    return _of(excerpt(sentence, ranges), ranges)


def is_clause(reading: Reading) -> bool:
    """Whether a reading is of a full clause: something said, about something, in its own words."""
    return _of(reading, ()).clause


def _of(reading: Reading, ranges: tuple[tuple[int, int], ...]) -> Segment:
    has_value = bool(reading.quantities or reading.whens)
    return Segment(reading.text, reading, has_value, len(reading.predicate), bool(reading.mentions), ranges)


# "… stated that despite the guarantees, Yerevan was attacked": what follows "that" is what was
# said, however it opens, not another assertion.
_AFTER_THAT = re.compile(rf"\b(?:{alternation(lexicon.words('complementizers'))})\s*$", re.IGNORECASE)
# "between 1992 and 2002", "tussen 1999 en 2006": one span of time, not two assertions.
_BETWEEN = re.compile(r"\b(?:between|tussen)\s+\S+(?:\s+\S+)?\s*$", re.IGNORECASE)


def _split(reading: Reading) -> list[tuple[int, int]]:
    """The stretches between the text's joins, except joins inside a figure ("one hundred and
    fifty") or a span of time."""
    text = reading.text
    figures = [(q.start, q.end) for q in reading.quantities]
    # Names joined by "and" are one subject of what they do to each other ("Kirgizië en Tadzjikistan
    # raakten met elkaar slaags"); people are listed however ("phoned Putin and Lukashenko").
    listed = (EntityKind.PERSON, EntityKind.COUNTRY) if _RECIPROCAL.search(text) else (EntityKind.PERSON,)
    names = [m for m in reading.mentions if m.kind in listed]
    pieces, start = [], 0
    for join in _JOINS.finditer(text):
        if any(a < join.end() and join.start() < b for a, b in figures) or _BETWEEN.search(text, start, join.start()) \
                or _joins_names(text, join, names) or _joins_nouns(reading, join) or _AFTER_THAT.search(text, start, join.start()):
            continue
        pieces.append((start, join.start()))
        start = join.end()
    return [*pieces, (start, len(text))]


def _joins_names(text: str, join: re.Match[str], names: list[Mention]) -> bool:
    """Whether a join only lists names ("phoned Putin and Lukashenko to ask for help", "belde
    Poetin en de Wit-Russische president Loekasjenko"): a name right before it, and another a few
    words after it."""
    if not any(m.end == join.start() for m in names) or "," in text[join.start():join.end()]:
        return False
    return any(m.start >= join.end() and len(text[join.end():m.start].split()) <= NAME_LIST_GAP for m in names)


def _joins_nouns(reading: Reading, join: re.Match[str]) -> bool:
    """Whether a bare "and" joins two objects of the act right before them ("stepped up gas and
    electricity exports", "verminderde gas en stroom"): the act, one plain word, the join, another
    plain word, and no act after it until the clause ends."""
    text = reading.text
    if text[join.start():join.end()].strip().lower() not in _PLAIN_ANDS:
        return False
    features = reading.features
    before = next(((a, f) for a, b, f in features if b == join.start()), None)
    after = next((f for a, _, f in features if a == join.end()), None)
    if before is None or after is None or before[1] in ACTS or after in ACTS:
        return False
    act = next((f for a, b, f in features if b < before[0] and not text[b:before[0]].strip()), None)
    if act not in ACTS:
        return False
    end = next((m.start() for m in _CLAUSE_END.finditer(text, join.end())), len(text))
    return not any(join.end() <= a < end and f in ACTS for a, _, f in features)


_PLAIN_ANDS = frozenset({"and", "en"})
_CLAUSE_END = re.compile(r"[,;:()]|\s[-\u2013\u2014]\s")


_RECIPROCAL = re.compile(rf"\b(?:{alternation(lexicon.words('reciprocals'))})\b", re.IGNORECASE)
# The most words between a list's "and" and the next name: a title ("de Wit-Russische president").
NAME_LIST_GAP = 3


def segments(reading: Reading) -> list[Segment]:
    """The sentence's parts, each with its reading; an empty piece joins the one before it."""
    groups: list[Segment] = []
    for a, b in _split(reading):
        if not reading.text[a:b].strip():
            continue
        seg = segment(reading, ((a, b),))
        if seg.empty and groups:
            groups[-1] = replace(groups[-1], ranges=groups[-1].ranges + ((a, b),))
        else:
            groups.append(seg)
    out = [seg if len(seg.ranges) == 1 else segment(reading, seg.ranges) for seg in groups]
    if len(out) > 1 and out[0].empty:
        out[1] = segment(reading, out[0].ranges + out[1].ranges)
        out.pop(0)
    return _borrowed(out)


def _subjectless(reading: Reading) -> bool:
    """Whether a part opens with what is done, naming no one before its first word of the predicate."""
    first = min((a for a, _, _ in reading.features), default=None)
    return first is not None and not any(m.start < first for m in reading.mentions)


def _subject(reading: Reading) -> Mention | None:
    """The country or body a part opens with, as who does what it says."""
    first = min(reading.mentions, key=lambda m: m.start, default=None)
    if first is None or reading.text[:first.start].strip() or first.kind not in _SUBJECT_KINDS:
        return None
    return first


_SUBJECT_KINDS = (EntityKind.COUNTRY, EntityKind.ORGANISATION)


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
        elif before is not None and seg.own_predicate and _subjectless(reading) and (subject := _subject(before)):
            # "Uzbekistan … had co-founded CSTO, but suspended its membership seven years later as it
            # adopted a pro-Western policy towards the U.S.": the names after the verb are not who did it
            reading = replace(reading, mentions=(subject, *reading.mentions))
        filled.append(replace(seg, reading=reading))
    return filled


