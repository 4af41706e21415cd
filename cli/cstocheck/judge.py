"""The judge stage: the verdict on each assertion of a sentence, from the claims retrieval found
and what each source says, and the sentence's verdict over its parts."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from cstocheck import rules
from cstocheck.attribution import content_spans, said_in_an_opening, said_of_someone, speakers
from cstocheck.compare import Judged, against, checks_figure, fills_slot, read_said, stances
from cstocheck.explain import deciding_words, explain
from cstocheck.finding import Corroboration, Evidence, Finding, Part, Verdict
from cstocheck.implied import MemberCount, alliance_name, member_counts
from cstocheck.kinds.base import Said, as_written
from cstocheck.kinds.count import figures_agree
from cstocheck.model import Claim, EntityKind, Modality, SourceQuote, Stance, ValueKind
from cstocheck.read import Mention, Reading, excerpt, owned_figures, place_lists, read
from cstocheck.retrieve import (
    DATED_KINDS,
    DURATION_FEATURES,
    FATES,
    FIGURE_SLACK,
    MATCH_THRESHOLD,
    Candidates,
    Index,
    Match,
    candidates,
    counted,
    counts_alike,
    main_clause_whens,
    said_in,
)
from cstocheck.rules import another_named
from cstocheck.rules.base import FIGURE_BEHIND, Found, Stage, another_time, lists_of_places, years_of
from cstocheck.split import Segment, is_clause, segments
from cstocheck.structure import (
    chunk_at,
    denial,
    falsified,
    in_any_frame,
    refers_back_in_time,
    rejected_report,
    says_who,
)
from cstocheck.titles import titles
from cstocheck.values import ROUNDED, Qualifier, Quantity, Range, When, guess_language, parse_count


def _denies_another_figure(reading: Reading, asserted: Quantity) -> bool:
    """Whether every negation of the sentence denies a figure right after it that is not the one
    it asserts ("Russia sent not 5,000 but about 2,300 troops", "70 troops, not 700"): a figure
    corrected, not the assertion denied."""
    if not reading.negation_at:
        return False
    for at in reading.negation_at:
        cue = next((b for a, b, _ in reading.words if a >= at), at)
        figure = next((q for q in reading.quantities if q.start >= cue), None)
        if figure is None or figure.start == asserted.start or reading.text[cue:figure.start].strip():
            return False
    return True


def _held(found: Candidates, index: Index, match: Match) -> Part:
    """The assertion judged against one of the claims it came close to."""
    return judge_match(found.text, found.reading, index, match, found.matches, found.whens)


def judge_part(text: str, reading: Reading, index: Index, context: tuple[When, ...] = ()) -> Part:
    """The verdict on one assertion, with the reading it rests on (a part judged against a claim
    has it from judge_match)."""
    found = candidates(text, reading, index, context)
    # A sentence that gives a person an office ("Pashinyan is the president of Armenia") is
    # about the office: the sources on it answer first, whatever else they say of the person.
    for rule in rules.of(Stage.OFFICE):
        office = rule.check(text, reading, index)
        if office is not None and (not found.matches or found.matches[0].claim.kind is not ValueKind.PERSON):
            return replace(office, reading=reading)
    for rule in () if reading.negated else rules.of(Stage.WHOLE):
        whole = rule.check(found, index)
        if whole is not None:
            return replace(_or_what_else_it_says(whole, found, index), reading=reading)
    if not found.matches:
        return Part(
            text, Verdict.UNVERIFIED, None, (), (), (), None, reading.negated,
            "the claims base does not speak to this", None, reading=reading)
    part = _held(found, index, found.matches[0])
    for rule in rules.of(Stage.RECONSIDER):
        better = rule.check(found, part, index, lambda match: _held(found, index, match))
        if better is not None:
            return better
    return part


def _or_what_else_it_says(whole: Part, found: Candidates, index: Index) -> Part:
    """A figure judged on the sum of its parts, unless what else the sentence says is wrong: the
    best match on a value other than a count ("… landed in Almaty on January 9") is held
    against the sentence too, and a contradiction or dispute there decides, as does what it bears
    out where the figure stands in an aside."""
    # As close as a claim by its value may be (the sum's figure speaks for the sentence's fit).
    valued = next((m for m in found.ranked if m.claim.kind not in (ValueKind.COUNT, ValueKind.EVENT)
                   and m.score >= MATCH_THRESHOLD - FIGURE_SLACK), None)
    if whole.verdict is Verdict.CONTRADICTED or valued is None:
        return whole
    other = _held(found, index, valued)
    if other.verdict in (Verdict.CONTRADICTED, Verdict.DISPUTED):
        return other
    # A figure borne out in passing ("…, die duizenden soldaten stuurde") weighs nothing: the
    # assertion the sentence makes outside the aside speaks for it.
    return other if whole.in_passing and other.verdict is Verdict.SUPPORTED and not other.in_passing else whole


def _by_sum(j: Judged) -> tuple[SourceQuote, tuple[Claim, ...]] | None:
    """A figure that is the sum of the counts one passage gives: "3,000 soldiers and 600
    interior ministry personnel" make some 3,600 peacekeepers. The claims that quote the same
    passage for a count are its parts: (the passage, the claims whose values add up), or None."""
    claim, said = j.claim, j.said
    if claim.kind is not ValueKind.COUNT or j.top.negated or not claim.value or said is None or said.quantity is None:
        return None
    for quoted in claim.counted:
        # Parts count what the claim counts: a delay in days quoted from the same passage is no part of its troops.
        others = tuple(c for c in j.index.quoting(quoted.seed, quoted.quote) if c.id != claim.id and c.value
                       and c.kind is ValueKind.COUNT and j.index.entry_of(c.id).counts & j.entry.counts)
        if not others:
            continue
        if _adds_up(said.quantity, [parse_count(c.value or "") for c in (claim, *others)]):
            return quoted, (claim, *others)
    return None


def _adds_up(said: Quantity, parts: list[Quantity]) -> bool:
    """Whether a figure fits the sum of counts: as a round figure, if they are ("about 4,200" is
    not some 3,000 and about 600), or as far as their hedges reach."""
    ranges = [q.range() for q in parts]
    total = Range(sum(r.lo for r in ranges), sum(r.hi for r in ranges))
    if all(q.qualifier in ROUNDED for q in parts) and any(q.qualifier is Qualifier.APPROX for q in parts):
        return figures_agree(said, Quantity(sum(q.number for q in parts), Qualifier.APPROX, 0, 0))
    return said.range().overlaps(total)


def _summed(j: Judged, quoted: SourceQuote, claims: tuple[Claim, ...], asserted: str | None) -> Part:
    values = " + ".join(c.value or "" for c in claims)
    evidence = (Evidence(j.claim.id, quoted.seed, quoted.quote, quoted.line, Stance.SUPPORTS, values,
                         deciding_words(quoted.quote, ValueKind.COUNT, j.reading, j.index)),)
    corroboration = Corroboration((quoted.seed,), (quoted.seed,), j.index.seed_count)
    explanation = (f"you said {asserted}; source {quoted.seed[:3]} gives {values} "
                   f"({', '.join(c.id for c in claims)}), which add up to it. "
                   f"{corroboration.describe(Verdict.SUPPORTED).capitalize()}.")
    return Part(j.text, Verdict.SUPPORTED, j.claim, evidence, evidence, j.matches, asserted, j.top.negated,
                explanation, corroboration)


def judge_match(text: str, reading: Reading, index: Index, top: Match, matches: tuple[Match, ...],
                whens: list[When] | None = None) -> Part:
    """The assertion judged against one claim, with the reading it rests on. ``whens``: its dates,
    where they are the sentence's around it rather than its own."""
    return replace(_judge_match(text, reading, index, top, matches, whens), reading=reading)


