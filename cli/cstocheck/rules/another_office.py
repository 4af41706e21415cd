"""A person given an office the sources do not give them, where they give another: "Tokayev is
Kazakhstan's prime minister" against "Tokayev is the president of Kazakhstan", "Zakharova is
the spokeswoman of Kazakhstan's foreign ministry" against Russia's, or both ("Lukashenko is the
Russian prime minister"). Asked before the best match:
such a sentence is about the office, and the sources on it answer first."""
from __future__ import annotations

from cstocheck import lexicon
from cstocheck.compare import contradicted_by
from cstocheck.finding import Part
from cstocheck.model import EntityKind
from cstocheck.read import Mention, Reading
from cstocheck.retrieve import Entry, Index
from cstocheck.rules.base import Rule, Stage
from cstocheck.titles import BODY_TERMS, places_joined

# A sentence that gives a person an office says little else: at most this many other features.
OFFICE_SENTENCE = 2


def check(text: str, reading: Reading, index: Index) -> Part | None:
    person = _given_an_office(reading, index)
    if person is None:
        return None
    said = reading.predicate & index.offices
    # "door Rusland aangevoerde militairen": a name that only modifies is no office's country.
    countries = places_joined(reading, [(a, b) for a, b, f in reading.features if f in said], person)
    entries = offices_of(person, index)
    # A person the sources give several offices ("prime minister", "chair of the CSTO") holds
    # another of them by right: only an office none of them is can be otherwise.
    holds_it = any(entry.predicate & index.offices & said for entry in entries)
    # Another office of a country, where the sources give an organisation's, is wrong unless the
    # sentence puts it in the past ("Zas previously served as secretary of Belarus's Security Council").
    bodies = _COUNTRY if _in_the_past(reading) else _BODIES
    for entry in entries:
        other_body = _of_another_body(entry, said, reading)
        elsewhere = _elsewhere(entry, said, countries, index)
        if not (elsewhere or other_body or (not holds_it and (_otherwise(entry, said, reading, index)
                                                              or _of_another_country(entry, countries, index, bodies)))):
            continue
        given = reading.predicate & BODY_TERMS if other_body else said
        asserted = ", ".join(sorted(countries if elsewhere else {f[2:] for f in given}))
        part = contradicted_by(text, entry.claim, reading, index, (), asserted)
        if part is not None:
            return part
    return None


def _given_an_office(reading: Reading, index: Index) -> Mention | None:
    """The one person a sentence gives an office, where that is all it does. A sentence that does
    more uses the office as a title, in passing ("Prime Minister Pashinyan announced that …")."""
    people = [m for m in reading.mentions if m.kind is EntityKind.PERSON]
    said = reading.predicate & index.offices
    # A figure is something else the sentence asserts ("President Tokayev said 2,030 troops came").
    if len(people) != 1 or not said or reading.negated or reading.quantities \
            or len(reading.predicate - said) > OFFICE_SENTENCE:
        return None
    return people[0]


def offices_of(person: Mention, index: Index) -> list[Entry]:
    """The claims on who holds an office that name the person as its holder."""
    entries = [index.entry(n) for p in sorted(person.ids) for n in index.holders.get(p, ())]
    return [e for e in entries if e.predicate & index.offices]


def _elsewhere(entry: Entry, said: frozenset[str], countries: set[str], index: Index) -> bool:
    """The office the sources give, but of another country."""
    return entry.predicate & index.offices == said and _of_another_country(entry, countries, index)


def _of_another_country(entry: Entry, countries: set[str], index: Index,
                        bodies: tuple[EntityKind, ...] = (EntityKind.COUNTRY,)) -> bool:
    """Whether the countries joined to the sentence's office are none of those the claim names,
    where it names one of the `bodies` whose office it is: another country's office ("Loekasjenko,
    de Russische premier", where the sources say the president of Belarus) is wrong whatever the
    office, and so is another office of a country where they give an organisation's ("Zas,
    Russia's defence minister", where they say the CSTO's secretary-general)."""
    return bool(countries) and not countries & entry.entities \
        and any(index.aliases.kinds.get(e) in bodies for e in entry.entities)


def _of_another_body(entry: Entry, said: frozenset[str], reading: Reading) -> bool:
    """The office the sources give, but of another body of the state ("Zakharova, the Russian
    Defence Ministry's spokeswoman", where they say the foreign ministry's)."""
    theirs = entry.predicate & BODY_TERMS
    given = reading.predicate & BODY_TERMS
    return bool(said & entry.predicate) and bool(theirs) and bool(given) and not given & theirs


_COUNTRY = (EntityKind.COUNTRY,)
_BODIES = (EntityKind.COUNTRY, EntityKind.ORGANISATION)


def _in_the_past(reading: Reading) -> bool:
    return any(w in _PAST for _, _, w in reading.words)


_PAST = lexicon.words("past_office_words")


def _otherwise(entry: Entry, said: frozenset[str], reading: Reading, index: Index) -> bool:
    """Another office than the one the sources give, of what they speak of."""
    others = {i for m in reading.mentions if m.kind is not EntityKind.PERSON for i in m.ids}
    return not entry.predicate & index.offices & said and others <= entry.entities | {entry.claim.value}


RULE = Rule("another-office", Stage.OFFICE, check)
