"""The judge stage: the verdict on each assertion of a sentence, from the claims retrieval found
and what each source says, and the sentence's verdict over its parts."""
from __future__ import annotations

import re
from dataclasses import replace

from cstocheck.compare import (
    Judged,
    Said,
    as_written,
    checks_figure,
    core,
    fills_slot,
    read_said,
    stances,
)
from cstocheck.explain import deciding_words, explain
from cstocheck.finding import Corroboration, Evidence, Finding, Part, Verdict
from cstocheck.implied import MemberCount, alliance_name, member_counts
from cstocheck.model import Claim, EntityKind, SourceQuote, Stance, ValueKind
from cstocheck.read import ARTICLE, Mention, Reading, excerpt, place_lists, read, where
from cstocheck.retrieve import DATED_KINDS, MATCH_THRESHOLD, SLOT_KINDS, Candidates, Entry, Index, Match, candidates
from cstocheck.split import is_clause, segments
from cstocheck.structure import denial, refers_back_in_time, sequence_features
from cstocheck.values import Quantity, Range, When, guess_language, parse_count

# A claim with a figure may trail an event claim by this much and still check the sentence's figure.
FIGURE_BEHIND = 0.5

# Matches this close are equally good readings of the sentence. Only figures and dates pick
# between them: a person may have held an office at another time.
NEAR_TIE = 0.12
# How much further a claim may trail when only its "again" or "first" holds it back.
SEQUENCE_SLACK = 0.25
NEAR_TIE_KINDS = frozenset({ValueKind.COUNT, ValueKind.YEAR, ValueKind.DATE})
# A claim about the time a sentence names may trail the best match by this much.
AT_THAT_TIME = 0.25
# A sentence that gives a person an office says little else: at most this many other features.
OFFICE_SENTENCE = 2
# Kinds of value that change with time: who holds an office, where something is.
TIMED_KINDS = frozenset({ValueKind.PERSON, ValueKind.PLACE})


def _held(found: Candidates, index: Index, match: Match) -> Part:
    """The assertion judged against one of the claims it came close to."""
    return judge_match(found.text, found.reading, index, match, found.matches, found.quantities, found.whens)


def judge_part(text: str, reading: Reading, index: Index, context: tuple[When, ...] = ()) -> Part:
    """The verdict on one assertion, with the reading it rests on."""
    return replace(_judge_part(text, reading, index, context), reading=reading)


def _judge_part(text: str, reading: Reading, index: Index, context: tuple[When, ...] = ()) -> Part:
    found = candidates(text, reading, index, context)
    # A sentence that gives a person an office ("Pashinyan is the president of Armenia") is
    # about the office: the sources on it answer first, whatever else they say of the person.
    office = _another_office(text, reading, index)
    if office is not None and (not found.matches or found.matches[0].claim.kind is not ValueKind.PERSON):
        return office
    if not found.matches:
        return Part(
            text, Verdict.UNVERIFIED, None, (), (), (), None, reading.negated,
            "the claims base does not speak to this", None)
    part = _held(found, index, found.matches[0])
    for reconsider in RECONSIDER:
        better = reconsider(found, part, index)
        if better is not None:
            return better
    return part


def _by_value(found: Candidates, part: Part, index: Index) -> Part | None:
    """Claims that match equally well and differ only in their value ("left in 1999", "left in
    2012"): the value the sentence gives says which one it means. A sentence that says no
    "first" or "again" lets its value pick the event, however far behind the claim's own
    "again" leaves it."""
    top = found.matches[0]
    if part.verdict is not Verdict.CONTRADICTED or part.asserted is None or top.claim.kind not in NEAR_TIE_KINDS:
        return None
    said = found.reading.predicate & sequence_features()
    unsaid = sequence_features() - found.reading.predicate if not said else set()
    for other in found.matches[1:]:
        behind = NEAR_TIE + (SEQUENCE_SLACK if index.entry_of(other.claim.id).predicate & unsaid else 0.0)
        if other.claim.kind is not top.claim.kind or other.score < top.score - behind:
            continue
        alternative = _held(found, index, other)
        if alternative.verdict in (Verdict.SUPPORTED, Verdict.DISPUTED):
            return alternative
    return None


