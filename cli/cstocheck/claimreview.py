"""schema.org ClaimReview: cstocheck's verdicts as the fact-checking networks read them.

One ClaimReview per checked sentence (`claim`, `check`) or per claim of the base (`export`).
The review's publisher comes from the settings (`author`, `author-url`); its `url` is the
publisher's address with an anchor per review, as Google asks for a page per fact check.

Verdicts carry a numeric rating too, documented as Google asks (a number-to-text scale):
1 contradicted, 2 disputed, 3 supported (worst 1, best 3). An unverified sentence has the
textual rating only.
"""
from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

from cstocheck.errors import CstocheckError
from cstocheck.model import Base, Claim, Seed

if TYPE_CHECKING:
    from cstocheck.finding import Finding
    from cstocheck.review import Checked, CheckReport

CONTEXT = "https://schema.org"
SCALE = {"contradicted": 1, "disputed": 2, "supported": 3}
WORST, BEST = 1, 3
_ANCHOR = re.compile(r"[^A-Za-z0-9_-]+")
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class PublisherError(CstocheckError):
    """ClaimReview needs to know who publishes it."""


@dataclass(frozen=True)
class Publisher:
    name: str
    url: str
    date: str  # the day the reviews are published, ISO 8601

    @classmethod
    def from_settings(cls, name: str | None, url: str | None, source: str | None,
                      today: datetime.date | None = None) -> Publisher:
        missing = [key for key, value in (("author", name), ("author-url", url)) if not value]
        if missing:
            where = f" (in {source})" if source else ""
            raise PublisherError(f"ClaimReview needs its publisher: set {' and '.join(missing)}{where} in "
                                 ".cstocheck.yaml or [tool.cstocheck] of pyproject.toml (author: the "
                                 "organisation's name, author-url: its web address)")
        assert name is not None and url is not None
        return cls(name, url, (today or datetime.date.today()).isoformat())


@dataclass(frozen=True)
class Published:
    """A command's result with the publisher its ClaimReview output needs."""

    result: Any
    publisher: Publisher
    base: Base


def _anchor(*parts: object) -> str:
    return "-".join(_ANCHOR.sub("-", str(p)).strip("-") for p in parts)


def _rating(verdict: str, explanation: str) -> dict[str, Any]:
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": verdict, "name": verdict,
                              "ratingExplanation": explanation}
    if verdict in SCALE:
        rating.update(ratingValue=SCALE[verdict], worstRating=WORST, bestRating=BEST)
    return rating


def _seed_work(seed: Seed) -> dict[str, Any]:
    work: dict[str, Any] = {"@type": "CreativeWork", "name": seed.title or seed.id, "identifier": seed.id}
    if seed.url:
        work["url"] = seed.url
    if seed.publication:
        work["publisher"] = {"@type": "Organization", "name": seed.publication}
    if seed.date and _ISO_DAY.match(seed.date):
        work["datePublished"] = seed.date
    return work


def _review(p: Publisher, anchor: str, reviewed: str, rating: dict[str, Any],
            appearance: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "@context": CONTEXT,
        "@type": "ClaimReview",
        "url": f"{p.url}{'' if urlparse(p.url).path else '/'}#{anchor}",
        "claimReviewed": reviewed,
        "author": {"@type": "Organization", "name": p.name, "url": p.url},
        "datePublished": p.date,
        "reviewRating": rating,
        # A claim that appears nowhere the base knows of is reviewed without an appearance.
        "itemReviewed": {"@type": "Claim", **({"appearance": appearance} if appearance else {})},
    }


def _seeds(base: Base, ids: Iterable[str]) -> list[dict[str, Any]]:
    return [_seed_work(base.seeds[i]) for i in dict.fromkeys(ids) if i in base.seeds]


def _based_on(review: dict[str, Any], claim: Claim | None) -> dict[str, Any]:
    """The claim of the base the verdict was reached on, when one was."""
    if claim is not None:
        review["isBasedOn"] = {"@type": "Claim", "identifier": claim.id, "text": claim.statement}
    return review


def finding_review(finding: Finding, p: Publisher, base: Base) -> dict[str, Any]:
    """A sentence checked on its own: it appears in the seeds the verdict rests on."""
    anchor = _anchor("claim", finding.claim.id if finding.claim else "unverified")
    return _based_on(_review(p, anchor, finding.text, _rating(finding.verdict.value, finding.explanation),
                             _seeds(base, (e.source for e in finding.evidence))), finding.claim)


def checked_review(c: Checked, p: Publisher) -> dict[str, Any]:
    """A sentence of a draft: it appears in the draft, at its line."""
    s = c.sentence
    draft = {"@type": "CreativeWork", "name": f"{c.path}:{s.line}:{s.col}", "text": s.text}
    return _based_on(_review(p, _anchor(c.path, s.line, s.col), s.text,
                             _rating(c.verdict.value, c.finding.explanation), [draft]), c.finding.claim)


def report_reviews(report: CheckReport, p: Publisher) -> list[dict[str, Any]]:
    return [checked_review(c, p) for c in report.checked]


def claim_verdict(claim: Claim) -> tuple[str, str]:
    """The base's own verdict on one of its claims, from what its sources say, and why."""
    from cstocheck.conflicts import find_conflicts, position

    if find_conflicts((claim,)):
        return "disputed", "The sources disagree on it."
    agree = all(position(claim, s) in ("supports", claim.value) for s in claim.sources)
    seeds = ", ".join(dict.fromkeys(s.seed[:3] for s in claim.sources))
    if agree:
        return "supported", f"Stated by {len(claim.sources)} passage(s) of source(s) {seeds}."
    return "contradicted", f"The sources ({seeds}) say otherwise."


def base_reviews(base: Base, p: Publisher) -> list[dict[str, Any]]:
    """One review per claim of the base; the seeds that state it are where it appears."""
    from cstocheck.conflicts import position

    out = []
    for claim in base.claims:
        verdict, why = claim_verdict(claim)
        stating = [s.seed for s in claim.sources if position(claim, s) in ("supports", claim.value)]
        out.append(_review(p, _anchor(claim.id), claim.statement, _rating(verdict, why), _seeds(base, stating)))
    return out
