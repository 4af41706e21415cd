"""One country said to be a member ("Armenia is a member of the CSTO", "Kirgizië is lid van de
CSTO", "Bishkek is a CSTO member"), where a claim lists the members: the list bears it out. The
sentence says nothing but that, in the present tense, of no time and with no figure; the claim
lists every country it names (a capital stands for its country) and says nothing else the
sentence does not ("the original members" are another list). A country the list does not hold
is left to the claims on that country ("Uzbekistan is a member of the CSTO")."""
from __future__ import annotations

from cstocheck import lexicon
from cstocheck.explain import deciding_words
from cstocheck.finding import Corroboration, Evidence, Part, Verdict
from cstocheck.model import EntityKind, Stance, ValueKind
from cstocheck.read import Reading, word_features
from cstocheck.retrieve import Candidates, Entry, Index
from cstocheck.rules.base import Rule, Stage, countries_of, lists_at_least

MEMBER = "t:member"
# A list claim's words that only join its names ("besides Russia, …", "naast Rusland …").
_JOINING = word_features(lexicon.words("besides"))
# Words a membership sentence may say besides membership: the alliance it is of.
_OF_THE_ALLIANCE = frozenset({MEMBER, "t:alliance"})
_PRESENT = lexicon.words("present_copulas")
_PAST = lexicon.words("past_office_words") | lexicon.words("former_words")
# A list is at least this long: a claim naming two countries is about the two.
MIN_LISTED = 3


def check(found: Candidates, index: Index) -> Part | None:
    reading = found.reading
    if MEMBER not in reading.predicate or reading.predicate - _OF_THE_ALLIANCE or reading.whens \
            or reading.quantities or not _in_the_present(reading):
        return None
    countries = _countries(reading, index)
    others = {i for m in reading.mentions if m.kind is not EntityKind.COUNTRY and m.kind is not EntityKind.CITY
              for i in m.ids}
    if not countries:
        return None
    entry = next((e for e in index.derived("member-lists", _lists) if countries <= countries_of(e, index)
                  and others <= e.entities), None)
    if entry is None:
        return None
    claim = entry.claim
    evidence = tuple(Evidence(claim.id, s.seed, s.quote, s.line, Stance.SUPPORTS, claim.value or "",
                              deciding_words(s.quote, ValueKind.EVENT, reading, index))
                     for s in claim.sources if s.stance is Stance.SUPPORTS)
    if not evidence:
        return None
    seeds = tuple(dict.fromkeys(e.source for e in evidence))
    corroboration = Corroboration(seeds, seeds, index.seed_count)
    named = ", ".join(sorted(countries))
    return Part(found.text, Verdict.SUPPORTED, claim, evidence, evidence, found.matches, named, False,
                f"you said {named}; {claim.id} lists {named} among the members. "
                f"{corroboration.describe(Verdict.SUPPORTED).capitalize()}.", corroboration)


def _in_the_present(reading: Reading) -> bool:
    words = {w for _, _, w in reading.words}
    return bool(words & _PRESENT) and not words & _PAST


def _countries(reading: Reading, index: Index) -> set[str]:
    """The countries the sentence names, a capital as its country."""
    kinds, country_of = index.aliases.kinds, index.aliases.country_of
    found = set()
    for m in reading.mentions:
        for i in m.ids:
            if kinds.get(i) is EntityKind.COUNTRY:
                found.add(i)
            elif kinds.get(i) is EntityKind.CITY and i in country_of:
                found.add(country_of[i])
    return found


def _lists(index: Index) -> list[Entry]:
    """The claims that list members and say nothing else: every wording names at least
    MIN_LISTED countries, and what they say is membership."""
    return [entry for entry in (index.entry(n) for n in index.postings.get(MEMBER, ()))
            if entry.claim.kind is ValueKind.EVENT and lists_at_least(entry, index, MIN_LISTED)
            and entry.predicate - _JOINING <= _OF_THE_ALLIANCE]


RULE = Rule("one-of-the-members", Stage.WHOLE, check)
