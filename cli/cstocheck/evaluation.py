"""Scoring the checker on a labelled set of sentences (the format of the shared dev set).

A case scores on its verdict, on its evidence (one passage of ours has the gold source and
overlaps the gold quote), and strictly, FEVER-style: the verdict is right and, unless the
label is unverified, so is the evidence.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cstocheck.errors import InputError
from cstocheck.finding import Finding
from cstocheck.schema import CASES_FILE, LABELS
from cstocheck.yamlfile import Problems, load


@dataclass(frozen=True)
class GoldPassage:
    source: str
    quote: str


@dataclass(frozen=True)
class Case:
    claim: str
    verdict: str
    evidence: tuple[GoldPassage, ...]
    line: int
    col: int = 1


@dataclass(frozen=True)
class Outcome:
    case: Case
    verdict: str
    evidence_hit: bool
    sources: tuple[str, ...]
    explanation: str

    @property
    def verdict_ok(self) -> bool:
        return self.verdict == self.case.verdict

    @property
    def strict(self) -> bool:
        return self.verdict_ok and (self.case.verdict == "unverified" or self.evidence_hit)


@dataclass(frozen=True)
class Report:
    path: str
    outcomes: tuple[Outcome, ...]

    @property
    def confusion(self) -> dict[str, dict[str, int]]:
        table = {gold: {got: 0 for got in LABELS} for gold in LABELS}
        for o in self.outcomes:
            table[o.case.verdict][o.verdict] += 1
        return table

    @property
    def verdict_accuracy(self) -> float:
        return sum(o.verdict_ok for o in self.outcomes) / max(1, len(self.outcomes))

    @property
    def evidence_accuracy(self) -> float:
        gold = [o for o in self.outcomes if o.case.verdict != "unverified"]
        return sum(o.evidence_hit for o in gold) / max(1, len(gold))

    @property
    def strict_accuracy(self) -> float:
        return sum(o.strict for o in self.outcomes) / max(1, len(self.outcomes))

    @property
    def misses(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.outcomes if not o.strict)


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", unicodedata.normalize("NFKC", text).lower())


def overlaps(gold: str, got: str) -> bool:
    """The shared scorer's rule: half the gold quote's words, or most of our passage's."""
    g, o = _words(gold), set(_words(got))
    if not g or not o:
        return False
    shared = sum(1 for w in g if w in o)
    return shared / len(g) >= 0.5 or shared / len(o) >= 0.8


def read_cases(path: Path) -> tuple[Case, ...]:
    problems = Problems()
    data = load(path, str(path), CASES_FILE, problems)
    errors = problems.errors()
    if errors:
        first = errors[0]
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        raise InputError(f"{first.message}{more}", where=f"{first.path}:{first.line}:{first.col}")
    cases = []
    for item, mark in zip(data, data.item_marks):
        if not item.valid:
            continue
        evidence = tuple(GoldPassage(e["source"], e["quote"]) for e in item.get("evidence") or ())
        cases.append(Case(item["claim"], item["verdict"], evidence, mark.line, mark.col))
    if not cases:
        raise InputError(f"{path}: no cases")
    return tuple(cases)


def evaluate(path: Path, judge: Callable[[str], Finding]) -> Report:
    outcomes = []
    for case in read_cases(path):
        try:
            finding = judge(case.claim)
        except InputError as err:  # the case's sentence cannot be checked: say which case
            raise InputError(err.message, where=f"{path}:{case.line}:{case.col}") from None
        hit = any(e.source == g.source and overlaps(g.quote, e.quote) for g in case.evidence
                  for e in finding.evidence)
        outcomes.append(Outcome(case, finding.verdict.value, hit,
                                tuple(sorted({e.source for e in finding.evidence})), finding.explanation))
    return Report(str(path), tuple(outcomes))
