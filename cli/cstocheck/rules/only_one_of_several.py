"""One actor said to be the only one ("Only Russia sent troops to Kazakhstan", "alleen Rusland
stuurde troepen") where the sources say another did the same: a claim that says all the sentence
shares with its best match, of another country the sentence does not name, contradicts it."""
from __future__ import annotations

from collections.abc import Callable

from cstocheck import lexicon
from cstocheck.compare import against
from cstocheck.explain import explain
from cstocheck.finding import Corroboration, Part, Verdict
from cstocheck.lexicon import NEGATORS
from cstocheck.model import EntityKind
from cstocheck.read import Mention, Reading, word_before
from cstocheck.retrieve import Candidates, Entry, Index, Match
from cstocheck.rules.base import Rule, Stage

_EXCLUSIVES = lexicon.words("exclusives")


def check(found: Candidates, part: Part, index: Index, judge: Callable[[Match], Part]) -> Part | None:
    if part.verdict is not Verdict.SUPPORTED or found.matches[0].negated:
        return None
    only, cue = _only(found.text, found.reading)
    if only is None:
        return None
    top = index.entry_of(found.matches[0].claim.id)
    if not only.ids & top.entities:
        return None
    shared = found.reading.predicate & top.predicate
    named = found.reading.entity_ids
    for match in found.ranked:
        other = index.entry_of(match.claim.id)
        if other is not top and shared and shared <= other.predicate and _another_country(other, named, index):
            evidence = against(other.claim, found.reading, index)
            seeds = tuple(dict.fromkeys(e.source for e in evidence))
            corroboration = Corroboration(seeds, seeds, index.seed_count)
            asserted = found.text[cue:only.end]
            return Part(found.text, Verdict.CONTRADICTED, other.claim, tuple(evidence), tuple(evidence), (),
                        asserted, False, explain(Verdict.CONTRADICTED, asserted, False, evidence, corroboration),
                        corroboration)
    return None


def _only(text: str, reading: Reading) -> tuple[Mention | None, int]:
    """The country the sentence says alone did what it says ("only Russia", not "not only
    Russia"), and where the word saying so starts."""
    for m in reading.mentions:
        if m.kind is EntityKind.COUNTRY and not m.locative and (cue := word_before(reading, m.start)) \
                and cue[1] in _EXCLUSIVES and not ((denial := word_before(reading, cue[0])) and denial[1] in NEGATORS):
            return m, cue[0]
    return None, 0


def _another_country(entry: Entry, named: frozenset[str], index: Index) -> bool:
    """Whether a claim says what it says of a country the sentence does not name, without a denial."""
    kinds = index.aliases.kinds
    return not any(w.negations for w in entry.wordings) and any(
        kinds.get(i) is EntityKind.COUNTRY and i not in named
        for w in entry.wordings for m in w.named if not m.slot for i in m.ids)


RULE = Rule("only-one-of-several", Stage.RECONSIDER, check)
