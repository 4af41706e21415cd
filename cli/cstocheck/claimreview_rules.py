"""Checking ClaimReview JSON-LD against the published field rules.

The rules are those of Google's fact-check structured-data guidelines (required: `claimReviewed`,
`reviewRating` with `alternateName`, `url`; recommended: `author` with a name, `datePublished`,
`itemReviewed` as a `Claim` with its `appearance`; a numeric rating within `worstRating` (at
least 1) and `bestRating`; no rating inside `claimReviewed`) and the types schema.org gives each
property. Each rule found broken is a Violation; errors break a rule, warnings a recommendation.
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from typing import Any
from urllib.parse import urlparse

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$")
SHORT_SUMMARY = 75  # Google: keep claimReviewed under this many characters to avoid wrapping on phones
AGENTS = ("Organization", "Person")
# What schema.org allows in a ClaimReview, its Rating and its Claim, and the types a work may
# be (schemaorg.json); any other key is a misspelling or another vocabulary's.
_SCHEMA = json.loads(resources.files("cstocheck").joinpath("schemaorg.json").read_text(encoding="utf-8"))
WORKS = tuple(_SCHEMA["works"])
REVIEW_PROPS = frozenset(_SCHEMA["review"])
RATING_PROPS = frozenset(_SCHEMA["rating"])
CLAIM_PROPS = frozenset(_SCHEMA["claim"])


@dataclass(frozen=True)
class Violation:
    where: str  # a path into the document, e.g. "[0].reviewRating.alternateName"
    level: str  # "error" or "warning"
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.level}: {self.message}"


Found = list[Violation]


def _text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _url(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    parsed = urlparse(value)
    return parsed.scheme in ("http", "https") and bool(parsed.netloc) and not any(c.isspace() for c in value)


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _typed(value: Any, types: tuple[str, ...]) -> bool:
    return isinstance(value, dict) and value.get("@type") in types


def _unknown(obj: dict[str, Any], allowed: frozenset[str], where: str, kind: str, out: Found) -> None:
    for key in sorted(set(obj) - allowed):
        out.append(Violation(f"{where}.{key}" if where else key, "error", f"not a property of schema.org {kind}"))


def _check_agent(agent: Any, where: str, out: Found) -> None:
    if not _typed(agent, AGENTS):
        out.append(Violation(where, "error", "must be an Organization or a Person"))
        return
    if not _text(agent.get("name")):
        out.append(Violation(f"{where}.name", "error", "the author needs a name"))
    if "url" in agent and not _url(agent["url"]):
        out.append(Violation(f"{where}.url", "error", "must be an absolute http(s) URL"))


def _check_rating(rating: Any, where: str, reviewed: Any, out: Found) -> None:
    if not _typed(rating, ("Rating",)):
        out.append(Violation(where, "error", "required: a Rating"))
        return
    _unknown(rating, RATING_PROPS, where, "Rating", out)
    name = rating.get("alternateName")
    if not _text(name):
        out.append(Violation(f"{where}.alternateName", "error", "required: the textual rating"))
    elif _text(reviewed) and reviewed.strip().lower() == name.strip().lower():
        out.append(Violation("claimReviewed", "error", "must state the claim, not its rating"))
    if "ratingExplanation" in rating and not _text(rating["ratingExplanation"]):
        out.append(Violation(f"{where}.ratingExplanation", "error", "must be text"))
    _check_scale(rating, where, out)


def _check_scale(rating: dict[str, Any], where: str, out: Found) -> None:
    if "ratingValue" not in rating:
        return
    numbers = {k: rating.get(k) for k in ("ratingValue", "worstRating", "bestRating")}
    bad = [k for k, v in numbers.items() if not _number(v)]
    if bad:
        out.extend(Violation(f"{where}.{k}", "error", "a numeric rating needs numeric ratingValue, worstRating "
                                                     "and bestRating") for k in bad)
        return
    value, worst, best = numbers["ratingValue"], numbers["worstRating"], numbers["bestRating"]
    if worst < 1:
        out.append(Violation(f"{where}.worstRating", "error", "the lowest value is at least 1"))
    if best <= worst:
        out.append(Violation(f"{where}.bestRating", "error", "must be greater than worstRating"))
    if not worst <= value <= best:
        out.append(Violation(f"{where}.ratingValue", "error", "must lie between worstRating and bestRating"))


def _check_work(work: Any, where: str, out: Found) -> None:
    if _url(work):
        return
    if not _typed(work, WORKS):
        out.append(Violation(where, "error", "must be a URL or a CreativeWork"))
    elif not (_text(work.get("name")) or _url(work.get("url")) or _text(work.get("text"))):
        out.append(Violation(where, "error", "a CreativeWork needs a name, a url or a text"))
    elif "url" in work and not _url(work["url"]):
        out.append(Violation(f"{where}.url", "error", "must be an absolute http(s) URL"))


def _check_claim(item: Any, out: Found) -> None:
    where = "itemReviewed"
    if not _typed(item, ("Claim",)):
        out.append(Violation(where, "error", "must be a Claim"))
        return
    _unknown(item, CLAIM_PROPS, where, "Claim", out)
    appearance = item.get("appearance")
    if appearance is None:
        out.append(Violation(f"{where}.appearance", "warning", "recommended: where the claim appears"))
    for i, work in enumerate(appearance if isinstance(appearance, list) else [appearance] if appearance else []):
        _check_work(work, f"{where}.appearance[{i}]", out)
    if "firstAppearance" in item:
        _check_work(item["firstAppearance"], f"{where}.firstAppearance", out)
    if "author" in item:
        _check_agent(item["author"], f"{where}.author", out)
    if "datePublished" in item and not _date(item["datePublished"]):
        out.append(Violation(f"{where}.datePublished", "error", "must be an ISO 8601 date"))


def _date(value: Any) -> bool:
    return isinstance(value, str) and bool(_ISO_DATE.match(value))


def _required(review: dict[str, Any], out: Found) -> None:
    if review.get("@context") not in ("https://schema.org", "http://schema.org", "https://schema.org/"):
        out.append(Violation("@context", "error", "must be https://schema.org"))
    if review.get("@type") != "ClaimReview":
        out.append(Violation("@type", "error", "must be ClaimReview"))
    reviewed = review.get("claimReviewed")
    if not _text(reviewed):
        out.append(Violation("claimReviewed", "error", "required: a short summary of the claim"))
    elif len(reviewed) > SHORT_SUMMARY:
        out.append(Violation("claimReviewed", "warning", f"longer than {SHORT_SUMMARY} characters: it wraps on phones"))
    if not _url(review.get("url")):
        out.append(Violation("url", "error", "required: the absolute URL of the page with the fact check"))


def _recommended(review: dict[str, Any], out: Found) -> None:
    checks: tuple[tuple[str, Callable[[Any, str, Found], None]], ...] = (
        ("author", _check_agent), ("itemReviewed", lambda v, w, o: _check_claim(v, o)))
    for key, check in checks:
        if key in review:
            check(review[key], key, out)
        else:
            out.append(Violation(key, "warning", f"recommended: {key}"))
    if "isBasedOn" in review:
        _check_work(review["isBasedOn"], "isBasedOn", out)
    if "datePublished" not in review:
        out.append(Violation("datePublished", "warning", "recommended: the date of the fact check"))
    elif not _date(review["datePublished"]):
        out.append(Violation("datePublished", "error", "must be an ISO 8601 date"))
    if _url(review.get("url")) and _typed(review.get("author"), AGENTS) and _url(review["author"].get("url")):
        host, own = urlparse(review["url"]).hostname or "", urlparse(review["author"]["url"]).hostname or ""
        if host != own and not host.endswith("." + own):
            out.append(Violation("url", "warning", "not on the publisher's domain"))


def check_review(review: Any) -> Found:
    """What breaks the field rules in one ClaimReview object."""
    if not isinstance(review, dict):
        return [Violation("", "error", "a ClaimReview is a JSON object")]
    out: Found = []
    _unknown(review, REVIEW_PROPS, "", "ClaimReview", out)
    _required(review, out)
    _check_rating(review.get("reviewRating"), "reviewRating", review.get("claimReviewed"), out)
    _recommended(review, out)
    return out


def check_document(data: Any) -> Found:
    """A document of one ClaimReview or a list of them; each violation says which one."""
    items = data if isinstance(data, list) else [data]
    prefix = (lambda i: f"[{i}].") if isinstance(data, list) else (lambda i: "")
    return [Violation(f"{prefix(i)}{v.where}".rstrip("."), v.level, v.message)
            for i, review in enumerate(items) for v in check_review(review)]
