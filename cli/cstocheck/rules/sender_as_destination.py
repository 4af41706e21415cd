"""A country the claim names as the one that sent, named by the sentence only as where something
went: "the CSTO does not plan to send peacekeepers to Kyrgyzstan" speaks of something sent to
Kyrgyzstan, not of the troops Kyrgyzstan sent to Kazakhstan. The sentence speaks of something
else. Where it also names the claim's destination as the sender, the roles are reversed: that is
a contradiction, for roles-reversed."""
from __future__ import annotations

from cstocheck.compare import Judged
from cstocheck.read import goes_to
from cstocheck.rules.base import Found, Rule, Stage, sent_to_theirs


def check(j: Judged) -> Found | None:
    if (found := sent_to_theirs(j)) is None:
        return None
    reading, places, went, theirs = found
    senders = {i for m in went for i in m.ids}
    # Named in another role too ("Kyrgyzstan sent troops to Kyrgyzstan's neighbour"), or the
    # destination named as sender: not this rule's.
    if any(not goes_to(reading, m) and m.ids & (senders | theirs) for m in places):
        return None
    return Found(", ".join(reading.text[m.start:m.end] for m in went),
                 f"the sources on {j.claim.id} speak of what {', '.join(sorted(senders))} sent to "
                 f"{', '.join(sorted(theirs))}", elsewhere=True)


RULE = Rule("sender-as-destination", Stage.UNCHECKED, check)