def _judge_match(text: str, reading: Reading, index: Index, top: Match, matches: tuple[Match, ...],
                 whens: list[When] | None) -> Part:
    whens = list(reading.whens) if whens is None else whens
    if not top.passing:
        whens = main_clause_whens(reading, whens)
    claim = top.claim
    said = read_said(text, reading, claim, whens, index)
    if top.negated and said is not None and said.quantity is not None and _denies_another_figure(reading, said.quantity):
        top = replace(top, negated=False)  # "not 5,000 but about 2,300", "70 troops, not 700"
    j = Judged(text, reading, index, top, matches, whens, index.entry_of(claim.id), said)
    for rule in rules.of(Stage.UNCHECKED):
        if found := rule.check(j):
            return Part(text, Verdict.UNVERIFIED, None if found.elsewhere else claim, (), (), matches,
                        found.words or None, top.negated, found.explanation, None)
    speaking = stances(j)
    asserted = said.describe(text) if said else None
    if not speaking:
        return Part(text, Verdict.UNVERIFIED, claim, (), (), matches, asserted, top.negated,
                    f"no source on {claim.id} speaks to {asserted or 'that'}", None)
    return _decide(j, speaking, asserted)


def _decide(j: Judged, speaking: list[Evidence], asserted: str | None) -> Part:
    """The verdict of the sources that speak to the assertion, and what else the sentence gets wrong."""
    verdict, evidence, speaking = _weighed(j, speaking)
    if verdict is Verdict.CONTRADICTED and (summed := _by_sum(j)) is not None:
        return _summed(j, *summed, asserted)
    elsewhen = another_time(j.whens, j.entry.whens)
    if elsewhen is not None and verdict is Verdict.CONTRADICTED:
        # Another value at another time: the sentence is about some other occasion.
        return _unchecked(j, asserted, f"the sources on {j.claim.id} speak of {years_of(j.entry.whens)}, "
                                       f"not of {_when_text(j.text, elsewhen)}", elsewhen=True)
    elsewho = another_named.check(j) if verdict is Verdict.CONTRADICTED and not j.top.negated else None
    if elsewho is not None:
        # Another value of someone or somewhere else: the sentence speaks of another.
        return _unchecked(j, elsewho.words, elsewho.explanation, elsewhen=True)
    mismatch = _mismatch(j) if verdict is Verdict.SUPPORTED and not j.top.negated else None
    if mismatch is not None and mismatch.stance is None:
        # Something else in the place of what the sources speak of: they say nothing of it.
        return _unchecked(j, mismatch.words, mismatch.explanation)
    if mismatch is not None:
        # The sources' value, but something else the sentence gives is not what they say.
        verdict, asserted = Verdict.CONTRADICTED, mismatch.words
        evidence = [replace(e, stance=Stance.CONTRADICTS, says=mismatch.explanation) for e in evidence]
        speaking = evidence + [e for e in speaking if e.stance is Stance.CONTRADICTS]
    corroboration = Corroboration(
        backing=tuple(dict.fromkeys(e.source for e in evidence)),
        speaking=tuple(dict.fromkeys(e.source for e in speaking)),
        of=j.index.seed_count,
    )
    explanation = explain(verdict, asserted, j.top.negated, speaking, corroboration)
    return Part(j.text, verdict, j.claim, tuple(evidence), tuple(speaking), j.matches, asserted, j.top.negated,
                explanation, corroboration)


def _unchecked(j: Judged, asserted: str | None, explanation: str, elsewhen: bool = False) -> Part:
    """The assertion left unchecked against its claim, and why."""
    return Part(j.text, Verdict.UNVERIFIED, j.claim, (), (), j.matches, asserted, j.top.negated, explanation, None,
                elsewhen=elsewhen)


def _weighed(j: Judged, speaking: list[Evidence]) -> tuple[Verdict, list[Evidence], list[Evidence]]:
    """The verdict of the sources that speak: (verdict, the passages it rests on, every passage that speaks)."""
    agreeing = [e for e in speaking if e.stance is Stance.SUPPORTS]
    disagreeing = [e for e in speaking if e.stance is Stance.CONTRADICTS]
    if agreeing and disagreeing and _one_figure(j.claim, agreeing + disagreeing):
        # Sources that give one figure, one more precisely ("70", "about 70"), do not dispute
        # it: a sentence the precise one rules out ("more than 70") is contradicted.
        return Verdict.CONTRADICTED, disagreeing, speaking
    if agreeing and disagreeing:
        return Verdict.DISPUTED, speaking, speaking
    if agreeing:
        return Verdict.SUPPORTED, agreeing, speaking
    if j.said is not None and j.claim.kind is ValueKind.PERSON:
        held = _offices_held(j.said, j.claim, j.reading, j.index)
        return Verdict.CONTRADICTED, disagreeing + held, speaking + held
    return Verdict.CONTRADICTED, disagreeing, speaking


