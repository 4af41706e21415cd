"""Language knowledge that does not belong to any one base: function words, negation cues,
hedges, month and number names.

The words live in ``languages/<code>.json``, one file per language and ``shared.json`` for signs
every language uses ("~", "§"), so a curator teaches the tool a new hedge or verb form without
touching Python. This module loads them once and gives each table the shape its readers need.
They are JSON rather than YAML because a run on a cached base otherwise never loads a YAML
parser, and importing one would cost every `claim` tens of milliseconds.
Domain words (troops, treaty, to leave …) live in the base's alias tables instead, so that
another base can bring its own.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

LANGUAGES = ("en", "nl")
_DIR = Path(__file__).with_name("languages")


@cache
def _file(name: str) -> dict[str, Any]:
    with open(_DIR / f"{name}.json", encoding="utf-8") as handle:
        return json.load(handle)


def _tables(table: str) -> list[Any]:
    return [_file(name)[table] for name in (*LANGUAGES, "shared") if table in _file(name)]


@cache  # read in functions on the hot path too ("verb_group_openers" for every figure counted)
def words(table: str, language: str | None = None) -> frozenset[str]:
    """A word list of one language, or of every language together."""
    if language is not None:
        return frozenset(_file(language).get(table, ()))
    return frozenset(word for part in _tables(table) for word in part)


@cache
def ordered(table: str) -> tuple[str, ...]:
    """A list in the order its files give it, every language in turn."""
    return tuple(word for part in _tables(table) for word in part)


def mapping(table: str) -> dict[str, Any]:
    """A word table with a value for each word (a month's number, the qualifier "since" gives a date …)."""
    merged: dict[str, Any] = {}
    for part in _tables(table):
        merged.update(part)
    return merged


def grouped(table: str) -> dict[str, list[str]]:
    """Words filed under a key in each language ("approx": ["about", "ongeveer"]), merged."""
    merged: dict[str, list[str]] = {}
    for part in _tables(table):
        for key, items in part.items():
            merged.setdefault(key, []).extend(items)
    return merged


class Phrases:
    """Phrases of one or more words, for finding the one that starts at a word of a text read
    into words: a lookup at every word costs a set test where no phrase starts."""

    def __init__(self, phrases: Iterable[tuple[str, ...]]) -> None:
        self._phrases = frozenset(phrases)
        self._firsts = frozenset(p[0] for p in self._phrases)
        self._lengths = sorted({len(p) for p in self._phrases}, reverse=True)

    def at(self, words: Sequence[str], i: int) -> int:
        """The length in words of the longest phrase that starts at word i; 0 where none does."""
        if words[i] not in self._firsts:
            return 0
        return next((k for k in self._lengths if tuple(words[i:i + k]) in self._phrases), 0)


def phrases(table: str) -> Phrases:
    """A table of phrases, every language together, each split into its words."""
    return Phrases(tuple(phrase.split()) for phrase in words(table))


def alternation(phrases: Iterable[str]) -> str:
    """A regular-expression alternation of the phrases, longest first, any white space between words."""
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(set(phrases), key=lambda p: (-len(p), p)))


STOPWORDS_EN = words("stopwords", "en")
STOPWORDS_NL = words("stopwords", "nl")
STOPWORDS = STOPWORDS_EN | STOPWORDS_NL

# Cues that deny what the sentence says. "refused to sign" is read as "did not sign".
NEGATORS = words("negators")

# Words that carry their own negation: read as the term they deny, with a negation before it.
NEGATED_WORDS: dict[str, str] = mapping("negated_words")

# Phrases that deny a term while saying something of their own: "the second time" is not the
# first. They are read as that denial and, as usual, as whatever the alias tables make of them.
NEGATED_PHRASES: dict[tuple[str, ...], str] = {tuple(p.split()): t for p, t in mapping("sequence_phrases").items()}
NEGATED_PHRASE_STARTS = Phrases(NEGATED_PHRASES)

# Phrases that contain a negation cue but do not negate: hedges on a number, handled by the
# value reader, and "never before", which the alias tables read as "first time".
NOT_NEGATING = re.compile("|".join(rf"\b{p}\b" for p in ordered("not_negating")))

# Words that open a subordinate clause: a negation does not reach past them.
SUBORDINATORS = words("subordinators")

# Units of time: "thirty years" is how long, not how many of anything a claim counts.
DURATIONS = words("durations")
AGO_WORDS = words("ago_words")

# Particles of Dutch separable verbs: "trok zich terug", "sloot zich in 2006 weer aan".
PARTICLES = words("particles")

# Words that open a noun phrase: a particle before one is a preposition ("in de", "op het").
DETERMINERS = words("determiners")

# Words after which a place is where something happened, rather than where from or to.
WHERE = words("where")

# Words after which a place names where something happened rather than who did it.
LOCATIVES = words("locatives")

# Names of months and days, with their numbers (January is 1, Monday 0).
MONTHS: dict[str, int] = mapping("months")
MONTHS_ABBREVIATED: dict[str, int] = mapping("month_abbreviations")
WEEKDAYS: dict[str, int] = mapping("weekdays")
WEEKDAYS_ABBREVIATED: dict[str, int] = mapping("weekday_abbreviations")

# Figures written as words, and the words a figure is multiplied by ("2,3 miljoen").
NUMBER_WORDS = words("number_words")
NUMBER_WORD_PARTS = words("number_word_parts")  # glued together: "tweeduizend", "eenentwintig"
MULTIPLIERS: dict[str, float] = mapping("multipliers")

# English contractions, spelled out before reading: "didn't" is "did not".
CONTRACTIONS = (
    (re.compile(r"\bcan't\b|\bcannot\b"), "can not"),
    (re.compile(r"\bwon't\b"), "will not"),
    (re.compile(r"n't\b"), " not"),
)
