"""An office given in another organisation than the sources give it: "Zas is the
secretary-general of NATO", "NATO's secretary-general Zas", where the sources say of the CSTO.
Only an organisation joined to the office counts: one named elsewhere in the sentence may be
anything else the sentence speaks of."""
from __future__ import annotations

import re

from cstocheck import lexicon
from cstocheck.compare import Judged
from cstocheck.model import EntityKind, Stance
from cstocheck.read import Mention
from cstocheck.rules.base import Found, Rule, Stage

_ORGANISATION = EntityKind.ORGANISATION.value
# What may stand between an office and its organisation: "of the", "van de", "'s".
_JOINS = lexicon.words("determiners") | {"of", "van"}
_GAP = re.compile(r"[\s,'’s-]*")


def check(j: Judged) -> Found | None:
    offices = [(a, b) for a, b, f in j.reading.features if f in j.index.offices and f in j.entry.predicate]
    if not offices:
        return None
    joined = [m for m in j.reading.mentions if m.kind is EntityKind.ORGANISATION
              and any(_joined(j.text, m, office) for office in offices)]
    strangers = [m for m in joined if not m.ids & j.entry.entities]
    theirs = {i for w in j.entry.wordings for m in w.named if m.kind == _ORGANISATION for i in m.ids}
    # The claim's organisation named elsewhere ("… at the CSTO's emergency meeting") is not the office's.
    if not strangers or not theirs or any(m.ids & theirs for m in joined):
        return None
    return Found(", ".join(j.text[m.start:m.end] for m in strangers), ", ".join(sorted(theirs)), Stance.CONTRADICTS)


def _joined(text: str, mention: Mention, office: tuple[int, int]) -> bool:
    """Whether the organisation is the office's: right after it ("secretary-general of NATO") or
    right before it ("NATO's secretary-general", "NAVO-chef")."""
    if mention.start >= office[1]:
        between = text[office[1]:mention.start].lower().split()
        return all(word in _JOINS for word in between) and len(between) <= 2
    return _GAP.fullmatch(text, mention.end, office[0]) is not None


RULE = Rule("another-organisation", Stage.MISMATCH, check)