def _one_figure(claim: Claim, evidence: list[Evidence]) -> bool:
    """Whether the sources' figures for a count all fit one another."""
    if claim.kind is not ValueKind.COUNT:
        return False
    try:
        ranges = [parse_count(e.says).range() for e in evidence]
    except ValueError:
        return False
    return all(a.overlaps(b) for a in ranges for b in ranges)


def _mismatch(j: Judged) -> Found | None:
    """What the sentence says otherwise than the sources, beside the claim's value: the first
    mismatch rule that finds something."""
    return next((found for rule in rules.of(Stage.MISMATCH) if (found := rule.check(j)) is not None), None)


def _when_text(text: str, when: When) -> str:
    """A date as the sentence writes it, or its year where it was taken from the sentence around."""
    span = as_written(text, when)
    return span if when.year is None or str(when.year) in span else str(when.year)


def _offices_held(said: Said, claim: Claim, reading: Reading, index: Index) -> list[Evidence]:
    """What the sources say the person a sentence names holds instead: "Rahmon is the president
    of Uzbekistan" is answered by Uzbekistan's president and by Rahmon's own office."""
    office = {f for f in index.entry_of(claim.id).predicate if f.startswith("t:")}
    named = {i for m in said.mentions for i in m.ids} - {claim.value}
    found = []
    for person in sorted(named):
        for number in index.holders.get(person, ()):
            other = index.entry(number)
            if other.claim.id == claim.id or not office & other.predicate:
                continue
            found += against(other.claim, reading, index)
    return found


# A second claim on another value may trail the first match by this much.
SECOND_VALUE_SLACK = 0.2


# A part may trail the whole sentence's match by this much and still count as a part.
PART_SLACK = 0.2


def with_values(part: Part, text: str, reading: Reading, index: Index) -> tuple[Part, ...]:
    """The part, and the claims close behind it whose value the sentence also gives.

    "Uzbekistan signed the treaty in 1992 in Moscow" asserts a year and a place: two claims.
    """
    if not part.matches:
        return (part,)
    top = part.matches[0]
    # A kind the part was judged on already (a figure held against the sum of its parts) is not checked
    # twice; a best match found to speak of something else ("Tashkent" named as where, not as the
    # member) used none of the sentence's values.
    elsewhere = part.claim is None
    kinds = set() if elsewhere else {top.claim.kind, part.claim.kind}
    out = [part, *_parallel(part, text, reading, index)]
    for match in _behind(part, index):
        # A figure on an event or on a dated assertion ("sent 2,300 troops a day after the appeal",
        # "3,000 Russian troops arrived on Thursday") is checked on the nearest claim that has a
        # figure, even some way behind.
        figure = top.claim.kind is not ValueKind.COUNT and match.score >= top.score - FIGURE_BEHIND \
            and checks_figure(text, reading, index, match)
        if (match.score < top.score - SECOND_VALUE_SLACK and not figure) \
                or (match.claim.kind in kinds and not (_counts_apart(index, (part.claim or top.claim).id, match.claim.id)
                                                       and _its_own_figure(text, reading, index, match))):
            continue
        denied = match.claim.kind is ValueKind.EVENT and _denied_closer(match, top)
        if (match.claim.kind is ValueKind.EVENT and not denied) \
                or not (denied or fills_slot(text, reading, match.claim, index)) \
                or _about_another(reading, match, index, top if figure else None) \
                or (not elsewhere and _date_used(reading, top, match)) or _dated_already(part, match):
            continue
        kinds.add(match.claim.kind)
        out.append(judge_match(text, reading, index, match, _with_its_count(part, match)))
    return tuple(out) + _its_date(part, out, text, reading, index)


def _counts_apart(index: Index, one: str, other: str) -> bool:
    """Whether of two count claims one counts things and the other a span of time ("2,300 troops
    … three days after the appeal"), so that each checks its own figure."""
    a, b = index.entry_of(one), index.entry_of(other)
    return a.claim.kind is b.claim.kind is ValueKind.COUNT and bool(a.counts & DURATION_FEATURES) is not bool(b.counts & DURATION_FEATURES)


def _its_own_figure(text: str, reading: Reading, index: Index, match: Match) -> bool:
    """Whether the figure a second count claim reads counts what it counts ("three days" for a delay
    in days), not what the first claim's figure counts ("four other allies" are no troops)."""
    said = read_said(text, reading, match.claim, list(reading.whens), index)
    if said is None or said.quantity is None:
        return False
    return counts_alike(counted(reading, said.quantity, 1), index.entry_of(match.claim.id).counts)


def _behind(part: Part, index: Index) -> list[Match]:
    """The matches behind the claim the part was judged on: the best match's followers, and the
    best match itself where the part was judged on another claim that counts something else."""
    top = part.matches[0]
    judged = part.claim.id if part.claim is not None else top.claim.id
    rest = [m for m in part.matches[1:] if m.claim.id != judged]
    if top.claim.id != judged and _counts_apart(index, judged, top.claim.id):
        rest.insert(0, top)
    return rest


def _its_date(part: Part, out: list[Part], text: str, reading: Reading, index: Index) -> tuple[Part, ...]:
    """The sentence's date, checked on the closest dated claim that matches, where no part used
    the date: where the best match was found to speak of something else ("The treaty was signed
    in Tashkent in May 1994": Tashkent named as where, not as the member who signed, and a date
    asserted as well as a place), or bore out an undated value ("Moscow sent around 2,300 troops
    on 16 January": the troops' count, and the day they crossed)."""
    if not reading.whens or any(p.claim is not None and p.claim.kind in DATED_KINDS for p in out):
        return ()
    if part.claim is not None and part.verdict is not Verdict.SUPPORTED:
        return ()
    # What the part's claim names, the sentence says too: "Moscow sent 2,300 troops on 16 January"
    # is of their crossing into Kazakhstan, which the count's claim names.
    judged = next((m for m in part.matches if m.claim == part.claim), None)
    match = next((m for m in part.matches[1:] if m.claim.kind in DATED_KINDS and m.score >= MATCH_THRESHOLD
                  and fills_slot(text, reading, m.claim, index) and not _about_another(reading, m, index, judged)
                  and (part.claim is None or _dated_where_said(reading, index, m))), None)
    return (judge_match(text, reading, index, match, part.matches),) if match is not None else ()


