"""Finding the claim a sentence asserts.

A sentence and a claim wording are compared on two things read the same way on both sides:
the named entities (a capital stands for its country) and the predicate (terms from the
alias table and the remaining content words). Weights come from how rare a feature is in the
base, so "Armenia" separates claims where "Kazakhstan" does not. The score is an F-measure:
how much of the sentence the claim explains, and how much of the claim's closest wording the
sentence says. Entities the sentence names that the claim does not know cost extra. Below a
threshold nothing matches: the base does not speak to the sentence.
"""
from __future__ import annotations

import datetime
import heapq
import math
import re
from collections.abc import Callable, Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from functools import cache
from typing import NamedTuple, TypeVar

from cstocheck import cachecodec, lexicon
from cstocheck.lexicon import AGO_WORDS, DURATIONS, NUMBER_WORDS, STOPWORDS
from cstocheck.model import Base, Claim, EntityKind, Seed, Stance, ValueKind
from cstocheck.read import (
    ACTS,
    ARTICLE,
    ASKING,
    AliasTable,
    Mention,
    Reader,
    Reading,
    denies,
    in_a_condition,
    read,
    stem,
    turns_down,
    where,
    whither,
    word_features,
)
from cstocheck.structure import chunk_at, in_any_frame, opens_after, opens_background
from cstocheck.titles import body_before, places_joined, titles
from cstocheck.values import (
    Quantity,
    Range,
    When,
    parse_count,
    parse_when,
    read_whens,
)

T = TypeVar("T")
MATCH_THRESHOLD = 0.55
# How far below the match threshold a claim with a figure may be when the sentence gives one.
FIGURE_SLACK = 0.15
# However much of the sentence a claim explains, the sentence must say this much of the claim.
MIN_RECALL = 0.5
# Weight of a word no claim uses: it may be noise, but it may also be the thing the base lacks.
UNKNOWN_WORD_WEIGHT = 3.0
# The most a word that makes a figure a span of time ("ago", "geleden") weighs.
TIME_SPAN_WEIGHT = 1.0
# How much closer a wording of the other polarity must be to be preferred.
POLARITY_PREFERENCE = 0.1
# How much more of a sentence a source's own words must explain than the closest wording does
# for the sentence's polarity to be judged against them.
QUOTE_MARGIN = 0.5
# How many claims, those sharing the most weight with a sentence, are scored in full.
CANDIDATES = 100
# A feature in more than one claim in COMMON_SHARE (and more than COMMON_FLOOR claims) is common.
COMMON_SHARE = 5
COMMON_FLOOR = 200
# The lowest score any caller looks at (a claim with a figure may be taken a little below the
# match threshold when the sentence gives one).
LOWEST_SCORE = 0.35
# How many words after a figure say what it counts, in a user's sentence and in a claim's wording.
COUNTED_WORDS = 6
CLAIM_COUNTED_WORDS = 2
CLAIM_COUNTED_REACH = 4
_NEXT_FIGURE = re.compile(r"\d")
# What a frame's words that the claim does not know count for, against a word of the assertion.
FRAME_WEIGHT = 0.2
# In a sentence of several chunks, recall weighs this much more than precision (an F-beta's beta²).
RECALL_WEIGHT = 1.5
RANK_MIX = 0.5  # the windowed score against the whole-sentence one, in ranking
# The weight of a figure the sentence shares with a claim, counting the same thing: as much as
# a rare word.
VALUE_WEIGHT = 3.0
# A sentence carrying a value of the claim's kind is more likely to be about it.
VALUE_KIND_BONUS = 0.1

_WEEK = re.compile(r"\b(1[89]\d\d|20\d\d)\s+week\s+(\d{1,2})\b", re.IGNORECASE)


def _last_day(date: str) -> tuple[int, int, int] | None:
    """The last day a seed's date ("2022-01", "February 2022", "2022 week 3") may mean."""
    week = _WEEK.search(date)
    if week is not None:
        day = datetime.date.fromisocalendar(int(week[1]), min(int(week[2]), 52), 7)
        return (day.year, day.month, day.day)
    whens = [w for w in read_whens(date) if w.year is not None]
    return whens[0].span()[1] if whens else None

# Kinds of claim whose value is itself a date: a date in a sentence is their value, not its context.
DATED_KINDS = frozenset({ValueKind.YEAR, ValueKind.DATE, ValueKind.MEMBERSHIP})

# A claim whose value is a person or a place names it in its wordings; those names are the
# value the sentence is compared on, not what identifies the claim.
SLOT_KINDS: dict[ValueKind, frozenset[EntityKind]] = {
    ValueKind.PERSON: frozenset({EntityKind.PERSON}),
    ValueKind.PLACE: frozenset({EntityKind.COUNTRY, EntityKind.CITY}),
}
# A sentence whose subject is a country or person other than the one the claim names is
# probably about something else ("Uzbekistan sent troops" is not "Russia sent troops").
SWAP_FACTOR = 0.6
SWAP_KINDS = frozenset({EntityKind.COUNTRY, EntityKind.CITY, EntityKind.PERSON})


class Figure(NamedTuple):
    """A figure the sentence gives, with what it counts: evidence for the claim that gives it too."""

    range: Range
    nouns: frozenset[str]
    fates: frozenset[str] = frozenset()  # what befell those it counts, said in its chunk ("were killed")


class Named(NamedTuple):
    """An entity a claim wording names, with its weight."""

    ids: frozenset[str]
    kind: str  # an EntityKind value
    rarity: float
    slot: bool  # it is the claim's own value, not what identifies the claim


class Wording(NamedTuple):
    """One wording of a claim, as matching needs it. Plain tuples: the compiled-base cache
    holds thousands of them, and tuples load several times faster than dataclasses."""

    predicate: frozenset[str]
    named: tuple[Named, ...]
    negations: tuple[frozenset[str], ...]
    needed: float  # the weight of what the wording says: predicate and named entities, but its value


class Quoted(NamedTuple):
    """A supporting source's own words, as far as polarity needs them: the negations of its main
    clause, and apart those of its subordinate clauses ("Toen ook dat offer niet hielp, belde
    Tokajev Poetin": the call is not denied)."""

    predicate: frozenset[str]
    negations: tuple[frozenset[str], ...]
    asides: tuple[frozenset[str], ...] = ()

    def whole(self) -> Quoted:
        """The passage with every negation it makes, in any clause."""
        return Quoted(self.predicate, self.negations + self.asides)


class _Asked(NamedTuple):
    """A sentence as scoring needs it, worked out once for all the claims it is scored against."""

    reading: Reading
    weights: dict[str, float]  # the weight of each feature of its predicate
    said: float  # their sum
    named: frozenset[str]  # the ids of the entities it names
    mentions: tuple[tuple[int, Mention, float], ...]  # each mention with its chunk and its rarity
    titled: tuple[tuple[int, int], ...] = ()  # where it gives people titles ("Kazakh President Tokayev")
    background: int = 0  # the chunks of the clause of time it opens with ("After the Taliban took Afghanistan, …")
    described: tuple[tuple[int, int], ...] = ()  # its titles, those of the past too ("former president …")
    requested: frozenset[str] = frozenset()  # what it says only as asked for ("asked Russia to send troops")
    titles: frozenset[str] = frozenset()  # the offices it gives in titles ("Secretary-General Zas")
    # The weight it shares with each wording's predicate: the wordings of many claims say the
    # same, and decoded entries share equal sets (whose hash is then worked out once).
    shared: dict[frozenset[str], float] | None = None
    # What each stretch with no frame in it tells, and its features (see Index._stretch).
    spans: dict[tuple[int, int, tuple[int, ...]], tuple[float, frozenset[str]]] | None = None
    acts: frozenset[str] = frozenset()  # the acts it says outside its asides (see main_acts)
    outright: frozenset[str] = frozenset()  # whom it names but in an aside or as whose someone is
    stranger: bool = False  # it has a full name of words no claim uses (see _unknown_full_name)
    closing: int = 0  # the last chunk, where it is a clause of time after the main clause; else 0


@dataclass(frozen=True)
class Entry:
    claim: Claim
    wordings: tuple[Wording, ...]
    entities: frozenset[str]  # named in any wording, except the value slot
    predicate: frozenset[str]
    slot: frozenset[EntityKind]
    counts: frozenset[str] = frozenset()  # for a count claim: what its figure counts
    figures: frozenset[float] = frozenset()  # figures its wordings give as context ("the 150 troops came from")
    whens: tuple[When, ...] = ()  # the dates its wordings give as context, for a claim whose value is no date
    quoted: tuple[Quoted, ...] = ()
    written: tuple[int, int, int] | None = None  # when its latest source was written: it can speak to nothing later
    where: frozenset[str] = frozenset()  # the countries and cities every wording that says where names
    whither: frozenset[str] = frozenset()  # those every wording that says where something went names
    # Worked out with the base's weights (Index.weighed), and not stored: for each wording that
    # says something and needs something, what it needs and its names but its value, each with
    # its rarity; and the least any of them needs (math.inf when there is none).
    reach: tuple[tuple[float, tuple[tuple[frozenset[str], float], ...]], ...] = ()
    least: float = 0.0

    def is_filler(self, mention: Mention) -> bool:
        """Whether a sentence's mention is its answer to this claim's value slot."""
        if mention.kind not in self.slot:
            return False
        return mention.kind is EntityKind.PERSON or mention.locative


