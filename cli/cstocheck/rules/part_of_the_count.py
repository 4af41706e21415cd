"""A figure that counts a part of what the claim counts ("26 protesters were killed" against
"at least 164 people were killed"): where the claim counts a whole kind ("people") and the
sentence one part of it, the sources' count of the whole neither bears the figure out nor
denies it, unless the part would be larger than the whole can be. Some nouns only ever count a
part of a kind ("16 soldiers were killed" against the count of the dead; a table), and a figure
said to come on top of others counts one more batch ("another 1,700 were arrested"), and a
figure in one city counts a part of its country ("in Almaty alone, 103 died"). A figure in
a generic noun ("26 people"), or against a claim that counts in specific nouns itself ("8,000
opponents": a sentence's "8,000 protesters" says the same), is compared."""
from __future__ import annotations

import re

from cstocheck import lexicon
from cstocheck.compare import Judged
from cstocheck.kinds.base import as_written
from cstocheck.kinds.count import bounded
from cstocheck.lexicon import alternation
from cstocheck.model import EntityKind, ValueKind
from cstocheck.retrieve import counted, is_generic, kind_nouns
from cstocheck.rules.base import Found, Rule, Stage
from cstocheck.structure import chunk_at
from cstocheck.values import Quantity, parse_count


def check(j: Judged) -> Found | None:
    said = j.said
    if j.claim.kind is not ValueKind.COUNT or said is None or said.quantity is None or not j.claim.value:
        return None
    figure = said.quantity
    counts, first = counted(j.reading, figure), counted(j.reading, figure, 1)
    if _counts_a_part(first, j.entry.counts) or _added(j.text, figure) or _in_one_city(j, figure):
        return _found(j, figure)
    # The part is named right after the figure ("26 protesters"); a kind read off a verb further
    # on ("1.000 regeringstegenstanders belandden achter de tralies") names no part.
    nouns, theirs = kind_nouns(first), kind_nouns(j.entry.counts)
    same_kind = any(f.startswith("k:") for f in counts & j.entry.counts)
    # Only a claim that counts the whole kind ("people") has parts; "protesters" and "opponents"
    # count the same thing in other words.
    if not same_kind or not nouns or not theirs or nouns & theirs or any(is_generic(n) for n in nouns) \
            or not all(is_generic(n) for n in theirs):
        return None
    return _found(j, figure)


# "another", "nog eens", and a hedge between it and the figure, within this many characters.
_ADDED = re.compile(rf"\b(?:{alternation(lexicon.words('increment_words'))})\s+(?:\S+\s+)?$", re.IGNORECASE)
INCREMENT_REACH = 30
# Nouns that only ever count a part of a kind, by kind: the kinds are read once.
_PARTS = {f"k:{kind}": frozenset(parts) for kind, parts in lexicon.grouped("count_parts").items()}


def _added(text: str, figure: Quantity) -> bool:
    """Whether the figure is one more batch ("another 1,700 people were arrested", "nog eens
    bijna 1.700"): a part of the count, not the count."""
    return _ADDED.search(text[max(0, figure.start - INCREMENT_REACH):figure.start]) is not None


def _in_one_city(j: Judged, figure: Quantity) -> bool:
    """Whether the sentence counts in one city of the country the claim counts in ("In Almaty
    alone, 103 people were killed", "in de stad Almaty vielen 103 doden"): a part of the
    country's count. The city is where, in the figure's chunk or in the chunk the sentence opens with."""
    reading, aliases = j.reading, j.index.aliases
    chunks = reading.chunks
    here = chunk_at(chunks, figure.start) if chunks else 0
    for m in reading.mentions:
        cities = {i for i in m.ids if aliases.kinds.get(i) is EntityKind.CITY and i not in j.entry.entities
                  and aliases.country_of.get(i) in j.entry.entities}
        where = m.locative or _IN_THE_CITY.search(reading.text[max(0, m.start - CITY_REACH):m.start]) is not None
        k = chunk_at(chunks, m.start) if chunks else 0
        if cities and where and (k == here or k == 0 < here):
            return True
    return False


# "in de stad Almaty", "in the largest city, Almaty", within this many characters.
_IN_THE_CITY = re.compile(rf"\b(?:in|te)\s+(?:\S+\s+){{0,3}}(?:{alternation(lexicon.words('city_nouns'))})\W+(?:of\s+)?$",
                          re.IGNORECASE)
CITY_REACH = 40


def _counts_a_part(nouns: frozenset[str], theirs: frozenset[str]) -> bool:
    """Whether the figure's first noun counts only a part of the kind the claim counts."""
    return not nouns & theirs and any(kind in theirs and nouns & parts for kind, parts in _PARTS.items())


def _found(j: Judged, figure: Quantity) -> Found | None:
    if figure.range().lo > bounded(parse_count(j.claim.value or "").range()).hi:
        return None  # more of the part than there can be of the whole
    written = as_written(j.text, figure)
    return Found(written, f"{written} may count a part of what {j.claim.id} counts")


RULE = Rule("part-of-the-count", Stage.UNCHECKED, check)
