"""A body the sources never tie to what the claim says, acting in the place of the claim's actor:
"The EU sent more than 2,000 troops to Kazakhstan", where the sources count Russia's troops (and
those of the CSTO's other members). The sentence names an organisation as who acts (not as a
modifier, "the Russia-led bloc", nor as where, nor in an aside or a title); the claim names none of the sentence's
organisations; and no claim on what this one speaks of (what it counts, else its acts) at its
place names that organisation, while some claim names it (a body no claim names the base cannot
tell from any other). The claim then says nothing of that body. "The CSTO sent 2,300
troops" is not this: the base ties the CSTO to troops in Kazakhstan."""
from __future__ import annotations

from cstocheck.compare import Judged
from cstocheck.model import EntityKind, ValueKind
from cstocheck.read import ACTS
from cstocheck.rules.base import Found, Rule, Stage, named_with
from cstocheck.structure import in_any_frame


def check(j: Judged) -> Found | None:
    if j.claim.kind not in (ValueKind.COUNT, ValueKind.EVENT):
        return None
    reading = j.reading
    mentions = [m for m in reading.mentions if m.kind is EntityKind.ORGANISATION and not m.modifier and not m.locative
                and not in_any_frame(reading.chunks, m.start)]
    if not mentions or any(m.ids & j.entry.entities for m in mentions):
        return None
    places = j.entry.whither | j.entry.where
    about = j.entry.counts or j.entry.predicate & ACTS
    if not places or not about:
        return None
    index = j.index
    known = named_with(index, about, places)
    # (A body no claim names at all the base cannot tell from any other.)
    strangers = [m for m in mentions if not m.ids & known and any(index.postings.get(i) for i in m.ids)]
    if not strangers:
        return None
    body = j.text[strangers[0].start:strangers[0].end]
    return Found(body, f"the sources on {j.claim.id} do not speak of {body}", elsewhere=True)


RULE = Rule("another-body-acting", Stage.UNCHECKED, check)
