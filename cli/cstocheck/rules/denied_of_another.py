"""A denial whose clause has another country as its subject than the one the claim speaks of
("Tokayev told Putin that Kazakhstan does not recognise Luhansk and Donetsk", against "Russia
recognised Luhansk and Donetsk"): it denies nothing the claim says, so the claim checks nothing."""
from __future__ import annotations

from cstocheck import lexicon
from cstocheck.compare import Judged
from cstocheck.model import EntityKind
from cstocheck.read import Mention, Reading
from cstocheck.rules.base import Found, Rule, Stage

# Words that open a clause of its own: subordinators, relative pronouns, "that"/"dat".
_OPENERS = lexicon.SUBORDINATORS | lexicon.words("frame_relative") | lexicon.words("complementizers")


def check(j: Judged) -> Found | None:
    if not j.top.negated:
        return None
    kinds = j.index.aliases.kinds
    theirs = {i for i in j.entry.entities if kinds.get(i) is EntityKind.COUNTRY}
    if not theirs:
        return None
    for cue in j.reading.negation_at:
        subject = next((m for m in _before_in_clause(j.reading, cue) if m.kind is EntityKind.COUNTRY
                        and not m.locative and not m.modifier), None)
        if subject is not None and not subject.ids & j.entry.entities:
            words = j.text[subject.start:subject.end]
            return Found(words, f"the sources on {j.claim.id} speak of {', '.join(sorted(theirs))}, not of {words}",
                         elsewhere=True)
    return None


def _before_in_clause(reading: Reading, cue: int) -> list[Mention]:
    """The names between the start of the negation's clause and the negation, first first."""
    start, last = 0, 0
    for a, b, word in reading.words:
        if a >= cue:
            break
        if word in _OPENERS or reading.text[last:a].strip(" \"'“”‘’"):  # an opener, or a comma or colon before it
            start = a
        last = b
    return [m for m in reading.mentions if start <= m.start < cue]


RULE = Rule("denied-of-another", Stage.UNCHECKED, check)
