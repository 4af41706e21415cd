"""Another person, country or organisation in the place of the claim's, where no rule reads
what that means: "Nazarbayev ruled Tajikistan for thirty years", "Tokayev succeeded Grigoryan in
2019", "Uzbekistan joined the Warsaw Pact", where the sources say Kazakhstan, Nazarbayev, GUAM.
The sentence names, outside any frame and not as a modifier, one the claim's wordings never
name, and leaves out one of the same kind (a city standing for its country) that the closest
wording names: where something went only for a place the sentence gives as where or whither.
A place given as where, or whither, is also in the place of the one every wording that says
where, or whither, names.
A name in a clause that says nothing of the claim, compared with ("more troops than
Kyrgyzstan"), or listed with all of the claim's ("the help of Russia, Armenia and Kyrgyzstan"),
stands in no one's place; listed where one of the claim's is left out ("exercises in
Tajikistan, Russia and Kyrgyzstan", where the sources say Uzbekistan), it does. The sources then
speak of the one left out, and say nothing of the other: the assertion is left unchecked, never
supported. Asked last of the mismatches, so that a rule that knows the substitution contradicts
it (another country, office or organisation)."""
from __future__ import annotations

from cstocheck import lexicon
from cstocheck.compare import Judged
from cstocheck.model import EntityKind
from cstocheck.read import Mention, goes_to, place_lists, read, where, word_before
from cstocheck.rules.base import Found, Rule, Stage
from cstocheck.structure import chunk_at, in_frame

# Kinds that stand in for one another: a city for its country, a country for a person ("China
# governed Kazakhstan"). A person for a country does not: "president of the former Soviet
# republic, he chose Tokayev" leaves Kazakhstan to be understood.
_GROUP = {EntityKind.PERSON.value: "who", EntityKind.COUNTRY.value: "where", EntityKind.CITY.value: "where",
          EntityKind.ORGANISATION.value: "which"}
_STANDS_FOR = {"who": {"who"}, "where": {"where", "who"}, "which": {"which"}}


def check(j: Judged) -> Found | None:
    # (A city's mention names its country too: no name needs its country added.)
    theirs, said = j.entry.entities, j.reading.entity_ids
    places, here = j.entry.whither, j.entry.where
    listed = {id(m) for run in place_lists(j.text, j.reading) if len(run) > 1
              and any(not r.ids.isdisjoint(theirs) for r in run) for m in run}
    for m in j.reading.mentions:
        group = _GROUP.get(m.kind.value)
        if group is None or m.modifier or in_frame(j.reading.chunks, m.start) or j.entry.is_filler(m) \
                or not m.ids.isdisjoint(theirs) or _compared(j, m) or not _in_its_clause(j, m):
            continue
        going = goes_to(j.reading, m)
        left = [ids for ids, g in _named(j) if g in _STANDS_FOR[group] and ids.isdisjoint(said)
                and (m.locative or going or ids.isdisjoint(places))]
        if id(m) in listed:
            # One more beside the claim's own, unless one of a list the wording gives is left out.
            left = [ids for ids in left if ids & _in_its_lists(j)]
            if not left:
                continue
        if going and places and places.isdisjoint(said):
            left.append(places)  # where every wording that says so has it go
        if m.locative and here and here.isdisjoint(where(j.reading)):
            left.append(here)  # where every wording that says so has it happen
        if left:
            words = j.text[m.start:m.end]
            return Found(words, f"the sources on {j.claim.id} speak of {min(left[0])}, not of {words}")
    return None


def _in_its_lists(j: Judged) -> frozenset[str]:
    """The names the closest wording gives in a list of two or more ("in Tajikistan, Uzbekistan
    and Kyrgyzstan")."""
    text = j.claim.texts[j.top.wording]
    return frozenset(i for run in place_lists(text, read(text, j.index.aliases)) if len(run) > 1
                     for m in run for i in m.ids)


def _named(j: Judged) -> list[tuple[frozenset[str], str]]:
    """What the closest wording names, but its value, each with its group of kinds."""
    return [(n.ids, _GROUP[n.kind]) for n in j.entry.wordings[j.top.wording].named
            if not n.slot and n.kind in _GROUP]


def _in_its_clause(j: Judged, m: Mention) -> bool:
    """Whether the name stands in a chunk of the sentence that says the claim: a leading report;
    the figure's, for a figure checked; one that says something of the claim, for the rest. Not
    another clause ("Russia sent 2,300 troops, and at least 164 people were killed")."""
    chunks = j.reading.chunks
    if len(chunks) < 2:
        return True
    # A name in a list stands where the list starts: its commas cut no clause.
    start = next((run[0].start for run in place_lists(j.text, j.reading) if any(r is m for r in run)), m.start)
    k = chunk_at(chunks, start)
    chunk = chunks[k]
    if chunk.report:
        return True
    if j.said is not None and j.said.quantity is not None:
        return chunk_at(chunks, j.said.quantity.start) == k
    return any(chunk.start <= a < chunk.end and f in j.entry.predicate for a, _, f in j.reading.features)


def _compared(j: Judged, m: Mention) -> bool:
    before = word_before(j.reading, m.start)
    return before is not None and before[1] in _THAN


_THAN = lexicon.words("than_words")


RULE = Rule("another-named", Stage.MISMATCH, check)