@dataclass(frozen=True)
class Match:
    claim: Claim
    score: float
    wording: int  # which of claim.texts the sentence is closest to
    negated: bool  # the sentence denies what that wording says
    rank: float = 0.0  # the score with preferences that only order candidates
    passing: bool = False  # the sentence says the claim only in a frame (an aside, an attribution)


def counted(reading: Reading, quantity: Quantity, words: int = COUNTED_WORDS, until: int | None = None) -> frozenset[str]:
    """What a figure may count: the terms and words just after it ("2,300 troops" -> troops),
    up to the next figure ("3,000 soldiers and 600 staff": the soldiers are the 3,000), which
    may be written in words (`until`, where it starts)."""
    text = reading.text
    if _BACK_REFERENCE.match(text, quantity.end):
        # "Russian paratroopers, more than two thousand of them": the noun the figure refers back
        # to, the last word before it that says something.
        last = max((a for a, _, _ in reading.features if a < quantity.start), default=None)
        return _counted_in([f for a, _, f in reading.features if a == last])
    stop = len(text) if until is None else until
    if reading.chunks:  # nor past its chunk ("250 vehicles, which will leave the country …")
        stop = min(stop, reading.chunks[chunk_at(reading.chunks, quantity.start)].end)
    for n, found in enumerate(_STRETCH.finditer(text, quantity.end, stop)):
        if n == words:
            stop = found.start()
            break
    figure = _NEXT_FIGURE.search(text, quantity.end, stop)
    stop = figure.start() if figure else stop
    stop = _verb_group(reading, quantity.end, stop)
    # What starts in those words: a term of several words may reach past them ("5 member states").
    found = [f for a, _, f in reading.features if quantity.end <= a < stop]
    if not found and not text[quantity.end:stop].strip(" .!?\"'’”)"):
        # Nothing after it: what the figure is the count of stands before it ("the previous
        # official death toll was 164", "het dodental steeg tot 225").
        found = _before(reading, quantity)
    return _counted_in(found)


def _counted_in(found: list[str]) -> frozenset[str]:
    """The features of the words a figure counts, with the kind of thing they count: that of the
    first noun that names one ("8,000 soldiers were detained" counts soldiers, "10,000 arrests"
    people, "10.000 jonge demonstranten" people)."""
    kinds = _count_kinds()
    named = next((f for f in found if f.startswith("t:") or f in kinds), None)
    return frozenset(found) | ({kinds[named]} if named in kinds else set())


_BACK_REFERENCE = re.compile(r"\s+(?:of\s+(?:them|whom)|van\s+(?:hen|wie)|daarvan|ervan)\b", re.IGNORECASE)


def _verb_group(reading: Reading, start: int, stop: int) -> int:
    """Where the verb group after a figure's noun begins ("19 armored vehicles | will be sent"):
    what the figure counts ends there. A figure with no noun before it ("8,000 were detained")
    counts what the verb says."""
    openers = lexicon.words("verb_group_openers")
    for found in _STRETCH.finditer(reading.text, start, stop):
        if found.group().lower() in openers and any(start <= a < found.start() for a, _, _ in reading.features):
            return found.start()
    return stop


def _before(reading: Reading, quantity: Quantity) -> list[str]:
    """The features of the words before a figure that ends its clause, back to the clause's start
    or an earlier figure."""
    text = reading.text
    chunk = reading.chunks[chunk_at(reading.chunks, quantity.start)] if reading.chunks else None
    start = chunk.start if chunk is not None else 0
    earlier = [m.end() for m in _NEXT_FIGURE.finditer(text, start, quantity.start)]
    start = max([start, *earlier])
    return [f for a, _, f in reading.features if start <= a < quantity.start]


@cache
def _count_kinds() -> dict[str, str]:
    """Each noun of a kind of thing counted ("demonstrators", "opponents", "mensen"), as a feature,
    with the mark of its kind ("k:people"): two figures count the same thing when their nouns
    are of one kind, though the words differ."""
    return {(item if item.startswith("t:") else "w:" + stem(item)): f"k:{kind}"
            for kind, items in lexicon.grouped("count_kinds").items() for item in items}


_STRETCH = re.compile(r"\S+")


@cache
def _generic_counts() -> dict[str, str]:
    """The nouns that count people (or any kind) without saying which ("10,000 personen"): they
    say whatever noun of their kind a claim uses. A specific noun ("protesters") may count only a
    part of what the claim counts, so it says only itself."""
    kinds = _count_kinds()
    return {f: kinds[f] for f in ("w:" + stem(w) for w in lexicon.words("generic_counts")) if f in kinds}


def of_its_kind(noun: str) -> frozenset[str]:
    """The noun and every noun of its kind of thing counted ("peacekeepers" with "troops")."""
    kind = _count_kinds().get(noun)
    return frozenset({noun, *(f for f, k in _count_kinds().items() if kind is not None and k == kind)})


def kind_nouns(features: frozenset[str]) -> frozenset[str]:
    """The nouns among features that name a kind of thing counted ("protesters", "mensen")."""
    return frozenset(f for f in features if f in _count_kinds())


def is_generic(noun: str) -> bool:
    """Whether a noun counts its whole kind ("people", "personen"), not a part of it ("protesters")."""
    return noun in _generic_counts()


def _generic_kinds(figures: tuple[Figure, ...]) -> frozenset[str]:
    generic = _generic_counts()
    return frozenset(generic[n] for f in figures for n in f.nouns if n in generic)


def claim_counts(readings: list[Reading]) -> frozenset[str]:
    """What the claim's figure counts: the words right after it in its statement and wordings.

    A claim's wordings are written with care, so two words say it ("2,300 troops", "five
    countries sent"); a user's sentence gets a wider window ("20.000 lokale en buitenlandse
    gewapende ... bandieten").
    """
    nouns: set[str] = set()
    for reading in readings:
        for quantity in reading.quantities[:1]:
            # Two words, or up to the first that says something, past "other" and names
            # ("38 other Kyrgyz citizens").
            for words in range(CLAIM_COUNTED_WORDS, CLAIM_COUNTED_REACH + 1):
                if found := counted(reading, quantity, words):
                    nouns |= found
                    break
    return frozenset(nouns)


class Summary(NamedTuple):
    """What the index's tables need of one claim's entry. A claims file's part of the compiled
    base keeps these beside its encoded entries, so the tables of a base are built again after
    an edit without decoding an entry."""

    id: str
    features: tuple[str, ...]  # its predicate and the entities it names but its value
    holder: str | None  # the person a claim on who holds what names as its value
    offices: tuple[str, ...]  # the terms of such a claim's statement ("president")
    quotes: tuple[str, ...]  # the passages it counts, each as "seed\nquote"


def summary(entry: Entry) -> Summary:
    claim = entry.claim
    holder = claim.value if claim.kind is ValueKind.PERSON and claim.value else None
    # (The first wording is the statement.)
    offices = tuple(sorted(f for f in entry.wordings[0].predicate if f.startswith("t:"))) if holder else ()
    return Summary(claim.id, tuple(sorted(entry.predicate | entry.entities)), holder, offices,
                   tuple(f"{source.seed}\n{source.quote}" for source in claim.counted))


def plain_entries(claims: tuple[Claim, ...], seeds: dict[str, Seed], aliases: AliasTable,
                  reader: Reader = read) -> list[Entry]:
    """The entries of these claims without the base's weights (see Index.weighed): each depends
    on its own claim, the seeds' dates and the alias table alone, so a claims file's entries
    are kept from one run to the next while another file changes."""
    written = {seed.id: day for seed in seeds.values() if seed.date and (day := _last_day(seed.date))}
    return [_entry(claim, aliases, written, reader) for claim in claims]


def _entry(claim: Claim, aliases: AliasTable, written: dict[str, tuple[int, int, int]], reader: Reader) -> Entry:
    slot = SLOT_KINDS.get(claim.kind, frozenset())
    # Which of each wording's names are the claim's own value.
    values = {v for v in [claim.value, *(s.value for s in claim.counted)] if v}
    values |= {aliases.country_of[v] for v in values if v in aliases.country_of}
    read_wordings = [reader(text, aliases) for text in claim.texts]
    # A wording's polarity is its main clause's: "when sacrificing Nazarbayev did not help,
    # Tokayev called Putin" denies nothing of the call.
    wordings = tuple(Wording(r.predicate, tuple(Named(m.ids, m.kind.value, 0.0, m.kind in slot and bool(m.ids & values))
                                                for m in r.mentions), _main_negations(r), 0.0) for r in read_wordings)
    entities = frozenset(i for w in wordings for m in w.named if not m.slot for i in m.ids)
    predicate = frozenset(f for w in wordings for f in w.predicate)
    figures = frozenset(q.number for reading in read_wordings for q in reading.quantities)
    return Entry(claim, wordings, entities, predicate, slot,
                 claim_counts(read_wordings) if claim.kind is ValueKind.COUNT else frozenset(),
                 figures, _times(claim, read_wordings), _quoted(claim, aliases, reader),
                 max((written[q.seed] for q in claim.sources if q.seed in written), default=None),
                 _where(claim, read_wordings), _whither(read_wordings))


def _quoted(claim: Claim, aliases: AliasTable, reader: Reader) -> tuple[Quoted, ...]:
    """The supporting passages, read: a sentence may be closer to a source's words than to any wording.
    A quote's negation without a scope is about something the claim does not say."""
    return tuple(Quoted(r.predicate, *_by_clause(r)) for r in
                 (reader(s.quote, aliases) for s in claim.counted if s.stance is Stance.SUPPORTS))


