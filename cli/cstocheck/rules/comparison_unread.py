"""A comparison of counts between two countries or people, with no figure of its own: "Armenia
sent more soldiers than Kyrgyzstan", "Kirgizië stuurde minder troepen dan Armenië". The claim that matched
gives one side's figure; the other side's is a count claim on what the same thing counts, of the
country after "than". With both, the comparison is checked; without, the assertion is left
unchecked rather than borne out by one side."""
from __future__ import annotations

from typing import NamedTuple

from cstocheck import lexicon
from cstocheck.compare import Judged
from cstocheck.model import EntityKind, ValueKind
from cstocheck.read import Mention
from cstocheck.rules.base import Found, Rule, Stage
from cstocheck.values import parse_count

# How many words a comparative may stand before its "than" ("more elite troops than").
COMPARISON_REACH = 4
# How far after "than" a figure that it hedges may start ("than some 2,000").
HEDGE_GAP = 12


class Comparison(NamedTuple):
    words: str  # "more than Kyrgyzstan", as written
    other: str  # the other side, as written
    more: bool
    ours: float | None  # the claim's figure, where it counts what the sentence compares
    theirs: float  # the other side's


def comparison(j: Judged) -> Comparison | None:
    """The comparison of counts the sentence makes, with both sides' figures where the sources
    give them. A count is compared where a noun between the comparative and "than" is what a
    count claim on the other side counts."""
    words = [w.lower() for _, _, w in j.reading.words]
    for k, word in enumerate(words):
        before = words[max(0, k - COMPARISON_REACH):k]
        if word not in _THAN or not any(w in _MORE or w in _FEWER for w in before):
            continue
        start = j.reading.words[k][1]
        if any(q.start <= start < q.end or 0 <= q.start - start <= HEDGE_GAP for q in j.reading.quantities):
            continue  # "more than 2,000", "meer dan tweehonderd": a figure's hedge, not a comparison
        other = next((m for m in j.reading.mentions if m.start >= start and m.kind in _SIDES), None)
        if other is None:
            continue
        opened = j.reading.words[max(0, k - COMPARISON_REACH)][0]
        nouns = frozenset(f for a, _, f in j.reading.features if opened <= a < start)
        theirs = _their_figure(j, other, nouns)
        if theirs is None:
            continue  # "sympathise more with Azerbaijan than with Armenia": no count compared
        more = any(w in _MORE for w in before)
        ours = _middle(j.claim.value) if j.claim.kind is ValueKind.COUNT and j.claim.value \
            and j.entry.counts & nouns else None
        said = j.text[other.start:other.end]
        return Comparison(f"{'more' if more else 'fewer'} than {said}", said, more, ours, theirs)
    return None


def check(j: Judged) -> Found | None:
    found = comparison(j)
    if found is None or found.ours is not None:
        return None  # no comparison, or one the sources' figures check (comparison-wrong)
    return Found(found.other, f"the sources on {j.claim.id} give no comparison with {found.other}")


def _their_figure(j: Judged, other: Mention, nouns: frozenset[str]) -> float | None:
    """The figure a count claim gives the other side, counting one of these nouns."""
    for number in sorted({n for i in other.ids for n in j.index.postings.get(i, ())}):
        entry = j.index.entry(number)
        if entry.claim.kind is ValueKind.COUNT and entry.claim.value and entry.counts & nouns \
                and entry.claim.id != j.claim.id:
            return _middle(entry.claim.value)
    return None


def _middle(value: str) -> float:
    found = parse_count(value).range()
    return (found.lo + found.hi) / 2


_THAN = lexicon.words("than_words")
_MORE = lexicon.words("comparatives_more")
_FEWER = lexicon.words("comparatives_fewer")
_SIDES = (EntityKind.COUNTRY, EntityKind.PERSON, EntityKind.ORGANISATION, EntityKind.CITY)


RULE = Rule("comparison-unread", Stage.UNCHECKED, check)