def _by_article(found: Candidates, part: Part, index: Index) -> Part | None:
    """The sentence names an article the best match says nothing of: the nearest claim that
    names one checks it ("asked for help under Article 5" against "under Article 4")."""
    top = found.matches[0]
    if part.verdict is not Verdict.SUPPORTED or not _articles(found.reading.predicate) \
            or _articles(index.entry_of(top.claim.id).predicate):
        return None
    for other in found.ranked:
        if other.score < top.score - AT_THAT_TIME or not _articles(index.entry_of(other.claim.id).predicate):
            continue
        alternative = _held(found, index, other)
        return alternative if alternative.verdict is Verdict.CONTRADICTED else None
    return None


def _by_time(found: Candidates, part: Part, index: Index) -> Part | None:
    """A claim about the time the sentence names beats one about another time or none: "the
    president in 2010" is a claim about 2010, not the president now."""
    top, whens = found.matches[0], found.whens
    context = index.entry_of(top.claim.id).whens
    if not any(w.year is not None for w in whens) or top.claim.kind not in TIMED_KINDS \
            or (context and not _another_time(whens, context)):
        return None
    for other in found.matches[1:]:
        theirs = index.entry_of(other.claim.id).whens
        if other.claim.kind is top.claim.kind and other.score >= top.score - AT_THAT_TIME and theirs \
                and not _another_time(whens, theirs):
            return _held(found, index, other)
    return None


def _by_sum(j: Judged) -> tuple[SourceQuote, tuple[Claim, ...]] | None:
    """A figure that is the sum of the counts one passage gives: "3,000 soldiers and 600
    interior ministry personnel" make some 3,600 peacekeepers. The claims that quote the same
    passage for a count are its parts: (the passage, the claims whose values add up), or None."""
    claim, said = j.claim, j.said
    if claim.kind is not ValueKind.COUNT or j.top.negated or not claim.value or said is None or said.quantity is None:
        return None
    for quoted in claim.counted:
        others = tuple(c for c in j.index.quoting(quoted.seed, quoted.quote) if c.id != claim.id and c.value
                       and c.kind is ValueKind.COUNT)
        if not others:
            continue
        ranges = [parse_count(c.value or "").range() for c in (claim, *others)]
        total = Range(sum(r.lo for r in ranges), sum(r.hi for r in ranges))
        if said.quantity.range().overlaps(total):
            return quoted, (claim, *others)
    return None


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


# Other readings of an assertion, tried in order once its best match is judged: the first that
# gives a better verdict is taken.
RECONSIDER = (_by_value, _by_article, _by_time)


def _figure_without_one(j: Judged) -> tuple[str, str] | None:
    """The sentence puts a figure on something the sources give no figure for, and no claim close
    enough to match has a figure to check it against."""
    if j.claim.kind is ValueKind.COUNT or not j.loose or any(
            m.score >= j.top.score - FIGURE_BEHIND and checks_figure(j.text, j.reading, j.index, m)
            for m in j.matches):
        return None
    figure = as_written(j.text, j.loose[0])
    return figure, f"the sources on {j.claim.id} give no figure to check {figure} against"


def _figure_of_another_thing(j: Judged) -> tuple[str, str] | None:
    """A figure, but not of what the claim counts ("80,000 demonstrators" against a count of
    opponents jailed): a figure left unchecked is never supported."""
    if j.claim.kind is not ValueKind.COUNT or j.said is not None or not j.loose:
        return None
    figure = as_written(j.text, j.loose[0])
    return figure, f"{figure} does not count what {j.claim.id} counts"


def _after_the_sources(j: Judged) -> tuple[str, str] | None:
    """A time after the claim's sources were written: they cannot speak to it."""
    written = j.entry.written
    if j.claim.kind in DATED_KINDS or written is None:
        return None
    later = next((w for w in j.whens if w.year is not None and w.span()[0] is not None and w.span()[0] > written),
                 None)
    if later is None:
        return None
    return (as_written(j.text, later), (f"the sources on {j.claim.id} were written by {written[0]}-{written[1]:02d}: "
                                  f"they cannot speak to {as_written(j.text, later)}"))


