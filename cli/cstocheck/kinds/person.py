"""People: the person the sentence names in its assertion (not in a frame) other than those the
claim names beside its value, or a full name it gives that no source knows; it agrees with a
source that names the same person."""
from __future__ import annotations

import re

from cstocheck.kinds.base import Asked, Said, ValueRule, by_agreement, core
from cstocheck.lexicon import MONTHS, STOPWORDS, WEEKDAYS
from cstocheck.model import EntityKind, ValueKind
from cstocheck.read import Reading

_NAME = re.compile(r"(?<![\w'’-])[A-Z][a-z]+(?:[ -][A-Z][a-z]+)+")


def read(asked: Asked) -> Said | None:
    # A person every wording names beside the value is not the sentence's answer for it: in
    # "Tokayev came to power in 2019" Tokayev is not his own predecessor.
    beside = asked.index.entry_of(asked.claim.id).entities
    mentions = tuple(m for m in core(asked.reading).mentions if m.kind is EntityKind.PERSON and not m.ids & beside)
    if not mentions and (name := _unknown_name(asked.text, asked.reading)):
        return Said(asked.claim.kind, unknown=name)  # someone the sources never name
    return Said(asked.claim.kind, mentions=mentions) if mentions else None


def agrees(said: Said, value: str, country_of: dict[str, str]) -> bool:
    return any(value in m.ids for m in said.mentions)


def _unknown_name(text: str, reading: Reading) -> str | None:
    """A full name ("Sadyr Japarov") the sentence gives where no known entity stands. Capitals
    that open a sentence or a date ("In October", "On Monday") name no one."""
    known = [(m.start, m.end) for m in reading.mentions]
    for found in _NAME.finditer(text):
        words = [w.lower() for w in re.split(r"[ -]", found.group())]
        if any(w in STOPWORDS or w in MONTHS or w in WEEKDAYS for w in words):
            continue
        if not any(a < found.end() and found.start() < b for a, b in known):
            return found.group()
    return None


RULE = ValueRule("person", frozenset({ValueKind.PERSON}), read, by_agreement(agrees))