def _dated_where_said(reading: Reading, index: Index, match: Match) -> bool:
    """Whether a date of the sentence stands where it says the dated claim, not in a frame: "Op
    11-01-2022 voorspelde Ergasjev, …, dat Oezbekistan zich niet zal aansluiten" dates the
    prediction, not a joining."""
    span = said_in(reading, index.entry_of(match.claim.id))
    return span is not None and any(span[0] <= chunk_at(reading.chunks, w.start) <= span[1]
                                    and not in_any_frame(reading.chunks, w.start) for w in reading.whens)


def _denied_closer(match: Match, top: Match) -> bool:
    """Whether an event claim behind the best match is one the sentence denies, and says more of
    than of the best match ("De CSTO greep in 2010 in tijdens de onrust in Kirgizië, wat kritiek
    opleverde": the unrest, first by rank, and the CSTO's not intervening, closer): a denial of
    what the sources say is checked, wherever it ranks."""
    return match.negated and match.score > top.score


def _with_its_count(part: Part, match: Match) -> tuple[Match, ...]:
    """The matches a second claim is judged among: with the count claim that checked the part's
    figure, if one did ("thousands of troops arrived on January 6", the figure borne out by the
    sum of the contingents), so that the figure is not unchecked on the second claim."""
    if part.claim is None or part.claim.kind is not ValueKind.COUNT or part.verdict is Verdict.UNVERIFIED \
            or any(m.claim.id == part.claim.id for m in part.matches):
        return part.matches
    return (*part.matches, Match(part.claim, match.score, 0, part.negated))


def _dated_already(part: Part, match: Match) -> bool:
    """Whether a second dated claim gives the time the part's claim gives, which the sentence
    bore out already: another date in the sentence dates something else ("The CSTO was
    established in 2002 on the basis of the Treaty of May 15, 1992": the treaty's day is borne
    out, and 2002 is not its year)."""
    return part.verdict is Verdict.SUPPORTED and part.claim is not None and part.claim.kind in DATED_KINDS \
        and match.claim.kind in DATED_KINDS and bool(part.claim.value and match.claim.value and part.claim.value[:4] == match.claim.value[:4])


def _date_used(reading: Reading, top: Match, match: Match) -> bool:
    """Whether the sentence's one date is already the best match's value: a second claim on a
    time ("the unrest in Kyrgyzstan in 2010", behind "the manoeuvres in October 2021") would
    read the same date as its own."""
    return top.claim.kind in DATED_KINDS and match.claim.kind in DATED_KINDS and len(reading.whens) < 2


# Share of a clause's predicate weight that claims matched elsewhere in the sentence must cover
# for the clause to be read as part of their assertion.
COVERED = 0.5


def _covered(predicate: frozenset[str], claims: set[str], index: Index) -> bool:
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
    # What the sentence says the best match says too: a parallel claim says it of its countries.
    act = reading.predicate & index.entry_of(top.claim.id).predicate
    out = []
    for match in part.matches[1:]:
        if match.claim.kind is not top.claim.kind or match.score < MATCH_THRESHOLD \
                or not act <= index.entry_of(match.claim.id).predicate:
            continue
        theirs = _countries(match, index)
        if not theirs or theirs & covered or not any(ids & theirs for ids in named):
            continue
        covered |= theirs
        out.append(judge_match(text, reading, index, match, part.matches))
    return out


def _about_another(reading: Reading, match: Match, index: Index, event: Match | None = None) -> bool:
    """Whether the claim's statement names a country or person the sentence does not: "Kyrgyzstan
    asked for help in 2010" is no second value of "Tokayev asked for help on 5 January 2022". A
    claim that checks the figure the sentence puts on an event may name what the event's claim
    names: the 164 dead "in Kazakhstan" are a figure of "the unrest" the Kazakh unrest's claim matched."""
    statement = index.entry_of(match.claim.id).wordings[0]
    actors = [m.ids for m in statement.named if not m.slot and m.kind in _ACTOR_KINDS]
    known = reading.entity_ids | (index.entry_of(event.claim.id).entities if event is not None else frozenset())
    return any(not ids & known for ids in actors)


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


def judge(reading: Reading, index: Index) -> Finding:
    """The verdict on a sentence, from its reading: the sentence is not read again."""
    text = reading.text
    if (why := _unreadable(text)) is not None:
        return Finding(text, Verdict.UNVERIFIED, (_unjudged(text, reading, why),))
    folded = reading.folded
    if folded is not None and (opening := denial(folded)):
        start = folded.span(opening, opening)[0]  # where the denied assertion starts, as written
        return _denied(text, judge(excerpt(reading, ((start, len(text)),)), index))
    if folded is not None and (called_false := falsified(folded)) is not None:
        return _denied(text, judge(excerpt(reading, (folded.span(*called_false),)), index))
    if folded is not None and (rejected := rejected_report(folded)) is not None:
        return _beside_a_rejected_report(reading, folded.span(rejected, rejected)[0], index)
    finding = _without_asides(reading, index) or _judge_content(reading, index) or _judge_counts(reading, index)
    passing = _titled(reading, index, finding.parts) + _wrong_of_someone(reading, index, finding.parts)
    return Finding.over(text, finding.parts + passing, each=finding.each) if passing else finding