def _no_one_named(j: Judged) -> tuple[str, str] | None:
    """Who or where is the claim's whole point: a sentence that names neither ("Someone sent
    troops") does not say it; one that names someone the sources never name cannot be checked."""
    if j.said is None and j.claim.kind in SLOT_KINDS and not j.top.negated:
        return "", f"the sentence does not say the {j.claim.kind.value} that {j.claim.id} is about"
    if j.said is not None and j.said.unknown:
        return j.said.unknown, f"no source names {j.said.unknown}"
    return None


_DIGITS = re.compile(r"\d+(?:[.,\s]\d{3})*")
_NAMED_BY = re.compile(r"(?:article|artikel|art\.?)\s*$|[-\w]$", re.IGNORECASE)


def _figure_unread(j: Judged) -> tuple[str, str] | None:
    """Digits the reader took for no figure and no date ("numbers 5,000 people"): a count claim
    cannot be checked against a figure left unread. An article number, or digits joined to a
    word ("Brotherhood-2022", "98th"), name something and are no figure."""
    if j.claim.kind is not ValueKind.COUNT:
        return None
    read_spans = [(q.start, q.end) for q in j.quantities] + [(w.start, w.end) for w in j.whens]
    for found in _DIGITS.finditer(j.text):
        start, end = found.span()
        if any(a <= start < b or a < end <= b for a, b in read_spans):
            continue
        if _NAMED_BY.search(j.text[:start]) or j.text[end:end + 1].isalpha():
            continue
        return found.group(), f"the figure {found.group()} could not be read, so {j.claim.id} cannot check it"
    return None


# What leaves an assertion unchecked against its claim, tried in order: (what it gives, why).
UNCHECKABLE = (_figure_unread, _figure_without_one, _figure_of_another_thing, _after_the_sources, _no_one_named)


def judge_match(text: str, reading: Reading, index: Index, top: Match, matches: tuple[Match, ...],
                quantities: list[Quantity] | None = None, whens: list[When] | None = None) -> Part:
    """The assertion judged against one claim, with the reading it rests on."""
    return replace(_judge_match(text, reading, index, top, matches, quantities, whens), reading=reading)


def _judge_match(text: str, reading: Reading, index: Index, top: Match, matches: tuple[Match, ...],
                 quantities: list[Quantity] | None, whens: list[When] | None) -> Part:
    quantities = list(reading.quantities) if quantities is None else quantities
    whens = list(reading.whens) if whens is None else whens
    claim = top.claim
    said = read_said(text, reading, claim, quantities, whens, index)
    j = Judged(text, reading, index, top, matches, quantities, whens, index.entry_of(claim.id), said)
    for uncheckable in UNCHECKABLE:
        if found := uncheckable(j):
            return Part(text, Verdict.UNVERIFIED, claim, (), (), matches, found[0] or None, top.negated, found[1],
                        None)
    speaking = stances(j)
    asserted = said.describe(text) if said else None
    if not speaking:
        return Part(text, Verdict.UNVERIFIED, claim, (), (), matches, asserted, top.negated,
                    f"no source on {claim.id} speaks to {asserted or 'that'}", None)
    return _decide(j, speaking, asserted)


