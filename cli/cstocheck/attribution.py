"""Who said it: the attribution around a sentence's content ("…, Tokayev said in a televised
address", "According to the ministry, …", "…, he said, …").

A sentence is judged on what it reports. The attribution's words, names and dates are about the
saying, not about what was said: "Russia sent about 2,300 soldiers, the Russian defence ministry
said on Tuesday" asserts the 2,300 soldiers, not a Tuesday, and its second "Russian" is no actor.
Who said it still counts where the sources attribute the point to someone: the content of a
claim the sources give as one person's word is not borne out when it is put in another
person's mouth (the policy: attribution is part of the claim when the seeds attribute too).
A relative clause about a person is said in passing too, and is found here with its person.
"""
from __future__ import annotations

from cstocheck import lexicon
from cstocheck.model import EntityKind
from cstocheck.read import Mention, Reading, place_lists
from cstocheck.structure import Chunk, chunk_at


def content_spans(reading: Reading) -> list[tuple[int, int]] | None:
    """The stretches of the sentence outside what only says who said it, or None when it has no
    such frame (or is nothing but frames)."""
    chunks = reading.chunks
    if not any(c.attribution for c in chunks):
        return None
    spans: list[tuple[int, int]] = []
    run: tuple[int, int] | None = None
    for chunk in chunks:
        if chunk.attribution:
            if run is not None:
                spans.append(run)
            run = None
        else:
            run = (chunk.start, chunk.end) if run is None else (run[0], chunk.end)
    if run is not None:
        spans.append(run)
    return spans or None


def speakers(reading: Reading) -> list[Mention]:
    """The people an attribution names as who said it."""
    chunks = reading.chunks
    return [m for m in reading.mentions if m.kind is EntityKind.PERSON
            and any(c.attribution and c.start <= m.start < c.end for c in chunks)]


_SOMEONE = (EntityKind.PERSON, EntityKind.COUNTRY, EntityKind.ORGANISATION)


def said_of_someone(reading: Reading) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Each relative clause right after a person's or a country's name that gives a date or a
    figure ("Tokayev, who has been president since 2015, …", "Uzbekistan, which first left the
    treaty in 1999, …"), as (the name, the clause): what it says of them is stated in passing,
    and counts when it is wrong or disputed."""
    relative = lexicon.words("frame_relative")
    out = []
    for k, chunk in enumerate(reading.chunks):
        if not chunk.frame or chunk.report or chunk.attribution:
            continue
        first = next((w for a, _, w in reading.words if a >= chunk.start), "")
        if first.lower() not in relative or not any(chunk.start <= v.start < chunk.end
                                                   for v in (*reading.quantities, *reading.whens)):
            continue
        name = next((m for m in reading.mentions if m.kind in _SOMEONE and m.end <= chunk.start
                     and not reading.text[m.end:chunk.start].strip(" ,")), None)
        if name is not None:
            out.append(((name.start, name.end), (chunk.start, _list_end(reading, k))))
    return out


def _list_end(reading: Reading, k: int) -> int:
    """Where the k-th chunk ends, with the rest of a list of places its commas cut off ("…, die in
    1997 werd opgericht door onder meer Moldavië, | Georgië en Oekraïne")."""
    chunks = reading.chunks
    end = chunks[k].end
    run = next((r for r in place_lists(reading.text, reading) if r[0].start < end <= r[-1].start), None)
    return chunks[chunk_at(chunks, run[-1].start)].end if run is not None else end


def said_in_an_opening(reading: Reading) -> list[tuple[tuple[int, int] | None, tuple[int, int]]]:
    """An opening clause with a date or a figure, set off by a comma ("After leaving the treaty
    in 1999, Uzbekistan rejoined …", "Nadat het in 1997 uit het verdrag was gestapt, sloot
    Oezbekistan zich …"), with the name it is said of, as (the name, the clause): the clause's
    own person or country, or else the first one the sentence goes on to name (None for the
    clause's own). Stated in passing, it counts when it is wrong or disputed."""
    chunks = reading.chunks[1:] if _a_span_of_time(reading, reading.chunks[0]) else reading.chunks
    if len(chunks) < 2 or any(c.frame for c in chunks[:2]):
        return []
    first = chunks[0]
    opener = next((w for a, _, w in reading.words if a >= first.start), "")
    if opener.lower() not in lexicon.words("opening_subordinators") \
            or not any(first.start <= v.start < first.end for v in (*reading.quantities, *reading.whens)):
        return []
    within = [m for m in reading.mentions if m.kind in _SOMEONE and not m.locative and not m.modifier]
    if any(first.start <= m.start < first.end for m in within):
        return [(None, (first.start, first.end))]
    subject = next((m for m in within if chunks[1].start <= m.start < chunks[1].end), None)
    return [((subject.start, subject.end), (first.start, first.end))] if subject is not None else []


def _a_span_of_time(reading: Reading, chunk: Chunk) -> bool:
    """Whether a chunk is only a span of time before the clause it measures ("Fifteen years |
    after it left", "Vijftien jaar | nadat het was opgestapt")."""
    words = [w for a, _, w in reading.words if chunk.start <= a < chunk.end]
    return len(words) == 2 and words[1].lower() in _DURATIONS and any(q.start == chunk.start for q in reading.quantities)


_DURATIONS = frozenset(lexicon.DURATIONS)