def _beside_a_rejected_report(reading: Reading, start: int, index: Index) -> Finding:
    """A sentence that says someone dismissed a report is judged on what it says before that; the
    report itself is neither asserted nor denied by it ("Tokayev dismissed reports that 10,000
    people had been arrested" says nothing of the arrests the sources count)."""
    text = reading.text
    before = text[:start].strip()
    why = "the sentence reports a rejection of what follows, which it neither asserts nor denies"
    if not before or not is_clause(excerpt(reading, ((0, start),))):
        return Finding(text, Verdict.UNVERIFIED, (_unjudged(text, reading, why),))
    judged = judge(excerpt(reading, ((0, start),)), index)
    return Finding.over(text, judged.parts + (_unjudged(text[start:], reading, why),))


def _without_asides(reading: Reading, index: Index) -> Finding | None:
    """A sentence with a relative clause that gives a date or a figure of someone ("Oezbekistan,
    dat zich in 2006 opnieuw had aangesloten, verliet het bondgenootschap in 2014") judged on
    what it says outside the clause, which is said in passing (see `_wrong_of_someone`): read
    whole, the clause's fact may stand for the sentence's own. None to judge it whole, where the
    rest is no clause or the base does not speak to it."""
    # (An opening clause stays: "When Azerbaijan attacked Armenia in 2022, the CSTO sent troops"
    # says which occasion the rest is of.)
    asides = [clause for _, clause in said_of_someone(reading)]
    if not asides:
        return None
    # The commas that set a clause off leave with it (the excerpt trims the spaces).
    text, kept, start = reading.text, [], 0
    for a, b in sorted(asides):
        kept.append((start, len(text[:a].rstrip(" ,"))))
        start = len(text) - len(text[b:].lstrip(" ,"))
    main = excerpt(reading, (*kept, (start, len(text))))
    if not is_clause(main):
        return None
    found = _judge_content(main, index) or _judge_counts(main, index)
    return None if found.verdict is Verdict.UNVERIFIED else Finding.over(reading.text, found.parts, each=found.each)


def _in_passing(reading: Reading) -> list[tuple[tuple[int, int] | None, tuple[int, int]]]:
    """The clauses a sentence says something in passing in, with the name each is said of."""
    return [*said_in_an_opening(reading), *said_of_someone(reading)]


def _wrong_of_someone(reading: Reading, index: Index, parts: tuple[Part, ...]) -> tuple[Part, ...]:
    """What a relative clause with a date or a figure says of the person before it ("Tokayev, who
    has been president since 2015, asked …"), judged with the name: a fact stated in passing,
    that counts when it is contradicted or disputed."""
    judged = {(p.claim.id, p.verdict) for p in parts if p.claim is not None}
    found = []
    for name, clause in _in_passing(reading):
        said = excerpt(reading, (name, clause) if name is not None else (clause,))
        for part in _judge_counts(said, index).parts:  # with the member counts it gives in passing
            # A claim the rest borne out or judged so already; one it bears out, wrong here, counts.
            # Nor one it denies: a clause that gives the background of a claim's denial ("when
            # Azerbaijan attacked Armenia" against "the CSTO did not intervene when …") denies nothing.
            if part.claim is None or part.verdict is Verdict.UNVERIFIED or part.negated \
                    or (part.claim.id, part.verdict) in judged \
                    or part.verdict is Verdict.SUPPORTED and any(c == part.claim.id for c, _ in judged):
                continue
            judged.add((part.claim.id, part.verdict))
            # Borne out, it counts for nothing; the time it gives is still held against the claim's.
            found.append(_said_in_passing(part) if part.verdict is Verdict.SUPPORTED else part)
    return tuple(found)


def _judge_content(reading: Reading, index: Index) -> Finding | None:
    """A sentence with an attribution judged on what it reports (see `attribution`), or None to
    judge it whole: one without, or one whose content alone the base does not speak to, since a
    source may report the saying itself ("Up to 20,000 bandits had attacked Almaty, Tokayev
    said": the sources report him saying it)."""
    spans = content_spans(reading)
    if spans is None:
        return None
    content = _judge_counts(excerpt(reading, spans), index)
    if content.verdict is Verdict.UNVERIFIED:
        return None
    return Finding.over(reading.text, tuple(_said_by(p, reading, index) for p in content.parts), each=content.each)


def _on_a_word(claim: Claim) -> bool:
    """Whether the sources give the claim as someone's word: its wordings say who said it
    ("Tokayev said that …"), or its sources give it as someone's account."""
    return any(says_who(text) for text in claim.texts) \
        or any(claim.modality_of(s) is Modality.ATTRIBUTED for s in claim.sources)


def _said_by(part: Part, reading: Reading, index: Index) -> Part:
    """A point the sources give as one person's word, put in another person's mouth ("the CSTO
    would fall apart, Pashinyan said" where Lukashenko said it), is not borne out."""
    if part.verdict is not Verdict.SUPPORTED or part.claim is None or not _on_a_word(part.claim):
        return part
    kinds = index.aliases.kinds
    people = {e for e in index.entry_of(part.claim.id).entities if kinds.get(e) is EntityKind.PERSON}
    others = [m for m in speakers(reading) if not m.ids & people]
    if not people or people & reading.entity_ids or not others:
        return part
    who = reading.text[others[0].start:others[0].end]
    return replace(part, verdict=Verdict.UNVERIFIED, evidence=(), corroboration=None,
                   explanation=f"the sources give this as the word of {', '.join(sorted(people))}, not of {who}")


def _judge_counts(reading: Reading, index: Index) -> Finding:
    """The verdict on a sentence, with the member counts it gives in passing."""
    text = reading.text
    counts = member_counts(reading, index.aliases)
    implied = _implied(reading, counts, index)
    if not implied:
        return _distributed(reading, index) or _apportioned(reading, index) or _respectively(reading, index) \
            or _judge(reading, index)
    rest = excerpt(reading, _around(counts, len(text)))
    main = _judge(rest, index)
    checked = {p.claim.id for p in implied if p.claim is not None}
    parts = [p for p in main.parts if p.claim is None or p.claim.id not in checked]
    if main.verdict is Verdict.UNVERIFIED and not is_clause(rest):
        parts = []  # "the CSTO is a seven-nation alliance": the figure is all the sentence says
    return Finding.over(text, tuple(parts + implied))


