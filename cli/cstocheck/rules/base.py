"""What every comparison rule is made of: its name and stage, and what it finds."""
from __future__ import annotations

import inspect
import sys
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from enum import Enum
from typing import Any

from cstocheck import lexicon
from cstocheck.kinds.base import core
from cstocheck.lazy_pattern import LazyPattern
from cstocheck.model import PLACES, Claim, EntityKind, Stance
from cstocheck.read import ARTICLE, Mention, Reading, goes_to, place_lists, read
from cstocheck.retrieve import Candidates, Entry, Index, Match
from cstocheck.values import When


class Stage(str, Enum):
    """Where in judging an assertion a rule is asked."""

    OFFICE = "office"  # before the best match: a sentence that gives a person an office
    WHOLE = "whole"  # before the best match: a figure for a whole the claims count in parts
    UNCHECKED = "unchecked"  # what leaves an assertion unchecked against its claim
    MISMATCH = "mismatch"  # what the sentence says otherwise than the sources, beside the value
    RECONSIDER = "reconsider"  # another reading of the assertion, once its best match is judged


@dataclass(frozen=True)
class Found:
    """What a rule found: the words of the sentence that decided it, and the fragment of the
    explanation it adds (why the assertion cannot be checked, or what the sources say instead)."""

    words: str
    explanation: str
    stance: Stance | None = None  # CONTRADICTS: the sentence says otherwise; None: it cannot be checked
    elsewhere: bool = False  # the assertion speaks of something else than the claim: a detail, not an unchecked fact


@dataclass(frozen=True)
class Rule:
    name: str
    stage: Stage
    check: Callable[..., Any]

    @property
    def doc(self) -> str:
        """What the rule decides: its module's docstring."""
        return inspect.getdoc(sys.modules[self.check.__module__]) or ""


def another_time(whens: list[When], context: tuple[When, ...]) -> When | None:
    """A date the sentence gives that fits none its claim's wordings give as the time of the point."""
    dated = [w for w in whens if w.year is not None]
    if not dated or not context:
        return None
    return next((w for w in dated if not any(w.compatible(c) for c in context)), None)


def sent_to_theirs(j: Any) -> tuple[Reading, list[Mention], list[Mention], frozenset[str]] | None:
    """For a claim that says where something went: the sentence's core reading, the countries and
    cities it names (not as modifiers), those it names as where something went that the claim
    names in another role, and where the claim says it went; None where the claim says no such
    place or the sentence names none so."""
    theirs = j.entry.whither
    if not theirs:
        return None
    reading = core(j.reading)
    places = [m for m in reading.mentions if m.kind in PLACES and not m.modifier]
    went = [m for m in places if goes_to(reading, m) and m.ids & j.entry.entities and not m.ids & theirs]
    return (reading, places, went, theirs) if went else None


def years_of(whens: tuple[When, ...]) -> str:
    return " or ".join(dict.fromkeys(str(w.year) for w in whens))


def articles(predicate: frozenset[str]) -> frozenset[str]:
    """The articles of a treaty a reading names ("Article 4")."""
    return frozenset(f for f in predicate if f.startswith(ARTICLE))


# The acts of joining and leaving, coming and going: a verb more often than a noun in a main
# clause, where "release" or "win" are often what someone asks for or fears.
COMING_AND_GOING = lexicon.words("coming_and_going")

# A claim with a figure may trail an event claim by this much and still check the sentence's figure.
FIGURE_BEHIND = 0.5
# A claim about the time a sentence names may trail the best match by this much.
AT_THAT_TIME = 0.25


def wording_read(index: Index, claim: Claim, k: int) -> Reading:
    """A claim's k-th wording (of claim.texts) read as a sentence is, for rules that compare the
    order of its words: read once a process (the compiled base keeps no readings)."""
    known: dict[tuple[str, int], Reading] = index.__dict__.setdefault("_wordings_read", {})
    found = known.get((claim.id, k))
    if found is None:
        found = known[(claim.id, k)] = read(claim.texts[k], index.aliases)
    return found


