"""A person the sentence titles with an office the sources give them, held against a claim on who
holds that office of a country the title does not name: "President Medvedev refused to send
troops to Kyrgyzstan" speaks of Russia's president, not of who was Kyrgyzstan's, and "Belarusian
President Lukashenko warned Uzbekistan" of Belarus's. The sentence speaks of something else than
the claim."""
from __future__ import annotations

from cstocheck.compare import Judged
from cstocheck.model import PLACES, ValueKind
from cstocheck.read import Mention
from cstocheck.rules.another_office import offices_of
from cstocheck.rules.base import Found, Rule, Stage
from cstocheck.titles import titles


def check(j: Judged) -> Found | None:
    if j.claim.kind is not ValueKind.PERSON:
        return None
    offices = j.index.offices
    claimed = j.entry.predicate & offices
    for start, end, person in titles(j.reading, offices):
        said = frozenset(f for a, _, f in j.reading.features if start <= a < end and f in offices)
        places = _places_in(j.reading.mentions, start, end)
        if j.claim.value in person.ids or not said & claimed or places & j.entry.entities:
            continue
        if any(e.claim.id != j.claim.id and e.predicate & said for e in offices_of(person, j.index)):
            name = j.text[person.start:person.end]
            return Found(name, f"the sources give {name} that office of another country than {j.claim.id} "
                               "speaks of", None, elsewhere=True)
    return None


def _places_in(mentions: tuple[Mention, ...], start: int, end: int) -> frozenset[str]:
    return frozenset(i for m in mentions if m.kind in PLACES and start <= m.start < end for i in m.ids)


RULE = Rule("titled-elsewhere", Stage.UNCHECKED, check)