def _titled(reading: Reading, index: Index, parts: tuple[Part, ...]) -> tuple[Part, ...]:
    """The titles the sentence gives in passing that the sources say are wrong ("Tajik President
    Tokayev said …"), each a part of its own; a title they bear out adds nothing."""
    found: list[Part] = []
    for start, end, _ in titles(reading, index.offices):
        title = excerpt(reading, ((start, end),))
        for rule in rules.of(Stage.OFFICE):
            part = rule.check(title.text, title, index)
            if part is not None and part.verdict is Verdict.CONTRADICTED and part.claim is not None \
                    and not _before_the_sources(reading, index.entry_of(part.claim.id).written) \
                    and not any(p.claim == part.claim for p in (*parts, *found)):
                found.append(replace(part, reading=title))
    return tuple(found)


def _before_the_sources(reading: Reading, written: tuple[int, int, int] | None) -> bool:
    """Whether the sentence speaks of a year before the sources on an office were written: its
    titles are those of that time ("Prime Minister Putin met Nazarbayev in 2010"), which sources
    on who holds the office now do not speak to."""
    return written is not None and any(w.year is not None and w.year < written[0] for w in reading.whens)


def _unreadable(text: str) -> str | None:
    """Why a sentence cannot be checked at all, or None."""
    if text.rstrip().rstrip("\"'’”»)").endswith("?"):
        return "a question asserts nothing"
    if any(ch.isnumeric() and not ch.isdecimal() for ch in text) or any(ch.isdecimal() and not ch.isascii()
                                                                         for ch in text):
        # Roman numerals, superscripts, other scripts' digits: a figure read wrong or not at all
        # would leave the sentence supported whatever it says.
        return "it gives a figure that cannot be read"
    return None


def _implied(reading: Reading, counts: list[MemberCount], index: Index) -> list[Part]:
    """The member counts a sentence gives in passing, each checked as a statement of its own
    ("The CSTO has 6 member states"), where the base can check it."""
    if not counts:
        return []
    language = guess_language(reading.folded or reading.text)
    implied = []
    for count in counts:
        said = count.sentence(alliance_name(reading, count), language)
        # A statement of the tool's own making, in its words: the one text read beside the sentence.
        part = judge_part(said, read(said, index.aliases), index)
        if part.verdict is not Verdict.UNVERIFIED:  # a base that cannot check it: the rest decides
            implied.append(part)
    return implied


def _around(counts: list[MemberCount], length: int) -> tuple[tuple[int, int], ...]:
    """The stretches of a sentence around the figures it gives in passing."""
    ranges, start = [], 0
    for count in sorted(counts, key=lambda c: c.start):
        ranges.append((start, count.start))
        start = max(start, count.end)
    return (*ranges, (start, length))


_COLLECTIVE = re.compile(r"\b(?:together|jointly|between them|samen|gezamenlijk|onderling|make up|made up|"
                         r"form|formed|vormen|vormden|respectively|respectievelijk)\b", re.IGNORECASE)


def _distributed(reading: Reading, index: Index) -> Finding | None:
    """A sentence whose subject is a list of countries says the same of each.

    "Minsk, Bishkek, Dushanbe and Yerevan decided to send troops" is four assertions, each on
    a claim of its own; read whole, the four names dilute any one claim.
    """
    text = reading.text
    run = _subject_list(text, reading)
    if run is None or any(q.unit is None for q in reading.quantities) or _COLLECTIVE.search(text) \
            or _with_strangers(run, reading, index):
        # A figure is the whole list's or each one's in turn ("70 and 150"), and what they
        # do together ("together make up the CSTO") is not what each does. A name the base does
        # not know in the list ("Russia, Belarus, Serbia and Tajikistan sent troops") is one
        # more country, which only the list read whole holds against the sources' own.
        return None
    listed = {i for m in run for i in m.ids}
    best = candidates(text, reading, index).matches
    if best and listed <= index.entry_of(best[0].claim.id).entities:
        return None  # a claim on them together ("Kyrgyzstan and Tajikistan fought over their border")
    first, last = run[0], run[-1]
    parts: list[Part] = []
    for mention in run:
        said = excerpt(reading, ((0, first.start), (mention.start, mention.end), (last.end, len(text))))
        parts.extend(_judge(said, index).parts)
    if all(p.verdict is Verdict.UNVERIFIED for p in parts):
        return None
    return Finding.over(text, tuple(parts), each=True)


def _with_strangers(run: list[Mention], reading: Reading, index: Index) -> bool:
    return any(strangers and listed[0].start <= run[-1].start and run[0].start <= listed[-1].start
               for listed, strangers in lists_of_places(reading, index))


def _apportioned(reading: Reading, index: Index) -> Finding | None:
    """A list of figures each owned by a country, with one noun for all ("100 Armenian, 150
    Kyrgyz and 200 Tajik troops"), says each figure of its own country: each is an assertion,
    checked on its own, and one the base cannot check leaves the list unchecked. What comes
    before the list is judged apart; it counts where it gives a figure, or is borne out."""
    text = reading.text
    run = owned_figures(text, reading)
    if not run or _COLLECTIVE.search(text):
        return None
    last = run[-1][1].end
    parts: list[Part] = []
    for quantity, owner in run:
        parts.extend(_judge(excerpt(reading, ((quantity.start, owner.end), (last, len(text)))), index).parts)
    if all(p.verdict is Verdict.UNVERIFIED for p in parts):
        return None
    before = excerpt(reading, ((0, run[0][0].start),))
    if before.text.strip():
        told = _judge(before, index).parts
        parts.extend(p for p in told if before.quantities or p.verdict is not Verdict.UNVERIFIED)
    return Finding.over(text, tuple(parts), each=True)


def _respectively(reading: Reading, index: Index) -> Finding | None:
    """Countries and figures paired in order ("Armenia and Kyrgyzstan sent about 70 and 150 troops
    respectively"): each country is said to have its own figure, an assertion of its own."""
    text = reading.text
    said = _RESPECTIVELY.search(text)
    subjects = _subject_list(text, reading) if said else None
    figures = [q for q in reading.quantities if q.unit is None]
    if said is None or subjects is None or len(figures) != len(subjects) or figures[0].start < subjects[-1].end:
        return None
    verb = (subjects[-1].end, figures[0].start)
    rest = (figures[-1].end, said.start())
    parts = tuple(p for country, figure in zip(subjects, figures, strict=True)
                  for p in _judge(excerpt(reading, ((country.start, country.end), verb, (figure.start, figure.end), rest)),
                                  index).parts)
    return Finding.over(text, parts, each=True) if any(p.verdict is not Verdict.UNVERIFIED for p in parts) else None


