"""Someone the sources never name, in the place of whom the claim is about: "The government
feared the reaction …", "Mongolia sent about 70 troops to Kazakhstan", where every wording of
the claim names Lukashenko, or Armenia. The sentence names an actor of its own outside any
frame or aside (a government, a parliament, the police: a word of the language's actor nouns
that no wording of the claim uses; or a name no claim or alias knows, as its subject), and
leaves out, of every wording, someone it names as anything but where something happened or
went. The claim then says nothing of that actor. A sentence that names no actor at all ("2,300
troops were sent") leaves the claim's to be understood; "according to the police" is who
reports it."""
from __future__ import annotations

from collections import Counter

from cstocheck import lexicon
from cstocheck.compare import Judged
from cstocheck.model import EntityKind
from cstocheck.rules.base import Found, Rule, Stage, a_mention, features_at, unknown_name
from cstocheck.structure import in_any_frame, in_frame

_WHO = frozenset({EntityKind.PERSON.value, EntityKind.COUNTRY.value, EntityKind.CITY.value})


def check(j: Judged) -> Found | None:
    reading = j.reading
    noun = next((w for a, b, w in reading.words if w.lower() in _ACTORS and not in_any_frame(reading.chunks, a)
                 and not features_at(reading, a, b) & j.entry.predicate), None)
    name = _unknown_subject(j)
    if noun is None and name is None:
        return None
    acting = _acting(j)
    said = _countries(j, reading.entity_ids)
    left = [a - said for a in acting]
    if acting and all(left):
        who = f"the {noun.lower()}" if noun is not None else name
        missing = ", ".join(sorted(left[j.top.wording] if j.top.wording < len(left) and left[j.top.wording]
                                   else frozenset.union(*left)))
        return Found(noun or name or "", f"the sources on {j.claim.id} speak of {missing}, not of {who}",
                     elsewhere=True)
    if name is None:
        return None
    # A claim that names no one ("The CSTO has six members") says nothing of a name it does not
    # know; one on someone the sentence does not name says nothing of another who did it.
    people = _people(j, acting)
    # (A claim on no one is about a name only where the sentence gives none of its values:
    # "Ondertussen zijn naar schatting 8000 mensen opgepakt" opens with no subject.)
    if not any(acting) and not _gives_value(j) or people and said.isdisjoint(people):
        return Found(name, f"the sources on {j.claim.id} do not speak of {name}", elsewhere=True)
    return None


def _gives_value(j: Judged) -> bool:
    return j.said is not None and (j.said.quantity is not None or j.said.when is not None)


def _people(j: Judged, acting: list[frozenset[str]]) -> frozenset[str]:
    """The people most of the claim's wordings name: whom it is about ("Around 8,000 opponents
    of Tokayev's government were detained" is not about Tokayev)."""
    kinds = j.index.aliases.kinds
    named = Counter(i for a in acting for i in a if kinds.get(i) is EntityKind.PERSON)
    return frozenset(i for i, n in named.items() if 2 * n >= len(acting))


def _acting(j: Judged) -> list[frozenset[str]]:
    """For each wording that says something, the people and countries it names but where
    something happened or went. A claim with a wording that names no one ("8,000 were jailed")
    leaves its actors to be understood."""
    elsewhere = j.entry.where | j.entry.whither
    return [_countries(j, frozenset(i for n in w.named if not n.slot and n.kind in _WHO for i in n.ids)) - elsewhere
            for w in j.entry.wordings if w.predicate]


def _unknown_subject(j: Judged) -> str | None:
    """A name no claim or alias knows as the sentence's first word that says anything, and its
    subject: a word that says something, a copula or a verb of having, right after it ("Mongolia
    sent …", "Servië is lid …", "Mongolië heeft een waarnemersstatus"). Not a word that opens the sentence ("Nonetheless in August …",
    "Ironically, …"), a name in passing ("the Dutch article"), nor one who only reports it ("Stoltenberg said the CSTO has
    six members"), unless the claim is on what someone said ("Erdogan warned that …", where the
    sources say Lukashenko did)."""
    reading = j.reading
    words = reading.words
    k = next((k for k, (a, b, _) in enumerate(words) if (features_at(reading, a, b) or a_mention(reading, a, b))
              and not in_frame(reading.chunks, a)), None)
    if k is None or not unknown_name(reading, j.index, *words[k][:2]):
        return None
    last = k + 1 if k + 1 < len(words) and unknown_name(reading, j.index, *words[k + 1][:2]) else k  # "Xi Jinping"
    if last + 1 >= len(words) or reading.text[words[last][1]:words[last + 1][0]].strip():
        return None
    start, end, verb = words[last + 1]
    acts = verb in _COPULAS or verb in _HAVING or bool(features_at(reading, start, end)) \
        and not a_mention(reading, start, end)
    if not acts or verb in _SAYING and not _people(j, _acting(j)):
        return None
    return reading.text[words[k][0]:words[last][1]]


def _countries(j: Judged, ids: frozenset[str]) -> frozenset[str]:
    """Names, a capital standing for its country."""
    country_of = j.index.aliases.country_of
    return frozenset(country_of.get(i, i) for i in ids)


_ACTORS = lexicon.words("actor_nouns")
_SAYING = lexicon.words("frame_attribution")
_COPULAS = lexicon.words("copulas")
_HAVING = lexicon.words("having_verbs")  # "Mongolië heeft een waarnemersstatus"


RULE = Rule("another-actor", Stage.UNCHECKED, check)
