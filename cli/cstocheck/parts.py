"""Splitting a sentence that asserts several things into its parts.

"Armenia sent 70 troops and Kyrgyzstan 150" is two assertions; the second borrows its verb
from the first. A split is kept only when it finds assertions the base tells apart: parts
that match different claims, each about as well as the whole sentence matches one, or a part
that is a full clause of its own that the base does not speak to.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from cstocheck.analysis import Mention, Reading, fold, place_lists, read
from cstocheck.implied import alliance_name, member_counts, without
from cstocheck.matching import MATCH_THRESHOLD, Index, Match
from cstocheck.model import EntityKind, Stance, ValueKind
from cstocheck.structure import denial, refers_back_in_time
from cstocheck.values import guess_language, read_quantities, read_whens
from cstocheck.verdict import (
    FIGURE_BEHIND,
    Finding,
    Part,
    Verdict,
    checks_figure,
    fills_slot,
    judge_match,
    judge_part,
)

_JOINS = re.compile(
    r"\s*;\s*|\s*:\s+|,?\s+(?:and|but|while|whereas|and\s+then|en|maar|terwijl|en\s+daarna)\s+(?=\S)"
    # an elliptic list of subjects with their figures: "…, Belarus – 500, Armenia - 100 of its troops"
    r"|,\s+(?=(?-i:[A-Z])\w+\s+[-\u2013\u2014]\s+\w)",
    re.IGNORECASE,
)
# A second claim on another value may trail the first match by this much.
SECOND_VALUE_SLACK = 0.2
# A part may trail the whole sentence's match by this much and still count as a part.
PART_SLACK = 0.2


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


def _segment(text: str, index: Index) -> Segment:
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
        seg = _segment(piece, index)
        if seg.empty and groups:
            groups[-1][0].append(piece)
        else:
            groups.append(([piece], seg))
    out = [seg if len(texts) == 1 else _segment(" ".join(texts), index) for texts, seg in groups]
    if len(out) > 1 and out[0].empty:
        out[1] = _segment(f"{out[0].text} {out[1].text}", index)
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


def with_values(part: Part, text: str, reading: Reading, index: Index) -> tuple[Part, ...]:
    """The part, and the claims close behind it whose value the sentence also gives.

    "Uzbekistan signed the treaty in 1992 in Moscow" asserts a year and a place: two claims.
    """
    if not part.matches:
        return (part,)
    top = part.matches[0]
    kinds = {top.claim.kind}
    out = [part, *_parallel(part, text, reading, index)]
    for match in part.matches[1:]:
        # A figure on an event ("sent 2,300 troops a day after the appeal") is checked on the
        # nearest claim that has a figure, even some way behind.
        figure = top.claim.kind is ValueKind.EVENT and match.score >= top.score - FIGURE_BEHIND \
            and checks_figure(text, reading, index, match)
        if (match.score < top.score - SECOND_VALUE_SLACK and not figure) or match.claim.kind in kinds:
            continue
        if match.claim.kind is ValueKind.EVENT or not fills_slot(text, reading, match.claim, index) \
                or _about_another(reading, match, index):
            continue
        kinds.add(match.claim.kind)
        out.append(judge_match(text, reading, index, match, part.matches))
    return tuple(out)


# Share of a clause's predicate weight that claims matched elsewhere in the sentence must cover
# for the clause to be read as part of their assertion.
COVERED = 0.5


def _covered(text: str, claims: set[str], index: Index) -> bool:
    predicate = read(text, index.aliases).predicate
    total = sum(index.weight(f) for f in predicate)
    if not claims or total <= 0:
        return False
    known = frozenset().union(*(index.entry_of(c).predicate for c in claims))
    return sum(index.weight(f) for f in predicate & known) / total >= COVERED


def _parallel(part: Part, text: str, reading: Reading, index: Index) -> list[Part]:
    """The same assertion about the other countries the sentence names with its subject.

    "Uzbekistan withdrew in 1997 together with Azerbaijan and Georgia" says of each of the three
    what the base records in a claim apiece. A figure belongs to one subject, so counts are left out.
    """
    top = part.matches[0]
    if top.claim.kind is ValueKind.COUNT:
        return []
    named = [m.ids for m in reading.mentions if m.kind in (EntityKind.COUNTRY, EntityKind.CITY) and not m.locative]
    if len(named) < 2:
        return []
    covered = set(_countries(top, index))
    out = []
    for match in part.matches[1:]:
        if match.claim.kind is not top.claim.kind or match.score < MATCH_THRESHOLD:
            continue
        theirs = _countries(match, index)
        if not theirs or theirs & covered or not any(ids & theirs for ids in named):
            continue
        covered |= theirs
        out.append(judge_match(text, reading, index, match, part.matches))
    return out


def _about_another(reading: Reading, match: Match, index: Index) -> bool:
    """Whether the claim's statement names a country or person the sentence does not: "Kyrgyzstan
    asked for help in 2010" is no second value of "Tokayev asked for help on 5 January 2022"."""
    statement = index.entry_of(match.claim.id).wordings[0]
    actors = [m.ids for m in statement.named if not m.slot and m.kind in _ACTOR_KINDS]
    return any(not ids & reading.entity_ids for ids in actors)


