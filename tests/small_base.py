"""A base of a few claims, written in the test that uses it: the engine's stages are tested on
what the test shows, not on the shipped base, so editing the shipped YAML cannot break them.

    checker = small_base(
        Fact("armenia-troops", "Armenia sent 70 troops to Kazakhstan.", "count", "70",
             quotes=("Armenia sent some 70 soldiers.",)),
    )
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from cstocheck.checker import Checker
from cstocheck.model import Base, Claim, Entity, EntityKind, Modality, Seed, SourceQuote, Stance, ValueKind

# The names a test base knows: a handful of countries, a capital, a person, the alliance and
# the terms its sentences use.
ENTITIES = (
    Entity("armenia", EntityKind.COUNTRY, ("Armenia", "Armenian*", "Armenië")),
    Entity("russia", EntityKind.COUNTRY, ("Russia", "Russian*", "Rusland")),
    Entity("kazakhstan", EntityKind.COUNTRY, ("Kazakhstan", "Kazakh*", "Kazachstan")),
    Entity("kyrgyzstan", EntityKind.COUNTRY, ("Kyrgyzstan", "Kyrgyz*", "Kirgizië")),
    Entity("uzbekistan", EntityKind.COUNTRY, ("Uzbekistan", "Oezbekistan")),
    Entity("yerevan", EntityKind.CITY, ("Yerevan", "Jerevan"), country="armenia"),
    Entity("tokayev", EntityKind.PERSON, ("Tokayev", "Tokajev", "Kassym-Jomart Tokayev")),
    Entity("nazarbayev", EntityKind.PERSON, ("Nazarbayev", "Nazarbajev")),
    Entity("medvedev", EntityKind.PERSON, ("Medvedev", "Dmitry Medvedev")),
    Entity("bakiyev", EntityKind.PERSON, ("Bakiyev", "Kurmanbek Bakiyev")),
    Entity("csto", EntityKind.ORGANISATION, ("CSTO", "CVVO", "Collective Security Treaty Organization")),
    Entity("nato", EntityKind.ORGANISATION, ("NATO", "NAVO")),
    Entity("zas", EntityKind.PERSON, ("Zas", "Stanislav Zas")),
    Entity("secretary-general", EntityKind.TERM, ("secretary-general", "secretaris-generaal")),
    Entity("troops", EntityKind.TERM, ("troops", "soldiers", "militairen", "troepen")),
    Entity("send", EntityKind.TERM, ("sent", "send", "sends", "stuurde", "stuurden")),
    Entity("leave", EntityKind.TERM, ("left", "leave", "withdrew", "trok zich terug", "trad uit")),
    Entity("request", EntityKind.TERM, ("asked", "requested", "vroeg")),
    Entity("help", EntityKind.TERM, ("help", "assistance", "hulp")),
    Entity("president", EntityKind.TERM, ("president",)),
    Entity("resign", EntityKind.TERM, ("resigned", "stepped down", "trad af")),
    Entity("join", EntityKind.TERM, ("joined", "join", "sloot zich aan")),
    Entity("member", EntityKind.TERM, ("member", "members", "member states", "lidstaten")),
    Entity("alliance", EntityKind.TERM, ("alliance", "bloc", "organisation", "organization", "military alliance",
                                         "bondgenootschap", "militair bondgenootschap")),
)

SEED_ID = "000_test"
OTHER_SEED_ID = "001_test"


@dataclass(frozen=True)
class Fact:
    """One claim of a test base: its wording, kind and value, and the passages that say it."""

    id: str
    statement: str
    kind: str = "event"
    value: str | None = None
    quotes: tuple[str, ...] = ()  # passages of the first seed that support it
    against: tuple[tuple[str, str], ...] = ()  # (passage of the second seed, the value it gives instead)
    paraphrases: tuple[str, ...] = ()
    extra: dict[str, str] = field(default_factory=dict)


def small_base(*facts: Fact, terms: tuple[Entity, ...] = ()) -> Checker:
    """A checker on a base of just these facts, over two seeds made of their passages, knowing
    `terms` besides its own names."""
    first = "\n".join(q for f in facts for q in f.quotes)
    second = "\n".join(q for f in facts for q, _ in f.against)
    seeds = {
        SEED_ID: Seed(SEED_ID, Path(f"seeds/{SEED_ID}.txt"), first, "en", date="2022-01-10"),
        OTHER_SEED_ID: Seed(OTHER_SEED_ID, Path(f"seeds/{OTHER_SEED_ID}.txt"), second, "en", date="2022-01-12"),
    }
    claims = tuple(_claim(f, seeds) for f in facts)
    return Checker(Base(Path("."), seeds, claims, ENTITIES + terms))


def _claim(fact: Fact, seeds: dict[str, Seed]) -> Claim:
    sources = [SourceQuote(SEED_ID, q, Stance.SUPPORTS, None, line=_line(seeds[SEED_ID].text, q))
               for q in fact.quotes]
    sources += [SourceQuote(OTHER_SEED_ID, q, None, value, line=_line(seeds[OTHER_SEED_ID].text, q))
                for q, value in fact.against]
    return Claim(fact.id, "test", fact.statement, ValueKind(fact.kind), fact.value,
                 {"en": fact.paraphrases} if fact.paraphrases else {}, tuple(sources),
                 since=fact.extra.get("from"), until=fact.extra.get("until"),
                 modality=Modality(fact.extra["modality"]) if "modality" in fact.extra else None)


def _line(text: str, quote: str) -> int:
    return text[:text.index(quote)].count("\n") + 1
