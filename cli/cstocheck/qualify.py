"""What a verdict adds for how and when the sources put a point.

Two things the comparison of values leaves out, applied to each judged part:

- **Modality.** A claim (or one of its sources) may be reported, hedged or attributed. A sentence
  that states such a point as certain is still supported, but its explanation says how the
  source put it ("source 000 reports this as unconfirmed"); a sentence that reports, hedges or
  attributes it too matches exactly.
- **Time.** A claim with `from`/`until` held only then. "Still" (and a date after `until`, or
  before `from`) is contradicted by the sources that say it ended; "no longer" agrees with them.

The words that mark either are data (languages/qualifiers.yaml), not code.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from cstocheck.explain import explain
from cstocheck.finding import Corroboration, Evidence, Finding, Part, Verdict
from cstocheck.model import Claim, Modality, SourceQuote, Stance
from cstocheck.read import Reading, fold
from cstocheck.values import When, parse_when

WORDS_FILE = Path(__file__).resolve().parent / "languages" / "qualifiers.yaml"
ROLES = ("conditional", "still", "past", "no_longer", "implicit_negation")

_HOW = {
    Modality.REPORTED: "reports this as unconfirmed",
    Modality.HEDGED: "puts this only as likely",
    Modality.ATTRIBUTED: "gives this as someone's account, not as its own",
}


def _pattern(phrases: list[str]) -> re.Pattern[str]:
    """One regular expression for whole-word phrases; '...' in a phrase stands for a few words."""
    gap = r"(?:\s+\S+){0,4}?\s+"
    alternatives = sorted((gap.join(re.escape(p) for p in phrase.split(" ... ")) for phrase in phrases),
                          key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(a.replace(r"\ ", r"\s+") for a in alternatives) + r")(?!\w)")


def read_words_file() -> dict[str, Any]:
    """The word file's data. yaml is imported here and not above: a warm `claim` takes the data
    from the compiled cache (see `carry`) and never pays for importing yaml."""
    import yaml

    try:  # libyaml's loader where it is installed: the pure-Python one took 12 ms of every claim
        from yaml import CSafeLoader as loader
    except ImportError:  # pragma: no cover
        from yaml import SafeLoader as loader  # type: ignore[assignment]
    data: dict[str, Any] = yaml.load(WORDS_FILE.read_text(encoding="utf-8"), Loader=loader)
    return data


_carried: list[dict[str, Any]] = []  # the word file's data, as a compiled cache carried it


def carry(data: object) -> None:
    """Use the word file's data as a compiled cache stored it (its key covers the language files,
    so it is the file's own); data of any other shape is ignored, and the file is read."""
    modality = data.get("modality") if isinstance(data, dict) else None
    if not isinstance(modality, dict):
        return
    lists = [*modality.values(), *(data.get(role) for role in ROLES)]
    if all(isinstance(x, list) and all(isinstance(p, str) for p in x) for x in lists):
        _carried[:] = [data]


@lru_cache(maxsize=1)
def _phrases() -> dict[str, list[str]]:
    data = _carried[0] if _carried else read_words_file()
    found: dict[str, list[str]] = dict(data["modality"])
    for role in ROLES:
        found[role] = data[role]
    return found


@cache
def _words(role: str) -> re.Pattern[str]:
    """A role's words as one pattern, compiled when a sentence is first asked about that role."""
    return _pattern(_phrases()[role])


def says_with(text: str, role: str) -> bool:
    """Whether the text uses a word of `role`: a modality's value, "still" or "no_longer". A
    folded text (a reading's) is taken as it is."""
    return _words(role).search(fold(text)) is not None


def modality_of(text: str, conditional: bool = True) -> Modality | None:
    """How a sentence puts what it says: the first modality whose words it uses, or None (as
    fact). The conditional ("zou", "would have") reads as reported unless `conditional` is off."""
    found = next((m for m in Modality if says_with(text, m.value)), None)
    if found is None and conditional and says_with(text, "conditional"):
        return Modality.REPORTED
    return found


def qualify(finding: Finding) -> Finding:
    timed = [_in_time(p, p.claim) if p.claim is not None else p for p in finding.parts]
    # Where a claim's interval decided a reading of the sentence, the other claims the same words
    # were read against (Tokayev removing Nazarbayev, for "Nazarbayev is still chairman") do not
    # speak to "still" or "no longer": the interval's reading stands for those words.
    turned = {p.text for p, before in zip(timed, finding.parts) if p is not before}
    kept = [p for p, before in zip(timed, finding.parts) if p is not before or p.text not in turned]
    parts = tuple(_with_modality(p, p.claim) if p.claim is not None else p for p in kept)
    if parts == finding.parts:
        return finding
    return Finding.over(finding.text, parts, each=finding.each)