def features_at(reading: Reading, start: int, end: int) -> frozenset[str]:
    """The terms and word stems the words of the text between two offsets are read as."""
    return frozenset(f for a, b, f in reading.features if a < end and b > start)


def a_mention(reading: Reading, start: int, end: int) -> bool:
    """Whether a name the alias table knows stands between two offsets."""
    return any(m.start < end and m.end > start for m in reading.mentions)


def unknown_name(reading: Reading, index: Index, start: int, end: int) -> bool:
    """Whether the word between two offsets is a name nothing in the base reads: capitalized,
    named by no mention, and read as nothing the base's wordings use ("Mongolia", "Servië")."""
    if not reading.text[start:start + 1].isupper() or a_mention(reading, start, end):
        return False
    features = features_at(reading, start, end)
    return bool(features) and not any(f in index.weights for f in features)


def lists_of_places(reading: Reading, index: Index) -> list[tuple[list[Mention], list[str]]]:
    """The sentence's lists of countries and cities, each with the names no claim or alias knows
    that stand in it ("Russia, Armenia, Mongolia, Kazakhstan and Kyrgyzstan"): places the base
    has never heard of, which join the runs on either side of them."""
    text = reading.text
    lists: list[tuple[list[Mention], list[str]]] = []
    for run in place_lists(text, core(reading)):
        between = _BETWEEN.fullmatch(text, lists[-1][0][-1].end, run[0].start) if lists else None
        if between is not None and unknown_name(reading, index, between.start(1), between.end(1)):
            lists[-1] = (lists[-1][0] + run, lists[-1][1] + [between.group(1)])
            continue
        lists.append((run, []))
    for run, strangers in lists:
        for m in (_BEFORE.search(text, 0, run[0].start), _AFTER.match(text, run[-1].end)):
            if m is not None and unknown_name(reading, index, m.start(1), m.end(1)):
                strangers.append(m.group(1))
    return lists


_NAME = r"([A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?)"
_GLUE = r"\s*(?:,|,?\s*(?:and|en|&))\s*"
_BEFORE = LazyPattern(rf"{_NAME}{_GLUE}$")
_AFTER = LazyPattern(rf"{_GLUE}{_NAME}\b")
_BETWEEN = LazyPattern(rf"{_GLUE}{_NAME}{_GLUE}")


def naming_all(found: Candidates, index: Index, named: list[frozenset[str]]) -> Match | None:
    """The first match, the best first, whose claim names each of `named` (a city names its
    country too), or None."""
    return next((m for m in found.matches if all(ids & index.entry_of(m.claim.id).entities for ids in named)), None)


def countries_listed(entry: Entry, index: Index) -> list[set[str]]:
    """The countries each wording of a claim names, wording by wording: a claim that lists
    countries lists them in every wording."""
    kinds = index.aliases.kinds
    return [{i for m in w.named for i in m.ids if kinds.get(i) is EntityKind.COUNTRY} for w in entry.wordings]


def lists_at_least(entry: Entry, index: Index, least: int) -> bool:
    """Whether every wording of a claim lists at least `least` countries."""
    listed = countries_listed(entry, index)
    return bool(listed) and min(map(len, listed)) >= least


def countries_of(entry: Entry, index: Index) -> set[str]:
    """The countries a claim names, in any of its wordings."""
    kinds = index.aliases.kinds
    return {i for i in entry.entities if kinds.get(i) is EntityKind.COUNTRY}


def named_with(index: Index, features: AbstractSet[str], places: AbstractSet[str]) -> set[str]:
    """Every name of the claims that say one of `features` and name one of `places`: whom and
    what the base ties to them ("the CSTO", with troops in Kazakhstan)."""
    numbers = set().union(*(index.postings.get(f, ()) for f in features)) \
        & set().union(*(index.postings.get(p, ()) for p in places))
    return set().union(*(index.entry(n).entities for n in sorted(numbers)))