def _main_negations(reading: Reading) -> tuple[frozenset[str], ...]:
    """A reading's negations outside its subordinate clauses and conditions."""
    left_out = reading.subordinate | in_a_condition(reading)
    return tuple(scope for n, scope in enumerate(reading.negations) if n not in left_out)


def _by_clause(reading: Reading) -> tuple[tuple[frozenset[str], ...], tuple[frozenset[str], ...]]:
    """A passage's negations with a scope: those of its main clause, and those of its subordinate ones."""
    return tuple(scope for scope in _main_negations(reading) if scope), \
        tuple(scope for n, scope in enumerate(reading.negations) if scope and n in reading.subordinate)


def _unweighed(entry: Entry) -> Entry:
    """The entry as plain_entries gives it: what the compiled base stores."""
    return replace(entry, wordings=tuple(w._replace(named=tuple(m._replace(rarity=0.0) for m in w.named), needed=0.0)
                                         for w in entry.wordings), reach=(), least=0.0)


class _Packed:
    """An index's postings as the compiled base stores them: each feature's claim numbers in one
    string, made a tuple when a sentence first asks for the feature. Parsing them all was most of
    loading a large base's index (250,000 numbers on a base of 10,000 claims, for a sentence that
    asks for a few dozen features)."""

    __slots__ = ("_open", "_packed")

    def __init__(self, packed: dict[str, str]) -> None:
        self._packed = packed
        self._open: dict[str, tuple[int, ...]] = {}

    def get(self, feature: str, default: tuple[int, ...] = ()) -> tuple[int, ...]:
        found = self._open.get(feature)
        if found is None:
            packed = self._packed.get(feature)
            if packed is None:
                return default
            found = self._open[feature] = tuple(map(int, packed.split()))
        return found

    @staticmethod
    def pack(postings: dict[str, tuple[int, ...]] | _Packed) -> dict[str, str]:
        if isinstance(postings, _Packed):
            return postings._packed
        return {feature: " ".join(map(str, numbers)) for feature, numbers in postings.items()}


