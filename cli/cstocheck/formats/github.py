"""GitHub Actions workflow commands: annotations on the pull request, for `check`."""
from __future__ import annotations

from typing import TYPE_CHECKING

from cstocheck.formats.common import Format, safe, status

if TYPE_CHECKING:
    from cstocheck.review import CheckReport


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _github(report: CheckReport) -> str:
    from cstocheck.finding import Verdict  # the engine's types: not loaded by --help or --version

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
    lines.append(status(report))
    return "\n".join(lines) + "\n"


GITHUB = Format(
    name="github",
    help="GitHub Actions workflow commands: annotations on the pull request",
    renderers={"check": _github},
)
