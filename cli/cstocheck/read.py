"""Reading a sentence into what matching needs: entity mentions, predicate features, negation.

The same reading is applied to a user's sentence and to every wording of every claim, so the
two sides are always compared like for like.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from operator import itemgetter
from typing import Any, Protocol, TypeVar

from cstocheck import folding, lexicon
from cstocheck.folding import Folded
from cstocheck.lazy_pattern import LazyPattern
from cstocheck.lexicon import (
    CONTRACTIONS,
    DETERMINERS,
    LOCATIVES,
    MONTHS,
    MONTHS_ABBREVIATED,
    NEGATED_PHRASE_STARTS,
    NEGATED_PHRASES,
    NEGATED_WORDS,
    NEGATORS,
    NOT_NEGATING,
    NUMBER_WORD_PARTS,
    NUMBER_WORDS,
    PARTICLES,
    STOPWORDS,
    SUBORDINATORS,
    WEEKDAYS,
    WHERE,
    alternation,
)
from cstocheck.model import PLACES, Entity, EntityKind
from cstocheck.structure import Chunk, chunk_at, chunks, modifies
from cstocheck.values import Qualifier, Quantity, Scan, When, scan

_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)

_NUMBER_WORD = re.compile(
    rf"^(?:(?:{alternation(NUMBER_WORD_PARTS)})+|{alternation(NUMBER_WORDS | lexicon.words('number_word_plurals'))})$"
)
_CALENDAR = frozenset(MONTHS) | frozenset(MONTHS_ABBREVIATED) | frozenset(WEEKDAYS)
_ARTICLE = lexicon.words("article_words")
_PREFIX_KEY = 3
ARTICLE = "w:article-"  # the feature of "Article 4", "artikel 4"
ASKING = "t:ask"  # the term of asking for something ("asked", "vroeg", "appeal")
NEGATION_REACH = 6  # words after a negation cue in which to look for what it denies
DOUBLE_NEGATION_REACH = 2  # words after a negation cue in which another undoes it ("did not refuse")
ACRONYM_NAME_WORDS = 2  # capitalised words before "(CSTO)" that make its name spelled out
REQUEST_REACH = 4  # words after a verb of turning down in which the request it turns down stands
ANSWER_REACH = 3  # words after a negation in which a verb of answering stands ("did not respond to")
SEPARABLE_REACH = 14  # words after a Dutch verb in which to look for its particle
DISMISSED_REACH = 3  # words after a verb of dismissing in which the view it turns down stands
_POSTVERBAL = lexicon.words("postverbal_negators")
_COORDINATORS = lexicon.words("coordinators")
_NEGATION_BOUNDS = lexicon.words("negation_bounds")
_CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014]|\s-\s")
_SUFFIXES = lexicon.ordered("stem_suffixes")
# "the Central Asian country", "de voormalige Sovjetrepubliek": a description that stands for a
# country the sentence names, not something the sentence says.
_EPITHETS = lexicon.phrases("epithets")
# "last week", "de afgelopen dagen", "naar aanleiding van": times relative to a day the sentence
# does not give, and connectives, which say nothing a claim can be matched or checked on.
_EMPTY = lexicon.phrases("empty_phrases")


def fold(text: str) -> Folded:
    """The text folded (see cstocheck.folding), with English contractions spelled out ("didn't" reads as
    "did not"), keeping the way back to the original's characters."""
    return _spelled_out(folding.fold(text))


def _spelled_out(folded: Folded) -> Folded:
    for pattern, replacement in CONTRACTIONS:
        folded = folded.sub(pattern, replacement)
    return folded

def stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def word_features(words: Iterable[str]) -> frozenset[str]:
    """The features a reading gives these words when no term names them ("ago" -> "w:ago")."""
    return frozenset("w:" + stem(word) for word in words)


@dataclass(frozen=True)
class Token:
    text: str
    start: int  # char offsets in the folded text
    end: int


def tokenize(folded: str) -> list[Token]:
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(folded)]


@dataclass(frozen=True)
class Mention:
    """An entity named in the text; a city also stands for its country."""

    ids: frozenset[str]
    kind: EntityKind
    start: int
    end: int
    locative: bool = False  # right after "in", "from", "te", "uit" …: where, rather than who
    modifier: bool = False  # "the Russia-led CSTO": describes something else, does not act


