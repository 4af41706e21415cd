"""SARIF 2.1.0, for code-scanning dashboards, for `check`."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from cstocheck import __version__
from cstocheck.formats.common import Format, dump_json
from cstocheck.formats.json import evidence_json

if TYPE_CHECKING:
    from cstocheck.finding import Verdict
    from cstocheck.review import Checked, CheckReport

SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
# By verdict value: the engine's Verdict is not imported until a report is rendered.
_RULES = (
    ("contradicted", "error", "The sources contradict the sentence."),
    ("disputed", "warning", "The sources disagree among themselves on the sentence's claim."),
    ("supported", "none", "The sources support the sentence."),
)
_RULE_INDEX = {verdict: i for i, (verdict, _, _) in enumerate(_RULES)}


def _uri(path: str) -> str:
    p = Path(path)
    from urllib.parse import quote  # only SARIF needs it: not paid by every run

    return p.resolve().as_uri() if p.is_absolute() else quote(p.as_posix())


def _sarif_result(c: Checked, fail_on: frozenset[Verdict]) -> dict[str, Any]:
    from hashlib import sha256

    from cstocheck.review import BASELINE, INLINE

    s = c.sentence
    # A suppressed finding keeps the level it would have had: `suppressions` says it is accepted.
    if c.verdict.value == "supported":
        kind, level = "pass", "none"
    else:
        kind, level = "fail", "error" if c.verdict in fail_on else "warning"
    result: dict[str, Any] = {
        "ruleId": c.verdict.value,
        "ruleIndex": _RULE_INDEX[c.verdict.value],
        "kind": kind,
        "level": level,
        "message": {"text": f"{c.verdict.value}: {s.text} ({c.finding.explanation})"},
        "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": _uri(c.path)},
            "region": {"startLine": s.line, "startColumn": s.col, "endLine": s.end_line,
                       "endColumn": s.end_col, "snippet": {"text": s.text}},
        }}],
        "partialFingerprints": {
            "cstocheckFinding/v1": sha256("\0".join(c.key()).encode()).hexdigest()[:32]},
        "properties": {"claimId": c.claim_id, "sentence": s.text, "explanation": c.finding.explanation,
                       "evidence": [evidence_json(e) for e in c.finding.evidence]},
    }
    if c.suppressed == INLINE:
        result["suppressions"] = [{"kind": "inSource", "justification": "cstocheck: ignore comment"}]
    elif c.suppressed == BASELINE:
        result["suppressions"] = [{"kind": "external", "justification": "in the cstocheck baseline"}]
    return result


def _sarif(report: CheckReport) -> str:
    results = [_sarif_result(c, report.fail_on) for c in report.findings]
    rules = [{
        "id": verdict,
        "name": verdict.capitalize(),
        "shortDescription": {"text": text},
        "defaultConfiguration": {"level": level},
    } for verdict, level, text in _RULES]
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "cstocheck", "version": __version__, "rules": rules}},
            "columnKind": "unicodeCodePoints",
            "results": results,
            "properties": {"summary": report.summary(), "failOn": sorted(v.value for v in report.fail_on)},
        }],
    }
    return dump_json(log)


SARIF = Format(
    name="sarif",
    help="SARIF 2.1.0 for code-scanning dashboards",
    renderers={"check": _sarif},
)
