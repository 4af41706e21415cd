"""What every format shares: the shape of a format, and making text safe to print or parse."""
from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cstocheck.finding import Finding
    from cstocheck.review import Checked, CheckReport

Rendered = str | list[Any]  # plain text, or rich renderables for the terminal
Renderer = Callable[[Any], Rendered]

# What a format can render, one name per command's result. A format leaves out what it cannot
# render, and that command does not offer it.
KINDS = ("claim", "conflicts", "slips", "validate", "evaluation", "check", "export", "show", "find", "sources",
         "coverage")


@dataclass(frozen=True)
class Format:
    name: str
    help: str
    renderers: dict[str, Renderer]
    # Renders for publication: its renderers take the result with the publisher (claimreview.Published).
    published: bool = False
    # Its renderers take the result with the base's index (Indexed), to read passages.
    indexed: bool = False

    def renders(self, kind: str) -> bool:
        return kind in self.renderers

    def render(self, kind: str, data: Any) -> Rendered:
        return self.renderers[kind](data)


@dataclass(frozen=True)
class Indexed:
    """A command's result with the index that reads the base's passages."""

    result: Any
    index: Any  # matching.Index, or None where the command has none


_CONTROL = re.compile(r"[\x7f-\x9f\u2028\u2029]")


def dump_json(data: Any) -> str:
    """JSON for people and scripts alike: readable text, and no control character left raw.

    json.dumps escapes only C0 controls; DEL and the C1 controls (U+009B is a terminal's CSI)
    would reach the terminal as they are.
    """
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return _CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n"


def safe(text: str) -> str:
    """Text from seeds, claims or the user, with control characters made visible and inert."""
    return "".join(ch if ch.isprintable() or ch == " " else f"\\x{ord(ch):02x}" for ch in text)


VERDICT_STYLE = {
    "supported": "bold green",
    "contradicted": "bold red",
    "disputed": "bold yellow",
    "unverified": "bold blue",
}


def fail_on_names(report: CheckReport) -> str:
    from cstocheck.finding import Verdict

    return ",".join(v.value for v in Verdict if v in report.fail_on)


def status(report: CheckReport) -> str:
    """The last line of a check report: whether the run failed, and at which level."""
    failing = sum(1 for c in report.checked if c.fails)
    if failing:
        return f"failed: {failing} finding{'s' if failing != 1 else ''} at --fail-on {fail_on_names(report)}"
    return f"passed: no finding at --fail-on {fail_on_names(report)}"


def partial_note(finding: Finding) -> str:
    """How a verdict that rests on some facts says that other details are not in the base."""
    from cstocheck.finding import Verdict

    details = sum(p.verdict is Verdict.UNVERIFIED for p in finding.parts)
    return (f"{finding.verdict.value} in part: {details} detail{'s' * (details > 1)} "
            f"{'are' if details > 1 else 'is'} not in the base")


def part_position(checked: Checked, span: tuple[int, int] | None) -> tuple[int, int, int] | None:
    """(line, col, end_col) in the draft of a part at `span` in its sentence, where the sentence
    stands on one line as written (markup and folded white space shift anything longer)."""
    s = checked.sentence
    if span is None or s.line != s.end_line or s.end_col - s.col != len(s.text):
        return None
    return s.line, s.col + span[0], s.col + span[1]