_RESPECTIVELY = re.compile(r"\b(?:respectively|respectievelijk)\b", re.IGNORECASE)


def _subject_list(text: str, reading: Reading) -> list[Mention] | None:
    """Two or more countries (or their capitals) opening the sentence, joined by commas and 'and'."""
    runs = place_lists(text, reading)
    if not runs or len(runs[0]) < 2 or text[:runs[0][0].start].strip(" \"'‘“") or runs[0][0].locative:
        return None
    return runs[0]


def _judge(reading: Reading, index: Index) -> Finding:
    """A sentence judged whole, or part by part where it makes assertions the base tells apart."""
    text = reading.text
    whole = judge_part(text, reading, index)
    pieces = segments(reading)
    parts = _assertions(reading, pieces, index) if len(pieces) > 1 else []
    whole = _own_clause(whole, parts, reading)
    checked = {p.claim.id for p in parts if p.claim is not None and p.verdict is not Verdict.UNVERIFIED}
    # A clause the base does not speak to counts only if it says something of its own, not
    # what a claim matched elsewhere in the sentence already covers ("scaled back its gas |
    # and electricity exports": a split inside one assertion).
    covering = checked | ({whole.claim.id} if whole.claim is not None and whole.verdict is not Verdict.UNVERIFIED
                          else set())
    parts = [p for p in parts if p.verdict is not Verdict.UNVERIFIED or not _covered(_own(p), covering, index)]
    matched = [p for p in parts if p.verdict is not Verdict.UNVERIFIED]
    separate = len(checked) >= 2 and all(p.score >= whole.score - PART_SLACK for p in matched)
    if not (separate or (matched and (len(matched) < len(parts) or _elsewhere(whole, matched)))):
        valued = with_values(whole, text, reading, index)
        return Finding.over(text, _events_unchecked(valued, _unasserted(valued, reading), reading, index))
    return Finding.over(text, _with_its_figures(_one_a_claim(parts, whole), reading, index))


def _with_its_figures(parts: tuple[Part, ...], reading: Reading, index: Index) -> tuple[Part, ...]:
    """A sentence judged part by part leaves no figure unchecked that counts what an event part
    speaks of: "1,500 military personnel, as well as … and | armored vehicles, will be sent to
    Kazakhstan" is not borne out by the troops being sent, unless a claim checks the 1,500."""
    loose = _loose(parts, reading)
    if not loose:
        return parts
    counts = _counts_of(loose, reading, index)
    checked = [p for p in counts if p.verdict is not Verdict.UNVERIFIED]
    loose = _figures_outside(loose, reading, [p.text for p in checked])
    return (*counts, *_events_unchecked(parts, loose, reading, index))


def _loose(parts: tuple[Part, ...], reading: Reading) -> list[Quantity]:
    """The figures no part with a claim asserts or stands over."""
    return _figures_outside(reading.quantities, reading, [p.asserted or p.text for p in parts if p.claim is not None])


def _unasserted(parts: tuple[Part, ...], reading: Reading) -> list[Quantity]:
    """The figures no part asserts as its value."""
    return _figures_outside(reading.quantities, reading, [p.asserted for p in parts if p.asserted])


def _figures_outside(figures: Iterable[Quantity], reading: Reading, texts: list[str]) -> list[Quantity]:
    """The figures, but units, written in none of the texts."""
    return [q for q in figures if q.unit is None and not any(reading.text[q.start:q.end] in t for t in texts)]


def _events_unchecked(parts: tuple[Part, ...], loose: list[Quantity], reading: Reading, index: Index) -> tuple[Part, ...]:
    """The parts, one unchecked where a figure no claim checked counts what it speaks of: an event
    part's ("crossed into Kazakhstan three days after Tokayev's appeal", against their crossing
    within a day), or a span of time on a count part that read no figure ("Kyrgyzstan sent its
    troops one day after the request": the sources date no Kyrgyz troops)."""
    out = []
    for part in parts:
        figure = _unchecked_figure(part, loose, reading, index)
        if figure is not None and part.claim is not None:
            written = as_written(reading.text, figure)
            part = replace(part, verdict=Verdict.UNVERIFIED, evidence=(), corroboration=None,
                           explanation=f"the sources on {part.claim.id} give no figure to check {written} against")
        out.append(part)
    return tuple(out)


def _unchecked_figure(part: Part, loose: list[Quantity], reading: Reading, index: Index) -> Quantity | None:
    if part.verdict is not Verdict.SUPPORTED or part.claim is None:
        return None
    entry = index.entry_of(part.claim.id)
    event = part.claim.kind is ValueKind.EVENT
    if not event and not (part.claim.kind is ValueKind.COUNT and part.asserted is None):
        return None
    # A span of time where the event gives one is never the event's to bear out, whichever part
    # checks it ("crossed … three days after the appeal" against arriving "within a day").
    spans = [q for q in reading.quantities if q.unit is None and counted(reading, q, 1) & DURATION_FEATURES] \
        if event and entry.predicate & DURATION_FEATURES else []
    # a figure the claim's own wordings give ("a 180-degree turn") is no figure unchecked
    return next((q for q in [*loose, *spans] if q.number not in entry.figures and (
        counted(reading, q, 1) & DURATION_FEATURES or event and counts_alike(counted(reading, q), entry.predicate))), None)




