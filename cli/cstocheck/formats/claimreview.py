"""schema.org ClaimReview JSON-LD, for `claim`, `check` and `export`: a list of ClaimReview
objects, one per checked sentence or per claim of the base."""
from __future__ import annotations

from typing import TYPE_CHECKING

from cstocheck.formats.common import Format, dump_json

if TYPE_CHECKING:
    from cstocheck.claimreview import Published


def _claim(p: Published) -> str:
    from cstocheck.claimreview import finding_review

    return dump_json([finding_review(p.result, p.publisher, p.base)])


def _check(p: Published) -> str:
    from cstocheck.claimreview import report_reviews

    return dump_json(report_reviews(p.result, p.publisher))


def _export(p: Published) -> str:
    from cstocheck.claimreview import base_reviews

    return dump_json(base_reviews(p.base, p.publisher))


CLAIMREVIEW = Format(
    name="claimreview",
    help="schema.org ClaimReview JSON-LD, for fact-check publishing (needs author and author-url in the config)",
    renderers={"claim": _claim, "check": _check, "export": _export},
    published=True,
)
