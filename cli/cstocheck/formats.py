"""Every output format in one registry. A renderer turns results into text or rich renderables;
only the CLI prints them."""
from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from typing import TYPE_CHECKING

from cstocheck.model import Problem, Stance

if TYPE_CHECKING:  # the renderers need these only as types; importing them costs start-up time
    from cstocheck.conflicts import Conflict, Slip
    from cstocheck.evaluation import Report
    from cstocheck.verdict import Corroboration, Evidence, Finding, Part

Rendered = str | list[Any]  # plain text, or rich renderables for the terminal


@dataclass(frozen=True)
class Format:
    name: str
    help: str
    claim: Callable[[Finding], Rendered]
    conflicts: Callable[[Sequence[Conflict]], Rendered]
    slips: Callable[[Sequence[Slip]], Rendered]
    validate: Callable[[Sequence[Problem]], Rendered]
    evaluation: Callable[[Report], Rendered]


# --- JSON: the stable contract for scripts ---------------------------------------------------


_CONTROL = re.compile(r"[\x7f-\x9f\u2028\u2029]")


def dump_json(data: Any) -> str:
    """JSON for people and scripts alike: readable text, and no control character left raw.

    json.dumps escapes only C0 controls; DEL and the C1 controls (U+009B is a terminal's CSI)
    would reach the terminal as they are.
    """
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return _CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n"



def evidence_json(e: Evidence) -> dict[str, Any]:
    return {"source": e.source, "quote": e.quote, "line": e.line, "stance": e.stance.value}


def corroboration_json(c: Corroboration | None) -> dict[str, Any] | None:
    if c is None:
        return None
    return {"backing": list(c.backing), "speaking": list(c.speaking), "of": c.of, "single_source": c.single_source}


def part_json(p: Part) -> dict[str, Any]:
    return {
        "text": p.text,
        "verdict": p.verdict.value,
        "claim_id": p.claim.id if p.claim else None,
        "asserted": p.asserted,
        "explanation": p.explanation,
        "corroboration": corroboration_json(p.corroboration),
        "evidence": [evidence_json(e) for e in p.evidence],
    }


def finding_json(f: Finding) -> dict[str, Any]:
    return {
        "claim": f.text,
        "verdict": f.verdict.value,
        "claim_id": f.claim.id if f.claim else None,
        "explanation": f.explanation,
        "corroboration": corroboration_json(f.corroboration),
        "evidence": [evidence_json(e) for e in f.evidence],
        "matches": [{"id": m.claim.id, "statement": m.claim.statement, "score": m.score} for m in f.matches],
        "parts": [part_json(p) for p in f.parts],
    }


def conflicts_json(conflicts: Sequence[Conflict]) -> list[dict[str, Any]]:
    from cstocheck.conflicts import position
    from cstocheck.schema import SAYS_WORDS

    out = []
    for c in conflicts:
        evidence = []
        for side in c.sides:
            for s in side.sources:
                item: dict[str, Any] = {"source": s.seed, "quote": s.quote, "line": s.line}
                says = position(c.claim, s)
                if says in SAYS_WORDS:
                    item["stance"] = says
                else:
                    item["value"] = says
                item["side"] = side.says
                evidence.append(item)
        out.append({"id": c.claim.id, "statement": c.claim.statement, "evidence": evidence})
    return out


def slip_json(s: Slip) -> dict[str, Any]:
    return {"id": s.claim.id, "statement": s.claim.statement, "source": s.source.seed, "quote": s.source.quote,
            "line": s.source.line, "says": s.says, "means": s.means}


def problem_json(p: Problem) -> dict[str, Any]:
    return {"path": p.path, "line": p.line, "col": p.col, "level": p.level.value, "message": p.message}


def report_json(r: Report) -> dict[str, Any]:
    return {
        "cases": r.path,
        "n": len(r.outcomes),
        "strict": round(r.strict_accuracy, 4),
        "verdict_accuracy": round(r.verdict_accuracy, 4),
        "evidence_accuracy": round(r.evidence_accuracy, 4),
        "confusion": r.confusion,
        "misses": [{"claim": o.case.claim, "line": o.case.line, "expected": o.case.verdict, "got": o.verdict,
                    "evidence_hit": o.evidence_hit, "sources": list(o.sources), "explanation": o.explanation}
                   for o in r.misses],
    }


JSON = Format(
    name="json",
    help="machine-readable JSON (a stable contract, see the README)",
    claim=lambda f: dump_json(finding_json(f)),
    conflicts=lambda cs: dump_json(conflicts_json(cs)),
    slips=lambda ss: dump_json([slip_json(s) for s in ss]),
    validate=lambda ps: dump_json([problem_json(p) for p in ps]),
    evaluation=lambda r: dump_json(report_json(r)),
)


# --- text: for a person at a terminal --------------------------------------------------------

VERDICT_STYLE = {
    "supported": "bold green",
    "contradicted": "bold red",
    "disputed": "bold yellow",
    "unverified": "bold blue",
}


def safe(text: str) -> str:
    """Text from seeds, claims or the user, with control characters made visible and inert."""
    return "".join(ch if ch.isprintable() or ch == " " else f"\\x{ord(ch):02x}" for ch in text)


def _passage(e: Evidence) -> Any:
    from rich.text import Text

    text = Text(safe(e.quote))
    for start, end in e.highlights:
        text.stylize("bold underline", start, end)
    return text


