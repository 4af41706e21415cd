"""Titles given in passing: "Tajik President Kassym-Jomart Tokayev said …", "Kazakhstan's
president Tokayev", "President Tokayev of Kazakhstan". A title is a fact stated in passing: it
counts only when the sources say the person holds another office, or that of another country."""
from __future__ import annotations

import re
from typing import NamedTuple

from cstocheck import lexicon
from cstocheck.model import PLACES, EntityKind
from cstocheck.read import Mention, Reading, word_before

# What may stand between the words of a title and its holder's name: spaces, hyphens, commas,
# a possessive, an article, "of" ("President of Belarus, Alexander Lukashenko").
_GLUE = re.compile(r"(?:[\s,\-–]|['’]s\b|\b(?:the|of|for|a|an|de|het|van|voor|een)\b)*", re.IGNORECASE)
# The comma that opens an appositive after a name, and what closes one: a comma or the end.
_COMMA = re.compile(r"\s*,\s*")
_CLOSE = re.compile(r"\s*(?:,|$|[.;:])")
BODY_TERMS = lexicon.words("bodies")  # the bodies of a state or alliance an office may be of
# What joins a country to the name it follows: "President Tokayev of Kazakhstan".
_OF = re.compile(r"\s+(?:of|van)\s+(?:the\s+)?", re.IGNORECASE)


class Title(NamedTuple):
    """A title and the name it is given to: where they stand in the sentence, and the person."""

    start: int
    end: int
    person: Mention


def titles(reading: Reading, offices: frozenset[str], *, past: bool = False) -> list[Title]:
    """The titles the sentence gives people, right before their names. A title of the past
    ("former president Nazarbayev", "de toenmalige president") is left out, unless `past`: the
    sources on who holds an office now do not speak to it, though it too says who someone is."""
    held = [(a, b) for a, b, f in reading.features if f in offices]
    if not held:
        return []
    places = [m for m in reading.mentions if m.kind in PLACES]
    found = []
    # A body whose office it is stands in a title as a place does ("the Russian Defence Ministry's spokeswoman").
    spans = [(m.start, m.end) for m in places] + [(a, b) for a, b, f in reading.features if f in BODY_TERMS]
    bodies = [(m.start, m.end) for m in reading.mentions if m.kind is EntityKind.ORGANISATION]
    for person in (m for m in reading.mentions if m.kind is EntityKind.PERSON):
        start = _title_start(reading, person, held, spans, past)
        if start is not None:
            after = next((m.end for m in places if _OF.fullmatch(reading.text, person.end, m.start)), person.end)
            found.append(Title(start, after, person))
        elif (end := _appositive_end(reading, person, held, spans + bodies)) is not None:
            found.append(Title(person.start, end, person))
    return found


def _appositive_end(reading: Reading, person: Mention, held: list[tuple[int, int]],
                    places: list[tuple[int, int]]) -> int | None:
    """Where an office given right after a name, between commas, ends ("Pashinyan, Armenia's
    prime minister, said …", "Zas, secretary-general of the CSTO,"): the office and the country
    or body whose it is, and nothing else, up to the next comma or the end. None where there is
    none."""
    text = reading.text
    comma = _COMMA.match(text, person.end)
    if comma is None:
        return None
    end, titled = comma.end(), False
    for a, b in sorted((*held, *places)):
        if a < end:
            continue
        if not _GLUE.fullmatch(text, end, a) or (end > comma.end() and _COMMA.fullmatch(text, end, a)):
            break
        end, titled = b, titled or (a, b) in held
    closes = _CLOSE.match(text, end)
    return end if titled and closes is not None else None


def _title_start(reading: Reading, person: Mention, held: list[tuple[int, int]],
                 places: list[tuple[int, int]], past: bool = False) -> int | None:
    """Where the title right before a name starts, or None where there is none."""
    text, titled = reading.text, False
    start = _given_name(text, person.start, [*held, *places])
    for a, b in sorted((*held, *places), reverse=True):
        if b > start:
            continue
        if not _GLUE.fullmatch(text, b, start):
            break
        start, titled = a, titled or (a, b) in held
    if not titled:
        return None
    # "former president", "oud-president", "ex-president"
    before = word_before(reading, start, " -")
    if before is not None and before[1].rstrip("-") in lexicon.words("past_titles"):
        return body_before(reading, before[0]) if past else None
    return start


def body_before(reading: Reading, start: int) -> int:
    """Where a title starts with the body or country named right before it ("CSTO Secretary-General
    Zas", "De Kazachse oud-president"), or `start` where none is."""
    body = next((m for m in reading.mentions if m.end <= start and not reading.text[m.end:start].strip()), None)
    return body.start if body is not None else start


def _given_name(text: str, start: int, spans: list[tuple[int, int]]) -> int:
    """Where a name starts with a given name the alias table does not know, right before the
    surname it knows ("Secretary-General Stansilav Zas"): the title stands before it."""
    given = _GIVEN.search(text, 0, start)
    if given is None or any(a < given.end(1) and given.start(1) < b for a, b in spans):
        return start
    return given.start(1)


# One capitalised word and a space, right before the surname.
_GIVEN = re.compile(r"(?<![\w-])([A-Z][\w-]*[a-z])\s+$")


def places_joined(reading: Reading, spans: list[tuple[int, int]], person: Mention) -> set[str]:
    """The places joined to an office's words, whose office it is: "Russia's prime minister",
    "de Russische premier", "prime minister of Russia", "President Tokayev of Kazakhstan". A
    place elsewhere in the sentence is where the holder goes or acts ("Prime Minister Pashinyan
    visited Moscow")."""
    text = reading.text
    named = bool(spans) and any(_GLUE.fullmatch(text, b, person.start) for _, b in spans)

    def joined(m: Mention) -> bool:
        return any(_GLUE.fullmatch(text, m.end, a) or _GLUE.fullmatch(text, b, m.start) for a, b in spans) \
            or (named and _OF.fullmatch(text, person.end, m.start) is not None)
    return {i for m in reading.mentions if m.kind in PLACES and not m.modifier and joined(m) for i in m.ids}

