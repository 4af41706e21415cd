"""JUnit XML: one test case per checked sentence, for `check` in other CI systems."""
from __future__ import annotations

from typing import TYPE_CHECKING

from cstocheck.formats.common import Format, safe

if TYPE_CHECKING:
    from cstocheck.review import Checked, CheckReport


def _junit(report: CheckReport) -> str:
    import xml.etree.ElementTree as ET

    from cstocheck.finding import Verdict  # the engine's types: not loaded by --help or --version

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


JUNIT = Format(
    name="junit",
    help="JUnit XML: one test case per checked sentence",
    renderers={"check": _junit},
)