def _decide(j: Judged, speaking: list[Evidence], asserted: str | None) -> Part:
    claim, entry, top = j.claim, j.entry, j.top
    agreeing = [e for e in speaking if e.stance is Stance.SUPPORTS]
    disagreeing = [e for e in speaking if e.stance is Stance.CONTRADICTS]
    if agreeing and disagreeing:
        verdict, evidence = Verdict.DISPUTED, speaking
    elif agreeing:
        verdict, evidence = Verdict.SUPPORTED, agreeing
    else:
        verdict, evidence = Verdict.CONTRADICTED, disagreeing
        if j.said is not None and claim.kind is ValueKind.PERSON:
            held = _offices_held(j.said, claim, j.reading, j.index)
            evidence, speaking = evidence + held, speaking + held
    if verdict is Verdict.CONTRADICTED and (summed := _by_sum(j)) is not None:
        return _summed(j, *summed, asserted)
    elsewhen = _another_time(j.whens, entry.whens)
    if elsewhen is not None and verdict is Verdict.CONTRADICTED:
        # Another value at another time: the sentence is about some other occasion.
        return Part(j.text, Verdict.UNVERIFIED, claim, (), (), j.matches, asserted, top.negated,
                    f"the sources on {claim.id} speak of {_years_of(entry.whens)}, "
                    f"not of {_when_text(j.text, elsewhen)}", None, elsewhen=True)
    mismatch = _mismatch(j.text, j.reading, claim, entry, j.index, elsewhen) \
        if verdict is Verdict.SUPPORTED and not top.negated else None
    if mismatch is not None:
        # The sources' value, but something else the sentence gives is not what they say.
        verdict, (asserted, says) = Verdict.CONTRADICTED, mismatch
        evidence = [replace(e, stance=Stance.CONTRADICTS, says=says) for e in evidence]
        speaking = evidence + [e for e in speaking if e.stance is Stance.CONTRADICTS]
    corroboration = Corroboration(
        backing=tuple(dict.fromkeys(e.source for e in evidence)),
        speaking=tuple(dict.fromkeys(e.source for e in speaking)),
        of=j.index.seed_count,
    )
    explanation = explain(verdict, asserted, top.negated, speaking, corroboration)
    return Part(j.text, verdict, claim, tuple(evidence), tuple(speaking), j.matches, asserted, top.negated,
                explanation, corroboration)


def _mismatch(text: str, reading: Reading, claim: Claim, entry: Entry, index: Index,
              elsewhen: When | None) -> tuple[str, str] | None:
    """What the sentence says otherwise than the sources, beside the claim's value: (what it
    says, what they say), or None."""
    reading = core(reading)
    article = _another_article(reading, entry)
    if article:
        return article  # "Article 6 of the NATO treaty" where the sources say Article 5
    elsewhere = _another_place(text, reading, entry, index.aliases.kinds)
    if elsewhere:
        # The roles reversed: "an exercise in Tajikistan" where the sources say in Kyrgyzstan.
        return f"in {elsewhere}", f"in {', '.join(sorted(entry.where))}"
    instead = _another_country(reading, entry, index) if claim.kind not in SLOT_KINDS else None
    if instead is not None:
        return instead  # "a call from Washington" where the sources say from Beijing
    if elsewhen is not None:
        return as_written(text, elsewhen), _years_of(entry.whens)  # the right value at the wrong time
    return None


def _another_time(whens: list[When], context: tuple[When, ...]) -> When | None:
    """A date the sentence gives that fits none its claim's wordings give as the time of the point."""
    dated = [w for w in whens if w.year is not None]
    if not dated or not context:
        return None
    return next((w for w in dated if not any(w.compatible(c) for c in context)), None)


def _when_text(text: str, when: When) -> str:
    """A date as the sentence writes it, or its year where it was taken from the sentence around."""
    span = as_written(text, when)
    return span if when.year is None or str(when.year) in span else str(when.year)


def _years_of(whens: tuple[When, ...]) -> str:
    return " or ".join(dict.fromkeys(str(w.year) for w in whens))


def _articles(predicate: frozenset[str]) -> frozenset[str]:
    return frozenset(f for f in predicate if f.startswith(ARTICLE))


def _another_article(reading: Reading, entry: Entry) -> tuple[str, str] | None:
    """An article number the sentence gives where the claim's wordings give another."""
    said, known = _articles(reading.predicate), _articles(entry.predicate)
    if said - known and known - said:
        return (", ".join(sorted(f"Article {f[len(ARTICLE):]}" for f in said - known)),
                ", ".join(sorted(f"Article {f[len(ARTICLE):]}" for f in known - said)))
    return None