_ACTOR_KINDS = frozenset({EntityKind.COUNTRY.value, EntityKind.PERSON.value})


def _countries(match: Match, index: Index) -> frozenset[str]:
    entities = index.entry_of(match.claim.id).entities
    return frozenset(e for e in entities if index.aliases.kinds.get(e) is EntityKind.COUNTRY)


# A denied assertion's verdict: what the sources say of the assertion, held against its denial.
_DENIED = {Verdict.SUPPORTED: Verdict.CONTRADICTED, Verdict.CONTRADICTED: Verdict.UNVERIFIED,
           Verdict.DISPUTED: Verdict.DISPUTED, Verdict.UNVERIFIED: Verdict.UNVERIFIED}


_DENIAL_NOTE = {Verdict.SUPPORTED: "you denied what the sources say. Of the assertion: ",
                Verdict.CONTRADICTED: "you denied what the sources do not say either. Of the assertion: ",
                Verdict.DISPUTED: "you denied a point the sources disagree on. Of the assertion: ",
                Verdict.UNVERIFIED: "you denied it. Of the assertion: "}


def _denied(text: str, asserted: Finding) -> Finding:
    """"It is not true that X": contradicted where the sources say X; where they say otherwise,
    the denial says nothing they state, so it is unverified."""
    parts = tuple(replace(p, verdict=_DENIED[p.verdict], negated=not p.negated,
                          evidence=tuple(replace(e, stance=_flip(e.stance)) for e in p.evidence),
                          sources=tuple(replace(e, stance=_flip(e.stance)) for e in p.sources),
                          explanation=_DENIAL_NOTE[p.verdict] + p.explanation) for p in asserted.parts)
    return Finding.over(text, parts)


def _flip(stance: Stance) -> Stance:
    return Stance.CONTRADICTS if stance is Stance.SUPPORTS else Stance.SUPPORTS


def _unjudged(text: str, reading: Reading, why: str) -> Part:
    return Part(text, Verdict.UNVERIFIED, None, (), (), (), None, reading.negated, why, None)


def judge(text: str, reading: Reading, index: Index) -> Finding:
    if text.rstrip().rstrip("\"'’”»)").endswith("?"):
        return Finding(text, Verdict.UNVERIFIED, (_unjudged(text, reading, "a question asserts nothing"),))
    if any(ch.isnumeric() and not ch.isdecimal() for ch in text) or any(ch.isdecimal() and not ch.isascii()
                                                                         for ch in text):
        # Roman numerals, superscripts, other scripts' digits: a figure read wrong or not at all
        # would leave the sentence supported whatever it says.
        return Finding(text, Verdict.UNVERIFIED, (_unjudged(text, reading, "it gives a figure that cannot be read"),))
    folded = fold(text)
    if opening := denial(folded):
        start = folded.span(opening, opening)[0]  # where the denied assertion starts, as written
        return _denied(text, judge(text[start:], read(text[start:], index.aliases), index))
    counts = member_counts(text, reading, index.aliases)
    implied = []
    if counts:
        alliance, language = alliance_name(text, reading), guess_language(text)
        for count in counts:
            said = count.sentence(alliance, language)
            part = judge_part(said, read(said, index.aliases), index)
            if part.verdict is not Verdict.UNVERIFIED:  # a base that cannot check it: the rest decides
                implied.append(part)
    if not implied:
        return _distributed(text, reading, index) or _judge(text, reading, index)
    rest = without(text, counts)
    main = _judge(rest, read(rest, index.aliases), index)
    checked = {p.claim.id for p in implied if p.claim is not None}
    parts = [p for p in main.parts if p.claim is None or p.claim.id not in checked]
    if main.verdict is Verdict.UNVERIFIED and not _segment(rest, index).clause:
        parts = []  # "the CSTO is a seven-nation alliance": the figure is all the sentence says
    return Finding.over(text, tuple(parts + implied))


