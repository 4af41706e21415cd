"""A point the sentence foresees ("Ergashev predicted that Tashkent would soon rejoin the CSTO",
"Ergasjev voorspelde dat Oezbekistan zich weer bij de CSTO zou aansluiten") against a claim that
dates it years before its sources were written: what they date to 2006 is not what someone of
their time foresees. The sentence tells a forecast ("predicted", "verwacht"), a word of the
future stands right before the claim's words, and the sentence gives no time of its own; it
speaks of something else than the claim."""
from __future__ import annotations

from cstocheck import lexicon
from cstocheck.compare import Judged
from cstocheck.model import ValueKind
from cstocheck.read import word_at
from cstocheck.rules.base import Found, Rule, Stage


def check(j: Judged) -> Found | None:
    written, value = j.entry.written, j.claim.value
    if j.claim.kind not in _DATED or written is None or not value or not value[:4].isdigit() or j.whens:
        return None
    if written[0] - int(value[:4]) < YEARS_BEFORE:
        return None
    reading = j.reading
    if not any(w.lower() in _PREDICTING for _, _, w in reading.words):
        return None  # "an aide said the force would be created": a report of its time, not a forecast
    for a, _, f in reading.features:
        if f not in j.entry.predicate:
            continue
        k = word_at(reading, a)
        word = next((w for _, _, w in reading.words[max(0, k - FORESEE_REACH):k] if w.lower() in _FORESEEING), None)
        if word is not None:
            return Found(word, f"the sentence foresees what the sources on {j.claim.id} date to {value}",
                         elsewhere=True)
    return None


_DATED = (ValueKind.YEAR, ValueKind.DATE)
YEARS_BEFORE = 2  # a point dated this many years before its sources were written is their past
FORESEE_REACH = 3  # "would soon rejoin", "zou zich weer aansluiten"
_FORESEEING = lexicon.words("foreseeing_words")
_PREDICTING = lexicon.words("prediction_words")


RULE = Rule("foreseen", Stage.UNCHECKED, check)
