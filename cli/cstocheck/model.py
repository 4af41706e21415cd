"""The claims base as data: frozen dataclasses that every other module passes around."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path


class Level(str, Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """One finding about a data file, printed the way linters print theirs."""

    path: str
    line: int
    col: int
    level: Level
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.col}: {self.level.value}: {self.message}"


@dataclass(frozen=True)
class Mark:
    """Where a node starts in its file (1-based, as editors count)."""

    path: str
    line: int
    col: int


@dataclass(frozen=True)
class Seed:
    id: str
    path: Path
    text: str
    language: str
    date: str | None = None
    title: str | None = None
    author: str | None = None
    publication: str | None = None
    url: str | None = None


class EntityKind(str, Enum):
    COUNTRY = "country"
    CITY = "city"
    PERSON = "person"
    ORGANISATION = "organisation"
    TERM = "term"


# The kinds of entity that are places: a city also stands for its country.
PLACES = frozenset({EntityKind.COUNTRY, EntityKind.CITY})


@dataclass(frozen=True)
class Entity:
    id: str
    kind: EntityKind
    names: tuple[str, ...]
    country: str | None = None  # a city's country, so a capital can stand for it
    mark: Mark | None = None


class ValueKind(str, Enum):
    COUNT = "count"
    YEAR = "year"
    DATE = "date"
    PLACE = "place"
    PERSON = "person"
    MEMBERSHIP = "membership"  # a history of periods in and out, e.g. "member 1992-1999; not 1999-"
    EVENT = "event"  # no value: the claim is true or false as a whole


class Stance(str, Enum):
    SUPPORTS = "supports"
    CONTRADICTS = "contradicts"


class Modality(str, Enum):
    """How a source puts a point, where it does not state it as fact."""

    REPORTED = "reported"  # hearsay: "zou", "naar verluidt", "Russian media had reported"
    HEDGED = "hedged"  # the writer's own caution: "lijkt", "perhaps", "misschien"
    ATTRIBUTED = "attributed"  # someone's account: "according to Pashinyan", "volgens Kommersant"


@dataclass(frozen=True)
class SourceQuote:
    """What one seed says on a claim: the verbatim passage and its position."""

    seed: str
    quote: str
    stance: Stance | None  # None when the source gives its own value
    value: str | None  # the source's own value, in the claim's kind
    mark: Mark | None = None
    line: int = 0  # where the quote starts in its seed (0 until located)
    start: int = -1
    end: int = -1
    # An erratum inside one article, with the reading it clearly means (a stance or a value):
    # shown apart, never counted towards a verdict or a conflict.
    slip: str | None = None
    modality: Modality | None = None  # None: the source states it as fact (or as the claim does)
    stated_line: int | None = None  # the line the curator gave (`line:`), checked against `line`


@dataclass(frozen=True)
class Claim:
    id: str
    topic: str
    statement: str
    kind: ValueKind
    value: str | None
    paraphrases: dict[str, tuple[str, ...]]
    sources: tuple[SourceQuote, ...]
    mark: Mark | None = None
    modality: Modality | None = None  # None: stated as fact
    # When the point held (who holds an office, a state that ended): dates as values of kind date.
    since: str | None = None
    until: str | None = None
    note: str | None = None
    wording_marks: tuple[Mark, ...] = ()  # where each of `texts` stands in its file

    @property
    def counted(self) -> tuple[SourceQuote, ...]:
        """The sources that count towards a verdict or a conflict: every one but the slips."""
        return tuple(s for s in self.sources if s.slip is None)

    def modality_of(self, source: SourceQuote) -> Modality | None:
        return source.modality or self.modality

    @property
    def texts(self) -> tuple[str, ...]:
        """The statement and every paraphrase: each is an equivalent wording of the claim."""
        out = [self.statement]
        for items in self.paraphrases.values():
            out.extend(items)
        return tuple(out)


@dataclass(frozen=True)
class Base:
    root: Path
    seeds: dict[str, Seed]
    claims: tuple[Claim, ...]
    entities: tuple[Entity, ...]
    problems: tuple[Problem, ...] = field(default=())

    def claim(self, claim_id: str) -> Claim | None:
        return next((c for c in self.claims if c.id == claim_id), None)
