"""Someone the sources never name, in the place of whom the claim is about: "The government
feared the reaction …", "Mongolia sent about 70 troops to Kazakhstan", where every wording of
the claim names Lukashenko, or Armenia. The sentence names an actor of its own outside any
frame or aside (a government, a parliament, the police: a word of the language's actor nouns
that no wording of the claim uses; or a name no claim or alias knows), and leaves out, of every wording, someone it
names as anything but where something happened or went. The claim then says nothing of that actor. A sentence that names
no actor at all ("2,300 troops were sent") leaves the claim's to be understood; "according to
the police" is who reports it."""
from __future__ import annotations

from cstocheck import lexicon
from cstocheck.compare import Judged
from cstocheck.model import EntityKind
from cstocheck.read import Reading
from cstocheck.rules.base import Found, Rule, Stage
from cstocheck.structure import chunk_at

_WHO = frozenset({EntityKind.PERSON.value, EntityKind.COUNTRY.value, EntityKind.CITY.value})


def check(j: Judged) -> Found | None:
    reading = j.reading
    actor = next((w for a, b, w in reading.words if w.lower() in _ACTORS and not _framed(reading, a)
                  and not _its_features(reading, a, b) & j.entry.predicate), None) or _unknown_subject(j)
    if actor is None:
        return None
    missing = _left_out(j, _countries(j, reading.entity_ids))
    if not missing:
        return None
    return Found(actor, f"the sources on {j.claim.id} speak of {', '.join(missing)}, not of the {actor.lower()}",
                 elsewhere=True)


def _left_out(j: Judged, said: frozenset[str]) -> list[str]:
    """Who acts in the claim and is not said: for every wording, someone it names (but where
    something happened or went) that the sentence leaves out; those of the closest wording.
    A claim with a wording that names no one ("8,000 were jailed") leaves its actors to be
    understood."""
    elsewhere = j.entry.where | j.entry.whither
    left = [_countries(j, frozenset(i for n in w.named if not n.slot and n.kind in _WHO for i in n.ids))
            - elsewhere - said if w.predicate else frozenset() for w in j.entry.wordings]
    if not all(left[i] for i, w in enumerate(j.entry.wordings) if w.predicate):
        return []
    return sorted(left[j.top.wording] or frozenset.union(*left))


def _framed(reading: Reading, at: int) -> bool:
    """Whether a word stands in a frame: who reports it, an aside, a relative clause."""
    chunks = reading.chunks
    return bool(chunks) and chunks[chunk_at(chunks, at)].frame


def _unknown_subject(j: Judged) -> str | None:
    """A name no claim or alias knows as the sentence's first word that says anything: its
    subject ("Mongolia sent …"), not a name in passing ("the Dutch article")."""
    reading = j.reading
    first = next(((a, b, w) for a, b, w in reading.words if _its_features(reading, a, b)), None)
    return first[2] if first is not None and _unknown_name(j, first[0], first[1]) else None


def _unknown_name(j: Judged, start: int, end: int) -> bool:
    """Whether a word is a name no claim or alias knows: capitalized, named by no mention, and
    read as nothing the base's wordings use ("Mongolia", "Servië")."""
    folded = j.reading.folded
    first = folded.original[folded.span(start, end)[0]] if folded is not None else j.reading.text[start]
    if not first.isupper() or any(m.start < end and m.end > start for m in j.reading.mentions):
        return False
    features = _its_features(j.reading, start, end)
    return bool(features) and not any(f in j.index.weights for f in features)


def _its_features(reading: Reading, start: int, end: int) -> frozenset[str]:
    """The terms and word stems a word of the sentence is read as."""
    return frozenset(f for a, b, f in reading.features if a < end and b > start)


def _countries(j: Judged, ids: frozenset[str]) -> frozenset[str]:
    """Names, a capital standing for its country."""
    country_of = j.index.aliases.country_of
    return frozenset(country_of.get(i, i) for i in ids)


_ACTORS = lexicon.words("actor_nouns")


RULE = Rule("another-actor", Stage.UNCHECKED, check)