def _another_country(reading: Reading, entry: Entry, index: Index) -> tuple[str, str] | None:
    """A country the sentence names that the claim does not know, where every wording of the
    claim names a country the sentence leaves out: one put in the other's place."""
    places = (EntityKind.COUNTRY, EntityKind.CITY)
    named = {i for m in reading.mentions if m.kind in places for i in m.ids}
    # Only a place named as where or whence ("a call from Washington"): a country is named in
    # many other roles ("het Georgische Zuid-Ossetië").
    strangers = sorted({i for m in reading.mentions if m.kind in places and m.locative and not m.ids & entry.entities
                        for i in m.ids if index.aliases.kinds.get(i) is EntityKind.COUNTRY})
    if not strangers:
        return None
    missing = None
    for wording in entry.wordings:
        theirs = {i for m in wording.named if m.kind in (k.value for k in places) for i in m.ids
                  if index.aliases.kinds.get(i) is EntityKind.COUNTRY} - named
        if not theirs:
            return None
        missing = theirs if missing is None else missing & theirs
    if not missing:
        return None
    return ", ".join(strangers), ", ".join(sorted(missing))


def _another_place(text: str, reading: Reading, entry: Entry, kinds: dict[str, EntityKind]) -> str | None:
    """A place the sentence names as where, that the claim knows only in another role."""
    if not entry.where:
        return None
    said = where(reading)
    if not said or said & entry.where:
        return None
    # A country is named in many roles ("the mission in Kazakhstan"); a city is a place.
    a_city = any(m.ids & said and m.kind is EntityKind.CITY for m in reading.mentions)
    if said & entry.entities or (a_city and any(kinds.get(i) is EntityKind.CITY for i in entry.where)):
        return ", ".join(sorted(said))
    return None


def _another_office(text: str, reading: Reading, index: Index) -> Part | None:
    """A person given an office the sources do not give them, where they give another: "Tokayev
    is Kazakhstan's prime minister" against "Tokayev is the president of Kazakhstan", or "Zakharova
    is the spokeswoman of Kazakhstan's foreign ministry" against Russia's."""
    people = [m for m in reading.mentions if m.kind is EntityKind.PERSON]
    said = reading.predicate & index.offices
    if len(people) != 1 or not said or reading.negated or len(reading.predicate - said) > OFFICE_SENTENCE:
        # A sentence that does more than give someone an office uses it as a title, in passing
        # ("Prime Minister Pashinyan announced that the CSTO would send forces to Kazakhstan").
        return None
    others = {i for m in reading.mentions if m.kind is not EntityKind.PERSON for i in m.ids}
    countries = {i for m in reading.mentions if m.kind in (EntityKind.COUNTRY, EntityKind.CITY) for i in m.ids}
    for person in sorted(people[0].ids):
        for number in index.holders.get(person, ()):
            entry = index.entry(number)
            held = entry.predicate & index.offices
            if not held:
                continue
            elsewhere = held == said and countries and not countries & entry.entities \
                and any(index.aliases.kinds.get(e) is EntityKind.COUNTRY for e in entry.entities)
            otherwise = not held & said and others <= entry.entities | {entry.claim.value}
            if not (elsewhere or otherwise):
                continue
            evidence = _against(entry.claim, reading, index)
            if not evidence:
                continue
            seeds = tuple(dict.fromkeys(e.source for e in evidence))
            corroboration = Corroboration(seeds, seeds, index.seed_count)
            asserted = ", ".join(sorted(countries if elsewhere else {f[2:] for f in said}))
            return Part(text, Verdict.CONTRADICTED, entry.claim, tuple(evidence), tuple(evidence), (), asserted, False,
                        explain(Verdict.CONTRADICTED, asserted, False, evidence, corroboration), corroboration)
    return None


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
            found += _against(other.claim, reading, index)
    return found