_COLLECTIVE = re.compile(r"\b(?:together|jointly|between them|samen|gezamenlijk|onderling|make up|made up|"
                         r"form|formed|vormen|vormden|respectively|respectievelijk)\b", re.IGNORECASE)


def _distributed(text: str, reading: Reading, index: Index) -> Finding | None:
    """A sentence whose subject is a list of countries says the same of each.

    "Minsk, Bishkek, Dushanbe and Yerevan decided to send troops" is four assertions, each on
    a claim of its own; read whole, the four names dilute any one claim.
    """
    run = _subject_list(text, reading)
    if run is None or any(q.unit is None for q in read_quantities(text)) or _COLLECTIVE.search(text):
        # A figure is the whole list's or each one's in turn ("70 and 150"), and what they
        # do together ("together make up the CSTO") is not what each does.
        return None
    first, last = run[0], run[-1]
    parts: list[Part] = []
    for mention in run:
        said = f"{text[:first.start]}{text[mention.start:mention.end]}{text[last.end:]}"
        parts.extend(_judge(said, read(said, index.aliases), index).parts)
    if all(p.verdict is Verdict.UNVERIFIED for p in parts):
        return None
    return Finding.over(text, tuple(parts), each=True)


def _subject_list(text: str, reading: Reading) -> list[Mention] | None:
    """Two or more countries (or their capitals) opening the sentence, joined by commas and 'and'."""
    runs = place_lists(text, reading)
    if not runs or len(runs[0]) < 2 or text[:runs[0][0].start].strip(" \"'‘“") or runs[0][0].locative:
        return None
    return runs[0]


def _judge(text: str, reading: Reading, index: Index) -> Finding:
    whole = judge_part(text, reading, index)
    pieces = segments(text, index)
    if len(pieces) < 2:
        return Finding.over(text, with_values(whole, text, reading, index))
    parts: list[Part] = []
    dates = tuple(read_whens(text))
    for seg in pieces:
        part = judge_part(seg.text, seg.reading, index, dates if refers_back_in_time(seg.text) else ())
        if not seg.assertion or (part.verdict is Verdict.UNVERIFIED and not seg.clause):
            continue  # a fragment ("some 3,000 soldiers and 600 staff"), not an assertion of its own
        parts.append(part)
    claims = {p.claim.id for p in parts if p.claim is not None and p.verdict is not Verdict.UNVERIFIED}
    # A clause the base does not speak to counts only if it says something of its own, not
    # what a claim matched elsewhere in the sentence already covers ("scaled back its gas |
    # and electricity exports": a split inside one assertion).
    covering = claims | ({whole.claim.id} if whole.claim is not None and whole.verdict is not Verdict.UNVERIFIED
                         else set())
    parts = [p for p in parts if p.verdict is not Verdict.UNVERIFIED or not _covered(p.text, covering, index)]
    unverified_clauses = [p for p in parts if p.verdict is Verdict.UNVERIFIED]
    matched = [p for p in parts if p.verdict is not Verdict.UNVERIFIED]
    separate = len(claims) >= 2 and all(p.score >= whole.score - PART_SLACK for p in matched)
    if not (separate or (unverified_clauses and matched)):
        return Finding.over(text, with_values(whole, text, reading, index))
    # Two parts on the same claim are one assertion split in the wrong place: keep the first.
    # A part that reads another value for the claim the whole sentence matches best is judged on
    # the whole sentence, which sees all of it (a split between "lokale en buitenlandse" cuts a
    # figure off its noun).
    kept: list[Part] = []
    for part in parts:
        if whole.claim is not None and part.claim is not None and part.claim.id == whole.claim.id \
                and part.asserted != whole.asserted:
            part = whole
        if part.claim is not None and any(k.claim is not None and k.claim.id == part.claim.id for k in kept):
            continue
        kept.append(part)
    return Finding.over(text, tuple(kept))
