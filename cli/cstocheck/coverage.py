"""Which sentences of the seeds state a fact that no claim quotes yet.

A sentence states a fact when it gives a figure or a date, or names an actor (a country, city,
person or organisation) together with one of the base's terms (what the actor did). It is
covered when a claim quotes any part of it, and ignored when the base's ignore list
(`seeds/coverage-ignore.yaml`) names it, with a reason.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from cstocheck.base import display_path
from cstocheck.drafts import Sentence
from cstocheck.errors import CstocheckError
from cstocheck.model import Base, EntityKind, Level, Mark, Problem
from cstocheck.quotes import SeedText
from cstocheck.read import AliasTable, read
from cstocheck.schema import COVERAGE_IGNORE, COVERAGE_IGNORE_FILE
from cstocheck.seed_sentences import Position, overlapping, position, quote_span, seed_sentences
from cstocheck.values import read_quantities, read_whens
from cstocheck.yamlfile import Problems, load

ACTORS = frozenset({EntityKind.COUNTRY, EntityKind.CITY, EntityKind.PERSON, EntityKind.ORGANISATION})


class CoverageError(CstocheckError):
    """The ignore list cannot be read or names what is not there."""


@dataclass(frozen=True)
class Uncovered:
    seed: str
    path: str  # the seed file, as shown to the user
    line: int
    col: int
    text: str
    states: tuple[str, ...]  # what makes it a fact: "figure", "date", "actor"


@dataclass(frozen=True)
class Coverage:
    factual: int  # sentences that state a fact
    covered: int
    ignored: int
    uncovered: tuple[Uncovered, ...]

    @property
    def share(self) -> float:
        """Covered sentences among those a claim should cover (ignored ones are not)."""
        wanted = self.factual - self.ignored
        return self.covered / wanted if wanted else 1.0


def states(text: str, language: str, aliases: AliasTable) -> tuple[str, ...]:
    found = []
    if read_quantities(text, language):
        found.append("figure")
    if any(w.year is not None or w.month is not None for w in read_whens(text, language)):
        found.append("date")
    reading = read(text, aliases)
    if any(m.kind in ACTORS for m in reading.mentions) and any(f.startswith("t:") for f in reading.predicate):
        found.append("actor")
    return tuple(found)


def _quoted(base: Base, seed_id: str, sentences: Sequence[Sentence]) -> set[Position]:
    """The starts of the sentences some claim quotes."""
    seed = base.seeds[seed_id]
    out: set[Position] = set()
    for claim in base.claims:
        for source in claim.sources:
            if source.seed == seed_id and source.start >= 0:
                out |= {(s.line, s.col) for s in overlapping(sentences, *quote_span(seed, source))}
    return out


def ignored(base: Base) -> dict[str, set[Position]]:
    """The sentence starts the ignore list names, by seed; a broken list is an error."""
    path = base.root / "seeds" / COVERAGE_IGNORE_FILE
    if not path.is_file():
        return {}
    problems = Problems()
    data = load(path, display_path(path), COVERAGE_IGNORE, problems)
    out: dict[str, set[Position]] = {}
    for entry in (data or {}).get("ignore", []):
        if not len(problems) and entry.valid:
            where = _locate(base, entry)
            if isinstance(where, Problem):
                problems.put(where)
            else:
                out.setdefault(entry["seed"], set()).update(where)
    if len(problems):
        found = problems.errors() or problems.values()
        raise CoverageError(str(found[0]))
    return out


def _problem(mark: Mark, message: str) -> Problem:
    return Problem(mark.path, mark.line, mark.col, Level.ERROR, message)


def _locate(base: Base, entry: dict) -> set[Position] | Problem:  # type: ignore[type-arg]
    seed = base.seeds.get(entry["seed"])
    if seed is None:
        return _problem(entry.value_marks["seed"], f"unknown seed {entry['seed']!r}")
    found = SeedText(seed.text).find(entry["quote"])
    if found is None:
        return _problem(entry.value_marks["quote"], f"quote not found in {seed.id}")
    around = overlapping(seed_sentences(seed), position(seed.text, found.start),
                         position(seed.text, max(found.start, found.end - 1)))
    return {(s.line, s.col) for s in around}


def coverage(base: Base, seeds: Sequence[str] | None = None) -> Coverage:
    """The coverage of the given seeds (all of them by default)."""
    aliases = AliasTable(base.entities)
    skip = ignored(base)
    factual = covered = n_ignored = 0
    uncovered: list[Uncovered] = []
    for seed_id in seeds if seeds is not None else sorted(base.seeds):
        seed = base.seeds[seed_id]
        sentences = seed_sentences(seed)
        quoted = _quoted(base, seed_id, sentences)
        for s in sentences:
            facts = states(s.text, seed.language, aliases)
            if not facts:
                continue
            factual += 1
            if (s.line, s.col) in quoted:
                covered += 1
            elif (s.line, s.col) in skip.get(seed_id, set()):
                n_ignored += 1
            else:
                uncovered.append(Uncovered(seed_id, display_path(seed.path), s.line, s.col, s.text, facts))
    return Coverage(factual, covered, n_ignored, tuple(uncovered))
