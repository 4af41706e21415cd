"""Checking drafts: every sentence through one Checker, then suppressions, the baseline and the
failure level applied, into a report that the formats package renders."""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from cstocheck.baseline import Baseline, Key, matched
from cstocheck.drafts import Draft, Sentence
from cstocheck.errors import InputError
from cstocheck.finding import Finding, Verdict
from cstocheck.model import Claim

INLINE = "inline"
BASELINE = "baseline"


@dataclass(frozen=True)
class Checked:
    """One checked sentence of a draft and what the base says of it."""

    path: str
    sentence: Sentence
    finding: Finding
    suppressed: str | None  # INLINE, BASELINE, or None
    fails: bool  # its verdict is in --fail-on and nothing suppresses it

    @property
    def verdict(self) -> Verdict:
        return self.finding.verdict

    @property
    def claim_id(self) -> str | None:
        return self.finding.claim.id if self.finding.claim else None

    def key(self, baseline: Baseline | None = None) -> Key:
        file = baseline.file_key(self.path) if baseline else self.path
        return (file, self.claim_id or "", self.verdict.value, self.sentence.text)


@dataclass(frozen=True)
class CheckReport:
    files: tuple[str, ...]
    checked: tuple[Checked, ...]  # every checked sentence, file by file, in reading order
    fail_on: frozenset[Verdict]

    @property
    def findings(self) -> tuple[Checked, ...]:
        """The sentences the base speaks to."""
        return tuple(c for c in self.checked if c.verdict is not Verdict.UNVERIFIED)

    @property
    def failed(self) -> bool:
        return any(c.fails for c in self.checked)

    def counts(self) -> Counter[Verdict]:
        return Counter(c.verdict for c in self.checked)

    def summary(self) -> str:
        counts = self.counts()
        n = len(self.checked)
        text = (f"{n} sentence{'s' if n != 1 else ''} checked: {counts[Verdict.SUPPORTED]} supported, "
                f"{counts[Verdict.CONTRADICTED]} contradicted, {counts[Verdict.DISPUTED]} disputed, "
                f"{counts[Verdict.UNVERIFIED]} not in the base")
        quiet = Counter(c.suppressed for c in self.findings if c.suppressed)
        extra = [f"{quiet[INLINE]} suppressed inline"] if quiet[INLINE] else []
        extra += [f"{quiet[BASELINE]} in the baseline"] if quiet[BASELINE] else []
        return text + (f" ({', '.join(extra)})" if extra else "")


def parse_fail_on(values: Sequence[str]) -> frozenset[Verdict]:
    """Verdict names, comma-separated or one per item, as a set; an unknown name is an error."""
    out = set()
    for value in values:
        for name in value.split(","):
            name = name.strip().lower()
            if not name:
                continue
            try:
                out.add(Verdict(name))
            except ValueError:
                choices = ", ".join(v.value for v in Verdict)
                raise InputError(f"--fail-on: {name!r} is not a verdict (choose from {choices})") from None
    if not out:
        raise InputError("--fail-on needs at least one verdict")
    return frozenset(out)


def check_suppressions(drafts: Sequence[Draft], known: Callable[[str], Any]) -> None:
    """An ignore comment must name claims that exist: a typo would silence nothing, silently."""
    for draft in drafts:
        for s in draft.suppressions:
            where = f"{draft.path}:{s.line}:{s.col}"
            if not s.ids:
                raise InputError("`cstocheck: ignore` needs the claim id(s) to ignore", where=where)
            for claim_id in s.ids:
                if known(claim_id) is None:
                    raise InputError(f"cstocheck: ignore names an unknown claim id {claim_id!r}", where=where)


def check_drafts(judge: Callable[[str], Finding], drafts: Sequence[Draft], fail_on: frozenset[Verdict],
                 baseline: Baseline | None = None,
                 progress: Callable[[Draft], None] | None = None, jobs: int = 0,
                 claims: Callable[[], Iterable[Claim]] | None = None) -> CheckReport:
    """Judge every sentence of every draft, on `jobs` processes (0: one a core where the drafts
    are many); `progress` is told when each draft is done, in the drafts' order. `claims`: the
    base's claims, which workers then send findings' claims by id against (see judge_drafts)."""
    from cstocheck.parallel import judge_drafts

    raw: list[tuple[Draft, Sentence, Finding, bool]] = []
    texts = [[s.text for s in draft.sentences] for draft in drafts]
    for draft, findings in zip(drafts, judge_drafts(judge, texts, jobs, claims), strict=True):
        for sentence, finding in zip(draft.sentences, findings, strict=True):
            claim_id = finding.claim.id if finding.claim else None
            raw.append((draft, sentence, finding, claim_id is not None and claim_id in draft.ignored_ids(sentence)))
        if progress is not None:
            progress(draft)
    provisional = [Checked(d.path, s, f, INLINE if inline else None, False) for d, s, f, inline in raw]
    # Inline comments are honoured first; the baseline absorbs what they leave.
    if baseline is not None:
        eligible = [c for c in provisional if c.suppressed is None and c.verdict is not Verdict.UNVERIFIED]
        hits = dict(zip(map(id, eligible), matched(baseline, (c.key(baseline) for c in eligible))))
    else:
        hits = {}
    checked = []
    for c in provisional:
        suppressed = c.suppressed or (BASELINE if hits.get(id(c)) else None)
        checked.append(Checked(c.path, c.sentence, c.finding, suppressed,
                               suppressed is None and c.verdict in fail_on))
    return CheckReport(tuple(d.path for d in drafts), tuple(checked), fail_on)


def baseline_keys(report: CheckReport, baseline: Baseline) -> list[Key]:
    """What a new baseline records: every finding that is not supported, whatever --fail-on says,
    so that turning on --strict later does not fail on findings already accepted."""
    return [c.key(baseline) for c in report.findings
            if c.verdict is not Verdict.SUPPORTED and c.suppressed != INLINE]