# --- time ------------------------------------------------------------------------------------


def _in_time(part: Part, claim: Claim) -> Part:
    if (claim.since is None and claim.until is None) or part.reading is None:
        return part
    reading = part.reading
    outside = _outside(reading, claim)
    if outside is not None and part.in_passing and outside.qualifier == "on":
        # A title in passing names the office as the sentence is written: "Armenian Prime Minister
        # Pashinyan was born in 1975" dates the birth, not the office ("since 2015" still would).
        outside = None
    if part.verdict is Verdict.SUPPORTED and (outside or (claim.until and _now(reading))):
        asserted = " ".join(part.text[outside.start:outside.end].split()) if outside else "still so"
        return _turned(part, Verdict.CONTRADICTED, Stance.CONTRADICTS, asserted, _held(claim))
    if part.verdict is Verdict.CONTRADICTED and part.negated and claim.until \
            and says_with(_folded(reading), "no_longer") and not _dated(reading):
        return _turned(part, Verdict.SUPPORTED, Stance.SUPPORTS, "no longer so", _held(claim))
    return part


def _folded(reading: Reading) -> str:
    return reading.folded if reading.folded is not None else ""


def _now(reading: Reading) -> bool:
    """Whether the sentence says the point holds still, now: "still", in the present tense, undated."""
    folded = _folded(reading)
    return says_with(folded, "still") and not says_with(folded, "past") and not _dated(reading)


def _dated(reading: Reading) -> bool:
    return any(w.year is not None for w in reading.whens)


def _outside(reading: Reading, claim: Claim) -> When | None:
    """A date the sentence gives that lies wholly after the claim's `until` or before its `from`,
    or a "since" before its `from`."""
    first = parse_when(claim.since).span()[0] if claim.since else None
    last = parse_when(claim.until).span()[1] if claim.until else None
    for when in reading.whens:
        if when.year is None:
            continue
        start, end = when.span()
        if when.qualifier == "since" and first is not None and start is not None and start < first:
            return when  # "president since 2015": the sources have it begin later
        if when.qualifier != "on":
            continue
        if (last is not None and start is not None and start > last) or \
                (first is not None and end is not None and end < first):
            return when
    return None


def _held(claim: Claim) -> str:
    if claim.since and claim.until:
        return f"it held from {claim.since} until {claim.until}"
    return f"it ended on {claim.until}" if claim.until else f"it held from {claim.since}"


def _turned(part: Part, verdict: Verdict, stance: Stance, asserted: str, says: str) -> Part:
    """The part with its passages read the other way: the sources' own words, their interval's verdict."""
    evidence = tuple(replace(e, stance=stance, says=says) for e in part.evidence if e.claim_id == part.claim.id)
    if not evidence:
        return part
    seeds = tuple(dict.fromkeys(e.source for e in evidence))
    corroboration = Corroboration(seeds, seeds, part.corroboration.of if part.corroboration else len(seeds))
    return replace(part, verdict=verdict, evidence=evidence, sources=evidence, asserted=asserted,
                   explanation=explain(verdict, asserted, False, list(evidence), corroboration),
                   corroboration=corroboration)


# --- modality --------------------------------------------------------------------------------


def _with_modality(part: Part, claim: Claim) -> Part:
    """A supported part stated as fact, on sources that only report, hedge or attribute it: say so."""
    said = part.reading.folded if part.reading is not None and part.reading.folded is not None else part.text
    if part.verdict is not Verdict.SUPPORTED or modality_of(said) is not None:
        return part
    caveats = []
    for evidence in part.evidence:
        source = _source_of(claim, evidence)
        modality = claim.modality_of(source) if source is not None else None
        if modality is not None:
            caveats.append(f"source {evidence.source[:3]} {_HOW[modality]}")
    if not caveats:
        return part
    return replace(part, explanation=f"{part.explanation} Note: {'; '.join(dict.fromkeys(caveats))}.")


def _source_of(claim: Claim, evidence: Evidence) -> SourceQuote | None:
    return next((s for s in claim.sources if s.seed == evidence.source and s.quote == evidence.quote), None)