@dataclass(frozen=True)
class Reading:
    mentions: tuple[Mention, ...]
    predicate: frozenset[str]  # term ids ("t:leave") and word stems ("w:headquarter")
    negated: bool
    cues: tuple[tuple[int, int], ...]  # spans of negation cues and matched terms, for highlighting
    # For each negation cue, the predicate features just after it: what it may deny.
    # "did not respond" denies responding, not the request.
    negations: tuple[frozenset[str], ...] = ()
    # Which of those negations stand in a subordinate clause ("… because it did not want …").
    subordinate: frozenset[int] = frozenset()
    # Each predicate feature with the index of the chunk it stands in, and the sentence's chunks.
    placed: tuple[tuple[int, str], ...] = ()
    chunks: tuple[Chunk, ...] = ()
    # What later stages look up instead of reading the text again. Every span is one of the text
    # as written: each predicate feature where it stands, each word folded, where each negation
    # cue starts, the figures and the dates.
    features: tuple[tuple[int, int, str], ...] = ()
    words: tuple[tuple[int, int, str], ...] = ()
    negation_at: tuple[int, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    whens: tuple[When, ...] = ()
    folded: Folded | None = None

    @property
    def entity_ids(self) -> frozenset[str]:
        return frozenset(i for m in self.mentions for i in m.ids)

    @property
    def text(self) -> str:
        return self.folded.original if self.folded is not None else ""


class AliasTable:
    """Longest-match lookup of every entity and term name, exact or by `*` prefix."""

    def __init__(self, entities: Iterable[Entity]) -> None:
        self.kinds: dict[str, EntityKind] = {}
        self.country_of: dict[str, str] = {}
        self._exact: dict[tuple[str, ...], set[str]] = {}
        # Wildcard names, keyed by the words before the wildcard and the wildcard's first letters,
        # so a lookup touches only the few names that could match.
        self._prefix: dict[tuple[tuple[str, ...], str], list[tuple[str, str]]] = {}
        self._reach: dict[str, int] = {}  # first word of a name -> the longest such name, in words
        # Dutch separable verbs ("trok zich terug"): the verb, then its particle further on in
        # the clause ("trok zich in 1997 terug", "trok Oezbekistan zich terug").
        self.separable: dict[str, list[tuple[str, str]]] = {}
        # Names of people and places by the first letter of their skeleton, for a spelling the
        # base does not list ("Toqaev", "Nazarbaev"): see `near`.
        self._near: dict[str, list[tuple[str, str]]] = {}
        # The skeletons of each person's given names ("Kassym", "Jomart"), for a spelling of them
        # the table lacks before the surname ("Kasym-Zhomart Tokayev"): see `given_name`.
        self._given: dict[str, set[str]] = {}
        for entity in entities:
            self.kinds[entity.id] = entity.kind
            if entity.country:
                self.country_of[entity.id] = entity.country
            for name in entity.names:
                self._add(name, entity.id)

    def _add(self, name: str, entity_id: str) -> None:
        wildcard = name.rstrip().endswith("*")
        words = tuple(t.text for t in tokenize(fold(name.rstrip().rstrip("*"))))
        if not words:
            return
        if len(words) > 1 or not wildcard:
            self._reach[words[0]] = max(self._reach.get(words[0], 0), len(words))
        if not wildcard and self.kinds.get(entity_id) is EntityKind.TERM and len(words) in (2, 3) \
                and words[-1] in PARTICLES and words[1:-1] in ((), ("zich",)):
            self.separable.setdefault(words[0], []).append((words[-1], entity_id))
        if wildcard:
            self._prefix.setdefault((words[:-1], words[-1][:_PREFIX_KEY]), []).append((words[-1], entity_id))
        else:
            self._exact.setdefault(words, set()).add(entity_id)
        if not wildcard and len(words) > 1 and self.kinds[entity_id] is EntityKind.PERSON:
            self._given.setdefault(entity_id, set()).update(skeleton(w) for w in words[:-1] if len(w) >= GIVEN_LENGTH)
        if not wildcard and len(words) == 1 and len(words[0]) >= NEAR_LENGTH and self.kinds[entity_id] in _SPELT:
            bare = skeleton(words[0])
            self._near.setdefault(bare[0], []).append((bare, entity_id))

    def knows(self, name: str) -> bool:
        """Whether a name as written is one of the table's own, not a spelling found near one."""
        return tuple(t.text for t in tokenize(fold(name))) in self._exact

    def near(self, word: str) -> frozenset[str]:
        """The one person or place a capitalised word the table does not know is another spelling
        of ("Toqaev", "Nazarbaev", "Kazakstan"), by how much their skeletons share; nothing where
        the word is short, close to no name or as close to names of several."""
        if len(word) < NEAR_LENGTH:
            return frozenset()
        bare = skeleton(word)
        found = {entity_id for name, entity_id in self._near.get(bare[0], ())
                 if abs(len(name) - len(bare)) <= 2 and SequenceMatcher(None, name, bare).ratio() >= NEAR_RATIO}
        return frozenset(found) if len(found) == 1 else frozenset()

    def given_name(self, words: list[str], i: int) -> bool:
        """Whether word i is a spelling of a given name of the person named in the next few
        words ("Kasym-Zhomart Tokayev", "Qasym-Zhomart, Toqaev"): part of that name, not a word
        of its own."""
        bare = skeleton(words[i])
        for j in range(i + 1, min(i + 1 + GIVEN_REACH, len(words))):
            _, ids = self.match_at(words, j)
            people = {x for x in (ids or self.near(words[j])) if self.kinds.get(x) is EntityKind.PERSON}
            if people:
                return any(SequenceMatcher(None, bare, given).ratio() >= NEAR_RATIO
                           for p in people for given in self._given.get(p, ()))
        return False

    def match_at(self, words: list[str], i: int) -> tuple[int, set[str]]:
        """The longest name starting at word i: (its length in words, the ids it names)."""
        for n in range(min(self._reach.get(words[i], 1), len(words) - i), 0, -1):
            key = tuple(words[i:i + n])
            found = set(self._exact.get(key, ()))
            last = key[-1]
            for k in range(1, _PREFIX_KEY + 1):
                for prefix, entity_id in self._prefix.get((key[:-1], last[:k]), ()):
                    if last.startswith(prefix) and (k == _PREFIX_KEY or len(prefix) == k):
                        found.add(entity_id)
            if found:
                return n, found
        return 0, set()


# A word shorter than this is not taken for another spelling of a name: too many names are near it.
NEAR_LENGTH = 5
# A given name is this long at least, and stands this many words or fewer before the surname.
GIVEN_LENGTH = 4
GIVEN_REACH = 3
# How much of two skeletons must agree (difflib's ratio) for one to be a spelling of the other.
NEAR_RATIO = 0.85
_SPELT = (EntityKind.PERSON, EntityKind.COUNTRY, EntityKind.CITY)
_TRANSLITERATIONS = tuple(lexicon.mapping("transliterations").items())  # in order: "sj" before "j"
_DOUBLED = re.compile(r"(.)\1+")


def skeleton(word: str) -> str:
    """A folded name with the letters transliterations differ in made one ("Tokajev", "Toqaev"
    -> "tokayev", "tokaev"; "Poetin" -> "putin") and doubled letters single."""
    for written, said in _TRANSLITERATIONS:
        word = word.replace(written, said)
    return _DOUBLED.sub(r"\1", word)


def read(text: str, aliases: AliasTable) -> Reading:
    """What the text says, for matching: every span in the reading is a span of ``text`` itself."""
    plain = folding.fold(text)  # the one time the text is folded: figures and dates are read on it too
    return _Reader(_spelled_out(plain), aliases).reading(scan(plain))


class _Reader:
    """One pass over a folded text's tokens, collecting what ``read`` returns."""

    def __init__(self, folded: Folded, aliases: AliasTable) -> None:
        self.folded, self.aliases = folded, aliases
        self.tokens = tokenize(folded)
        self.words = [t.text for t in self.tokens]
        self.skip_spans = [m.span() for m in NOT_NEGATING.finditer(folded)]
        self.mentions: list[Mention] = []
        self.predicate: set[str] = set()
        self.cues: list[tuple[int, int]] = []
        self.negation_at: list[int] = []
        self.features_at: list[tuple[int, str]] = []
        self.consumed: dict[int, int] = {}  # a separable verb's particle -> the verb
        self.spans_to: dict[int, int] = {}  # a term's first word -> its last
        self.modifying: set[int] = set()  # the "led" of "Russia-led": part of the name's modifier
        self.organisations: list[int] = []  # where the names of bodies start, by token

    def reading(self, values: Scan) -> Reading:
        i = 0
        while i < len(self.tokens):
            i = i + 1 if i in self.consumed else self._step(i)
        tokens, folded = self.tokens, self.folded
        self._names_before_acronyms()
        found = chunks(folded.original, frozenset(m.end for m in self.mentions),
                       frozenset(m.end for m in self.mentions if m.kind is EntityKind.PERSON))
        asides = tuple((c.start, c.end) for c in found if c.frame and not c.report and not c.attribution)
        scopes = tuple(_scope(cue, self.features_at, tokens, folded, asides) for cue in self.negation_at)
        subordinate = frozenset(n for n, cue in enumerate(self.negation_at) if _in_subclause(cue, tokens, folded))
        placed = tuple((chunk_at(found, self._offset(at)), f) for at, f in self.features_at)
        # A separable verb stands from the verb to its particle: a part of the sentence that
        # holds only one of the two does not say it.
        reach = {**self.spans_to, **{verb: particle for particle, verb in self.consumed.items()}}
        features = tuple(sorted((self._span_of(at)[0], self._span_of(reach.get(at, at))[1], f)
                                for at, f in self.features_at))
        words = tuple((*folded.span(t.start, t.end), t.text) for t in tokens)
        return Reading(tuple(self.mentions), frozenset(self.predicate), len(self.negation_at) % 2 == 1,
                       tuple(sorted(self.cues)), scopes, subordinate, placed, found, features, words,
                       tuple(self._offset(at) for at in self.negation_at), values.quantities, values.whens, folded)

    def _span_of(self, at: int) -> tuple[int, int]:
        """The span, as written, of the token at index ``at`` (an empty one at the end past the last)."""
        if at >= len(self.tokens):
            return len(self.folded.original), len(self.folded.original)
        return self.folded.span(self.tokens[at].start, self.tokens[at].end)

    def _offset(self, at: int) -> int:
        """Where the token at index ``at`` starts in the text as written (its end past the last)."""
        if at >= len(self.tokens):
            return len(self.folded.original)
        return self.folded.span(self.tokens[at].start, self.tokens[at].end)[0]

    def _names_before_acronyms(self) -> None:
        """A name the alias table does not know, spelled out before a body's acronym in
        parentheses ("the Collective Security Treaty Agreement (CSTO)"), is that body's name:
        its words say nothing of their own."""
        named: set[int] = set()
        for i in self.organisations:
            if i == 0 or self.folded[self.tokens[i].start - 1:self.tokens[i].start] != "(":
                continue
            k = i - 1
            while k >= 0 and self._capitalised(k) and self.words[k] not in STOPWORDS:
                k -= 1
            if i - 1 - k >= ACRONYM_NAME_WORDS:
                named.update(range(k + 1, i))
        if named:
            self.features_at = [(at, f) for at, f in self.features_at if at not in named]
            self.predicate = {f for _, f in self.features_at} | {f for f in self.predicate if not f.startswith(("t:", "w:"))}

    def _step(self, i: int) -> int:
        """Read the token at i, and the name that starts there; the index of the next token to read."""
        self._sequence_phrase(i)
        if empty := self._says_nothing(i):
            return i + empty
        if self._dismisses_a_view(i):
            return i + 1
        n, ids = self.aliases.match_at(self.words, i)
        if n == 2 and self.words[i] in self.aliases.separable and self.words[i + 1] in PARTICLES \
                and _before_te(self.words, i + 1):
            n, ids = 0, set()  # "kwamen om te helpen": the particle is the next verb's
        if n <= 1 and self.words[i] in self.aliases.separable:
            # "riep … uit" (proclaimed) is not "riep" (called for): the verb with its particle
            # further on is read before the verb alone.
            split, parted = _separable(self.words, self.tokens, self.folded, i, self.aliases, self.consumed)
            n, ids = (split, parted) if split else (n, ids)
        if not n and self._capitalised(i) and self.words[i] not in STOPWORDS:
            if self.aliases.given_name(self.words, i):
                return i + 1
            ids = set(self.aliases.near(self.words[i]))
            n = 1 if ids else 0
        if n:
            self._name(i, n, ids)
            return i + n
        return self._word(i)

    def _says_nothing(self, i: int) -> int:
        """How many tokens from i make a phrase read as nothing: a description that stands for a
        country named elsewhere (after a determiner), a relative time or a connective."""
        epithet = _EPITHETS.at(self.words, i) if i > 0 and self.words[i - 1] in DETERMINERS else 0
        return max(_EMPTY.at(self.words, i), epithet)

    def _parted_negator(self, i: int) -> bool:
        """A Dutch verb that denies only with its particle later in the clause: "wees het verzoek
        af" (turned it down), not "wees 20.000 bandieten aan" (pointed them out)."""
        particle = _SEPARABLE_NEGATORS.get(self.words[i])
        if particle is None:
            return False
        last = _clause_end(i, self.tokens, self.folded, SEPARABLE_REACH)
        return particle in self.words[i + 1:last + 1]

    def _dismisses_a_view(self, i: int) -> bool:
        """A verb of dismissing that turns down a view ("dismissed Tokayev's fears", "dismissed
        the idea"), read as a negation; dismissing a person ("dismissed the government") is an
        act, read as the term it names."""
        if self.words[i] not in _DISMISSALS or not set(self.words[i + 1:i + 1 + DISMISSED_REACH]) & _DISMISSED_VIEWS:
            return False
        if not any(a <= self.tokens[i].start < b for a, b in self.skip_spans):
            self.negation_at.append(i)
            self._cue(i, i)
        return True

    def _capitalised(self, i: int) -> bool:
        token = self.tokens[i]
        return self.folded.original[self.folded.span(token.start, token.end)[0]].isupper()

    def _cue(self, first: int, last: int) -> None:
        self.cues.append(self.folded.span(self.tokens[first].start, self.tokens[last].end))

    def _negation(self, i: int, denied: str) -> None:
        """A negation at token i that denies the term ``denied``, which stands right after it."""
        term = "t:" + denied
        self.negation_at.append(i)
        self.features_at.append((i + 1, term))
        self.predicate.add(term)

    def _sequence_phrase(self, i: int) -> None:
        n = NEGATED_PHRASE_STARTS.at(self.words, i)
        if n:
            self._negation(i, NEGATED_PHRASES[tuple(self.words[i:i + n])])
            self._cue(i, i + n - 1)

    def _name(self, i: int, n: int, ids: set[str]) -> None:
        """The n tokens from i name ``ids``: terms become features, the others mentions."""
        kinds = self.aliases.kinds
        start, end = self.folded.span(self.tokens[i].start, self.tokens[i + n - 1].end)
        terms = {x for x in ids if kinds[x] is EntityKind.TERM}
        self.predicate.update("t:" + x for x in terms)
        self.features_at += [(i, "t:" + x) for x in sorted(terms)]
        if terms and n > 1:
            self.spans_to[i] = i + n - 1  # a term of several words stands over all of them
        if terms:
            self.cues.append((start, end))
        locative = i > 0 and self.words[i - 1] in LOCATIVES
        for entity_id in ids - terms:
            country = self.aliases.country_of.get(entity_id)
            modifier = modifies(self.folded, self.tokens[i].start, self.tokens[i + n - 1].end)
            if modifier:
                self.modifying.add(i + n)
            self.mentions.append(Mention(frozenset({entity_id, country} if country else {entity_id}),
                                         kinds[entity_id], start, end, locative, modifier))
            if kinds[entity_id] is EntityKind.ORGANISATION:
                self.organisations.append(i)

    def _word(self, i: int) -> int:
        """A token that is no name: a negation, an article number, a stopword or a feature."""
        word, words = self.words[i], self.words
        if i in self.modifying:
            return i + 1
        if (length := _CONTRASTIVES.at(words, i) or _NEGATING.at(words, i)) \
                and not any(a <= self.tokens[i].start < b for a, b in self.skip_spans):
            # "turn to Russia rather than to the CSTO" says "…, not to the CSTO"
            self.negation_at.append(i + length - 1)
            self._cue(i, i + length - 1)
            return i + length
        if word in NEGATED_WORDS:
            # "left unsigned": a negation whose scope is the very term it denies
            self._negation(i, NEGATED_WORDS[word])
            self._cue(i, i)
        elif word in NEGATORS or self._parted_negator(i):
            if not any(a <= self.tokens[i].start < b for a, b in self.skip_spans):
                self.negation_at.append(i)
                self._cue(i, i)
        elif word in _ARTICLE and i + 1 < len(words) and words[i + 1].isdigit():
            self.predicate.add(f"{ARTICLE}{words[i + 1]}")
            self.features_at.append((i + 1, f"{ARTICLE}{words[i + 1]}"))
            return i + 2
        elif _is_feature(word):
            self.predicate.add("w:" + stem(word))
            self.features_at.append((i, "w:" + stem(word)))
        return i + 1


# Phrases that set one thing against another ("rather than", "instead of", "in plaats van"),
# and phrases that deny what follows them ("stay out of", "refrain from"): each a negation of
# several words, read at its last.
_CONTRASTIVES = lexicon.phrases("contrastives")
_NEGATING = lexicon.phrases("negating_phrases")


def _is_feature(word: str) -> bool:
    """Whether a word says something of its own: no stopword, date, figure or single letter."""
    if word in STOPWORDS or word in _CALENDAR or _NUMBER_WORD.match(word) or len(word) < 2:
        return False
    return not any(ch.isdigit() for ch in word)


def _breaks(tokens: list[Token], i: int, folded: Folded) -> bool:
    """Whether punctuation that ends a clause stands between tokens i - 1 and i, as written; not
    the comma of "tientallen, zo niet honderden", which raises a figure within its clause."""
    return bool(_CLAUSE_BREAK.search(folded.original, folded.ends[tokens[i - 1].end - 1], folded.starts[tokens[i].start])) \
        and not _RAISING.match(folded, tokens[i].start)


_RAISING = LazyPattern(rf"(?:{alternation(lexicon.words('raising_glue'))})\b")


def _in_subclause(cue: int, tokens: list[Token], folded: Folded) -> bool:
    """Whether a subordinator opens the clause the token at `cue` stands in."""
    for i in range(cue, 0, -1):
        if tokens[i].text in SUBORDINATORS:
            return True
        if _breaks(tokens, i, folded):
            return False
    return bool(tokens) and tokens[0].text in SUBORDINATORS


def _separable(words: list[str], tokens: list[Token], folded: Folded, i: int, aliases: AliasTable,
               consumed: dict[int, int]) -> tuple[int, set[str]]:
    """The verb at i with its particle later in the clause: (1, the terms it names), the particle
    marked as read. A particle that opens a phrase ("in Kazachstan", "in 1997", "op de") is a
    preposition, not the verb's."""
    last = _clause_end(i, tokens, folded, SEPARABLE_REACH)
    found: set[str] = set()
    for j in range(last, i, -1):
        for particle, term in aliases.separable[words[i]]:
            if words[j] == particle and not _opens_phrase(words, j, aliases):
                found.add(term)
        if found:
            consumed[j] = i
            return 1, found
    return 0, set()


def _before_te(words: list[str], j: int) -> bool:
    """Whether word j stands before "te": a particle there is the next verb's ("kwamen om te
    helpen", "besloot uit te treden")."""
    return words[j + 1:j + 2] == ["te"]


def _opens_phrase(words: list[str], j: int, aliases: AliasTable) -> bool:
    if j + 1 >= len(words):
        return False
    after = words[j + 1]
    # "uit het verdrag" is both: "stapte … uit het verdrag" leaves it either way.
    return (after in DETERMINERS and words[j] != "uit") or _before_te(words, j) or after.isdigit() or after in _CALENDAR or bool(_NUMBER_WORD.match(after)) \
        or aliases.match_at(words, j + 1)[0] > 0 and any(aliases.kinds[x] is not EntityKind.TERM
                                                          for x in aliases.match_at(words, j + 1)[1])


def _clause_end(cue: int, tokens: list[Token], folded: Folded, reach: int,
                asides: tuple[tuple[int, int], ...] = ()) -> int:
    """The last token within `reach` words after `cue` in its clause; a possessive "s" is no word
    ("refused to come to their country's aid" reaches the aid), and an aside set off by commas
    is passed over ("weigerde voorzitter Pasjinjan, de Armeense premier, zijn handtekening te
    zetten" reaches the signature)."""
    counted, last, resumed = 0, cue, False
    i = cue + 1
    while i < len(tokens) and counted < reach:
        if not resumed and (_breaks(tokens, i, folded) or tokens[i].text in SUBORDINATORS):
            after = _past_aside(tokens, i, folded, asides)
            if after is None:
                return last
            i, resumed = after, True
            continue
        resumed = False
        last = i
        counted += not (tokens[i].text == "s" and folded[tokens[i].start - 1:tokens[i].start] in ("'", "’"))
        i += 1
    return last


def _past_aside(tokens: list[Token], i: int, folded: Folded, asides: tuple[tuple[int, int], ...]) -> int | None:
    """The first token after an aside that starts at token i, if one does and a token follows it."""
    at = folded.starts[tokens[i].start]
    end = next((b for a, b in asides if a == at), None)
    if end is None:
        return None
    return next((j for j in range(i + 1, len(tokens)) if folded.starts[tokens[j].start] >= end), None)


def _scope(cue: int, features_at: list[tuple[int, str]], tokens: list[Token], folded: Folded,
           asides: tuple[tuple[int, int], ...] = ()) -> frozenset[str]:
    """What a negation denies: the features after it in its clause and, for a Dutch "niet" that
    follows its verb ("vroeg de CSTO niet om hulp", "die erkennen we niet") or a negation that
    closes its clause, those before it back to the clause's start. "Geen", "no" and "not" deny
    what follows them."""
    here = folded.starts[tokens[cue].start]
    asides = tuple((a, b) for a, b in asides if a > here)  # the negation's own aside is its clause
    end = _scope_end(cue, tokens, folded, asides)
    after = frozenset(f for at, f in features_at if cue < at <= end and not _in_aside(tokens[at], folded, asides))
    if after and tokens[cue].text not in _POSTVERBAL or tokens[cue].text in _TURNING_DOWN:
        return after  # a verb of turning down denies what follows it, never its own subject
    start = _scope_start(cue, tokens, folded)
    return after | frozenset(f for at, f in features_at if start <= at < cue)


def _scope_start(cue: int, tokens: list[Token], folded: Folded) -> int:
    first = max(cue - NEGATION_REACH, 0)
    for i in range(cue, first, -1):
        if _breaks(tokens, i, folded) or tokens[i].text in SUBORDINATORS \
                or tokens[i].text in _COORDINATORS:
            return i
    return first


def _in_aside(token: Token, folded: Folded, asides: tuple[tuple[int, int], ...]) -> bool:
    at = folded.starts[token.start]
    return any(a <= at < b for a, b in asides)


def _scope_end(cue: int, tokens: list[Token], folded: Folded, asides: tuple[tuple[int, int], ...] = ()) -> int:
    """The last token a negation at `cue` can reach: a few words, within its own clause, and not
    into the start of the time it holds over ("has made no deployments since its founding in
    1999" denies no founding)."""
    last = _clause_end(cue, tokens, folded, NEGATION_REACH, asides)
    return next((i - 1 for i in range(cue + 1, last + 1) if tokens[i].text in _NEGATION_BOUNDS), last)


_LIST_GLUE = re.compile(r"\s*(?:,|,?\s*(?:and|en|&|as well as|evenals))\s*", re.IGNORECASE)


def place_lists(text: str, reading: Reading) -> list[list[Mention]]:
    """The runs of countries and cities the text lists, joined by commas and 'and' ("Minsk,
    Bishkek and Yerevan"), in order; a place on its own is a run of one."""
    runs: list[list[Mention]] = []
    for mention in (m for m in reading.mentions if m.kind in (EntityKind.COUNTRY, EntityKind.CITY)):
        if runs and _LIST_GLUE.fullmatch(text, runs[-1][-1].end, mention.start):
            runs[-1].append(mention)
        else:
            runs.append([mention])
    return runs


_SPACES = re.compile(r" *")


def owned_figures(text: str, reading: Reading) -> list[tuple[Quantity, Mention]]:
    """The first list of figures each followed by the country that owns it, sharing the noun
    after the last ("100 Armenian, 150 Kyrgyz and 200 Tajik troops", "70 Armeense en 150
    Kirgizische militairen"); empty where the sentence gives no such list of two or more."""
    places = {m.start: m for m in reading.mentions if m.kind is EntityKind.COUNTRY and not m.modifier}
    run: list[tuple[Quantity, Mention]] = []
    for quantity in (q for q in reading.quantities if q.unit is None):
        owner = places.get(_SPACES.match(text, quantity.end).end())
        joined = bool(run) and _LIST_GLUE.fullmatch(text, run[-1][1].end, quantity.start) is not None
        if owner is not None and (joined or not run):
            run.append((quantity, owner))
        elif len(run) >= 2:
            break
        else:
            run = [(quantity, owner)] if owner is not None else []
    return run if len(run) >= 2 else []


def word_before(reading: Reading, start: int, between: str | None = None) -> tuple[int, str] | None:
    """The word right before an offset, with nothing but spaces (or the characters `between`)
    between: (where it starts, the word as read, folded), or None."""
    prev = next((w for w in reversed(reading.words) if w[1] <= start), None)
    if prev is None or reading.text[prev[1]:start].strip(between):
        return None
    return prev[0], prev[2]


_DESTINATIONS = lexicon.words("destinations")
_CITY_NOUNS = lexicon.words("city_nouns")


def goes_to(reading: Reading, mention: Mention) -> bool:
    """Whether a name is where something went: right after "to", "into", "naar"."""
    before = word_before(reading, mention.start)
    return before is not None and before[1] in _DESTINATIONS


def whither(reading: Reading) -> frozenset[str]:
    """The countries and cities the text names as where something went ("sent troops to Kazakhstan")."""
    return frozenset(i for m in reading.mentions if m.kind in PLACES and goes_to(reading, m) for i in m.ids)


def where(reading: Reading) -> frozenset[str]:
    """The countries and cities the text names as where something happened ("in Kyrgyzstan"),
    and the country whose city it names so ("in the Kyrgyz capital", "in de Kazachse hoofdstad")."""
    folded = reading.folded
    places: set[str] = set()
    for m in reading.mentions:
        if m.kind not in (EntityKind.COUNTRY, EntityKind.CITY):
            continue
        before = folded[:folded.at(m.start)].split() if folded is not None else []
        if before and before[-1] in WHERE and not _attributive(before) or _its_city(reading, m, before):
            places |= m.ids
    return frozenset(places)


def _attributive(before: list[str]) -> bool:
    """Whether "in" and the place stand between an article and its noun, in a Dutch phrase that
    describes the noun ("de in Kirgizië bekende jazzpianist"): where he is known, not where
    anything happened."""
    return len(before) >= 2 and before[-2] in DETERMINERS


def _its_city(reading: Reading, mention: Mention, before: list[str]) -> bool:
    """Whether a country's name stands in "in the … capital": where is a city of that country."""
    after = reading.text[mention.end:].split()
    return len(before) >= 2 and before[-1] in DETERMINERS and before[-2] in WHERE \
        and bool(after) and after[0].strip(",.;:").lower() in _CITY_NOUNS


class Polar(Protocol):
    """Anything that carries negations with their scopes: a reading, or a claim's wording."""

    @property
    def negations(self) -> tuple[frozenset[str], ...]: ...


def denies(sentence: Reading, wording: Polar, claim: frozenset[str]) -> bool:
    """Whether the sentence and a claim's wording differ in polarity on what they share.

    A negation reaches a few words within its own clause. One in the wording counts only when
    the sentence speaks of what it denies: "Armenia asked for help" does not deny "the CSTO did
    not respond to Armenia's request for help". One in the sentence counts only when it denies
    something the claim speaks of: in "Armenia, which has no autocratic tradition, sent 70
    men" the negation is about tradition, not about the troops.
    """
    request = ASKING in claim and not wording.negations  # a claim that something was asked
    denying: list[tuple[int, frozenset[str]]] = []  # each cue (word index) that denies something of the claim
    for n, scope in enumerate(sentence.negations):
        if request and scope and (scope & claim <= _ASKED_FOR or _rejects(sentence, n)):
            # Of a claim that help was asked, denying the help denies no asking ("refused to help
            # Kyrgyzstan"), and "rejected Kyrgyzstan's request" presupposes the request.
            continue
        if _leaves_untold(sentence, n) or not wording.negations and _of_another_act(scope, claim):
            continue
        if scope & claim or not scope and _in_its_chunk(sentence, n, claim) and not _verb_cue(sentence, n):
            denying.append((_cue_at(sentence, n) or 0, scope))
    return _unmatched(_standing(sentence, denying), [s for s in wording.negations if not s or s & sentence.predicate])


def _standing(sentence: Reading, cues: list[tuple[int, frozenset[str]]]) -> list[frozenset[str]]:
    """What the sentence's denials deny, once a cue right after the one before has undone it
    ("did not refuse", "never failed to", "niet zonder"). A denial in a condition on the one
    before is the condition's, as a wording's are left out of its polarity ("Artikel 4 geldt niet
    als de dreiging niet uit het buitenland komt" denies that it applies)."""
    standing: list[tuple[int, frozenset[str]]] = []
    for at, scope in sorted(cues, key=lambda c: c[0]):
        if standing and at - standing[-1][0] <= DOUBLE_NEGATION_REACH:
            standing.pop()
        elif not (standing and _conditional(sentence, standing[-1][0], at)):
            standing.append((at, scope))
    return [scope for _, scope in standing]


def _conditional(sentence: Reading, first: int, last: int) -> bool:
    """Whether a word that opens a condition stands between the words at two indices."""
    return any(w in _CONDITIONS for w in _words_from(sentence, first + 1, last))


def in_a_condition(reading: Reading) -> frozenset[int]:
    """Which of a reading's negations stand in a condition on a negation before them ("geldt niet
    als de dreiging niet uit het buitenland komt"): the condition's own, not what it says."""
    cues = [_cue_at(reading, n) for n in range(len(reading.negation_at))]
    return frozenset(n for n in range(1, len(cues)) if cues[n] is not None and cues[n - 1] is not None
                     and _conditional(reading, cues[n - 1], cues[n]))


def _unmatched(said: list[frozenset[str]], claimed: list[frozenset[str]]) -> bool:
    """Whether the sentence and the claim differ in what they deny: each denial of the sentence
    that one of the claim's denies too agrees with it ("without losses and without firing a
    shot" against the source's own two), and a denial left on one side only is a difference
    ("Belarus stayed out of the mission and sent no troops" denies the sending, twice)."""
    left_said, left_claimed = set(range(len(said))), set(range(len(claimed)))
    # The closest pairs first: a denial is matched with the one that denies most of what it does;
    # then a denial of nothing in particular ("did nothing") with one of nothing, then with any.
    pairs = sorted(((len(s & c), not s and not c, i, j) for i, s in enumerate(said) for j, c in enumerate(claimed)
                    if s & c or not s or not c), reverse=True)
    for _, _, i, j in pairs:
        if i in left_said and j in left_claimed:
            left_said.remove(i)
            left_claimed.remove(j)
    return bool(left_said) != bool(left_claimed)


_ASKED_FOR = frozenset({"t:help"})
ACTS = lexicon.words("acts")  # the acts a sentence or claim may say: "send", "leave", "sign" …


def _of_another_act(scope: frozenset[str], claim: frozenset[str]) -> bool:
    """Whether a denial is of an act, and the claim has acts of its own, none of them that one:
    "has made no joint deployments since its founding" denies the deployments, not the founding,
    though "joint" is a word of both. (Asked only of a claim that denies nothing: one that does is
    met by a denial in other words, "will not participate in blocs" against "will not join".)"""
    acts = scope & ACTS
    return bool(acts) and not acts & claim and bool(claim & ACTS)


def _in_its_chunk(sentence: Reading, n: int, claim: frozenset[str]) -> bool:
    """Whether a negation that denies no word in particular ("… had failed", "did nothing") may
    deny the claim: not where all the sentence says of the claim stands in asides and the
    negation outside them ("Pashinyan, the Armenian prime minister, said the CSTO had failed"
    denies nothing of his office)."""
    chunks = sentence.chunks
    if not chunks or n >= len(sentence.negation_at):
        return True
    own = chunks[chunk_at(chunks, sentence.negation_at[n])]
    if own.frame and not own.report:
        return True
    said = [k for k, f in sentence.placed if f in claim]
    return not said or not all(chunks[k].frame and not chunks[k].report for k in said)


def _verb_cue(sentence: Reading, n: int) -> bool:
    """Whether the n-th negation is a verb ("refused", "failed", "weigerde"): with nothing after it
    that it denies ("… said the CSTO had failed"), it denies no particular thing, where "not",
    "nothing" or "niet" alone deny their clause."""
    cue = _cue_words(sentence, n, 1)
    return bool(cue) and cue[0] in _VERB_CUES


def word_at(reading: Reading, at: int) -> int:
    """The index of the first of the reading's words that starts at or after an offset."""
    return next((k for k, (a, _, _) in enumerate(reading.words) if a >= at), len(reading.words))


def _cue_at(sentence: Reading, n: int) -> int | None:
    """The index among the sentence's words of the n-th negation's cue."""
    return word_at(sentence, sentence.negation_at[n]) if n < len(sentence.negation_at) else None


def _words_from(sentence: Reading, start: int, stop: int) -> list[str]:
    return [w.lower() for _, _, w in sentence.words[max(0, start):stop]]


def _cue_words(sentence: Reading, n: int, count: int) -> list[str]:
    """The n-th negation's cue and the words after it, `count` in all, lowered."""
    i = _cue_at(sentence, n)
    return [] if i is None else _words_from(sentence, i, i + count)


def turns_down(sentence: Reading) -> bool:
    """Whether the sentence's one negation is a verb of turning down ("refused", "rejected",
    "weigerde", "wees ... af"): it denies whatever was asked, named or not ("wees dat af")."""
    if len(sentence.negation_at) != 1:
        return False
    cue = _cue_words(sentence, 0, 1)
    return bool(cue) and (cue[0] in _REJECTIONS or cue[0] in _SEPARABLE_NEGATORS)


def _rejects(sentence: Reading, n: int) -> bool:
    """Whether the sentence's n-th negation turns down a request it names ("rejected Kyrgyzstan's
    request", "wees het verzoek af"), or leaves it unanswered ("did not respond to Kyrgyzstan's
    request", "ging niet in op het verzoek"): that presupposes the request, where "weigerde de
    hulp in te roepen" refuses the asking itself."""
    words = _cue_words(sentence, n, 1 + ANSWER_REACH + REQUEST_REACH)
    if not words:
        return False
    if words[0] in _REJECTIONS:
        return bool(set(words[1:1 + REQUEST_REACH]) & _REQUEST_NOUNS)
    verb = words[1:1 + ANSWER_REACH]
    answers = bool(set(verb) & _ANSWERING) or any(p in " ".join(verb) for p in _ANSWERING_PHRASES)
    return answers and bool(set(words[2:]) & _REQUEST_NOUNS)


def _leaves_untold(sentence: Reading, n: int) -> bool:
    """Whether the n-th negation denies only the telling of what follows it: "did not specify how
    many soldiers would be mobilized", "maakte niet bekend hoeveel militairen" deny no soldiers."""
    i = _cue_at(sentence, n)
    if i is None:
        return False
    near = {*_words_from(sentence, i - 1, i), *_words_from(sentence, i + 1, i + 2)}  # "did not say", "zei niet"
    after = set(_words_from(sentence, i + 1, i + 1 + _UNTOLD_REACH))
    return bool(near & _DISCLOSING) and bool(after & _WH_WORDS)


_UNTOLD_REACH = 3  # "did not say exactly how many"
_DISCLOSING = lexicon.words("disclosing_verbs")
_WH_WORDS = lexicon.words("wh_words")
_REJECTIONS = lexicon.words("rejections")
_DISMISSALS = lexicon.words("dismissals")
_CONDITIONS = lexicon.words("conditional_joins")
_ANSWERING = lexicon.words("answering_words")
_ANSWERING_PHRASES = lexicon.words("answering_phrases")
_SEPARABLE_NEGATORS: dict[str, str] = lexicon.mapping("separable_negators")
_TURNING_DOWN = _REJECTIONS | frozenset(_SEPARABLE_NEGATORS)
_DISMISSED_VIEWS = lexicon.words("dismissed_views")
_FAILINGS = lexicon.words("failings")
_VERB_CUES = _REJECTIONS | _FAILINGS
# Verbs that deny, whose subject Dutch may put after them ("weigerde de CSTO …").
NEGATING_VERBS = _VERB_CUES | frozenset(_SEPARABLE_NEGATORS)
_REQUEST_NOUNS = lexicon.words("request_nouns")


# Reads a text with an alias table: `read`, or a cache of its readings.
Reader = Callable[[str, AliasTable], Reading]


def excerpt(reading: Reading, ranges: Sequence[tuple[int, int]], sep: str = " ") -> Reading:
    """The reading of stretches of the text (``ranges``, in order, each trimmed of the spaces at
    its edges) joined by ``sep``: a part of a sentence, or the sentence with something left out.

    The text is not read again. What stands in the stretches is what the whole sentence's
    reading found there, moved to its place in the excerpt, so a part keeps what its context
    told: the scope of a negation, a frame, the figure a name belongs to.
    """
    assert reading.folded is not None, "an excerpt is taken of a sentence's reading"
    kept = [(a, b) for a, b in (_trimmed(reading.text, a, b) for a, b in ranges) if b > a]
    move = _Move(kept, len(sep))
    features = tuple(found for a, b, f in move.near(reading.features, _first)
                     if (found := _feature_in(reading, move, a, b, f)))
    negations = [n for n in move.near(range(len(reading.negation_at)), reading.negation_at.__getitem__)
                 if move(reading.negation_at[n], reading.negation_at[n])]
    chunks_ = move.chunks(reading.chunks)
    return Reading(
        mentions=move.spanned(reading.mentions),
        predicate=frozenset(f for _, _, f in features),
        negated=len(negations) % 2 == 1,
        cues=tuple(span for a, b in move.near(reading.cues, _first) if (span := move(a, b))),
        negations=tuple(reading.negations[n] for n in negations),
        subordinate=frozenset(k for k, n in enumerate(negations) if n in reading.subordinate),
        placed=tuple((chunk_at(chunks_, a), f) for a, _, f in features),
        chunks=chunks_,
        features=features,
        words=tuple((*span, w) for a, b, w in move.near(reading.words, _first) if (span := move(a, b))),
        negation_at=tuple(move.at(reading.negation_at[n]) for n in negations),
        quantities=move.spanned(reading.quantities),
        whens=move.spanned(reading.whens),
        folded=reading.folded.excerpt(kept, sep),
    )


_Spanned = TypeVar("_Spanned", Mention, Quantity, When)
_Item = TypeVar("_Item")
_first = itemgetter(0)


class _Move:
    """Where a span of the text stands in an excerpt of it, if the excerpt holds it whole. Each
    lookup is a binary search, so an excerpt costs what it holds, not the whole sentence."""

    def __init__(self, kept: list[tuple[int, int]], sep: int) -> None:
        self.moves: list[tuple[int, int, int]] = []  # (start, end, where it starts in the excerpt)
        at = 0
        for a, b in kept:
            self.moves.append((a, b, at))
            at += b - a + sep
        self.starts = [a for a, _, _ in self.moves]

    def __call__(self, start: int, end: int) -> tuple[int, int] | None:
        k = bisect_right(self.starts, start) - 1
        # An empty span at the end of one stretch and the start of the next is in the first.
        for a, b, to in self.moves[max(k - 1, 0):k + 1]:
            if a <= start and end <= b:
                return start - a + to, end - a + to
        return None

    def at(self, offset: int) -> int:
        span = self(offset, offset)
        return span[0] if span else 0

    def near(self, items: Sequence[_Item], start_of: Callable[[_Item], int]) -> Iterator[_Item]:
        """The items that start within a stretch kept, in order (``items`` in the order they start)."""
        for a, b, _ in self.moves:
            i = bisect_left(items, a, key=start_of)
            while i < len(items) and start_of(items[i]) <= b:
                yield items[i]
                i += 1

    def spanned(self, items: tuple[_Spanned, ...]) -> tuple[_Spanned, ...]:
        """The items the excerpt holds whole, at their place in it."""
        return tuple(replace(x, start=span[0], end=span[1]) for x in self.near(items, _start)
                     if (span := self(x.start, x.end)))

    def chunks(self, found: tuple[Chunk, ...]) -> tuple[Chunk, ...]:
        """The chunks cut to the stretches kept."""
        out = []
        for a, b, _ in self.moves:
            i = bisect_right(found, a, key=_end)
            while i < len(found) and found[i].start < b:
                lo, hi = max(found[i].start, a), min(found[i].end, b)
                if lo < hi and (span := self(lo, hi)):
                    out.append(replace(found[i], start=span[0], end=span[1]))
                i += 1
        return tuple(out)


def _start(x: Mention | Quantity | When) -> int:
    return x.start


def _end(chunk: Chunk) -> int:
    return chunk.end


def _feature_in(reading: Reading, moved: Callable[[int, int], tuple[int, int] | None], start: int, end: int,
                feature: str) -> tuple[int, int, str] | None:
    """A feature where it stands in an excerpt. A separable verb whose particle the excerpt
    leaves out ("trok zich … | terug") is the verb alone there, as it reads without it."""
    if span := moved(start, end):
        return (*span, feature)
    i = bisect_left(reading.words, start, key=_first)
    word = reading.words[i] if i < len(reading.words) and reading.words[i][0] == start else None
    if word is None or word[1] >= end or not _is_feature(word[2]) or not (span := moved(word[0], word[1])):
        return None
    return (*span, "w:" + stem(word[2]))


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# --- a reading as plain data, for the cache of each claims file --------------------------------
#
# A claim's entry is built from the readings of its wordings and quotes: their names, features,
# negations, figures and dates, and also their chunks, words and where each negation stands
# (where something went, a wording's main-clause denials). A kept reading holds all of it, so an
# entry built from kept readings is the entry built from fresh ones. Stored as plain JSON values
# (lists, strings, numbers), they are written and read by the JSON library's C code, not object
# by object.

Plain = list[Any]


def to_plain(reading: Reading) -> Plain:
    """A reading, whole, as plain values."""
    folded = reading.folded
    assert folded is not None, "a reading of a text"
    offsets = None if folded.keeps_offsets else [list(folded.starts), list(folded.ends)]
    return [
        [[sorted(m.ids), m.kind.value, m.start, m.end, m.locative, m.modifier] for m in reading.mentions],
        sorted(reading.predicate),
        reading.negated,
        [sorted(scope) for scope in reading.negations],
        [list(f) for f in reading.features],
        [[q.number, q.qualifier.value, q.start, q.end, q.unit, q.upper] for q in reading.quantities],
        [[w.year, w.month, w.day, w.weekday, w.qualifier, w.start, w.end, w.part] for w in reading.whens],
        [str(folded), folded.original, offsets],
        [list(c) for c in reading.cues],
        sorted(reading.subordinate),
        [list(p) for p in reading.placed],
        [[c.start, c.end, c.frame, c.report, c.attribution] for c in reading.chunks],
        [list(w) for w in reading.words],
        list(reading.negation_at),
    ]


def from_plain(data: Plain) -> Reading:
    """The reading that ``to_plain`` gave; a value of the wrong shape raises ValueError."""
    try:
        (mentions, predicate, negated, negations, features, quantities, whens, (text, original, offsets),
         cues, subordinate, placed, chunks_, words, negation_at) = data
        folded = Folded(text, original, *(offsets or (range(len(original) + 1), range(1, len(original) + 1))))
        if len(folded.starts) != len(text) + 1 or len(folded.ends) != len(text):
            raise ValueError("offsets of another length")
        return Reading(
            mentions=tuple(Mention(frozenset(ids), EntityKind(kind), start, end, locative, modifier)
                           for ids, kind, start, end, locative, modifier in mentions),
            predicate=frozenset(predicate), negated=bool(negated),
            cues=tuple((a, b) for a, b in cues),
            negations=tuple(frozenset(scope) for scope in negations),
            subordinate=frozenset(subordinate),
            placed=tuple((k, f) for k, f in placed),
            chunks=tuple(Chunk(a, b, frame, report, attribution) for a, b, frame, report, attribution in chunks_),
            features=tuple((a, b, f) for a, b, f in features),
            words=tuple((a, b, w) for a, b, w in words),
            negation_at=tuple(negation_at),
            quantities=tuple(Quantity(n, Qualifier(q), s, e, u, upper) for n, q, s, e, u, upper in quantities),
            whens=tuple(When(*w) for w in whens), folded=folded)
    except (TypeError, ValueError, KeyError) as err:
        raise ValueError(f"not a stored reading: {err}") from None
