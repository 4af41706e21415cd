"""Someone the sentence lists beside a person the claim names, whom the claim does not name:
"Tokayev phoned Putin and Erdogan for help", "Tokajev belde Poetin en Xi Jinping om hulp",
where the sources say he called Putin and Lukashenko. What the sources say of the one is not
said of the other: the assertion is unchecked, never supported. The other is a person the
alias table knows, or a name it does not know, right after the "and" (past a title)."""
from __future__ import annotations

import re

from cstocheck import lexicon
from cstocheck.compare import Judged
from cstocheck.model import EntityKind
from cstocheck.read import read
from cstocheck.rules.base import Found, Rule, Stage


def check(j: Judged) -> Found | None:
    theirs = j.entry.entities
    for person in (m for m in j.reading.mentions if m.kind is EntityKind.PERSON and m.ids & theirs):
        join = _AND.match(j.text, person.end)
        if join is None:
            continue
        other = _listed_after(j, join.end())
        if other is not None:
            return Found(other, f"the sources on {j.claim.id} do not name {other}")
    return None


def _listed_after(j: Judged, at: int) -> str | None:
    """The person named right after a list's "and" (past a title of up to TITLE_WORDS words) whom
    the claim does not name, or a capitalised name the table does not know there; None where the
    next name is the claim's own, or no name follows."""
    person = next((m for m in j.reading.mentions if m.start >= at and m.kind is EntityKind.PERSON), None)
    if person is not None and len(j.text[at:person.start].split()) <= TITLE_WORDS:
        # The quoted passages are read only for a name the claim's wordings lack.
        return None if person.ids & j.entry.entities or person.ids & _quoted(j) else j.text[person.start:person.end]
    if any(m.start == at for m in j.reading.mentions):
        return None  # a country, a body: not a person listed
    unknown = _NAME.match(j.text, at)
    if unknown is None or unknown.group(1).lower() in _NOT_NAMES:
        return None
    return unknown.group(1)


def _quoted(j: Judged) -> frozenset[str]:
    """Whom the claim's sources name in the passages it quotes: a claim on Putin's call may quote
    a passage that names Lukashenko too."""
    return frozenset(i for source in j.claim.sources for m in read(source.quote, j.index.aliases).mentions
                     for i in m.ids)


TITLE_WORDS = 3  # "Uzbek President Shavkat Mirziyoyev"
_AND = re.compile(r"\s+(?:and|en|&)\s+", re.IGNORECASE)
_NAME = re.compile(r"([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)")
_NOT_NAMES = lexicon.STOPWORDS | frozenset(w.lower() for w in lexicon.MONTHS) | frozenset(
    w.lower() for w in lexicon.WEEKDAYS)


RULE = Rule("one-more-named", Stage.UNCHECKED, check)
