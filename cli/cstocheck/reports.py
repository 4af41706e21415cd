"""Every format of `cstocheck check`'s report in one registry, apart from formats.py because a
report on drafts has another shape than one finding. Renderers return text or rich renderables;
only the CLI prints them.

What each format lists:
- text: findings the base speaks to and nothing silences, grouped by file, then the summary;
- json: every finding the base speaks to, suppressed ones marked (`suppressed`, `fails`);
- github: one workflow command per finding that nothing silences (error when it fails the run,
  warning for another contradicted or disputed one, notice for a supported one);
- sarif: every finding the base speaks to, suppressed ones with SARIF `suppressions`;
- junit: one test case per checked sentence (not in the base, or suppressed: skipped).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cstocheck import __version__
from cstocheck.formats import Rendered, dump_json, evidence_json, safe
from cstocheck.model import Stance
from cstocheck.verdict import Verdict

if TYPE_CHECKING:  # the CLI names its --format choices from this module: keep its imports light
    from cstocheck.review import Checked, CheckReport

INLINE, BASELINE = "inline", "baseline"  # as review.py marks suppressed findings


@dataclass(frozen=True)
class ReportFormat:
    name: str
    help: str
    render: Callable[[CheckReport], Rendered]


def _fail_on(report: CheckReport) -> str:
    return ",".join(v.value for v in Verdict if v in report.fail_on)


def _status(report: CheckReport) -> str:
    failing = sum(1 for c in report.checked if c.fails)
    if failing:
        return f"failed: {failing} finding{'s' if failing != 1 else ''} at --fail-on {_fail_on(report)}"
    return f"passed: no finding at --fail-on {_fail_on(report)}"


# --- json: the stable contract ------------------------------------------------------------------


def checked_json(c: Checked) -> dict[str, Any]:
    s = c.sentence
    return {
        "file": c.path,
        "line": s.line,
        "col": s.col,
        "end_line": s.end_line,
        "end_col": s.end_col,
        "sentence": s.text,
        "verdict": c.verdict.value,
        "claim_id": c.claim_id,
        "explanation": c.finding.explanation,
        "evidence": [evidence_json(e) for e in c.finding.evidence],
        "suppressed": c.suppressed,
        "fails": c.fails,
    }


def _json(report: CheckReport) -> str:
    return dump_json([checked_json(c) for c in report.findings])


# --- text: for a person at a terminal -----------------------------------------------------------

_STYLE = {
    Verdict.SUPPORTED: "bold green",
    Verdict.CONTRADICTED: "bold red",
    Verdict.DISPUTED: "bold yellow",
    Verdict.UNVERIFIED: "bold blue",
}


def _text(report: CheckReport) -> list[Any]:
    from rich.padding import Padding
    from rich.text import Text

    out: list[Any] = []
    shown = [c for c in report.findings if c.suppressed is None]
    for path in report.files:
        mine = [c for c in shown if c.path == path]
        if not mine:
            continue
        out.append(Text(safe(path), style="bold underline"))
        for c in mine:
            s = c.sentence
            head = Text()
            head.append(f"{safe(path)}:{s.line}:{s.col}", style="bold")
            head.append(" ")
            head.append(c.verdict.value.upper(), style=_STYLE[c.verdict])
            head.append(" " + safe(s.text))
            out.append(head)
            body = [Text(safe(c.finding.explanation), style="dim")]
            if c.finding.claim is not None:
                body.append(Text.assemble(("claim ", "dim"), (c.finding.claim.id, "cyan"), ": ",
                                          safe(c.finding.claim.statement)))
            for e in c.finding.evidence:
                agrees = e.stance is Stance.SUPPORTS
                quote_text = Text(safe(e.quote))
                for start, end in e.highlights:
                    quote_text.stylize("bold underline", start, end)
                body.append(Text.assemble(
                    (f"{e.source} line {e.line}", "dim"), " ",
                    ("agrees" if agrees else "disagrees", "green" if agrees else "red"),
                    f" ({safe(e.says)}): “", quote_text, "”"))
            out.extend(Padding(t, (0, 0, 0, 4), expand=False) for t in body)
        out.append(Text(""))
    out.append(Text(report.summary(), style="bold"))
    out.append(Text(_status(report), style="bold red" if report.failed else "green"))
    return out


# --- github: workflow commands that annotate the pull request ----------------------------------


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _github(report: CheckReport) -> str:
    lines = []
    for c in report.findings:
        if c.suppressed:
            continue
        level = "error" if c.fails else "notice" if c.verdict is Verdict.SUPPORTED else "warning"
        s = c.sentence
        props = (f"file={_escape_property(safe(c.path))},line={s.line},col={s.col},endLine={s.end_line},"
                 f"endColumn={s.end_col},title={_escape_property(f'cstocheck {c.verdict.value} ({c.claim_id})')}")
        message = f"{c.verdict.value}: {s.text}\n{c.finding.explanation}"
        message = "\n".join(safe(line) for line in message.split("\n"))
        lines.append(f"::{level} {props}::{_escape_data(message)}")
    lines.append(report.summary())
    lines.append(_status(report))
    return "\n".join(lines) + "\n"


# --- sarif: for code-scanning dashboards ------------------------------------------------------

SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
_RULES = (
    (Verdict.CONTRADICTED, "error", "The sources contradict the sentence."),
    (Verdict.DISPUTED, "warning", "The sources disagree among themselves on the sentence's claim."),
    (Verdict.SUPPORTED, "none", "The sources support the sentence."),
)
_RULE_INDEX = {verdict: i for i, (verdict, _, _) in enumerate(_RULES)}


def _uri(path: str) -> str:
    p = Path(path)
    from urllib.parse import quote  # only SARIF needs it: not paid by every run

    return p.resolve().as_uri() if p.is_absolute() else quote(p.as_posix())


def _sarif_result(c: Checked, fail_on: frozenset[Verdict]) -> dict[str, Any]:
    from hashlib import sha256

    s = c.sentence
    # A suppressed finding keeps the level it would have had: `suppressions` says it is accepted.
    if c.verdict is Verdict.SUPPORTED:
        kind, level = "pass", "none"
    else:
        kind, level = "fail", "error" if c.verdict in fail_on else "warning"
    result: dict[str, Any] = {
        "ruleId": c.verdict.value,
        "ruleIndex": _RULE_INDEX[c.verdict],
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
        "id": verdict.value,
        "name": verdict.value.capitalize(),
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


# --- junit: one test case per checked sentence --------------------------------------------------


def _junit(report: CheckReport) -> str:
    import xml.etree.ElementTree as ET

    def counts(items: list[Checked]) -> dict[str, str]:
        return {"tests": str(len(items)), "failures": str(sum(1 for c in items if c.fails)), "errors": "0",
                "skipped": str(sum(1 for c in items if c.suppressed or c.verdict is Verdict.UNVERIFIED))}

    root = ET.Element("testsuites", {"name": "cstocheck", **counts(list(report.checked))})
    for raw_path in report.files:
        mine = [c for c in report.checked if c.path == raw_path]
        # XML cannot carry most control characters at all: they are shown as escapes instead.
        path = safe(raw_path)
        suite = ET.SubElement(root, "testsuite", {"name": path, **counts(mine)})
        for c in mine:
            s = c.sentence
            case = ET.SubElement(suite, "testcase", {
                "classname": path, "name": f"{s.line}:{s.col} {s.text}", "file": path, "line": str(s.line)})
            detail = f"{path}:{s.line}:{s.col}: {c.verdict.value}: {s.text}\n{c.finding.explanation}"
            if c.claim_id:
                detail += f"\nclaim {c.claim_id}"
            detail += "".join(f"\n{e.source} line {e.line} ({e.stance.value}, {e.says}): {e.quote}"
                              for e in c.finding.evidence)
            detail = "\n".join(safe(line) for line in detail.split("\n"))
            if c.fails:
                failure = ET.SubElement(case, "failure", {
                    "message": safe(f"{c.verdict.value}: {c.finding.explanation}"), "type": c.verdict.value})
                failure.text = detail
            elif c.suppressed:
                ET.SubElement(case, "skipped", {"message": f"{c.verdict.value}, suppressed ({c.suppressed})"})
            elif c.verdict is Verdict.UNVERIFIED:
                ET.SubElement(case, "skipped", {"message": "not in the base"})
            else:
                out = ET.SubElement(case, "system-out")
                out.text = detail
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


REPORTS: dict[str, ReportFormat] = {f.name: f for f in (
    ReportFormat("text", "for people at a terminal, grouped by file (default)", _text),
    ReportFormat("json", "a list of findings, one per sentence the base speaks to", _json),
    ReportFormat("github", "GitHub Actions workflow commands: annotations on the pull request", _github),
    ReportFormat("sarif", "SARIF 2.1.0 for code-scanning dashboards", _sarif),
    ReportFormat("junit", "JUnit XML: one test case per checked sentence", _junit),
)}