def _counts_of(loose: list[Quantity], reading: Reading, index: Index) -> list[Part]:
    """The figures no part checked, each held against the count claim that counts what it counts
    ("…, with dozens of deaths and 10,000 arrests": the sources count the dead and the arrested)."""
    found: list[Part] = []
    ranked = candidates(reading.text, reading, index).ranked
    for q in loose:
        nouns = {f for f in counted(reading, q) if f.startswith(("t:", "k:"))}
        counting = [m for m in ranked if m.claim.kind is ValueKind.COUNT and nouns & index.entry_of(m.claim.id).counts
                    and all(p.claim != m.claim for p in found)]
        # Of the claims that count its kind ("people"), one that speaks of what it names ("detainees"):
        # the dead are no count of the detained.
        named = {f for f in nouns if f.startswith("t:")}
        match = next((m for m in counting if not named or named & index.entry_of(m.claim.id).predicate), None) \
            or _counting(reading, index, nouns, named, found)
        if match is not None:
            found.append(judge_match(reading.text, reading, index, match, (match,)))
    return found


def _counting(reading: Reading, index: Index, nouns: set[str], named: set[str], found: list[Part]) -> Match | None:
    """The count claim that counts what a figure names, where the sentence's best matches pass it by
    ("at least 164 dead, a thousand injured and more than 10,000 detainees"): scored on the
    sentence, so a claim on others ("38 Kyrgyz were detained") that the sentence does not name
    falls short of matching at all. The claim speaks of all the figure names: soldiers killed are
    no count of soldiers sent, nor are soldiers a sentence says were killed."""
    numbers = sorted({n for f in named for n in index.postings.get(f, ())})
    fates = FATES & reading.predicate
    entries = [e for e in map(index.entry, numbers) if e.claim.kind is ValueKind.COUNT and nouns & e.counts
               and named <= e.predicate and (not fates or fates & e.predicate) and all(p.claim != e.claim for p in found)]
    scored = index.score(reading, entries, frozenset({ValueKind.COUNT}))
    return max(scored, key=lambda m: (m.rank, m.claim.id), default=None)


def _elsewhere(whole: Part, matched: list[Part]) -> bool:
    """Whether the sentence's clauses, judged apart, say what it asserts: its best match was
    found to speak of something else than it says (a denial of another country's act), or no
    claim matches it whole and a clause is borne out ("Nazarbayev resigned after 30 years in
    office, but will keep his post as chairman of the Security Council"). A clause that no
    match of the whole sentence backs is not enough to contradict it: read out of its sentence,
    it may say what the sentence does not."""
    if whole.verdict is not Verdict.UNVERIFIED or whole.claim is not None:
        return False
    return bool(whole.matches) or all(p.verdict is Verdict.SUPPORTED for p in matched)


def _own_clause(whole: Part, parts: list[Part], reading: Reading) -> Part:
    """A negation with nothing of its own to deny, in another clause than the one that says the
    claim ("Kyrgyzstan asked for help in 2010, but the CSTO refused"), denies no part of what that
    clause says: the clause, judged on its own, stands for the sentence's match."""
    if not whole.negated or whole.claim is None or not reading.negations or any(reading.negations) \
            or not all(_ends_clause(reading, at) for at in reading.negation_at):
        return whole
    return next((p for p in parts if p.claim is not None and p.claim.id == whole.claim.id and not p.negated
                 and p.verdict is not Verdict.UNVERIFIED), whole)


def _ends_clause(reading: Reading, at: int) -> bool:
    """Whether the word that starts at offset `at` closes its clause ("…, but Russia refused."):
    punctuation, or nothing, stands between it and the next word."""
    words = reading.words
    k = next((k for k, (start, _, _) in enumerate(words) if start >= at), len(words))
    if k + 1 >= len(words):
        return True
    return bool(reading.text[words[k][1]:words[k + 1][0]].strip())


def _assertions(sentence: Reading, pieces: list[Segment], index: Index) -> list[Part]:
    """The parts of a sentence that are assertions of their own, each judged apart."""
    parts = []
    for seg in pieces:
        words = [word for _, _, word in seg.reading.words]
        part = judge_part(seg.text, seg.reading, index, sentence.whens if refers_back_in_time(words) else ())
        if not seg.clause and _only_titled(part, seg.reading, index):
            part = _said_in_passing(part)
        if seg.assertion and (part.verdict is not Verdict.UNVERIFIED or seg.clause):
            # not a fragment ("some 3,000 soldiers and 600 staff"). A figure on an event is
            # checked on the claim with a figure close behind, as in a sentence judged whole
            # ("sending 3,000 troops as part of the CSTO force").
            parts.append(part)
            parts.extend(_figure_behind(part, seg, index))
    return parts


def _only_titled(part: Part, reading: Reading, index: Index) -> bool:
    """Whether a fragment of a sentence is a titled name and nothing else ("…, and Tajikistan's
    President Emomali Rahmon."): it asserts no office, it gives one in passing."""
    return part.claim is not None and part.claim.kind is ValueKind.PERSON and reading.predicate <= index.offices \
        and bool(titles(reading, index.offices))


def _said_in_passing(part: Part) -> Part:
    claim_id = part.claim.id if part.claim is not None else None
    return replace(part, matches=tuple(replace(m, passing=True) if m.claim.id == claim_id else m
                                       for m in part.matches))


def _figure_behind(part: Part, seg: Segment, index: Index) -> list[Part]:
    """The claim with a figure that checks the figure a part gives on an event claim."""
    if part.claim is None or part.claim.kind is not ValueKind.EVENT or not seg.reading.quantities:
        return []
    return [p for p in with_values(part, seg.text, seg.reading, index)[1:]
            if p.claim is not None and p.claim.kind is ValueKind.COUNT]


def _own(part: Part) -> frozenset[str]:
    """A part's own predicate, before it borrowed a verb from the part beside it."""
    return frozenset(f for _, _, f in part.reading.features) if part.reading is not None else frozenset()


def _one_a_claim(parts: list[Part], whole: Part) -> tuple[Part, ...]:
    """Two parts on the same claim are one assertion split in the wrong place: keep the first.
    A part that reads another value for the claim the whole sentence matches best is judged on
    the whole sentence, which sees all of it (a split between "lokale en buitenlandse" cuts a
    figure off its noun)."""
    kept: list[Part] = []
    for part in parts:
        if whole.claim is not None and part.claim is not None and part.claim.id == whole.claim.id \
                and part.asserted != whole.asserted:
            part = whole
        if part.claim is not None and any(k.claim is not None and k.claim.id == part.claim.id for k in kept):
            continue
        kept.append(part)
    return tuple(kept)