class Index:
    """Every claim wording read once, and the weights of their features."""

    def __init__(self, base: Base, reader: Reader = read) -> None:
        """The index of a base. ``reader`` reads a wording or a quote with the index's alias
        table (a cache may answer for it: see checker)."""
        aliases = AliasTable(base.entities)
        entries = plain_entries(base.claims, base.seeds, aliases, reader)
        self._tables(aliases, len(base.seeds), [summary(e) for e in entries])
        self._entries: dict[int, Entry] = {n: self.weighed(e) for n, e in enumerate(entries)}
        self._blobs: tuple[memoryview | bytes | str, ...] = ()

    @classmethod
    def compiled(cls, aliases: AliasTable, seed_count: int, summaries: list[Summary],
                 blobs: tuple[memoryview | bytes | str, ...]) -> Index:
        """The index of a base compiled by claims file: each claim's summary, and its entry
        encoded without weights, decoded when a sentence comes near it."""
        index = cls.__new__(cls)
        index._tables(aliases, seed_count, summaries)
        index._entries = {}
        index._blobs = blobs
        return index

    def _tables(self, aliases: AliasTable, seed_count: int, summaries: list[Summary]) -> None:
        self.aliases = aliases
        self.seed_count = seed_count
        self.size = len(summaries)
        self.numbers = {s.id: n for n, s in enumerate(summaries)}
        # Weights come from how many claims use a feature.
        counts: dict[str, int] = {}
        for s in summaries:
            for feature in s.features:
                counts[feature] = counts.get(feature, 0) + 1
        n = max(1, len(summaries))
        # Words that make a figure a span of time ("ago", "old", "geleden") say what the figure is,
        # not what a claim is about: rare as they are in a base, they weigh little.
        spans = _span_words()
        self.weights = {f: min(math.log(1 + n / c), TIME_SPAN_WEIGHT) if f in spans else math.log(1 + n / c)
                        for f, c in counts.items()}
        self.unseen_weight = math.log(1 + n)  # an entity no claim names is as rare as can be
        # Claims that name a person as their value, by that person: a sentence that gives a
        # person the wrong office is answered with the office the sources give them.
        holders: dict[str, list[int]] = {}
        for number, s in enumerate(summaries):
            if s.holder:
                holders.setdefault(s.holder, []).append(number)
        self.holders = {person: tuple(ns) for person, ns in holders.items()}
        # Offices: the terms the claims on who holds what use ("president", "secretary-general").
        # And the offices any person may be given, which no claim need hold ("defence minister").
        self.offices = frozenset(f for s in summaries for f in s.offices) | lexicon.words("office_terms")
        # Which claims quote a passage: counts given in one passage add up ("3,000 soldiers and 600 staff").
        by_quote: dict[str, list[int]] = {}
        for number, s in enumerate(summaries):
            for quote in s.quotes:
                by_quote.setdefault(quote, []).append(number)
        self.by_quote = {q: tuple(ns) for q, ns in by_quote.items() if len(ns) > 1}
        # Which claims use a feature: a sentence is scored only against claims it shares one with
        # (a claim sharing none explains nothing of it), so a large base costs little more.
        postings: dict[str, list[int]] = {}
        for number, s in enumerate(summaries):
            for feature in s.features:
                postings.setdefault(feature, []).append(number)
        self.postings: dict[str, tuple[int, ...]] | _Packed = {f: tuple(ns) for f, ns in postings.items()}

    def weighed(self, entry: Entry) -> Entry:
        """An entry with this base's weights: how rare each entity it names is, and how much
        each wording says."""
        # Wordings recur across entries (a claim's statement and paraphrases are often another's
        # too, and a large base's entries are variants of each other): each is weighed once.
        known = self.__dict__.setdefault("_weighed_wordings", {})
        wordings = tuple([known.get(w) or known.setdefault(w, self._weighed(w)) for w in entry.wordings])
        reach = tuple([(w.needed, tuple([(m[0], m[2]) for m in w.named if not m[3]]))
                       for w in wordings if w.predicate and w.needed > 0])
        return replace(entry, wordings=wordings, reach=reach, least=min([r[0] for r in reach], default=math.inf))

    def _weighed(self, wording: Wording) -> Wording:
        # weight() and _rarity() without a call a feature: a warm run weighs every entry it
        # decodes. The predicate's weights are summed exactly (fsum), so that the sum does not
        # depend on the order a set is walked in, which a decoded set need not share.
        weights, unseen, new = self.weights, self.unseen_weight, tuple.__new__
        named = tuple([new(Named, (ids, kind, max([weights.get(i, unseen) for i in ids]), slot))
                       for ids, kind, _, slot in wording.named])
        needed = math.fsum([weights.get(f, UNKNOWN_WORD_WEIGHT) for f in wording.predicate]) + \
            sum([m[2] for m in named if not m[3]])
        return new(Wording, (wording[0], named, wording[2], needed))

    # A compiled index is stored with each claim's entry encoded apart, without weights, and an
    # entry is decoded only when a sentence comes near it: a run on a large base loads a few
    # hundred, not all. The postings are stored packed (see _Packed).
    def __getstate__(self) -> dict[str, object]:
        state = self.__dict__.copy()
        state["_blobs"] = self._blobs or \
            tuple(cachecodec.Encoded(cachecodec.dumps(_unweighed(self.entry(n)))) for n in range(self.size))
        state["_entries"] = {}
        state["postings"] = _Packed.pack(self.postings)
        state.pop("_shared_values", None)
        state.pop("_led", None)
        state.pop("_weighed_wordings", None)
        state.pop("_wordings_read", None)
        state.pop("_derived", None)
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        packed = state.get("postings")
        if not isinstance(packed, dict) or not all(type(v) is str for v in packed.values()):
            raise cachecodec.CodecError("Index: postings are not packed")
        self.__dict__.update(state, postings=_Packed(packed))

    def entry(self, number: int) -> Entry:
        found = self._entries.get(number)
        if found is None:
            found = self._entries[number] = self.weighed(cachecodec.loads(self._blobs[number], 0, self._shared()))
        return found

    def _shared(self) -> dict[object, object]:
        """The sets of words and names, and the strings, of the entries decoded so far, each kept
        once (see cachecodec.loads): entries share most of theirs, and decoding all 10,000 of a
        synthetic base's entries took 148 MB with a copy each, 66 MB without."""
        shared = self.__dict__.get("_shared_values")
        if shared is None:
            shared = self.__dict__["_shared_values"] = {}
        return shared

    def derived(self, key: str, build: Callable[[Index], T]) -> T:
        """A table worked out from the base once per index and kept (the claims that list a
        whole set of countries, …): `build(self)` the first time `key` is asked for."""
        tables = self.__dict__.setdefault("_derived", {})
        if key not in tables:
            tables[key] = build(self)
        return tables[key]  # type: ignore[no-any-return]

    def quoting(self, seed: str, quote: str) -> tuple[Claim, ...]:
        """The claims that quote this passage of this seed."""
        return tuple(self.entry(n).claim for n in self.by_quote.get(f"{seed}\n{quote}", ()))

    def entry_of(self, claim_id: str) -> Entry:
        return self.entry(self.numbers[claim_id])

    @property
    def entries(self) -> tuple[Entry, ...]:
        return tuple(self.entry(n) for n in range(self.size))

    def weight(self, feature: str) -> float:
        return self.weights.get(feature, UNKNOWN_WORD_WEIGHT)

    def led_by(self, people: frozenset[str]) -> frozenset[str]:
        """The countries the sources say these people hold office in: those joined to the office in
        the statements of their office claims ("the president of Kazakhstan"), not every country
        such a claim names ("Pashinyan, as the CSTO's chairman, authorised the intervention in
        Kazakhstan" holds no Kazakh office)."""
        known: dict[frozenset[str], frozenset[str]] = self.__dict__.setdefault("_led", {})
        found = known.get(people)
        if found is None:
            found = known[people] = frozenset(
                c for p in sorted(people) for n in self.holders.get(p, ())
                for c in self._office_countries(self.entry(n).claim.statement, p))
        return found

    def _office_countries(self, statement: str, person: str) -> set[str]:
        reading = read(statement, self.aliases)
        spans = [(a, b) for a, b, f in reading.features if f in self.offices]
        return {c for m in reading.mentions if person in m.ids for c in places_joined(reading, spans, m)}

    def _rarity(self, ids: frozenset[str]) -> float:
        weights, unseen = self.weights, self.unseen_weight
        return max([weights.get(i, unseen) for i in ids])

    def score(self, sentence: Reading, entries: Sequence[Entry], value_kinds: frozenset[ValueKind],
              figures: tuple[Figure, ...] = ()) -> list[Match]:
        """The matches of the sentence with the claims that match, in the entries' order."""
        if not entries:
            return []
        asked = self._asked(sentence)
        return [m for e in entries if (m := self._score(asked, e, value_kinds, figures)) is not None]

    def _asked(self, sentence: Reading) -> _Asked:
        """What scoring needs of a sentence, worked out once for all the claims it is scored against."""
        weights = {f: self.weight(f) for f in sentence.predicate}
        chunks = sentence.chunks
        mentions = tuple((chunk_at(chunks, m.start), m, self._rarity(m.ids)) for m in sentence.mentions)
        titled = tuple((body_before(sentence, t.start), t.end) for t in titles(sentence, self.offices))
        described = tuple((body_before(sentence, t.start), t.end) for t in titles(sentence, self.offices, past=True))
        offices = frozenset(f for a, _, f in sentence.features if f in self.offices
                            and any(start <= a < end for start, end in titled))
        return _Asked(sentence, weights, math.fsum(weights.values()), sentence.entity_ids, mentions, titled,
                      _opens_with_background(sentence), described, requested(sentence), offices, {}, {},
                      main_acts(sentence), _named_outright(sentence), _unknown_full_name(sentence, self.weights),
                      _closes_with_background(sentence))

    def _score(self, asked: _Asked, entry: Entry, value_kinds: frozenset[ValueKind],
               figures: tuple[Figure, ...]) -> Match | None:
        sentence = asked.reading
        if not sentence.predicate or not _says_its_fate(sentence, entry) or _fated_otherwise(entry, sentence) \
                or _count_unsaid(sentence, entry) or _counts_the_fallen(entry, figures):
            return None
        # Precision: how much of what the sentence says (words and named entities) the claim knows.
        # (A claim without a value slot has no filler: most candidates.)
        mentions = [(k, m, r) for k, m, r in asked.mentions if not entry.is_filler(m)] if entry.slot \
            else list(asked.mentions)
        # The claim's own figure, counting what it counts, is something the two share.
        agreed = VALUE_WEIGHT if _gives_figure(entry, figures) or _gives_day(entry, sentence) else 0.0
        if not agreed and not sentence.predicate & entry.predicate and not self._a_list_of(asked.named & entry.entities):
            return None  # names alone say nothing of what the claim says of them; a list of countries may
        if asked.requested and ASKING not in entry.predicate and sentence.predicate & entry.predicate <= asked.requested:
            return None  # what was asked for is not what was done: "Armenia asked the CSTO for help"
        if agreed and entry.counts and asked.named.isdisjoint(entry.entities) \
                and sentence.predicate & entry.predicate <= entry.counts - FATES:
            return None  # a figure and what it counts, and nothing of who did what or what befell them
        kinds = _generic_kinds(figures) & entry.counts if figures else frozenset()
        plain = [m for _, m, _ in mentions]
        if self._out_of_reach(asked, entry, plain, agreed, kinds):
            return None  # most candidates: no wording can reach MIN_RECALL, on a bound that costs little
        if self._only_who_they_are(asked, entry):
            return None
        wording, closest, recall = self._recall(asked, entry, plain, agreed, kinds)
        if closest < MIN_RECALL:
            return None  # the sentence says too little of any wording of the claim (most candidates)
        things = sentence.predicate & _SENT_THINGS
        if _another_of(asked.acts, sentence.predicate & ACTS, entry, ACTS) \
                or _another_of(things, things, entry, _SENT_THINGS) \
                or _a_stranger_instead(asked, entry) or _some_of_its_articles(sentence, entry) \
                or _membership_unsaid(asked, entry):
            return None
        told, known, passing = self._stretch(asked, entry, mentions)
        passing = passing or self._in_a_title(asked, entry)
        explained = (known + agreed) / (told + agreed) if told + agreed > 0 else 0.0
        if explained <= 0:
            return None
        swap = SWAP_FACTOR if _swapped(sentence, entry, [m for _, m, _ in mentions], self.led_by) \
            or _another_body(sentence, entry) or _another_party(sentence, entry) \
            or _the_opposite(sentence, entry, entry.wordings[wording].predicate) else 1.0
        # A sentence of several chunks says more than one claim: what of the claim it says weighs more.
        b2 = RECALL_WEIGHT if len(sentence.chunks) > 1 else 1.0
        f1 = (1 + b2) * explained * recall / (b2 * explained + recall) * swap
        bonus = VALUE_KIND_BONUS if entry.claim.kind in value_kinds else 0.0
        # Ranking prefers the claim that explains more of the whole sentence: a claim said in
        # one aside ("Ergashev, director of Ma'no, predicted …") is not what the sentence is about.
        whole = self._explains_all(asked, entry, mentions) / _told_all(asked, mentions)
        ranked = 2 * whole * recall / (whole + recall) * swap if whole > 0 else 0.0
        rank = RANK_MIX * f1 + (1 - RANK_MIX) * ranked + bonus
        # A claim said in passing (a title, an aside) is denied only by a negation that names what it
        # says: "Armenian Prime Minister Pashinyan said the CSTO had failed" denies no office.
        negated = self._negated(sentence, entry, wording, asked.titles) \
            and not (passing and sentence.negations and not any(scope & entry.predicate for scope in sentence.negations))
        return Match(entry.claim, round(f1, 3), wording, negated, round(rank, 4), passing)

    def _a_list_of(self, names: frozenset[str]) -> bool:
        """Whether names shared with a claim are several countries: the members a claim lists
        ("Russia, Armenia and Belarus signed"), not a person and his country ("Pashinyan,
        Armenia's president, said …" says nothing of his coming to power)."""
        kinds = self.aliases.kinds
        return sum(1 for i in names if kinds.get(i) is EntityKind.COUNTRY) >= 2

    def _out_of_reach(self, asked: _Asked, entry: Entry, mentions: list[Mention], agreed: float,
                      kinds: frozenset[str]) -> bool:
        """Whether no wording of the claim can reach MIN_RECALL: what the sentence shares with
        all the claim's wordings together bounds what it says of each one (one set intersection
        for the claim, not one a wording). Exact: a candidate it turns away, `_recall` would."""
        if kinds or _city_in_place(entry, mentions):
            return False  # the nouns of a kind and a city put in place change what is said or needed
        weights = asked.weights
        shared = math.fsum([weights[f] for f in asked.reading.predicate & entry.predicate])
        named = asked.named
        if named.isdisjoint(entry.entities):
            # The sentence names none of the names the wordings count: it says `shared` of each,
            # and the one that needs least comes closest (the same sums and division as below).
            return (shared + agreed) / (entry.least + agreed) < MIN_RECALL
        for needed, names in entry.reach:  # as _names_said does it, wording by wording
            said = shared + math.fsum([rarity for ids, rarity in names if not ids.isdisjoint(named)])
            if (said + agreed) / (needed + agreed) >= MIN_RECALL:
                return False
        return True

    def _recall(self, asked: _Asked, entry: Entry, mentions: list[Mention],
                agreed: float, kinds: frozenset[str] = frozenset()) -> tuple[int, float, float]:
        """How much of the claim's wordings the sentence says: (the closest wording, its recall,
        the recall to score with). The closest wording counts most; how close the claim's other
        wordings come breaks ties between claims that share a short wording. `kinds`: the kinds
        of thing the sentence counts with a generic noun, which say any noun of the kind."""
        sentence = asked.reading
        best, wording, recall, recalls = -1.0, 0, 0.0, []
        named = asked.named
        # A city the sentence names as where or whence, where the claim names another city ("a
        # call from Washington" where the sources say Beijing), is put in its place, to be
        # compared: the claim's city is not missing. (A country is named in too many roles.)
        placed = _city_in_place(entry, mentions)
        for i, w in enumerate(entry.wordings):
            needed = w.needed - math.fsum(m.rarity for m in w.named if not m.slot and placed
                                    and m.kind == EntityKind.CITY.value and not m.ids & named) if placed else w.needed
            if not w.predicate or needed <= 0:
                continue
            rec = (self._said(asked, w, kinds) + agreed) / (needed + agreed)
            recalls.append(rec)
            # Near-ties go to the wording of the same polarity, so "did not" meets "did not".
            key = rec + (POLARITY_PREFERENCE if not (w.negations or sentence.negations)
                         or not denies(sentence, w, entry.predicate) else 0.0)
            if key > best:
                best, wording, recall = key, i, rec
        if not recalls:
            return wording, 0.0, 0.0
        return wording, recall, 0.8 * recall + 0.2 * sum(recalls) / len(recalls)

    def _said(self, asked: _Asked, wording: Wording, kinds: frozenset[str]) -> float:
        """The weight of what the sentence says of one wording: its words and names, and any noun
        of a kind the sentence counts with a generic noun."""
        known = asked.shared if asked.shared is not None else {}
        shared = known.get(wording.predicate)
        if shared is None:
            weights = asked.weights
            shared = known[wording.predicate] = math.fsum([weights[f] for f in asked.reading.predicate & wording.predicate])
        said = shared + _names_said(wording, asked.named)
        sentence = asked.reading
        if kinds:
            said += math.fsum(self.weight(f) for f in wording.predicate - sentence.predicate
                        if _count_kinds().get(f) in kinds)
        return said

    def _negated(self, sentence: Reading, entry: Entry, wording: int, titles: frozenset[str] = frozenset()) -> bool:
        """Whether the sentence denies what the claim says. A sentence closer to a source's own
        words than to any wording takes its polarity from them: "only observers were sent" says
        what the source says, though the claim's wording is "did not intervene". A negation
        denies no office the sentence gives in a title (`titles`): "Secretaris-generaal
        Bordjoescha ging niet in op het verzoek" denies nothing of a claim on the secretary-general."""
        claim = entry.predicate - titles
        if _denied_alike(sentence, entry, claim):
            return False
        negated = denies(sentence, entry.wordings[wording], claim)
        closest = self._explains(sentence, entry.wordings[wording].predicate)
        quoted = [q for q in entry.quoted if self._explains(sentence, q.predicate) > closest + QUOTE_MARGIN]
        if quoted:
            # A source's negation in a subordinate clause is weighed against the sentence's own there.
            return all(denies(sentence, q.whole() if sentence.subordinate else q, (entry.predicate | q.predicate) - titles)
                       for q in quoted)
        if negated and sentence.negations and len(sentence.subordinate) == len(sentence.negations) \
                and any((w := q.whole()).negations and not denies(sentence, w, claim) for q in entry.quoted):
            # A negation in a subordinate clause that a source makes too ("… because it refused
            # to host Tajik troops") is the source's own reason, not a denial of the claim.
            return False
        return negated

    def _stretch(self, asked: _Asked, entry: Entry,
                 mentions: list[tuple[int, Mention, float]]) -> tuple[float, float, bool]:
        """What the stretch of the sentence that says the claim's content tells, and how much of
        it the claim knows: (told, known, whether that stretch is all frames).

        The stretch runs from the first chunk with something the claim knows to the last; what
        stands outside it is another part of the sentence, and a frame's words the claim does
        not know count little ("…, Tokayev said in a televised address")."""
        chunks, weights = asked.reading.chunks, asked.weights
        predicate, entities = entry.predicate, entry.entities
        span = _known_span(asked.reading.placed, ((k, m) for k, m, _ in mentions), entry)
        if span is None:
            return _told_all(asked, mentions), 0.0, False
        lo, hi = span
        passing = bool(chunks) and all(chunks[k].frame for k in range(lo, hi + 1)) \
            or _in_background(asked, entry, mentions, hi) or _said_in_an_aside(asked, entry)
        framed = bool(chunks) and any(chunks[k].frame for k in range(lo, hi + 1))
        if not framed and asked.spans is not None:
            # Without a frame, what the stretch tells is the same for every claim it is held against.
            key = (lo, hi, tuple(m.start for _, m, _ in mentions))
            if key not in asked.spans:
                asked.spans[key] = self._told_in(asked, lo, hi, mentions)
            told, features = asked.spans[key]
            return told, self._known_in(asked, entry, features, lo, hi, mentions), passing
        # What the stretch says, each feature once, a frame's unknown words at a fifth; and what of it the claim knows.
        best: dict[object, float] = {}
        features = set()
        for k, f in asked.reading.placed:
            if lo <= k <= hi:
                features.add(f)
                full = weights[f]
                share = full if f in predicate or not chunks or not chunks[k].frame else full * FRAME_WEIGHT
                best[f] = max(best.get(f, 0.0), share)
        for k, m, rarity in mentions:
            if lo <= k <= hi:
                share = rarity if not m.ids.isdisjoint(entities) or not chunks or not chunks[k].frame else rarity * FRAME_WEIGHT
                key = (m.ids, m.start)
                best[key] = max(best.get(key, 0.0), share)
        return math.fsum(best.values()), self._known_in(asked, entry, features, lo, hi, mentions), passing

    @staticmethod
    def _told_in(asked: _Asked, lo: int, hi: int,
                 mentions: list[tuple[int, Mention, float]]) -> tuple[float, frozenset[str]]:
        """What a stretch with no frame in it tells, and its features: each feature and each
        mention once, at full weight."""
        weights = asked.weights
        features = frozenset(f for k, f in asked.reading.placed if lo <= k <= hi)
        best: dict[object, float] = {f: weights[f] for f in features}
        for k, m, rarity in mentions:
            if lo <= k <= hi:
                key = (m.ids, m.start)
                best[key] = max(best.get(key, 0.0), rarity)
        return math.fsum(best.values()), features

    def _known_in(self, asked: _Asked, entry: Entry, features: AbstractSet[str], lo: int, hi: int,
                  mentions: list[tuple[int, Mention, float]]) -> float:
        """How much of a stretch the claim knows: its words and names there."""
        weights, entities = asked.weights, entry.entities
        known = math.fsum(weights[f] for f in features if f in entry.predicate)
        return known + math.fsum([self._rarity(m.ids & entities) for k, m, _ in mentions
                                  if lo <= k <= hi and not m.ids.isdisjoint(entities)])

    def _only_who_they_are(self, asked: _Asked, entry: Entry) -> bool:
        """Whether all the sentence says of a claim on what a person did is who the person is, in a
        title ("Armenian Prime Minister Pashinyan said the CSTO had failed", against his taking part
        in the video meeting): none of the claim's own words, only its office words, titled."""
        if entry.claim.kind is ValueKind.PERSON or not asked.described:
            return False
        reading = asked.reading
        # What the sentence says of the claim: its words, and the names of its people and places
        # (the alliance is named by most claims, and says nothing of which).
        said = [a for a, _, f in reading.features if f in entry.predicate] + \
            [m.start for m in reading.mentions if m.ids & entry.entities and m.kind is not EntityKind.ORGANISATION]
        return bool(said) and all(any(x <= a < y for x, y in asked.described) for a in said)

    def _in_a_title(self, asked: _Asked, entry: Entry) -> bool:
        """Whether the sentence says a claim on who holds an office only in a title it gives the
        person, while it asserts something else ("Uzbek President Mirziyoyev did not comment"):
        the office is said in passing."""
        if not asked.titled or not entry.predicate & self.offices:
            return False
        reading = asked.reading

        def titled(at: int) -> bool:
            return any(a <= at < b for a, b in asked.titled)

        # A place named as where ("… met Tokayev in Moscow") is no office's country.
        own = entry.entities | {entry.claim.value}
        said = [a for a, _, f in reading.features if f in entry.predicate] + \
            [m.start for m in reading.mentions if m.ids & own and not m.locative]
        # Something else: a word the claim does not use, or another person or body ("… met Tokayev",
        # "… said the CSTO had failed").
        return all(titled(at) for at in said) and \
            (any(not titled(a) for a, _, f in reading.features if f not in entry.predicate)
             or any(m.kind in (EntityKind.PERSON, EntityKind.ORGANISATION) and not titled(m.start) and not m.ids & own
                    for m in reading.mentions))

    def _explains_all(self, asked: _Asked, entry: Entry, mentions: list[tuple[int, Mention, float]]) -> float:
        weights = asked.weights
        return math.fsum(weights[f] for f in asked.reading.predicate & entry.predicate) + \
            math.fsum([self._rarity(m.ids & entry.entities) for _, m, _ in mentions if not m.ids.isdisjoint(entry.entities)])

    def _explains(self, sentence: Reading, predicate: frozenset[str]) -> float:
        weights = self.weights
        return math.fsum([weights.get(f, UNKNOWN_WORD_WEIGHT) for f in sentence.predicate & predicate])  # weight(f)

    def rank(self, sentence: Reading, value_kinds: frozenset[ValueKind] = frozenset(),
             figures: tuple[Figure, ...] = ()) -> list[Match]:
        # How much weight each claim shares with the sentence. A claim sharing too little cannot
        # reach the threshold whatever else it has; of the rest, only the CANDIDATES sharing the
        # most are scored in full (all of them, in a base of fewer claims than that).
        features = sentence.predicate | sentence.entity_ids
        # Features most claims share decide little and cost most to count: when the sentence has
        # rarer ones, candidates are counted on those, and the bound allows for the rest.
        common = max(COMMON_FLOOR, self.size // COMMON_SHARE)
        rare = sorted(f for f in features if len(self.postings.get(f, ())) <= common)
        skipped = math.fsum(self.weights.get(f, 0.0) for f in features if f not in rare) if rare else 0.0
        shared: dict[int, float] = {}
        add = shared.get
        for feature in rare or sorted(features):  # in one order, so the sums are the same in every run
            weight = self.weights.get(feature, 0.0)
            for number in self.postings.get(feature, ()):
                shared[number] = add(number, 0.0) + weight
        said = math.fsum(self.weight(f) for f in sentence.predicate)
        # explained <= shared / said, and F1 <= 2E / (E + 1): below LOWEST_SCORE, no match at all.
        lowest = said * LOWEST_SCORE / (2 - LOWEST_SCORE) - skipped
        kept = [(w, n) for n, w in shared.items() if w >= lowest]
        candidates = sorted(n for _, n in heapq.nlargest(CANDIDATES, kept)) if len(kept) > CANDIDATES \
            else sorted(n for _, n in kept)
        found = self.score(sentence, [self.entry(n) for n in candidates], value_kinds, figures)
        found.sort(key=lambda m: (-m.rank, m.claim.id))
        return found


def _names_a_stranger(reading: Reading) -> bool:
    """Whether a capitalised word past the first is no name the alias table knows ("Andijan")."""
    return any(_unnamed_capital(reading, start) for start, _, _ in reading.words[1:])


def _unnamed_capital(reading: Reading, start: int) -> bool:
    """Whether the word at `start` is capitalised and in no name the alias table knows."""
    return reading.text[start:start + 1].isupper() and not any(m.start <= start < m.end for m in reading.mentions)


def _count_unsaid(sentence: Reading, entry: Entry) -> bool:
    """Whether a sentence gives neither a count claim's figure nor what it counts: "CSTO troops
    began withdrawing" says nothing of the alliance beginning with nine states. Not of a span of
    time, which a compound gives in one word ("een vijfjarig verdrag")."""
    return entry.claim.kind is ValueKind.COUNT and bool(entry.counts) and not sentence.quantities \
        and not sentence.predicate & entry.counts and not entry.counts & _time_spans()


def _told_all(asked: _Asked, mentions: list[tuple[int, Mention, float]]) -> float:
    """The weight of everything the sentence says, but the names that answer the claim's value."""
    return asked.said + math.fsum(r for _, _, r in mentions)


def _times(claim: Claim, readings: list[Reading]) -> tuple[When, ...]:
    """The times a claim's wordings give for its point (none for a claim whose value is a time)."""
    if claim.kind in DATED_KINDS:
        return ()
    return tuple(dict.fromkeys(w for reading in readings for w in reading.whens if w.year is not None))


def _where(claim: Claim, readings: list[Reading]) -> frozenset[str]:
    """The places every wording names as where the point happened (none for a claim on a place)."""
    places = [p for reading in readings if (p := where(reading))]
    return frozenset.intersection(*places) if places and claim.kind is not ValueKind.PLACE else frozenset()


def _whither(readings: list[Reading]) -> frozenset[str]:
    """The places every wording that says where the point went names as where it went."""
    places = [p for reading in readings if (p := whither(reading))]
    return frozenset.intersection(*places) if places else frozenset()


# Scoring asks these of every candidate claim: the tables are read once.
_BODIES = lexicon.words("bodies")
OPPOSITES: dict[str, list[str]] = lexicon.mapping("opposites")


def _another_body(sentence: Reading, entry: Entry) -> bool:
    """Whether the sentence names a body (the rapid reaction force, a crisis centre, a security
    council) the claim does not, where every wording of the claim names one the sentence does not:
    "the decision to create the rapid reaction force" is not the decision to set up the crisis centre."""
    if not sentence.predicate & _BODIES - entry.predicate:
        return False
    return all(w.predicate & _BODIES - sentence.predicate for w in entry.wordings)


def _another_party(sentence: Reading, entry: Entry) -> bool:
    """Whether, in a claim of asking, the sentence has someone the claim does not name ask or be
    asked ("Tokayev asked NATO for help", "vroeg China om hulp", "Tokayev asked Lukashenko" against
    Lukashenko not asking), where every wording names someone the sentence does not: a country,
    its capital ("appealed to Moscow"), a body or a person ("called Putin and Lukashenko")."""
    asking = [(a, b) for a, b, f in sentence.features if f == ASKING]
    if not asking or ASKING not in entry.predicate:
        return False
    text = sentence.text
    if not any(m.kind in _PARTIES and not m.modifier and m.ids.isdisjoint(entry.entities)
               and any(_party(text, m, at) for at in asking) for m in sentence.mentions):
        return False
    named = sentence.entity_ids
    return all(any(m.kind in _PARTY_KINDS and m.ids.isdisjoint(named) for m in w.named) for w in entry.wordings)


def requested(reading: Reading) -> frozenset[str]:
    """The words of the predicate the sentence says only after a verb that asks another, in its
    chunk: what was asked for ("asked Russia to send troops", "vroeg de CSTO om hulp"), not done.
    None where a denial follows the request: the sentence says what became of it."""
    text = reading.text
    asking = [(a, chunk_at(reading.chunks, a)) for a, b, f in reading.features if f == ASKING
              and _asks_another(text[a:b].lower(), text[b:b + 24].lower().split()[:1])]
    if not asking or any(at > asking[0][0] for at in reading.negation_at):
        return frozenset()  # "… but received none", "… but was turned down": what became of it
    after: set[str] = set()
    before: set[str] = set()
    for a, _, f in reading.features:
        if f != ASKING:
            k = chunk_at(reading.chunks, a)
            (after if any(a > at and k == chunk for at, chunk in asking) else before).add(f)
    return frozenset(after - before)


def _asks_another(verb: str, following: list[str]) -> bool:
    """Whether a verb of asking asks someone else to act: not a noun ("a day after Tokayev's
    request, Moscow sent …"), nor a request to do something oneself ("Uzbekistan requested to
    suspend its membership")."""
    return verb not in _REQUEST_NOUNS and not (following and following[0] in _OWN_ACT)


def _party(text: str, mention: Mention, asking: tuple[int, int]) -> bool:
    """Whether a name asks, right before the verb of asking ("Tokayev asked", "Kazakhstan has
    asked"), or is asked: right after it, or after a preposition or determiner ("appealed to the
    UN", "deed een beroep op de NAVO")."""
    if mention.end <= asking[0]:
        gap = text[mention.end:asking[0]]
        return len(gap.split()) <= ASKER_GAP and not any(mark in gap for mark in ",;:()")
    between = text[asking[1]:mention.start].lower().split()
    return mention.start >= asking[1] and len(between) <= 2 and all(w in ADDRESS_JOINS for w in between)


_REQUEST_NOUNS = lexicon.words("request_nouns")
_OWN_ACT = lexicon.words("asking_own_act")
_PARTIES = (EntityKind.ORGANISATION, EntityKind.COUNTRY, EntityKind.CITY, EntityKind.PERSON)
_PARTY_KINDS = frozenset(k.value for k in _PARTIES)
# The most words between who asks and the verb ("Tokayev had formally asked").
ASKER_GAP = 2
# What stands between a verb of asking and whom it asks, or a negation and the name it denies:
# "appealed to the UN", "niet tot de CSTO".
ADDRESS_JOINS = lexicon.DETERMINERS | lexicon.words("address_joins")


_PERSON = EntityKind.PERSON.value
_POSSESSIVE = re.compile(r"['\u2019]s?\b")


def _unknown_full_name(sentence: Reading, weights: dict[str, float]) -> bool:
    """Whether the sentence has two capitalised words in a row that are no name the table knows
    and no word any claim uses: a person's full name ("Karim Massimov")."""
    def stranger(start: int, word: str) -> bool:
        return _unnamed_capital(sentence, start) and f"w:{stem(word)}" not in weights and word not in STOPWORDS

    words, text = sentence.words, sentence.text
    # The first word is capitalised anyway: it is a name's only where the next word is one too.
    return any(stranger(words[i][0], words[i][2]) and stranger(words[i + 1][0], words[i + 1][2])
               and text[words[i][1]:words[i + 1][0]] == " " for i in range(len(words) - 1))


def _another_of(said: frozenset[str], every: frozenset[str], entry: Entry, table: frozenset[str]) -> bool:
    """Whether the sentence says another of a table's acts or things sent than the claim: it says
    one (`said`), none of all it says of the table (`every`) is the claim's, and every wording of
    the claim says one ("Putin began withdrawing the troops" is not "Putin sent troops", nor
    "De CSTO stuurde waarnemers" its sending troops)."""
    return bool(said) and not every & entry.predicate and all(w.predicate & table for w in entry.wordings)


def _a_stranger_instead(asked: _Asked, entry: Entry) -> bool:
    """Whether the sentence names someone the base does not know where the claim's person stands:
    every wording of the claim names a person the sentence does not (but in an aside, or as whose
    someone is: "Nazarbayev's nephew"), and the sentence has a full name of words no claim uses
    ("Tokayev dismissed Karim Massimov as head of the KNB" is not his removing Nazarbayev from the
    Security Council)."""
    if not asked.stranger:
        return False
    people = [frozenset().union(*(m.ids for m in w.named if m.kind == _PERSON and not m.slot))
              for w in entry.wordings]
    return bool(people) and bool(frozenset.intersection(*people) - asked.outright)


def _named_outright(sentence: Reading) -> frozenset[str]:
    """Whom the sentence names outside its asides, and not only as whose someone is."""
    text = sentence.text
    return frozenset(i for m in sentence.mentions if not in_any_frame(sentence.chunks, m.start)
                     and not _POSSESSIVE.match(text, m.end) for i in m.ids)


def _some_of_its_articles(sentence: Reading, entry: Entry) -> bool:
    """Whether the sentence names some of the articles the claim sets side by side, not all:
    "the CSTO intervened under Article 5" is not "Article 4 is modelled on NATO's Article 5"."""
    said = {f for f in sentence.predicate if f.startswith(ARTICLE)}
    theirs = {f for f in entry.predicate if f.startswith(ARTICLE)}
    return bool(said) and said < theirs


def _membership_unsaid(asked: _Asked, entry: Entry) -> bool:
    """Whether a claim on a country's membership meets a sentence that does something else and
    says nothing of being a member, joining or leaving: "Uzbekistan sent troops as part of the
    CSTO force" is no membership at some time."""
    return entry.claim.kind is ValueKind.MEMBERSHIP and bool(asked.acts) \
        and not asked.reading.predicate & _MEMBERSHIP_SAID


_MEMBERSHIP_SAID = lexicon.words("membership_said")


_SENT_THINGS = lexicon.words("sent_things")


def main_acts(sentence: Reading) -> frozenset[str]:
    """The acts the sentence says outside its asides and relative clauses: "protests that broke
    out after fuel price increases" do not make raising what the sentence does."""
    chunks = sentence.chunks
    if not chunks:
        return sentence.predicate & ACTS
    return frozenset(f for k, f in sentence.placed if f in ACTS and not chunks[k].frame)


def _denied_alike(sentence: Reading, entry: Entry, claim: frozenset[str]) -> bool:
    """Whether a wording of the claim denies what the sentence denies, and agrees with it:
    "Bordyuzha declined to intervene in Kyrgyzstan" says what "the CSTO did not intervene" says,
    though the closest wording (and the source's words) is "did not respond to the request"."""
    if turns_down(sentence) and any(scope & _TURNED_DOWN for w in entry.wordings for scope in w.negations):
        return True  # "Bordjoezja wees dat af" says what "did not respond to the request" says
    denied = frozenset().union(*sentence.negations) & _DENIABLE
    return bool(denied) and any(any(scope & denied for scope in w.negations) and not denies(sentence, w, claim)
                                for w in entry.wordings)


# The acts a denial is of: a wording that denies one of them as the sentence does agrees with it
# (a denial of "international terrorists" in "exposed to them without the CSTO" is no such act).
_DENIABLE = ACTS | lexicon.words("deniable_acts")
_TURNED_DOWN = lexicon.words("turned_down_acts")


def _the_opposite(sentence: Reading, entry: Entry, closest: frozenset[str]) -> bool:
    """Whether the sentence says the opposite act of the claim's and not the claim's own: "They
    were joined by Georgia" is not "Georgia left the treaty in 1997", nor is signing the treaty
    leaving it (a table of opposites). The act is the closest wording's, where one says it and
    another its opposite ("if Russia loses …" and "… linked to a Russian victory")."""
    return any(other in entry.predicate and f not in entry.predicate and other not in sentence.predicate
               or other in closest and f not in closest and other not in sentence.predicate
               for f in sentence.predicate if f in OPPOSITES for other in OPPOSITES[f])


def _swapped(sentence: Reading, entry: Entry, mentions: list[Mention],
             led_by: Callable[[frozenset[str]], frozenset[str]]) -> bool:
    """Whether the sentence's subject (the first country or person it names) is one the claim
    does not know, where the claim names another of its kind, or a person who holds office in
    another country than the claim names ("Tokayev recognised …" against "Russia recognised …")."""
    subject = next((m for m in mentions if m.kind in SWAP_KINDS and not m.modifier
                    and not in_any_frame(sentence.chunks, m.start)), None)
    if subject is None or subject.ids & entry.entities:
        return False
    if subject.kind is EntityKind.PERSON and _of_another_country(entry, led_by(subject.ids)):
        return True
    named = sentence.entity_ids
    # A city stands for its country too ("Yerevan's request" against Kazakhstan's), but where
    # the claim's value is a place, a city is what is compared ("… protect Baikonur").
    kinds = {subject.kind.value} | ({EntityKind.COUNTRY.value} if subject.kind is EntityKind.CITY
                                    and entry.claim.kind is not ValueKind.PLACE else set())
    if any(m.kind in kinds and not m.ids & named for w in entry.wordings for m in w.named):
        return True
    # A country opening the sentence as subject of a claim about the alliance as a whole
    # ("Ukraine is a member of the CSTO" against "the CSTO has six members") is about
    # something the claim does not say.
    return subject.kind is EntityKind.COUNTRY and subject.start <= 4 and entry.claim.kind is not ValueKind.PLACE \
        and not any(m.kind == EntityKind.COUNTRY.value for w in entry.wordings for m in w.named)


def _of_another_country(entry: Entry, led: frozenset[str]) -> bool:
    """Whether a claim that names countries but no person names none of the countries a person
    holds office in."""
    if not led or any(m.kind == EntityKind.PERSON.value for w in entry.wordings for m in w.named):
        return False
    countries = {i for w in entry.wordings for m in w.named if m.kind == EntityKind.COUNTRY.value for i in m.ids}
    return bool(countries) and not countries & led


def _known_span(placed: Iterable[tuple[int, str]], mentions: Iterable[tuple[int, Mention]],
                entry: Entry) -> tuple[int, int] | None:
    """The first and last chunk holding something the claim knows, or None."""
    knows = [k for k, f in placed if f in entry.predicate] + [k for k, m in mentions if not m.ids.isdisjoint(entry.entities)]
    return (min(knows), max(knows)) if knows else None


def said_in(reading: Reading, entry: Entry) -> tuple[int, int] | None:
    """The chunks of a sentence that say what the claim knows (first, last), or None: what stands
    outside them is another part of the sentence."""
    mentions = ((chunk_at(reading.chunks, m.start), m) for m in reading.mentions if not entry.is_filler(m))
    return _known_span(reading.placed, mentions, entry)


def _city_in_place(entry: Entry, mentions: list[Mention]) -> bool:
    """Whether the sentence names a city as where or whence that the claim does not name: it is
    put in the place of the claim's city, to be compared (see `Index._recall`)."""
    return any(m.kind is EntityKind.CITY and m.locative and m.ids.isdisjoint(entry.entities) for m in mentions)


def _names_said(wording: Wording, named: frozenset[str]) -> float:
    """The weight of the wording's names, but its value, that the sentence names too."""
    # (isdisjoint builds no set: this runs for every wording of every claim scored.)
    return math.fsum([m[2] for m in wording.named if not m[3] and not m[0].isdisjoint(named)])  # rarity, unless slot, if named


def leading(reading: Reading) -> tuple[int, list[str]]:
    """The chunks that may be a leading clause ("After …, …") at the sentence's start, and its
    first words: the first chunk, where it is not a frame nor the only one, and the one after it
    too where the first is only a span of time its opener is cut from ("Een dag | nadat …, …",
    "Two weeks | after …"); (0, []) where there is none."""
    chunks = reading.chunks
    if len(chunks) < 2 or chunks[0].frame:
        return 0, []
    first = [w for a, _, w in reading.words if a < chunks[0].end]
    if len(chunks) > 2 and not chunks[1].frame and _a_span(first):
        return 2, [w for a, _, w in reading.words if chunks[1].start <= a < chunks[1].end][:4]
    return 1, first[:4]


def _a_span(words: list[str]) -> bool:
    """Whether the words are a span of time and nothing else: "a day", "two weeks", "een dag"."""
    return len(words) == 2 and words[1] in DURATIONS \
        and (words[0] in NUMBER_WORDS or words[0].isdigit() or words[0] in _SPAN_LEADS)


_SPAN_LEADS = lexicon.words("span_leads")


def leading_words(reading: Reading) -> list[str]:
    """The first words of the leading clause the sentence may open with (see `leading`)."""
    return leading(reading)[1]


def _opens_with_background(reading: Reading) -> int:
    """How many chunks the clause of time the sentence opens with takes up (0: it opens with none)."""
    n, words = leading(reading)
    return n if opens_background(words) else 0


def _said_in_an_aside(asked: _Asked, entry: Entry) -> bool:
    """Whether what the claim says lies wholly in asides (a relative clause, an appositive, a
    parenthesis) while the rest of the sentence says something else: "Nazarbayev, who stepped
    down in 2019, likes football" names him in its main clause, but what it says of him there
    is not the claim."""
    reading = asked.reading
    chunks, placed = reading.chunks, reading.placed
    if not chunks:
        return False
    said = {k for k, f in placed if f in entry.predicate}
    return bool(said) and all(chunks[k].frame and not chunks[k].report and _after_a_name(reading, k) for k in said) \
        and any(not chunks[k].frame and f not in entry.predicate for k, f in placed)


def _after_a_name(reading: Reading, k: int) -> bool:
    """Whether chunk k comes right after the name of a person or an organisation ("Nazarbayev,
    who …", "the CSTO, which …"): an aside about someone named, not the story going on ("a
    Kyrgyz man, who confessed …")."""
    start = reading.chunks[k].start
    return k > 0 and any(m.kind in (EntityKind.PERSON, EntityKind.ORGANISATION)
                         and not reading.text[m.end:start].strip(" ,(\u2013\u2014-") for m in reading.mentions
                         if m.end <= start)


def main_clause_whens(reading: Reading, whens: list[When]) -> list[When]:
    """The dates as the main clause has them: a date in a leading clause that the main clause
    comes after ("After Nazarbayev resigned in 2019, Tokayev asked …") is a time the main
    clause's point is after, not the time of that point."""
    n, words = leading(reading)
    if not opens_after(words):
        return whens
    first, last = reading.chunks[0], reading.chunks[n - 1]
    # As written, such a date is the leading clause: "you said After Nazarbayev resigned in 2019".
    return [replace(w, qualifier="after", start=first.start) if w.end <= last.end and w.qualifier == "on"
            else w for w in whens]


def _in_background(asked: _Asked, entry: Entry, mentions: list[tuple[int, Mention, float]], hi: int) -> bool:
    """Whether what the claim knows lies wholly in a leading clause of time while the main
    clause after it says something of its own: the claim is the sentence's background ("After
    the Taliban took Afghanistan, the CSTO held its manoeuvres in …"), said in passing. The main
    clause may name whom the leading one speaks of ("Since coming to power in 2018, Pashinyan
    has deepened …"): what the claim says, not whom, must lie in the leading clause."""
    n = asked.background
    if not n:
        return _after_the_main_clause(asked, entry)
    placed = asked.reading.placed
    if hi < n:
        return any(k >= n for k, _ in placed) or any(k >= n for k, _, _ in mentions)
    said = {k for k, f in placed if f in entry.predicate}
    return bool(said) and max(said) < n and any(k >= n and f not in entry.predicate for k, f in placed)


def _closes_with_background(reading: Reading) -> int:
    """The last chunk, where it is a clause of time the main clause comes after ("… after the
    cabinet resigned"); 0 where the sentence ends otherwise."""
    chunks = reading.chunks
    last = len(chunks) - 1
    if last < 1 or chunks[last].frame \
            or not opens_after([w for a, _, w in reading.words if chunks[last].start <= a < chunks[last].end][:4]):
        return 0
    return last


def _after_the_main_clause(asked: _Asked, entry: Entry) -> bool:
    """Whether what the claim knows lies wholly in a clause of time that ends the sentence, after
    the main clause ("Tokayev appointed a new prime minister after the cabinet resigned"), while
    the main clause says something of its own: the claim is background there too."""
    last = asked.closing
    if not last:
        return False
    placed = asked.reading.placed
    said = {k for k, f in placed if f in entry.predicate}
    return bool(said) and min(said) == last and any(k < last and f not in entry.predicate for k, f in placed)


def _says_its_fate(sentence: Reading, entry: Entry) -> bool:
    """Whether the sentence says what befell those a count claim counts (killed, wounded,
    detained): a figure of people "injured" or "who fled" is no figure of those "detained" or
    "killed", however close the rest comes."""
    return entry.claim.kind is not ValueKind.COUNT or FATES & entry.wordings[0].predicate <= sentence.predicate


FATES = lexicon.words("fates")


def _fated_otherwise(entry: Entry, sentence: Reading) -> bool:
    """Whether the sentence counts only those who met fates that no wording of the count claim
    gives them ("63 people dead and 198 injured", against some 38 Kyrgyz still held or detained)."""
    if entry.claim.kind is not ValueKind.COUNT or not sentence.quantities:
        return False
    said, theirs = FATES & sentence.predicate, FATES & entry.predicate
    return bool(said) and bool(theirs) and not said & theirs


def _counts_the_fallen(entry: Entry, figures: tuple[Figure, ...]) -> bool:
    """Whether every figure of what a count claim counts is of those who met a fate the claim does
    not give them: "about 2,000 soldiers died" counts no soldiers sent."""
    if entry.claim.kind is not ValueKind.COUNT:
        return False
    theirs = FATES & entry.predicate
    own = [f for f in figures if f.nouns & entry.counts]
    return bool(own) and all(f.fates and f.fates.isdisjoint(theirs) for f in own)


def fates_of(reading: Reading, quantity: Quantity) -> frozenset[str]:
    """The fates the chunk of a figure says ("killed", "gedood"): what befell those it counts."""
    if not reading.chunks:
        return FATES & reading.predicate
    k = chunk_at(reading.chunks, quantity.start)
    return frozenset(f for j, f in reading.placed if j == k and f in FATES)


def _gives_figure(entry: Entry, figures: tuple[Figure, ...]) -> bool:
    """Whether the sentence gives the claim's figure, counting what the claim counts."""
    if entry.claim.kind is not ValueKind.COUNT or not entry.claim.value or not figures:
        return False
    own = parse_count(entry.claim.value).range()
    # Years are not as telling as troops: "founded 30 years ago" gives no figure of
    # "independent for 30 years".
    near = [r for r in (_named_by(f.range) for f in figures if (f.nouns & entry.counts) - _time_spans()) if r]
    return any(r.overlaps(own) for r in near)


@cache
def _span_words() -> frozenset[str]:
    return word_features(lexicon.words("time_spans") | AGO_WORDS)


# The features of the words of a span ("days", "jaar"), and with them a count of years: what a
# claim that counts time counts.
DURATION_FEATURES = word_features(DURATIONS)
TIME_COUNTED = DURATION_FEATURES | frozenset({"t:years"})


def counts_alike(nouns: AbstractSet[str], counted: AbstractSet[str]) -> bool:
    """Whether what a figure counts is what a claim counts or speaks of: the same words, or a span
    of time in any unit ("three days after", "two weeks after" against "a day later")."""
    return bool(nouns & counted) or bool(nouns & DURATION_FEATURES and counted & DURATION_FEATURES)


@cache
def _time_spans() -> frozenset[str]:
    """The features of words that make a figure a span of time ("years", "ago", "jaar geleden")."""
    return TIME_COUNTED | _span_words()


def _gives_day(entry: Entry, sentence: Reading) -> bool:
    """Whether the sentence gives the very day a dated claim gives ("until January 19" for the
    last troops leaving on 19 January 2022): as telling as a figure."""
    if entry.claim.kind is not ValueKind.DATE or not entry.claim.value or not sentence.whens:
        return False
    own = _day_of(entry.claim.value)
    return own is not None and any(w.day is not None and (w.month, w.day) == own[1:]
                                   and w.year in (None, own[0]) for w in sentence.whens)


@cache
def _day_of(value: str) -> tuple[int, int, int] | None:
    try:
        when = parse_when(value)
    except ValueError:
        return None
    return (when.year or 0, when.month or 0, when.day) if when.day is not None else None


def _named_by(given: Range) -> Range | None:
    """The figures a bound names. A strict upper bound ("fewer than 1,000") fits any small
    figure, and a lower bound far past itself: neither says which figure is meant. A closed
    upper bound ("up to 20,000", "as many as") names its bound."""
    if math.isfinite(given.lo) and given.lo > 0:
        return Range(given.lo, min(given.hi, 2.5 * given.lo), given.lo_open)
    if math.isfinite(given.hi) and given.hi > 0 and not given.hi_open:
        return Range(given.hi / 2, given.hi)
    return None


@dataclass(frozen=True)
class Candidates:
    """One assertion, with what was read of it and the claims it came close to."""

    text: str
    reading: Reading
    whens: list[When]  # the assertion's dates, or those of the sentence around it
    figures: tuple[Figure, ...]  # its counts, with what each counts
    ranked: list[Match]  # every claim scored, best first
    matches: tuple[Match, ...]  # those that match


def _all_named_by(reading: Reading, entry: Entry, index: Index) -> bool:
    """Whether the claim names everything the sentence names, a city by its country ("Almaty was
    threatened by 20,000 bandits", where the claim speaks of Kazakhstan)."""
    country_of = index.aliases.country_of
    return all(i in entry.entities or country_of.get(i) in entry.entities for i in reading.entity_ids)


def candidates(text: str, reading: Reading, index: Index, context: tuple[When, ...] = ()) -> Candidates:
    """The claims an assertion comes close to. `context`: the dates of the sentence it is part of,
    which hold for it when it gives none of its own ("In 2010 Kyrgyzstan asked, but at the time
    Russia refused": the refusal is of 2010)."""
    whens = list(reading.whens) or [w for w in context if w.year is not None]
    kinds = ({ValueKind.COUNT} if reading.quantities else set()) | (set(DATED_KINDS) if whens else set())
    figures = tuple(Figure(q.range(), counted(reading, q), fates_of(reading, q))
                    for q in reading.quantities if q.unit is None)
    ranked = index.rank(reading, frozenset(kinds), figures)
    matches = tuple(m for m in ranked if m.score >= MATCH_THRESHOLD)
    if not matches and figures and not whens:
        # A sentence that gives a count claim's own figure, of what it counts, and names nothing
        # and no one the claim does not, is about that claim even in few words of its own
        # ("Daarbij zouden 164 doden zijn gevallen"); not one with a time or a place of its own
        # ("In Andijan in 2005, 164 people were killed").
        matches = tuple(m for m in ranked if m.claim.kind is ValueKind.COUNT and m.score >= MATCH_THRESHOLD - FIGURE_SLACK
                        and _gives_figure(entry := index.entry_of(m.claim.id), figures)
                        and _all_named_by(reading, entry, index) and not _names_a_stranger(reading))[:1]
    if matches and matches[0].claim.kind is not ValueKind.COUNT and figures \
            and not any(m.claim.kind is ValueKind.COUNT for m in matches):
        # A figure is what a sentence on an event asserts: a claim with a figure may match a
        # little less well. So may one on what a figure on a dated assertion counts ("3,000
        # Russian troops arrived on Thursday").
        event = matches[0].claim.kind is ValueKind.EVENT
        matches += tuple(m for m in ranked if m.claim.kind is ValueKind.COUNT
                         and MATCH_THRESHOLD - FIGURE_SLACK <= m.score < MATCH_THRESHOLD
                         and (event or any(f.nouns & index.entry_of(m.claim.id).counts for f in figures)))
    return Candidates(text, reading, whens, figures, ranked, matches)
