"""An article number the sentence gives where the claim's wordings give another: "Article 6 of
the NATO treaty" where the sources say Article 5."""
from __future__ import annotations

from cstocheck.compare import Judged
from cstocheck.kinds.base import core
from cstocheck.model import Stance
from cstocheck.read import ARTICLE
from cstocheck.rules.base import Found, Rule, Stage, articles


def check(j: Judged) -> Found | None:
    said, known = articles(core(j.reading).predicate), articles(j.entry.predicate)
    if not (said - known and known - said):
        return None
    return Found(", ".join(sorted(f"Article {f[len(ARTICLE):]}" for f in said - known)),
                 ", ".join(sorted(f"Article {f[len(ARTICLE):]}" for f in known - said)), Stance.CONTRADICTS)


RULE = Rule("another-article", Stage.MISMATCH, check)