def _part_text(p: Part, numbered: str) -> list[Any]:
    from rich.table import Table
    from rich.text import Text

    out: list[Any] = []
    if numbered:
        out.append(Text.assemble((numbered, "bold"), (p.verdict.value.upper(), VERDICT_STYLE[p.verdict.value]),
                                 "  ", safe(p.text)))
    out.append(Text(safe(p.explanation), style="dim"))
    if p.claim is None or not p.sources:
        return out
    out.append(Text.assemble(("claim ", "dim"), (p.claim.id, "cyan"), ": ", safe(p.claim.statement)))
    table = Table(show_header=True, header_style="bold", expand=False, box=None, padding=(0, 1))
    table.add_column("source", no_wrap=True)
    table.add_column("line", justify="right")
    table.add_column("says")
    table.add_column("to you", no_wrap=True)
    table.add_column("passage", overflow="fold", ratio=1)
    for e in p.sources:
        agrees = e.stance is Stance.SUPPORTS
        table.add_row(e.source, str(e.line), safe(e.says), Text("agrees" if agrees else "disagrees",
                      style="green" if agrees else "red"), _passage(e))
    out.append(table)
    return out


def _claim_text(f: Finding) -> list[Any]:
    from rich.text import Text

    head = Text()
    head.append(f.verdict.value.upper(), style=VERDICT_STYLE[f.verdict.value])
    head.append("  " + safe(f.text))
    out: list[Any] = [head]
    if len(f.parts) == 1:
        out += _part_text(f.parts[0], "")
    else:
        for i, part in enumerate(f.parts, start=1):
            out += _part_text(part, f"part {i}: ")
    firsts = {p.claim.id for p in f.parts if p.claim}
    others = [m for m in f.matches if m.claim.id not in firsts][:3]
    if others:
        out.append(Text("also close: " + ", ".join(f"{m.claim.id} ({m.score:.2f})" for m in others), style="dim"))
    return out


def _conflicts_text(conflicts: Sequence[Conflict]) -> list[Any]:
    from rich.table import Table
    from rich.text import Text

    from cstocheck.conflicts import position

    if not conflicts:
        return [Text("no conflicts: the sources agree wherever they speak to the same claim")]
    out: list[Any] = [Text(f"{len(conflicts)} claim(s) on which the sources disagree", style="bold")]
    for c in conflicts:
        out.append(Text.assemble("\n", (c.claim.id, "cyan"), ": ", safe(c.claim.statement)))
        table = Table(show_header=True, header_style="bold", box=None, padding=(0, 1))
        for side in c.sides:
            table.add_column(f"says {safe(side.says)}", overflow="fold", ratio=1)
        cells = []
        for side in c.sides:
            cells.append("\n\n".join(f"[{s.seed} line {s.line}] says {safe(position(c.claim, s))}: {safe(s.quote)}"
                                       for s in side.sources))
        table.add_row(*(Text(cell) for cell in cells))
        out.append(table)
    return out


def _slips_text(slips: Sequence[Slip]) -> list[Any]:
    from rich.text import Text

    if not slips:
        return [Text("no slips: no passage is marked as an erratum")]
    out: list[Any] = [Text(f"{len(slips)} slip(s): passages that say one thing and clearly mean another, "
                           "never counted as a second value", style="bold")]
    for s in slips:
        out.append(Text.assemble("\n", (s.claim.id, "cyan"), ": ", safe(s.claim.statement)))
        out.append(Text(f" [{s.source.seed} line {s.source.line}] says {safe(s.says)}, means {safe(s.means)}: "
                        f"{safe(s.source.quote)}"))
    return out


def _problems_text(problems: Sequence[Problem]) -> str:
    lines = [safe(str(p)) for p in problems]
    errors = sum(1 for p in problems if p.level.value == "error")
    warnings = len(problems) - errors
    lines.append(f"{errors} error(s), {warnings} warning(s)" if problems else "the base is clean: no problems")
    return "\n".join(lines) + "\n"


def _report_text(r: Report) -> list[Any]:
    from rich.table import Table
    from rich.text import Text

    labels = list(r.confusion)
    out: list[Any] = []
    for o in r.misses:
        out.append(Text.assemble(("MISS ", "red"), f"{r.path}:{o.case.line}: [{o.case.verdict}] ",
                                 safe(o.case.claim)))
        evidence = "" if o.case.verdict == "unverified" else \
            f", evidence {'hit' if o.evidence_hit else 'missed'} {list(o.sources)}"
        out.append(Text(f"     got {o.verdict}{evidence}: {safe(o.explanation)}", style="dim"))
    table = Table(title="gold (rows) by verdict (columns)", box=None, padding=(0, 1))
    table.add_column("")
    for label in labels:
        table.add_column(label, justify="right")
    for gold in labels:
        table.add_row(gold, *(str(r.confusion[gold][got]) for got in labels))
    out.append(table)
    out.append(Text(f"strict {r.strict_accuracy:.3f}  verdict {r.verdict_accuracy:.3f}  "
                    f"evidence {r.evidence_accuracy:.3f}  n={len(r.outcomes)}", style="bold"))
    return out


TEXT = Format(
    name="text",
    help="for people at a terminal (default)",
    claim=_claim_text,
    conflicts=_conflicts_text,
    slips=_slips_text,
    validate=_problems_text,
    evaluation=_report_text,
)

FORMATS: dict[str, Format] = {f.name: f for f in (TEXT, JSON)}
