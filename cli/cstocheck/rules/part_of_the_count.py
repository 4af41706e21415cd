"""A figure that counts a part of what the claim counts ("26 protesters were killed" against
"at least 164 people were killed"): where the claim counts a whole kind ("people") and the
sentence one part of it, the sources' count of the whole neither bears the figure out nor
denies it, unless the part would be larger than the whole can be. A figure in a generic noun
("26 people"), or against a claim that counts in specific nouns itself ("8,000 opponents": a
sentence's "8,000 protesters" says the same), is compared."""
from __future__ import annotations

from cstocheck.compare import Judged
from cstocheck.kinds.base import as_written
from cstocheck.kinds.count import bounded
from cstocheck.model import ValueKind
from cstocheck.retrieve import counted, is_generic, kind_nouns
from cstocheck.rules.base import Found, Rule, Stage
from cstocheck.values import parse_count


def check(j: Judged) -> Found | None:
    said = j.said
    if j.claim.kind is not ValueKind.COUNT or said is None or said.quantity is None or not j.claim.value:
        return None
    figure = said.quantity
    counts = counted(j.reading, figure)
    # The part is named right after the figure ("26 protesters"); a kind read off a verb further
    # on ("1.000 regeringstegenstanders belandden achter de tralies") names no part.
    nouns, theirs = kind_nouns(counted(j.reading, figure, 1)), kind_nouns(j.entry.counts)
    same_kind = any(f.startswith("k:") for f in counts & j.entry.counts)
    # Only a claim that counts the whole kind ("people") has parts; "protesters" and "opponents"
    # count the same thing in other words.
    if not same_kind or not nouns or not theirs or nouns & theirs or any(is_generic(n) for n in nouns) \
            or not all(is_generic(n) for n in theirs):
        return None
    if figure.range().lo > bounded(parse_count(j.claim.value).range()).hi:
        return None  # more of the part than there can be of the whole
    written = as_written(j.text, figure)
    return Found(written, f"{written} may count a part of what {j.claim.id} counts")


RULE = Rule("part-of-the-count", Stage.UNCHECKED, check)
