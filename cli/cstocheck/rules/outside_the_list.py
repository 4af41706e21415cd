"""A country said to do what a claim says a whole list of countries did, where the list does not
hold it: "Uzbekistan contributed soldiers to the CSTO mission in Kazakhstan", where the sources
say the force was made up of troops from Russia, Belarus, Armenia, Kyrgyzstan and Tajikistan.
The claim's wordings each list at least three countries and one of them says the list is whole
("made up of", "the entire alliance"); the sentence says the claim's act, at the claim's place,
of no other time, and every country it names as acting is outside the list. Asked before the
best match, which may be a claim on the act that names no country ("the CSTO's first
deployment")."""
from __future__ import annotations

from cstocheck import lexicon
from cstocheck.compare import contradicted_by
from cstocheck.finding import Part
from cstocheck.implied import says_whole
from cstocheck.model import EntityKind, ValueKind
from cstocheck.read import ACTS, Reading, where, whither
from cstocheck.retrieve import Candidates, Entry, Index
from cstocheck.rules.base import Rule, Stage, another_time, countries_of, lists_at_least

MIN_LISTED = 3
_NOT_DONE = lexicon.words("possibility_words") | lexicon.words("intention_words") | lexicon.words("future_words")


def check(found: Candidates, index: Index) -> Part | None:
    reading = found.reading
    acting = _acting(reading, index)
    acts = reading.predicate & ACTS
    if not acting or not acts or {w for _, _, w in reading.words} & _NOT_DONE:
        return None  # (what might be, or was to be, is not what was done: "China offered to send troops")
    places = reading.entity_ids
    for entry in index.derived("whole-lists " + " ".join(sorted(acts)), lambda ix: _whole_lists(ix, acts)):
        if not entry.whither or not entry.whither <= places or acting & countries_of(entry, index) \
                or another_time(found.whens, entry.whens) is not None:
            continue
        part = contradicted_by(found.text, entry.claim, reading, index, found.matches, ", ".join(sorted(acting)))
        if part is not None:
            return part
    return None


def _acting(reading: Reading, index: Index) -> set[str]:
    """The countries the sentence names other than as where or whither, nor as a modifier."""
    kinds = index.aliases.kinds
    placed = where(reading) | whither(reading)
    return {i for m in reading.mentions if m.kind is EntityKind.COUNTRY and not m.modifier and not m.locative
            for i in m.ids if kinds.get(i) is EntityKind.COUNTRY and i not in placed}


def _whole_lists(index: Index, acts: frozenset[str]) -> list[Entry]:
    """The event claims with one of the acts whose every wording lists at least MIN_LISTED
    countries, one of them as the whole."""
    numbers = sorted(set().union(*(index.postings.get(a, ()) for a in acts)))
    return [entry for entry in (index.entry(n) for n in numbers)
            if entry.claim.kind is ValueKind.EVENT and lists_at_least(entry, index, MIN_LISTED)
            and any(says_whole(t) for t in entry.claim.texts)]


RULE = Rule("outside-the-list", Stage.WHOLE, check)
