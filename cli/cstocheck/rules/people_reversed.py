"""Who did what to whom, the other way round, between two people the claim names: "Nazarbayev
removed Tokayev as chairman" where the sources say Tokayev removed Nazarbayev, "Poetin vroeg
Tokajev om hulp" where Tokayev asked Putin. The sentence names the two with words of the claim's
act between them, and so do the claim's wordings that have one of those words there; the one
named first acts, unless "by"/"door" stands between them ("Nazarbayev was removed by Tokayev").
Where those wordings agree and the sentence puts the other first, the roles are reversed. A
possessor named first ("Putin's visit", "een bezoek van Poetin") leaves the order unknown, and
so do wordings with another act between them ("Nazarbayev lost his post to Tokayev")."""
from __future__ import annotations

import re
from typing import NamedTuple

from cstocheck import lexicon
from cstocheck.compare import Judged
from cstocheck.kinds.base import core
from cstocheck.model import EntityKind, Stance
from cstocheck.read import AliasTable, Mention, Reading
from cstocheck.rules.base import Found, Rule, Stage, wording_read


class _Order(NamedTuple):
    acting: frozenset[str]
    acted_on: frozenset[str]
    between: frozenset[str]  # the words of the act between the two names


def check(j: Judged) -> Found | None:
    theirs = j.entry.entities
    act = j.entry.predicate - j.index.offices
    said = _order(core(j.reading), theirs, act, j.index.aliases)
    if said is None:
        return None
    both = said.acting | said.acted_on
    named = [k for k, w in enumerate(j.entry.wordings) if both <= {i for m in w.named for i in m.ids}]
    orders = {(o.acting, o.acted_on) for k in named
              if (o := _order(wording_read(j.index, j.claim, k), theirs, act, j.index.aliases)) is not None
              and o.between & said.between}
    if len(orders) != 1 or (said.acting, said.acted_on) in orders:
        return None
    first = next(m for m in j.reading.mentions if m.ids & said.acting)
    stated = orders.pop()
    return Found(j.text[first.start:first.end], ", ".join(sorted(stated[0])), Stance.CONTRADICTS)


def _order(reading: Reading, theirs: frozenset[str], act: frozenset[str], aliases: AliasTable) -> _Order | None:
    """Who acts on whom, of two people the claim names, with words of its act between them."""
    people: list[Mention] = []
    for m in reading.mentions:
        if m.kind is EntityKind.PERSON and m.ids & theirs and not any(p.ids == m.ids for p in people):
            people.append(m)
    if len(people) != 2:
        return None
    first, second = sorted(people, key=lambda m: m.start)
    text = reading.text
    if _POSSESSIVE.match(text, first.end) or _OF.search(text, 0, first.start) \
            or _genitive(text[first.start:first.end], aliases):
        return None
    between = frozenset(f for a, _, f in reading.features if first.end <= a < second.start and f in act)
    if not between:
        return None
    by = any(w in _AGENT for w in text[first.end:second.start].lower().split())
    acting, acted_on = (second, first) if by else (first, second)
    return _Order(acting.ids & theirs, acted_on.ids & theirs, between)


def _genitive(name: str, aliases: AliasTable) -> bool:
    """Whether a name as written is a genitive read as the name ("Poetins trouwste bondgenoot"):
    an s the table's names do not end in ("Zas" does)."""
    return name.endswith(("'s", "’s")) or (name.endswith("s") and not aliases.knows(name))


_AGENT = lexicon.words("agent_words")
_POSSESSIVE = re.compile(r"['’]s?\b|s\b")  # "Putin's visit", "Poetins bezoek"
_OF = re.compile(r"\b(?:of|van)\s+$", re.IGNORECASE)  # "a visit of Putin", "een bezoek van Poetin"


RULE = Rule("people-reversed", Stage.MISMATCH, check)