def _against(claim: Claim, reading: Reading, index: Index) -> list[Evidence]:
    """Another claim's supporting passages, as evidence against the sentence: they say its statement."""
    return [Evidence(claim.id, s.seed, s.quote, s.line, Stance.CONTRADICTS, claim.statement,
                     deciding_words(s.quote, claim.kind, reading, index))
            for s in claim.counted if s.stance is Stance.SUPPORTS]


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


def judge(reading: Reading, index: Index) -> Finding:
    """The verdict on a sentence, from its reading: the sentence is not read again."""
    text = reading.text
    if (why := _unreadable(text)) is not None:
        return Finding(text, Verdict.UNVERIFIED, (_unjudged(text, reading, why),))
    folded = reading.folded
    if folded is not None and (opening := denial(folded)):
        start = folded.span(opening, opening)[0]  # where the denied assertion starts, as written
        return _denied(text, judge(excerpt(reading, ((start, len(text)),)), index))
    counts = member_counts(reading, index.aliases)
    implied = _implied(reading, counts, index)
    if not implied:
        return _distributed(reading, index) or _judge(reading, index)
    rest = excerpt(reading, _around(counts, len(text)))
    main = _judge(rest, index)
    checked = {p.claim.id for p in implied if p.claim is not None}
    parts = [p for p in main.parts if p.claim is None or p.claim.id not in checked]
    if main.verdict is Verdict.UNVERIFIED and not is_clause(rest):
        parts = []  # "the CSTO is a seven-nation alliance": the figure is all the sentence says
    return Finding.over(text, tuple(parts + implied))


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
    alliance, language = alliance_name(reading), guess_language(reading.folded or reading.text)
    implied = []
    for count in counts:
        said = count.sentence(alliance, language)
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
    if run is None or any(q.unit is None for q in reading.quantities) or _COLLECTIVE.search(text):
        # A figure is the whole list's or each one's in turn ("70 and 150"), and what they
        # do together ("together make up the CSTO") is not what each does.
        return None
    first, last = run[0], run[-1]
    parts: list[Part] = []
    for mention in run:
        said = excerpt(reading, ((0, first.start), (mention.start, mention.end), (last.end, len(text))))
        parts.extend(_judge(said, index).parts)
    if all(p.verdict is Verdict.UNVERIFIED for p in parts):
        return None
    return Finding.over(text, tuple(parts), each=True)


def _subject_list(text: str, reading: Reading) -> list[Mention] | None:
    """Two or more countries (or their capitals) opening the sentence, joined by commas and 'and'."""
    runs = place_lists(text, reading)
    if not runs or len(runs[0]) < 2 or text[:runs[0][0].start].strip(" \"'‘“") or runs[0][0].locative:
        return None
    return runs[0]


def _judge(reading: Reading, index: Index) -> Finding:
    text = reading.text
    whole = judge_part(text, reading, index)
    pieces = segments(reading)
    if len(pieces) < 2:
        return Finding.over(text, with_values(whole, text, reading, index))
    parts: list[Part] = []
    own: dict[int, frozenset[str]] = {}  # each part's own predicate, before it borrowed a verb
    for seg in pieces:
        words = [word for _, _, word in seg.reading.words]
        part = judge_part(seg.text, seg.reading, index, reading.whens if refers_back_in_time(words) else ())
        if not seg.assertion or (part.verdict is Verdict.UNVERIFIED and not seg.clause):
            continue  # a fragment ("some 3,000 soldiers and 600 staff"), not an assertion of its own
        own[id(part)] = frozenset(f for _, _, f in seg.reading.features)
        parts.append(part)
    claims = {p.claim.id for p in parts if p.claim is not None and p.verdict is not Verdict.UNVERIFIED}
    # A clause the base does not speak to counts only if it says something of its own, not
    # what a claim matched elsewhere in the sentence already covers ("scaled back its gas |
    # and electricity exports": a split inside one assertion).
    covering = claims | ({whole.claim.id} if whole.claim is not None and whole.verdict is not Verdict.UNVERIFIED
                         else set())
    parts = [p for p in parts if p.verdict is not Verdict.UNVERIFIED or not _covered(own[id(p)], covering, index)]
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
