"""Places: the country or city the sentence names as where ("signed in Moscow"), leaving out a
country that opens a reported clause ("that Kazakhstan does not …") and the places the claim
names in another role; it agrees with a source's place, or with the country that place lies in."""
from __future__ import annotations

from cstocheck import lexicon
from cstocheck.kinds.base import Asked, Said, ValueRule, by_agreement, core
from cstocheck.model import EntityKind, ValueKind
from cstocheck.read import Mention, Reading, place_lists, where, word_before

# "that", "dat" right before a name: the name opens a reported clause.
_OPENING_REPORTED = lexicon.words("complementizers")
_AGENT = lexicon.words("agent_words")


def read(asked: Asked) -> Said | None:
    # The places after "by" / "door" act ("signed by Armenia, Kazakhstan …"): they are not where.
    agents = _agents(asked.text, asked.reading)
    mentions = tuple(m for m in core(asked.reading).mentions
                     if m.kind in (EntityKind.COUNTRY, EntityKind.CITY) and m.start not in agents)
    # "X signed in Moscow", "… in the Kyrgyz capital": that is the place.
    here = where(asked.reading)
    located = tuple(m for m in mentions if m.locative or m.ids & here)
    if located:
        mentions = located
    else:
        # Without "in", a country opening a reported clause ("… told Putin that Kazakhstan does
        # not recognise them") acts there: it is not where.
        mentions = tuple(m for m in mentions if m.kind is EntityKind.CITY or not _reported(asked.reading, m))
    # A place every wording names in another role ("sent to Kazakhstan" where the claim asks who
    # sent) is the claim's context, not the sentence's answer.
    context = asked.index.entry_of(asked.claim.id).entities
    mentions = tuple(m for m in mentions if not m.ids & context)
    return Said(asked.claim.kind, mentions=mentions) if mentions else None


def _agents(text: str, reading: Reading) -> frozenset[int]:
    """Where the places of each list opened by "by" / "door" start."""
    return frozenset(m.start for run in place_lists(text, reading)
                     if (before := word_before(reading, run[0].start)) is not None and before[1] in _AGENT
                     for m in run)


def _reported(reading: Reading, mention: Mention) -> bool:
    before = word_before(reading, mention.start)
    return before is not None and before[1] in _OPENING_REPORTED


def agrees(said: Said, value: str, country_of: dict[str, str]) -> bool:
    targets = {value, country_of.get(value, value)}
    return any(value in m.ids or (m.kind is EntityKind.COUNTRY and m.ids & targets) for m in said.mentions)


RULE = ValueRule("place", frozenset({ValueKind.PLACE}), read, by_agreement(agrees))
