"""One actor said to be the only one ("Only Russia sent troops to Kazakhstan", "alleen Rusland
stuurde troepen", "Belarus was the only ally besides Russia to send troops", "Wit-Rusland was
het enige land naast Rusland dat troepen stuurde") where the sources say another did the same:
a claim that says all the sentence shares with its best match, of another country the sentence
does not name, contradicts it."""
from __future__ import annotations

from collections.abc import Callable

from cstocheck import lexicon
from cstocheck.compare import against
from cstocheck.explain import explain
from cstocheck.finding import Corroboration, Part, Verdict
from cstocheck.lexicon import NEGATORS
from cstocheck.model import EntityKind
from cstocheck.read import Mention, Reading, word_before, word_features
from cstocheck.retrieve import Candidates, Entry, Index, Match
from cstocheck.rules.base import Rule, Stage

_EXCLUSIVES = lexicon.words("exclusives")
# "Was the only ally", "was het enige land": an exclusive adjective after a copula and an
# article says the subject alone did it; the words right after it say of what ("ally", "land").
_ADJECTIVES = lexicon.words("exclusive_adjectives")
_ARTICLES = lexicon.words("determiners") | {"the", "de", "het"}
_COPULAS = lexicon.words("copulas")
# "The only ally besides Russia": the word that names another actor says nothing that was done.
_BESIDES = word_features(lexicon.words("besides"))
_CATEGORY_WORDS = 2


def check(found: Candidates, part: Part, index: Index, judge: Callable[[Match], Part]) -> Part | None:
    if part.verdict is not Verdict.SUPPORTED or found.matches[0].negated:
        return None
    only, cue, category = _only(found.text, found.reading)
    if only is None:
        return None
    top = index.entry_of(found.matches[0].claim.id)
    if not category and not only.ids & top.entities:
        return None
    # What the actor alone is said to have done: all the sentence says but what the actor is
    # called ("the only ally"), or, after "only", what it shares with its best match.
    shared = found.reading.predicate - category - _BESIDES if category else found.reading.predicate & top.predicate
    named = found.reading.entity_ids
    # A claim the sources confirm answers before one they only report.
    for match in sorted(found.ranked, key=lambda m: m.claim.modality is not None):
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


def _only(text: str, reading: Reading) -> tuple[Mention | None, int, frozenset[str]]:
    """The country the sentence says alone did what it says ("only Russia", not "not only
    Russia"; "Belarus was the only ally"), where the word saying so starts, and the features
    of what the actor is called ("ally"), if the sentence calls it something."""
    for m in reading.mentions:
        if m.kind is EntityKind.COUNTRY and not m.locative and (cue := word_before(reading, m.start)) \
                and cue[1] in _EXCLUSIVES and not ((denial := word_before(reading, cue[0])) and denial[1] in NEGATORS):
            return m, cue[0], frozenset()
    return _the_only(reading)


def _the_only(reading: Reading) -> tuple[Mention | None, int, frozenset[str]]:
    """The subject of "X was the only ally …": the first country the sentence names, before a
    copula, an article and an exclusive adjective."""
    words = reading.words
    for k, (start, end, word) in enumerate(words):
        article = word_before(reading, start)
        copula = word_before(reading, article[0]) if article is not None else None
        if word not in _ADJECTIVES or article is None or article[1] not in _ARTICLES \
                or copula is None or copula[1] not in _COPULAS:
            continue
        subject = next((m for m in reading.mentions if m.kind is EntityKind.COUNTRY and not m.locative
                        and m.end <= copula[0]), None)
        if subject is None:
            return None, 0, frozenset()
        last = words[min(k + _CATEGORY_WORDS, len(words) - 1)][1]
        return subject, article[0], frozenset(f for a, _, f in reading.features if article[0] <= a < last)
    return None, 0, frozenset()


def _another_country(entry: Entry, named: frozenset[str], index: Index) -> bool:
    """Whether a claim says what it says of a country the sentence does not name, without a denial."""
    kinds = index.aliases.kinds
    return not any(w.negations for w in entry.wordings) and any(
        kinds.get(i) is EntityKind.COUNTRY and i not in named
        for w in entry.wordings for m in w.named if not m.slot for i in m.ids)


RULE = Rule("only-one-of-several", Stage.RECONSIDER, check)
