"""A country put in another's place in a list of actors: "In september raakten Kirgizië en
Kazachstan met elkaar slaags" where the sources say Kyrgyzstan and Tajikistan fought. The
sentence lists countries (joined by "and", "en" or commas, not as where) with one the claim
names and one it does not, and every wording of the claim names two countries or more, one of
which the sentence leaves out."""
from __future__ import annotations

from cstocheck.compare import Judged
from cstocheck.kinds.base import core
from cstocheck.model import EntityKind, Stance
from cstocheck.read import place_lists
from cstocheck.rules.base import Found, Rule, Stage

MIN_PAIR = 2


def check(j: Judged) -> Found | None:
    kinds = j.index.aliases.kinds
    theirs = [{i for m in w.named for i in m.ids if kinds.get(i) is EntityKind.COUNTRY} for w in j.entry.wordings]
    if not theirs or min(len(t) for t in theirs) < MIN_PAIR:
        return None
    reading = core(j.reading)
    named = {i for m in reading.mentions for i in m.ids}
    if not all(t - named for t in theirs):
        return None
    known = set().union(*theirs)
    for run in place_lists(j.text, reading):
        if len(run) < MIN_PAIR or any(m.locative or m.kind is not EntityKind.COUNTRY for m in run):
            continue
        listed = {i for m in run for i in m.ids}
        if listed & known and listed - known:
            return Found(", ".join(j.text[m.start:m.end] for m in run if not m.ids & known),
                         ", ".join(sorted(set.intersection(*theirs) - named or known - named)), Stance.CONTRADICTS)
    return None


RULE = Rule("another-of-the-pair", Stage.MISMATCH, check)
